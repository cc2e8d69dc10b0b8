// Loads the bundle only when the test asks, so the test can look at the page before and after.
window.addEventListener('message', async (event) => {
  if (event.source !== parent || event.data !== 'load-bundle') return;
  await import('/dist/programme-elements.js');
  parent.postMessage('bundle-loaded', '*');
});

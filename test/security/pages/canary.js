// What the probe must notice, done on purpose: a dialog, the sentinel, and an uncaught error.
alert('canary');
window.__xss = 'canary';
setTimeout(() => {
  throw new Error('canary error');
});

// Loaded last, as a module (after the bundle has run): waits until every programme element on
// the page has rendered its content, then posts what the page saw to the test in the parent.
// The test names the elements that show content in the page's query: `?tags=a,b`.
const TAGS = new URLSearchParams(location.search).get('tags').split(',');

function settled() {
  const elements = [...document.querySelectorAll(TAGS.join(','))];
  return elements.every(
    (element) =>
      element.shadowRoot &&
      element.shadowRoot.textContent.trim() !== '' &&
      !element.shadowRoot.querySelector('[part~="skeleton"]'),
  );
}

const started = performance.now();
while (!settled() && performance.now() - started < 8000) {
  await new Promise((resolve) => setTimeout(resolve, 50));
}
// A timer, not requestAnimationFrame: the runner keeps two pages open and a background page
// gets no frames.
await new Promise((resolve) => setTimeout(resolve, 50));

const embed = window.__embed;
parent.postMessage(
  {
    type: 'embed-report',
    page: location.pathname,
    settled: settled(),
    violations: embed.violations,
    errors: embed.errors,
    warnings: embed.warnings,
    newGlobals: Object.getOwnPropertyNames(window).filter((name) => !embed.before.includes(name) && name !== '__embed'),
    resources: performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname + new URL(entry.name).search),
    elements: [...document.querySelectorAll(TAGS.join(','))].map((element) => ({
      tag: element.localName,
      text: element.shadowRoot ? element.shadowRoot.textContent.replace(/\s+/g, ' ').trim() : '',
      headings: element.shadowRoot
        ? [...element.shadowRoot.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => h.localName)
        : [],
      defined: customElements.get(element.localName) === element.constructor,
    })),
  },
  '*',
);

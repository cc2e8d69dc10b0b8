/* global document, location, URLSearchParams -- this module runs in the screenshot page. */
// Marks the screenshot page ready once every element on it has loaded its feed (or failed to),
// and its language's catalogue has arrived, so scripts/screenshots.mjs never captures a skeleton.
// Feed events bubble and are composed.
//
// `?lang=cy` shows the page in Welsh, `?lang=ar&dir=rtl` right to left (the language variants).
const query = new URLSearchParams(location.search);
const lang = query.get('lang');
if (lang) document.documentElement.lang = lang;
if (query.get('dir') === 'rtl') document.documentElement.dir = 'rtl';

const pending = new Set();
document.addEventListener('DOMContentLoaded', () => {
  for (const element of document.querySelectorAll('[data-shot] > *')) pending.add(element);
});
for (const type of ['feed-load', 'feed-error']) {
  document.addEventListener(type, async (event) => {
    if (event.type === 'feed-error') document.documentElement.dataset.feedError = event.message;
    pending.delete(event.target);
    if (pending.size > 0) return;
    // The same module the page loads (one instance): Welsh is loaded on demand, after the feed may be.
    const {loadCatalogue} = await import('/src/index.ts');
    await loadCatalogue(document.documentElement.lang);
    document.documentElement.dataset.ready = 'true';
  });
}

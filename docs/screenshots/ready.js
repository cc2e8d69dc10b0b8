/* global document -- this module runs in the screenshot page. */
// Marks the screenshot page ready once every element on it has loaded its feed (or failed to),
// so scripts/screenshots.mjs never captures a skeleton. Feed events bubble and are composed.
const pending = new Set();
document.addEventListener('DOMContentLoaded', () => {
  for (const element of document.querySelectorAll('[data-shot] > *')) pending.add(element);
});
for (const type of ['feed-load', 'feed-error']) {
  document.addEventListener(type, (event) => {
    if (event.type === 'feed-error') document.documentElement.dataset.feedError = event.message;
    pending.delete(event.target);
    if (pending.size === 0) document.documentElement.dataset.ready = 'true';
  });
}

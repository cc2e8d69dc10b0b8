// Logs the elements' feed events, so the demo shows what a host page can listen to.
for (const type of ['feed-load', 'feed-error']) {
  document.addEventListener(type, (event) => {
    const target = event.composedPath()[0];
    const name = target instanceof Element ? target.localName : String(target);
    if (type === 'feed-error') console.warn(`${type} from <${name}>`, event);
    else console.info(`${type} from <${name}>`, event);
  });
}

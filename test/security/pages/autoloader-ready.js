// The autoloader exports nothing: the page says it ran, so openPage() can wait for it.
window.__bundle = {autoloader: true};

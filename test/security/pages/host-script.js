// Loaded before the bundle on host-script.html: does to the page's built-ins what partner pages'
// own scripts do (hardening scripts, old libraries, analytics snippets, fetch polyfills). Which
// changes apply is read from the query string, e.g. host-script.html?freeze-error&extend-object.
(() => {
  const cases = new Set(location.search.slice(1).split('&').filter(Boolean));

  // Hardening scripts freeze the error classes so that nothing can patch them.
  if (cases.has('freeze-error')) Object.freeze(Error.prototype);
  // A lockdown in the style of SES: every intrinsic prototype the elements touch, frozen.
  if (cases.has('freeze-intrinsics')) {
    for (const builtin of [
      Error,
      TypeError,
      RangeError,
      SyntaxError,
      DOMException,
      Object,
      Array,
      Function,
      Promise,
      String,
      Number,
      Map,
      Set,
      WeakMap,
      RegExp,
      Date,
    ]) {
      Object.freeze(builtin.prototype);
    }
  }
  // Old libraries (and some analytics snippets) add enumerable properties to Object.prototype.
  if (cases.has('extend-object')) {
    Object.prototype.extend = function extend(source) {
      return Object.assign(this, source);
    };
    Object.prototype.type = 'polluted';
  }
  // Prototype.js-style extensions of arrays and strings.
  if (cases.has('extend-array')) {
    Array.prototype.first = function first() {
      return this[0];
    };
    String.prototype.capitalize = function capitalize() {
      return this.charAt(0).toUpperCase() + this.slice(1);
    };
  }
  // A fetch polyfill in the style of whatwg-fetch: XMLHttpRequest underneath, and a Response
  // with text() and headers but no body stream.
  if (cases.has('fetch-polyfill')) {
    window.fetch = (input, init = {}) =>
      new Promise((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        xhr.open(init.method || 'GET', String(input));
        const headers = init.headers;
        if (headers && typeof headers.forEach === 'function')
          headers.forEach((value, name) => xhr.setRequestHeader(name, value));
        xhr.onload = () => {
          const text = xhr.responseText;
          resolve({
            ok: xhr.status >= 200 && xhr.status < 300,
            status: xhr.status,
            statusText: xhr.statusText,
            url: xhr.responseURL,
            headers: {get: (name) => xhr.getResponseHeader(name)},
            text: () => Promise.resolve(text),
            json: () => Promise.resolve(JSON.parse(text)),
          });
        };
        xhr.onerror = () => reject(new TypeError('Network request failed'));
        if (init.signal) init.signal.addEventListener('abort', () => xhr.abort());
        xhr.send();
      });
  }
  // A broken replacement: resolves with something that is not a response at all.
  if (cases.has('fetch-broken')) window.fetch = () => Promise.resolve(undefined);
})();

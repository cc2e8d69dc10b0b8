// Loaded first, as a classic script, on every security test page, before the bundle: records
// everything that would show that injected content ran or that the elements broke the page.
// The tests read `window.__security` directly (the pages are same-origin iframes).
(() => {
  const record = {
    violations: [],
    errors: [],
    /** Calls of alert/confirm/prompt/print/open/document.write: what payloads call. */
    calls: [],
    /** Values written to the sentinel global `__xss` by payloads written to set it. */
    sentinel: [],
    /** Every fetch the page made: its URL and its signal, to see aborts. */
    fetches: [],
    longTasks: [],
  };
  window.__security = record;

  document.addEventListener('securitypolicyviolation', (event) => {
    record.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
  });
  window.addEventListener('error', (event) => record.errors.push(`error: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) => {
    const reason = event.reason;
    record.errors.push(`unhandled rejection: ${reason && reason.stack ? reason.stack : String(reason)}`);
  });

  for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
    window[name] = (...args) => {
      record.calls.push(`${name}(${args.map(String).join(', ')})`);
      return null;
    };
  }
  for (const name of ['write', 'writeln']) {
    document[name] = (...args) => record.calls.push(`document.${name}(${args.map(String).join(', ')})`);
  }
  Object.defineProperty(window, '__xss', {
    configurable: false,
    get: () => undefined,
    set: (value) => {
      record.sentinel.push(String(value));
    },
  });

  // Trusted Types policies created on the page, by name: the elements may create only Lit's.
  record.policies = [];
  if (window.trustedTypes) {
    const createPolicy = window.trustedTypes.createPolicy.bind(window.trustedTypes);
    window.trustedTypes.createPolicy = (name, rules) => {
      record.policies.push(name);
      return createPolicy(name, rules);
    };
  }

  const originalFetch = window.fetch;
  window.fetch = function (input, init) {
    record.fetches.push({url: String(input instanceof Request ? input.url : input), signal: init && init.signal});
    return originalFetch.apply(this, arguments);
  };

  // Long tasks from now on; a test reads only the ones after the moment it cares about.
  // Long tasks from the page's start. Entries reach the callback late, in an idle moment;
  // `flushLongTasks()` takes the ones queued but not yet delivered.
  const keep = (entries) => {
    for (const entry of entries) record.longTasks.push({start: entry.startTime, duration: entry.duration});
  };
  try {
    const observer = new PerformanceObserver((list) => keep(list.getEntries()));
    observer.observe({type: 'longtask', buffered: true});
    record.flushLongTasks = () => keep(observer.takeRecords());
  } catch {
    record.longTasks = null;
    record.flushLongTasks = () => {};
  }
})();

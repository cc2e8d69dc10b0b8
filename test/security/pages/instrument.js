// Loaded first, before the bundle, on the lifecycle page only: counts what an element could leave
// behind when it is disconnected: event listeners, timers, intervals, animation frames and
// observers. `window.__instrument.outstanding()` lists what is still registered on something
// still alive (the window, the document, a connected node, or any other event target such as an
// AbortSignal); what is registered on a disconnected node goes with the node.
(() => {
  const listeners = [];
  const timers = new Map();
  const intervals = new Map();
  const frames = new Map();
  const observed = [];

  const describe = (target) =>
    target === window
      ? 'window'
      : target === document
        ? 'document'
        : target instanceof Node
          ? `<${target.nodeName.toLowerCase()}>`
          : (target && target.constructor && target.constructor.name) || 'target';
  const alive = (target) => !(target instanceof Node) || target === document || target.isConnected;
  const captureOf = (options) => (typeof options === 'boolean' ? options : Boolean(options && options.capture));
  const find = (target, type, listener, capture) =>
    listeners.findIndex(
      (entry) =>
        entry.target === target && entry.type === type && entry.listener === listener && entry.capture === capture,
    );

  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    const capture = captureOf(options);
    if (listener && find(this, type, listener, capture) === -1) {
      const entry = {target: this, type, listener, capture};
      listeners.push(entry);
      const forget = () => {
        const index = listeners.indexOf(entry);
        if (index !== -1) listeners.splice(index, 1);
      };
      // A `once` listener leaves by itself after the event; one with a signal when it aborts.
      if (options && options.once) add.call(this, type, forget, {once: true, capture});
      if (options && options.signal) add.call(options.signal, 'abort', forget, {once: true});
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    const index = find(this, type, listener, captureOf(options));
    if (index !== -1) listeners.splice(index, 1);
    return remove.call(this, type, listener, options);
  };

  const wrapTimer = (set, clear, registry, repeats) => {
    window[set.name] = function (callback, delay, ...args) {
      const id = set.call(
        window,
        (...callArgs) => {
          if (!repeats) registry.delete(id);
          return typeof callback === 'function' ? callback(...callArgs) : undefined;
        },
        delay,
        ...args,
      );
      registry.set(id, new Error().stack);
      return id;
    };
    window[clear.name] = function (id) {
      registry.delete(id);
      return clear.call(window, id);
    };
  };
  wrapTimer(window.setTimeout, window.clearTimeout, timers, false);
  wrapTimer(window.setInterval, window.clearInterval, intervals, true);

  const request = window.requestAnimationFrame;
  const cancel = window.cancelAnimationFrame;
  window.requestAnimationFrame = (callback) => {
    const id = request.call(window, (time) => {
      frames.delete(id);
      callback(time);
    });
    frames.set(id, new Error().stack);
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    frames.delete(id);
    cancel.call(window, id);
  };

  for (const Observer of [MutationObserver, ResizeObserver, IntersectionObserver]) {
    const {observe, unobserve, disconnect} = Observer.prototype;
    Observer.prototype.observe = function (target, options) {
      if (!observed.some((entry) => entry.observer === this && entry.target === target))
        observed.push({observer: this, target, kind: Observer.name});
      return observe.call(this, target, options);
    };
    if (unobserve) {
      Observer.prototype.unobserve = function (target) {
        const index = observed.findIndex((entry) => entry.observer === this && entry.target === target);
        if (index !== -1) observed.splice(index, 1);
        return unobserve.call(this, target);
      };
    }
    Observer.prototype.disconnect = function () {
      for (let index = observed.length - 1; index >= 0; index--)
        if (observed[index].observer === this) observed.splice(index, 1);
      return disconnect.call(this);
    };
  }

  window.__instrument = {
    outstanding() {
      return {
        listeners: listeners
          .filter((entry) => alive(entry.target))
          .map((entry) => `${describe(entry.target)} ${entry.type}`)
          .sort(),
        timers: [...timers.values()],
        intervals: [...intervals.values()],
        frames: [...frames.values()],
        observers: observed
          .filter((entry) => alive(entry.target))
          .map((entry) => `${entry.kind} on ${describe(entry.target)}`)
          .sort(),
      };
    },
  };
})();

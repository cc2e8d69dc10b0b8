// Loaded first, as a classic script, on every embedding test page: records what a partner site
// would notice (CSP violations, errors, warnings, new globals) for report.js to send.
window.__embed = {
  before: Object.getOwnPropertyNames(window),
  violations: [],
  errors: [],
  warnings: [],
};
document.addEventListener('securitypolicyviolation', (event) => {
  window.__embed.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
});
window.addEventListener('error', (event) => window.__embed.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.__embed.errors.push(String(event.reason)));
const originalWarn = console.warn;
console.warn = (...args) => {
  window.__embed.warnings.push(args.map(String).join(' '));
  originalWarn.apply(console, args);
};

// The `emulate-media-features` command: emulates CSS media features for one test page through
// the DevTools protocol. @web/test-runner-commands' `emulateMedia` cannot emulate
// `forced-colors` with puppeteer (only with Playwright), and puppeteer's own
// `emulateMediaFeatures` refuses that feature, though Chromium supports it.
//
// Payload: `[{name: 'forced-colors', value: 'active'}, …]`; `[]` ends the emulation. The
// DevTools session is kept per page: emulation set through a session ends when it detaches.
const sessions = new WeakMap();

export function mediaPlugin() {
  return {
    name: 'emulate-media-features',
    async executeCommand({command, payload, session}) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('emulate-media-features needs the Chrome launcher.');
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {features: payload});
      return true;
    },
  };
}

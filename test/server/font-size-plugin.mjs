// A test-runner command that sets the browser's default font sizes, as a reader does in the
// browser's settings: DevTools' Page.setFontSizes, through the page's own CDP session.
//
//   import {executeServerCommand} from '@web/test-runner-commands';
//   await executeServerCommand('set-font-sizes', {standard: 24});
export function fontSizePlugin() {
  return {
    name: 'font-sizes',
    async executeCommand({command, payload, session}) {
      if (command !== 'set-font-sizes') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        await cdp.send('Page.setFontSizes', {fontSizes: payload});
      } finally {
        await cdp.detach();
      }
      return true;
    },
  };
}

// `npm run test-storybook`: every story as a test, twice, in the machine's Chromium
// (scripts/find-browser.mjs):
// - `storybook`: @storybook/addon-vitest runs each story in Vitest's browser mode, as the
//   Storybook UI's test panel does: its play function, axe, and no console errors;
// - `storybook-static`: each story of the built Storybook (`npm run build-storybook` first) in its
//   own page, so a build that drops an element's registration fails; plus every docs page.
// Ends with `storybook: N passed, N failed` alone on the last line.
import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';
import {storybookTest} from '@storybook/addon-vitest/vitest-plugin';
import {playwright} from '@vitest/browser-playwright';
import {CHROME_ARGS, findBrowser} from './scripts/find-browser.mjs';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const executablePath = findBrowser();

export default defineConfig({
  test: {
    reporters: ['default', here('.storybook/count-reporter.ts')],
    projects: [
      {
        extends: true,
        plugins: [storybookTest({configDir: here('.storybook'), storybookScript: 'npm run storybook'})],
        test: {
          name: 'storybook',
          setupFiles: [here('.storybook/vitest.setup.ts')],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({launchOptions: {executablePath, args: CHROME_ARGS}}),
            instances: [{browser: 'chromium'}],
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'storybook-static',
          include: ['.storybook/built-storybook.test.ts'],
          environment: 'node',
          env: {CHROME_PATH: executablePath},
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});

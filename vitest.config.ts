// `npm run test-storybook`: every story as a test, twice, in the machine's Chromium (no browser is
// ever downloaded):
// - `storybook`: @storybook/addon-vitest compiles the stories and runs each one in Vitest's browser
//   mode: the story's play function, axe through the a11y addon, and no console errors. The same
//   tests the Storybook UI's test panel runs.
// - `storybook-static`: the built Storybook (`npm run build-storybook` first), each story loaded in
//   its own page as a reader would, so a build that drops an element's registration fails here
//   even when the sources are fine; plus every docs page.
// The run ends with `storybook: N passed, N failed` alone on the last line.
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
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});

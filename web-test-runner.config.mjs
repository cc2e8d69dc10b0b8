import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {CHROME_ARGS} from './scripts/find-browser.mjs';
import {countReporter} from './scripts/count-reporter.mjs';
import {testServerPlugin} from './test/server/test-server-plugin.mjs';
import {mediaPlugin} from './test/server/media-plugin.mjs';
import {fontSizePlugin} from './test/server/font-size-plugin.mjs';
import {embedCspMiddleware, embedPlugin} from './test/server/embed-plugin.mjs';
import {securityCspMiddleware, securityPlugin} from './test/server/security-plugin.mjs';
import {ssrPlugin} from './test/server/ssr-plugin.mjs';
import {crossOriginEmbeds} from './web-dev-server.config.mjs';

const extraArgs = process.env.CHROME_EXTRA_ARGS ? process.env.CHROME_EXTRA_ARGS.split(' ') : [];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One browser, two test pages at a time. The timed tests (test/**/*.timing.ts) run after these,
  // one page at a time: web-test-runner.timing.config.mjs.
  concurrency: Number(process.env.TEST_CONCURRENCY ?? 2),
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: {config: {timeout: 10_000}},
  browsers: [
    chromeLauncher({
      // @web/test-runner-chrome honours CHROME_PATH, which scripts/test.mjs sets.
      launchOptions: {
        executablePath: process.env.CHROME_PATH,
        args: [...CHROME_ARGS, '--js-flags=--expose-gc', ...extraArgs],
      },
    }),
  ],
  plugins: [
    esbuildPlugin({ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022'}),
    testServerPlugin(),
    mediaPlugin(),
    fontSizePlugin(),
    embedPlugin(),
    securityPlugin(),
    ssrPlugin(),
  ],
  // The bundle and the feeds as `npm start` serves them, to pages on any origin (test/embed/cross-origin.test.ts).
  middleware: [crossOriginEmbeds, embedCspMiddleware, securityCspMiddleware],
  // Lit's dev-mode notice is printed once per test file; it is expected in tests.
  filterBrowserLogs: ({args}) => !args.some((arg) => typeof arg === 'string' && arg.includes('Lit is in dev mode')),
  reporters: [defaultReporter(), countReporter()],
};

// `npm test`: finds (or on Debian as root installs) a Chromium, then runs @web/test-runner in it.
// Extra arguments go to the test runner, e.g. `npm test -- --files test/feed/parse-feed.test.ts`.
import {spawnSync} from 'node:child_process';
import {findBrowser} from './find-browser.mjs';

let browser;
try {
  browser = findBrowser();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const result = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {...process.env, CHROME_PATH: browser},
});
process.exit(result.status ?? 1);

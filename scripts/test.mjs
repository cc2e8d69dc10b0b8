// `npm test`: finds (or, as root on Debian, installs) a Chromium, runs the server-rendering
// tests in Node, then every browser test with @web/test-runner in that Chromium, and closes
// with one line `Total: N passed, N failed` over both.
// Arguments go to the test runner alone, e.g. `npm test -- --files test/feed/parse-feed.test.ts`.
import {spawn} from 'node:child_process';
import {findBrowser} from './find-browser.mjs';

let browser;
try {
  browser = findBrowser();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

/** Runs a command, echoing its output, and resolves with its exit code and output. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {stdio: ['inherit', 'pipe', 'pipe'], env: {...process.env, ...env}});
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code) => resolve({code: code ?? 1, output}));
  });
}

const runnerArgs = process.argv.slice(2);
let passed = 0;
let failed = 0;
let ok = true;

if (runnerArgs.length === 0) {
  const ssr = await run(process.execPath, ['--test', '--test-reporter=spec', 'test/ssr/']);
  const pass = Number(/^\S*\s*pass (\d+)/m.exec(ssr.output)?.[1] ?? 0);
  const fail = Number(/^\S*\s*fail (\d+)/m.exec(ssr.output)?.[1] ?? 0);
  passed += pass;
  failed += fail + (ssr.code !== 0 && fail === 0 ? 1 : 0);
  ok &&= ssr.code === 0;
}

const wtr = await run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...runnerArgs], {
  CHROME_PATH: browser,
});
const counts = [...wtr.output.matchAll(/^browser: (\d+) passed, (\d+) failed/gm)].at(-1);
passed += Number(counts?.[1] ?? 0);
failed += Number(counts?.[2] ?? 0) + (wtr.code !== 0 && Number(counts?.[2] ?? 0) === 0 ? 1 : 0);
ok &&= wtr.code === 0;

console.log(`\nTotal: ${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);

// `npm start`: builds dist/ (for the partner page, which loads the bundle), then serves demo/ on
// the sample feed with web-dev-server.config.mjs and prints its URLs. The other pages load the
// sources, so a failed build is reported and the site served anyway. The build is skipped when
// the bundle is newer than every input, and with `--no-build`. The port is PORT when set;
// otherwise 8000, or the next free port after it.
import {spawn} from 'node:child_process';
import {readdirSync, statSync} from 'node:fs';
import {createServer} from 'node:net';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {startDevServer} from '@web/dev-server';

// web-dev-server.config.mjs is read from, and serves, the repository root.
process.chdir(resolve(dirname(fileURLToPath(import.meta.url)), '..'));

const requested = process.env.PORT;
if (requested !== undefined && !/^\d+$/.test(requested)) fail(`PORT must be a port number, got "${requested}".`);
// The dev server reports a busy port only as an uncaught error, so check first.
if (requested && !(await isFree(Number(requested)))) {
  fail(`Port ${requested} is already in use: set PORT to another port, or unset it to take a free one.`);
}

if (process.argv.includes('--no-build')) {
  console.log('Build skipped (--no-build): the partner page uses whatever dist/ holds.');
} else if (bundleIsFresh()) {
  console.log('dist/ is newer than the sources: build skipped.');
} else {
  await build();
}

const server = await startDevServer({readCliArgs: false, logStartMessage: false});
const {hostname, port} = server.config;
const base = `http://${hostname}:${port}/demo/`;
console.log(`\nprogramme-elements demo: the elements on sample/sample-feed.json\n`);
console.log(`  ${base}\n`);
console.log(`  ${base}partner.html       a partner's page, with the built bundle`);
console.log(`  ${base}organisation.html  the organisation's page: <programme-page>`);
console.log(`  ${base}builder.html       the embed builder\n`);
console.log('Press Ctrl+C to stop.');

/** True when dist/programme-elements.js is newer than src/ and every file the build reads. */
function bundleIsFresh() {
  const mtime = (path) => statSync(path, {throwIfNoEntry: false})?.mtimeMs ?? Infinity;
  const bundle = statSync('dist/programme-elements.js', {throwIfNoEntry: false})?.mtimeMs;
  if (bundle === undefined) return false;
  const inputs = [
    ...readdirSync('src', {recursive: true}).map((path) => join('src', path)),
    'package.json',
    'package-lock.json',
    'rollup.config.mjs',
    'tsconfig.json',
    'tsconfig.build.json',
  ];
  return inputs.every((path) => mtime(path) < bundle);
}

/** `npm run build`, quietly: one line while it runs, its output only when it fails. */
async function build() {
  process.stdout.write('Building dist/ for the partner page (npm run build)… ');
  const started = Date.now();
  const {code, output} = await new Promise((resolvePromise) => {
    const child = spawn('npm', ['run', '--silent', 'build'], {stdio: ['ignore', 'pipe', 'pipe']});
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('error', (error) => resolvePromise({code: 1, output: String(error)}));
    child.on('close', (exitCode) => resolvePromise({code: exitCode ?? 1, output: text}));
  });
  if (code === 0) {
    console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return;
  }
  console.log('failed.\n');
  console.error(output.trim().split('\n').slice(-20).join('\n'));
  console.error('\nThe build failed (above): the partner page, which loads dist/programme-elements.js, will not work.');
  console.error('The other pages load the sources and still do. Serving anyway.');
}

function isFree(port) {
  return new Promise((resolvePromise) => {
    const probe = createServer()
      .once('error', () => resolvePromise(false))
      .once('listening', () => probe.close(() => resolvePromise(true)))
      .listen(port);
  });
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

// `npm start`: serves demo/index.html, which shows the elements on the sample feed, straight from
// the TypeScript sources (no build), and prints the page's URL. Ctrl+C stops it.
// The port is PORT when set; otherwise 8000, or the next free port after it.
import {createServer} from 'node:net';
import {dirname, resolve} from 'node:path';
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

const server = await startDevServer({readCliArgs: false, logStartMessage: false});
const {hostname, port} = server.config;
console.log(`\nprogramme-elements demo: the elements on sample/sample-feed.json\n`);
console.log(`  http://${hostname}:${port}/demo/\n`);
console.log('Press Ctrl+C to stop.');

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

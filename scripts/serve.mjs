// The one static server of the scripts (screenshots, visual test, bench), as of `npm start`:
// @web/dev-server, serving the repository on a free loopback port with the given configuration.
// `stop()` stops it by its own handle.
import {dirname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {startDevServer} from '@web/dev-server';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Starts the server; resolves with its origin (`http://127.0.0.1:<port>`) and `stop()`. */
export async function serve(config = {}) {
  const server = await startDevServer({
    // Port 0: the system picks a free one.
    config: {rootDir: root, hostname: '127.0.0.1', port: 0, ...config},
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return {origin: `http://127.0.0.1:${server.server.address().port}`, stop: () => server.stop()};
}

// Runs the built command line (bin/programme-elements.js → dist/cli/), as `npx` would.
import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/programme-elements.js', import.meta.url));

/** The path of a fixture in test/cli/fixtures/. */
export const fixture = (name) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** `programme-elements ...args`: its exit code, stdout and stderr. */
export function cli(...args) {
  const result = spawnSync(process.execPath, [BIN, ...args], {encoding: 'utf8'});
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

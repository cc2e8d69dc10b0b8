// Finds a Chrome or Chromium for tests, benchmarks and screenshots: CHROME_PATH first, then the
// usual install paths. Never downloads a browser. Only `npm test` (scripts/test.mjs) and CI's
// first step (`node scripts/find-browser.mjs`, which prints the path) install one when none is
// found: Debian's `chromium` package, as root on Debian; anywhere else they stop with one
// sentence saying what to install.
import {accessSync, constants, existsSync, realpathSync} from 'node:fs';
import {execFileSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Flags every launch uses: as root Chromium needs --no-sandbox; the rest keep it off the network. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const NOT_FOUND =
  'No Chrome or Chromium was found: install Google Chrome or Chromium (on Debian or Ubuntu: apt-get install chromium), or set CHROME_PATH to its executable.';

/** The browser's path; throws a sentence saying what to install when there is none. */
export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (executable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which is not an executable file.`);
  }
  const found = CANDIDATES.find(executable);
  if (found) return found;
  throw new Error(NOT_FOUND);
}

/** findBrowser(), but first installs Debian's chromium when none is found and it can (root on Debian). */
export function ensureBrowser() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.env.CHROME_PATH || CANDIDATES.some(executable) || !isRoot || !existsSync('/etc/debian_version')) {
    return findBrowser();
  }
  // On stderr: CI reads the path alone from stdout.
  console.error('No Chrome or Chromium found: installing Debian\'s "chromium" package (about 30 s)…');
  const quiet = {stdio: ['ignore', 'ignore', 'inherit'], env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}};
  execFileSync('apt-get', ['update', '-qq'], quiet);
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], quiet);
  return findBrowser();
}

// `node scripts/find-browser.mjs`: ensureBrowser(), then the path alone on stdout.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(ensureBrowser());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

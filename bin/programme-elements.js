#!/usr/bin/env node
// The package's command line: `programme-elements <command> …` (src/cli/main.ts, built to dist/).
import {main} from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2), {stdout: process.stdout, stderr: process.stderr});

// Every package the repository imports is one it declares, so nothing works only because another
// tool happened to install it: what ships (bin/ and dist/, as `npm run build` wrote it, its types too)
// imports only `dependencies`; the tools, tests, stories and configuration import only declared
// packages. Imports are read by TypeScript's own pre-processor (static, dynamic and type imports).
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {builtinModules} from 'node:module';
import {join, resolve} from 'node:path';
import {test} from 'node:test';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const SOURCE = /\.(?:[cm]?js|[cm]?ts)$/;

/** The packages a file imports by name (not relative, not Node's own, not the package itself). */
function packagesOf(file) {
  const {importedFiles} = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
  return importedFiles
    .map(({fileName}) => fileName)
    .filter((name) => !/^[./]/.test(name) && !name.startsWith('node:') && !builtinModules.includes(name))
    .map((name) =>
      name
        .split('/')
        .slice(0, name.startsWith('@') ? 2 : 1)
        .join('/'),
    )
    .filter((name) => name !== pkg.name);
}

/** `file: package` for each import of a package not in `declared`. */
function undeclared(files, declared) {
  return files.flatMap((file) =>
    packagesOf(file)
      .filter((name) => !(name in declared))
      .map((name) => `${file}: ${name}`),
  );
}

test('what ships imports only the dependencies', () => {
  const shipped = ['dist', 'bin']
    .flatMap((folder) => readdirSync(join(ROOT, folder), {recursive: true}).map((file) => join(folder, file)))
    .filter((file) => SOURCE.test(file));
  assert.ok(shipped.length > 20, `dist/ holds the build (${shipped.length} files)`);
  assert.deepEqual(undeclared(shipped, {...pkg.dependencies, ...pkg.peerDependencies}), []);
});

test('the tools, tests, stories and configuration import only declared packages', () => {
  // types/jsx.d.ts is generated for users of other frameworks: it names their packages (React,
  // Preact, Solid…), which their projects provide.
  const tracked = execFileSync('git', ['ls-files'], {cwd: ROOT, encoding: 'utf8'})
    .split('\n')
    .filter((file) => SOURCE.test(file) && !file.startsWith('types/'));
  assert.ok(tracked.length > 100, `git lists the sources (${tracked.length} files)`);
  assert.deepEqual(undeclared(tracked, {...pkg.dependencies, ...pkg.devDependencies, ...pkg.peerDependencies}), []);
});

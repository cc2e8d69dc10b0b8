// The npm package's types as a TypeScript user meets them: each per-element entry point, imported
// on its own, types its tag (`document.createElement('project-card')` is a ProjectCardElement,
// not a bare HTMLElement). Compiled against dist/ as `npm run build` wrote it.
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {after, test} from 'node:test';
import ts from 'typescript';
import {ELEMENT_TAGS, elementModule} from '../../dist/elements.js';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'programme-elements-types-'));
after(() => rmSync(dir, {recursive: true, force: true}));

const options = {
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: [],
};
// One program per entry point (a program's global declarations are shared by all its files);
// the files they share (lib.dom, Lit's types) are read once.
const host = ts.createCompilerHost(options);
const cache = new Map();
const read = host.getSourceFile.bind(host);
host.getSourceFile = (name, ...rest) => {
  if (!cache.has(name)) cache.set(name, read(name, ...rest));
  return cache.get(name);
};

for (const tag of ELEMENT_TAGS) {
  test(`the ${tag} entry point types document.createElement('${tag}')`, () => {
    const file = join(dir, `${tag}.mts`);
    writeFileSync(
      file,
      `import ${JSON.stringify(join(ROOT, 'dist', elementModule(tag)))};\n` +
        `const element = document.createElement('${tag}');\n` +
        // A bare HTMLElement (the tag unknown to the map) is assignable to the type; an element class is not.
        `export const typed: HTMLElement extends typeof element ? 'untyped' : 'typed' = 'typed';\n`,
    );
    const program = ts.createProgram([file], options, host);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    assert.deepEqual(problems, []);
  });
}

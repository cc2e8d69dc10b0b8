// `npm run analyze` writes custom-elements.json from the elements' JSDoc; `npm run analyze:check`
// fails when the committed file is stale; test/manifest.test.ts checks that everything is described.
import {readFileSync} from 'node:fs';

export default {
  globs: [
    'src/components/**/*.ts',
    // The base class the elements inherit their shared attributes from (`src`, `programme`,
    // `heading-level`, `feed`): without it the manifest would leave them out of every element.
    'src/internal/feed-element.ts',
  ],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest; without this the analyzer rewrites package.json.
  packagejson: false,
  // Sorted, so the manifest lists modules in the same order on every machine (globbing follows
  // the file system's order).
  overrideModuleCreation: ({ts, globs}) =>
    [...globs]
      .sort()
      .map((path) => ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2015, true)),
  plugins: [dropUnnamedDocumentedEvents()],
};

/**
 * For `this.dispatchEvent(new FeedErrorEvent(…))` the analyzer records an event with a type but
 * no name (the name is set inside the Event subclass). When the class documents an event of that
 * type with `@fires`, the nameless entry is a duplicate: drop it. Undocumented ones stay, and the
 * manifest test reports them.
 */
function dropUnnamedDocumentedEvents() {
  return {
    name: 'drop-unnamed-documented-events',
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.events) continue;
          const documented = new Set(declaration.events.filter((event) => event.name).map((event) => event.type?.text));
          declaration.events = declaration.events.filter((event) => event.name || !documented.has(event.type?.text));
        }
      }
    },
  };
}

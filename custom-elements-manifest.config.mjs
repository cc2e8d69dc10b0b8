// `npm run analyze` writes custom-elements.json from the elements' JSDoc, and from it the editor
// and framework typings in types/ (JSX for React 19, Preact and others; VS Code's custom HTML and
// CSS data). `npm run analyze:check` fails when any committed file is stale;
// test/manifest.test.ts checks that everything is described.
import {readFileSync} from 'node:fs';
import {generateJsxTypes} from '@wc-toolkit/jsx-types';
import {generateVsCodeCustomElementData} from 'custom-element-vs-code-integration';

/** Where the typings go. scripts/check-generated.mjs points this at a scratch folder to compare. */
const TYPINGS_DIR = process.env.PE_TYPINGS_OUTDIR ?? 'types';

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
  plugins: [dropUnnamedDocumentedEvents(), typingsFromManifest(TYPINGS_DIR)],
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

/**
 * Writes types/jsx.d.ts (@wc-toolkit/jsx-types) and types/vscode.{html,css}-custom-data.json
 * (custom-element-vs-code-integration) from the finished manifest, so attributes, properties,
 * events, slots, parts and CSS properties are described once, in the elements' JSDoc.
 *
 * Called through the generators' functions rather than their own analyzer plugins, to hand them
 * a copy of the manifest adjusted in two ways:
 * - The base class `FeedElement` is a custom element class with no tag: leave it out.
 * - Events are `Event` subclasses, and the JSX generator imports only `CustomEvent<Detail>`
 *   detail types, so `FeedLoadEvent` would be an unresolved name. Each event type is written as
 *   `import("../dist/index.js").FeedLoadEvent` instead: the index exports every event class.
 */
function typingsFromManifest(outdir) {
  return {
    name: 'typings-from-manifest',
    packageLinkPhase({customElementsManifest}) {
      const manifest = structuredClone(customElementsManifest);
      for (const module of manifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
          for (const event of declaration.events ?? []) {
            if (event.type && /^[A-Z]\w*Event$/.test(event.type.text) && !/^(Custom)?Event$/.test(event.type.text)) {
              event.type = {text: `import("../dist/index.js").${event.type.text}`};
            }
          }
        }
      }
      generateJsxTypes(structuredClone(manifest), {
        outdir,
        fileName: 'jsx.d.ts',
        // types/ sits beside dist/ in the package: src/components/x/x.ts → ../dist/components/x/x.js
        componentTypePath: (_name, _tag, modulePath) =>
          `../${modulePath.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js')}`,
        stronglyTypedEvents: true,
      });
      generateVsCodeCustomElementData(structuredClone(manifest), {outdir, hideLogs: true});
    },
  };
}

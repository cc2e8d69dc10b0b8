/**
 * src/elements.ts is the one list of the library's elements. What cannot be derived from it (the
 * index's static re-exports, the autoloader's per-element imports, package.json's exports, the
 * README's table) is checked against it here; the manifest is checked in manifest.test.ts.
 */
import {expect} from '@open-wc/testing';
import packageJson from '../package.json' with {type: 'json'};
import {ELEMENT_TAGS, elementModule} from '../src/elements.js';

const sorted = (values: Iterable<string>) => [...values].sort();

describe('the list of elements (src/elements.ts)', () => {
  // First, before anything here imports the index: the autoloader alone must define every tag.
  it('the autoloader defines every element when its tag appears', async () => {
    await import('../src/autoloader.js');
    const holder = document.createElement('div');
    holder.hidden = true;
    for (const tag of ELEMENT_TAGS) holder.append(document.createElement(tag));
    document.body.append(holder);
    const undefinedTags = () => ELEMENT_TAGS.filter((tag) => customElements.get(tag) === undefined);
    const deadline = performance.now() + 5_000;
    while (undefinedTags().length && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    holder.remove();
    expect(undefinedTags(), 'tags the autoloader did not define').to.deep.equal([]);
  });

  it('the index exports the class of every element', async () => {
    const index: Record<string, unknown> = await import('../src/index.js');
    const exported = new Set(Object.values(index));
    expect(ELEMENT_TAGS.filter((tag) => !exported.has(customElements.get(tag)))).to.deep.equal([]);
  });

  it("package.json exports each element's module as programme-elements/<tag>.js, and no other", () => {
    const exports = packageJson.exports as Record<string, string | {types?: string; default?: string}>;
    const elementEntries = Object.entries(exports).filter(
      ([, target]) => typeof target === 'object' && target.default?.startsWith('./dist/components/'),
    );
    expect(sorted(elementEntries.map(([subpath]) => subpath))).to.deep.equal(
      sorted(ELEMENT_TAGS.map((tag) => `./${tag}.js`)),
    );
    for (const tag of ELEMENT_TAGS) {
      const module = `./dist/${elementModule(tag)}`;
      expect(exports[`./${tag}.js`], tag).to.deep.equal({types: module.replace(/\.js$/, '.d.ts'), default: module});
    }
  });

  it("the README's table of elements lists every element, and no other", async () => {
    const readme = await (await fetch('/README.md')).text();
    const rows = [...readme.matchAll(/^\| `<([a-z-]+)>`\s*\|/gm)].map(([, tag]) => tag!);
    expect(sorted(rows)).to.deep.equal(sorted(ELEMENT_TAGS));
  });
});

/**
 * custom-elements.json is the elements' documented API: Storybook, editors and the docs read it.
 * The analyzer silently drops what it cannot parse (a `@ccprop` typo loses a CSS property), so this
 * checks that it lists every element of the library (src/elements.ts), and that each element, and
 * everything each element exposes, has a description. `npm run analyze:check` keeps the manifest
 * current.
 */
import {expect} from '@open-wc/testing';
import manifest from '../custom-elements.json' with {type: 'json'};
import {ELEMENT_TAGS} from '../src/elements.js';

interface Described {
  name?: string;
  description?: string;
}
interface Member extends Described {
  kind: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
}
interface Declaration extends Described {
  kind: string;
  customElement?: boolean;
  tagName?: string;
  attributes?: Described[];
  members?: Member[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
  events?: (Described & {type?: {text?: string}})[];
}
interface Manifest {
  modules: {path: string; declarations?: Declaration[]}[];
}

// Elements live in src/components; the manifest also holds the base class they inherit from
// (src/internal), which the analyzer marks as a custom element too but which has no tag.
const elements = (manifest as unknown as Manifest).modules
  .filter((module) => module.path.startsWith('src/components/'))
  .flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement)
      .map((declaration) => ({path: module.path, declaration})),
  );

const hasText = (value: string | undefined) => typeof value === 'string' && value.trim().length > 0;

/** The public fields a page or framework can set (what the manifest calls members of kind "field"). */
const publicProperties = (declaration: Declaration) =>
  (declaration.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      !member.static &&
      member.privacy !== 'private' &&
      member.privacy !== 'protected' &&
      !member.name?.startsWith('_') &&
      !member.name?.startsWith('#'),
  );

/** Every item of the element's API without a description, as readable labels. */
function undescribed(declaration: Declaration): string[] {
  const groups: [string, Described[] | undefined][] = [
    ['attribute', declaration.attributes],
    ['property', publicProperties(declaration)],
    ['slot', declaration.slots],
    ['CSS part', declaration.cssParts],
    ['CSS property', declaration.cssProperties],
  ];
  const missing = groups.flatMap(([label, items]) =>
    (items ?? []).filter((item) => !hasText(item.description)).map((item) => `${label} "${item.name || '(default)'}"`),
  );
  for (const event of declaration.events ?? []) {
    if (!hasText(event.name)) {
      missing.push(`an event of type ${event.type?.text ?? 'unknown'} with no name (document it with @fires)`);
    } else if (!hasText(event.description)) {
      missing.push(`event "${event.name}"`);
    }
  }
  return missing;
}

describe('custom-elements.json', () => {
  it('lists every element of the library, and no other', () => {
    expect(elements.length, 'no custom elements found: run `npm run analyze`').to.be.greaterThan(0);
    const tags = elements.map(({declaration}) => declaration.tagName ?? '(none)');
    expect([...tags].sort()).to.deep.equal([...ELEMENT_TAGS].sort());
  });

  for (const {path, declaration} of elements) {
    const label = declaration.tagName ? `<${declaration.tagName}>` : `${declaration.name} (${path})`;

    describe(label, () => {
      it('has a tag name and a description', () => {
        expect(declaration.tagName ?? '(none)', 'tag name').to.match(/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/);
        expect(hasText(declaration.description), 'class JSDoc description').to.equal(true);
      });

      it('describes every attribute, property, slot, CSS part, CSS property and event', () => {
        expect(undescribed(declaration)).to.deep.equal([]);
      });

      it('has the attributes and properties of the public contract', () => {
        const attributes = (declaration.attributes ?? []).map((attribute) => attribute.name);
        const properties = publicProperties(declaration).map((property) => property.name);
        const expected = ['src', 'programme'];
        // <programme-feed> renders no headings of its own.
        if (declaration.tagName !== 'programme-feed') expected.push('heading-level');
        if (declaration.tagName === 'project-card') expected.push('project');
        expect(attributes).to.include.members(expected);
        expect(properties).to.include('feed');
      });
    });
  }
});

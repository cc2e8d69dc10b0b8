/**
 * Controls for the elements' CSS custom properties: a colour picker for each colour, a choice for
 * `--pe-heading-size`, text for the rest. The names and descriptions come from
 * custom-elements.json; the render (render-element.ts) sets each one given on the element, as a
 * page's stylesheet would, and the embed snippet (embed.ts) writes them into its `<style>`.
 */
import type {InputType} from 'storybook/internal/types';
import manifest from '../../custom-elements.json' with {type: 'json'};
import {HEADING_SIZES} from '../../src/styles/shared.styles.js';

interface CssProperty {
  readonly name: string;
  readonly description?: string;
  readonly default?: string;
}

/**
 * Properties the shared styles read that the elements' JSDoc does not list yet (so they are not
 * in the manifest): named here so designers can try them.
 */
const SHARED: readonly CssProperty[] = [
  {
    name: '--pe-tag-text-colour',
    description: "Text and border of every tag (unset: each tag's NHS.UK colour).",
  },
  {name: '--pe-tag-background-colour', description: "Fill of every tag (unset: each tag's NHS.UK colour)."},
  {
    name: '--pe-heading-size',
    description: "The top heading's size, set apart from its level: `xl`, `l`, `m`, `s` or `xs` (unset: the level's).",
  },
];

function propertiesOf(tag: string): CssProperty[] {
  for (const module of manifest.modules as {declarations?: {tagName?: string; cssProperties?: CssProperty[]}[]}[]) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tag) return [...(declaration.cssProperties ?? []), ...SHARED];
    }
  }
  return [...SHARED];
}

function control(name: string): InputType['control'] {
  if (name.endsWith('-colour')) return {type: 'color'};
  if (name === '--pe-heading-size') return {type: 'select'};
  return {type: 'text'};
}

/** The arg types of `tag`'s CSS custom properties, with their controls. */
export function cssPropertyArgTypes(tag: string): Record<string, InputType> {
  return Object.fromEntries(
    propertiesOf(tag).map((property) => [
      property.name,
      {
        name: property.name,
        description: property.description,
        control: control(property.name),
        ...(property.name === '--pe-heading-size' ? {options: [undefined, ...HEADING_SIZES]} : {}),
        table: {category: 'css custom properties', defaultValue: {summary: property.default}},
      },
    ]),
  );
}

/** The custom properties among a story's args, with a value. */
export function cssPropertyArgs(args: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(args).filter(
      (entry): entry is [string, string] =>
        entry[0].startsWith('--') && typeof entry[1] === 'string' && entry[1] !== '',
    ),
  );
}

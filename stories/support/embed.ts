/**
 * The "Embed" snippet: the HTML a site editor copies to show what the story shows, built from
 * the story's current args (and the toolbar's theme, as the page's own CSS). Shown in the Embed
 * panel of every story and as each story's code in the docs pages.
 */
import {VERSION} from '../../src/version.js';
import {cssPropertyArgs} from './css-properties.js';
import {themeNamed} from './themes.js';

/** Where the README's embedding examples load the library (this version) and the feed from. */
const SCRIPT = `<script type="module" src="https://programmes.example.org/elements/${VERSION}/programme-elements.js" crossorigin="anonymous"></script>`;
const PLACEHOLDER_FEED = 'https://programmes.example.org/feed.json';

/** What the snippet needs to know about a story: its element, args, children and theme. */
export interface EmbedInput {
  readonly tag: string;
  readonly args: Readonly<Record<string, unknown>>;
  /** Elements inside the story's element (those in `<programme-feed>`): a tag and its attributes, e.g. `aims-list no-heading`. */
  readonly children?: readonly string[] | undefined;
  readonly theme?: unknown;
}

/** Boolean attributes, by the property names the stories' args use. */
const BOOLEAN_ATTRIBUTES = [
  ['noHeading', 'no-heading'],
  ['structuredData', 'structured-data'],
  ['noMoreLink', 'no-more-link'],
] as const;

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The element's attributes from the args: the public ones only, defaults left out. */
function attributes(args: EmbedInput['args'], feedGivenAsProperty: boolean): string[] {
  const result: string[] = [];
  const src = typeof args['src'] === 'string' && args['src'] ? args['src'] : undefined;
  if (src || feedGivenAsProperty) result.push(`src="${escape(src ?? PLACEHOLDER_FEED)}"`);
  for (const name of ['programme', 'project']) {
    const value = args[name];
    if (typeof value === 'string' && value) result.push(`${name}="${escape(value)}"`);
  }
  const level = Number(args['headingLevel'] ?? 2);
  if (level !== 2) result.push(`heading-level="${level}"`);
  for (const [property, attribute] of BOOLEAN_ATTRIBUTES) {
    if (args[property] === true) result.push(attribute);
  }
  return result;
}

function openTag(tag: string, attrs: readonly string[], indent: string): string {
  const oneLine = `${indent}<${tag}${attrs.map((attr) => ` ${attr}`).join('')}>`;
  if (oneLine.length <= 100) return oneLine;
  return `${indent}<${tag}\n${attrs.map((attr) => `${indent}  ${attr}`).join('\n')}\n${indent}>`;
}

/** The copyable HTML for a story. */
export function embedSnippet({tag, args, children = [], theme}: EmbedInput): string {
  const feedGivenAsProperty = args['feed'] !== undefined && !args['src'];
  const lines = [SCRIPT, ''];
  const {properties} = themeNamed(theme);
  // The theme's custom properties, then those set in the controls.
  const declarations = Object.entries({...properties, ...cssPropertyArgs(args)});
  if (declarations.length) {
    lines.push(
      '<style>',
      `  ${tag} {`,
      ...declarations.map(([name, value]) => `    ${name}: ${value};`),
      '  }',
      '</style>',
      '',
    );
  }
  if (feedGivenAsProperty) {
    lines.push('<!-- This story sets the feed as the `feed` property; on a page, point src at your feed. -->');
  }
  lines.push(openTag(tag, attributes(args, feedGivenAsProperty), ''));
  for (const child of children) lines.push(`  <${child}></${child.split(' ')[0]}>`);
  lines.push(`</${tag}>`);
  return lines.join('\n');
}

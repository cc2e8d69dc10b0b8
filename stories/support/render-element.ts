/**
 * The one render every element's stories share (all but `<programme-feed>`, whose story composes
 * other elements): the element the meta names as its `component`, with an attribute for each arg
 * it is given, the feed as a property, and the CSS custom properties set in the controls. Args an element does not have stay unset, so each
 * stories file names only its element and its args, never markup of its own.
 */
import {nothing} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import {html as staticHtml, unsafeStatic} from 'lit/static-html.js';
import type {AnyElementArgs} from './args.js';
import {TAGS} from './checks.js';
import {cssPropertyArgs} from './css-properties.js';

/** What the render reads of its story context. */
interface RenderContext {
  readonly component?: unknown;
}

const isTag = (name: unknown): name is (typeof TAGS)[number] => (TAGS as readonly unknown[]).includes(name);

export function renderElement(args: AnyElementArgs, {component}: RenderContext) {
  // Only the library's own tag names become markup, never a string from elsewhere.
  if (!isTag(component)) throw new Error(`renderElement: the meta's component is not an element: ${String(component)}`);
  const tag = unsafeStatic(component);
  // The custom properties set through the controls, as a page's stylesheet would set them.
  const properties = cssPropertyArgs(args as Record<string, unknown>);
  return staticHtml`<${tag}
    style=${Object.keys(properties).length ? styleMap(properties) : nothing}
    src=${args.src ?? nothing}
    programme=${args.programme ?? nothing}
    project=${args.project ?? nothing}
    heading-level=${args.headingLevel ?? nothing}
    ?no-heading=${args.noHeading ?? false}
    ?structured-data=${args.structuredData ?? false}
    ?no-more-link=${args.noMoreLink ?? false}
    .feed=${args.feed}
  ></${tag}>`;
}

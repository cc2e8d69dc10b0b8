import {html, nothing, type TemplateResult} from 'lit';

/** A heading level, 1 to 6. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * An attribute value as a heading level: rounded, and at most 6. Anything else (a removed or
 * empty attribute, which reach the property as `null` and `0`, zero, a negative number, text)
 * becomes `fallback`, the documented default, never `h1`. Above 6 the top heading is `h6` and
 * its inner headings stay at 6 too: HTML has no seventh level (README, Accessibility).
 */
export function headingLevel(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
  if (value === null || value === undefined || value === '') return fallback;
  const level = Math.round(Number(value));
  return (Number.isFinite(level) && level >= 1 ? Math.min(6, level) : fallback) as HeadingLevel;
}

/** The level below `level`, kept at 6 at the bottom. */
export function subLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(6, level + 1) as HeadingLevel;
}

/**
 * A section's own heading (the `title` part) at `level`; nothing with `noHeading`, when the page
 * around the section supplies its heading.
 */
export function sectionHeading(level: HeadingLevel, text: string, noHeading = false): TemplateResult | typeof nothing {
  return noHeading ? nothing : heading(level, text, 'title');
}

/** The level of a section's items' headings: one below the section's heading, or its level when it has none. */
export function itemLevel(level: HeadingLevel, noHeading = false): HeadingLevel {
  return noHeading ? level : subLevel(level);
}

/**
 * A real `<hN>` element for a level chosen at run time. Six literal templates rather than a tag
 * name spliced in through lit/static-html.js: the tag is never built from a string at all, and
 * each template is parsed once. `content` is bound as a child, so feed text stays text.
 */
export function heading(level: HeadingLevel, content: unknown, part: string, className = part): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part} class=${className}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class=${className}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${className}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${className}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${className}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${className}>${content}</h6>`;
  }
}

/**
 * A heading that takes focus from script (`tabindex="-1"`) but not from the Tab key: the error
 * state's, where focus goes when the content that held it is replaced. No part of its own.
 */
export function focusableHeading(level: HeadingLevel, content: unknown, className: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 class=${className} tabindex="-1">${content}</h1>`;
    case 2:
      return html`<h2 class=${className} tabindex="-1">${content}</h2>`;
    case 3:
      return html`<h3 class=${className} tabindex="-1">${content}</h3>`;
    case 4:
      return html`<h4 class=${className} tabindex="-1">${content}</h4>`;
    case 5:
      return html`<h5 class=${className} tabindex="-1">${content}</h5>`;
    default:
      return html`<h6 class=${className} tabindex="-1">${content}</h6>`;
  }
}

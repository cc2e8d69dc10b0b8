import {html, type TemplateResult} from 'lit';

/** A heading level, 1 to 6. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Clamps an attribute value to a heading level; anything unusable becomes `fallback`. */
export function headingLevel(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
  const level = Math.round(Number(value));
  return (Number.isFinite(level) ? Math.min(6, Math.max(1, level)) : fallback) as HeadingLevel;
}

/** The level below `level`, kept at 6 at the bottom. */
export function subLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(6, level + 1) as HeadingLevel;
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

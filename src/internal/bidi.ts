import {html, type TemplateResult} from 'lit';

/**
 * A catalogue sentence with feed text in it ("Published by {publisher}"), each piece of feed
 * text in its own `<bdi>`: a right-to-left override or embedding in one name then ends with the
 * name, instead of reversing the words after it. The words around stay plain text.
 */
export function isolatedFormat(template: string, values: Readonly<Record<string, string>>): TemplateResult[] {
  return template.split(/(\{\w+\})/).map((piece) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    return name !== undefined && Object.hasOwn(values, name) ? html`<bdi>${values[name]}</bdi>` : html`${piece}`;
  });
}

/** Feed texts joined into one line ("A, B, C"), each isolated as in `isolatedFormat`. */
export function isolatedList(texts: readonly string[], separator = ', '): TemplateResult[] {
  return texts.map((text, index) => html`${index ? separator : ''}<bdi>${text}</bdi>`);
}

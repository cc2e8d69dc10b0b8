import {html, nothing, type TemplateResult} from 'lit';
import type {Shown} from './text.js';

/**
 * A catalogue sentence with feed text in it ("Published by {publisher}"), each piece of feed
 * text in its own `<bdi>`: a right-to-left override or embedding in one name then ends with the
 * name, instead of reversing the words after it. The words around stay plain text. A piece that
 * falls back to another language says so with its own `lang`.
 */
export function isolatedFormat(template: string, values: Readonly<Record<string, Shown>>): TemplateResult[] {
  return template.split(/(\{\w+\})/).map((piece) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    return name !== undefined && Object.hasOwn(values, name) ? isolated(values[name]!) : html`${piece}`;
  });
}

/** Feed texts joined into one line ("A, B, C"), each isolated as in `isolatedFormat`. */
export function isolatedList(texts: readonly Shown[], separator = ', '): TemplateResult[] {
  return texts.map((text, index) => html`${index ? separator : ''}${isolated(text)}`);
}

function isolated({text, lang}: Shown): TemplateResult {
  return html`<bdi lang=${lang ?? nothing}>${text}</bdi>`;
}

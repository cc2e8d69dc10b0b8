import {html, nothing, type TemplateResult} from 'lit';
import type {Messages} from '../i18n/messages.js';

/**
 * A loading placeholder's grey bar, named for the line it stands in for (each element's
 * stylesheet sizes it); `short` bars are 60% wide, for a paragraph's last line.
 */
export type Bar = 'title' | 'heading' | 'card-title' | 'text' | 'text short' | 'tag' | 'inset' | 'box';

const barClass = (bar: Bar): string => `skeleton ${bar.replace(/\S+/g, 'skeleton--$&')}`;

/** Grey bars for the lines of a loading state, in order. */
export function bars(...kinds: readonly Bar[]): TemplateResult[] {
  return kinds.map((bar) => html`<span class=${barClass(bar)}></span>`);
}

/** A paragraph's bars: `count` lines, the last one short. */
export function lines(count: number): Bar[] {
  return [...Array<Bar>(count - 1).fill('text'), 'text short'];
}

/** The loading state's word, for screen readers only: the bars say nothing. */
export function loadingWord(t: Messages): TemplateResult {
  return html`<span class="visually-hidden">${t.loading}</span>`;
}

/**
 * The loading state's box: the `skeleton` and `base` parts, marked busy, around bars in the
 * content's layout (`className` is the content's own), so nothing moves when the content arrives.
 */
export function skeleton(className: string, ...content: readonly unknown[]): TemplateResult {
  return html`<div part="skeleton base" class=${className} aria-busy="true">${content}</div>`;
}

/** A section's loading state: the word, the section heading's bar (unless it has none), then `content`. */
export function sectionSkeleton(className: string, t: Messages, noHeading: boolean | undefined, content: unknown) {
  return skeleton(className, loadingWord(t), noHeading ? nothing : bars('title'), content);
}

/** A card's loading state (`<project-card>`, `<programme-card>`): the word, then `kinds` of bars, in the card's body. */
export function cardSkeleton(t: Messages, ...kinds: readonly Bar[]): TemplateResult {
  return skeleton('card panel content', html`<div class="body">${loadingWord(t)}${bars(...kinds)}</div>`);
}

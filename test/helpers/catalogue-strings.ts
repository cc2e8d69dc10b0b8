/**
 * The words that tell one catalogue from another: the fixed pieces of its strings (the text
 * between placeholders), for tests that fail on any string of the other language.
 */
import type {Catalogue, Plural} from '../../src/i18n/messages.js';

/** The pieces of these strings (the fixed words between placeholders) long enough to tell a language by. */
export function piecesOf(values: readonly (string | Plural)[]): string[] {
  const pieces: string[] = [];
  for (const value of values) {
    const forms = typeof value === 'string' ? [value] : Object.values(value);
    for (const form of forms) {
      for (const piece of form.split(/\{\w+\}/)) if (piece.trim().length >= 4) pieces.push(piece.trim());
    }
  }
  return [...new Set(pieces)];
}

/** What a reader would see of a catalogue: its labels and sentences, and the fixed words of each template. */
export function readerStrings(catalogue: Catalogue): string[] {
  const {
    problems: _p,
    rules: _r,
    items: _i,
    consoleError: _c,
    problemCount: _n,
    errors: _e,
    structuredDataRefused: _s,
    ...shown
  } = catalogue;
  return piecesOf(Object.values(shown) as (string | Plural)[]);
}

/**
 * What a page's editor reads of a catalogue (the console, `feed-error`): why an element cannot
 * show its content, the problems and their rules. Not the item names: "programme" is also an
 * attribute's name in every language's sentences.
 */
export function editorStrings(catalogue: Catalogue): string[] {
  return piecesOf([
    catalogue.consoleError,
    catalogue.problemCount,
    ...Object.values(catalogue.errors),
    ...Object.values(catalogue.problems),
    ...Object.values(catalogue.rules),
  ]);
}

/** The pieces of `catalogue`'s reader strings that `other` does not share. */
export function onlyIn(catalogue: Catalogue, other: Catalogue, strings = readerStrings): string[] {
  const shared = new Set(strings(other));
  return strings(catalogue).filter((piece) => !shared.has(piece));
}

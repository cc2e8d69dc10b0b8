import {enGB, type Messages} from './en-GB.js';

export type {Messages};

/** The language every element falls back to when the page names none it has a catalogue for. */
export const DEFAULT_LANG = 'en-GB';

// A Map, not an object: the page names the language, and `lang="constructor"` (or any other
// name of Object.prototype's) must find no catalogue rather than Object's own members.
const catalogues = new Map<string, Messages>([['en', enGB]]);

/** The catalogue for a BCP 47 language tag, by its primary language ("en-US" → English). */
export function messages(lang: string): Messages {
  return catalogues.get(lang.toLowerCase().split('-')[0] ?? '') ?? enGB;
}

/** Fills `{name}` placeholders (own properties of `values` only). */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

import {enGB, type Messages} from './en-GB.js';

export type {Messages};

/** The language every element falls back to when the page names none it has a catalogue for. */
export const DEFAULT_LANG = 'en-GB';

const catalogues: Record<string, Messages> = {en: enGB};

/** The catalogue for a BCP 47 language tag, by its primary language ("en-US" → English). */
export function messages(lang: string): Messages {
  return catalogues[lang.toLowerCase().split('-')[0] ?? ''] ?? enGB;
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

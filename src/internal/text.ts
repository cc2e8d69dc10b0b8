import {html, type TemplateResult} from 'lit';
import type {LocalText} from '../feed/feed.js';
import {primaryLanguage} from '../i18n/messages.js';

/** A feed text as shown: the string, and its language when that is not the element's own. */
export interface Shown {
  readonly text: string;
  /** The language the text falls back to, for its `lang` attribute; undefined when it is the element's. */
  readonly lang: string | undefined;
}

/**
 * The best match in a feed text for `lang` (format 1.1): a plain string as it is; from a language
 * map, the entry for the exact tag, then for the same language ("cy" for "cy-GB"), then English,
 * then the first entry. Any but the first two is a fallback, and says its language.
 */
export function pickText(text: LocalText, lang: string): Shown {
  if (typeof text === 'string') return {text, lang: undefined};
  const keys = Object.keys(text);
  const wanted = lang.toLowerCase();
  const primary = primaryLanguage(lang);
  const exact = keys.find((key) => key.toLowerCase() === wanted);
  if (exact !== undefined) return {text: text[exact]!, lang: undefined};
  const same = keys.find((key) => primaryLanguage(key) === primary);
  if (same !== undefined) return {text: text[same]!, lang: undefined};
  const fallback = keys.find((key) => primaryLanguage(key) === 'en') ?? keys[0]!;
  return {text: text[fallback]!, lang: fallback};
}

/** The best match as a plain string: for attributes (`alt`), comparisons and structured data. */
export function textIn(text: LocalText, lang: string): string {
  return pickText(text, lang).text;
}

/**
 * A feed text for a child binding: the string itself, or, where it falls back to another
 * language, in a `<span lang>`, so a screen reader reads it in that language's voice.
 */
export function localText(text: LocalText, lang: string): string | TemplateResult {
  const shown = pickText(text, lang);
  return shown.lang === undefined ? shown.text : html`<span lang=${shown.lang}>${shown.text}</span>`;
}

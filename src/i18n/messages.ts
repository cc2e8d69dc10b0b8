import {enGB, type Messages, type Plural} from './en-GB.js';

export type {Messages, Plural};

/**
 * A catalogue for `registerCatalogue()`: the English catalogue's shape, every string given.
 * `DeepStrings` loosens only the literal types, so `{one: '…', other: '…'}` checks as a `Plural`.
 */
export type Catalogue = DeepStrings<Messages>;
/** `T` with every string literal type loosened to `string`: the shape of another language's catalogue. */
export type DeepStrings<T> = T extends string ? string : {readonly [K in keyof T]: DeepStrings<T[K]>};

/** The language every element falls back to when the page names none it has a catalogue for. */
export const DEFAULT_LANG = 'en-GB';

// Maps, not objects: the page names the language, and `lang="constructor"` (or any other name of
// Object.prototype's) must find no catalogue rather than Object's own members.
const catalogues = new Map<string, Messages>([['en', enGB]]);

// The catalogues the library ships beside English, each loaded when a page first asks for its
// language, so a page in English downloads none of them (docs/decisions/0011-languages.md).
const bundled = new Map<string, () => Promise<{readonly catalogue: Catalogue}>>([['cy', () => import('./cy.js')]]);
const pending = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

/** The primary language subtag, lower case: "cy-GB" → "cy". */
export function primaryLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0] ?? '';
}

/**
 * Adds (or replaces) the catalogue for a language, by its primary subtag (`"pl"` serves `pl`
 * and `pl-PL`). Every element re-renders in it at once. Typed against the English catalogue, so
 * a catalogue missing a string does not compile.
 */
export function registerCatalogue(lang: string, catalogue: Catalogue): void {
  catalogues.set(primaryLanguage(lang), catalogue as Messages);
  for (const listener of listeners) listener();
}

/** The catalogue for a BCP 47 language tag, by its primary language ("en-US" → English); English when none is loaded. */
export function messages(lang: string): Messages {
  return catalogues.get(primaryLanguage(lang)) ?? enGB;
}

/** Whether `lang` has its catalogue now, or has none to wait for (it is then shown in English). */
export function hasCatalogue(lang: string): boolean {
  const primary = primaryLanguage(lang);
  return catalogues.has(primary) || !bundled.has(primary);
}

/**
 * Loads the shipped catalogue for `lang` when it is not loaded yet; resolves when it is (at once
 * for English, a registered language, or one the library has no catalogue for). Never rejects:
 * a catalogue that cannot be fetched leaves the language in English.
 */
export function loadCatalogue(lang: string): Promise<void> {
  const primary = primaryLanguage(lang);
  const load = bundled.get(primary);
  if (catalogues.has(primary) || !load) return Promise.resolve();
  let promise = pending.get(primary);
  if (!promise) {
    promise = load().then(
      (module) => {
        if (!catalogues.has(primary)) registerCatalogue(primary, module.catalogue);
      },
      (error: unknown) => {
        // Told once; the elements go on in English rather than wait for ever.
        console.warn(`programme-elements: the "${primary}" catalogue could not be loaded (${String(error)}).`);
        catalogues.set(primary, enGB);
      },
    );
    pending.set(primary, promise);
  }
  return promise;
}

/** Calls `listener` whenever a catalogue is registered; returns the unsubscribe. */
export function onCatalogue(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

const numberFormat = (lang: string) => cachedIntl(numberFormats, lang, lang, (tag) => new Intl.NumberFormat(tag));

/**
 * The Intl object `make` builds for `lang`, made once per `key` in `cache` (making one costs far
 * more than using one, and a page may show a thousand cards); for a language tag Intl refuses,
 * the default language's.
 */
export function cachedIntl<T>(cache: Map<string, T>, key: string, lang: string, make: (lang: string) => T): T {
  let made = cache.get(key);
  if (!made) {
    try {
      made = make(lang);
    } catch {
      // An invalid language tag from the page must not break the element.
      made = make(DEFAULT_LANG);
    }
    cache.set(key, made);
  }
  return made;
}

/**
 * Fills `{name}` placeholders (own properties of `values` only); numbers are formatted for
 * `lang` ("1,000" in English and Welsh).
 */
export function format(
  template: string,
  values: Readonly<Record<string, string | number>>,
  lang: string = DEFAULT_LANG,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(values, name)) return whole;
    const value = values[name]!;
    return typeof value === 'number' ? numberFormat(lang).format(value === 0 ? 0 : value) : value;
  });
}

/** The form of `plural` for `count` in `lang` (Intl.PluralRules: Welsh has all six categories), filled. */
export function plural(
  forms: Plural,
  count: number,
  lang: string,
  values: Record<string, string | number> = {},
): string {
  const rules = cachedIntl(pluralRules, lang, lang, (tag) => new Intl.PluralRules(tag));
  const template = forms[rules.select(count)] ?? forms.other;
  return format(template, {count, ...values}, lang);
}

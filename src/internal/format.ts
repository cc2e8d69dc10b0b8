/**
 * Intl formatting for the element's language, with formatters cached per language and options.
 */
import type {Money, Period} from '../feed/feed.js';
import {cachedIntl, format, plural, type Messages} from '../i18n/messages.js';

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cachedIntl(cache, `${lang}|${JSON.stringify(options)}`, lang, (tag) => new Intl.NumberFormat(tag, options));
}

/** "£400,000", or "around £400,000" when the feed marks the amount approximate. */
export function formatMoney(money: Money, lang: string, t: Messages): string {
  const whole = Number.isInteger(money.amount);
  const amount = numberFormat(lang, {
    style: 'currency',
    currency: money.currency,
    maximumFractionDigits: whole ? 0 : 2,
    minimumFractionDigits: whole ? 0 : 2,
  }).format(unsigned(money.amount));
  return money.approximate ? format(t.approximately, {amount}, lang) : amount;
}

/**
 * "2 years" for whole years, otherwise "18 months": the catalogue's plural forms, chosen by
 * Intl.PluralRules, around the number formatted by Intl. Not Intl's own units: Chromium's ICU
 * data has Welsh plural rules but no Welsh unit names, and would say "2 years" on a Welsh page.
 */
export function formatDuration(months: number, lang: string, t: Messages): string {
  const years = months % 12 === 0 && months > 0;
  const count = unsigned(years ? months / 12 : months);
  return plural(years ? t.durationYears : t.durationMonths, count, lang);
}

/** "2011 to 2013", or "2011" when both ends fall in one year, or "from 2011" with no end. */
export function formatPeriod(period: Period, t: Messages, lang: string): string {
  // Years stay as written ("2011", never "2,011"): they are strings to `format`.
  const start = period.start.slice(0, 4);
  const end = period.end?.slice(0, 4);
  if (!end) return format(t.yearFrom, {start}, lang);
  return start === end ? start : format(t.yearRange, {start, end}, lang);
}

/** A count in the element's language: "7", "1,200". */
export function formatCount(value: number, lang: string): string {
  return numberFormat(lang, {}).format(unsigned(value));
}

/**
 * JSON's `-0` (which passes "must not be negative", since -0 < 0 is false) as 0: Intl formats
 * it as "-0", "-£0".
 */
function unsigned(value: number): number {
  return value === 0 ? 0 : value;
}

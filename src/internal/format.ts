/**
 * Intl formatting for the element's language. Formatters are cached per language: creating
 * an Intl object costs far more than using one, and a page may show a thousand cards.
 */
import type {Money, Period} from '../feed/feed.js';
import {format, type Messages} from '../i18n/messages.js';

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat(lang, options);
    } catch {
      // An invalid language tag from the page must not break the element.
      formatter = new Intl.NumberFormat('en-GB', options);
    }
    cache.set(key, formatter);
  }
  return formatter;
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
  return money.approximate ? format(t.approximately, {amount}) : amount;
}

/** "2 years" for whole years, otherwise "18 months". */
export function formatDuration(months: number, lang: string): string {
  const years = months % 12 === 0 && months > 0;
  return numberFormat(lang, {style: 'unit', unit: years ? 'year' : 'month', unitDisplay: 'long'}).format(
    unsigned(years ? months / 12 : months),
  );
}

/** "2011 to 2013", or "2011" when both ends fall in one year, or "from 2011" with no end. */
export function formatPeriod(period: Period, t: Messages): string {
  const start = period.start.slice(0, 4);
  const end = period.end?.slice(0, 4);
  if (!end) return format(t.yearFrom, {start});
  return start === end ? start : format(t.yearRange, {start, end});
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

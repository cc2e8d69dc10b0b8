import type {FeedProblem} from './feed.js';
import {enGB, type Messages} from '../i18n/en-GB.js';
import {format, plural, type Plural} from '../i18n/messages.js';

/**
 * Why a feed could not be shown:
 * - `network`: the request failed (offline, DNS, CORS, connection reset);
 * - `http`: the server answered with an error status (see `status`);
 * - `timeout`: no complete answer within the time limit;
 * - `parse`: the response was not JSON;
 * - `invalid`: the JSON is not a valid programme feed, or the feed is larger than the 512 KB
 *   a feed may be (see `problems`);
 * - `not-found`: the feed is valid but has no programme or project with the requested id.
 */
export type FeedErrorKind = 'network' | 'http' | 'timeout' | 'parse' | 'invalid' | 'not-found';

/** Which sentence of a catalogue's `errors` words an error (src/i18n/en-GB.ts). */
export type FeedErrorCode = keyof Messages['errors'];

/** The values an error's sentence quotes: `{url}`, `{id}`, `{count}`… */
export type FeedErrorValues = Readonly<Record<string, string | number>>;

/**
 * A feed failure with a message a site editor can act on. Thrown by the loader, shown by the
 * elements. `message` is English; `code` and `values` let `errorMessage()` word it in the
 * catalogue of any language, as the elements do for the console and `feed-error`.
 */
export class FeedError extends Error {
  declare readonly name: 'FeedError';
  readonly kind: FeedErrorKind;
  /** The sentence's code in the catalogues, when the library made the error. */
  readonly code: FeedErrorCode | undefined;
  /** The values the sentence quotes. */
  readonly values: FeedErrorValues;
  /** The HTTP status, for `http` errors. */
  readonly status: number | undefined;
  /** Every problem found, for `invalid` feeds. */
  readonly problems: readonly FeedProblem[];
  /** The feed URL, when the feed came from one. */
  readonly url: string | undefined;

  constructor(
    kind: FeedErrorKind,
    message: string,
    details: {
      status?: number;
      problems?: readonly FeedProblem[];
      url?: string;
      code?: FeedErrorCode;
      values?: FeedErrorValues;
    } = {},
  ) {
    super(message);
    this.kind = kind;
    this.code = details.code;
    this.values = details.values ?? {};
    this.status = details.status;
    this.problems = details.problems ?? [];
    this.url = details.url;
  }
}

// `name` lives on the prototype, defined rather than assigned: assigning it to each error (a
// class field) throws where a page has frozen `Error.prototype` (hardening scripts do), since
// an assignment cannot shadow a frozen prototype's read-only property. Defining can.
Object.defineProperty(FeedError.prototype, 'name', {value: 'FeedError', configurable: true, writable: true});

/**
 * An error of `kind`, worded by `code` from the catalogues: its `message` in English, and any
 * other language through `errorMessage()`. `values.url` is also the error's `url`.
 */
export function feedError(
  kind: FeedErrorKind,
  code: FeedErrorCode,
  values: FeedErrorValues = {},
  details: {status?: number; problems?: readonly FeedProblem[]} = {},
): FeedError {
  const url = typeof values['url'] === 'string' ? values['url'] : undefined;
  return new FeedError(kind, word(code, values, enGB, 'en-GB'), {...details, url, code, values});
}

/**
 * The error's sentence in the catalogue `t` (English by default), by its code; an error made
 * with a message of its own (not by the library) keeps that message.
 */
export function errorMessage(error: FeedError, t: Messages = enGB, lang = 'en-GB'): string {
  return error.code !== undefined && Object.hasOwn(t.errors, error.code)
    ? word(error.code, error.values, t, lang)
    : error.message;
}

/** The code's sentence in `t`, filled; `{item}` in the catalogue's words, a plural by `{count}`. */
function word(code: FeedErrorCode, values: FeedErrorValues, t: Messages, lang: string): string {
  const template: string | Plural = t.errors[code];
  const item = values['item'];
  const filled =
    typeof item === 'string' && Object.hasOwn(t.items, item)
      ? {...values, item: t.items[item as keyof Messages['items']]}
      : values;
  return typeof template === 'string'
    ? format(template, filled, lang)
    : plural(template, Number(filled['count']), lang, filled);
}

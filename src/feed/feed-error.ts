import type {FeedProblem} from './feed.js';

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

/** A feed failure with a message a site editor can act on. Thrown by the loader, shown by the elements. */
export class FeedError extends Error {
  declare readonly name: 'FeedError';
  readonly kind: FeedErrorKind;
  /** The HTTP status, for `http` errors. */
  readonly status: number | undefined;
  /** Every problem found, for `invalid` feeds. */
  readonly problems: readonly FeedProblem[];
  /** The feed URL, when the feed came from one. */
  readonly url: string | undefined;

  constructor(
    kind: FeedErrorKind,
    message: string,
    details: {status?: number; problems?: readonly FeedProblem[]; url?: string} = {},
  ) {
    super(message);
    this.kind = kind;
    this.status = details.status;
    this.problems = details.problems ?? [];
    this.url = details.url;
  }
}

// `name` lives on the prototype, defined rather than assigned: assigning it to each error (a
// class field) throws where a page has frozen `Error.prototype` (hardening scripts do), since
// an assignment cannot shadow a frozen prototype's read-only property. Defining can.
Object.defineProperty(FeedError.prototype, 'name', {value: 'FeedError', configurable: true, writable: true});

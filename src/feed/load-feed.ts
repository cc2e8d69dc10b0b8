/**
 * One load of a feed URL: fetch, time limits, retries, and decoding plus validation. The
 * page-wide sharing (one request per URL, freshness, abort when nobody listens) lives in
 * `feed-store.ts`; this module knows nothing of subscribers, so it can be tested on its own.
 *
 * No DOM or `window` access at module level: it must import under @lit-labs/ssr in Node.
 */
import type {Feed} from './feed.js';
import {feedError, type FeedError} from './feed-error.js';
import {parseFeed} from './parse-feed.js';
import {problem} from './problems.js';

/** The validators of the copy we hold, for a conditional request. */
export interface Validators {
  readonly etag?: string | undefined;
  readonly lastModified?: string | undefined;
}

/** How a load behaves. Every field has a default suited to a page showing a feed. */
export interface LoadPolicy {
  /** The fetch to use. Default: `globalThis.fetch`, looked up at call time (so test stubs and polyfills apply). */
  readonly fetch?: typeof globalThis.fetch | undefined;
  /**
   * Time limit of each attempt in ms, covering the headers and the whole body. Default 10 s. The
   * clock starts when the attempt is sent, not while it waits its turn: at most
   * `connectionsPerOrigin` feed requests to one origin are in flight at once (the browser's own
   * limit is six per host), so a page with forty feeds does not count the browser's queue.
   */
  readonly timeout?: number | undefined;
  /** How many feed requests to one origin may be in flight at once. Default 6. */
  readonly connectionsPerOrigin?: number | undefined;
  /** How many times a retryable failure is tried again. Default 3. */
  readonly retries?: number | undefined;
  /** Base of the exponential backoff in ms: about 1×, 2×, 4× this, with jitter. Default 500 ms. */
  readonly retryDelay?: number | undefined;
  /** Longest wait before a retry in ms, whether from backoff or a `Retry-After` header. Default 30 s. */
  readonly maxRetryDelay?: number | undefined;
  /** The jitter source, in [0, 1). Default `Math.random`. */
  readonly random?: (() => number) | undefined;
  /** Waits `ms` before a retry; must reject with `signal.reason` when aborted. Default: a timer. */
  readonly sleep?: ((ms: number, signal: AbortSignal | undefined) => Promise<void>) | undefined;
}

export interface LoadFeedOptions extends LoadPolicy {
  /** Aborts the load, including a retry wait. The promise then rejects with `signal.reason`. */
  readonly signal?: AbortSignal | undefined;
  /** The validators of the copy already held: the request becomes conditional. */
  readonly validators?: Validators | undefined;
}

/** A new feed, or confirmation (HTTP 304) that the copy held is still current. */
export type LoadResult =
  | {
      readonly modified: true;
      readonly feed: Feed;
      readonly etag: string | undefined;
      readonly lastModified: string | undefined;
    }
  | {readonly modified: false; readonly etag: string | undefined; readonly lastModified: string | undefined};

/**
 * The largest feed read, in bytes: 512 KiB, room for some eighty programmes described in full
 * (the sample's is 6 KB). A bigger one is refused unread, as `invalid`: decoding, validating and
 * laying out more would freeze the page showing it (SECURITY.md has the figures), and a feed
 * that size is a publishing mistake, or an attack.
 */
export const MAX_FEED_BYTES = 524_288;

export const DEFAULT_TIMEOUT = 10_000;
export const DEFAULT_RETRIES = 3;
export const DEFAULT_RETRY_DELAY = 500;
export const DEFAULT_MAX_RETRY_DELAY = 30_000;
export const DEFAULT_CONNECTIONS_PER_ORIGIN = 6;
/** How many times a time-out is tried again: once, so a reader waits at most about twice the limit. */
const TIMEOUT_RETRIES = 1;

/**
 * Fetches, decodes and validates the feed at `url` (an absolute URL).
 *
 * Network errors, 408, 429 and 5xx are tried again up to `retries` times with exponential
 * backoff and jitter (a `Retry-After` on 429 or 503 replaces the backoff, capped at
 * `maxRetryDelay`). Other statuses, bodies that are not JSON and invalid feeds fail at once:
 * asking again would get the same answer.
 *
 * A time-out is tried again once (within `retries`): one slow moment of a server or a network
 * should not cost the content, but three more would turn 10 seconds into 40 before the page
 * could say anything. The next element to subscribe, or `FeedStore.refresh()`, asks again.
 *
 * Rejects with a `FeedError`, or with `signal.reason` when aborted; never with anything else.
 */
export async function loadFeed(url: string, options: LoadFeedOptions = {}): Promise<LoadResult> {
  const retries = options.retries ?? DEFAULT_RETRIES;
  const retryDelay = options.retryDelay ?? DEFAULT_RETRY_DELAY;
  const maxRetryDelay = options.maxRetryDelay ?? DEFAULT_MAX_RETRY_DELAY;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? abortableSleep;
  let timeouts = 0;
  for (let attemptIndex = 0; ; attemptIndex++) {
    const outcome = await queued(url, options, () => attempt(url, options));
    if (outcome.ok) return outcome.result;
    const timedOut = outcome.error.kind === 'timeout' && timeouts++ < TIMEOUT_RETRIES;
    if (!(outcome.retry || timedOut) || attemptIndex >= retries) throw outcome.error;
    // "Equal jitter": half the exponential delay is fixed, half random, so retries from many
    // pages spread out but never collapse to zero.
    const backoff = retryDelay * 2 ** attemptIndex * (0.5 + random() * 0.5);
    await sleep(Math.min(maxRetryDelay, outcome.retryAfter ?? backoff), options.signal);
  }
}

type Outcome =
  | {readonly ok: true; readonly result: LoadResult}
  | {readonly ok: false; readonly error: FeedError; readonly retry: boolean; readonly retryAfter?: number | undefined};

async function attempt(url: string, options: LoadFeedOptions): Promise<Outcome> {
  const outer = options.signal;
  outer?.throwIfAborted();
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  // One controller per attempt: the time limit aborts this attempt only, and an abort of the
  // whole load (the last subscriber left) reaches it through the listener below.
  const controller = new AbortController();
  // The abort's reason, never shown: the error below is the one worded for the editor.
  const timedOut = new DOMException(`No complete answer within ${timeout} ms.`, 'TimeoutError');
  const forwardAbort = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', forwardAbort);
  const timer = setTimeout(() => controller.abort(timedOut), timeout);
  try {
    const fetchImpl = options.fetch ?? globalThis.fetch;
    // Cross-origin, If-None-Match and If-Modified-Since are not CORS-safelisted headers: sending
    // them would add a preflight that static hosts often refuse. There, `no-cache` makes the
    // browser revalidate its own cached copy instead, with its own validators and no preflight.
    const conditional = options.validators !== undefined && isSameOrigin(url);
    const headers = new Headers({Accept: 'application/json'});
    if (conditional && options.validators?.etag) headers.set('If-None-Match', options.validators.etag);
    if (conditional && options.validators?.lastModified)
      headers.set('If-Modified-Since', options.validators.lastModified);
    const init: RequestInit = {signal: controller.signal, credentials: 'omit', headers};
    if (options.validators !== undefined && !conditional) init.cache = 'no-cache';
    // `untilAborted` as well as the signal: a fetch (or stub) that ignores its signal must not
    // outlive the time limit.
    const response = await untilAborted(callFetch(fetchImpl, url, init), controller.signal);
    if (!isResponseLike(response))
      return environmentFailure(url, 'window.fetch answered with something that is not a response');
    const etag = response.headers.get('ETag') ?? undefined;
    const lastModified = response.headers.get('Last-Modified') ?? undefined;
    if (response.status === 304 && options.validators !== undefined) {
      discardBody(response);
      return {
        ok: true,
        result: {
          modified: false,
          etag: etag ?? options.validators.etag,
          lastModified: lastModified ?? options.validators.lastModified,
        },
      };
    }
    if (!response.ok) {
      discardBody(response);
      return httpFailure(url, response);
    }
    // Content-Length, when sent, refuses a big feed before any of it is read; the count while
    // reading catches the rest (no header, or a compressed body that grows).
    if (Number(response.headers.get('Content-Length')) > MAX_FEED_BYTES) {
      discardBody(response);
      return tooLarge(url);
    }
    const text = await readText(response, controller.signal);
    if (text === undefined) return tooLarge(url);
    const decoded = decode(url, text);
    if (!decoded.ok) return decoded;
    return {ok: true, result: {modified: true, feed: decoded.feed, etag, lastModified}};
  } catch (error) {
    if (outer?.aborted) throw outer.reason;
    if (error instanceof EnvironmentError) return environmentFailure(url, error.message);
    if (controller.signal.reason === timedOut) {
      return {ok: false, retry: false, error: feedError('timeout', 'timeout', {url, count: timeout / 1000})};
    }
    // fetch rejects with a TypeError for offline, DNS, refused connections and CORS refusals;
    // the browser hides which one from scripts, so the message lists the likely causes.
    const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
    return {ok: false, retry: true, error: feedError('network', 'network', {url, detail})};
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', forwardAbort);
  }
}

/** A failure of the page's own script, never of the server: not retried, and said plainly. */
class EnvironmentError extends Error {}
Object.defineProperty(EnvironmentError.prototype, 'name', {value: 'EnvironmentError', configurable: true});

function environmentFailure(url: string, detail: string): Outcome {
  return {ok: false, retry: false, error: feedError('network', 'environment', {url, detail})};
}

/** Calls the page's fetch, turning a synchronous throw or a missing fetch into the page's fault. */
function callFetch(fetchImpl: unknown, url: string, init: RequestInit): Promise<unknown> {
  if (typeof fetchImpl !== 'function') {
    return Promise.reject(new EnvironmentError('window.fetch is not a function'));
  }
  try {
    return Promise.resolve((fetchImpl as typeof globalThis.fetch)(url, init));
  } catch (error) {
    // A fetch that throws synchronously (a native fetch never does) is the page's replacement.
    return Promise.reject(
      error instanceof TypeError ? error : new EnvironmentError(`window.fetch threw: ${String(error)}`),
    );
  }
}

/** What the loader reads of a response: a status and `headers.get`; a body stream or `text()`. */
function isResponseLike(value: unknown): value is Response {
  if (typeof value !== 'object' || value === null) return false;
  const response = value as Partial<Response>;
  return (
    typeof response.status === 'number' &&
    typeof response.headers?.get === 'function' &&
    (typeof response.body?.getReader === 'function' || typeof response.text === 'function')
  );
}

function httpFailure(url: string, response: Response): Outcome {
  const {status} = response;
  const retry = status === 408 || status === 429 || status >= 500;
  const retryAfter =
    status === 429 || status === 503 ? parseRetryAfter(response.headers.get('Retry-After')) : undefined;
  const reason = response.statusText || (Object.hasOwn(REASON_PHRASES, status) ? REASON_PHRASES[status] : '') || '';
  const error = feedError('http', 'http', {url, status, reason: reason ? ` ${reason}` : ''}, {status});
  return {ok: false, error, retry, retryAfter};
}

function tooLarge(url: string): Outcome {
  const problems = [problem('feed-too-large', '(feed)', {limit: MAX_FEED_BYTES.toLocaleString('en-GB')})];
  return {ok: false, retry: false, error: feedError('invalid', 'too-large', {url}, {problems})};
}

/** `Retry-After` in ms: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function decode(url: string, text: string): {ok: true; feed: Feed} | {ok: false; error: FeedError; retry: false} {
  if (text.trim() === '') return {ok: false, retry: false, error: feedError('parse', 'empty-at-url', {url})};
  return decodeFeed(text, url, false);
}

/**
 * Decodes and validates feed text that is not empty, from the server or from an inline
 * `<script type="application/json">` (`inline`): not JSON is a `parse` error, a wrong shape
 * `invalid`. `url` is where the feed is published, when known.
 */
export function decodeFeed(
  text: string,
  url: string | undefined,
  inline: boolean,
): {ok: true; feed: Feed} | {ok: false; error: FeedError; retry: false} {
  const where = inline ? 'inline' : 'at-url';
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {ok: false, retry: false, error: notJson(text, error, where, url)};
  }
  const result = parseFeed(json);
  if (!result.ok) {
    const {problems} = result;
    const error = feedError('invalid', `invalid-${where}`, {...at(url), count: problems.length}, {problems});
    return {ok: false, retry: false, error};
  }
  return {ok: true, feed: result.feed};
}

/** `{url}` among an error's values, when the feed has one. */
function at(url: string | undefined): {url?: string} {
  return url === undefined ? {} : {url};
}

/**
 * "… is not JSON (it starts with "<!DOCTYPE html>")" for a web page or a sign-in page served
 * in place of the feed; "… is not valid JSON (the parser's reason)" for broken JSON.
 */
function notJson(text: string, error: unknown, where: 'inline' | 'at-url', url: string | undefined): FeedError {
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    const detail = error instanceof Error ? error.message : String(error);
    return feedError('parse', `not-json-${where}`, {...at(url), detail});
  }
  // An HTML page is recognised by its first tag, which is the part worth quoting.
  const firstTag = start.startsWith('<') ? start.slice(0, start.indexOf('>') + 1) : '';
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
  const quoted =
    firstTag && firstTag.length <= 60 ? firstTag : firstLine.length > 40 ? `${firstLine.slice(0, 40)}…` : firstLine;
  return feedError('parse', `not-json-start-${where}`, {...at(url), start: quoted});
}

// HTTP/2 responses (and `new Response(null, {status})`) carry no status text.
const REASON_PHRASES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

function isSameOrigin(url: string): boolean {
  const origin = (globalThis as {location?: {origin?: string}}).location?.origin;
  if (!origin) return false;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** Settles like `promise`, or rejects with `signal.reason` as soon as `signal` aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, {once: true});
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Reads the body as text, stopping when `signal` aborts: the reader is cancelled, which ends a
 * body that would never finish even when the fetch in use ignores its signal. Undefined (and the
 * reader cancelled) as soon as the body passes MAX_FEED_BYTES.
 */
async function readText(response: Response, signal: AbortSignal): Promise<string | undefined> {
  if (typeof response.body?.getReader !== 'function') {
    // A fetch polyfill's response (XMLHttpRequest underneath) has no body stream, only text():
    // the time limit still holds through `untilAborted`, and the size is checked once read.
    const text = await untilAborted(Promise.resolve(response.text()), signal);
    if (typeof text !== 'string') throw new EnvironmentError('the response’s text() gave something that is not text');
    return new TextEncoder().encode(text).byteLength > MAX_FEED_BYTES ? undefined : text;
  }
  const reader = response.body.getReader();
  const onAbort = () => {
    reader.cancel(signal.reason).catch(() => {});
  };
  signal.addEventListener('abort', onAbort);
  try {
    const decoder = new TextDecoder();
    let text = '';
    let bytes = 0;
    for (;;) {
      const {done, value} = await reader.read();
      signal.throwIfAborted();
      if (done) return text + decoder.decode();
      bytes += value.byteLength;
      if (bytes > MAX_FEED_BYTES) {
        reader.cancel().catch(() => {});
        return undefined;
      }
      text += decoder.decode(value, {stream: true});
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

/** Frees the connection of a response whose body we will not read. */
function discardBody(response: Response): void {
  if (typeof response.body?.cancel === 'function') response.body.cancel().catch(() => {});
}

// ---- one queue per origin -------------------------------------------------------------------

interface Slots {
  active: number;
  readonly waiting: (() => void)[];
}

// Module state, but no DOM: per origin, the attempts in flight and those waiting their turn.
const slotsByOrigin = new Map<string, Slots>();

/**
 * Runs `run` once fewer than `connectionsPerOrigin` attempts to the URL's origin are in flight,
 * so the time limit, which starts inside `run`, never counts the wait. Aborting `signal` while
 * waiting gives the turn up and rejects with its reason.
 */
async function queued<T>(url: string, options: LoadFeedOptions, run: () => Promise<T>): Promise<T> {
  const limit = Math.max(1, options.connectionsPerOrigin ?? DEFAULT_CONNECTIONS_PER_ORIGIN);
  const origin = originOf(url);
  let slots = slotsByOrigin.get(origin);
  if (!slots) {
    slots = {active: 0, waiting: []};
    slotsByOrigin.set(origin, slots);
  }
  const own = slots;
  if (own.active >= limit) {
    const signal = options.signal;
    await new Promise<void>((resolve, reject) => {
      const turn = () => {
        signal?.removeEventListener('abort', giveUp);
        resolve();
      };
      const giveUp = () => {
        const index = own.waiting.indexOf(turn);
        if (index !== -1) own.waiting.splice(index, 1);
        reject(signal?.reason);
      };
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      signal?.addEventListener('abort', giveUp, {once: true});
      own.waiting.push(turn);
    });
  }
  own.active++;
  try {
    return await run();
  } finally {
    own.active--;
    const next = own.waiting.shift();
    if (next) next();
    else if (own.active === 0) slotsByOrigin.delete(origin);
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

function abortableSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, {once: true});
  });
}

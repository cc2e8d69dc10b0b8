// A local feed server inside the test runner, so tests exercise real HTTP: status codes,
// headers, slow and never-ending bodies, and a request count per key.
//
//   GET /__feed/<key>?status=500&delay=100&body=sample|text-only|invalid|unsupported|not-object|large|html|empty|malformed|never
//   GET /__feed-count/<key>      → {"count": n} requests seen for <key>
//
// Query parameters: status (default 200), delay (ms before headers), body (default "sample"),
// etag (sets ETag and answers a matching If-None-Match with 304), retryAfter (Retry-After
// header), failTimes=N&thenStatus=200 (the first N requests get `status`, later ones
// `thenStatus`). Use a fresh <key> per test: counts live as long as the test run.
//
// Why the response is written by hand: a dev-server `serve` hook can only answer 200 (the
// middleware sets the status after the hook returns), and the middlewares around it add their
// own ETag, answer 304 themselves and cache transformed bodies by URL. With `respond = false`
// Koa leaves the response to us; the headers are sent before the hook returns, so everything
// the other middlewares try to set afterwards is ignored.
import {readFileSync} from 'node:fs';

const sample = readFileSync(new URL('../../sample/sample-feed.json', import.meta.url), 'utf8');
const counts = new Map();

/** The sample feed without its images: for pages whose policy names no `img-src`, as a partner's need not for a feed without images. */
const textOnly = (() => {
  const feed = JSON.parse(sample);
  for (const programme of feed.programmes) {
    delete programme.image;
    for (const project of programme.projects ?? []) delete project.image;
  }
  return JSON.stringify(feed);
})();

const bodies = {
  sample: () => sample,
  'text-only': () => textOnly,
  invalid: () => JSON.stringify({version: '1.0', publisher: {name: 'Test'}, programmes: [{id: 'x', title: 42}]}),
  unsupported: () => JSON.stringify({version: '2.0', publisher: {name: 'Test'}, programmes: []}),
  // JSON, but a list where the feed's object should be.
  'not-object': () => JSON.stringify([{version: '1.0'}]),
  // The sample feed padded past the 512 KB a feed may be (src/feed/load-feed.ts, MAX_FEED_BYTES).
  large: () => JSON.stringify({...JSON.parse(sample), padding: 'x'.repeat(600 * 1024)}),
  html: () => '<!DOCTYPE html><html><body>Sign in</body></html>',
  empty: () => '',
  malformed: () => '{"version": "1.0", ',
};

const FEED = '/__feed/';
const COUNT = '/__feed-count/';

export function testServerPlugin() {
  return {
    name: 'feed-test-server',

    async serve(context) {
      if (context.path.startsWith(COUNT)) {
        const key = decodeURIComponent(context.path.slice(COUNT.length));
        return {
          body: JSON.stringify({count: counts.get(key) ?? 0}),
          type: 'application/json',
          headers: {'Cache-Control': 'no-store'},
        };
      }
      if (!context.path.startsWith(FEED)) return undefined;

      const key = decodeURIComponent(context.path.slice(FEED.length));
      const seen = (counts.get(key) ?? 0) + 1;
      counts.set(key, seen);
      const q = context.URL.searchParams;
      const failTimes = Number(q.get('failTimes') ?? Infinity);
      const status = seen <= failTimes ? Number(q.get('status') ?? 200) : Number(q.get('thenStatus') ?? 200);
      const delay = Number(q.get('delay') ?? 0);
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));

      const res = context.res;
      context.respond = false;
      // The client may have given up during the delay.
      if (res.destroyed || res.writableEnded) return {body: ' '};

      const bodyName = q.get('body') ?? 'sample';
      const headers = {
        'Content-Type': bodyName === 'html' ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
        // As a published feed is: readable from any origin (test/embed/cross-origin.test.ts).
        'Access-Control-Allow-Origin': '*',
      };
      const etag = q.get('etag');
      if (etag) {
        headers.ETag = `"${etag}"`;
        if (context.get('If-None-Match') === `"${etag}"`) {
          res.writeHead(304, {ETag: headers.ETag, 'Cache-Control': 'no-store'});
          res.end();
          return {body: ' '};
        }
      }
      if (q.get('retryAfter')) headers['Retry-After'] = q.get('retryAfter');

      if (bodyName === 'never') {
        // Headers now, then the start of a body that never finishes: only a timeout ends it.
        res.writeHead(status, headers);
        res.write('{"version": "1.0",');
        return {body: ' '};
      }
      res.writeHead(status, headers);
      res.end((bodies[bodyName] ?? bodies.sample)());
      // A body for the serve middleware, which insists on one; it is never sent.
      return {body: ' '};
    },

    // The dev server caches transformed responses by URL; a feed URL must reach `serve` every
    // time, or retries and request counts would be answered from that cache.
    transform(context) {
      if (context.path.startsWith(FEED) || context.path.startsWith(COUNT)) return {transformCache: false};
      return undefined;
    },
  };
}

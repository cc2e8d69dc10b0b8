// A local feed server inside the test runner, so tests exercise real HTTP: status codes,
// headers, slow and never-ending bodies, and a request count per key.
//
//   GET /__feed/<key>?status=500&delay=100&body=sample|invalid|html|empty|malformed|never
//   GET /__feed-count/<key>      → {"count": n} requests seen for <key>
//
// Query parameters: status (default 200), delay (ms before headers), body (default "sample"),
// etag (sets ETag and answers If-None-Match with 304), retryAfter (Retry-After header),
// failTimes=N&thenStatus=200 (the first N requests get `status`, later ones `thenStatus`).
import {readFileSync} from 'node:fs';

const sample = readFileSync(new URL('../../sample/sample-feed.json', import.meta.url), 'utf8');
const counts = new Map();

const bodies = {
  sample: () => sample,
  invalid: () => JSON.stringify({version: '1.0', publisher: {name: 'Test'}, programmes: [{id: 'x', title: 42}]}),
  unsupported: () => JSON.stringify({version: '2.0', publisher: {name: 'Test'}, programmes: []}),
  html: () => '<!DOCTYPE html><html><body>Sign in</body></html>',
  empty: () => '',
  malformed: () => '{"version": "1.0", ',
};

export function testServerPlugin() {
  return {
    name: 'feed-test-server',
    async serve(context) {
      const url = new URL(context.request.url, 'http://localhost');
      if (url.pathname.startsWith('/__feed-count/')) {
        const key = url.pathname.slice('/__feed-count/'.length);
        return {body: JSON.stringify({count: counts.get(key) ?? 0}), type: 'application/json'};
      }
      if (!url.pathname.startsWith('/__feed/')) return undefined;
      const key = url.pathname.slice('/__feed/'.length);
      const seen = (counts.get(key) ?? 0) + 1;
      counts.set(key, seen);
      const q = url.searchParams;
      const failTimes = Number(q.get('failTimes') ?? Infinity);
      const status = seen <= failTimes ? Number(q.get('status') ?? 200) : Number(q.get('thenStatus') ?? 200);
      const delay = Number(q.get('delay') ?? 0);
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      const bodyName = q.get('body') ?? 'sample';
      if (bodyName === 'never') {
        // Headers now, then a body that never finishes: only a timeout ends it.
        context.response.status = status;
        context.response.set('Content-Type', 'application/json');
        const {PassThrough} = await import('node:stream');
        const stream = new PassThrough();
        stream.write('{"version": "1.0",');
        context.body = stream;
        return undefined;
      }
      const etag = q.get('etag');
      if (etag) {
        context.response.set('ETag', `"${etag}"`);
        if (context.request.headers['if-none-match'] === `"${etag}"`) {
          context.response.status = 304;
          context.body = '';
          return undefined;
        }
      }
      if (q.get('retryAfter')) context.response.set('Retry-After', q.get('retryAfter'));
      context.response.set('Cache-Control', 'no-store');
      return {body: (bodies[bodyName] ?? bodies.sample)(), type: bodyName === 'html' ? 'text/html' : 'application/json', status};
    },
  };
}

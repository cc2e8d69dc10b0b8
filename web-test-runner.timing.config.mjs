// The timed tests (test/**/*.timing.ts: the 200 ms long-task bounds of issue 6), in a pass of
// their own that `npm test` runs after the other browser tests: the same server and browser as
// web-test-runner.config.mjs, but one test page at a time, so that no other test's page shares
// the renderer's main thread with the one being timed.
import config from './web-test-runner.config.mjs';

export default {
  ...config,
  files: ['test/**/*.timing.ts'],
  concurrency: 1,
};

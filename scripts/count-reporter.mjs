// Prints `N passed, N failed` (and `, N skipped`) alone on the last line, so CI logs and the CI
// runner can read the result; @web/test-runner's own count sits inside a progress line.
export function countReporter() {
  return {
    onTestRunFinished({sessions}) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load has no results but must count as a failure.
        else if (!session.passed) failed++;
        if (session.testResults && !session.passed && session.errors?.length) failed += session.errors.length;
      }
      process.stdout.write(`\nbrowser: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
    },
  };
}

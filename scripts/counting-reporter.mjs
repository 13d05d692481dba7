import { writeFileSync } from 'node:fs';

/**
 * Counts passed, failed and skipped browser tests and writes them as JSON to the file named by
 * PGP_TEST_COUNTS, so scripts/test.mjs can print one total for the Node and browser suites.
 * A session that failed to load (a test file that does not import) counts as one failure, because
 * @web/test-runner reports it as an error and leaves its own failed counter at zero.
 */
export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };

      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, counts);
        const sessionFailedOutsideTests = (session.errors?.length ?? 0) > 0 && !session.passed;
        if (sessionFailedOutsideTests) counts.failed += 1;
      }

      const countsFile = process.env.PGP_TEST_COUNTS;
      if (countsFile) writeFileSync(countsFile, JSON.stringify(counts));
    },
  };
}

function countSuite(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

import { writeFileSync } from 'node:fs';

/**
 * A Vitest reporter that counts passed, failed and skipped story tests and writes them as JSON to
 * the file named by PGP_TEST_COUNTS, so scripts/test.mjs can print one total for every suite.
 * A story file that fails outside its tests (it does not import, a hook throws) and each unhandled
 * error count as one failure each, because Vitest reports them apart from the tests. An
 * interrupted run counts as one failure too.
 */
export default class VitestCountingReporter {
  onTestRunEnd(testModules, unhandledErrors, reason) {
    const counts = { passed: 0, failed: 0, skipped: 0 };

    for (const testModule of testModules) {
      for (const testCase of testModule.children.allTests()) {
        const state = testCase.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
      if (testModule.errors().length > 0) counts.failed += 1;
    }

    counts.failed += unhandledErrors.length;
    if (reason === 'interrupted') counts.failed += 1;

    const countsFile = process.env.PGP_TEST_COUNTS;
    if (countsFile) writeFileSync(countsFile, JSON.stringify(counts));
  }
}

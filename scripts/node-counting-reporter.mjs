import { writeFileSync } from 'node:fs';

/**
 * A node:test reporter that counts passed, failed and skipped tests (suites excluded) and writes
 * them as JSON to the file named by PGP_TEST_COUNTS when the run ends.
 */
export default async function* nodeCountingReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };

  for await (const event of source) {
    const isSuite = event.data?.details?.type === 'suite';
    if (event.type === 'test:pass' && !isSuite) {
      if (event.data.skip || event.data.todo) counts.skipped += 1;
      else counts.passed += 1;
    }
    if (event.type === 'test:fail' && !isSuite) counts.failed += 1;
  }

  writeFileSync(process.env.PGP_TEST_COUNTS, JSON.stringify(counts));
  yield '';
}

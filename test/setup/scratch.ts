import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const VARIABLE = 'CASUS_TEST_SCRATCH';

/**
 * One folder under the system's temp folder for what a test run writes to disk (signing keys, notary keys, data
 * folders), removed when the run ends: a run leaves no key material behind. The test workers learn it from the
 * environment, as they learn the cluster's URL.
 */
export const scratch = {
  open(): void {
    process.env[VARIABLE] ??= mkdtempSync(join(tmpdir(), 'casus-test-run-'));
  },
  remove(): void {
    const root = process.env[VARIABLE];
    if (root) rmSync(root, { recursive: true, force: true });
    delete process.env[VARIABLE];
  },
};

/** A new folder inside the run's scratch folder. */
export function scratchDir(prefix: string): string {
  const root = process.env[VARIABLE];
  if (!root) throw new Error(`${VARIABLE} is not set: run the tests through jest (its globalSetup makes the folder)`);
  return mkdtempSync(join(root, prefix));
}

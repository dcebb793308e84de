import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '../../..');

export type CliResult = Readonly<{ code: number; stdout: string; stderr: string }>;

/** `casus <args>` as `npm run casus` runs it, as its own process, with `env` over this one's; never throws on an exit code. */
export async function runCasus(env: Record<string, string | undefined>, ...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['-r', './test/support/register-ts.js', 'apps/cli/src/main.ts', ...args],
      {
        cwd: ROOT,
        env: { ...process.env, ...env },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

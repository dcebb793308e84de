import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { eventually } from './eventually';

const ROOT = join(__dirname, '../../..');

export type CasusWorker = Readonly<{
  child: ChildProcess;
  /** SIGTERM: its batches finish, its leases are let go, and it exits 0. */
  stop(): Promise<{ code: number | null; signal: string | null }>;
  /** SIGKILL: nothing finishes; its sessions, and with them its leases, end with it. */
  kill(): Promise<void>;
}>;

/** `CASUS_PROCESS=worker` as its own process on the API's database, once it follows the log. */
export async function startCasusWorker(databaseUrl: string, notaryKeyFile: string): Promise<CasusWorker> {
  const child = spawn(process.execPath, ['-r', './test/support/register-ts.js', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, CASUS_PROCESS: 'worker', DATABASE_URL: databaseUrl, NOTARY_KEY_FILE: notaryKeyFile, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let said = '';
  child.stdout!.on('data', (chunk: Buffer) => (said += chunk.toString()));
  const exited = once(child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal: signal as string | null }));
  await eventually(
    async () => (said.includes('follows the log') ? true : child.exitCode === null ? undefined : Promise.reject(new Error(said))),
    'the worker to follow the log',
    60_000,
  );
  return {
    child,
    stop: () => (child.kill('SIGTERM'), exited),
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

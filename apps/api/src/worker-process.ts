import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DatabaseTarget } from '@casus/runtime';

/** What a worker process sends its parent once its followers have started (apps/api/src/main.ts). */
export const WORKER_READY = 'casus-worker-ready';
// A worker finishes its batches on SIGTERM; one that hangs past this is killed so that the API can stop.
const STOP_GRACE_MS = 30_000;
const RESTART_DELAY_MS = 1_000;

export type WorkerProcess = Readonly<{
  /** Resolves once the worker's followers have started; rejects when it died before. */
  ready: Promise<void>;
  pid: () => number | undefined;
  stop(): Promise<void>;
}>;

/**
 * The one worker beside the API (CASUS_PROCESS=all): this same entry as CASUS_PROCESS=worker, on the database the
 * API opened, which stays its owner. A worker that dies is said loudly and started again, so the read models and the
 * placement process never stand still unnoticed; one that dies before it is ready would only die again: `lost` then.
 */
export function startWorkerProcess(
  database: Pick<DatabaseTarget, 'url' | 'ownerUrl'>,
  say: (line: string) => void,
  lost: (error: Error) => void,
): WorkerProcess {
  const env = { ...process.env, CASUS_PROCESS: 'worker', DATABASE_URL: database.url, DATABASE_OWNER_URL: database.ownerUrl };
  let child: ChildProcess | undefined;
  let stopping = false;
  const launch = () =>
    new Promise<void>((resolve, reject) => {
      const started = fork(process.argv[1], process.argv.slice(2), { env, stdio: 'inherit' });
      child = started;
      let ready = false;
      started.on('message', (message) => {
        if (message !== WORKER_READY) return;
        ready = true;
        resolve();
      });
      started.once('exit', (code, signal) => {
        if (stopping) return;
        const how = signal ? `was killed (${signal})` : `exited with code ${code}`;
        if (!ready) return reject(new Error(`the worker process ${how} before it started its projections and placement process`));
        say(
          `the worker process (pid ${started.pid}) ${how}: the read models, the placement process and the notary stand still until a new one runs; starting one`,
        );
        void sleep(RESTART_DELAY_MS).then(async () => {
          if (stopping) return;
          await launch().then(() => say(`a new worker process (pid ${child?.pid}) follows the log`), lost);
        });
      });
    });
  return {
    ready: launch(),
    pid: () => child?.pid,
    async stop() {
      stopping = true;
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = once(running, 'exit');
      running.kill('SIGTERM');
      const killer = setTimeout(() => running.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(killer);
    },
  };
}

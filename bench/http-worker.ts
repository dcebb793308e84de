import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

/** Where the bench's API runs its projections, placement process and notary: a worker process as `npm start` does, or the API's own. */
export type FollowersIn = 'worker' | 'api';

export function followersIn(env: NodeJS.ProcessEnv): FollowersIn {
  const chosen = env.BENCH_HTTP_FOLLOWERS ?? 'worker';
  if (chosen !== 'worker' && chosen !== 'api') throw new Error(`BENCH_HTTP_FOLLOWERS is "worker" (default) or "api", not "${chosen}"`);
  return chosen;
}

/** The built entry as CASUS_PROCESS=worker on the bench's database, once it follows the log; stop() waits for its batches. */
export async function startBenchWorker(databaseUrl: string, notaryKeyFile: string, dataDir: string): Promise<{ stop(): Promise<void> }> {
  // BENCH_WORKER_PROFILE=<dir>: the worker's CPU profile of its whole run, written there when it stops.
  const profile = process.env.BENCH_WORKER_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_WORKER_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, join(__dirname, '../apps/api/src/main.js')], {
    env: {
      ...process.env,
      CASUS_PROCESS: 'worker',
      DATABASE_URL: databaseUrl,
      NOTARY_KEY_FILE: notaryKeyFile,
      CASUS_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit');
  await new Promise<void>((resolve, reject) => {
    let said = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes('follows the log')) resolve();
    });
    void exited.then(([code]) => reject(new Error(`the worker process exited with ${code} before it followed the log: ${said}`)));
  });
  return {
    async stop() {
      if (child.exitCode !== null) throw new Error(`the worker process died during the run (exit ${child.exitCode})`);
      child.kill('SIGTERM');
      const [code] = await exited;
      if (code !== 0) throw new Error(`the worker process exited with ${code} on SIGTERM`);
    },
  };
}

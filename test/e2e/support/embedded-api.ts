import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../../../libs/database/src/free-port';
import { eventually } from './eventually';

const ROOT = join(__dirname, '../../..');

export type Exit = { code: number | null; signal: string | null };

/** Whether a process of that pid still runs (signal 0 only asks). */
export const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** `npm start` on the embedded default in `dataDir`, as its own process, once it is ready. */
export async function startEmbeddedApi(dataDir: string) {
  const { DATABASE_URL: _external, ...rest } = process.env;
  const env = { ...rest, CASUS_DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await freePort()), LOG_LEVEL: 'silent' };
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', './test/support/register-ts.js', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let said = '';
  let warned = '';
  child.stdout!.on('data', (chunk: Buffer) => (said += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => {
    warned += chunk.toString();
    process.stderr.write(chunk);
  });
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  // Its own line first: a port freePort handed out may be taken meanwhile by another suite's server, whose answer
  // would pass for this API's while it still starts (a signal then would meet no handler yet).
  const ready = async () =>
    said.includes('Casus listens on') && (await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => undefined))?.status === 200;
  await eventually(
    async () => ((await ready()) ? true : child.exitCode === null ? undefined : Promise.reject(new Error(`the API exited: ${said}`))),
    'the API and its projections to be ready',
    60_000,
  );
  return { child, env, port, exited, said: () => said, warned: () => warned };
}

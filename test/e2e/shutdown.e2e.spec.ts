import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../libs/database/src/free-port';
import { eventually } from './support/eventually';

const ROOT = join(__dirname, '../..');

/** `npm start` on the embedded default, stopped as a service manager (SIGTERM) or Ctrl-C (SIGINT) stops it. */
describe('the API on the embedded PostgreSQL, stopped by a signal', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'casus-shutdown-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it.each(['SIGTERM', 'SIGINT'] as const)('on %s shuts the API down first, its projections noting that they stopped, then its PostgreSQL, and exits 0', async (signal) => {
    const { DATABASE_URL: _external, ...rest } = process.env;
    const env = { ...rest, CASUS_DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await freePort()), LOG_LEVEL: 'silent' };
    const port = await freePort();
    const child = spawn(process.execPath, ['-r', './test/support/register-ts.js', 'apps/api/src/main.ts'], {
      cwd: ROOT,
      env: { ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let said = '';
    child.stdout!.on('data', (chunk: Buffer) => (said += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.once('exit', (code, by) => resolve({ code, signal: by })));
    const ready = async () => (await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => undefined))?.status === 200;
    await eventually(async () => ((await ready()) ? true : undefined), 'the API and its projections to be ready', 60_000);

    child.kill(signal);
    // Not the 128 + signal of the embedded-postgres package's own exit hook, which stops the server under the API.
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(said).toContain(`Casus stopping (${signal})`);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    // The projection workers wrote their last state before the server went: nothing claims to run.
    const { stdout } = await promisify(execFile)(process.execPath, ['-r', './test/support/register-ts.js', 'apps/cli/src/main.ts', 'projections', 'status'], { cwd: ROOT, env });
    expect(stdout.trim().split('\n').map((line) => line.split(/\s+/).slice(0, 2))).toEqual([
      ['case-overview', 'stopped'],
      ['case-timeline', 'stopped'],
      ['deadlines', 'stopped'],
      ['placement-capacity', 'stopped'],
    ]);
  }, 90_000);
});

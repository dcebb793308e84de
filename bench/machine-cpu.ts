import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Who spends the machine's CPU during a load: on 2 cores the API waits for a core whenever the others take one. */
export type CpuShare = 'api' | 'worker' | 'postgres' | 'other';

type Sample = Map<number, { share: CpuShare; ticks: number; systemTicks: number }>;

/** A PostgreSQL backend's process id and whom it serves: its client's application_name, or the background task it is. */
export type Backend = Readonly<{ pid: number; servesFor: string }>;

/** Names the client of a connection string, for PostgreSQL's own accounts (pg_stat_activity) and the bench's split below. */
export const asApplication = (url: string, name: string): string =>
  `${url}${url.includes('?') ? '&' : '?'}application_name=${encodeURIComponent(name)}`;

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/** Each process's CPU so far, by share; a process that starts or ends between two samples counts from its first one. */
export function sampleCpu(): Sample {
  const sample: Sample = new Map();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: the fields are counted after its closing one.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const systemTicks = Number(fields[12]);
      sample.set(pid, {
        share: shareOf(pid, stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))),
        ticks: Number(fields[11]) + systemTicks,
        systemTicks,
      });
    } catch {
      // It ended while the list was read.
    }
  }
  return sample;
}

type Spent = Record<CpuShare, number>;

/** The CPU each share took between two samples, in µs, and of that the kernel's (system time: sockets above all). */
export function cpuBetween(before: Sample, after: Sample): Readonly<{ spent: Spent; system: Spent }> {
  const spent: Spent = { api: 0, worker: 0, postgres: 0, other: 0 };
  const system: Spent = { ...spent };
  for (const [pid, now] of after) {
    spent[now.share] += ((now.ticks - (before.get(pid)?.ticks ?? 0)) * 1e6) / TICKS_PER_SECOND;
    system[now.share] += ((now.systemTicks - (before.get(pid)?.systemTicks ?? 0)) * 1e6) / TICKS_PER_SECOND;
  }
  return { spent, system };
}

/** PostgreSQL's share of the CPU split by whom its processes served (`backends`, read at the end of the window), in µs. */
export function postgresCpuBetween(before: Sample, after: Sample, backends: readonly Backend[]): Record<string, number> {
  const servesFor = new Map(backends.map((backend) => [backend.pid, backend.servesFor]));
  const spent: Record<string, number> = {};
  for (const [pid, now] of after) {
    if (now.share !== 'postgres') continue;
    const whom = servesFor.get(pid) ?? 'other';
    spent[whom] = (spent[whom] ?? 0) + ((now.ticks - (before.get(pid)?.ticks ?? 0)) * 1e6) / TICKS_PER_SECOND;
  }
  return spent;
}

function shareOf(pid: number, command: string): CpuShare {
  if (pid === process.pid) return 'api';
  if (command === 'postgres') return 'postgres';
  if (command !== 'node') return 'other';
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('apps/api/src/main.js') ? 'worker' : 'other';
}

/** The machine's CPU time so far (/proc/stat, all cores): how much of it the hypervisor gave to others (steal). */
export function sampleMachine(): Readonly<{ total: number; steal: number }> {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  // user nice system idle iowait irq softirq steal (guest time is counted in user already).
  const ticks = fields.slice(0, 8).map(Number);
  return { total: ticks.reduce((a, b) => a + b, 0), steal: ticks[7] };
}

/** The share of the machine's time stolen between two samples: a figure measured under steal is not a quiet machine's. */
export function stealBetween(before: ReturnType<typeof sampleMachine>, after: ReturnType<typeof sampleMachine>): number {
  return (after.steal - before.steal) / Math.max(1, after.total - before.total);
}

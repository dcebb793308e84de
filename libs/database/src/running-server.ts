import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

// Which postgres runs on an embedded data folder, and whether the process that started it still does.

/** The pid of the process that started the server, beside PostgreSQL's own postmaster.pid. */
const OWNER_FILE = 'casus-owner.pid';

/** Called once this process's server is up: it is the owner until it stops it or dies. */
export function claimOwnership(dataDir: string): void {
  writeFileSync(join(dataDir, OWNER_FILE), `${process.pid}\n`, { mode: 0o644 });
}

export type FoundServer = { pid: number; port: number; owner: number | undefined; owned: boolean };

/**
 * The postgres running on this data folder, if any. It is owned while it is still the child of the
 * process that started it; after a kill -9 of that process it is orphaned, and a start takes it over.
 */
export function serverOn(dataDir: string): FoundServer | undefined {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isPostmasterOf(pid, dataDir)) return undefined;
  const owner = ownerOf(dataDir);
  return { pid, port: Number(lines[3]), owner, owned: owner !== undefined && parentOf(pid) === owner };
}

/** Ask an orphaned postmaster for a fast shutdown (SIGINT) so this start can take the folder over cleanly. */
export async function stopOrphan(pid: number): Promise<void> {
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 50) await sleep(50);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

function ownerOf(dataDir: string): number | undefined {
  try {
    return Number(readFileSync(join(dataDir, OWNER_FILE), 'utf8').trim());
  } catch {
    return undefined;
  }
}

function parentOf(pid: number): number | undefined {
  try {
    // "pid (command) state ppid ...": the command may itself hold spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/**
 * A pid file left by a crash or a reboot may name a process that has nothing to do with it now:
 * only a postgres started on this very data folder is stopped. Without /proc (not Linux) nothing is,
 * and PostgreSQL's own check then refuses the start with a message that says why.
 */
function isPostmasterOf(pid: number, dataDir: string): boolean {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    const folder = args[args.indexOf('-D') + 1];
    return basename(args[0]) === 'postgres' && folder !== undefined && resolve(folder) === resolve(dataDir);
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

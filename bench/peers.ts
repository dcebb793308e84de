import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { report, reportedFigure } from './embedded-cluster';
import { sampleMachine, stealBetween } from './machine-cpu';

/** The yardstick lives beside the project, never in it (its README says how it runs). */
const PEER_DIR = resolve(process.cwd(), '../shared/peer-bench');

/** Issue 19's table: each Casus figure and the peer figure it is set beside. http.p99 is a time: below 1 x is better. */
const PAIRS: Record<string, { args: string[]; pairs: [casus: string, peer: string][] }> = {
  append: {
    args: [],
    pairs: [
      ['append.single.c1', 'raw.single.c1'],
      ['append.single.c16', 'raw.single.c16'],
      ['append.batch100.c4', 'raw.batch100.c4'],
      ['append.batch100.c4', 'emmett.batch100.c4'],
      ['read.all', 'raw.read.all'],
    ],
  },
  http: {
    args: ['http'],
    pairs: [
      ['http.commands', 'peer.http.commands'],
      ['http.reads', 'peer.http.reads'],
      ['http.p99', 'peer.http.p99'],
    ],
  },
};

/** The peer's `BENCH <name> <value> <unit>` lines, by name. */
function peerFigures(output: string): Map<string, number> {
  const figures = new Map<string, number>();
  for (const [, name, value] of output.matchAll(/^BENCH (\S+) (\S+) \S+$/gm)) figures.set(name, Number(value));
  return figures;
}

/**
 * What the peer's script printed. Its last step removes its data folder, which fails now and then while its PostgreSQL
 * is still writing (pg_wal "not empty"): the figures before it were measured all the same, so they count, with a warning.
 */
async function peerOutput(script: string, args: string[]): Promise<string> {
  try {
    return (await promisify(execFile)('bash', [script, ...args], { maxBuffer: 1 << 20 })).stdout;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    if (!/^BENCH /m.test(stdout)) throw error;
    console.log(`the peer's script failed after its figures (${stderr.trim() || String(error)}): its figures count`);
    return stdout;
  }
}

/** After a bench the peer can stand beside: runs the peer's script on this machine now, and prints its figures and the ratios. */
export async function comparePeers(bench: string): Promise<void> {
  const peer = PAIRS[bench];
  if (!peer) return;
  const script = join(PEER_DIR, 'run-peers.sh');
  if (!existsSync(script)) {
    console.log(`no peer bench at ${PEER_DIR}: Casus's figures only`);
    return;
  }
  console.log(`peer bench (${PEER_DIR}), same machine, right after Casus's`);
  const before = sampleMachine();
  const stdout = await peerOutput(script, peer.args);
  process.stdout.write(stdout);
  // As run.ts does for Casus's: a ratio means little when the two ran under unlike steal.
  report(`peer.${bench}.machine.steal`, 100 * stealBetween(before, sampleMachine()), '%');
  const figures = peerFigures(stdout);
  for (const [casusName, peerName] of peer.pairs) {
    const casus = reportedFigure(casusName);
    const other = figures.get(peerName);
    if (casus === undefined || !other)
      console.log(`no ratio ${casusName}/${peerName}: ${casus === undefined ? 'Casus' : 'the peer'} printed none`);
    else console.log(`BENCH ${casusName}/${peerName} ${(casus / other).toFixed(2)} x`);
  }
}

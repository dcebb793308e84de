import { runAppendBench } from './append';
import { runHttpBench } from './http';
import { runMatchingBench } from './matching';
import { runReplayBench } from './replay';
import { runProjectionsBench } from './projections';
import { runWebBench } from './web';
import { comparePeers } from './peers';
import { report } from './embedded-cluster';
import { sampleMachine, stealBetween } from './machine-cpu';

// `npm run bench -- <name>`: each benchmark prints `BENCH <name> <value> <unit>` lines, then the peers' and the ratios (bench/peers.ts).
const benches: Record<string, () => Promise<void>> = {
  append: runAppendBench,
  matching: runMatchingBench,
  replay: runReplayBench,
  projections: runProjectionsBench,
  http: runHttpBench,
  web: runWebBench,
};

async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const unknown = names.filter((name) => !benches[name]);
  if (names.length === 0 || unknown.length > 0) {
    console.error(
      `usage: npm run bench -- <${Object.keys(benches).join('|')}> ...${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`,
    );
    process.exit(2);
  }
  for (const name of names) {
    const before = sampleMachine();
    await benches[name]();
    // The hypervisor's share of this VM's time: figures measured under steal are not a quiet machine's.
    report(`${name}.machine.steal`, 100 * stealBetween(before, sampleMachine()), '%');
    await comparePeers(name);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

import { anchorStore, buildAnchorsExport, loadOrCreateNotaryKey, Notary } from '@casus/audit';
import { loadLogHead } from '@casus/event-store';
import { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { loadSettings } from '@casus/runtime';
import { requireNotaryKey } from './verify.anchors';
import { withCaseLog } from './verify.support';

/** `casus anchors`: the notary's signed anchors of the log's head, to write now or to take away for an offline check. */
export function anchorsCommand(): Command {
  const anchors = new Command('anchors').description("the notary's signed anchors of the log's head");
  anchors
    .command('export')
    .description("write every anchor with the notary's public key (JSON), for `casus verify --anchors <file>`")
    .option('--out <file>', 'write here instead of to standard output')
    .option('--public-key <pem>', "the notary's public key (default: from NOTARY_KEY_FILE)")
    .action(async (options: { out?: string; publicKey?: string }) => {
      const key = requireNotaryKey(options.publicKey);
      const exported = await withCaseLog(async ({ pool, now }) => buildAnchorsExport(await anchorStore.all(pool), key, now));
      const json = `${JSON.stringify(exported, null, 2)}\n`;
      if (!options.out) return void process.stdout.write(json);
      await writeFile(options.out, json, { mode: 0o600 });
      process.stderr.write(`exported ${exported.anchors.length} anchor(s) signed with key ${exported.keyId} to ${options.out}\n`);
    });
  anchors
    .command('write')
    .description('follow the log up to its newest event and anchor it now, as the running notary does every N events or M seconds')
    .action(async () => {
      const key = loadOrCreateNotaryKey(loadSettings(process.env).notary.keyFile);
      const anchor = await withCaseLog(async ({ stored, pool }) => {
        const notary = new Notary({
          store: stored,
          db: pool,
          key,
          everyEvents: Number.MAX_SAFE_INTEGER,
          everyMs: 2 ** 31 - 1,
          logHead: () => loadLogHead(pool),
        });
        await notary.start();
        try {
          return await notary.anchorNow();
        } finally {
          await notary.stop();
        }
      });
      process.stdout.write(
        anchor
          ? `anchor ${anchor.body.seq}: ${anchor.body.events} event(s) up to ${anchor.body.position}, signed with key ${anchor.keyId}\n`
          : 'nothing to anchor: the log is empty\n',
      );
    });
  return anchors;
}

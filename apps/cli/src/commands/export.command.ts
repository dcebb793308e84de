import { buildCaseExport, readWholeStream } from '@casus/audit';
import { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { caseIdArgument, cliUser, logCliRead, withCaseLog } from './verify.support';

/** `casus export`: the case's stream with every chain link, as JSON that `casus verify --file` checks offline. */
export function exportCommand(): Command {
  return new Command('export')
    .description('write a self-contained export of a case (events and hash chain, JSON)')
    .requiredOption('--case <id>', 'the case', caseIdArgument)
    .option('--out <file>', 'write here instead of to standard output')
    .option('--user <id>', 'who reads, for the access log (default: CASUS_USER or the OS user)')
    .action(async (options: { case: string; out?: string; user?: string }) => {
      const user = cliUser(options.user);
      const streamId = `case-${options.case}`;
      const exported = await withCaseLog(async ({ store, stored, pool, now }) => {
        await logCliRead(pool, { user, caseId: options.case, command: 'export', data: 'export' });
        // The stored events keep the chain checkable offline; the revealed ones are what people read.
        const events = await readWholeStream(stored, streamId);
        return buildCaseExport(options.case, streamId, events, await store.reveal(events), now, user);
      });
      if (exported.events.length === 0) throw new Error(`no case ${options.case}`);
      const json = `${JSON.stringify(exported, null, 2)}\n`;
      if (!options.out) return void process.stdout.write(json);
      await writeFile(options.out, json, { mode: 0o600 });
      process.stderr.write(
        `exported ${exported.events.length} event(s) of case ${options.case} to ${options.out} (head ${exported.head.hash})\n`,
      );
    });
}

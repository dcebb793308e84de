import { allStreamPages, streamPages, verifyCaseExport, verifyPages, type VerificationReport } from '@casus/audit';
import type { ChainBreak } from '@casus/event-store';
import { Command, Option } from 'commander';
import { readFile } from 'node:fs/promises';
import { caseIdArgument, cliUser, exitWith, logCliRead, withCaseLog } from './verify.support';

type VerifyOptions = { case?: string; all?: boolean; file?: string; format: 'text' | 'json'; user: string };

const describeBreak = (b: ChainBreak) =>
  `BROKEN ${b.streamId} at revision ${b.revision}: expected hash ${b.expectedHash}, found ${b.foundHash}`;

function print(report: VerificationReport, format: VerifyOptions['format']): void {
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify({ intact: report.breaks.length === 0, ...report }, null, 2)}\n`);
    return;
  }
  for (const b of report.breaks) process.stdout.write(`${describeBreak(b)}\n`);
  const verdict = report.breaks.length === 0 ? 'every chain intact' : `${report.breaks.length} broken stream(s)`;
  process.stdout.write(`verified ${report.events} event(s) in ${report.streams} stream(s): ${verdict}\n`);
}

/** `casus verify`: walks hash chains in the database, or checks an export file offline; exit 1 on a break. */
export function verifyCommand(): Command {
  return new Command('verify')
    .description('walk the hash chains and report the first broken link of each stream (exit code 1 when one is broken)')
    .option('--case <id>', 'one case', caseIdArgument)
    .option('--all', 'every stream in the events table')
    .option('--file <export>', 'a file written by `casus export`, checked offline without a database')
    .addOption(new Option('--format <format>', 'output').choices(['text', 'json']).default('text'))
    .option('--user <id>', 'who reads, for the access log (default: CASUS_USER or the OS user)', cliUser())
    .action(async (options: VerifyOptions) => {
      const chosen = [options.case, options.all, options.file].filter(Boolean).length;
      if (chosen !== 1) throw new Error('give exactly one of --case <id>, --all or --file <export>');
      if (options.file) {
        const result = verifyCaseExport(JSON.parse(await readFile(options.file, 'utf8')));
        if (options.format === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        else if (result.ok) process.stdout.write(`export of case ${result.caseId}: ${result.events} event(s), chain intact up to revision ${result.head.revision} (${result.head.hash})\n`);
        else process.stdout.write(`export${result.caseId ? ` of case ${result.caseId}` : ''} does NOT verify: ${result.problem}${result.break ? `\n${describeBreak(result.break)}` : ''}\n`);
        return exitWith(result.ok ? 0 : 1);
      }
      const report = await withCaseLog(async ({ stored, pool }) => {
        if (!options.case) return verifyPages(allStreamPages(pool));
        await logCliRead(pool, { user: options.user, caseId: options.case, command: 'verify', data: 'integrity' });
        return verifyPages(streamPages(stored, `case-${options.case}`));
      });
      if (options.case && report.events === 0) throw new Error(`no case ${options.case}`);
      print(report, options.format);
      await exitWith(report.breaks.length === 0 ? 0 : 1);
    });
}

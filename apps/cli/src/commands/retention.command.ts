import { casesPastRetention } from '@casus/audit';
import { dutchDateOf, isIsoDate, Refusal } from '@casus/domain';
import { atTermEnd, destroyCaseFile } from '@casus/privacy';
import { loadSettings } from '@casus/runtime';
import { Command, InvalidArgumentError } from 'commander';
import { caseIdArgument, cliUser, logCliRead, withCaseLog } from './verify.support';

const dateArgument = (value: string): string => {
  if (!isIsoDate(value)) throw new InvalidArgumentError('a date as YYYY-MM-DD');
  return value;
};

/** A refusal of the rules is said with its code, so a script can tell "not yet" from a failure. */
async function refusedWithCode<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Refusal) throw new Error(`${error.code}: ${error.message}`);
    throw error;
  }
}

function dueCommand(): Command {
  return new Command('due')
    .description('list the closed cases whose retention term has ended, per kind of record (RETENTION_YEARS)')
    .option('--as-of <date>', 'as on this day (YYYY-MM-DD; default today)', dateArgument)
    .option('--user <id>', 'who reads (default: CASUS_USER or the OS user)')
    .action(async (options: { asOf?: string; user?: string }) => {
      const years = loadSettings(process.env).retentionYears;
      await withCaseLog(async ({ stored, pool, now }) => {
        const due = await casesPastRetention(pool, stored, options.asOf ?? dutchDateOf(now), years);
        for (const item of due)
          await logCliRead(pool, { user: cliUser(options.user), caseId: item.caseId, command: 'retention due', data: 'retention-due' });
        for (const item of due) {
          process.stdout.write(
            `${item.caseId}  ${item.decidingKind} file (${item.kinds.join(', ')}), ${item.termYears} years from ${item.from}: care ended ${item.careEndedOn}, kept until ${item.retainUntil}\n`,
          );
        }
        process.stdout.write(`${due.length} case file(s) past their retention term\n`);
      });
    });
}

function destroyCommand(): Command {
  return new Command('destroy')
    .description(
      'destroy a case file whose retention term has ended: the step is recorded on the case, then every key of the case is deleted; every hash still verifies',
    )
    .requiredOption('--case <id>', 'the case whose file to destroy', caseIdArgument)
    .option('--user <id>', 'the records officer who destroys (default: CASUS_USER or the OS user)')
    .action(async (options: { case: string; user?: string }) => {
      const settings = loadSettings(process.env);
      // The step must go where the case is; the command line writes to PostgreSQL only.
      if (settings.eventStore.kind !== 'postgres')
        throw new Error('retention destroy writes to the PostgreSQL event store; unset EVENT_STORE');
      const user = cliUser(options.user);
      const outcome = await withCaseLog(async ({ store, keys, pool, now }) => {
        await logCliRead(pool, { user, caseId: options.case, command: 'retention destroy', data: 'case file destruction' });
        return refusedWithCode(() =>
          destroyCaseFile(store, keys, pool, { caseId: options.case, decide: atTermEnd(settings.retentionYears), destroyedBy: user, now }),
        );
      });
      const ground = outcome.ground;
      process.stdout.write(
        outcome.status === 'destroyed' && ground?.kind === 'retention-term-ended'
          ? `destroyed the file of case ${options.case}: ${ground.decidingKind} file, ${ground.termYears} years from ${ground.from}, kept until ${ground.retainUntil}; ` +
              `${outcome.keysShredded} key(s) deleted; the step is on ${outcome.streamId} (event ${outcome.eventId})\n`
          : `the file of case ${options.case} was already destroyed (${outcome.streamId}); ${outcome.keysShredded} key(s) left were deleted now\n`,
      );
    });
}

/** `casus retention`: the records officer's list of files past their term, and their destruction. */
export function retentionCommand(): Command {
  return new Command('retention')
    .description('retention of case files per kind of record')
    .addCommand(dueCommand())
    .addCommand(destroyCommand());
}

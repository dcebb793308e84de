import { eventsUpTo, formatStory, readPlacementStreams, readWholeStream, replayCase, storyOf } from '@casus/audit';
import { Command, Option } from 'commander';
import { caseIdArgument, cliUser, logCliRead, momentArgument, withCaseLog } from './verify.support';

type ReplayOptions = { case: string; asOf?: Date; format: 'text' | 'json'; user?: string };

/** `casus replay`: the case's story as a readable timeline: who, in which role, did what, and why. */
export function replayCommand(): Command {
  return new Command('replay')
    .description("print a case's story as a timeline (who, role, what, why), optionally as it stood at a moment")
    .requiredOption('--case <id>', 'the case', caseIdArgument)
    .option('--as-of <time>', 'stop at this moment (ISO 8601)', momentArgument)
    .addOption(new Option('--format <format>', 'output').choices(['text', 'json']).default('text'))
    .option('--user <id>', 'who reads, for the access log (default: CASUS_USER or the OS user)')
    .action(async (options: ReplayOptions) => {
      const streamId = `case-${options.case}`;
      const { events, placementEvents, now } = await withCaseLog(async ({ store, pool, now }) => {
        await logCliRead(pool, { user: cliUser(options.user), caseId: options.case, command: 'replay', data: 'replay' });
        const caseEvents = await readWholeStream(store, streamId);
        return { events: caseEvents, placementEvents: await readPlacementStreams(store, caseEvents), now };
      });
      if (events.length === 0) throw new Error(`no case ${options.case}`);
      const point = { asOf: options.asOf ?? now };
      const replayed = replayCase(events, point, placementEvents);
      const story = storyOf(eventsUpTo(events, point));
      if (options.format === 'json') {
        process.stdout.write(`${JSON.stringify({ caseId: options.case, ...replayed, story }, null, 2)}\n`);
        return;
      }
      const { state } = replayed;
      const summary =
        state.status === 'none' ? 'no case yet' : `${state.status}, phase ${state.phase}, team ${state.team} (${state.municipality})`;
      const lines = [
        `case ${options.case} as of ${replayed.asOf}: ${summary}`,
        '',
        formatStory(story),
        '',
        'deadlines as they stood:',
        ...replayed.deadlines.map(
          (d) => `  ${d.kind} ${d.subjectId === options.case ? '' : `(${d.subjectId}) `}due ${d.dueOn}: ${d.status}`,
        ),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}

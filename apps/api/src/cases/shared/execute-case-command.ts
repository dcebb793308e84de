import { Inject, Logger } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldCase } from '@casus/audit';
import {
  authorise,
  decide,
  streamIdForCase,
  type CaseCommand,
  type CaseEvent,
} from '@casus/domain';
import { formatPosition, WrongExpectedRevision, type EventStore, type EventToAppend } from '@casus/event-store';
import { randomUUID } from 'node:crypto';
import { caseEventMetadata, type Principal } from '@casus/runtime';
import { EVENT_STORE } from '../../event-store/event-store.module';
import { CasusMetrics, outcomeOf } from '../../metrics/metrics';
import { inSpan } from '../../tracing/tracing';
import { CLOCK, COMMAND_CONFLICT_RETRIES, type Clock } from './case-step.tokens';
import { PerKeyQueue } from './per-key-queue';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type CaseStepContext = Readonly<{
  principal: Principal;
  correlationId: string;
  /** Sent by the client: refuse on any change since (409) instead of deciding again. */
  expectedRevision?: number;
}>;

export type CaseStepResult = Readonly<{ caseId: string; revision: number; position: string }>;

export class ExecuteCaseCommand extends Command<CaseStepResult> {
  constructor(
    readonly command: CaseCommand,
    readonly context: CaseStepContext,
  ) {
    super();
  }
}

/** Load the stream, fold, decide, append at the revision decided on; decide again if someone else wrote first. */
@CommandHandler(ExecuteCaseCommand)
export class ExecuteCaseCommandHandler implements ICommandHandler<ExecuteCaseCommand> {
  private readonly logger = new Logger('CaseCommands');
  private readonly perCase = new PerKeyQueue();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(COMMAND_CONFLICT_RETRIES) private readonly retries: number,
    private readonly metrics: CasusMetrics,
  ) {}

  execute(request: ExecuteCaseCommand): Promise<CaseStepResult> {
    const command = request.command.type;
    const attributes = { 'casus.command': command, 'casus.case.id': request.command.data.caseId, 'casus.correlation_id': request.context.correlationId };
    return inSpan(`casus.command ${command}`, attributes, async (span) => {
      const stopTimer = this.metrics.commandSeconds.startTimer({ command });
      try {
        const result = await this.perCase.run(request.command.data.caseId, () => this.decideAndAppend(request));
        this.metrics.commands.inc({ command, outcome: 'ok' });
        span.setAttribute('casus.case.revision', result.revision);
        return result;
      } catch (error) {
        this.metrics.commands.inc({ command, outcome: outcomeOf(error) });
        throw error;
      } finally {
        stopTimer();
      }
    }, outcomeOf);
  }

  private async decideAndAppend({ command, context }: ExecuteCaseCommand): Promise<CaseStepResult> {
    const caseId = command.data.caseId;
    const streamId = streamIdForCase(caseId);
    const commandId = randomUUID();
    for (let attempt = 0; ; attempt += 1) {
      const recorded = await this.store.readStream(streamId);
      const revision = recorded.length - 1;
      const state = foldCase(recorded);
      const now = this.clock();
      // Who may write comes first: a revision answer would tell an outsider that the case exists.
      authorise(command, state, now);
      if (context.expectedRevision !== undefined && context.expectedRevision !== revision) {
        throw new WrongExpectedRevision(streamId, context.expectedRevision, revision);
      }
      const events = decide(command, state, now);
      if (events.length === 0) {
        const last = recorded.at(-1);
        return { caseId, revision, position: last ? formatPosition(last.position) : '0:0' };
      }
      try {
        const stopAppendTimer = this.metrics.appendSeconds.startTimer();
        const appended = await this.store.appendToStream(
          streamId,
          events.map((event) => toStored(event, command, context, commandId, now)),
          { expectedRevision: revision === -1 ? 'no-stream' : revision },
        ).finally(stopAppendTimer);
        return { caseId, revision: appended.nextExpectedRevision, position: formatPosition(appended.position) };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevision) || context.expectedRevision !== undefined || attempt >= this.retries) {
          throw error;
        }
        this.metrics.conflictRetries.inc({ command: command.type });
        this.logger.debug({ correlationId: context.correlationId, attempt, command: command.type }, 'case changed meanwhile; deciding again');
        // Another instance wrote first: back off a little, at random, so the writers fall out of step.
        await sleep(Math.random() * Math.min(100, 5 * 2 ** attempt));
      }
    }
  }
}

function toStored(event: CaseEvent, command: CaseCommand, context: CaseStepContext, commandId: string, now: Date): EventToAppend {
  return {
    id: randomUUID(),
    type: event.type,
    data: event.data as EventToAppend['data'],
    metadata: caseEventMetadata(event, command, context.principal, { correlationId: context.correlationId, causationId: commandId }, now),
  };
}

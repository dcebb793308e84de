import { Inject, Logger } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { authorise, type CaseCommand } from '@casus/domain';
import { formatPosition, type EventStore } from '@casus/event-store';
import { caseCommandWriter, caseDecider, handleCommand, streamIdForCase, type RetryPolicy } from '@casus/streams';
import { randomUUID } from 'node:crypto';
import { CLOCK, type Clock, type Principal } from '@casus/runtime';
import { CASE_STEP_STORE } from '../../event-store/event-store.module';
import { CasusMetrics, outcomeOf } from '../../metrics/metrics';
import { inSpan } from '../../tracing/tracing';
import { DestructionOnRequest, isDestroyDecision } from '../family-voice/destruction-on-request';
import { COMMAND_CONFLICT_RETRIES } from './case-step.tokens';
import { PerKeyQueue } from './per-key-queue';

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

/** A case step through the case stream's one command path, with the API's queue per case, metrics and tracing around it. */
@CommandHandler(ExecuteCaseCommand)
export class ExecuteCaseCommandHandler implements ICommandHandler<ExecuteCaseCommand> {
  private readonly logger = new Logger('CaseCommands');
  private readonly perCase = new PerKeyQueue();

  constructor(
    // A step decides on the case as the log has it now: the memory of the stream is topped up from the store first.
    @Inject(CASE_STEP_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(COMMAND_CONFLICT_RETRIES) private readonly retries: number,
    private readonly metrics: CasusMetrics,
    private readonly destruction: DestructionOnRequest,
  ) {}

  execute(request: ExecuteCaseCommand): Promise<CaseStepResult> {
    const command = request.command.type;
    const attributes = {
      'casus.command': command,
      'casus.case.id': request.command.data.caseId,
      'casus.correlation_id': request.context.correlationId,
    };
    return inSpan(
      `casus.command ${command}`,
      attributes,
      async (span) => {
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
      },
      outcomeOf,
    );
  }

  private async decideAndAppend({ command, context }: ExecuteCaseCommand): Promise<CaseStepResult> {
    const caseId = command.data.caseId;
    const writer = caseCommandWriter(command, context.principal, { correlationId: context.correlationId, causationId: randomUUID() });
    const retry: RetryPolicy = {
      retries: this.retries,
      onRetry: (attempt) => {
        this.metrics.conflictRetries.inc({ command: command.type });
        this.logger.debug(
          { correlationId: context.correlationId, attempt, command: command.type },
          'case changed meanwhile; deciding again',
        );
      },
    };
    const step = { writer, now: this.clock(), expectedRevision: context.expectedRevision };
    // Destroying the file deletes its keys after the append, which no other step does.
    const { revision, position } = isDestroyDecision(command)
      ? await this.destruction.destroy(command, step, retry)
      : await handleCommand(this.store, AUTHORISED_CASE_DECIDER, streamIdForCase(caseId), command, { ...step, fromMemory: true }, retry);
    return { caseId, revision, position: position ? formatPosition(position) : '0:0' };
  }
}

// The API asks first whether the caller may write at all: a revision answer would tell an outsider that the case exists.
const AUTHORISED_CASE_DECIDER = { ...caseDecider, authorise };

import { Inject, Injectable } from '@nestjs/common';
import { authorise, decide, Refusal, type CaseCommand } from '@casus/domain';
import type { EventStore } from '@casus/event-store';
import { destroyCaseFile, destructionStepId, PersonKeys, SharedPersonRefusal, type ProtectedEventStore } from '@casus/privacy';
import { DATABASE_POOL } from '@casus/runtime';
import type { CommandContext, RetryPolicy } from '@casus/streams';
import type { Pool } from 'pg';
import { EVENT_STORE } from '../../event-store/event-store.module';

export type DestroyDecision = Extract<CaseCommand, { type: 'DecideDestruction' }> & { data: { decision: 'destroy' } };

export const isDestroyDecision = (command: CaseCommand): command is DestroyDecision =>
  command.type === 'DecideDestruction' && command.data.decision === 'destroy';

/**
 * A request to destroy the file, decided to destroy: the decision and the file's destruction go on the case in one
 * append, then every key of the file is deleted (libs/privacy case-destruction), as at the end of its term. A step of
 * the case like any other (ExecuteCaseCommand), taken in its turn; only the keys make it more than an append.
 */
@Injectable()
export class DestructionOnRequest {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE_POOL) private readonly pool: Pool,
  ) {}

  async destroy(command: DestroyDecision, { writer, now, expectedRevision }: CommandContext, retry: RetryPolicy) {
    const { caseId, requestId } = command.data;
    try {
      return await destroyCaseFile(this.store as ProtectedEventStore, PersonKeys.over(this.pool), this.pool, {
        caseId,
        authorise: (state) => authorise(command, state, now),
        decide: (state) => decide(command, state, now),
        destroyedBy: writer.actor.id,
        now,
        writer,
        stepIds: [destructionStepId(caseId, requestId)],
        expectedRevision,
        retry,
      });
    } catch (error) {
      // The records officer's refusal names the other files; a professional of this case may not learn of them.
      if (error instanceof SharedPersonRefusal) {
        throw new Refusal(
          'RETENTION.PERSON_IN_KEPT_FILE',
          'conflict',
          'a person of this file has personal data in another file that is still kept: the records officer destroys or erases it first',
        );
      }
      throw error;
    }
  }
}

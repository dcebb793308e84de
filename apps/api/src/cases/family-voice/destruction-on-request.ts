import { Inject, Injectable } from '@nestjs/common';
import { authorise, caseCommand, decide } from '@casus/domain';
import { formatPosition, type EventStore } from '@casus/event-store';
import { destroyCaseFile, destructionStepId, PersonKeys, SharedPersonRefusal, type ProtectedEventStore } from '@casus/privacy';
import { CLOCK, DATABASE_POOL, type Clock } from '@casus/runtime';
import { caseCommandWriter } from '@casus/streams';
import type { Pool } from 'pg';
import { randomUUID } from 'node:crypto';
import { EVENT_STORE } from '../../event-store/event-store.module';
import { HttpRefusal } from '../../http/problem';
import type { CaseStepBody } from '../shared/case-step.dto';
import type { CaseStepContext, CaseStepResult } from '../shared/execute-case-command';

/**
 * A request to destroy the file, decided to destroy: the decision and the file's destruction go on the case in one
 * append, then every key of the file is deleted (libs/privacy case-destruction), as at the end of its term.
 */
@Injectable()
export class DestructionOnRequest {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async destroy(caseId: string, body: CaseStepBody<'DecideDestruction'>, context: CaseStepContext): Promise<CaseStepResult> {
    const { id, role, team, organisation } = context.principal;
    const { requestId, decision, exception, reason } = body;
    const command = caseCommand('DecideDestruction', caseId, { requestId, decision, exception, reason }, { id, role, team, organisation });
    const now = this.clock();
    const writer = caseCommandWriter(command, context.principal, { correlationId: context.correlationId, causationId: randomUUID() });
    try {
      const outcome = await destroyCaseFile(this.store as ProtectedEventStore, PersonKeys.over(this.pool), this.pool, {
        caseId,
        authorise: (state) => authorise(command, state, now),
        decide: (state) => decide(command, state, now),
        destroyedBy: id,
        now,
        writer,
        stepIds: [destructionStepId(caseId, requestId)],
        expectedRevision: body.expectedRevision ?? context.expectedRevision,
      });
      return { caseId, revision: outcome.revision, position: outcome.position ? formatPosition(outcome.position) : '0:0' };
    } catch (error) {
      // The records officer's refusal names the other files; a professional of this case may not learn of them.
      if (error instanceof SharedPersonRefusal) {
        throw new HttpRefusal(
          409,
          'RETENTION.PERSON_IN_KEPT_FILE',
          'a person of this file has personal data in another file that is still kept: the records officer destroys or erases it first',
        );
      }
      throw error;
    }
  }
}

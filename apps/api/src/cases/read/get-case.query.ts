import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { foldCase } from '@casus/audit';
import { canReadCase, streamIdForCase, type ExistingCase } from '@casus/domain';
import { formatPosition, type EventStore } from '@casus/event-store';
import type { Principal } from '../../auth/principal';
import { EVENT_STORE } from '../../event-store/event-store.module';
import { HttpRefusal } from '../../http/problem';

export type CaseView = Readonly<{ revision: number; position: string; case: ExistingCase }>;

export class GetCase extends Query<CaseView> {
  constructor(
    readonly caseId: string,
    readonly reader: Principal,
  ) {
    super();
  }
}

@QueryHandler(GetCase)
export class GetCaseHandler implements IQueryHandler<GetCase> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ caseId, reader }: GetCase): Promise<CaseView> {
    const recorded = await this.store.readStream(streamIdForCase(caseId));
    const state = foldCase(recorded);
    if (state.status === 'none') throw new HttpRefusal(404, 'CASE.NOT_FOUND', `no case ${caseId}`);
    if (!canReadCase(state, reader)) {
      throw new HttpRefusal(403, 'ACCESS.MAY_NOT_READ', `a ${reader.role} of ${reader.team || reader.organisation} may not read this case`);
    }
    const last = recorded.at(-1)!;
    return { revision: last.revision, position: formatPosition(last.position), case: state };
  }
}

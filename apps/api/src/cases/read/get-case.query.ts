import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { ExistingCase } from '@casus/domain';
import { formatPosition } from '@casus/event-store';
import type { AuditedCase } from '../../audit/case-reads';

export type CaseView = Readonly<{ revision: number; position: string; case: ExistingCase }>;

/** The case as CaseReads loaded it, after admitting the reader and logging the read. */
export class GetCase extends Query<CaseView> {
  constructor(readonly loaded: AuditedCase) {
    super();
  }
}

@QueryHandler(GetCase)
export class GetCaseHandler implements IQueryHandler<GetCase> {
  async execute({ loaded }: GetCase): Promise<CaseView> {
    const last = loaded.events.at(-1)!;
    return { revision: last.revision, position: formatPosition(last.position), case: loaded.state };
  }
}

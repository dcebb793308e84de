import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CaseOverviewEntity } from '@casus/projections';
import type { Urgency } from '@casus/domain';
import type { Principal } from '@casus/runtime';
import type { DataSource } from 'typeorm';
import { READ_MODELS_DATA_SOURCE } from './read-models.tokens';
import { askedToJoin } from './visibility';

/** A request as the team it names reads it: which case asks and who leads it, why, since when; nothing of the family. */
export type JeugdlinkRequestItem = Readonly<{
  caseId: string;
  team: string;
  municipality: string;
  urgency: Urgency;
  lead: Readonly<{ name: string | null }> | null;
  reason: string;
  requestedOn: string;
}>;

export class ListJeugdlinkRequests extends Query<readonly JeugdlinkRequestItem[]> {
  constructor(readonly principal: Principal) {
    super();
  }
}

@QueryHandler(ListJeugdlinkRequests)
export class ListJeugdlinkRequestsHandler implements IQueryHandler<ListJeugdlinkRequests> {
  constructor(@Inject(READ_MODELS_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async execute({ principal }: ListJeugdlinkRequests): Promise<readonly JeugdlinkRequestItem[]> {
    const rows = await this.dataSource
      .getRepository(CaseOverviewEntity)
      .createQueryBuilder('o')
      .select(['o.caseId', 'o.team', 'o.municipality', 'o.urgency', 'o.leadId', 'o.leadName', 'o.jeugdlinkRequest'])
      .where(...askedToJoin(principal))
      // The longest waiting first.
      .orderBy("o.jeugdlink_request->>'requestedOn'")
      .addOrderBy('o.caseId')
      .getMany();
    return rows.map((o) => ({
      caseId: o.caseId,
      team: o.team,
      municipality: o.municipality,
      urgency: o.urgency as Urgency,
      lead: o.leadId ? { name: o.leadName } : null,
      reason: o.jeugdlinkRequest!.reason,
      requestedOn: o.jeugdlinkRequest!.requestedOn,
    }));
  }
}

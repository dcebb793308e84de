import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { isPlacingProfessional, type CaseState } from '@casus/domain';
import { CaseOverviewEntity } from '@casus/projections';
import type { DataSource } from 'typeorm';
import type { Principal } from '@casus/runtime';
import { READ_MODELS_DATA_SOURCE } from './read-models.tokens';
import { visibleTo } from './visibility';

/** Is this reader a placing professional (readers.ts) of an open case with a placement request waiting for a place? */
export class PlacesChildrenNow extends Query<boolean> {
  constructor(readonly principal: Principal) {
    super();
  }
}

@QueryHandler(PlacesChildrenNow)
export class PlacesChildrenNowHandler implements IQueryHandler<PlacesChildrenNow> {
  constructor(@Inject(READ_MODELS_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async execute({ principal }: PlacesChildrenNow): Promise<boolean> {
    // The SQL narrows to the cases it reads with a request open; the domain decides who places among them.
    const rows = await this.dataSource
      .getRepository(CaseOverviewEntity)
      .createQueryBuilder('o')
      .select('o.state', 'state')
      .where(...visibleTo(principal))
      .andWhere("o.status = 'open'")
      .andWhere(`jsonb_path_exists(o.state::jsonb, '$.placements[*] ? (@.status == "requested")')`)
      .getRawMany<{ state: CaseState }>();
    return rows.some(({ state }) => isPlacingProfessional(state, principal));
  }
}

import { DataSource } from 'typeorm';
import { CaseOverviewEntity } from './case-overview/case-overview.entity';
import { CaseTimelineEntity } from './case-timeline/case-timeline.entity';
import { DeadlineEntity } from './deadlines/deadline.entity';
import { pgOverPool } from '@casus/database';
import type { Pool } from 'pg';

/**
 * The read-model tables as typeorm entities, for the query side. The migrations (libs/database) own
 * the schema, so nothing is synchronised; a test checks that these entities match it.
 */
export const READ_MODEL_ENTITIES = [CaseOverviewEntity, CaseTimelineEntity, DeadlineEntity];

/**
 * A connected typeorm DataSource over the read models, on the process's pool (no migrations: `casus
 * migrate` runs those). Never destroyed: that would end the pool, which its owner ends.
 */
export function openReadModels(pool: Pool): Promise<DataSource> {
  return new DataSource({
    type: 'postgres',
    driver: pgOverPool(pool),
    entities: READ_MODEL_ENTITIES,
    synchronize: false,
    logging: false,
  }).initialize();
}

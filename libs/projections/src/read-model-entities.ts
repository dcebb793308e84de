import { DataSource } from 'typeorm';
import { CaseOverviewEntity } from './case-overview/case-overview.entity';
import { CaseTimelineEntity } from './case-timeline/case-timeline.entity';
import { DeadlineEntity } from './deadlines/deadline.entity';
import { pgWithResilientPools } from '@casus/database';

/**
 * The read-model tables as typeorm entities, for the query side. The migrations (libs/database) own
 * the schema, so nothing is synchronised; a test checks that these entities match it.
 */
export const READ_MODEL_ENTITIES = [CaseOverviewEntity, CaseTimelineEntity, DeadlineEntity];

/** A connected typeorm DataSource over the read models (no migrations: `casus migrate` runs those). */
export function openReadModels(url: string, poolSize = 8): Promise<DataSource> {
  return new DataSource({
    type: 'postgres',
    driver: pgWithResilientPools,
    url,
    entities: READ_MODEL_ENTITIES,
    synchronize: false,
    poolSize,
    logging: false,
  }).initialize();
}

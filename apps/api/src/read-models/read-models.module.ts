import { Module, type DynamicModule } from '@nestjs/common';
import { openReadModels } from '@casus/projections';
import { CqrsModule } from '@nestjs/cqrs';
import { DATABASE_POOL } from '@casus/runtime';
import type { Pool } from 'pg';
import { JeugdlinkRequestsHttpController } from './jeugdlink-requests.http.controller';
import { ListJeugdlinkRequestsHandler } from './jeugdlink-requests.query';
import { ListCasesHandler } from './list-cases.query';
import { ListReadLog } from './list-read';
import { PlacesChildrenNowHandler } from './places-children-now.query';
import { ReadModelMetrics } from './read-model.metrics';
import { GetCaseTimelineHandler, GetProjectionStatusHandler, GetTeamWorkloadHandler, ListDeadlinesHandler } from './read-model.queries';
import { ReadModelsHttpController } from './read-models.http.controller';
import { READ_MODELS_DATA_SOURCE, READ_MODELS_OPTIONS, type ReadModelsOptions } from './read-models.tokens';

/** Case lists, Jeugdlink requests, timelines, deadlines, workload and projection status, served from the read models (fed by apps/api/src/followers). */
@Module({})
export class ReadModelsModule {
  static forRoot(options: ReadModelsOptions): DynamicModule {
    return {
      module: ReadModelsModule,
      imports: [CqrsModule],
      controllers: [ReadModelsHttpController, JeugdlinkRequestsHttpController],
      providers: [
        { provide: READ_MODELS_OPTIONS, useValue: options },
        // Never destroyed: the process's pool under it is ended once, by the runtime module.
        { provide: READ_MODELS_DATA_SOURCE, useFactory: (pool: Pool) => openReadModels(pool), inject: [DATABASE_POOL] },
        ReadModelMetrics,
        ListReadLog,
        ListCasesHandler,
        GetCaseTimelineHandler,
        ListDeadlinesHandler,
        GetTeamWorkloadHandler,
        GetProjectionStatusHandler,
        PlacesChildrenNowHandler,
        ListJeugdlinkRequestsHandler,
      ],
    };
  }
}

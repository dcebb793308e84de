import { Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { openReadModels } from '@casus/projections';
import type { DataSource } from 'typeorm';
import { CqrsModule } from '@nestjs/cqrs';
import { ResilientPool } from '@casus/database';
import { ListCasesHandler } from './list-cases.query';
import { ListReadLog } from './list-read';
import { PlacesChildrenNowHandler } from './places-children-now.query';
import { ProjectionWorkers } from './projection-workers';
import { ReadModelMetrics } from './read-model.metrics';
import { GetCaseTimelineHandler, GetProjectionStatusHandler, GetTeamWorkloadHandler, ListDeadlinesHandler } from './read-model.queries';
import { ReadModelsHttpController } from './read-models.http.controller';
import { READ_MODELS_DATA_SOURCE, READ_MODELS_DATABASE, READ_MODELS_OPTIONS, type ReadModelsOptions } from './read-models.tokens';

@Injectable()
class ReadModelsDataSourceCloser implements OnApplicationShutdown {
  constructor(@Inject(READ_MODELS_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    await this.dataSource.destroy();
  }
}

/** Case lists, timelines, deadlines, workload and projection status, served from the read models it keeps fed. */
@Module({})
export class ReadModelsModule {
  static forRoot(options: ReadModelsOptions): DynamicModule {
    return {
      module: ReadModelsModule,
      imports: [CqrsModule],
      controllers: [ReadModelsHttpController],
      providers: [
        { provide: READ_MODELS_OPTIONS, useValue: options },
        {
          provide: READ_MODELS_DATABASE,
          useFactory: () => {
            // The projection workers' batch transactions and read-your-writes waits (pg, multi-row SQL).
            const pool = new ResilientPool({ connectionString: options.databaseUrl, max: 8 });
            return pool;
          },
        },
        {
          provide: READ_MODELS_DATA_SOURCE,
          useFactory: () => openReadModels(options.databaseUrl),
        },
        ReadModelsDataSourceCloser,
        ProjectionWorkers,
        ReadModelMetrics,
        ListReadLog,
        ListCasesHandler,
        GetCaseTimelineHandler,
        ListDeadlinesHandler,
        GetTeamWorkloadHandler,
        GetProjectionStatusHandler,
        PlacesChildrenNowHandler,
      ],
    };
  }
}

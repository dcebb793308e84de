import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { ListCasesHandler } from './list-cases.query';
import { ProjectionWorkers } from './projection-workers';
import { GetCaseTimelineHandler, GetProjectionStatusHandler, GetTeamWorkloadHandler, ListDeadlinesHandler } from './read-model.queries';
import { ReadModelsHttpController } from './read-models.http.controller';
import { READ_MODELS_DATABASE, READ_MODELS_OPTIONS, type ReadModelsOptions } from './read-models.tokens';

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
            const pool = new Pool({ connectionString: options.databaseUrl, max: 8 });
            pool.on('error', () => undefined);
            return pool;
          },
        },
        ProjectionWorkers,
        ListCasesHandler,
        GetCaseTimelineHandler,
        ListDeadlinesHandler,
        GetTeamWorkloadHandler,
        GetProjectionStatusHandler,
      ],
    };
  }
}

import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { AccessLog } from '@casus/audit';
import { Pool } from 'pg';
import { AccessLogController } from './access-log.controller';
import { AUDIT_DATABASE } from './audit-tokens';
import { CaseAuditController } from './case-audit.controller';
import { CaseReadInterceptor } from './case-read.interceptor';

@Injectable()
class AuditDatabaseCloser implements OnApplicationShutdown {
  constructor(@Inject(AUDIT_DATABASE) private readonly pool: Pool) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}

/**
 * History, replay, integrity and export of cases, and the access log. Global so that any
 * controller can put `@CaseRead('<data>')` on a case read and have it checked and logged.
 */
@Global()
@Module({})
export class AuditModule {
  static forRoot(options: { databaseUrl: string; poolSize?: number }): DynamicModule {
    return {
      module: AuditModule,
      controllers: [CaseAuditController, AccessLogController],
      providers: [
        {
          provide: AUDIT_DATABASE,
          useFactory: () => {
            const pool = new Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 5 });
            pool.on('error', () => undefined);
            return pool;
          },
        },
        { provide: AccessLog, useFactory: (pool: Pool) => new AccessLog(pool), inject: [AUDIT_DATABASE] },
        AuditDatabaseCloser,
        CaseReadInterceptor,
      ],
      exports: [AccessLog, CaseReadInterceptor, AUDIT_DATABASE],
    };
  }
}

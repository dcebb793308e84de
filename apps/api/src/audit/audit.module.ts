import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { AccessLog, loadOrCreateNotaryKey } from '@casus/audit';
import { ResilientPool } from '@casus/database';
import type { Pool } from 'pg';
import { AccessLogController } from './access-log.controller';
import { DEFAULT_PROVIDER_VIEW_DAYS_AFTER_END } from '@casus/domain';
import type { NotarySettings } from '@casus/runtime';
import { AUDIT_DATABASE, NOTARY_KEY, NOTARY_OPTIONS, READ_RULES, type ReadRules } from './audit-tokens';
import { CaseAuditController } from './case-audit.controller';
import { CaseReads } from './case-reads';
import { NotaryWorker } from './notary.worker';
import { ReadLog } from './read-log';
import { RetentionController } from './retention.controller';

@Injectable()
class AuditDatabaseCloser implements OnApplicationShutdown {
  constructor(@Inject(AUDIT_DATABASE) private readonly pool: Pool) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}

/**
 * History, replay, integrity and export of cases, and the access log. Global so that any
 * controller can read a case through `CaseReads`, checked and logged.
 */
@Global()
@Module({})
export class AuditModule {
  /** Without `notary` no anchors are written and /integrity checks no stream against one. */
  static forRoot(options: { databaseUrl: string; poolSize?: number; notary?: NotarySettings } & Partial<ReadRules>): DynamicModule {
    const rules: ReadRules = {
      clock: options.clock ?? (() => new Date()),
      providerViewDaysAfterEnd: options.providerViewDaysAfterEnd ?? DEFAULT_PROVIDER_VIEW_DAYS_AFTER_END,
    };
    return {
      module: AuditModule,
      controllers: [CaseAuditController, AccessLogController, RetentionController],
      providers: [
        {
          provide: AUDIT_DATABASE,
          useFactory: () => new ResilientPool({ connectionString: options.databaseUrl, max: options.poolSize ?? 5 }),
        },
        { provide: AccessLog, useFactory: (pool: Pool) => new AccessLog(pool), inject: [AUDIT_DATABASE] },
        { provide: READ_RULES, useValue: rules },
        { provide: NOTARY_OPTIONS, useValue: options.notary },
        { provide: NOTARY_KEY, useFactory: () => options.notary && loadOrCreateNotaryKey(options.notary.keyFile) },
        NotaryWorker,
        AuditDatabaseCloser,
        ReadLog,
        CaseReads,
      ],
      exports: [AccessLog, ReadLog, CaseReads, READ_RULES, AUDIT_DATABASE, NotaryWorker],
    };
  }
}

import { Global, Module, type DynamicModule } from '@nestjs/common';
import { AccessLog, loadOrCreateNotaryKey } from '@casus/audit';
import type { Pool } from 'pg';
import { ERASURES_SO_FAR } from '@casus/privacy';
import { AccessLogController } from './access-log.controller';
import { DEFAULT_PROVIDER_VIEW_DAYS_AFTER_END, DEFAULT_RETENTION_YEARS, type RetentionYears } from '@casus/domain';
import { CLOCK, DATABASE_POOL, type Clock, type NotarySettings } from '@casus/runtime';
import { NOTARY_KEY, READ_RULES, RETENTION_YEARS, type ReadRules } from './audit-tokens';
import { CaseAuditController } from './case-audit.controller';
import { CaseReads } from './case-reads';
import { ReadLog } from './read-log';
import { RetentionController } from './retention.controller';

/**
 * History, replay, integrity and export of cases, and the access log. Global so that any
 * controller can read a case through `CaseReads`, checked and logged.
 */
@Global()
@Module({})
export class AuditModule {
  /** Without `notary` no anchors are written and /integrity checks no stream against one. */
  static forRoot(options: { providerViewDaysAfterEnd?: number; notary?: NotarySettings; retentionYears?: RetentionYears }): DynamicModule {
    const providerViewDaysAfterEnd = options.providerViewDaysAfterEnd ?? DEFAULT_PROVIDER_VIEW_DAYS_AFTER_END;
    return {
      module: AuditModule,
      controllers: [CaseAuditController, AccessLogController, RetentionController],
      providers: [
        { provide: AccessLog, useFactory: (pool: Pool) => new AccessLog(pool, { alongside: ERASURES_SO_FAR }), inject: [DATABASE_POOL] },
        { provide: READ_RULES, useFactory: (clock: Clock): ReadRules => ({ clock, providerViewDaysAfterEnd }), inject: [CLOCK] },
        { provide: RETENTION_YEARS, useValue: options.retentionYears ?? DEFAULT_RETENTION_YEARS },
        { provide: NOTARY_KEY, useFactory: () => options.notary && loadOrCreateNotaryKey(options.notary.keyFile) },
        ReadLog,
        CaseReads,
      ],
      exports: [AccessLog, ReadLog, CaseReads, READ_RULES],
    };
  }
}

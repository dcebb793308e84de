import { Global, Logger, Module, type DynamicModule } from '@nestjs/common';
import { AccessLog, notaryPublicKeyFrom } from '@casus/audit';
import type { Pool } from 'pg';
import { ERASURES_SO_FAR } from '@casus/privacy';
import { AccessLogController } from './access-log.controller';
import { DEFAULT_PROVIDER_VIEW_DAYS_AFTER_END, DEFAULT_RETENTION_YEARS, type RetentionYears } from '@casus/domain';
import { CLOCK, DATABASE_POOL, type Clock, type NotarySettings } from '@casus/runtime';
import { NOTARY_KEY, READ_RULES, RETENTION_YEARS, type NotaryPublicKey, type ReadRules } from './audit-tokens';
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
  /**
   * Without `notary` no anchors are written and /integrity checks no stream against one. `notaryRunsHere`: this process
   * follows the log, so its own notary makes the key; else the worker's does.
   */
  static forRoot(options: {
    providerViewDaysAfterEnd?: number;
    notary?: NotarySettings;
    notaryRunsHere: boolean;
    retentionYears?: RetentionYears;
  }): DynamicModule {
    const { notary, notaryRunsHere } = options;
    const providerViewDaysAfterEnd = options.providerViewDaysAfterEnd ?? DEFAULT_PROVIDER_VIEW_DAYS_AFTER_END;
    return {
      module: AuditModule,
      controllers: [CaseAuditController, AccessLogController, RetentionController],
      providers: [
        { provide: AccessLog, useFactory: (pool: Pool) => new AccessLog(pool, { alongside: ERASURES_SO_FAR }), inject: [DATABASE_POOL] },
        { provide: READ_RULES, useFactory: (clock: Clock): ReadRules => ({ clock, providerViewDaysAfterEnd }), inject: [CLOCK] },
        { provide: RETENTION_YEARS, useValue: options.retentionYears ?? DEFAULT_RETENTION_YEARS },
        { provide: NOTARY_KEY, useFactory: () => notary && notaryPublicKey(notary.keyFile, notaryRunsHere) },
        ReadLog,
        CaseReads,
      ],
      exports: [AccessLog, ReadLog, CaseReads, READ_RULES],
    };
  }
}

// Made here too, two processes could each make a key, and /integrity would check anchors against one that never signed them.
function notaryPublicKey(keyFile: string, notaryRunsHere: boolean): NotaryPublicKey {
  const key = notaryPublicKeyFrom(keyFile);
  if (!notaryRunsHere && !key())
    new Logger('Notary').warn(
      `no notary key at ${keyFile}: /integrity checks no stream against an anchor until the notary (CASUS_PROCESS=worker) has made it`,
    );
  return key;
}

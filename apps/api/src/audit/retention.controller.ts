import { Controller, Get, Inject, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Problems } from '../http/problem-responses';
import { RetentionDueListAnswer } from './audit.response.dto';
import { casesPastRetention, REFUSED } from '@casus/audit';
import { dutchDateOf, type RetentionYears } from '@casus/domain';
import type { EventStore } from '@casus/event-store';
import type { Pool } from 'pg';
import { CurrentPrincipal } from '../auth/auth.guard';
import { CLOCK, DATABASE_POOL, type Clock, type Principal } from '@casus/runtime';
import { EVENT_STORE } from '../event-store/event-store.module';
import { InvalidRequest } from '../http/validation';
import type { HttpRequest as Request } from '../http/http-types';
import { RETENTION_YEARS } from './audit-tokens';
import { ReadLog } from './read-log';
import { refusals } from './refusals';

@ApiTags('audit')
@ApiBearerAuth()
@Problems()
@Controller('audit/retention-due')
export class RetentionController {
  constructor(
    @Inject(DATABASE_POOL) private readonly db: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RETENTION_YEARS) private readonly years: RetentionYears,
    private readonly readLog: ReadLog,
  ) {}

  @Get()
  @ApiOkResponse({ type: RetentionDueListAnswer })
  @ApiOperation({
    summary: 'Closed cases past their retention term, per kind of record (RETENTION_YEARS; ?asOf=YYYY-MM-DD); auditors only',
  })
  async due(
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
    @Query('asOf') asOf?: string,
  ): Promise<RetentionDueListAnswer> {
    if (principal.role !== 'auditor') {
      await this.readLog.record(request, principal, {
        caseId: null,
        data: 'retention-due',
        ground: REFUSED.role(principal.role, 'the retention list'),
      });
      throw refusals.auditorsOnly(principal.role);
    }
    if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
      throw new InvalidRequest([{ field: 'asOf', messages: ['asOf must be a date as YYYY-MM-DD'] }]);
    }
    const today = asOf ?? dutchDateOf(this.clock());
    await this.readLog.record(request, principal, { caseId: null, data: 'retention-due', ground: 'auditor oversight' });
    return { asOf: today, retentionYears: this.years, items: await casesPastRetention(this.db, this.store, today, this.years) };
  }
}

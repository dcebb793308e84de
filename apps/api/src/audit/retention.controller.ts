import { Controller, Get, Inject, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { casesPastRetention, REFUSED, DEFAULT_RETENTION_YEARS } from '@casus/audit';
import { dutchDateOf } from '@casus/domain';
import type { Pool } from 'pg';
import { CurrentPrincipal } from '../auth/auth.guard';
import { CLOCK, DATABASE_POOL, type Clock, type Principal } from '@casus/runtime';
import { InvalidRequest } from '../http/validation';
import type { HttpRequest as Request } from '../http/http-types';
import { optionalCount } from './query-parsing';
import { ReadLog } from './read-log';
import { refusals } from './refusals';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/retention-due')
export class RetentionController {
  constructor(
    @Inject(DATABASE_POOL) private readonly db: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly readLog: ReadLog,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Closed cases past their retention term (Jeugdwet art. 7.3.8; ?years=, ?asOf=YYYY-MM-DD); auditors only' })
  async due(
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
    @Query('asOf') asOf?: string,
    @Query('years') years?: string,
  ) {
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
    const term = optionalCount('years', years, { min: 1, max: 100 }) ?? DEFAULT_RETENTION_YEARS;
    await this.readLog.record(request, principal, { caseId: null, data: 'retention-due', ground: 'auditor oversight' });
    return { asOf: today, retentionYears: term, items: await casesPastRetention(this.db, today, term) };
  }
}

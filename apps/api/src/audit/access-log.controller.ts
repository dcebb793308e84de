import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Problems } from '../http/problem-responses';
import { AccessLogAnswer } from './audit.response.dto';
import { AccessLog, REFUSED } from '@casus/audit';
import { canonicalUuid, isUuid, UUID_SPELLING } from '@casus/domain';
import { CurrentPrincipal } from '../auth/auth.guard';
import type { Principal } from '@casus/runtime';
import { InvalidRequest } from '../http/validation';
import type { HttpRequest as Request } from '../http/http-types';
import { ReadLog } from './read-log';
import { optionalCount, optionalMoment } from './query-parsing';
import { refusals } from './refusals';

/** The access log is personal data about professionals too: auditors read it, and that read is logged. */
@ApiTags('audit')
@ApiBearerAuth()
@Problems()
@Controller('audit/access-log')
export class AccessLogController {
  constructor(
    private readonly accessLog: AccessLog,
    private readonly readLog: ReadLog,
  ) {}

  @Get()
  @ApiOkResponse({ type: AccessLogAnswer })
  @ApiOperation({ summary: 'Who read which case, when, from where and on what ground (auditors only)' })
  async find(
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
    @Query('caseId') askedCaseId?: string,
    @Query('user') user?: string,
    @Query('from') from?: string,
    @Query('to') to?: string,
    @Query('limit') limit?: string,
    @Query('after') after?: string,
  ): Promise<AccessLogAnswer> {
    const caseId = askedCaseId === undefined ? undefined : canonicalUuid(askedCaseId);
    if (caseId !== undefined && !isUuid(caseId))
      throw new InvalidRequest([{ field: 'caseId', messages: [`caseId must be ${UUID_SPELLING}`] }]);
    if (principal.role !== 'auditor') {
      await this.readLog.record(request, principal, {
        caseId: caseId ?? null,
        data: 'access-log',
        ground: REFUSED.role(principal.role, 'the access log'),
      });
      throw refusals.auditorsOnly(principal.role);
    }
    const query = {
      caseId,
      user: user || undefined,
      from: optionalMoment('from', from),
      to: optionalMoment('to', to),
      limit: optionalCount('limit', limit, { min: 1, max: 1_000 }) ?? 100,
      afterId: optionalCount('after', after)?.toString(),
    };
    await this.readLog.record(request, principal, { caseId: caseId ?? null, data: 'access-log', ground: 'auditor oversight' });
    const items = await this.accessLog.find(query);
    return { items, next: items.length === query.limit ? { after: items.at(-1)!.id } : null };
  }
}

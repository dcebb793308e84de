import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@casus/runtime';
import { CaseReads } from '../../audit/case-reads';
import type { HttpRequest, HttpResponse } from '../../http/http-types';
import { CurrentPrincipal } from '../../auth/auth.guard';
import { Problems } from '../../http/problem-responses';
import { CaseViewAnswer } from './case.response.dto';
import { GetCase, type CaseView } from './get-case.query';

@ApiTags('cases')
@ApiBearerAuth()
@Problems()
@Controller('cases')
export class CaseHttpController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly reads: CaseReads,
  ) {}

  @Get(':caseId')
  @ApiOperation({ summary: "The case's current state; its ETag is the revision, for If-Match on the next step. Logged in the access log." })
  @ApiOkResponse({ type: CaseViewAnswer })
  async getCase(
    @Param('caseId') caseId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpResponse,
  ): Promise<CaseView> {
    const loaded = await this.reads.ofCase(request, principal, caseId, 'state');
    const view = await this.queryBus.execute(new GetCase(loaded));
    response.header('ETag', `"${view.revision}"`);
    return view;
  }
}

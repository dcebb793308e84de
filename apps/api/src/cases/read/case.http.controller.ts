import { Controller, Get, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CaseRead, LoadedCase, type AuditedCase } from '../../audit/case-read.interceptor';
import type { HttpResponse } from '../../http/http-types';
import { GetCase, type CaseView } from './get-case.query';
import { IdParam } from '../../http/id-param';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CaseHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':caseId')
  @CaseRead('state')
  @ApiOperation({ summary: "The case's current state; its ETag is the revision, for If-Match on the next step. Logged in the access log." })
  @ApiOkResponse({ description: '{ revision, position, case }' })
  @ApiForbiddenResponse({ description: 'this reader may not read this case' })
  @ApiNotFoundResponse({ description: 'no such case' })
  async getCase(
    @IdParam('caseId') _caseId: string,
    @LoadedCase() loaded: AuditedCase,
    @Res({ passthrough: true }) response: HttpResponse,
  ): Promise<CaseView> {
    const view = await this.queryBus.execute(new GetCase(loaded));
    response.setHeader('ETag', `"${view.revision}"`);
    return view;
  }
}

import { Controller, Get, Headers, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessLog } from '@casus/audit';
import { dutchDateOf } from '@casus/domain';
import { familyLinksProjection, liveLinksOfAccount } from '@casus/projections';
import { CLOCK, DATABASE_POOL, type Clock, type FamilyAccessLogNames, type Principal } from '@casus/runtime';
import type { Pool } from 'pg';
import { CaseReads } from '../../audit/case-reads';
import { CurrentPrincipal } from '../../auth/auth.guard';
import type { HttpRequest, HttpResponse } from '../../http/http-types';
import { Problems } from '../../http/problem-responses';
import { languageOf } from '../../http/refusal-codes';
import { awaitFreshness, MIN_POSITION_HEADER } from '../../read-models/freshness';
import { FreshnessQuery } from '../../read-models/read-models.request.dto';
import { myAccessLogView, type MyAccessLogView } from './my-access-log.view';
import { MyAccessLogAnswer, MyFileAnswer, MyFilesAnswer } from './my-file.response.dto';
import { FAMILY_ACCESS_LOG_NAMES } from './my-file.tokens';
import { myFileView, type MyFileView } from './my-file.view';

const FRESHNESS_TIMEOUT_MS = 5_000;

/**
 * "Mijn dossier" (issue 18): a linked family member reads their own file as the inspection rules allow, and who looked at
 * it. For the role `family` only; every read, refused ones too, is in the access log on its family ground first.
 */
@ApiTags('my file')
@ApiBearerAuth()
@Problems()
@Controller('my-file')
export class MyFileHttpController {
  constructor(
    private readonly reads: CaseReads,
    private readonly accessLog: AccessLog,
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(FAMILY_ACCESS_LOG_NAMES) private readonly names: FamilyAccessLogNames,
  ) {}

  @Get()
  @ApiOkResponse({ type: MyFilesAnswer })
  @ApiOperation({ summary: "The family member's own files: the cases their account is linked on, with their right. Logged per case." })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Req() request: HttpRequest,
    @Query() query: FreshnessQuery,
    @Headers(MIN_POSITION_HEADER) minPosition?: string,
  ): Promise<MyFilesAnswer> {
    await awaitFreshness(this.pool, [familyLinksProjection], query.minPosition ?? minPosition, FRESHNESS_TIMEOUT_MS);
    const links = principal.role === 'family' ? await liveLinksOfAccount(this.pool, principal.id) : [];
    const files = await this.reads.ofOwnFiles(request, principal, [...new Set(links.map((link) => link.caseId))], 'own-file-list');
    return {
      files: files.map(({ caseId, state, reader }) => ({
        caseId,
        personId: reader.person.personId,
        as: reader.person.as,
        right: reader.right.right,
        municipality: state.municipality,
        status: state.status,
      })),
    };
  }

  @Get(':caseId')
  @ApiOkResponse({ type: MyFileAnswer })
  @ApiOperation({
    summary:
      'The own file in plain words, as the inspection rules allow: what happened, what comes next, whom to contact, what was withheld and why (file right), or the important facts (a parent without authority). Logged.',
  })
  async file(
    @Param('caseId') caseId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpResponse,
  ): Promise<MyFileView> {
    const file = await this.reads.ofOwnFile(request, principal, caseId, 'own-file');
    const language = languageOf(request.headers['accept-language']);
    response.header('Content-Language', language);
    return myFileView(file, language, dutchDateOf(this.clock()));
  }

  @Get(':caseId/access-log')
  @ApiOkResponse({ type: MyAccessLogAnswer })
  @ApiOperation({
    summary:
      'Who looked at the own file: when, organisation, role, what and on what ground, in plain words; names as the organisation shows them (FAMILY_ACCESS_LOG_NAMES). Logged.',
  })
  async accessLogOf(
    @Param('caseId') caseId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpResponse,
  ): Promise<MyAccessLogView> {
    const file = await this.reads.ofOwnFile(request, principal, caseId, 'own-access-log');
    const language = languageOf(request.headers['accept-language']);
    response.header('Content-Language', language);
    const lines = await this.accessLog.find({ caseId: file.caseId, limit: 1_000 });
    return myAccessLogView(lines, file.reader, principal.id, this.names, language);
  }
}

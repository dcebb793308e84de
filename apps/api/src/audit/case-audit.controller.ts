import { Controller, Get, Inject, Param, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Problems } from '../http/problem-responses';
import { CaseExportAnswer, DecisionContextAnswer, HistoryAnswer, IntegrityAnswer, ReplayAnswer } from './audit.response.dto';
import type { EventStore } from '@casus/event-store';
import {
  buildCaseExport,
  ChainVerifier,
  checkStreamAgainstAnchors,
  decisionContext,
  findDecision,
  historyEntryOf,
  placementStreamId,
  readPlacementStreams,
  readWholeStream,
  replayCase,
} from '@casus/audit';
import { CurrentPrincipal } from '../auth/auth.guard';
import { DATABASE_POOL, type Principal } from '@casus/runtime';
import { EVENT_STORE } from '../event-store/event-store.module';
import { InvalidRequest } from '../http/validation';
import type { Pool } from 'pg';
import { NOTARY_KEY, type NotaryPublicKey } from './audit-tokens';
import { CaseReads } from './case-reads';
import type { HttpRequest } from '../http/http-types';
import { optionalCount, optionalMoment } from './query-parsing';
import { refusals } from './refusals';

const DEFAULT_HISTORY_PAGE = 100;

/** Read-only views of one case's log for its readers and auditors; every call is in the access log. */
@ApiTags('audit')
@ApiBearerAuth()
@Problems()
@Controller('cases/:caseId')
export class CaseAuditController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE_POOL) private readonly db: Pool,
    @Inject(NOTARY_KEY) private readonly notaryKey: NotaryPublicKey | undefined,
    private readonly reads: CaseReads,
  ) {}

  @Get('history')
  @ApiOkResponse({ type: HistoryAnswer })
  @ApiOperation({ summary: 'Every event of the case with its metadata, paged by revision (?after=<revision>&limit=)' })
  async history(
    @Param('caseId') caseId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: HttpRequest,
    @Query('after') after?: string,
    @Query('limit') limit?: string,
  ): Promise<HistoryAnswer> {
    const loaded = await this.reads.ofCase(request, principal, caseId, 'history');
    const from = (optionalCount('after', after) ?? -1) + 1;
    const size = optionalCount('limit', limit, { min: 1, max: 1_000 }) ?? DEFAULT_HISTORY_PAGE;
    const page = loaded.events.slice(from, from + size);
    const last = page.at(-1);
    const more = last !== undefined && last.revision < loaded.events.length - 1;
    return {
      caseId: loaded.caseId,
      streamId: loaded.streamId,
      total: loaded.events.length,
      items: page.map(historyEntryOf),
      next: more ? { after: last.revision } : null,
    };
  }

  @Get('state')
  @ApiOkResponse({ type: ReplayAnswer })
  @ApiOperation({ summary: 'The case rebuilt from the log as of a moment (?asOf=) or a revision (?atRevision=), with its deadlines then' })
  async state(
    @Param('caseId') caseId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: HttpRequest,
    @Query('asOf') asOf?: string,
    @Query('atRevision') atRevision?: string,
  ): Promise<ReplayAnswer> {
    const loaded = await this.reads.ofCase(request, principal, caseId, 'replay');
    const moment = optionalMoment('asOf', asOf);
    const revision = optionalCount('atRevision', atRevision);
    if (moment && revision !== undefined) {
      throw new InvalidRequest([{ field: 'asOf', messages: ['give asOf or atRevision, not both'] }]);
    }
    // The wall clock, not the process's: asOf is compared with the times the store recorded, which are wall-clock.
    const point = revision !== undefined ? { atRevision: revision } : { asOf: moment ?? new Date() };
    const placementEvents = await readPlacementStreams(this.store, loaded.events);
    return { caseId: loaded.caseId, ...replayCase(loaded.events, point, placementEvents) };
  }

  @Get('decisions/:eventId/context')
  @ApiOkResponse({ type: DecisionContextAnswer })
  @ApiOperation({ summary: 'For a placement or return decision: the case just before it and the inputs it rested on' })
  async decisionContext(
    @Param('caseId') caseId: string,
    @Param('eventId') eventId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: HttpRequest,
  ): Promise<DecisionContextAnswer> {
    const loaded = await this.reads.ofCase(request, principal, caseId, 'decision-context');
    const lookup = findDecision(loaded.events, eventId);
    if (!lookup.found) {
      const event = loaded.events.find((e) => e.id === eventId);
      throw event ? refusals.notADecision(eventId, event.type) : refusals.noEvent(loaded.caseId, eventId);
    }
    const placementEvents = await readWholeStream(this.store, placementStreamId(lookup.placementId));
    return { caseId: loaded.caseId, ...decisionContext(loaded.events, lookup.decision, placementEvents) };
  }

  @Get('integrity')
  @ApiOkResponse({ type: IntegrityAnswer })
  @ApiOperation({
    summary:
      "Walks the case's hash chain, reports the first broken link, and checks the stream against the newest signed anchor that saw it",
  })
  async integrity(
    @Param('caseId') caseId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: HttpRequest,
  ): Promise<IntegrityAnswer> {
    const loaded = await this.reads.ofCaseAsStoredNow(request, principal, caseId, 'integrity');
    const verifier = new ChainVerifier();
    // Over the stored form: the chain is over sealed personal data, so an erasure leaves it intact.
    verifier.add(loaded.stored);
    const { events, breaks } = verifier.report();
    const last = loaded.stored.at(-1);
    // A chain can be intact and still cut short or chained anew: only the anchor tells. A former reader's part
    // ends before the newest anchor's head, which it may not learn: its chain is checked, not the anchor.
    const notaryKey = this.notaryKey?.();
    const anchored =
      notaryKey && loaded.wholeStream
        ? await checkStreamAgainstAnchors(this.db, loaded.streamId, loaded.stored, notaryKey)
        : { anchor: null, problem: null };
    return {
      caseId: loaded.caseId,
      streamId: loaded.streamId,
      events,
      intact: breaks.length === 0 && anchored.problem === null,
      head: last ? { revision: last.revision, hash: last.hash } : null,
      firstBreak: breaks[0] ?? null,
      anchor: anchored.anchor,
      anchorProblem: anchored.problem,
    };
  }

  @Get('export')
  @ApiOkResponse({ type: CaseExportAnswer })
  @ApiOperation({ summary: 'A self-contained export of the case (events and hash chain) that `casus verify --file` checks offline' })
  async export(
    @Param('caseId') caseId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: HttpRequest,
  ): Promise<CaseExportAnswer> {
    const loaded = await this.reads.ofCaseToCopy(request, principal, caseId, 'export');
    // When the export was made is a record beside the events' recorded times: the wall clock, as they are.
    return buildCaseExport(loaded.caseId, loaded.streamId, loaded.stored, loaded.events, new Date(), principal.id);
  }
}

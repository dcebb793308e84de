import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { openSteps, stepsOutsideCase, type OpenStep } from '@casus/domain';
import { CLOCK, type Clock, type Principal } from '@casus/runtime';
import { refusalText } from '@casus/wording';
import { CaseReads } from '../../audit/case-reads';
import { CurrentPrincipal } from '../../auth/auth.guard';
import type { HttpRequest, HttpResponse } from '../../http/http-types';
import { IdParam } from '../../http/id-param';
import { Problems } from '../../http/problem-responses';
import { languageOf } from '../../http/refusal-codes';
import { CaseStepRoutes } from '../shared/case-step-routes';
import { CaseStepsResponse, ClosedStepView, OpenStepView, StepsResponse } from './steps.response.dto';

/** The steps this person may take now, as the domain answers them: the app shows them, it never decides them. */
@ApiTags('cases')
@ApiBearerAuth()
@Problems()
@Controller()
export class StepsHttpController {
  constructor(
    private readonly reads: CaseReads,
    private readonly routes: CaseStepRoutes,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('cases/:caseId/steps')
  @ApiOperation({
    summary: 'Every step on the case: open with its route, or closed with the refusal it would meet now. Logged in the access log.',
  })
  @ApiOkResponse({ type: CaseStepsResponse })
  async caseSteps(
    @IdParam('caseId') caseId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpResponse,
  ): Promise<CaseStepsResponse> {
    const read = await this.reads.ofCaseAsItStands(request, principal, caseId, 'steps');
    const steps = openSteps(actorOf(principal), read.current, this.clock());
    return { caseId: read.caseId, revision: read.throughRevision, steps: this.inWords(steps, request, response) };
  }

  @Get('steps')
  @ApiOperation({ summary: 'The steps outside any case (registering a signal): open with its route, or closed with the refusal' })
  @ApiOkResponse({ type: StepsResponse })
  steps(
    @CurrentPrincipal() principal: Principal,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpResponse,
  ): StepsResponse {
    return { steps: this.inWords(stepsOutsideCase(actorOf(principal), this.clock()), request, response) };
  }

  private inWords(steps: readonly OpenStep[], request: HttpRequest, response: HttpResponse): (OpenStepView | ClosedStepView)[] {
    const language = languageOf(request.headers['accept-language']);
    response.header('Content-Language', language);
    return steps.map((step) => {
      const about = step.placementId ? { placementId: step.placementId } : {};
      if (step.open) return { type: step.type, open: true, ...this.routes.routeOf(step.type), ...about };
      return { type: step.type, open: false, code: step.code, text: refusalText(step.code, language, step.params), ...about };
    });
  }
}

const actorOf = ({ id, role, team, organisation }: Principal) => ({ id, role, team, organisation });

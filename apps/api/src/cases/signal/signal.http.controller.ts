import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import type { WorkingCalendar } from '@casus/domain';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { CaseStep, StepRefusals, TakesStep } from '../shared/case-step.decorators';
import { CaseStepResponse } from '../shared/case-step.dto';
import { CaseSteps, StepContext } from '../shared/case-steps';
import type { CaseStepContext } from '../shared/execute-case-command';
import { WORKING_CALENDAR } from '../shared/case-step.tokens';
import { AssignCaseLeadRequest, RecordNewSignalRequest, RegisterSignalRequest } from './signal.request.dto';
import { IdParam } from '../../http/id-param';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class SignalHttpController {
  constructor(
    private readonly steps: CaseSteps,
    @Inject(WORKING_CALENDAR) private readonly calendar: WorkingCalendar,
  ) {}

  @Post()
  @TakesStep('RegisterSignal')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Register a signal (melding), by a wijkteam or Veilig Thuis: opens a case; leave caseId out and Casus chooses it (the answer carries it)',
  })
  @ApiCreatedResponse({ type: CaseStepResponse })
  @StepRefusals()
  registerSignal(@Body() body: RegisterSignalRequest, @StepContext() context: CaseStepContext) {
    const { caseId = randomUUID(), ...signal } = body;
    // The deployment's days off come in as a fact, so the decider counts working days with them.
    const withCalendar = { ...signal, calendar: this.calendar };
    // A new case has no revision yet: a retry with the same caseId meets CASE.ID_UNAVAILABLE.
    return this.steps.run('RegisterSignal', caseId, withCalendar, { ...context, expectedRevision: undefined });
  }

  @CaseStep(
    'RecordNewSignal',
    'record-new-signal',
    'Record a new signal (melding) on an open case: its own safety assessment is due as the first one was',
  )
  recordNewSignal(@IdParam('caseId') caseId: string, @Body() body: RecordNewSignalRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('RecordNewSignal', caseId, { ...body, calendar: this.calendar }, context);
  }

  @CaseStep('AssignCaseLead', 'assign-case-lead', 'Assign the case lead (regiehouder)')
  assignCaseLead(@IdParam('caseId') caseId: string, @Body() body: AssignCaseLeadRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('AssignCaseLead', caseId, body, context);
  }
}

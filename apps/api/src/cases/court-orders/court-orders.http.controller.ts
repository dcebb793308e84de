import { Body, Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CaseStep } from '../shared/case-step.decorators';
import { CaseSteps, StepContext } from '../shared/case-steps';
import type { CaseStepContext } from '../shared/execute-case-command';
import { RecordRaadAdviceRequest } from './raad-advice.request.dto';
import { LodgeAppealRequest, RecordAppealOutcomeRequest } from './appeals.request.dto';
import { EndCourtOrderRequest, RecordCourtOrderRequest } from './court-orders.request.dto';
import { GiveWrittenInstructionRequest, RecordInstructionFollowUpRequest } from './written-instructions.request.dto';
import { IdParam } from '../../http/id-param';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CourtOrdersHttpController {
  constructor(private readonly steps: CaseSteps) {}

  @CaseStep(
    'RecordCourtOrder',
    'record-court-order',
    'Record a court order (OTS, voorlopige OTS, machtiging uithuisplaatsing, spoedmachtiging)',
  )
  recordCourtOrder(@IdParam('caseId') caseId: string, @Body() body: RecordCourtOrderRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('RecordCourtOrder', caseId, body, context);
  }

  @CaseStep(
    'EndCourtOrder',
    'end-court-order',
    'Record that the court lifted, revoked or ended a court order before its term, with its decision',
  )
  endCourtOrder(@IdParam('caseId') caseId: string, @Body() body: EndCourtOrderRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('EndCourtOrder', caseId, body, context);
  }

  @CaseStep('LodgeAppeal', 'lodge-appeal', 'Record an appeal (hoger beroep) lodged against a court order; the order holds meanwhile')
  lodgeAppeal(@IdParam('caseId') caseId: string, @Body() body: LodgeAppealRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('LodgeAppeal', caseId, body, context);
  }

  @CaseStep('RecordRaadAdvice', 'record-raad-advice', "Record the Raad voor de Kinderbescherming's advice on a request to extend an OTS")
  recordRaadAdvice(@IdParam('caseId') caseId: string, @Body() body: RecordRaadAdviceRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('RecordRaadAdvice', caseId, body, context);
  }

  @CaseStep(
    'RecordAppealOutcome',
    'record-appeal-outcome',
    'Record the court of appeal’s decision: the order upheld, overturned or shortened',
  )
  recordAppealOutcome(
    @IdParam('caseId') caseId: string,
    @Body() body: RecordAppealOutcomeRequest,
    @StepContext() context: CaseStepContext,
  ) {
    return this.steps.run('RecordAppealOutcome', caseId, body, context);
  }

  @CaseStep(
    'GiveWrittenInstruction',
    'give-written-instruction',
    'The charged GI gives a written instruction (schriftelijke aanwijzing) under an OTS, with a term',
  )
  giveWrittenInstruction(
    @IdParam('caseId') caseId: string,
    @Body() body: GiveWrittenInstructionRequest,
    @StepContext() context: CaseStepContext,
  ) {
    return this.steps.run('GiveWrittenInstruction', caseId, body, context);
  }

  @CaseStep(
    'RecordInstructionFollowUp',
    'record-instruction-follow-up',
    'Record whether a written instruction was followed, or declared void by the court',
  )
  recordInstructionFollowUp(
    @IdParam('caseId') caseId: string,
    @Body() body: RecordInstructionFollowUpRequest,
    @StepContext() context: CaseStepContext,
  ) {
    return this.steps.run('RecordInstructionFollowUp', caseId, body, context);
  }
}

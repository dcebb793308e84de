import { Body, Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CaseStep } from '../shared/case-step.decorators';
import { CaseSteps, StepContext } from '../shared/case-steps';
import type { CaseStepContext } from '../shared/execute-case-command';
import { RecordConsentRequest, RecordFamilyMemberRequest, WithdrawConsentRequest } from './family.request.dto';
import { IdParam } from '../../http/id-param';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class FamilyHttpController {
  constructor(private readonly steps: CaseSteps) {}

  @CaseStep('record-family-member', 'Record a parent, caregiver or sibling')
  recordFamilyMember(
    @IdParam('caseId') caseId: string,
    @Body() body: RecordFamilyMemberRequest,
    @StepContext() context: CaseStepContext,
  ) {
    return this.steps.run('RecordFamilyMember', caseId, body, context);
  }

  @CaseStep('record-consent', "Record a family member's consent")
  recordConsent(
    @IdParam('caseId') caseId: string,
    @Body() body: RecordConsentRequest,
    @StepContext() context: CaseStepContext,
  ) {
    return this.steps.run('RecordConsent', caseId, body, context);
  }

  @CaseStep('withdraw-consent', 'Record that a consent was withdrawn')
  withdrawConsent(
    @IdParam('caseId') caseId: string,
    @Body() body: WithdrawConsentRequest,
    @StepContext() context: CaseStepContext,
  ) {
    return this.steps.run('WithdrawConsent', caseId, body, context);
  }
}

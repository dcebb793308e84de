import { Body, Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CaseStep } from '../shared/case-step.decorators';
import { CaseSteps, StepContext } from '../shared/case-steps';
import type { CaseStepContext } from '../shared/execute-case-command';
import {
  ChangeParentalAuthorityRequest,
  RecordConsentRequest,
  RecordFamilyMemberRequest,
  WithdrawConsentRequest,
} from './family.request.dto';
import { IdParam } from '../../http/id-param';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class FamilyHttpController {
  constructor(private readonly steps: CaseSteps) {}

  @CaseStep(
    'RecordFamilyMember',
    'record-family-member',
    'Record a parent, caregiver or sibling, once (a change of authority is its own step)',
  )
  recordFamilyMember(@IdParam('caseId') caseId: string, @Body() body: RecordFamilyMemberRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('RecordFamilyMember', caseId, body, context);
  }

  @CaseStep(
    'ChangeParentalAuthority',
    'change-parental-authority',
    "Change a family member's parental authority (gezag); withdraws the consents that rested on the authority lost",
  )
  changeParentalAuthority(
    @IdParam('caseId') caseId: string,
    @Body() body: ChangeParentalAuthorityRequest,
    @StepContext() context: CaseStepContext,
  ) {
    return this.steps.run('ChangeParentalAuthority', caseId, body, context);
  }

  @CaseStep(
    'RecordConsent',
    'record-consent',
    "Record a consent: a family member's, the child's own (from 12) or the guardian's under voogdij",
  )
  recordConsent(@IdParam('caseId') caseId: string, @Body() body: RecordConsentRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('RecordConsent', caseId, body, context);
  }

  @CaseStep('WithdrawConsent', 'withdraw-consent', 'Record that a consent was withdrawn')
  withdrawConsent(@IdParam('caseId') caseId: string, @Body() body: WithdrawConsentRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('WithdrawConsent', caseId, body, context);
  }
}

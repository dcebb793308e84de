import { Body, Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CaseStep } from '../shared/case-step.decorators';
import { CaseSteps, StepContext } from '../shared/case-steps';
import type { CaseStepContext } from '../shared/execute-case-command';
import { IdParam } from '../../http/id-param';
import {
  EndFamilyAccountLinkRequest,
  EndWithholdingRequest,
  LinkFamilyAccountRequest,
  MarkNotForParentsRequest,
  WithholdFromFamilyRequest,
} from './family-file.request.dto';

/** The case team's steps on who is who, and on what the family does not see of its own file (issue 18). */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class FamilyFileHttpController {
  constructor(private readonly steps: CaseSteps) {}

  @CaseStep(
    'LinkFamilyAccount',
    'link-family-account',
    "Link a family user's account to their person on the case: a child or a family member",
  )
  linkFamilyAccount(@IdParam('caseId') caseId: string, @Body() body: LinkFamilyAccountRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('LinkFamilyAccount', caseId, body, context);
  }

  @CaseStep(
    'EndFamilyAccountLink',
    'end-family-account-link',
    'End the link of a family account; from then on it reads nothing of the case',
  )
  endFamilyAccountLink(
    @IdParam('caseId') caseId: string,
    @Body() body: EndFamilyAccountLinkRequest,
    @StepContext() context: CaseStepContext,
  ) {
    return this.steps.run('EndFamilyAccountLink', caseId, body, context);
  }

  @CaseStep(
    'WithholdFromFamily',
    'withhold-from-family',
    "Withhold a step's content from the family, for another's privacy or the child's interest; the family sees that and why",
  )
  withholdFromFamily(@IdParam('caseId') caseId: string, @Body() body: WithholdFromFamilyRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('WithholdFromFamily', caseId, body, context);
  }

  @CaseStep('EndWithholding', 'end-withholding', 'End a withholding: the family sees the part again')
  endWithholding(@IdParam('caseId') caseId: string, @Body() body: EndWithholdingRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('EndWithholding', caseId, body, context);
  }

  @CaseStep('MarkNotForParents', 'mark-not-for-parents', 'Mark a step as never for the parents: their view carries no trace of it')
  markNotForParents(@IdParam('caseId') caseId: string, @Body() body: MarkNotForParentsRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('MarkNotForParents', caseId, body, context);
  }
}

import { Body, Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../http/id-param';
import { CaseStep } from '../shared/case-step.decorators';
import { CaseSteps, StepContext } from '../shared/case-steps';
import type { CaseStepContext } from '../shared/execute-case-command';
import { DecideCorrectionRequest, DecideDestructionRequest, HandleComplaintRequest } from './family-voice.request.dto';

/** The case's answers to the family's requests (the family asks under /my-file/{caseId}/...). */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class FamilyVoiceHttpController {
  constructor(private readonly steps: CaseSteps) {}

  @CaseStep(
    'DecideCorrection',
    'decide-correction',
    "Decide on a family member's request to correct a factual error: corrected (a new event; the step stays as it was) or refused, with a reason",
  )
  decideCorrection(@IdParam('caseId') caseId: string, @Body() body: DecideCorrectionRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('DecideCorrection', caseId, body, context);
  }

  @CaseStep(
    'DecideDestruction',
    'decide-destruction',
    'Decide on a request to destroy the file (Jeugdwet art. 7.3.9): destroy it at once (a closed case, no court order in force), or refuse on an exception of the law',
  )
  decideDestruction(@IdParam('caseId') caseId: string, @Body() body: DecideDestructionRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('DecideDestruction', caseId, body, context);
  }

  @CaseStep('HandleComplaint', 'handle-complaint', "Handle a family member's complaint: upheld, partly upheld or not upheld, with a reason")
  handleComplaint(@IdParam('caseId') caseId: string, @Body() body: HandleComplaintRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('HandleComplaint', caseId, body, context);
  }
}

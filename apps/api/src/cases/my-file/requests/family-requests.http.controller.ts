import { applyDecorators, Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CaseCommandType } from '@casus/domain';
import { IdParam } from '../../../http/id-param';
import { refusals } from '../../../audit/refusals';
import { StepRefusals, TakesStep } from '../../shared/case-step.decorators';
import { CaseStepResponse } from '../../shared/case-step.dto';
import { CaseSteps, StepContext } from '../../shared/case-steps';
import { COMPLAINT_TERM_WEEKS } from '../../shared/case-step.tokens';
import type { CaseStepContext } from '../../shared/execute-case-command';
import {
  AddOwnStatementRequest,
  FileComplaintRequest,
  RequestCorrectionRequest,
  RequestDestructionRequest,
} from './family-requests.request.dto';

/** `POST /my-file/{caseId}/<what>`: a step the family takes itself, 201 with the case's new revision. */
const FamilyStep = (type: CaseCommandType, path: string, summary: string) =>
  applyDecorators(
    TakesStep(type),
    Post(`:caseId/${path}`),
    HttpCode(201),
    ApiOperation({ summary: `${summary} (role family: a linked child or parent of the case)` }),
    ApiCreatedResponse({ type: CaseStepResponse }),
    StepRefusals(),
  );

/** The family's own voice in their file: what they add and ask for themselves; the case answers under /cases/{caseId}. */
@ApiTags('my-file')
@ApiBearerAuth()
@Controller('my-file')
export class FamilyRequestsHttpController {
  constructor(
    private readonly steps: CaseSteps,
    @Inject(COMPLAINT_TERM_WEEKS) private readonly complaintTermWeeks: number,
  ) {}

  @FamilyStep(
    'AddOwnStatement',
    'statements',
    'Add an own statement (eigen verklaring) to the file, or to one step of it; needs the right to inspect the file',
  )
  addOwnStatement(@IdParam('caseId') caseId: string, @Body() body: AddOwnStatementRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('AddOwnStatement', caseId, body, familyOnly(context));
  }

  @FamilyStep(
    'RequestCorrection',
    'correction-requests',
    'Ask for the correction of a factual error in one step of the file; the case team decides, with a reason',
  )
  requestCorrection(@IdParam('caseId') caseId: string, @Body() body: RequestCorrectionRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('RequestCorrection', caseId, body, familyOnly(context));
  }

  @FamilyStep(
    'RequestDestruction',
    'destruction-requests',
    'Ask for the destruction of the file: decided within 3 months; not for a child under 12',
  )
  requestDestruction(@IdParam('caseId') caseId: string, @Body() body: RequestDestructionRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('RequestDestruction', caseId, body, familyOnly(context));
  }

  @FamilyStep(
    'FileComplaint',
    'complaints',
    "File a complaint: handled within the complaints scheme's term (COMPLAINT_TERM_WEEKS, default 6)",
  )
  fileComplaint(@IdParam('caseId') caseId: string, @Body() body: FileComplaintRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('FileComplaint', caseId, { ...body, complaintTermWeeks: this.complaintTermWeeks }, familyOnly(context));
  }
}

/** Before the case is read: a professional takes no step here, whatever case it names. */
function familyOnly(context: CaseStepContext): CaseStepContext {
  const { role } = context.principal;
  if (role !== 'family') throw refusals.familyOnly(role);
  return context;
}

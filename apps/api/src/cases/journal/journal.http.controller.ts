import { Body, Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../http/id-param';
import { CaseStep } from '../shared/case-step.decorators';
import { CaseSteps, StepContext } from '../shared/case-steps';
import type { CaseStepContext } from '../shared/execute-case-command';
import { CancelTaskRequest, CompleteTaskRequest, GiveTaskRequest, RecordCaseNoteRequest } from './journal.request.dto';

/** The work between the steps: notes of contacts, and tasks and appointments for who works on the case. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class JournalHttpController {
  constructor(private readonly steps: CaseSteps) {}

  @CaseStep(
    'RecordCaseNote',
    'record-case-note',
    'Record a dated case note (journaal): who was present, what was agreed; or correct an earlier one',
  )
  recordCaseNote(@IdParam('caseId') caseId: string, @Body() body: RecordCaseNoteRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('RecordCaseNote', caseId, body, context);
  }

  @CaseStep(
    'GiveTask',
    'give-task',
    'Give a task or appointment to a team that writes to the case, or one of its professionals, with its due day',
  )
  giveTask(@IdParam('caseId') caseId: string, @Body() body: GiveTaskRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('GiveTask', caseId, body, context);
  }

  @CaseStep('CompleteTask', 'complete-task', 'Record a task or appointment as done')
  completeTask(@IdParam('caseId') caseId: string, @Body() body: CompleteTaskRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('CompleteTask', caseId, body, context);
  }

  @CaseStep('CancelTask', 'cancel-task', 'Cancel a task or appointment, with the reason')
  cancelTask(@IdParam('caseId') caseId: string, @Body() body: CancelTaskRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('CancelTask', caseId, body, context);
  }
}

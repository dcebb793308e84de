import {
  CASE_NOTE_KINDS,
  TASK_ASSIGNEE_KINDS,
  TASK_KINDS,
  type CaseNoteKind,
  type NotePresence,
  type NoteProfessional,
  type OwnWords,
  type TaskAssignee,
  type TaskKind,
} from '@casus/domain';
import { DateField, EnumField, NestedField, TextField, TextListField, TimestampField, UuidField, UuidListField } from '../../http/fields';
import { CaseStepRequest, type CaseStepData } from '../shared/case-step.dto';

export class NoteProfessionalRequest implements NoteProfessional {
  @TextField({ max: 200 })
  name!: string;

  @TextField({ max: 200 })
  organisation!: string;
}

export class NotePresenceRequest implements NotePresence {
  @UuidListField({ description: 'The children of the case who were there' })
  childIds!: string[];

  @UuidListField({ description: 'The family members of the case who were there' })
  familyMemberIds!: string[];

  @NestedField(() => NoteProfessionalRequest, { array: true, description: 'The professionals who were there' })
  professionals!: NoteProfessionalRequest[];
}

export class OwnWordsRequest implements OwnWords {
  @UuidField({ description: 'A child or family member named as present' })
  personId!: string;

  @TextField({ max: 10_000, description: 'What they said, in their own words (personal data: sealed, erased with them)' })
  words!: string;
}

export class NoteCorrectionRequest {
  @UuidField({ description: 'The latest version of the note this one corrects' })
  noteId!: string;

  @TextField({ max: 2_000 })
  reason!: string;
}

export class RecordCaseNoteRequest extends CaseStepRequest implements CaseStepData<'RecordCaseNote'> {
  @UuidField()
  noteId!: string;

  @EnumField(CASE_NOTE_KINDS)
  kind!: CaseNoteKind;

  @DateField({ description: 'The day of the contact or work the note is about' })
  on!: string;

  @NestedField(() => NotePresenceRequest)
  present!: NotePresenceRequest;

  @TextField({ max: 20_000, description: "What happened, in the professional's words" })
  text!: string;

  @TextListField({ description: 'What was agreed, one agreement each' })
  agreed!: string[];

  @NestedField(() => OwnWordsRequest, { array: true, optional: true })
  ownWords?: OwnWordsRequest[];

  @NestedField(() => NoteCorrectionRequest, { optional: true, description: 'Makes this note a correction of an earlier one' })
  corrects?: NoteCorrectionRequest;
}

export class TaskAssigneeRequest implements TaskAssignee {
  @EnumField(TASK_ASSIGNEE_KINDS, { description: 'team: the case team or the joined Jeugdlink team; gi: the charged GI' })
  kind!: TaskAssignee['kind'];

  @TextField({ max: 200, description: 'The team, or for a GI its organisation, as the case knows it' })
  name!: string;

  @UuidField({ optional: true, description: 'One professional of it' })
  professionalId?: string;
}

export class GiveTaskRequest extends CaseStepRequest implements CaseStepData<'GiveTask'> {
  @UuidField()
  taskId!: string;

  @EnumField(TASK_KINDS)
  kind!: TaskKind;

  @TextField({ max: 4_000 })
  description!: string;

  @NestedField(() => TaskAssigneeRequest)
  assignee!: TaskAssigneeRequest;

  @DateField({ description: 'The last day of a task, the day of an appointment' })
  dueOn!: string;

  @TimestampField({ optional: true, description: "An appointment's moment (required for one), on its day in the Netherlands" })
  at?: string;
}

export class CompleteTaskRequest extends CaseStepRequest implements CaseStepData<'CompleteTask'> {
  @UuidField()
  taskId!: string;

  @DateField()
  doneOn!: string;
}

export class CancelTaskRequest extends CaseStepRequest implements CaseStepData<'CancelTask'> {
  @UuidField()
  taskId!: string;

  @TextField({ max: 2_000 })
  reason!: string;
}

import { DEADLINE_KINDS } from '@casus/domain';
import type { ProjectionStatus } from '@casus/projections';
import {
  CountAnswer,
  DayAnswer,
  EnumAnswer,
  FlagAnswer,
  IdAnswer,
  MomentAnswer,
  NestedAnswer,
  NumberAnswer,
  RecordAnswer,
  TextAnswer,
} from '../http/answer-fields';

// The builders of these answers are typed by these classes, so a field added to an answer does not compile until it is documented.

class PageAnswer {
  @CountAnswer()
  page!: number;

  @CountAnswer()
  pageSize!: number;

  @CountAnswer({ description: 'Items matching the filters, on every page' })
  total!: number;
}

class CaseLeadAnswer {
  @IdAnswer()
  id!: string;

  @TextAnswer({ nullable: true })
  name!: string | null;

  @TextAnswer()
  team!: string;
}

class JeugdlinkAtAGlance {
  @TextAnswer({ nullable: true })
  team!: string | null;

  @EnumAnswer(['requested', 'joined', 'ended'])
  status!: string;
}

class ChildAtAGlance {
  @IdAnswer()
  childId!: string;

  @CountAnswer({ description: 'Age in years today' })
  age!: number;
}

class CourtOrderAtAGlance {
  @IdAnswer()
  courtOrderId!: string;

  @TextAnswer()
  kind!: string;

  @IdAnswer()
  childId!: string;

  @DayAnswer()
  validFrom!: string;

  @DayAnswer()
  validUntil!: string;
}

class LastStep {
  @TextAnswer()
  type!: string;

  @TextAnswer({ description: 'The step in plain words' })
  summary!: string;

  @MomentAnswer()
  at!: string;
}

class NextDeadlineAnswer {
  @EnumAnswer(DEADLINE_KINDS)
  kind!: string;

  @DayAnswer()
  dueOn!: string;

  @TextAnswer()
  description!: string;

  @FlagAnswer()
  overdue!: boolean;
}

export class CaseListItemAnswer {
  @IdAnswer()
  caseId!: string;

  @CountAnswer()
  revision!: number;

  @TextAnswer({ description: 'open or closed' })
  status!: string;

  @TextAnswer()
  phase!: string;

  @TextAnswer()
  municipality!: string;

  @TextAnswer()
  team!: string;

  @TextAnswer()
  urgency!: string;

  @MomentAnswer()
  openedAt!: string;

  @NestedAnswer(() => CaseLeadAnswer, { nullable: true })
  lead!: CaseLeadAnswer | null;

  @NestedAnswer(() => JeugdlinkAtAGlance, { nullable: true })
  jeugdlink!: JeugdlinkAtAGlance | null;

  @NestedAnswer(() => ChildAtAGlance, { array: true })
  children!: readonly ChildAtAGlance[];

  @NestedAnswer(() => CourtOrderAtAGlance, { array: true })
  activeCourtOrders!: readonly CourtOrderAtAGlance[];

  @RecordAnswer({ nullable: true, description: 'The placement running now: its id, status, place and start' })
  activePlacement!: Record<string, unknown> | null;

  @NestedAnswer(() => LastStep)
  lastStep!: LastStep;

  @NestedAnswer(() => NextDeadlineAnswer, { nullable: true })
  nextDeadline!: NextDeadlineAnswer | null;

  @CountAnswer()
  overdueDeadlines!: number;
}

export class CaseListAnswer extends PageAnswer {
  @NestedAnswer(() => CaseListItemAnswer, { array: true })
  items!: readonly CaseListItemAnswer[];
}

/** Null on steps recorded before the timeline kept who took them. */
class StepActor {
  @TextAnswer({ nullable: true })
  id!: string | null;

  @TextAnswer({ nullable: true })
  role!: string | null;

  @TextAnswer({ nullable: true })
  team!: string | null;

  @TextAnswer({ nullable: true })
  organisation!: string | null;
}

export class TimelineStepAnswer {
  @IdAnswer()
  eventId!: string;

  @CountAnswer()
  revision!: number;

  @TextAnswer({ description: 'The event type, e.g. SignalRegistered' })
  type!: string;

  @MomentAnswer()
  at!: string;

  @TextAnswer({ description: 'The step in plain words, never personal data' })
  summary!: string;

  @NestedAnswer(() => StepActor)
  by!: StepActor;

  @TextAnswer({ nullable: true, description: 'The reason given for the step, where it needs one' })
  why!: string | null;
}

export class TimelineAnswer {
  @IdAnswer()
  caseId!: string;

  @NestedAnswer(() => TimelineStepAnswer, { array: true })
  steps!: readonly TimelineStepAnswer[];
}

class ClosingStep {
  @IdAnswer()
  eventId!: string;

  @TextAnswer({ nullable: true })
  type!: string | null;

  @MomentAnswer()
  at!: string;
}

export class DeadlineAnswer {
  @TextAnswer({ description: 'Stable per deadline: its kind and what it belongs to' })
  deadlineId!: string;

  @IdAnswer()
  caseId!: string;

  @TextAnswer()
  team!: string;

  @EnumAnswer(DEADLINE_KINDS)
  kind!: string;

  @TextAnswer()
  description!: string;

  @IdAnswer({ nullable: true })
  childId!: string | null;

  @IdAnswer({ nullable: true })
  placementId!: string | null;

  @DayAnswer()
  dueOn!: string;

  @MomentAnswer({ nullable: true, description: 'The moment, for deadlines counted in hours' })
  dueAt!: string | null;

  @EnumAnswer(['open', 'met', 'cancelled', 'overdue'])
  status!: string;

  @DayAnswer({ nullable: true, description: 'From when the list warns of it (court order expiry, coming of age)' })
  warningFrom!: string | null;

  @FlagAnswer()
  inWarningPeriod!: boolean;

  @IdAnswer({ description: 'The event that opened the deadline' })
  openedBy!: string;

  @NestedAnswer(() => ClosingStep, { nullable: true })
  closedBy!: ClosingStep | null;
}

export class DeadlineListAnswer extends PageAnswer {
  @NestedAnswer(() => DeadlineAnswer, { array: true })
  items!: readonly DeadlineAnswer[];
}

export class TeamWorkloadAnswer {
  @TextAnswer()
  team!: string;

  @CountAnswer()
  openCases!: number;

  @CountAnswer()
  activePlacements!: number;

  @CountAnswer()
  overdueDeadlines!: number;

  @CountAnswer()
  openTasks!: number;

  @CountAnswer()
  overdueTasks!: number;
}

export class WorkloadAnswer {
  @NestedAnswer(() => TeamWorkloadAnswer, { array: true })
  teams!: readonly TeamWorkloadAnswer[];
}

export class ProjectionStatusAnswer implements ProjectionStatus {
  @TextAnswer()
  name!: string;

  @CountAnswer()
  version!: number;

  @CountAnswer({ nullable: true })
  builtWithVersion!: number | null;

  @EnumAnswer(['standby', 'catching-up', 'live', 'stopped', 'failed', 'never-ran'])
  state!: ProjectionStatus['state'];

  @TextAnswer({ nullable: true })
  error!: string | null;

  @TextAnswer({ nullable: true })
  worker!: string | null;

  @TextAnswer({ nullable: true })
  position!: string | null;

  @CountAnswer()
  eventsBehind!: number;

  @NumberAnswer()
  msBehind!: number;

  @MomentAnswer({ nullable: true })
  updatedAt!: string | null;
}

export class ProjectionsAnswer {
  @NestedAnswer(() => ProjectionStatusAnswer, { array: true })
  projections!: readonly ProjectionStatusAnswer[];
}

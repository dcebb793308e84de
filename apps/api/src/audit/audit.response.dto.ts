import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import type { AccessLogLine, CaseExport, DecisionContext, HistoryActor, HistoryEntry, ReplayedCase, RetentionDue } from '@casus/audit';
import type { CaseState, NoCase } from '@casus/domain';
import { CaseAnswer } from '../cases/read/case.response.dto';
import {
  CountAnswer,
  DayAnswer,
  EnumAnswer,
  FlagAnswer,
  IdAnswer,
  MomentAnswer,
  NestedAnswer,
  PositionAnswer,
  RecordAnswer,
  RecordListAnswer,
  TextAnswer,
  TextListAnswer,
} from '../http/answer-fields';

// Each answer implements the audit library's type, so a field added there does not compile until it is documented here.

class NoCaseAnswer implements NoCase {
  @EnumAnswer(['none'], { description: 'Nothing was recorded up to that point' })
  status!: 'none';
}

/** The case as it stood: no case yet, or the case as GET /cases/{caseId} shows it. */
const CaseStateAnswer = (description: string) =>
  ApiProperty({ description, oneOf: [{ $ref: getSchemaPath(CaseAnswer) }, { $ref: getSchemaPath(NoCaseAnswer) }] });

class HistoryActorAnswer implements HistoryActor {
  @TextAnswer({ nullable: true })
  id!: string | null;

  @TextAnswer({ nullable: true })
  name!: string | null;

  @TextAnswer({ nullable: true })
  role!: string | null;

  @TextAnswer({ nullable: true })
  team!: string | null;

  @TextAnswer({ nullable: true })
  organisation!: string | null;
}

export class HistoryEntryAnswer implements HistoryEntry {
  @IdAnswer()
  eventId!: string;

  @TextAnswer()
  type!: string;

  @CountAnswer()
  revision!: number;

  @PositionAnswer()
  position!: string;

  @MomentAnswer()
  recordedAt!: string;

  @NestedAnswer(() => HistoryActorAnswer)
  actor!: HistoryActorAnswer;

  @TextAnswer({ nullable: true })
  reason!: string | null;

  @TextAnswer({ nullable: true })
  correlationId!: string | null;

  @TextAnswer({ nullable: true })
  causationId!: string | null;

  @CountAnswer()
  schemaVersion!: number;

  @RecordAnswer({ description: "The event's data as stored" })
  data!: HistoryEntry['data'];

  @TextAnswer()
  hash!: string;

  @TextAnswer()
  previousHash!: string;
}

class NextHistoryPage {
  @CountAnswer({ description: 'Pass as ?after= for the next page' })
  after!: number;
}

export class HistoryAnswer {
  @IdAnswer()
  caseId!: string;

  @TextAnswer()
  streamId!: string;

  @CountAnswer()
  total!: number;

  @NestedAnswer(() => HistoryEntryAnswer, { array: true })
  items!: readonly HistoryEntryAnswer[];

  @NestedAnswer(() => NextHistoryPage, { nullable: true })
  next!: NextHistoryPage | null;
}

class DeadlineAsOfAnswer {
  @TextAnswer()
  kind!: string;

  @TextAnswer({ description: 'The placement, court order or later signal it belongs to; the case itself for the first ones' })
  subjectId!: string;

  @DayAnswer()
  dueOn!: string;

  @EnumAnswer(['open', 'met', 'met-late', 'overdue', 'cancelled'])
  status!: string;

  @DayAnswer({ optional: true })
  warnFrom?: string;
}

@ApiExtraModels(CaseAnswer, NoCaseAnswer)
export class ReplayAnswer implements ReplayedCase {
  @IdAnswer()
  caseId!: string;

  @CaseStateAnswer('The case rebuilt from the log up to the point asked')
  state!: CaseState;

  @CountAnswer({ description: 'Revision of the last event folded in; -1 when none was' })
  revision!: number;

  @MomentAnswer({ nullable: true })
  asOf!: string | null;

  @NestedAnswer(() => DeadlineAsOfAnswer, { array: true })
  deadlines!: ReplayedCase['deadlines'];
}

@ApiExtraModels(CaseAnswer, NoCaseAnswer)
export class DecisionContextAnswer implements DecisionContext {
  @IdAnswer()
  caseId!: string;

  @NestedAnswer(() => HistoryEntryAnswer)
  decision!: HistoryEntryAnswer;

  @CaseStateAnswer('The case just before the decision was recorded: what the professionals had on file')
  stateBefore!: CaseState;

  @NestedAnswer(() => DeadlineAsOfAnswer, { array: true })
  deadlinesBefore!: DecisionContext['deadlinesBefore'];

  @NestedAnswer(() => HistoryEntryAnswer, { array: true, description: 'What the decision rested on, recorded before it' })
  inputs!: readonly HistoryEntryAnswer[];
}

class ChainHead {
  @CountAnswer()
  revision!: number;

  @TextAnswer()
  hash!: string;
}

export class IntegrityAnswer {
  @IdAnswer()
  caseId!: string;

  @TextAnswer()
  streamId!: string;

  @CountAnswer({ description: 'Events checked' })
  events!: number;

  @FlagAnswer()
  intact!: boolean;

  @NestedAnswer(() => ChainHead, { nullable: true })
  head!: ChainHead | null;

  @RecordAnswer({ nullable: true, description: 'The first broken link: its revision and the hashes expected and found' })
  firstBreak!: object | null;

  @RecordAnswer({ nullable: true, description: 'The newest signed anchor that saw the stream: seq, at, revision, hash' })
  anchor!: object | null;

  @TextAnswer({ nullable: true, description: 'What the anchor finds wrong: the stream cut short or chained anew' })
  anchorProblem!: string | null;
}

export class CaseExportAnswer implements CaseExport {
  @EnumAnswer(['casus.case-export'])
  format!: CaseExport['format'];

  @CountAnswer()
  version!: number;

  @IdAnswer()
  caseId!: string;

  @TextAnswer()
  streamId!: string;

  @MomentAnswer()
  exportedAt!: string;

  @TextAnswer({ nullable: true })
  exportedBy!: string | null;

  @TextAnswer({ description: 'How each hash is computed, to check the export without Casus' })
  hashChain!: string;

  @NestedAnswer(() => ChainHead)
  head!: ChainHead;

  @RecordListAnswer({
    description: 'Each event as stored (id, streamId, revision, position, recordedAt, type, data, metadata, hashes) and as people read it',
  })
  events!: CaseExport['events'];
}

export class AccessLogLineAnswer implements AccessLogLine {
  @TextAnswer()
  id!: string;

  @MomentAnswer()
  occurredAt!: string;

  @TextAnswer()
  userId!: string;

  @TextAnswer({ nullable: true })
  userName!: string | null;

  @TextAnswer()
  role!: string;

  @TextAnswer()
  organisation!: string;

  @TextAnswer({ nullable: true })
  team!: string | null;

  @TextAnswer({ nullable: true, description: 'Whom the user acted for, when not themselves (NEN 7513 "namens")' })
  onBehalfOf!: string | null;

  @IdAnswer({ nullable: true })
  caseId!: string | null;

  @TextAnswer({ description: 'The endpoint or command, e.g. GET /cases/:id/history' })
  action!: string;

  @TextAnswer({ description: 'Which data: state, timeline, history, replay, export, integrity, access-log, ...' })
  dataAccessed!: string;

  @TextAnswer()
  ground!: string;

  @FlagAnswer()
  emergencyOverride!: boolean;

  @TextAnswer({ nullable: true })
  ip!: string | null;

  @TextAnswer({ nullable: true })
  correlationId!: string | null;
}

class NextAccessLogPage {
  @TextAnswer({ description: 'Pass as ?after= for the next page' })
  after!: string;
}

export class AccessLogAnswer {
  @NestedAnswer(() => AccessLogLineAnswer, { array: true })
  items!: readonly AccessLogLineAnswer[];

  @NestedAnswer(() => NextAccessLogPage, { nullable: true })
  next!: NextAccessLogPage | null;
}

class RetentionDueAnswer implements RetentionDue {
  @IdAnswer()
  caseId!: string;

  @TextListAnswer({ description: 'The kinds of record the file holds' })
  kinds!: RetentionDue['kinds'];

  @TextAnswer({ description: 'The kind whose term ends last: the file is kept, and destroyed, as a whole' })
  decidingKind!: RetentionDue['decidingKind'];

  @CountAnswer()
  termYears!: number;

  @TextAnswer()
  from!: RetentionDue['from'];

  @DayAnswer()
  careEndedOn!: string;

  @DayAnswer()
  retainUntil!: string;

  @TextAnswer()
  source!: string;
}

export class RetentionDueListAnswer {
  @DayAnswer()
  asOf!: string;

  @RecordAnswer({ description: 'The retention term in years per kind of record (RETENTION_YEARS)' })
  retentionYears!: object;

  @NestedAnswer(() => RetentionDueAnswer, { array: true })
  items!: readonly RetentionDueAnswer[];
}

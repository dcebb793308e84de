import { CASE_PHASES, CASE_STATUSES, type Child, type ExistingCase } from '@casus/domain';
import {
  CountAnswer,
  DayAnswer,
  EnumAnswer,
  IdAnswer,
  NestedAnswer,
  PositionAnswer,
  RecordAnswer,
  RecordListAnswer,
  TextAnswer,
} from '../../http/answer-fields';
import { ConsentAnswer, CourtOrderAnswer, JeugdlinkAnswer } from './case-records.response.dto';
import type { CaseView } from './get-case.query';
import { PlacementAnswer } from './placement-record.response.dto';

class ChildAnswer implements Child {
  @IdAnswer()
  childId!: string;

  @DayAnswer()
  birthDate!: string;
}

class LeadAnswer implements NonNullable<ExistingCase['lead']> {
  @IdAnswer()
  leadId!: string;

  @TextAnswer()
  name!: string;
}

const FACTS = 'Each as the step that recorded it says (the fields of its event), with what later steps added';

/** The case as `evolve` builds it: implements ExistingCase, so a new field of the case does not compile until it is documented. */
export class CaseAnswer implements ExistingCase {
  @EnumAnswer(CASE_STATUSES)
  status!: ExistingCase['status'];

  @EnumAnswer(CASE_PHASES)
  phase!: ExistingCase['phase'];

  @IdAnswer()
  caseId!: string;

  @TextAnswer()
  municipality!: string;

  @TextAnswer({ nullable: true, description: 'CBS gemeentecode, e.g. GM0228' })
  municipalityCode!: string | null;

  @TextAnswer()
  team!: string;

  @TextAnswer()
  organisation!: string;

  @RecordAnswer({
    description: 'The signal that opened the case: source, urgency, concerns, receivedAt, description, safetyAssessmentDueOn',
  })
  signal!: ExistingCase['signal'];

  @RecordListAnswer({ description: 'Signals recorded after the one that opened the case' })
  newSignals!: ExistingCase['newSignals'];

  @RecordAnswer({ nullable: true, description: 'Set when Veilig Thuis registered the signal: its team, investigation and handover' })
  veiligThuis!: ExistingCase['veiligThuis'];

  @NestedAnswer(() => LeadAnswer, { nullable: true })
  lead!: ExistingCase['lead'];

  @NestedAnswer(() => ChildAnswer, { array: true })
  children!: ExistingCase['children'];

  @RecordListAnswer({ description: FACTS })
  familyMembers!: ExistingCase['familyMembers'];

  @NestedAnswer(() => ConsentAnswer, { array: true })
  consents!: ExistingCase['consents'];

  @RecordListAnswer({ description: FACTS })
  safetyAssessments!: ExistingCase['safetyAssessments'];

  @RecordListAnswer({ description: FACTS })
  safetyPlans!: ExistingCase['safetyPlans'];

  @NestedAnswer(() => JeugdlinkAnswer, { array: true })
  jeugdlink!: ExistingCase['jeugdlink'];

  @NestedAnswer(() => CourtOrderAnswer, { array: true })
  courtOrders!: ExistingCase['courtOrders'];

  @RecordListAnswer({ description: `${FACTS}; outcome when decided` })
  appeals!: ExistingCase['appeals'];

  @RecordListAnswer({ description: FACTS })
  raadAdvice!: ExistingCase['raadAdvice'];

  @RecordListAnswer({ description: `${FACTS}; followUp when followed up` })
  writtenInstructions!: ExistingCase['writtenInstructions'];

  @RecordListAnswer({ description: FACTS })
  networkFamilies!: ExistingCase['networkFamilies'];

  @NestedAnswer(() => PlacementAnswer, { array: true })
  placements!: ExistingCase['placements'];

  @RecordListAnswer({ description: 'Each note as it reads now, with the versions it corrected' })
  notes!: ExistingCase['notes'];

  @RecordListAnswer({ description: `${FACTS}; status open, done or cancelled` })
  tasks!: ExistingCase['tasks'];

  @RecordAnswer({ nullable: true, description: 'The help plan running now, or the last one that ended' })
  helpPlan!: ExistingCase['helpPlan'];

  @RecordListAnswer()
  earlierHelpPlans!: ExistingCase['earlierHelpPlans'];

  @RecordListAnswer({ description: FACTS })
  perspectiveDecisions!: ExistingCase['perspectiveDecisions'];

  @RecordListAnswer({ description: `${FACTS}; ended when ended` })
  aftercare!: ExistingCase['aftercare'];

  @RecordListAnswer({ description: 'Each closure: closedOn, reason, reopened' })
  closures!: ExistingCase['closures'];

  @DayAnswer({ optional: true, description: 'Set once the file is destroyed; nothing is decided on the case after it' })
  destroyedOn?: string;

  @RecordListAnswer({ description: FACTS })
  transfers!: ExistingCase['transfers'];

  @RecordListAnswer({ description: FACTS })
  giChanges!: ExistingCase['giChanges'];

  @RecordAnswer({
    description:
      "The family's own voice: statements, corrections, destructionRequests and complaints, each as its step says, with the case's answer (null until given)",
  })
  familyVoice!: ExistingCase['familyVoice'];
  @RecordListAnswer({ description: `Family accounts linked to their person on the case; ${FACTS}; ended when ended` })
  familyAccounts!: ExistingCase['familyAccounts'];

  @RecordListAnswer({ description: `Parts withheld from the family; ${FACTS}; ended when ended` })
  withholdings!: ExistingCase['withholdings'];

  @RecordListAnswer({ description: `Parts a parent never sees; ${FACTS}` })
  notForParents!: ExistingCase['notForParents'];

  @CountAnswer({ description: 'How many events the case holds: the number of the next one (revisions are 0-based)' })
  eventCount!: number;
}

export class CaseViewAnswer implements CaseView {
  @CountAnswer({ description: "The case stream's revision (0-based); also the ETag" })
  revision!: number;

  @PositionAnswer()
  position!: string;

  @NestedAnswer(() => CaseAnswer)
  case!: CaseAnswer;
}

import type { CaseEventType } from '@casus/domain';
import { caseIdFromStreamId } from '@casus/streams';
import type { PersonalField } from './personal-fields';

type Json = { [key: string]: unknown };
type Path = readonly (string | number)[];

const top =
  (...fields: string[]) =>
  (): Path[] =>
    fields.map((field) => [field]);
const none = () => [];
const indexes = (data: Json, list: string): number[] =>
  Array.isArray(data[list]) ? (data[list] as unknown[]).map((_, index) => index) : [];
const each = (list: string, field: string) => (data: Json) => indexes(data, list).map((index): Path => [list, index, field]);
const items = (list: string) => (data: Json) => indexes(data, list).map((index): Path => [list, index]);
// A child's and a parent's own words are theirs (personal-fields.ts); the others heard are the case's.
const othersHeard = (data: Json): Path[] =>
  indexes(data, 'views')
    .filter((index) => !['child', 'parent'].includes(((data.views as Json[])[index] as Json | undefined)?.participant as string))
    .map((index) => ['views', index, 'statement']);

/**
 * What professionals write about the family in their own words: free text that can name or describe
 * a family member. It stays readable to those who read the case, and is sealed under the case's own
 * key (key id = the case id), so destroying the file deletes it with the persons' keys. Only strings,
 * each on its own (a list keeps its length): ids, dates, kinds and names of professionals stay readable.
 */
const CASE_TEXT = {
  SignalRegistered: top('description'),
  NewSignalRecorded: top('description'),
  VeiligThuisInvestigationStarted: top('reason'),
  VeiligThuisInvestigationConcluded: top('findings'),
  CaseHandedOverToLocalTeam: top('summary'),
  CaseLeadAssigned: none,
  FamilyMemberRecorded: none,
  ParentalAuthorityChanged: top('reason'),
  ConsentRecorded: none,
  ConsentWithdrawn: top('reason'),
  SafetyAssessed: top('findings'),
  SafetyPlanAgreed: items('conditions'),
  JeugdlinkRequested: top('reason'),
  JeugdlinkJoined: top('purpose'),
  JeugdlinkInvolvementEnded: top('reason'),
  CourtOrderRecorded: none,
  CourtOrderEnded: top('decision'),
  AppealLodged: none,
  AppealDecided: top('decision'),
  RaadAdviceRecorded: top('advice'),
  WrittenInstructionGiven: top('instruction', 'reason'),
  InstructionFollowedUp: top('note'),
  // Its area is the family member's own (personal-fields.ts).
  NetworkFamilyProposed: none,
  PlacementRequested: (data) => [['needs', 'description'], ['siblingSeparationReason'], ...each('excludedAreas', 'reason')(data)],
  PlacementRequestWithdrawn: top('reason'),
  PlacementRematchRequested: () => [['needs', 'description'], ['reason']],
  PlacementDecided: (data) => [['reasons'], ...each('viewsHeard', 'view')(data)],
  PlacementViewRecorded: none,
  IntroductionPlanned: none,
  IntroductionHeld: none,
  PlacementStarted: none,
  PlacementPlanRecorded: top('justification'),
  ReturnHomePlanDrafted: (data) => [['support'], ...each('conditions', 'description')(data), ...each('conditions', 'responsible')(data)],
  ReturnConditionAssessed: top('evidence'),
  ReturnDecisionRecorded: (data) => [['rationale'], ['conditionsOverrideReason'], ...othersHeard(data)],
  ChildReturnedHome: top('aftercare'),
  PlacementEnded: top('explanation'),
  ChildLeftPlacement: top('explanation'),
  // The own words of those present are theirs (personal-fields.ts); the rest is the professional's.
  CaseNoteRecorded: (data) => [['text'], ...items('agreed')(data), ['corrects', 'reason']],
  TaskGiven: top('description'),
  TaskCompleted: none,
  TaskCancelled: top('reason'),
  // Ids, kinds and dates only.
  FosterChildContactRecorded: none,
  FosterCareChoiceRecorded: none,
  HelpPlanAgreed: (data) => [...each('goals', 'description')(data), ...each('services', 'description')(data)],
  HelpPlanRevised: (data) => [...each('goals', 'description')(data), ...each('services', 'description')(data), ['reason']],
  HelpPlanEvaluated: each('goals', 'note'),
  HelpPlanEnded: top('reason'),
  PerspectiveDecided: (data) => [['justification'], ['where'], ...othersHeard(data)],
  AftercareStarted: top('content'),
  AftercareEnded: top('howItWent'),
  CaseClosed: top('reason'),
  CaseReopened: top('reason'),
  PersonalDataErased: top('reason'),
  CaseFileDestroyed: none,
  // The warme overdracht's note: who received it is a professional, named.
  CaseTransferred: () => [['explanation'], ['handover', 'note']],
  ChargedGiChanged: () => [['explanation'], ['handover', 'note']],
  // What the family wrote is theirs (personal-fields.ts); the professional's answers are the case's.
  OwnStatementAdded: none,
  CorrectionRequested: none,
  CorrectionDecided: top('reason', 'correction'),
  DestructionRequested: none,
  DestructionRequestDecided: top('reason'),
  ComplaintFiled: none,
  ComplaintHandled: top('reason'),
  FamilyAccountLinked: none,
  FamilyAccountLinkEnded: top('reason'),
  PartWithheldFromFamily: top('reason'),
  WithholdingEnded: top('reason'),
  PartMarkedNotForParents: top('reason'),
} satisfies Record<CaseEventType, (data: Json) => Path[]>;

const valueAt = (data: unknown, path: Path): unknown =>
  path.reduce<unknown>((at, key) => (typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined), data);

/** The free-text fields of one event on a case stream, keyed by the case; none on other streams. */
export function caseTextFieldsOf(streamId: string, type: string, data: Json): PersonalField[] {
  const caseId = caseIdFromStreamId(streamId);
  const paths = caseId ? ((CASE_TEXT as Record<string, (data: Json) => Path[]>)[type]?.(data) ?? []) : [];
  return paths
    .filter((path) => typeof valueAt(data, path) === 'string' && valueAt(data, path) !== '')
    .map((path) => ({ path, person: caseId! }));
}

/** The command's stated reason in the metadata is free text of the same kind. */
export const caseReasonFieldOf = (streamId: string, metadata: Json): PersonalField[] => {
  const caseId = caseIdFromStreamId(streamId);
  return caseId && typeof metadata.reason === 'string' && metadata.reason !== '' ? [{ path: ['reason'], person: caseId }] : [];
};

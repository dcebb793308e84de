import { safetyAssessmentDueOn } from '../../deadlines/case-deadlines';
import { AssignCaseLead, RegisterSignal } from '../commands';
import { refuse } from '../errors';
import { requireMunicipalityCode } from '../municipality';
import { CaseLeadAssigned, SignalRegistered } from '../events';
import { CaseState, ExistingCase } from '../state';
import { Moment, requireNonEmpty, requireNotAfterToday, requireText } from './guards';
import { dutchDateOf, IsoTimestamp } from '../../shared/iso-date';
import { Uuid } from '../../shared/ids';

export function registerSignal({ data, actor }: RegisterSignal, state: CaseState, moment: Moment): [SignalRegistered] {
  // The same answer to everyone, the case's own team included: it says nothing of whose case it is or what it holds.
  if (state.status !== 'none')
    refuse('CASE.ID_UNAVAILABLE', `RegisterSignal: case id ${data.caseId} cannot be used; leave caseId out and Casus chooses one`);
  const receivedAt = requireConcern(
    data,
    data.children.map((child) => child.childId),
    moment,
  );
  requireText(data.municipality, 'the municipality');
  const municipalityCode = requireMunicipalityCode(data.municipality, data.municipalityCode);
  data.children.forEach((child) => requireNotAfterToday(child.birthDate, `birth date of child ${child.childId}`, moment));

  return [
    {
      type: 'SignalRegistered',
      data: {
        caseId: data.caseId,
        receivedAt,
        source: data.source,
        concerns: data.concerns,
        children: data.children,
        description: data.description,
        urgency: data.urgency,
        municipality: data.municipality,
        municipalityCode,
        team: actor.team,
        organisation: actor.organisation,
        safetyAssessmentDueOn: safetyAssessmentDueOn(receivedAt, data.urgency, data.calendar),
        ...(actor.role === 'veilig-thuis' ? { registeredBy: 'veilig-thuis' as const } : {}),
      },
    },
  ];
}

type Concern = Pick<RegisterSignal['data'], 'receivedAt' | 'description' | 'concerns'>;

/** What every signal needs, the first and each later one: when it came in (now when not given), what it is about, and which children. */
export function requireConcern(data: Concern, childIds: readonly Uuid[], moment: Moment): IsoTimestamp {
  const receivedAt = data.receivedAt ?? moment.now.toISOString();
  if (Number.isNaN(Date.parse(receivedAt))) refuse('INPUT.INVALID_DATE', `receivedAt is not a moment: "${receivedAt}"`);
  requireNotAfterToday(dutchDateOf(receivedAt), 'the date the signal was received', moment);
  requireText(data.description, 'a description of the concern');
  requireNonEmpty(data.concerns, 'concerns');
  if (childIds.length === 0) refuse('SIGNAL.NO_CHILDREN', 'a signal concerns at least one child');
  const duplicates = childIds.filter((id, index) => childIds.indexOf(id) !== index);
  if (duplicates.length > 0) refuse('SIGNAL.DUPLICATE_CHILD', `child listed twice: ${duplicates.join(', ')}`);
  return receivedAt;
}

export function assignCaseLead({ data }: AssignCaseLead, state: ExistingCase): [CaseLeadAssigned] {
  requireText(data.name, 'the name of the case lead');
  return [{ type: 'CaseLeadAssigned', data: { leadId: data.leadId, name: data.name, team: state.team } }];
}

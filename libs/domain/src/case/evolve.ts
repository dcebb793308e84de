import { Uuid } from '../shared/ids';
import { eraseFromCase } from './erasure';
import { withNote, withTask } from './journal-evolve';
import { CaseEvent } from './events';
import { evolveHelp } from './evolve-help';
import { evolveVoice, noVoiceYet } from './voice/voice-state';
import { evolveFamilyFile } from './family/evolve-family-file';
import { phaseOf } from './queries';
import { CaseState, ExistingCase, JeugdlinkInvolvement, PlacementRecord, VeiligThuisRecord } from './state';

export function evolve(state: CaseState, event: CaseEvent): CaseState {
  if (event.type === 'SignalRegistered') return opened(event.data);
  if (state.status === 'none') return state;
  const next = evolveCase(state, event);
  return { ...next, phase: phaseOf(next), eventCount: state.eventCount + 1 };
}

function opened(data: Extract<CaseEvent, { type: 'SignalRegistered' }>['data']): ExistingCase {
  const { caseId, children, municipality, municipalityCode, team, organisation, registeredBy, ...signal } = data;
  return {
    status: 'open',
    phase: 'safety-assessment',
    caseId,
    municipality,
    municipalityCode,
    team,
    organisation,
    signal,
    newSignals: [],
    veiligThuis: registeredBy === 'veilig-thuis' ? { team, organisation, investigation: null, handover: null } : null,
    lead: null,
    children,
    familyMembers: [],
    consents: [],
    safetyAssessments: [],
    safetyPlans: [],
    jeugdlink: [],
    courtOrders: [],
    appeals: [],
    raadAdvice: [],
    writtenInstructions: [],
    networkFamilies: [],
    placements: [],
    notes: [],
    tasks: [],
    helpPlan: null,
    earlierHelpPlans: [],
    perspectiveDecisions: [],
    aftercare: [],
    closures: [],
    transfers: [],
    giChanges: [],
    familyVoice: noVoiceYet(),
    familyAccounts: [],
    withholdings: [],
    notForParents: [],
    eventCount: 1,
  };
}

function evolveCase(state: ExistingCase, event: Exclude<CaseEvent, { type: 'SignalRegistered' }>): ExistingCase {
  switch (event.type) {
    case 'NewSignalRecorded':
      return { ...state, newSignals: [...state.newSignals, event.data] };
    case 'VeiligThuisInvestigationStarted':
      return withVeiligThuis(state, () => ({ investigation: { ...event.data, conclusion: null } }));
    case 'VeiligThuisInvestigationConcluded':
      return withVeiligThuis(state, ({ investigation }) => ({
        investigation: investigation && { ...investigation, conclusion: event.data },
      }));
    case 'CaseHandedOverToLocalTeam': {
      const { team, organisation } = event.data;
      // The local team leads from now on; the case lead was Veilig Thuis's and goes with it.
      return { ...withVeiligThuis(state, () => ({ handover: event.data })), team, organisation, lead: null };
    }
    case 'CaseLeadAssigned':
      return { ...state, lead: { leadId: event.data.leadId, name: event.data.name } };
    case 'FamilyMemberRecorded': {
      const others = state.familyMembers.filter((m) => m.familyMemberId !== event.data.familyMemberId);
      return { ...state, familyMembers: [...others, event.data] };
    }
    case 'ParentalAuthorityChanged': {
      const { familyMemberId, parentalAuthorityOver } = event.data;
      const familyMembers = state.familyMembers.map((m) => (m.familyMemberId === familyMemberId ? { ...m, parentalAuthorityOver } : m));
      return { ...state, familyMembers };
    }
    case 'ConsentRecorded':
      return { ...state, consents: [...state.consents, { ...event.data, withdrawn: null }] };
    case 'ConsentWithdrawn': {
      const { consentId, withdrawnOn, reason } = event.data;
      const consents = state.consents.map((c) => (c.consentId === consentId ? { ...c, withdrawn: { on: withdrawnOn, reason } } : c));
      return { ...state, consents };
    }
    case 'SafetyAssessed':
      return { ...state, safetyAssessments: [...state.safetyAssessments, event.data] };
    case 'SafetyPlanAgreed':
      return { ...state, safetyPlans: [...state.safetyPlans, event.data] };
    case 'JeugdlinkRequested': {
      const { reason, requestedOn, team } = event.data;
      const requested: JeugdlinkInvolvement = {
        status: 'requested',
        reason,
        requestedOn,
        team,
        members: [],
        purpose: null,
        joinedOn: null,
        ended: null,
      };
      return { ...state, jeugdlink: [...state.jeugdlink, requested] };
    }
    case 'JeugdlinkJoined': {
      const { team, members, purpose, joinedOn } = event.data;
      return withCurrentJeugdlink(state, { status: 'joined', team, members, purpose, joinedOn });
    }
    case 'JeugdlinkInvolvementEnded':
      return withCurrentJeugdlink(state, { status: 'ended', ended: { on: event.data.endedOn, reason: event.data.reason } });
    case 'CourtOrderRecorded':
      return { ...state, courtOrders: [...state.courtOrders, { ...event.data, ended: null }] };
    case 'CourtOrderEnded': {
      const { courtOrderId, childId: _child, ...ended } = event.data;
      const courtOrders = state.courtOrders.map((o) => (o.courtOrderId === courtOrderId ? { ...o, ended } : o));
      return { ...state, courtOrders };
    }
    case 'AppealLodged':
      return { ...state, appeals: [...state.appeals, { ...event.data, outcome: null }] };
    case 'AppealDecided': {
      const { appealId, courtOrderId: _order, ...outcome } = event.data;
      return { ...state, appeals: state.appeals.map((a) => (a.appealId === appealId ? { ...a, outcome } : a)) };
    }
    case 'RaadAdviceRecorded':
      return { ...state, raadAdvice: [...state.raadAdvice, event.data] };
    case 'WrittenInstructionGiven':
      return { ...state, writtenInstructions: [...state.writtenInstructions, { ...event.data, followUp: null }] };
    case 'InstructionFollowedUp': {
      const { instructionId, ...followUp } = event.data;
      const writtenInstructions = state.writtenInstructions.map((i) => (i.instructionId === instructionId ? { ...i, followUp } : i));
      return { ...state, writtenInstructions };
    }
    case 'NetworkFamilyProposed':
      return { ...state, networkFamilies: [...state.networkFamilies, event.data] };
    case 'PlacementRequested': {
      const placement: PlacementRecord = {
        ...event.data,
        status: 'requested',
        decision: null,
        views: [],
        introductions: [],
        startedOn: null,
        planOfActionDueOn: null,
        planOfAction: null,
        returnHomePlan: null,
        returnDecisions: [],
        returnedHome: null,
        ended: null,
        withdrawn: null,
        departures: [],
        placedChildren: [],
        contacts: [],
        fosterCareChoices: [],
      };
      return { ...state, placements: [...state.placements, placement] };
    }
    case 'PlacementRequestWithdrawn': {
      const { placementId, withdrawnOn: on, reason } = event.data;
      return withPlacement(state, placementId, () => ({ status: 'withdrawn', withdrawn: { on, reason } }));
    }
    case 'PlacementRematchRequested':
      return withPlacement(state, event.data.placementId, () => ({ needs: event.data.needs }));
    case 'PlacementDecided': {
      const { placementId, ...decision } = event.data;
      return withPlacement(state, placementId, () => ({ status: 'decided', decision }));
    }
    case 'PlacementViewRecorded': {
      const { placementId, ...view } = event.data;
      return withPlacement(state, placementId, (p) => ({ views: [...p.views, view] }));
    }
    case 'IntroductionPlanned': {
      const { placementId, ...introduction } = event.data;
      return withPlacement(state, placementId, (p) => ({ introductions: [...p.introductions, { ...introduction, heldOn: null }] }));
    }
    case 'IntroductionHeld': {
      const { placementId, introductionId, heldOn } = event.data;
      return withPlacement(state, placementId, (p) => ({
        introductions: p.introductions.map((i) => (i.introductionId === introductionId ? { ...i, heldOn } : i)),
      }));
    }
    case 'PlacementStarted': {
      const { placementId, startedOn, planOfActionDueOn, placedChildren = [] } = event.data;
      return withPlacement(state, placementId, () => ({ status: 'active', startedOn, planOfActionDueOn, placedChildren }));
    }
    case 'PlacementPlanRecorded': {
      const { placementId, ...planOfAction } = event.data;
      return withPlacement(state, placementId, () => ({ planOfAction }));
    }
    case 'ReturnHomePlanDrafted': {
      const { placementId, conditions, ...plan } = event.data;
      const unassessed = conditions.map((condition) => ({ ...condition, assessments: [] }));
      return withPlacement(state, placementId, () => ({ returnHomePlan: { ...plan, conditions: unassessed } }));
    }
    case 'ReturnConditionAssessed': {
      const { placementId, conditionId, ...assessment } = event.data;
      return withPlacement(state, placementId, ({ returnHomePlan }) => ({
        returnHomePlan: returnHomePlan && {
          ...returnHomePlan,
          conditions: returnHomePlan.conditions.map((c) =>
            c.conditionId === conditionId ? { ...c, assessments: [...c.assessments, assessment] } : c,
          ),
        },
      }));
    }
    case 'ReturnDecisionRecorded': {
      const { placementId, ...decision } = event.data;
      return withPlacement(state, placementId, (p) => ({ returnDecisions: [...p.returnDecisions, decision] }));
    }
    case 'ChildReturnedHome': {
      const { placementId, returnedOn, aftercare } = event.data;
      return withPlacement(state, placementId, () => ({ returnedHome: { on: returnedOn, aftercare } }));
    }
    case 'PlacementEnded': {
      const { placementId, childIds: _children, ...ended } = event.data;
      return withPlacement(state, placementId, () => ({ status: 'ended', ended }));
    }
    case 'ChildLeftPlacement': {
      const { placementId, childIds, leftOn: on, reason, explanation } = event.data;
      return withPlacement(state, placementId, (p) => ({
        childIds: p.childIds.filter((id) => !childIds.includes(id)),
        departures: [...p.departures, { childIds, on, reason, explanation }],
      }));
    }
    case 'CaseNoteRecorded':
      return { ...state, notes: withNote(state.notes, event.data) };
    case 'TaskGiven':
      return { ...state, tasks: [...state.tasks, { ...event.data, status: 'open', doneOn: null, cancelled: null }] };
    case 'TaskCompleted':
      return { ...state, tasks: withTask(state.tasks, event.data.taskId, { status: 'done', doneOn: event.data.doneOn }) };
    case 'TaskCancelled': {
      const cancelled = { on: event.data.cancelledOn, reason: event.data.reason };
      return { ...state, tasks: withTask(state.tasks, event.data.taskId, { status: 'cancelled', cancelled }) };
    }
    case 'FosterChildContactRecorded': {
      const { placementId, ...contact } = event.data;
      return withPlacement(state, placementId, (p) => ({ contacts: [...p.contacts, contact] }));
    }
    case 'FosterCareChoiceRecorded': {
      const { placementId, ...choice } = event.data;
      return withPlacement(state, placementId, (p) => ({ fosterCareChoices: [...p.fosterCareChoices, choice] }));
    }
    case 'HelpPlanAgreed':
    case 'HelpPlanRevised':
    case 'HelpPlanEvaluated':
    case 'HelpPlanEnded':
    case 'PerspectiveDecided':
    case 'AftercareStarted':
    case 'AftercareEnded':
      return evolveHelp(state, event);
    case 'CaseClosed': {
      const closure = { closedOn: event.data.closedOn, reason: event.data.reason, reopened: null };
      return { ...state, status: 'closed', closures: [...state.closures, closure] };
    }
    case 'CaseReopened': {
      const reopened = { on: event.data.reopenedOn, reason: event.data.reason };
      const closures = state.closures.map((c, i) => (i === state.closures.length - 1 ? { ...c, reopened } : c));
      return { ...state, status: 'open', closures };
    }
    case 'CaseTransferred': {
      const { toTeam: team, toOrganisation: organisation, municipality, municipalityCode } = event.data;
      // The lead was of the team that handed the case over: the receiving team assigns its own.
      return { ...state, team, organisation, municipality, municipalityCode, lead: null, transfers: [...state.transfers, event.data] };
    }
    case 'ChargedGiChanged': {
      const { courtOrderIds, toGiOrganisation: giOrganisation } = event.data;
      const courtOrders = state.courtOrders.map((o) => (courtOrderIds.includes(o.courtOrderId) ? { ...o, giOrganisation } : o));
      return { ...state, courtOrders, giChanges: [...state.giChanges, event.data] };
    }
    // Only the erased data changes; the case goes on as it was.
    case 'PersonalDataErased':
      return eraseFromCase(state, event.data.personId);
    case 'OwnStatementAdded':
    case 'CorrectionRequested':
    case 'CorrectionDecided':
    case 'DestructionRequested':
    case 'DestructionRequestDecided':
    case 'ComplaintFiled':
    case 'ComplaintHandled':
      return { ...state, familyVoice: evolveVoice(state.familyVoice, event) };
    case 'CaseFileDestroyed':
      return { ...state, destroyedOn: event.data.destroyedOn };
    case 'FamilyAccountLinked':
    case 'FamilyAccountLinkEnded':
    case 'PartWithheldFromFamily':
    case 'WithholdingEnded':
    case 'PartMarkedNotForParents':
      return evolveFamilyFile(state, event);
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

function withPlacement(
  state: ExistingCase,
  placementId: Uuid,
  update: (placement: PlacementRecord) => Partial<PlacementRecord>,
): ExistingCase {
  const placements = state.placements.map((p) => (p.placementId === placementId ? { ...p, ...update(p) } : p));
  return { ...state, placements };
}

function withVeiligThuis(state: ExistingCase, update: (record: VeiligThuisRecord) => Partial<VeiligThuisRecord>): ExistingCase {
  return state.veiligThuis ? { ...state, veiligThuis: { ...state.veiligThuis, ...update(state.veiligThuis) } } : state;
}

function withCurrentJeugdlink(state: ExistingCase, update: Partial<JeugdlinkInvolvement>): ExistingCase {
  const jeugdlink = state.jeugdlink.map((j, i) => (i === state.jeugdlink.length - 1 ? { ...j, ...update } : j));
  return { ...state, jeugdlink };
}

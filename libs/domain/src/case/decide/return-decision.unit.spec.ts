import { ParticipantView, ReturnDecisionOutcome } from '../values';
import { actors, command, ids } from '../testing/fixtures';
import { given } from '../testing/given-when-then';
import {
  childrenPlacedVoluntarily,
  conditionMet,
  machtigingForSanne,
  otsForSanne,
  parentsRecorded,
  placementDecided,
  placementRequested,
  placementStarted,
  returnHomePlanDrafted,
  signalRegistered,
} from '../testing/story';

const sanneHeard: ParticipantView = {
  participant: 'child',
  childId: ids.sanne,
  heard: true,
  statement: 'I miss my room but I am scared of dad',
  prefers: 'not-yet',
};
const daanNotHeard: ParticipantView = {
  participant: 'child',
  childId: ids.daan,
  heard: false,
  notHeardReason: 'Daan is 7 and was too upset to talk today',
};
const mother: ParticipantView = {
  participant: 'parent',
  familyMemberId: ids.mother,
  statement: 'We did everything asked; they belong home',
  prefers: 'return-home',
};
const father: ParticipantView = {
  participant: 'parent',
  familyMemberId: ids.father,
  statement: 'I finished the training',
  prefers: 'return-home',
};
const grandmother: ParticipantView = {
  participant: 'caregiver',
  name: 'Els Jansen',
  organisation: 'network foster family',
  statement: 'Sanne still has nightmares',
  prefers: 'not-yet',
};
const gi: ParticipantView = {
  participant: 'gi',
  name: 'P. de Boer',
  organisation: 'William Schrikker Stichting',
  statement: 'Safety at home not yet shown',
  prefers: 'not-yet',
};
const everyone = [sanneHeard, daanNotHeard, mother, father, grandmother];

const decideReturn = (
  views: readonly ParticipantView[],
  outcome: ReturnDecisionOutcome = { kind: 'not-yet', reviewOn: '2027-02-01' },
  conditionsOverrideReason?: string,
) =>
  command('RecordReturnDecision', {
    placementId: ids.placement,
    decisionId: ids.decision,
    decidedOn: '2026-11-23',
    outcome,
    views,
    rationale: 'Safety at home is improving but not yet shown for long enough',
    ...(conditionsOverrideReason ? { conditionsOverrideReason } : {}),
  });

const withPlan = [...childrenPlacedVoluntarily, returnHomePlanDrafted];

describe('the joint return decision', () => {
  it('records every view in their own words; dissent is preserved, not averaged away', () => {
    const { caseId: _, ...data } = decideReturn(everyone).data;
    given(withPlan)
      .when(decideReturn(everyone))
      .then([{ type: 'ReturnDecisionRecorded', data: { ...data, conditionsOverrideReason: null } }]);
  });

  it("is refused without the child's view", () => {
    given(withPlan)
      .when(decideReturn([daanNotHeard, mother, father]))
      .thenThrows('RETURN_DECISION.CHILD_NOT_HEARD');
  });

  it('is refused when a child was not heard and no reason is given', () => {
    given(withPlan)
      .when(decideReturn([sanneHeard, { ...daanNotHeard, notHeardReason: ' ' }, mother, father]))
      .thenThrows('RETURN_DECISION.CHILD_NOT_HEARD');
  });

  it('is refused without the view of every parent with authority', () => {
    const refusal = given(withPlan)
      .when(decideReturn([sanneHeard, daanNotHeard, mother]))
      .thenThrows('RETURN_DECISION.PARENT_VIEW_MISSING');
    expect(refusal.message).toContain('Mark de Vries');
  });

  it('is refused without the GI while a court order is active', () => {
    const underCourtOrder = [
      signalRegistered,
      ...parentsRecorded,
      otsForSanne,
      machtigingForSanne,
      placementRequested(ids.placement, [ids.sanne], 'court-order'),
      placementDecided(ids.placement),
      placementStarted(ids.placement),
    ];
    given(underCourtOrder)
      .when(decideReturn([sanneHeard, mother, father]))
      .thenThrows('RETURN_DECISION.GI_VIEW_MISSING');
    given(underCourtOrder)
      .when({ ...decideReturn([sanneHeard, mother, father, gi]), actor: actors.gi })
      .thenEmits([{ type: 'ReturnDecisionRecorded', data: { views: [sanneHeard, mother, father, gi] } }]);
  });

  it('is refused with a view of someone who is not part of the placement', () => {
    const stranger: ParticipantView = { ...sanneHeard, childId: ids.mother };
    given(withPlan)
      .when(decideReturn([...everyone, stranger]))
      .thenThrows('RETURN_DECISION.UNKNOWN_PARTICIPANT');
  });

  it('is refused with an empty statement', () => {
    given(withPlan)
      .when(decideReturn([{ ...sanneHeard, statement: '' }, daanNotHeard, mother, father]))
      .thenThrows('INPUT.MISSING');
  });

  it('"not yet" needs a new review date ahead', () => {
    given(withPlan)
      .when(decideReturn(everyone, { kind: 'not-yet', reviewOn: '2026-11-23' }))
      .thenThrows('RETURN_DECISION.REVIEW_DATE_NOT_AHEAD');
  });

  it('"no return" needs the long-term perspective elsewhere', () => {
    given(withPlan)
      .when(decideReturn(everyone, { kind: 'no-return', perspective: '' }))
      .thenThrows('INPUT.MISSING');
    const noReturn = { kind: 'no-return', perspective: 'Grow up with grandmother (perspectiefbesluit)' } as const;
    given(withPlan)
      .when(decideReturn(everyone, noReturn))
      .thenEmits([{ type: 'ReturnDecisionRecorded', data: { outcome: noReturn } }]);
  });

  describe('return home', () => {
    it('needs every condition assessed as met', () => {
      const refusal = given([...withPlan, conditionMet(ids.condition)])
        .when(decideReturn(everyone, { kind: 'return-home' }))
        .thenThrows('RETURN_DECISION.CONDITIONS_NOT_MET');
      expect(refusal.message).toContain('anger-management');
    });

    it('is decided when every condition is met', () => {
      given([...withPlan, conditionMet(ids.condition), conditionMet(ids.secondCondition)])
        .when(decideReturn(everyone, { kind: 'return-home' }))
        .thenEmits([{ type: 'ReturnDecisionRecorded', data: { outcome: { kind: 'return-home' }, conditionsOverrideReason: null } }]);
    });

    it('needs a return-home plan', () => {
      given(childrenPlacedVoluntarily)
        .when(decideReturn(everyone, { kind: 'return-home' }))
        .thenThrows('RETURN_DECISION.CONDITIONS_NOT_MET');
    });

    it('overrides unmet conditions only with an explicit reason', () => {
      const reason = 'Grandmother can no longer care; home is safer than a new move';
      given(withPlan)
        .when(decideReturn(everyone, { kind: 'return-home' }, reason))
        .thenEmits([{ type: 'ReturnDecisionRecorded', data: { outcome: { kind: 'return-home' }, conditionsOverrideReason: reason } }]);
    });
  });
});

import type { ExistingCase } from './state';
import { event, ids } from './testing/fixtures';
import { stateAfter } from './testing/given-when-then';
import {
  childrenPlacedVoluntarily,
  conditionMet,
  jeugdlinkJoined,
  jeugdlinkRequested,
  placementDecided,
  returnHomePlanDrafted,
  sanneConsented,
  signalRegistered,
  viewsHeardOnPlace,
} from './testing/story';

describe('the case as GET /cases/{id} shows it', () => {
  it('starts open, awaiting the safety assessment, with the team that registered it', () => {
    expect(stateAfter([signalRegistered])).toMatchObject({
      status: 'open',
      phase: 'safety-assessment',
      team: 'wijkteam-ede-noord',
      municipality: 'Ede',
      lead: null,
      signal: { urgency: 'regular', safetyAssessmentDueOn: '2026-11-09' },
      children: [{ childId: ids.sanne }, { childId: ids.daan }],
    });
  });

  it('shows the placement per child, with the plan of action due and consents as a history', () => {
    const state = stateAfter(childrenPlacedVoluntarily);
    expect(state).toMatchObject({
      phase: 'placement',
      placements: [
        {
          placementId: ids.placement,
          childIds: [ids.sanne, ids.daan],
          status: 'active',
          startedOn: '2026-11-21',
          planOfActionDueOn: '2026-12-21',
        },
      ],
      consents: [
        { givenBy: { giver: 'family-member', familyMemberId: ids.mother }, withdrawn: null },
        { givenBy: { giver: 'family-member', familyMemberId: ids.father }, withdrawn: null },
      ],
    });
  });

  it('keeps a withdrawn consent on record, as it was given, with its withdrawal beside it', () => {
    const withdrawn = event('ConsentWithdrawn', {
      consentId: ids.sanneConsent,
      withdrawnOn: '2026-11-22',
      reason: 'Sanne changed her mind',
    });
    const state = stateAfter([signalRegistered, sanneConsented, withdrawn]) as ExistingCase;
    expect(state.consents).toEqual([{ ...sanneConsented.data, withdrawn: { on: '2026-11-22', reason: 'Sanne changed her mind' } }]);
  });

  it('shows the return-home plan with each condition and its assessments', () => {
    const state = stateAfter([...childrenPlacedVoluntarily, returnHomePlanDrafted, conditionMet(ids.condition)]);
    expect(state).toMatchObject({
      phase: 'return-home',
      placements: [
        {
          returnHomePlan: {
            conditions: [
              { conditionId: ids.condition, assessments: [{ met: true }] },
              { conditionId: ids.secondCondition, assessments: [] },
            ],
          },
        },
      ],
    });
  });

  it('shows Jeugdlink with its team and members', () => {
    expect(stateAfter([signalRegistered, jeugdlinkRequested, jeugdlinkJoined])).toMatchObject({
      jeugdlink: [{ status: 'joined', team: 'jeugdlink-foodvalley', members: [{ name: 'Anouk Bakker' }] }],
    });
  });

  it('reads the erased person’s data as [erased] from the erasure on, and keeps everything else as it was', () => {
    const erased = {
      type: 'PersonalDataErased',
      data: { personId: ids.mother, reason: 'AVG art. 17 request', authorisedBy: 'Ilse Kok', erasedOn: '2026-11-23' },
    } as const;
    const before = stateAfter(childrenPlacedVoluntarily) as ExistingCase;
    const after = stateAfter([...childrenPlacedVoluntarily, erased]) as ExistingCase;
    const others = (state: ExistingCase) => state.familyMembers.filter((member) => member.familyMemberId !== ids.mother);
    expect(after.familyMembers.find((member) => member.familyMemberId === ids.mother)).toMatchObject({
      name: '[erased]',
      contact: '[erased]',
      relation: 'parent',
    });
    expect(others(after)).toEqual(others(before));
    // The erasure is an event of the case like any other: it is counted.
    expect(after.eventCount).toBe(before.eventCount + 1);
    expect({ ...after, familyMembers: [], eventCount: 0 }).toEqual({ ...before, familyMembers: [], eventCount: 0 });
  });

  it('erases a parent’s and a child’s own words in a return decision, and no one else’s', () => {
    const views = [
      { participant: 'child', childId: ids.sanne, heard: true, statement: 'Ik wil naar huis', prefers: 'return-home' },
      { participant: 'child', childId: ids.daan, heard: false, notHeardReason: 'Te jong om te vragen' },
      { participant: 'parent', familyMemberId: ids.mother, statement: 'Wij zijn er klaar voor', prefers: 'return-home' },
      { participant: 'parent', familyMemberId: ids.father, statement: 'Nog niet', prefers: 'not-yet' },
    ] as const;
    const decided = event('ReturnDecisionRecorded', {
      placementId: ids.placement,
      decisionId: ids.decision,
      decidedOn: '2026-11-23',
      outcome: { kind: 'not-yet', reviewOn: '2027-02-01' },
      views,
      rationale: 'The conditions are not yet met',
      conditionsOverrideReason: null,
    });
    const erasureOf = (personId: string) =>
      event('PersonalDataErased', { personId, reason: 'AVG art. 17 request', authorisedBy: 'Ilse Kok', erasedOn: '2026-11-23' });
    const state = stateAfter([
      ...childrenPlacedVoluntarily,
      decided,
      erasureOf(ids.mother),
      erasureOf(ids.sanne),
      erasureOf(ids.daan),
    ]) as ExistingCase;
    expect(state.placements[0].returnDecisions[0].views).toEqual([
      { ...views[0], statement: '[erased]' },
      { ...views[1], notHeardReason: '[erased]' },
      { ...views[2], statement: '[erased]' },
      views[3],
    ]);
  });

  it("erases a person's own words on a proposed place, where heard and in the decision, and only theirs", () => {
    const [sanneHeard, daanNotHeard, motherHeard, fatherHeard] = viewsHeardOnPlace(ids.placement).map((e) => e.data.view);
    const decided = placementDecided(ids.placement);
    const erasureOf = (personId: string) =>
      event('PersonalDataErased', { personId, reason: 'AVG art. 17 request', authorisedBy: 'Ilse Kok', erasedOn: '2026-11-23' });
    const state = stateAfter([
      ...childrenPlacedVoluntarily.slice(0, -2),
      ...viewsHeardOnPlace(ids.placement),
      { ...decided, data: { ...decided.data, views: [sanneHeard, daanNotHeard, motherHeard, fatherHeard] } },
      erasureOf(ids.mother),
      erasureOf(ids.sanne),
      erasureOf(ids.daan),
    ]) as ExistingCase;
    const erased = [
      { ...sanneHeard, statement: '[erased]' },
      { ...daanNotHeard, notHeardReason: '[erased]' },
      { ...motherHeard, statement: '[erased]' },
      fatherHeard,
    ];
    expect(state.placements[0].views.map((v) => v.view)).toEqual(erased);
    expect(state.placements[0].decision?.views).toEqual(erased);
  });

  it('is plain JSON', () => {
    const state = stateAfter([...childrenPlacedVoluntarily, returnHomePlanDrafted, conditionMet(ids.condition)]);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});

import { ids } from './testing/fixtures';
import { stateAfter } from './testing/given-when-then';
import { childrenPlacedVoluntarily, conditionMet, jeugdlinkJoined, jeugdlinkRequested, returnHomePlanDrafted, signalRegistered } from './testing/story';

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
      placements: [{ placementId: ids.placement, childIds: [ids.sanne, ids.daan], status: 'active', startedOn: '2026-11-21', planOfActionDueOn: '2026-12-21' }],
      consents: [{ familyMemberId: ids.mother, withdrawn: null }, { familyMemberId: ids.father, withdrawn: null }],
    });
  });

  it('shows the return-home plan with each condition and its assessments', () => {
    const state = stateAfter([...childrenPlacedVoluntarily, returnHomePlanDrafted, conditionMet(ids.condition)]);
    expect(state).toMatchObject({
      phase: 'return-home',
      placements: [{ returnHomePlan: { conditions: [{ conditionId: ids.condition, assessments: [{ met: true }] }, { conditionId: ids.secondCondition, assessments: [] }] } }],
    });
  });

  it('shows Jeugdlink with its team and members', () => {
    expect(stateAfter([signalRegistered, jeugdlinkRequested, jeugdlinkJoined])).toMatchObject({
      jeugdlink: [{ status: 'joined', team: 'jeugdlink-foodvalley', members: [{ name: 'Anouk Bakker' }] }],
    });
  });

  it('stays as it was when a family member’s personal data is erased: only the data reads [erased]', () => {
    const erased = { type: 'PersonalDataErased', data: { personId: ids.mother, reason: 'AVG art. 17 request', authorisedBy: 'Ilse Kok', erasedOn: '2026-11-23' } } as const;
    expect(stateAfter([...childrenPlacedVoluntarily, erased])).toEqual(stateAfter(childrenPlacedVoluntarily));
  });

  it('is plain JSON', () => {
    const state = stateAfter([...childrenPlacedVoluntarily, returnHomePlanDrafted, conditionMet(ids.condition)]);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});

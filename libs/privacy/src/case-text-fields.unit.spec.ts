import { caseReasonFieldOf, caseTextFieldsOf } from './case-text-fields';
import { personalFieldsOf } from './personal-fields';

const caseId = '00000000-0000-4000-8000-000000000001';
const stream = `case-${caseId}`;

describe("what professionals write about the family, sealed under the case's own key", () => {
  it('is the free text of a step, keyed by the case', () => {
    expect(caseTextFieldsOf(stream, 'SafetyAssessed', { outcome: 'unsafe', findings: 'Fatima drinks', assessedOn: '2026-11-20' })).toEqual([
      { path: ['findings'], person: caseId },
    ]);
    expect(caseTextFieldsOf(stream, 'CaseClosed', { reason: 'goals reached', closedOn: '2027-01-10' })).toEqual([
      { path: ['reason'], person: caseId },
    ]);
    expect(
      caseTextFieldsOf(stream, 'PlacementDecided', {
        reasons: 'near school',
        viewsHeard: [
          { participant: 'Sanne', view: 'I want my own school' },
          { participant: 'teacher', view: 'She is doing well' },
        ],
      }),
    ).toEqual([
      { path: ['reasons'], person: caseId },
      { path: ['viewsHeard', 0, 'view'], person: caseId },
      { path: ['viewsHeard', 1, 'view'], person: caseId },
    ]);
  });

  it('seals each text of a list on its own, so the list keeps its length', () => {
    expect(
      caseTextFieldsOf(stream, 'SafetyPlanAgreed', { conditions: ['Mark stays away', 'school daily'], reviewOn: '2027-01-01' }),
    ).toEqual([
      { path: ['conditions', 0], person: caseId },
      { path: ['conditions', 1], person: caseId },
    ]);
  });

  it("seals the words of the others heard in a return decision, and leaves the child's and the parent's to their own keys", () => {
    const views = [
      { participant: 'child', childId: caseId, heard: true, statement: 'I want to go home' },
      { participant: 'parent', familyMemberId: caseId, statement: 'We are ready' },
      { participant: 'caregiver', statement: 'Sanne sleeps badly' },
    ];
    expect(caseTextFieldsOf(stream, 'ReturnDecisionRecorded', { views, rationale: 'all met' })).toEqual([
      { path: ['rationale'], person: caseId },
      { path: ['views', 2, 'statement'], person: caseId },
    ]);
    const own = personalFieldsOf('ReturnDecisionRecorded', { views }).map((field) => field.path.join('.'));
    expect(own).toEqual(['views.0.statement', 'views.1.statement']);
  });

  it("leaves ids, dates, kinds and counted lists readable, and a family member's own data to their own key", () => {
    expect(caseTextFieldsOf(stream, 'CourtOrderRecorded', { kind: 'ots', caseNumber: 'C/05/123', court: 'Rechtbank Gelderland' })).toEqual(
      [],
    );
    expect(caseTextFieldsOf(stream, 'FamilyMemberRecorded', { name: 'Fatima de Vries' })).toEqual([]);
    expect(personalFieldsOf('FamilyMemberRecorded', { familyMemberId: caseId, name: 'Fatima de Vries' })).toHaveLength(1);
    // Absent or empty text is nothing to seal; a null reason stays null.
    expect(caseTextFieldsOf(stream, 'ReturnDecisionRecorded', { rationale: '', conditionsOverrideReason: null })).toEqual([]);
  });

  it('is sealed on case streams only, and the stated reason in the metadata with it', () => {
    expect(caseTextFieldsOf('placement-00000000-0000-4000-8000-000000000041', 'CaseClosed', { reason: 'x' })).toEqual([]);
    expect(caseReasonFieldOf(stream, { reason: 'the family moved' })).toEqual([{ path: ['reason'], person: caseId }]);
    expect(caseReasonFieldOf(stream, { actor: {} })).toEqual([]);
  });
});

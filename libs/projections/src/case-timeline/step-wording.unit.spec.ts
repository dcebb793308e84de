import { summaryOf } from './step-wording';

const recorded = (type: string, data: object) => ({ type, data: { ...data }, metadata: { schemaVersion: 1 } });

describe('the timeline’s words for family steps', () => {
  it('names no family member: read models hold no personal data, so an erasure needs no read-model work', () => {
    const line = summaryOf(
      recorded('FamilyMemberRecorded', {
        familyMemberId: '00000000-0000-4000-8000-000000000021',
        name: 'Fatima de Vries',
        relation: 'parent',
        parentalAuthorityOver: ['00000000-0000-4000-8000-000000000011'],
        contact: { phone: '06-12345678' },
      }),
    );
    expect(line).toBe('Family member recorded: parent, with parental authority');
  });

  it('gives the reason of an erasure', () => {
    const line = summaryOf(
      recorded('PersonalDataErased', {
        personId: '00000000-0000-4000-8000-000000000021',
        reason: 'AVG art. 17 request; file closed',
        authorisedBy: 'Ilse Kok',
        erasedOn: '2026-11-23',
      }),
    );
    expect(line).toBe('Personal data of a family member erased: AVG art. 17 request; file closed');
  });
});

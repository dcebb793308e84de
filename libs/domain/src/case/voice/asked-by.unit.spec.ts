import { event, ids } from '../testing/fixtures';
import { fatherRecorded, motherRecorded, signalRegistered } from '../testing/story';
import { caseAfter, complaintFiled, correctionRequested, destructionRequested, voiceIds } from '../testing/voice';
import { familyFileParts, FamilyReader } from '../family/family-file';
import { ownWordsIn } from '../family/own-words';
import { askedBy, requestAskedBy } from './asked-by';

const statementOfSanne = event('OwnStatementAdded', {
  statementId: voiceIds.statement,
  personId: ids.sanne,
  text: 'Ik wil papa zelf zien',
  aboutEventNumber: null,
  addedOn: '2026-11-21',
});
const complaintHandled = event('ComplaintHandled', {
  complaintId: voiceIds.complaint,
  outcome: 'upheld',
  reason: 'r',
  handledOn: '2026-11-22',
});
const events = [
  signalRegistered,
  motherRecorded,
  fatherRecorded,
  statementOfSanne,
  correctionRequested,
  destructionRequested,
  complaintFiled,
  complaintHandled,
];
const state = caseAfter(events);
const reader = (personId: string, as: 'child' | 'parent', childIds: string[]): FamilyReader => ({
  person: { personId, as },
  right: { right: 'file', childIds },
});

describe("the family's voice on the family's own file", () => {
  it('is whose request it is: the author of a statement, who asked, or who asked what an answer answers', () => {
    expect(events.map((e) => askedBy(e, state))).toEqual([
      undefined,
      undefined,
      undefined,
      ids.sanne,
      ids.mother,
      ids.sanne,
      ids.mother,
      ids.mother,
    ]);
    expect(requestAskedBy(state, voiceIds.destruction)).toBe(ids.sanne);
    expect(requestAskedBy(state, ids.ots)).toBeUndefined();
  });

  it('shows each statement and request, with its answer, to the one who made it only: a parent never reads a child’s statement', () => {
    const shownTo = (r: FamilyReader) => familyFileParts(events, state, r).shown;
    expect(shownTo(reader(ids.mother, 'parent', [ids.sanne, ids.daan]))).toEqual([0, 1, 2, 4, 6, 7]);
    expect(shownTo(reader(ids.sanne, 'child', [ids.sanne]))).toEqual([0, 1, 2, 3, 5]);
  });

  it('gives the reader their own words in it, and never another’s', () => {
    expect(ownWordsIn(statementOfSanne, ids.sanne)).toEqual([{ words: 'Ik wil papa zelf zien' }]);
    expect(ownWordsIn(statementOfSanne, ids.mother)).toEqual([]);
    expect(ownWordsIn(correctionRequested, ids.mother)).toEqual([
      { words: correctionRequested.data.what },
      { words: correctionRequested.data.proposed },
    ]);
    expect(ownWordsIn(complaintFiled, ids.sanne)).toEqual([]);
    expect(ownWordsIn(destructionRequested, ids.sanne)).toEqual([]);
  });
});

import { event, ids } from '../testing/fixtures';
import { motherRecorded, signalRegistered } from '../testing/story';
import { caseAfter, complaintFiled, correctionRequested, destructionRequested, voiceIds } from '../testing/voice';

const statementOf = (personId: string, statementId: string) =>
  event('OwnStatementAdded', { statementId, personId, text: 'Mijn eigen woorden', aboutEventNumber: null, addedOn: '2026-11-21' });
const erased = event('PersonalDataErased', {
  personId: ids.mother,
  reason: 'AVG art. 17',
  authorisedBy: 'Ilse Kok',
  erasedOn: '2026-11-23',
});

describe("the family's voice after an erasure", () => {
  it("reads [erased] for what the erased person wrote, and keeps the requests, their dates and the others' words", () => {
    const history = [
      signalRegistered,
      motherRecorded,
      statementOf(ids.mother, voiceIds.statement),
      statementOf(ids.sanne, ids.decision),
      correctionRequested,
      { ...destructionRequested, data: { ...destructionRequested.data, personId: ids.mother, reason: 'Opnieuw beginnen' } },
      complaintFiled,
    ];
    const { familyVoice } = caseAfter([...history, erased]);
    expect(familyVoice.statements.map((s) => [s.personId, s.text])).toEqual([
      [ids.mother, '[erased]'],
      [ids.sanne, 'Mijn eigen woorden'],
    ]);
    expect(familyVoice.corrections[0]).toMatchObject({
      what: '[erased]',
      proposed: '[erased]',
      aboutEventNumber: 2,
      requestedOn: '2026-11-20',
    });
    expect(familyVoice.destructionRequests[0]).toMatchObject({ reason: '[erased]', decideBy: '2027-02-20' });
    expect(familyVoice.complaints[0]).toMatchObject({ about: '[erased]', text: '[erased]', handleBy: '2027-01-01' });
  });
});

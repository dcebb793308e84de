import { eraseFromCase } from '../erasure';
import { ExistingCase } from '../state';
import { ERASED } from '../values';
import { actors, command, event, ids, uuid } from '../testing/fixtures';
import { given, stateAfter } from '../testing/given-when-then';
import { jeugdlinkEnded, jeugdlinkJoined, jeugdlinkRequested, otsForSanne, parentsRecorded, signalRegistered } from '../testing/story';

const [noteId, correctionId, secondCorrectionId] = [uuid(800), uuid(801), uuid(802)];
const motherSays = 'Het gaat beter sinds we hulp hebben';
const sanneSays = 'Ik slaap weer goed';

const note = (extra: object = {}, by = actors.caseTeam) =>
  command(
    'RecordCaseNote',
    {
      noteId,
      kind: 'home-visit',
      on: '2026-11-20',
      present: {
        childIds: [ids.sanne],
        familyMemberIds: [ids.mother],
        professionals: [{ name: 'Lotte Jansen', organisation: 'Gemeente Ede' }],
      },
      text: 'Calm at home; the children were at the table doing homework.',
      agreed: ['Mother calls the wijkteam when tension rises', 'Next visit in two weeks'],
      ownWords: [
        { personId: ids.mother, words: motherSays },
        { personId: ids.sanne, words: sanneSays },
      ],
      ...extra,
    },
    by,
  );

const recorded = (id: string, corrects: { noteId: string; reason: string } | null = null, text = 'Calm at home') =>
  event('CaseNoteRecorded', {
    noteId: id,
    kind: 'home-visit',
    on: '2026-11-20',
    present: { childIds: [ids.sanne], familyMemberIds: [ids.mother], professionals: [] },
    text,
    agreed: [],
    ownWords: [
      { personId: ids.mother, words: motherSays },
      { personId: ids.sanne, words: sanneSays },
    ],
    writtenBy: {
      professionalId: actors.caseTeam.id,
      role: 'wijkteam',
      team: actors.caseTeam.team,
      organisation: actors.caseTeam.organisation,
    },
    corrects,
  });

const onCase = [signalRegistered, ...parentsRecorded];
const existing = (events: Parameters<typeof stateAfter>[0]) => stateAfter(events) as ExistingCase;

describe('a case note (journaalnotitie)', () => {
  it('is dated, with its kind, who was present, what was agreed and the family’s own words, signed by its author', () => {
    given(onCase)
      .when(note())
      .thenEmits([
        {
          type: 'CaseNoteRecorded',
          data: {
            noteId,
            kind: 'home-visit',
            on: '2026-11-20',
            agreed: ['Mother calls the wijkteam when tension rises', 'Next visit in two weeks'],
            ownWords: [
              { personId: ids.mother, words: motherSays },
              { personId: ids.sanne, words: sanneSays },
            ],
            writtenBy: { professionalId: actors.caseTeam.id, role: 'wijkteam', team: 'wijkteam-ede-noord', organisation: 'Gemeente Ede' },
            corrects: null,
          },
        },
      ]);
  });

  it('is written by who writes to the case: the case team, the joined Jeugdlink team, the charged GI', () => {
    given([...onCase, jeugdlinkRequested, jeugdlinkJoined])
      .when(note({}, actors.jeugdlink))
      .thenEmits([{ type: 'CaseNoteRecorded', data: { writtenBy: expect.objectContaining({ role: 'jeugdlink' }) } }]);
    given([...onCase, otsForSanne])
      .when(note({}, actors.gi))
      .thenEmits([{ type: 'CaseNoteRecorded', data: { writtenBy: expect.objectContaining({ organisation: actors.gi.organisation }) } }]);
  });

  it('is not written by a Jeugdlink team whose involvement ended, nor by readers who never write, nor by outsiders', () => {
    given([...onCase, jeugdlinkRequested, jeugdlinkJoined, jeugdlinkEnded])
      .when(note({}, actors.jeugdlink))
      .thenThrows('ACCESS.JEUGDLINK_NOT_JOINED');
    for (const reader of [actors.auditor, actors.provider, actors.family]) {
      given(onCase)
        .when(note({}, reader))
        .thenThrows(reader === actors.auditor ? 'ACCESS.READ_ONLY_ROLE' : 'CASE.NOT_FOUND');
    }
    given(onCase).when(note({}, actors.otherWijkteam)).thenThrows('CASE.NOT_FOUND');
    given(onCase).when(note({}, actors.gi)).thenThrows('CASE.NOT_FOUND');
  });

  it('names the present children and family members of the case, and holds only the words of those present', () => {
    given(onCase)
      .when(note({ present: { childIds: [uuid(999)], familyMemberIds: [], professionals: [] }, ownWords: [] }))
      .thenThrows('CASE.UNKNOWN_CHILD');
    given(onCase)
      .when(note({ present: { childIds: [], familyMemberIds: [uuid(998)], professionals: [] }, ownWords: [] }))
      .thenThrows('CASE.UNKNOWN_FAMILY_MEMBER');
    const refusal = given(onCase)
      .when(note({ ownWords: [{ personId: ids.father, words: 'Ik was er niet' }] }))
      .thenThrows('NOTE.WORDS_OF_ABSENT');
    expect(refusal.message).toContain(ids.father);
  });

  it('is about a day that has been, with text, and is recorded once', () => {
    given(onCase)
      .when(note({ on: '2026-11-24' }))
      .thenThrows('INPUT.DATE_IN_FUTURE');
    given(onCase)
      .when(note({ text: ' ' }))
      .thenThrows('INPUT.MISSING');
    given([...onCase, recorded(noteId)])
      .when(note())
      .thenThrows('NOTE.ALREADY_RECORDED');
  });

  describe('a correction', () => {
    const correct = (id: string, of: string) => note({ noteId: id, corrects: { noteId: of, reason: 'The visit was on Friday' } });

    it('is a new note pointing at the old one; the case shows the latest version with its history', () => {
      given([...onCase, recorded(noteId)])
        .when(correct(correctionId, noteId))
        .thenEmits([{ type: 'CaseNoteRecorded', data: { noteId: correctionId, corrects: { noteId, reason: 'The visit was on Friday' } } }]);
      const state = existing([
        ...onCase,
        recorded(noteId),
        recorded(correctionId, { noteId, reason: 'Wrong day' }, 'Calm at home, on Friday'),
      ]);
      expect(state.notes).toHaveLength(1);
      expect(state.notes[0]).toMatchObject({ noteId: correctionId, text: 'Calm at home, on Friday', correctionReason: 'Wrong day' });
      expect(state.notes[0].earlierVersions).toEqual([expect.objectContaining({ noteId, text: 'Calm at home', correctionReason: null })]);
    });

    it('corrects the latest version only, with a reason, of a note on the case', () => {
      const corrected = [...onCase, recorded(noteId), recorded(correctionId, { noteId, reason: 'Wrong day' })];
      const refusal = given(corrected).when(correct(secondCorrectionId, noteId)).thenThrows('NOTE.ALREADY_CORRECTED');
      expect(refusal.message).toContain(correctionId);
      given(corrected)
        .when(correct(secondCorrectionId, correctionId))
        .thenEmits([{ type: 'CaseNoteRecorded', data: { corrects: { noteId: correctionId, reason: 'The visit was on Friday' } } }]);
      given(onCase).when(correct(correctionId, noteId)).thenThrows('NOTE.NOT_FOUND');
      given([...onCase, recorded(noteId)])
        .when(note({ noteId: correctionId, corrects: { noteId, reason: '' } }))
        .thenThrows('INPUT.MISSING');
      given(corrected).when(correct(noteId, correctionId)).thenThrows('NOTE.ALREADY_RECORDED');
    });
  });

  it('loses a person’s own words with their erasure, in every version, and keeps the others’', () => {
    const state = existing([...onCase, recorded(noteId), recorded(correctionId, { noteId, reason: 'Wrong day' })]);
    const erased = eraseFromCase(state, ids.mother);
    for (const version of [erased.notes[0], ...erased.notes[0].earlierVersions]) {
      expect(version.ownWords).toEqual([
        { personId: ids.mother, words: ERASED },
        { personId: ids.sanne, words: sanneSays },
      ]);
    }
    expect(JSON.stringify(erased)).not.toContain(motherSays);
  });
});

import { RecordCaseNote } from '../commands';
import { refuse } from '../errors';
import { CaseNoteRecorded } from '../events';
import { writtenBy } from '../journal';
import { ExistingCase } from '../state';
import { Moment, requireChildrenOfCase, requireFamilyMember, requireNotAfterToday, requireText } from './guards';

/**
 * A dated note (journaalnotitie) by a professional who writes to the case. A correction is a note of
 * its own that points at the latest version of the note it corrects: nothing is overwritten.
 */
export function recordCaseNote({ data, actor }: RecordCaseNote, state: ExistingCase, moment: Moment): [CaseNoteRecorded] {
  const versions = state.notes.flatMap((note) => [note, ...note.earlierVersions]);
  if (versions.some((note) => note.noteId === data.noteId)) {
    refuse('NOTE.ALREADY_RECORDED', `case note ${data.noteId} is already on record`);
  }
  requireNotAfterToday(data.on, 'the day the note is about', moment);
  requireText(data.text, 'what the note records');
  const { childIds, familyMemberIds, professionals } = data.present;
  requireChildrenOfCase(state, childIds);
  for (const id of familyMemberIds) requireFamilyMember(state, id);
  for (const professional of professionals) requireText(professional.name, 'the name of a professional present');
  for (const agreement of data.agreed) requireText(agreement, 'what was agreed');
  const ownWords = data.ownWords ?? [];
  for (const said of ownWords) {
    if (![...childIds, ...familyMemberIds].includes(said.personId)) {
      refuse('NOTE.WORDS_OF_ABSENT', `own words are those of a child or family member present; ${said.personId} is not named as present`);
    }
    requireText(said.words, 'the words of a child or family member');
  }
  if (data.corrects) requireCorrectable(state, data.corrects);
  const { noteId, kind, on, present, text, agreed, corrects } = data;
  return [
    {
      type: 'CaseNoteRecorded',
      data: { noteId, kind, on, present, text, agreed, ownWords, writtenBy: writtenBy(actor), corrects: corrects ?? null },
    },
  ];
}

function requireCorrectable(state: ExistingCase, { noteId, reason }: NonNullable<RecordCaseNote['data']['corrects']>): void {
  requireText(reason, 'why the note is corrected');
  if (state.notes.some((note) => note.noteId === noteId)) return;
  const correctedBy = state.notes.find((note) => note.earlierVersions.some((version) => version.noteId === noteId));
  if (correctedBy) {
    refuse('NOTE.ALREADY_CORRECTED', `case note ${noteId} was corrected already; correct its latest version ${correctedBy.noteId}`);
  }
  refuse('NOTE.NOT_FOUND', `no case note ${noteId} on this case`);
}

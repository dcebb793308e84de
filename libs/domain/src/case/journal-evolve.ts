import { Uuid } from '../shared/ids';
import { CaseNoteRecorded } from './events';
import { CaseNoteRecord, TaskRecord } from './state';

/** A new note, or a correction that becomes the note's latest version with the one it corrects kept before it. */
export function withNote(notes: readonly CaseNoteRecord[], { corrects, ...note }: CaseNoteRecorded['data']): readonly CaseNoteRecord[] {
  const version = { ...note, correctionReason: corrects?.reason ?? null };
  const corrected = corrects && notes.find((n) => n.noteId === corrects.noteId);
  if (!corrected) return [...notes, { ...version, earlierVersions: [] }];
  const { earlierVersions, ...previous } = corrected;
  return notes.map((n) => (n === corrected ? { ...version, earlierVersions: [...earlierVersions, previous] } : n));
}

export const withTask = (tasks: readonly TaskRecord[], taskId: Uuid, update: Partial<TaskRecord>): readonly TaskRecord[] =>
  tasks.map((task) => (task.taskId === taskId ? { ...task, ...update } : task));

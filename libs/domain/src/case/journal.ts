import { Uuid } from '../shared/ids';
import { Actor, Role } from './actor';

/** What a case note (journaalnotitie) records: a contact with the family or the work around it. */
export const CASE_NOTE_KINDS = ['home-visit', 'phone-call', 'meeting', 'conversation-with-child', 'consultation', 'other'] as const;
export type CaseNoteKind = (typeof CASE_NOTE_KINDS)[number];

export type NoteProfessional = Readonly<{ name: string; organisation: string }>;

/** Who was there: the children and family members by id (their names live in their own records), professionals by name. */
export type NotePresence = Readonly<{
  childIds: readonly Uuid[];
  familyMemberIds: readonly Uuid[];
  professionals: readonly NoteProfessional[];
}>;

/** What a child or family member said, in their own words: personal data, sealed per person and erased with them. */
export type OwnWords = Readonly<{ personId: Uuid; words: string }>;

/** The professional who wrote a note or gave a task, as the token named them (a note is signed by its author). */
export type WrittenBy = Readonly<{ professionalId: Uuid; role: Role; team: string; organisation: string }>;

export const writtenBy = ({ id, role, team, organisation }: Actor): WrittenBy => ({ professionalId: id, role, team, organisation });

/** A task (taak) to do by a day, or an appointment (afspraak) at a time. */
export const TASK_KINDS = ['task', 'appointment'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/**
 * Who a task is for: a team that writes to the case, named as the case knows it (the case team or the
 * joined Jeugdlink team by team, the charged GI by organisation), or one professional of it by id.
 */
export const TASK_ASSIGNEE_KINDS = ['team', 'gi'] as const;
export type TaskAssignee = Readonly<{ kind: (typeof TASK_ASSIGNEE_KINDS)[number]; name: string; professionalId?: Uuid }>;

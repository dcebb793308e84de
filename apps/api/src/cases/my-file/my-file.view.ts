import {
  dutchDateOf,
  familyFileParts,
  ownWordsIn,
  readsAsParent,
  requestAskedBy,
  ROLES,
  type ExistingCase,
  type FamilyReader,
  type IsoDate,
  type Role,
  type Uuid,
} from '@casus/domain';
import { deadlinesAsOf, historyEntryOf } from '@casus/audit';
import { toCaseEvent } from '@casus/streams';
import {
  FAMILY_AS_WORDS,
  FAMILY_NEXT_WORDS,
  FAMILY_PHASE_WORDS,
  FAMILY_ROLE_WORDS,
  FAMILY_WITHHELD_WORDS,
  familyStepWords,
  INSPECTION_RIGHT_WORDS,
  PERSPECTIVE_WORDS,
  RETURN_OUTCOME_WORDS,
  WITHHOLDING_GROUND_WORDS,
  type Language,
} from '@casus/wording';
import type { AuditedOwnFile } from '../../audit/case-reads';

export type FamilyRole = Readonly<{ organisation: string | null; roleText: string }>;
export type MyFileLine = Readonly<{
  eventNumber: number;
  on: IsoDate;
  text: string;
  by: FamilyRole;
  why?: string;
  ownWords?: readonly { whoText: string; words: string; preference?: string }[];
}>;

export type MyFileView = Readonly<{
  caseId: Uuid;
  revision: number;
  you: Readonly<{ personId: Uuid; as: string; right: 'file' | 'information'; rightText: string }>;
  contact: Readonly<{ team: string; organisation: string; lead: Readonly<{ name: string }> | null }>;
  status: ExistingCase['status'];
  phaseText: string;
  happened?: readonly MyFileLine[];
  next?: readonly { text: string; dueOn: IsoDate }[];
  withheld?: readonly { on: IsoDate; text: string; groundText: string; reason: string }[];
  information?: readonly { on: IsoDate; text: string }[];
}>;

const isRole = (role: string | null): role is Role => (ROLES as readonly (string | null)[]).includes(role);
export const roleText = (role: string | null, language: Language): string =>
  isRole(role) ? FAMILY_ROLE_WORDS[role][language] : language === 'nl' ? 'medewerker' : 'worker';

const PREFERENCE_WORDS: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  ...RETURN_OUTCOME_WORDS,
  ...PERSPECTIVE_WORDS,
  'no-preference': { nl: 'geen voorkeur', en: 'no preference' },
};

// Internal work of the team and what holds a place open: not the family's "what comes next".
const NOT_FOR_THE_FAMILY = ['task', 'reservation-expiry', 'no-suitable-placement'];

/** The children a deadline is about (its court order's or placement's), or null for the family as a whole. */
function childrenOfSubject(state: ExistingCase, subjectId: string): readonly Uuid[] | null {
  const order = state.courtOrders.find((o) => o.courtOrderId === subjectId);
  if (order) return [order.childId];
  return state.placements.find((p) => p.placementId === subjectId)?.childIds ?? null;
}

/**
 * The file as this family member may read it (issue 18): what happened, what comes next, what was withheld with the file
 * right; the important facts with the right to information. The parts and their filters are the domain's (familyFileParts),
 * the words the wording's; nothing of a part kept from them, nor a place's reason for a parent, is read into the answer.
 */
export function myFileView(file: AuditedOwnFile, language: Language, today: IsoDate): MyFileView {
  const { state, reader } = file;
  const asParent = readsAsParent(reader.person);
  const events = file.events.map(toCaseEvent);
  const parts = familyFileParts(events, state, reader);
  const lines = parts.shown.flatMap((number) => {
    const words = familyStepWords(events[number], asParent);
    if (words === null) return [];
    const entry = historyEntryOf(file.events[number]);
    const own = ownWordsIn(events[number], reader.person.personId).map(({ words: said, preference }) => ({
      whoText: language === 'nl' ? 'Jouw woorden' : 'Your words',
      words: said,
      ...(preference ? { preference: PREFERENCE_WORDS[preference]?.[language] ?? preference } : {}),
    }));
    const line: MyFileLine = {
      eventNumber: number,
      on: dutchDateOf(entry.recordedAt),
      text: words.text[language],
      by: { organisation: entry.actor.organisation, roleText: roleText(entry.actor.role, language) },
      ...(words.why ? { why: words.why } : {}),
      ...(own.length > 0 ? { ownWords: own } : {}),
    };
    return [{ line, important: words.important }];
  });
  const base = {
    caseId: file.caseId,
    revision: file.events.length - 1,
    you: {
      personId: reader.person.personId,
      as: FAMILY_AS_WORDS[reader.person.as][language],
      right: reader.right.right,
      rightText: INSPECTION_RIGHT_WORDS[reader.right.right][language],
    },
    contact: { team: state.team, organisation: state.organisation, lead: state.lead ? { name: state.lead.name } : null },
    status: state.status,
    phaseText: FAMILY_PHASE_WORDS[state.phase][language],
  };
  if (reader.right.right === 'information') {
    return { ...base, information: lines.filter((l) => l.important).map(({ line }) => ({ on: line.on, text: line.text })) };
  }
  return {
    ...base,
    happened: lines.map(({ line }) => line),
    next: nextFor(state, reader, today, language),
    withheld: parts.withheld.map((w) => ({
      on: w.withheldOn,
      text: FAMILY_WITHHELD_WORDS[language],
      groundText: WITHHOLDING_GROUND_WORDS[w.ground][language],
      reason: w.reason,
    })),
  };
}

function nextFor(state: ExistingCase, reader: FamilyReader, today: IsoDate, language: Language) {
  const theirs = (children: readonly Uuid[] | null) => children === null || children.some((c) => reader.right.childIds.includes(c));
  return (
    deadlinesAsOf(state, today)
      .filter((d) => ['open', 'warning', 'overdue'].includes(d.status) && !NOT_FOR_THE_FAMILY.includes(d.kind))
      .filter((d) => theirs(childrenOfSubject(state, d.subjectId)))
      // A complaint or request waits for an answer to the one who made it only.
      .filter((d) => [undefined, reader.person.personId].includes(requestAskedBy(state, d.subjectId)))
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
      .map((d) => ({ text: FAMILY_NEXT_WORDS[d.kind][language], dueOn: d.dueOn }))
  );
}

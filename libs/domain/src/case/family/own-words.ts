import { Uuid } from '../../shared/ids';
import { CaseEvent } from '../events';

/** What one person said in a step, in their own words, with what they preferred where the step asked. */
export type OwnWordsOnRecord = Readonly<{ words: string; preference?: string }>;

type View = Readonly<{ participant: string; childId?: Uuid; familyMemberId?: Uuid; statement?: string; prefers?: string }>;

const isTheirs = (view: View, personId: Uuid) =>
  (view.participant === 'child' && view.childId === personId) || (view.participant === 'parent' && view.familyMemberId === personId);

const fromViews = (views: readonly View[] | undefined, personId: Uuid): OwnWordsOnRecord[] =>
  (views ?? []).flatMap((view) =>
    isTheirs(view, personId) && typeof view.statement === 'string'
      ? [{ words: view.statement, ...(view.prefers ? { preference: view.prefers } : {}) }]
      : [],
  );

/**
 * The reader's own words in a decision they took part in (issue 18: "the decisions they took part in, with their own words
 * on record"); only their own: another's words are that person's (a child's said in confidence, too).
 */
export function ownWordsIn(event: CaseEvent, personId: Uuid): OwnWordsOnRecord[] {
  switch (event.type) {
    case 'PlacementViewRecorded':
      return fromViews([event.data.view], personId);
    case 'PlacementDecided':
      return fromViews(event.data.views, personId);
    case 'ReturnDecisionRecorded':
    case 'PerspectiveDecided':
      return fromViews(event.data.views, personId);
    case 'CaseNoteRecorded':
      return event.data.ownWords.filter((said) => said.personId === personId).map((said) => ({ words: said.words }));
    // The family's own voice: what they wrote themselves.
    case 'OwnStatementAdded':
      return event.data.personId === personId ? [{ words: event.data.text }] : [];
    case 'CorrectionRequested':
      return event.data.personId === personId ? [{ words: event.data.what }, { words: event.data.proposed }] : [];
    case 'DestructionRequested':
      return event.data.personId === personId && event.data.reason !== null ? [{ words: event.data.reason }] : [];
    case 'ComplaintFiled':
      return event.data.personId === personId ? [{ words: event.data.about }, { words: event.data.text }] : [];
    default:
      return [];
  }
}

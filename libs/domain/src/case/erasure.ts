import type { Uuid } from '../shared/ids';
import { ERASED, type ParticipantViewOf, type PlacementView } from './values';
import type { CaseNoteVersion, ExistingCase } from './state';
import { eraseVoice } from './voice/voice-erasure';

/**
 * The case as it reads after `personId`'s personal data is erased: their name, contact details, where they
 * live as a proposed network family, and their own words (on a proposed place, in placement, return and
 * perspective decisions, in case notes, in their own statements, requests and complaints) become `[erased]`, the rest stays. Folding the erasure makes a read model built before it end
 * where a rebuild after it (whose reads already show `[erased]`) does, so no copy of the data outlives the key.
 */
export function eraseFromCase(state: ExistingCase, personId: Uuid): ExistingCase {
  return {
    ...state,
    familyMembers: state.familyMembers.map((member) =>
      member.familyMemberId === personId ? { ...member, name: ERASED, contact: ERASED } : member,
    ),
    networkFamilies: state.networkFamilies.map((family) => (family.familyMemberId === personId ? { ...family, area: ERASED } : family)),
    placements: state.placements.map((placement) => ({
      ...placement,
      views: placement.views.map((heard) => ({ ...heard, view: eraseView(heard.view, personId) })),
      decision: placement.decision && {
        ...placement.decision,
        ...(placement.decision.views ? { views: placement.decision.views.map((view) => eraseView(view, personId)) } : {}),
      },
      returnDecisions: placement.returnDecisions.map((decision) => ({
        ...decision,
        views: decision.views.map((view) => eraseView(view, personId)),
      })),
    })),
    perspectiveDecisions: state.perspectiveDecisions.map((decision) => ({
      ...decision,
      views: decision.views.map((view) => eraseView(view, personId)),
    })),
    notes: state.notes.map((note) => ({
      ...eraseWords(note, personId),
      earlierVersions: note.earlierVersions.map((version) => eraseWords(version, personId)),
    })),
    familyVoice: eraseVoice(state.familyVoice, personId),
  };
}

function eraseWords<Note extends CaseNoteVersion>(note: Note, personId: Uuid): Note {
  return { ...note, ownWords: note.ownWords.map((said) => (said.personId === personId ? { ...said, words: ERASED } : said)) };
}

function eraseView<View extends ParticipantViewOf<string> | PlacementView>(view: View, personId: Uuid): View {
  if (view.participant === 'child' && view.childId === personId) {
    return view.heard ? { ...view, statement: ERASED } : { ...view, notHeardReason: ERASED };
  }
  if (view.participant === 'parent' && view.familyMemberId === personId) return { ...view, statement: ERASED };
  return view;
}

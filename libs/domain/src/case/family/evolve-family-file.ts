import { CaseEvent } from '../events';
import { ExistingCase } from '../state';

type FamilyFileEvent = Extract<
  CaseEvent,
  { type: 'FamilyAccountLinked' | 'FamilyAccountLinkEnded' | 'PartWithheldFromFamily' | 'WithholdingEnded' | 'PartMarkedNotForParents' }
>;

/** Who is who and what the family does not see: links, withholdings and marks. */
export function evolveFamilyFile(state: ExistingCase, event: FamilyFileEvent): ExistingCase {
  switch (event.type) {
    case 'FamilyAccountLinked':
      return { ...state, familyAccounts: [...state.familyAccounts, { ...event.data, ended: null }] };
    case 'FamilyAccountLinkEnded': {
      const { personId, accountId, endedOn: on, reason } = event.data;
      const familyAccounts = state.familyAccounts.map((link) =>
        link.personId === personId && link.accountId === accountId && link.ended === null ? { ...link, ended: { on, reason } } : link,
      );
      return { ...state, familyAccounts };
    }
    case 'PartWithheldFromFamily':
      return { ...state, withholdings: [...state.withholdings, { ...event.data, ended: null }] };
    case 'WithholdingEnded': {
      const { withholdingId, endedOn: on, reason } = event.data;
      const withholdings = state.withholdings.map((w) => (w.withholdingId === withholdingId ? { ...w, ended: { on, reason } } : w));
      return { ...state, withholdings };
    }
    case 'PartMarkedNotForParents':
      return { ...state, notForParents: [...state.notForParents, event.data] };
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

import { CaseState } from './state';
import { Actor } from './actor';

/** Who may read a case, decided from the case's own events (DOMAIN.md, roles). */
export function canReadCase(state: CaseState, actor: Actor): boolean {
  if (state.status === 'none') return false;
  switch (actor.role) {
    case 'auditor':
      return true;
    case 'wijkteam':
      return state.team === actor.team;
    // A team that joined keeps reading its own history after its involvement ended; only writing stops.
    case 'jeugdlink':
      return state.jeugdlink.some((j) => j.status !== 'requested' && j.team === actor.team);
    case 'gi':
      return state.courtOrders.some((order) => order.giOrganisation === actor.organisation);
    case 'provider':
      return state.placements.some((p) => p.decision?.provider === actor.organisation);
    // Family access to their own timeline comes later (inspection rules: child from 12, parents under 16).
    case 'family':
      return false;
  }
}

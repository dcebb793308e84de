import { Uuid } from '../../shared/ids';
import { IsoDate } from '../../shared/iso-date';
import { machtigingLapsesOn, PLACEMENT_AUTHORISATION_KINDS } from '../court-order-limits';
import { refuse } from '../errors';
import { courtOrdersFor, isValidOn } from '../queries';
import { CourtOrderRecord, ExistingCase } from '../state';
import { LegalBasis } from '../values';
import { requireVoluntaryConsent } from './consenters';

/**
 * A child is placed out of home either under a machtiging uithuisplaatsing (or spoedmachtiging)
 * valid on the date, or voluntarily with the consent of those who must give it on that date, by the
 * child's age (consenters.ts; DOMAIN.md step 5). Checked when requested, decided and started: consent
 * can be withdrawn, a child can turn 12 or 16 and an order can lapse in between.
 */
export function requireLegalBasis(state: ExistingCase, childIds: readonly Uuid[], legalBasis: LegalBasis, on: IsoDate): void {
  for (const childId of childIds) {
    if (legalBasis === 'court-order') requireMachtiging(state, childId, on);
    else requireVoluntaryConsent(state, childId, on);
  }
}

function requireMachtiging(state: ExistingCase, childId: Uuid, on: IsoDate): void {
  const valid = courtOrdersFor(state, childId, PLACEMENT_AUTHORISATION_KINDS).filter((o) => isValidOn(o, on));
  if (valid.length === 0) {
    refuse('PLACEMENT.NO_VALID_MACHTIGING', `no valid machtiging uithuisplaatsing for child ${childId} on ${on}`, { childId, on });
  }
  const lapsed = valid.filter((o) => lapsedBy(state, o, on));
  if (lapsed.length === valid.length) {
    const [order] = lapsed;
    refuse(
      'PLACEMENT.MACHTIGING_LAPSED',
      `the machtiging uithuisplaatsing ${order.courtOrderId} for child ${childId} lapsed after ${machtigingLapsesOn(order)}: it was not carried out within 3 months`,
      { courtOrderId: order.courtOrderId, lapsedOn: machtigingLapsesOn(order) },
    );
  }
}

/** BW 1:265c lid 3: a machtiging uithuisplaatsing no placement of the child started under within 3 months lapses. */
function lapsedBy(state: ExistingCase, order: CourtOrderRecord, on: IsoDate): boolean {
  if (order.kind !== 'machtiging-uithuisplaatsing') return false;
  const lapsesOn = machtigingLapsesOn(order);
  const carriedOut = state.placements.some(
    (p) =>
      p.legalBasis === 'court-order' &&
      p.childIds.includes(order.childId) &&
      p.startedOn !== null &&
      order.validFrom <= p.startedOn &&
      p.startedOn <= lapsesOn,
  );
  return !carriedOut && on > lapsesOn;
}

import { Uuid } from '../../shared/ids';
import { IsoDate } from '../../shared/iso-date';
import { machtigingLapsesOn, PLACEMENT_AUTHORISATION_KINDS } from '../court-order-limits';
import { refuse } from '../errors';
import { courtOrdersFor, isValidOn, parentsWithAuthorityOver } from '../queries';
import { CourtOrderRecord, ExistingCase } from '../state';
import { LegalBasis } from '../values';

/**
 * A child is placed out of home either under a machtiging uithuisplaatsing (or spoedmachtiging)
 * valid on the date, or voluntarily with the consent of every parent holding parental authority
 * (DOMAIN.md step 5). Checked when requested, decided and started: consent can be withdrawn
 * and an order can lapse in between.
 */
export function requireLegalBasis(state: ExistingCase, childIds: readonly Uuid[], legalBasis: LegalBasis, on: IsoDate): void {
  for (const childId of childIds) {
    if (legalBasis === 'court-order') requireMachtiging(state, childId, on);
    else requireParentalConsent(state, childId, on);
  }
}

function requireMachtiging(state: ExistingCase, childId: Uuid, on: IsoDate): void {
  const valid = courtOrdersFor(state, childId, PLACEMENT_AUTHORISATION_KINDS).filter((o) => isValidOn(o, on));
  if (valid.length === 0) refuse('PLACEMENT.NO_VALID_MACHTIGING', `no valid machtiging uithuisplaatsing for child ${childId} on ${on}`);
  const lapsed = valid.filter((o) => lapsedBy(state, o, on));
  if (lapsed.length === valid.length) {
    const [order] = lapsed;
    refuse(
      'PLACEMENT.MACHTIGING_LAPSED',
      `the machtiging uithuisplaatsing ${order.courtOrderId} for child ${childId} lapsed after ${machtigingLapsesOn(order)}: it was not carried out within 3 months`,
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

function requireParentalConsent(state: ExistingCase, childId: Uuid, on: IsoDate): void {
  const parents = parentsWithAuthorityOver(state, childId);
  if (parents.length === 0) {
    refuse(
      'PLACEMENT.MISSING_PARENTAL_CONSENT',
      `no parent with parental authority (gezag) over child ${childId} is recorded, so no one can consent to a voluntary placement`,
    );
  }
  const missing = parents.filter(
    (parent) =>
      !state.consents.some(
        (c) =>
          c.familyMemberId === parent.familyMemberId &&
          c.purpose === 'voluntary-placement' &&
          c.childIds.includes(childId) &&
          c.givenOn <= on &&
          c.withdrawn === null,
      ),
  );
  if (missing.length > 0) {
    const names = missing.map((p) => `${p.name} (${p.familyMemberId})`).join(', ');
    refuse(
      'PLACEMENT.MISSING_PARENTAL_CONSENT',
      `no consent to a voluntary placement of child ${childId} from ${names}, who hold parental authority`,
    );
  }
}

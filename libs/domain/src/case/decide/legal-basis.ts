import { Uuid } from '../../shared/ids';
import { IsoDate } from '../../shared/iso-date';
import { PLACEMENT_AUTHORISATION_KINDS } from '../court-order-limits';
import { refuse } from '../errors';
import { courtOrdersFor, isValidOn, parentsWithAuthorityOver } from '../queries';
import { ExistingCase } from '../state';
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
  const valid = courtOrdersFor(state, childId, PLACEMENT_AUTHORISATION_KINDS).some((o) => isValidOn(o, on));
  if (!valid) refuse('PLACEMENT.NO_VALID_MACHTIGING', `no valid machtiging uithuisplaatsing for child ${childId} on ${on}`);
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

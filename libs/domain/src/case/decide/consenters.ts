import { Uuid } from '../../shared/ids';
import { ageOn, IsoDate, isIsoDate } from '../../shared/iso-date';
import { RecordConsent } from '../commands';
import { refuse } from '../errors';
import { guardianshipsOf, isValidOn, parentsWithAuthorityOver } from '../queries';
import { ConsentRecord, ExistingCase } from '../state';
import { ConsentGiver } from '../values';
import { majorityOn } from '../court-order-limits';
import { requireChildrenOfCase, requireFamilyMember } from './guards';

/**
 * Who consents to jeugdhulp, and so to a voluntary placement (Jeugdwet art. 7.3.4, to confirm): under 12
 * those with authority over the child (the parents, or the GI as guardian); from 12 to 15 they and the
 * child; from 16 the young person alone.
 */
export const CHILD_CONSENTS_FROM = 12;
export const CHILD_CONSENTS_ALONE_FROM = 16;

function ageOfChild(state: ExistingCase, childId: Uuid, on: IsoDate): number {
  const birthDate = state.children.find((child) => child.childId === childId)?.birthDate;
  if (!isIsoDate(birthDate)) {
    refuse(
      'CONSENT.BIRTH_DATE_MISSING',
      `child ${childId} has no date of birth on record, so who consents (the child from 12, alone from 16) cannot be told`,
    );
  }
  return ageOn(birthDate, on);
}

/** A consent names one who may give it: a recorded family member, the child for themself from 12, the guardian for its ward. */
export function requireConsentGiver(state: ExistingCase, { givenBy, childIds, givenOn }: RecordConsent['data']): void {
  switch (givenBy.giver) {
    case 'family-member': {
      requireFamilyMember(state, givenBy.familyMemberId);
      const ofAge = state.children.filter(
        (c) => childIds.includes(c.childId) && isIsoDate(c.birthDate) && givenOn >= majorityOn(c.birthDate),
      );
      if (ofAge.length > 0) {
        refuse(
          'CONSENT.CHILD_OF_AGE',
          `child ${ofAge.map((c) => c.childId).join(', ')} is of age (18) on ${givenOn}: parental authority has ended, the young person consents themself`,
        );
      }
      return;
    }
    case 'child': {
      requireChildrenOfCase(state, [givenBy.childId]);
      if (childIds.some((child) => child !== givenBy.childId)) {
        refuse('CONSENT.CHILD_FOR_OTHERS', `child ${givenBy.childId} consents for themself only, not for another child`);
      }
      if (ageOfChild(state, givenBy.childId, givenOn) < CHILD_CONSENTS_FROM) {
        refuse(
          'CONSENT.CHILD_UNDER_12',
          `child ${givenBy.childId} is under 12 on ${givenOn}: the parents with authority (or the guardian) consent for them; record the child's view instead`,
        );
      }
      return;
    }
    case 'guardian': {
      const order = state.courtOrders.find((o) => o.courtOrderId === givenBy.courtOrderId);
      const ward = order?.kind === 'voogdij' && isValidOn(order, givenOn) ? order.childId : null;
      if (childIds.some((child) => child !== ward)) {
        refuse(
          'CONSENT.NOT_GUARDIAN',
          `court order ${givenBy.courtOrderId} is no voogdij over every child the consent concerns on ${givenOn}; the guardian consents for its ward only`,
        );
      }
    }
  }
}

/** Throws unless everyone who must consent to a voluntary placement of the child on that date did, and has not withdrawn it. */
export function requireVoluntaryConsent(state: ExistingCase, childId: Uuid, on: IsoDate): void {
  const age = ageOfChild(state, childId, on);
  const consents = state.consents.filter(
    (c) => c.purpose === 'voluntary-placement' && c.childIds.includes(childId) && c.givenOn <= on && c.withdrawn === null,
  );
  const childConsented = consents.some((c) => c.givenBy.giver === 'child' && c.givenBy.childId === childId);
  if (age >= CHILD_CONSENTS_ALONE_FROM) {
    if (!childConsented) {
      refuse(
        'PLACEMENT.MISSING_CHILD_CONSENT',
        `child ${childId} is ${age} on ${on}: a voluntary placement needs the young person's own consent; the parents' is not needed`,
      );
    }
    return;
  }
  requireAuthorityConsent(state, childId, on, consents);
  if (age >= CHILD_CONSENTS_FROM && !childConsented) {
    refuse(
      'PLACEMENT.MISSING_CHILD_CONSENT',
      `child ${childId} is ${age} on ${on}: a voluntary placement needs the child's own consent as well as that of the parents with authority`,
    );
  }
}

const gave = (consents: readonly ConsentRecord[], giver: (givenBy: ConsentGiver) => boolean) => consents.some((c) => giver(c.givenBy));

/** Under voogdij the guardian holds the authority (BW 1:245, 1:302), otherwise every parent with parental authority. */
function requireAuthorityConsent(state: ExistingCase, childId: Uuid, on: IsoDate, consents: readonly ConsentRecord[]): void {
  const guardians = guardianshipsOf(state, childId, on);
  if (guardians.length > 0) {
    const missing = guardians.filter((o) => !gave(consents, (g) => g.giver === 'guardian' && g.courtOrderId === o.courtOrderId));
    if (missing.length > 0) {
      const names = missing.map((o) => `${o.giOrganisation}, the guardian by court order ${o.courtOrderId}`).join('; ');
      refuse('PLACEMENT.MISSING_GUARDIAN_CONSENT', `no consent to a voluntary placement of child ${childId} from ${names}`);
    }
    return;
  }
  const parents = parentsWithAuthorityOver(state, childId);
  if (parents.length === 0) {
    refuse(
      'PLACEMENT.MISSING_PARENTAL_CONSENT',
      `no parent with parental authority (gezag) over child ${childId} is recorded, so no one can consent to a voluntary placement`,
    );
  }
  const missing = parents.filter((p) => !gave(consents, (g) => g.giver === 'family-member' && g.familyMemberId === p.familyMemberId));
  if (missing.length > 0) {
    const names = missing.map((p) => `${p.name} (${p.familyMemberId})`).join(', ');
    refuse(
      'PLACEMENT.MISSING_PARENTAL_CONSENT',
      `no consent to a voluntary placement of child ${childId} from ${names}, who hold parental authority`,
    );
  }
}

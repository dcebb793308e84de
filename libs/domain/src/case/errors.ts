/** How the API answers a refusal: forbidden → 403, rule → 422, not-found → 404, conflict → 409. */
export type DomainErrorKind = 'forbidden' | 'rule' | 'not-found' | 'conflict';

/** Every refusal code with its kind; docs/rules.md lists the source and the test of each. */
export const DOMAIN_ERROR_KINDS = {
  'ACCESS.READ_ONLY_ROLE': 'forbidden',
  'ACCESS.JEUGDLINK_NOT_JOINED': 'forbidden',
  'ACCESS.GI_NOT_CHARGED': 'forbidden',
  'ACCESS.GI_DECIDES_PLACEMENT': 'forbidden',
  'ACCESS.STEP_NOT_FOR_ROLE': 'forbidden',
  'ACCESS.NOT_REQUESTED_TEAM': 'forbidden',
  'INPUT.MISSING': 'rule',
  'INPUT.INVALID_DATE': 'rule',
  'INPUT.DATE_IN_FUTURE': 'rule',
  'CASE.NOT_FOUND': 'not-found',
  'CASE.ID_UNAVAILABLE': 'conflict',
  'CASE.CLOSED': 'rule',
  'CASE.DESTROYED': 'rule',
  'RETENTION.CARE_NOT_ENDED': 'rule',
  'RETENTION.TERM_NOT_ENDED': 'rule',
  'CASE.NOT_CLOSED': 'rule',
  'CASE.ACTIVE_PLACEMENT': 'rule',
  'CASE.UNKNOWN_CHILD': 'rule',
  'CASE.UNKNOWN_FAMILY_MEMBER': 'rule',
  'FAMILY_MEMBER.ALREADY_RECORDED': 'conflict',
  'FAMILY_MEMBER.AUTHORITY_UNCHANGED': 'rule',
  'SIGNAL.NO_CHILDREN': 'rule',
  'SIGNAL.DUPLICATE_CHILD': 'rule',
  'MUNICIPALITY.UNKNOWN': 'rule',
  'MUNICIPALITY.CODE_INVALID': 'rule',
  'MUNICIPALITY.CODE_MISMATCH': 'rule',
  'CONSENT.ALREADY_RECORDED': 'conflict',
  'CONSENT.NOT_FOUND': 'not-found',
  'CONSENT.ALREADY_WITHDRAWN': 'rule',
  'CONSENT.CHILD_FOR_OTHERS': 'rule',
  'CONSENT.CHILD_UNDER_12': 'rule',
  'CONSENT.NOT_GUARDIAN': 'rule',
  'CONSENT.BIRTH_DATE_MISSING': 'rule',
  'SAFETY_ASSESSMENT.ALREADY_RECORDED': 'conflict',
  'SAFETY_ASSESSMENT.BEFORE_SIGNAL': 'rule',
  'SAFETY_PLAN.ALREADY_AGREED': 'conflict',
  'SAFETY_PLAN.NO_UNSAFE_ASSESSMENT': 'rule',
  'SAFETY_PLAN.NOT_AGREED_WITH_FAMILY': 'rule',
  'SAFETY_PLAN.REVIEW_DATE_NOT_AHEAD': 'rule',
  'JEUGDLINK.ALREADY_INVOLVED': 'rule',
  'JEUGDLINK.NOT_REQUESTED': 'rule',
  'JEUGDLINK.NOT_JOINED': 'rule',
  'COURT_ORDER.ALREADY_RECORDED': 'conflict',
  'COURT_ORDER.INVALID_PERIOD': 'rule',
  'COURT_ORDER.EXCEEDS_LEGAL_MAXIMUM': 'rule',
  'COURT_ORDER.EXCEEDS_OTS': 'rule',
  'COURT_ORDER.EXTENSION_MISMATCH': 'rule',
  'COURT_ORDER.EXTENSION_NOT_CONTIGUOUS': 'rule',
  'COURT_ORDER.PROVISIONAL_NOT_EXTENDED': 'rule',
  'COURT_ORDER.NO_OTS': 'rule',
  'COURT_ORDER.BEYOND_MAJORITY': 'rule',
  'COURT_ORDER.BIRTH_DATE_MISSING': 'rule',
  'COURT_ORDER.NOT_FOUND': 'not-found',
  'COURT_ORDER.ALREADY_ENDED': 'rule',
  'COURT_ORDER.END_OUTSIDE_PERIOD': 'rule',
  'APPEAL.ALREADY_LODGED': 'conflict',
  'APPEAL.NOT_FOUND': 'not-found',
  'APPEAL.ALREADY_DECIDED': 'rule',
  'WRITTEN_INSTRUCTION.ALREADY_GIVEN': 'conflict',
  'WRITTEN_INSTRUCTION.NO_OTS': 'rule',
  'WRITTEN_INSTRUCTION.TERM_NOT_AHEAD': 'rule',
  'WRITTEN_INSTRUCTION.NOT_FOUND': 'not-found',
  'WRITTEN_INSTRUCTION.ALREADY_FOLLOWED_UP': 'rule',
  'PLACEMENT.ALREADY_REQUESTED': 'conflict',
  'PLACEMENT.NOT_FOUND': 'not-found',
  'PLACEMENT.CHILD_HAS_OPEN_REQUEST': 'rule',
  'PLACEMENT.NO_VALID_MACHTIGING': 'rule',
  'PLACEMENT.MACHTIGING_LAPSED': 'rule',
  'PLACEMENT.MISSING_PARENTAL_CONSENT': 'rule',
  'PLACEMENT.MISSING_CHILD_CONSENT': 'rule',
  'PLACEMENT.MISSING_GUARDIAN_CONSENT': 'rule',
  'PLACEMENT.SIBLINGS_SEPARATED_WITHOUT_REASON': 'rule',
  'PLACEMENT.SEPARATION_WITHOUT_GROUPS': 'rule',
  'PLACEMENT.INVALID_SEPARATION': 'rule',
  'PLACEMENT.ALREADY_DECIDED': 'rule',
  'PLACEMENT.NOT_RESERVED': 'rule',
  'PLACEMENT.RESERVATION_EXPIRED': 'rule',
  'PLACEMENT.NOT_ACCEPTED_BY_PROVIDER': 'rule',
  'PLACEMENT.CHILD_NOT_HEARD': 'rule',
  'PLACEMENT.PARENT_VIEW_MISSING': 'rule',
  'PLACEMENT.INTRODUCTION_IN_PAST': 'rule',
  'PLACEMENT.INTRODUCTION_WITHOUT_CHILD': 'rule',
  'PLACEMENT.UNKNOWN_INTRODUCTION': 'not-found',
  'PLACEMENT.INTRODUCTION_ALREADY_HELD': 'rule',
  'PLACEMENT.INTRODUCTION_ALREADY_PLANNED': 'conflict',
  'PLACEMENT.NO_BEHAVIOURAL_SCIENTIST_CONSENT': 'rule',
  'PLACEMENT.NOT_DECIDED': 'rule',
  'PLACEMENT.MOVE_IN_BEFORE_DECISION': 'rule',
  'PLACEMENT.DATE_BEFORE_DECISION': 'rule',
  'PLACEMENT.CHILD_ALREADY_PLACED': 'rule',
  'PLACEMENT.NOT_ACTIVE': 'rule',
  'PLACEMENT.NOT_OPEN': 'rule',
  'PLACEMENT.REQUEST_LAPSED': 'rule',
  'PLACEMENT.CHILD_NOT_IN_PLACEMENT': 'rule',
  'PLACEMENT.DATE_BEFORE_START': 'rule',
  'PLACEMENT.RETURN_HOME_NEEDS_DECISION': 'rule',
  'RETURN_PLAN.NOT_DRAFTED': 'rule',
  'RETURN_PLAN.NO_CONDITIONS': 'rule',
  'RETURN_PLAN.DUPLICATE_CONDITION': 'rule',
  'RETURN_PLAN.UNKNOWN_CONDITION': 'rule',
  'RETURN_DECISION.UNKNOWN_PARTICIPANT': 'rule',
  'RETURN_DECISION.CHILD_NOT_HEARD': 'rule',
  'RETURN_DECISION.PARENT_VIEW_MISSING': 'rule',
  'RETURN_DECISION.GI_VIEW_MISSING': 'rule',
  'RETURN_DECISION.CONDITIONS_NOT_MET': 'rule',
  'RETURN_DECISION.REVIEW_DATE_NOT_AHEAD': 'rule',
} as const satisfies Record<string, DomainErrorKind>;

export type DomainErrorCode = keyof typeof DOMAIN_ERROR_KINDS;

/** A step refused by a rule: `kind` tells how (the API answers 403, 422, 404 or 409), `code` which rule. */
export class Refusal<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    readonly kind: DomainErrorKind,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class DomainError extends Refusal<DomainErrorCode> {
  constructor(code: DomainErrorCode, message: string) {
    super(code, DOMAIN_ERROR_KINDS[code], message);
  }
}

export function refuse(code: DomainErrorCode, message: string): never {
  throw new DomainError(code, message);
}

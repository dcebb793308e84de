import { addMonths, type IsoDate } from '../../shared/iso-date';
import type { FamilyPerson, InspectionRight } from '../family/family-values';

/** How long the organisation has to decide on a request to destroy the file (Jeugdwet art. 7.3.9). */
export const DESTRUCTION_DECISION_MONTHS = 3;

/**
 * How long the organisation has to answer a request to correct the file: one month from receiving it (AVG art. 12(3),
 * for the right of art. 16). The AVG lets it be extended by two months when told within the first; that is not modelled.
 */
export const CORRECTION_ANSWER_MONTHS = 1;

export const correctionAnswerBy = (requestedOn: IsoDate): IsoDate => addMonths(requestedOn, CORRECTION_ANSWER_MONTHS);

/** The complaints scheme's handling term when the deployment sets none (DOMAIN.md: commonly 6 weeks). */
export const DEFAULT_COMPLAINT_TERM_WEEKS = 6;

/** From this age a child asks for the destruction of their file themselves; before it, never (Jeugdwet art. 7.3.9). */
export const DESTRUCTION_REQUEST_FROM_AGE = 12;

export const CORRECTION_DECISIONS = ['corrected', 'refused'] as const;
export type CorrectionDecision = (typeof CORRECTION_DECISIONS)[number];

export const DESTRUCTION_REQUEST_DECISIONS = ['destroy', 'refuse'] as const;
export type DestructionRequestDecision = (typeof DESTRUCTION_REQUEST_DECISIONS)[number];

/** Why the file is kept despite the request: the two exceptions of Jeugdwet art. 7.3.9 lid 2. */
export const DESTRUCTION_EXCEPTIONS = ['considerable-interest-of-another', 'legal-duty'] as const;
export type DestructionException = (typeof DESTRUCTION_EXCEPTIONS)[number];

export const COMPLAINT_OUTCOMES = ['upheld', 'partly-upheld', 'not-upheld'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

/** The family member taking one of the family's own steps, with the inspection right they have today. */
export type Requester = Readonly<{ person: FamilyPerson; right: InspectionRight }>;

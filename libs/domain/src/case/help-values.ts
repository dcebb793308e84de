import { Uuid } from '../shared/ids';
import { IsoDate } from '../shared/iso-date';
import { ParticipantViewOf } from './values';

/**
 * Whether the gemeente grants a kind of help by a decision (beschikking). Jeugdwet art. 2.9 leaves it to the
 * municipality's ordinance (verordening jeugdhulp) which help is freely accessible (overige voorziening) and which
 * is an individual provision (individuele voorziening) the college decides on (Awb art. 3:2 with Jeugdwet art. 2.3;
 * CRvB 1 May 2017). The split below is the usual one in the ordinances read, not each municipality's (unconfirmed).
 */
export const HELP_SERVICE_ACCESS = {
  'parenting-support': 'free-access',
  'wijkteam-support': 'free-access',
  'school-social-work': 'free-access',
  'ambulatory-youth-care': 'individual',
  'youth-mental-health': 'individual',
  'day-treatment': 'individual',
  'respite-care': 'individual',
  other: 'individual',
} as const satisfies Record<string, 'free-access' | 'individual'>;
export type HelpServiceKind = keyof typeof HELP_SERVICE_ACCESS;
export const HELP_SERVICE_KINDS = Object.keys(HELP_SERVICE_ACCESS) as readonly HelpServiceKind[];

/** Jeugdwet art. 2.6 lid 1 sub g (reported, unconfirmed): these doctors refer to jeugdhulp without the gemeente's decision. */
export const MEDICAL_REFERRERS = ['huisarts', 'medisch-specialist', 'jeugdarts'] as const;
export type MedicalReferrer = (typeof MEDICAL_REFERRERS)[number];

export type Beschikking = Readonly<{ reference: string; decidedOn: IsoDate; validUntil?: IsoDate }>;

export type HelpGoal = Readonly<{ goalId: Uuid; description: string; childIds: readonly Uuid[] }>;

/** Help arranged for the plan; an individual provision rests on the gemeente's beschikking or a doctor's referral. */
export type HelpService = Readonly<{
  serviceId: Uuid;
  kind: HelpServiceKind;
  provider: string;
  description: string;
  beschikking?: Beschikking;
  referredBy?: MedicalReferrer;
}>;

export const GOAL_PROGRESS = ['achieved', 'progressing', 'no-progress', 'worsened'] as const;
export type GoalProgress = (typeof GOAL_PROGRESS)[number];

export type GoalEvaluation = Readonly<{ goalId: Uuid; progress: GoalProgress; note: string }>;

/** Where the placed child grows up (perspectiefbesluit): home again, in the foster family, or elsewhere. */
export const PERSPECTIVES = ['return-home', 'foster-family', 'elsewhere'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];
export const PERSPECTIVE_PREFERENCES = [...PERSPECTIVES, 'no-preference'] as const;
export type PerspectiveView = ParticipantViewOf<(typeof PERSPECTIVE_PREFERENCES)[number]>;

/** What aftercare (nazorg) follows: the child's return home, or coming of age in care. */
export const AFTERCARE_GROUNDS = ['return-home', 'age-of-majority'] as const;
export type AftercareGround = (typeof AFTERCARE_GROUNDS)[number];

import { addYears, type IsoDate } from '../../shared/iso-date';

/** The kinds of record a case can be; one case can be several, and then its longest term applies. */
export const RECORD_KINDS = ['jeugdhulp', 'gi', 'veilig-thuis', 'raad'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** What a term counts from: the end of care, the youngest child's 18th birthday, or their birth. */
export type TermStart = 'care-ended' | 'majority' | 'birth';

export type RetentionTerm = Readonly<{ years: number; from: TermStart; source: string; confirmed: boolean }>;

/** The years of each kind, as configured (`RETENTION_YEARS`); what they count from is part of the rule. */
export type RetentionYears = Readonly<Record<RecordKind, number>>;

/**
 * DOMAIN.md's retention row. Only the jeugdhulp term's article is confirmed; the others are the terms
 * the government's own Q&A reports, their legal sources still to confirm: configure them when they are.
 */
export const RETENTION_TERMS = {
  jeugdhulp: { years: 20, from: 'care-ended', source: 'Jeugdwet art. 7.3.8 (15 → 20 years in 2020)', confirmed: true },
  gi: {
    years: 30,
    from: 'majority',
    source: 'OTS or voogdij: "uiterlijk 30 jaar nadat de jongere meerderjarig geworden is" (Rijksoverheid Q&A; source to confirm)',
    confirmed: false,
  },
  'veilig-thuis': {
    years: 20,
    from: 'care-ended',
    source: 'Veilig Thuis: 20 years, longer where a child-protection measure needs it (Rijksoverheid Q&A; Wmo 2015 article to confirm)',
    confirmed: false,
  },
  raad: {
    years: 100,
    from: 'birth',
    source:
      'Raad voor de Kinderbescherming, protection investigation: 100 years after the birth of the child (Kwaliteitskader RvdK; to confirm)',
    confirmed: false,
  },
} as const satisfies Record<RecordKind, RetentionTerm>;

export const DEFAULT_RETENTION_YEARS: RetentionYears = {
  jeugdhulp: RETENTION_TERMS.jeugdhulp.years,
  gi: RETENTION_TERMS.gi.years,
  'veilig-thuis': RETENTION_TERMS['veilig-thuis'].years,
  raad: RETENTION_TERMS.raad.years,
};

/** The facts a term counts from; `youngestBirthDate` is the birth date of the case's youngest child. */
export type TermFacts = Readonly<{ careEndedOn: IsoDate; youngestBirthDate: IsoDate }>;

const MAJORITY_YEARS = 18;

const START_OF: Readonly<Record<TermStart, (facts: TermFacts) => IsoDate>> = {
  'care-ended': (facts) => facts.careEndedOn,
  majority: (facts) => addYears(facts.youngestBirthDate, MAJORITY_YEARS),
  birth: (facts) => facts.youngestBirthDate,
};

/** The last day a record of this kind is kept; never before care ended. */
export function keptUntil(kind: RecordKind, years: number, facts: TermFacts): IsoDate {
  const until = addYears(START_OF[RETENTION_TERMS[kind].from](facts), years);
  return until < facts.careEndedOn ? facts.careEndedOn : until;
}

/**
 * The family's answers as issue 18's contract writes them (family-s25.md). Until the API's document carries their
 * schemas these are the contract's own words; then they become the document's names, as case-types.ts does.
 */
export type FamilyRelation = 'parent' | 'step-parent' | 'caregiver' | 'sibling' | 'grandparent' | 'other';
export type Right = 'file' | 'information' | 'none';

export type MyFiles = Readonly<{
  files: readonly { caseId: string; personId: string; as: 'child' | FamilyRelation; right: Right; municipality: string; status: string }[];
}>;

export type OwnWords = Readonly<{ whoText: string; words: string; preference?: string }>;
export type HappenedLine = Readonly<{
  eventNumber: number;
  on: string;
  text: string;
  by: { organisation: string; roleText: string };
  why?: string;
  ownWords?: readonly OwnWords[];
}>;

export type MyFile = Readonly<{
  caseId: string;
  revision: number;
  you: { personId: string; as: 'child' | FamilyRelation; right: Right; rightText: string };
  contact: { team: string; organisation: string; lead: { name: string } | null };
  status: string;
  phaseText: string;
  happened?: readonly HappenedLine[];
  next?: readonly { text: string; dueOn: string }[];
  withheld?: readonly { on: string; text: string; groundText: string; reason: string }[];
  information?: readonly { on: string; text: string }[];
}>;

export type AccessLogLine = Readonly<{
  at: string;
  organisation: string;
  roleText: string;
  name?: string;
  whatText: string;
  groundText: string;
}>;
export type WhoLooked = Readonly<{ namesShown: boolean; lines: readonly AccessLogLine[] }>;

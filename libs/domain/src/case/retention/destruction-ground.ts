import type { Uuid } from '../../shared/ids';
import type { IsoDate } from '../../shared/iso-date';
import type { RecordKind, TermStart } from './retention-terms';

/** How long one closed case is kept, and which of its kinds decides it. */
export type CaseRetention = Readonly<{
  kinds: readonly RecordKind[];
  /** The kind whose term ends last: the file is kept, and destroyed, as a whole. */
  decidingKind: RecordKind;
  termYears: number;
  from: TermStart;
  careEndedOn: IsoDate;
  retainUntil: IsoDate;
  source: string;
}>;

/** The request of a child or parent (Jeugdwet art. 7.3.9), decided to destroy on `decidedOn`. */
export type FamilyRequestGround = Readonly<{
  kind: 'family-request';
  requestId: Uuid;
  personId: Uuid;
  requestedOn: IsoDate;
  decidedOn: IsoDate;
}>;

/** Why a file was destroyed: its retention term ended, or a family member asked for it (the same step either way). */
export type DestructionGround = Readonly<{ kind: 'retention-term-ended' } & CaseRetention> | FamilyRequestGround;

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

/**
 * Why a file was destroyed. Its retention term ended; destruction on a family's request
 * (Jeugdwet art. 7.3.9, issue 18) will be another ground for the same step.
 */
export type DestructionGround = Readonly<{ kind: 'retention-term-ended' } & CaseRetention>;

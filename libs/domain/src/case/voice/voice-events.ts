import type { Uuid } from '../../shared/ids';
import type { IsoDate } from '../../shared/iso-date';
import type { CaseEventOf } from '../message-of';
import type { ComplaintOutcome, CorrectionDecision, DestructionRequestDecision, DestructionException } from './voice-values';

/** `personId`: the child or family member who acts; their words are their personal data (sealed under them). */
export type OwnStatementAdded = CaseEventOf<
  'OwnStatementAdded',
  { statementId: Uuid; personId: Uuid; text: string; aboutEventNumber: number | null; addedOn: IsoDate }
>;

export type CorrectionRequested = CaseEventOf<
  'CorrectionRequested',
  { requestId: Uuid; personId: Uuid; aboutEventNumber: number; what: string; proposed: string; requestedOn: IsoDate }
>;

/** The answer; when corrected, `correction` is the corrected text: the step it corrects stays as it was. */
export type CorrectionDecided = CaseEventOf<
  'CorrectionDecided',
  { requestId: Uuid; aboutEventNumber: number; decision: CorrectionDecision; reason: string; correction: string | null; decidedOn: IsoDate }
>;

export type DestructionRequested = CaseEventOf<
  'DestructionRequested',
  { requestId: Uuid; personId: Uuid; reason: string | null; requestedOn: IsoDate; decideBy: IsoDate }
>;

export type DestructionRequestDecided = CaseEventOf<
  'DestructionRequestDecided',
  { requestId: Uuid; decision: DestructionRequestDecision; exception: DestructionException | null; reason: string; decidedOn: IsoDate }
>;

export type ComplaintFiled = CaseEventOf<
  'ComplaintFiled',
  { complaintId: Uuid; personId: Uuid; about: string; text: string; filedOn: IsoDate; handleBy: IsoDate }
>;

export type ComplaintHandled = CaseEventOf<
  'ComplaintHandled',
  { complaintId: Uuid; outcome: ComplaintOutcome; reason: string; handledOn: IsoDate }
>;

export type VoiceEvent =
  | OwnStatementAdded
  | CorrectionRequested
  | CorrectionDecided
  | DestructionRequested
  | DestructionRequestDecided
  | ComplaintFiled
  | ComplaintHandled;

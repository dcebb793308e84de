import type { Uuid } from '../../shared/ids';
import type { CaseCommandOf } from '../message-of';
import type { ComplaintOutcome, CorrectionDecision, DestructionRequestDecision, DestructionException } from './voice-values';

/** The family's own words added to the file (eigen verklaring), about the file or about one step of it. */
export type AddOwnStatement = CaseCommandOf<
  'AddOwnStatement',
  { caseId: Uuid; statementId: Uuid; text: string; aboutEventNumber?: number }
>;

/** A factual error the family asks to correct: which step, what is wrong, what it should say. */
export type RequestCorrection = CaseCommandOf<
  'RequestCorrection',
  { caseId: Uuid; requestId: Uuid; aboutEventNumber: number; what: string; proposed: string }
>;

/** The professional's answer: corrected (the correction is recorded as a new event) or refused, with a reason. */
export type DecideCorrection = CaseCommandOf<
  'DecideCorrection',
  { caseId: Uuid; requestId: Uuid; decision: CorrectionDecision; reason: string; correction?: string }
>;

export type RequestDestruction = CaseCommandOf<'RequestDestruction', { caseId: Uuid; requestId: Uuid; reason?: string }>;

/** Destroy, or refuse on one of the law's exceptions; a destroy destroys the file as the end of its term does. */
export type DecideDestruction = CaseCommandOf<
  'DecideDestruction',
  { caseId: Uuid; requestId: Uuid; decision: DestructionRequestDecision; exception?: DestructionException; reason: string }
>;

export type FileComplaint = CaseCommandOf<
  'FileComplaint',
  {
    caseId: Uuid;
    complaintId: Uuid;
    about: string;
    text: string;
    /** The edge's fact: the complaints scheme's handling term (COMPLAINT_TERM_WEEKS); not the client's to send. */
    complaintTermWeeks: number;
  }
>;

export type HandleComplaint = CaseCommandOf<
  'HandleComplaint',
  { caseId: Uuid; complaintId: Uuid; outcome: ComplaintOutcome; reason: string }
>;

/** The steps the family takes itself (write scope `family`). */
export type FamilyStep = AddOwnStatement | RequestCorrection | RequestDestruction | FileComplaint;

/** The case's answers to them. */
export type FamilyStepAnswer = DecideCorrection | DecideDestruction | HandleComplaint;

export type VoiceCommand = FamilyStep | FamilyStepAnswer;

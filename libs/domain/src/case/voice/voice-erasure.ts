import type { Uuid } from '../../shared/ids';
import { ERASED } from '../values';
import type { FamilyVoiceRecord } from './voice-state';

/** The family's voice after `personId`'s erasure: what they wrote reads `[erased]`; the requests, dates and answers stay. */
export function eraseVoice(voice: FamilyVoiceRecord, personId: Uuid): FamilyVoiceRecord {
  const theirs = (of: { personId: Uuid }) => of.personId === personId;
  return {
    statements: voice.statements.map((s) => (theirs(s) ? { ...s, text: ERASED } : s)),
    corrections: voice.corrections.map((c) => (theirs(c) ? { ...c, what: ERASED, proposed: ERASED } : c)),
    destructionRequests: voice.destructionRequests.map((r) => (theirs(r) && r.reason !== null ? { ...r, reason: ERASED } : r)),
    complaints: voice.complaints.map((c) => (theirs(c) ? { ...c, about: ERASED, text: ERASED } : c)),
  };
}

import type {
  ComplaintFiled,
  ComplaintHandled,
  CorrectionDecided,
  CorrectionRequested,
  DestructionRequestDecided,
  DestructionRequested,
  OwnStatementAdded,
  VoiceEvent,
} from './voice-events';

export type CorrectionRecord = CorrectionRequested['data'] & {
  decision: Omit<CorrectionDecided['data'], 'requestId' | 'aboutEventNumber'> | null;
};

export type DestructionRequestRecord = DestructionRequested['data'] & {
  decision: Omit<DestructionRequestDecided['data'], 'requestId'> | null;
};

export type ComplaintRecord = ComplaintFiled['data'] & { handled: Omit<ComplaintHandled['data'], 'complaintId'> | null };

/** The family's own voice in the file: their statements, and their requests with the case's answers. */
export type FamilyVoiceRecord = Readonly<{
  statements: readonly OwnStatementAdded['data'][];
  corrections: readonly CorrectionRecord[];
  destructionRequests: readonly DestructionRequestRecord[];
  complaints: readonly ComplaintRecord[];
}>;

export const noVoiceYet = (): FamilyVoiceRecord => ({ statements: [], corrections: [], destructionRequests: [], complaints: [] });

export function evolveVoice(voice: FamilyVoiceRecord, event: VoiceEvent): FamilyVoiceRecord {
  switch (event.type) {
    case 'OwnStatementAdded':
      return { ...voice, statements: [...voice.statements, event.data] };
    case 'CorrectionRequested':
      return { ...voice, corrections: [...voice.corrections, { ...event.data, decision: null }] };
    case 'CorrectionDecided': {
      const { requestId, aboutEventNumber: _about, ...decision } = event.data;
      return { ...voice, corrections: voice.corrections.map((c) => (c.requestId === requestId ? { ...c, decision } : c)) };
    }
    case 'DestructionRequested':
      return { ...voice, destructionRequests: [...voice.destructionRequests, { ...event.data, decision: null }] };
    case 'DestructionRequestDecided': {
      const { requestId, ...decision } = event.data;
      const destructionRequests = voice.destructionRequests.map((r) => (r.requestId === requestId ? { ...r, decision } : r));
      return { ...voice, destructionRequests };
    }
    case 'ComplaintFiled':
      return { ...voice, complaints: [...voice.complaints, { ...event.data, handled: null }] };
    case 'ComplaintHandled': {
      const { complaintId, ...handled } = event.data;
      return { ...voice, complaints: voice.complaints.map((c) => (c.complaintId === complaintId ? { ...c, handled } : c)) };
    }
  }
}

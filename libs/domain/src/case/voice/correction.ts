import { refuse } from '../errors';
import { Moment, requireText } from '../decide/guards';
import { ExistingCase } from '../state';
import { requireEventNumber, requireSomeInspectionRight } from './family-rights';
import { DecideCorrection, RequestCorrection } from './voice-commands';
import { CorrectionDecided, CorrectionRequested } from './voice-events';
import { CorrectionRecord } from './voice-state';
import { Requester } from './voice-values';

/** A request to correct a factual error in one step of the file (AVG art. 16): the professional decides. */
export function requestCorrection(
  { data }: RequestCorrection,
  state: ExistingCase,
  { today }: Moment,
  requester: Requester,
): [CorrectionRequested] {
  requireSomeInspectionRight(requester, 'a correction');
  if (state.familyVoice.corrections.some((c) => c.requestId === data.requestId)) {
    refuse('FAMILY.CORRECTION_ALREADY_REQUESTED', `correction request ${data.requestId} is already on the file`);
  }
  const aboutEventNumber = requireEventNumber(data.aboutEventNumber, 'the step to correct');
  const what = requireText(data.what, 'what is wrong');
  const proposed = requireText(data.proposed, 'what it should say');
  const { requestId } = data;
  return [
    {
      type: 'CorrectionRequested',
      data: { requestId, personId: requester.person.personId, aboutEventNumber, what, proposed, requestedOn: today },
    },
  ];
}

/**
 * Corrected or refused, always with a reason. A correction is a new event that names the step it corrects; that step
 * stays as it was, so the file shows both.
 */
export function decideCorrection({ data }: DecideCorrection, state: ExistingCase, { today }: Moment): [CorrectionDecided] {
  const request = requireUndecidedCorrection(state, data.requestId);
  const reason = requireText(data.reason, 'why the correction is made or refused');
  if (data.decision === 'corrected') requireText(data.correction, 'the corrected text');
  else if (data.correction !== undefined) {
    refuse(
      'FAMILY.CORRECTION_REFUSED_WITH_TEXT',
      'a refused correction corrects nothing: leave the corrected text out, or decide "corrected"',
    );
  }
  const { requestId, decision } = data;
  return [
    {
      type: 'CorrectionDecided',
      data: {
        requestId,
        aboutEventNumber: request.aboutEventNumber,
        decision,
        reason,
        correction: data.correction ?? null,
        decidedOn: today,
      },
    },
  ];
}

export function requireUndecidedCorrection(state: ExistingCase, requestId: string): CorrectionRecord {
  const request = state.familyVoice.corrections.find((c) => c.requestId === requestId);
  if (!request) refuse('FAMILY.CORRECTION_NOT_FOUND', `no correction request ${requestId} on this case`);
  if (request.decision)
    refuse('FAMILY.CORRECTION_ALREADY_DECIDED', `correction request ${requestId} was decided on ${request.decision.decidedOn}`);
  return request;
}

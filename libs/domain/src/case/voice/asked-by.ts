import { Uuid } from '../../shared/ids';
import { CaseEvent } from '../events';
import { ExistingCase } from '../state';

/** The person who made the request with this id (a correction, a destruction request, a complaint); undefined: none. */
export function requestAskedBy({ familyVoice }: ExistingCase, id: Uuid): Uuid | undefined {
  const requests = [...familyVoice.corrections, ...familyVoice.destructionRequests];
  return requests.find((r) => r.requestId === id)?.personId ?? familyVoice.complaints.find((c) => c.complaintId === id)?.personId;
}

/**
 * Whose the step is when it is the family's voice: the statement's author, the person who asked, or who asked what it answers.
 * Only they read it in their file: another's complaint or request is theirs (a child's statement, too). Undefined: any other step.
 */
export function askedBy(event: CaseEvent, state: ExistingCase): Uuid | undefined {
  switch (event.type) {
    case 'OwnStatementAdded':
    case 'CorrectionRequested':
    case 'DestructionRequested':
    case 'ComplaintFiled':
      return event.data.personId;
    case 'CorrectionDecided':
    case 'DestructionRequestDecided':
      return requestAskedBy(state, event.data.requestId);
    case 'ComplaintHandled':
      return requestAskedBy(state, event.data.complaintId);
    default:
      return undefined;
  }
}

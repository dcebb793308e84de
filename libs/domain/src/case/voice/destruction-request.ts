import { addMonths } from '../../shared/iso-date';
import { refuse } from '../errors';
import { Moment, requireText } from '../decide/guards';
import { activeCourtOrders } from '../queries';
import { ExistingCase } from '../state';
import { CaseFileDestroyed } from '../events';
import { refuseChildUnder12, requireFileRight } from './family-rights';
import { DecideDestruction, RequestDestruction } from './voice-commands';
import { DestructionRequestDecided, DestructionRequested } from './voice-events';
import { DestructionRequestRecord } from './voice-state';
import { DESTRUCTION_DECISION_MONTHS, Requester } from './voice-values';

/** A request to destroy the file (Jeugdwet art. 7.3.9): decided within 3 months; never asked by a child under 12. */
export function requestDestruction(
  { data }: RequestDestruction,
  state: ExistingCase,
  { today }: Moment,
  requester: Requester,
): [DestructionRequested] {
  refuseChildUnder12(state, requester, today);
  requireFileRight(requester, 'a request to destroy the file');
  const requests = state.familyVoice.destructionRequests;
  if (requests.some((r) => r.requestId === data.requestId)) {
    refuse('FAMILY.DESTRUCTION_ALREADY_REQUESTED', `destruction request ${data.requestId} is already on the file`);
  }
  const open = requests.find((r) => r.decision === null);
  if (open) {
    refuse(
      'FAMILY.DESTRUCTION_REQUEST_OPEN',
      `a request to destroy this file (of ${open.requestedOn}) is still to be decided, by ${open.decideBy}`,
    );
  }
  const reason = data.reason === undefined || data.reason.trim() === '' ? null : data.reason;
  const decideBy = addMonths(today, DESTRUCTION_DECISION_MONTHS);
  return [
    {
      type: 'DestructionRequested',
      data: { requestId: data.requestId, personId: requester.person.personId, reason, requestedOn: today, decideBy },
    },
  ];
}

/**
 * Destroy, or keep on one of the law's exceptions: another's considerable interest in keeping it, or a legal duty.
 * A court order in force is such a duty (the judge's measure is carried out on this file), and so the file is not
 * destroyed while one is. A destroyed file takes no step, so the case is closed first. On destroy the file is destroyed
 * as at the end of its term, on the ground of the request.
 */
export function decideDestructionRequest(
  { data }: DecideDestruction,
  state: ExistingCase,
  { today }: Moment,
): [DestructionRequestDecided] | [DestructionRequestDecided, CaseFileDestroyed] {
  const request = requireUndecidedDestruction(state, data.requestId);
  const reason = requireText(data.reason, 'why the file is destroyed or kept');
  const { requestId, decision } = data;
  const decided: DestructionRequestDecided = {
    type: 'DestructionRequestDecided',
    data: { requestId, decision, exception: data.exception ?? null, reason, decidedOn: today },
  };
  if (decision === 'refuse') {
    if (data.exception === undefined) {
      refuse(
        'FAMILY.DESTRUCTION_REFUSED_WITHOUT_EXCEPTION',
        "the file is destroyed on request unless an exception of the law holds: name it ('considerable-interest-of-another' or 'legal-duty')",
      );
    }
    return [decided];
  }
  if (data.exception !== undefined) {
    refuse(
      'FAMILY.DESTRUCTION_EXCEPTION_WITH_DESTROY',
      `an exception (${data.exception}) keeps the file: decide "refuse" with it, or leave it out`,
    );
  }
  requireNoCourtOrderInForce(state, today);
  if (state.status !== 'closed') {
    refuse(
      'FAMILY.DESTRUCTION_CASE_OPEN',
      'a destroyed file takes no step: close the case before destroying its file, or refuse with a reason',
    );
  }
  const ground = {
    kind: 'family-request',
    requestId,
    personId: request.personId,
    requestedOn: request.requestedOn,
    decidedOn: today,
  } as const;
  return [decided, { type: 'CaseFileDestroyed', data: { ground, destroyedOn: today } }];
}

function requireNoCourtOrderInForce(state: ExistingCase, today: string): void {
  const inForce = activeCourtOrders(state, today);
  if (inForce.length === 0) return;
  refuse(
    'FAMILY.DESTRUCTION_LEGAL_DUTY',
    `a court order is in force on this case until ${inForce
      .map((o) => o.validUntil)
      .sort()
      .at(-1)}: the law requires its file to be kept; refuse with 'legal-duty'`,
  );
}

export function requireUndecidedDestruction(state: ExistingCase, requestId: string): DestructionRequestRecord {
  const request = state.familyVoice.destructionRequests.find((r) => r.requestId === requestId);
  if (!request) refuse('FAMILY.DESTRUCTION_REQUEST_NOT_FOUND', `no destruction request ${requestId} on this case`);
  if (request.decision)
    refuse('FAMILY.DESTRUCTION_ALREADY_DECIDED', `destruction request ${requestId} was decided on ${request.decision.decidedOn}`);
  return request;
}

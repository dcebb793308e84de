import { EndCourtOrder } from '../commands';
import { MACHTIGING_BASIS_KINDS, supervisionCoveredUntil } from '../court-order-limits';
import { refuse } from '../errors';
import { CourtOrderEnded } from '../events';
import { courtOrdersFor, isValidOn, lastDayOf } from '../queries';
import { CourtOrderRecord, ExistingCase } from '../state';
import { Moment, requireDate, requireNotAfterToday, requireText } from './guards';

/**
 * The court ends an order before its term: lifted, revoked or ended early, recorded with its decision.
 * A machtiging uithuisplaatsing rests on an OTS (BW 1:265b): one no other supervision order still covers
 * ends with it, in the same decision.
 */
export function endCourtOrder({ data }: EndCourtOrder, state: ExistingCase, moment: Moment): CourtOrderEnded[] {
  const order = requireInForce(state, data.courtOrderId);
  requireDate(data.endedOn, 'the day the order ends');
  requireNotAfterToday(data.decidedOn, 'the date of the decision', moment);
  requireText(data.court, 'the court');
  requireText(data.caseNumber, 'the court case number');
  requireText(data.decision, "the court's decision");
  requireEndWithin(order, data.endedOn);
  const { how, endedOn, decidedOn, court, caseNumber, decision } = data;
  return orderEnded(state, order, { how, endedOn, decidedOn, court, caseNumber, decision });
}

type Ending = Omit<CourtOrderEnded['data'], 'courtOrderId' | 'childId' | 'becauseOf'>;

/** The order's end, and the end of each machtiging resting on it that no other supervision order covers. */
export function orderEnded(state: ExistingCase, order: CourtOrderRecord, ending: Ending): CourtOrderEnded[] {
  const ended: CourtOrderEnded = {
    type: 'CourtOrderEnded',
    data: { courtOrderId: order.courtOrderId, childId: order.childId, ...ending, becauseOf: null },
  };
  const fallen = machtigingenResting(state, order, ending.endedOn).map((m): CourtOrderEnded => ({
    type: 'CourtOrderEnded',
    data: { ...ended.data, courtOrderId: m.courtOrderId, how: 'with-supervision', becauseOf: order.courtOrderId },
  }));
  return [ended, ...fallen];
}

export function requireEndWithin(order: CourtOrderRecord, endedOn: string): void {
  if (endedOn < order.validFrom || endedOn > order.validUntil) {
    refuse(
      'COURT_ORDER.END_OUTSIDE_PERIOD',
      `court order ${order.courtOrderId} runs from ${order.validFrom} to ${order.validUntil}; it cannot end on ${endedOn}`,
    );
  }
}

export function requireInForce(state: ExistingCase, courtOrderId: string): CourtOrderRecord {
  const order = state.courtOrders.find((o) => o.courtOrderId === courtOrderId);
  if (!order) refuse('COURT_ORDER.NOT_FOUND', `no court order ${courtOrderId} on this case`);
  if (order.ended) refuse('COURT_ORDER.ALREADY_ENDED', `court order ${courtOrderId} was ${order.ended.how} from ${order.ended.endedOn}`);
  return order;
}

/** The child's machtigingen still in force after `endedOn` that the remaining OTS or voogdij no longer covers. */
function machtigingenResting(state: ExistingCase, order: CourtOrderRecord, endedOn: string): readonly CourtOrderRecord[] {
  if (!MACHTIGING_BASIS_KINDS.includes(order.kind)) return [];
  const remaining = courtOrdersFor(state, order.childId, MACHTIGING_BASIS_KINDS).filter((o) => o.courtOrderId !== order.courtOrderId);
  return courtOrdersFor(state, order.childId, ['machtiging-uithuisplaatsing']).filter((m) => {
    if (m.ended || lastDayOf(m) < endedOn) return false;
    const from = isValidOn(m, endedOn) ? endedOn : m.validFrom;
    const coveredUntil = supervisionCoveredUntil(remaining, from);
    return coveredUntil === null || coveredUntil < lastDayOf(m);
  });
}

import { addDays } from '../../shared/iso-date';
import { LodgeAppeal, RecordAppealOutcome } from '../commands';
import { refuse } from '../errors';
import { AppealDecided, AppealLodged, CaseEvent } from '../events';
import { lastDayOf } from '../queries';
import { ExistingCase } from '../state';
import { orderEnded, requireEndWithin } from './court-order-end';
import { Moment, requireDate, requireNotAfterToday, requireText } from './guards';

/** An appeal (hoger beroep) against a court order; the order holds meanwhile (unconfirmed: no suspensive effect). */
export function lodgeAppeal({ data }: LodgeAppeal, state: ExistingCase, moment: Moment): [AppealLodged] {
  if (state.appeals.some((a) => a.appealId === data.appealId))
    refuse('APPEAL.ALREADY_LODGED', `appeal ${data.appealId} is already on record`);
  const order = state.courtOrders.find((o) => o.courtOrderId === data.courtOrderId);
  if (!order) refuse('COURT_ORDER.NOT_FOUND', `no court order ${data.courtOrderId} on this case`);
  requireNotAfterToday(data.lodgedOn, 'the date the appeal was lodged', moment);
  if (data.lodgedOn < order.issuedOn) {
    refuse('INPUT.INVALID_DATE', `the appeal (${data.lodgedOn}) lies before the order was issued (${order.issuedOn})`);
  }
  requireText(data.court, 'the court of appeal');
  requireText(data.caseNumber, 'the appeal case number');
  const { appealId, courtOrderId, lodgedOn, lodgedBy, court, caseNumber } = data;
  return [{ type: 'AppealLodged', data: { appealId, courtOrderId, childId: order.childId, lodgedOn, lodgedBy, court, caseNumber } }];
}

/** Upheld, the order stands; overturned, it ends that day; shortened, it ends after its new last day. */
export function recordAppealOutcome({ data }: RecordAppealOutcome, state: ExistingCase, moment: Moment): CaseEvent[] {
  const appeal = state.appeals.find((a) => a.appealId === data.appealId);
  if (!appeal) refuse('APPEAL.NOT_FOUND', `no appeal ${data.appealId} on this case`);
  if (appeal.outcome) refuse('APPEAL.ALREADY_DECIDED', `appeal ${data.appealId} was decided: ${appeal.outcome.outcome}`);
  requireNotAfterToday(data.decidedOn, 'the date of the appeal decision', moment);
  requireText(data.decision, "the court of appeal's decision");
  const order = state.courtOrders.find((o) => o.courtOrderId === appeal.courtOrderId)!;
  const lastDay =
    data.outcome === 'shortened' ? requireDate(requireText(data.lastDay, 'the new last day of the order'), 'the new last day') : null;
  const decided: AppealDecided = {
    type: 'AppealDecided',
    data: {
      appealId: appeal.appealId,
      courtOrderId: order.courtOrderId,
      outcome: data.outcome,
      decidedOn: data.decidedOn,
      decision: data.decision,
      lastDay,
    },
  };
  if (data.outcome === 'upheld') return [decided];
  const endedOn = lastDay === null ? data.decidedOn : addDays(lastDay, 1);
  requireEndWithin(order, endedOn);
  if (order.ended || lastDayOf(order) < endedOn) return [decided];
  const how = data.outcome === 'overturned' ? 'overturned-on-appeal' : 'shortened-on-appeal';
  const { court, caseNumber } = appeal;
  return [decided, ...orderEnded(state, order, { how, endedOn, decidedOn: data.decidedOn, court, caseNumber, decision: data.decision })];
}

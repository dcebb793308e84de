import { RecordRaadAdvice } from '../commands';
import { refuse } from '../errors';
import { RaadAdviceRecorded } from '../events';
import { ExistingCase } from '../state';
import { RAAD_RECOMMENDATIONS } from '../values';
import { Moment, requireDate, requireNotAfterToday, requireText } from './guards';

/**
 * The Raad voor de Kinderbescherming's advice on a request to extend an OTS (BW 1:260 lid 2 names who may ask):
 * recorded with who advised, what, and on which request. When the judge needs it is not enforced: no article
 * confirmed (docs/rules.md); a court has refused an extension for want of it (ECLI:NL:RBNNE:2021:1219).
 */
export function recordRaadAdvice({ data }: RecordRaadAdvice, state: ExistingCase, moment: Moment): [RaadAdviceRecorded] {
  if (state.raadAdvice.some((a) => a.adviceId === data.adviceId)) {
    refuse('RAAD_ADVICE.ALREADY_RECORDED', `advice ${data.adviceId} is already on record`);
  }
  const order = state.courtOrders.find((o) => o.courtOrderId === data.courtOrderId);
  if (!order) refuse('COURT_ORDER.NOT_FOUND', `no court order ${data.courtOrderId} on this case`);
  if (order.kind !== 'ots') {
    refuse(
      'RAAD_ADVICE.NOT_ON_AN_OTS',
      `order ${order.courtOrderId} is a ${order.kind}: the Raad's advice recorded here is on extending an OTS`,
    );
  }
  if (order.ended) refuse('COURT_ORDER.ALREADY_ENDED', `the OTS ${order.courtOrderId} ended on ${order.ended.endedOn}: nothing to extend`);
  if (!RAAD_RECOMMENDATIONS.includes(data.recommendation)) {
    refuse('INPUT.MISSING', `the recommendation is one of ${RAAD_RECOMMENDATIONS.join(', ')}`);
  }
  requireText(data.requestCaseNumber, 'the case number of the extension request');
  requireText(data.advisor, 'who advised for the Raad');
  requireText(data.office, "the Raad's office");
  requireText(data.advice, 'the advice, in its words');
  const advisedOn = requireNotAfterToday(data.advisedOn, 'the date of the advice', moment);
  if (requireDate(data.requestedOn, 'the date of the extension request') > advisedOn) {
    refuse('INPUT.INVALID_DATE', `the advice (${advisedOn}) lies before the request it is on (${data.requestedOn})`);
  }
  const { adviceId, courtOrderId, requestCaseNumber, requestedOn, advisor, office, recommendation, advice } = data;
  const recorded = {
    adviceId,
    courtOrderId,
    childId: order.childId,
    requestCaseNumber,
    requestedOn,
    advisor,
    office,
    recommendation,
    advice,
  };
  return [{ type: 'RaadAdviceRecorded', data: { ...recorded, advisedOn } }];
}

import { parentsHearingDueOn } from '../../deadlines/case-deadlines';
import { RecordCourtOrder } from '../commands';
import { latestLegalValidUntil, SUPERVISION_KINDS, supervisionCoveredUntil } from '../court-order-limits';
import { refuse } from '../errors';
import { CourtOrderRecorded } from '../events';
import { courtOrdersFor } from '../queries';
import { ExistingCase } from '../state';
import { Moment, requireChildrenOfCase, requireDate, requireNotAfterToday, requireText } from './guards';

export function recordCourtOrder({ data }: RecordCourtOrder, state: ExistingCase, moment: Moment): [CourtOrderRecorded] {
  if (state.courtOrders.some((o) => o.courtOrderId === data.courtOrderId)) {
    refuse('COURT_ORDER.ALREADY_RECORDED', `court order ${data.courtOrderId} is already on record`);
  }
  requireChildrenOfCase(state, [data.childId]);
  requireText(data.court, 'the court');
  requireText(data.caseNumber, 'the court case number');
  requireText(data.giOrganisation, 'the GI charged with the order');
  requireNotAfterToday(data.issuedOn, 'the date the order was issued', moment);
  requireDate(data.validFrom, 'valid from');
  requireDate(data.validUntil, 'valid until');
  if (data.validUntil <= data.validFrom) {
    refuse('COURT_ORDER.INVALID_PERIOD', `valid until (${data.validUntil}) must lie after valid from (${data.validFrom})`);
  }
  const legalMaximum = latestLegalValidUntil(data.kind, data.validFrom);
  if (legalMaximum !== null && data.validUntil > legalMaximum) {
    refuse(
      'COURT_ORDER.EXCEEDS_LEGAL_MAXIMUM',
      `a ${data.kind} from ${data.validFrom} runs at most until ${legalMaximum}, not ${data.validUntil}`,
    );
  }
  requireExtendsSameOrder(data, state);
  requireWithinSupervision(data, state);

  const needsHearing = data.kind === 'spoedmachtiging' && data.parentsHeard !== true;
  return [
    {
      type: 'CourtOrderRecorded',
      data: {
        courtOrderId: data.courtOrderId,
        kind: data.kind,
        childId: data.childId,
        issuedOn: data.issuedOn,
        validFrom: data.validFrom,
        validUntil: data.validUntil,
        court: data.court,
        caseNumber: data.caseNumber,
        giOrganisation: data.giOrganisation,
        extendsCourtOrderId: data.extendsCourtOrderId ?? null,
        parentsHearingDueOn: needsHearing ? parentsHearingDueOn(data.issuedOn) : null,
      },
    },
  ];
}

function requireExtendsSameOrder(data: RecordCourtOrder['data'], state: ExistingCase): void {
  if (data.extendsCourtOrderId === undefined) return;
  const extended = state.courtOrders.find((o) => o.courtOrderId === data.extendsCourtOrderId);
  if (!extended || extended.kind !== data.kind || extended.childId !== data.childId) {
    refuse(
      'COURT_ORDER.EXTENSION_MISMATCH',
      `an extension continues a ${data.kind} for child ${data.childId}; ${data.extendsCourtOrderId} is not one`,
    );
  }
}

// BW 1:265b: a machtiging uithuisplaatsing does not run beyond the OTS it rests on.
function requireWithinSupervision(data: RecordCourtOrder['data'], state: ExistingCase): void {
  if (data.kind !== 'machtiging-uithuisplaatsing') return;
  const supervision = courtOrdersFor(state, data.childId, SUPERVISION_KINDS);
  if (supervision.length === 0) return;
  const coveredUntil = supervisionCoveredUntil(supervision, data.validFrom);
  if (coveredUntil === null || data.validUntil > coveredUntil) {
    refuse(
      'COURT_ORDER.EXCEEDS_OTS',
      coveredUntil === null
        ? `no OTS for child ${data.childId} is valid on ${data.validFrom}, when the machtiging would start`
        : `the machtiging runs until ${data.validUntil}, beyond the OTS for child ${data.childId} that ends ${coveredUntil}`,
    );
  }
}

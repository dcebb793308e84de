import { parentsHearingDueOn } from '../../deadlines/case-deadlines';
import { RecordCourtOrder } from '../commands';
import { latestLegalValidUntil, MACHTIGING_BASIS_KINDS, majorityOn, supervisionCoveredUntil } from '../court-order-limits';
import { refuse } from '../errors';
import { requireInForce } from './court-order-end';
import { ConsentWithdrawn, CourtOrderRecorded, ParentalAuthorityChanged } from '../events';
import { courtOrdersFor } from '../queries';
import { addDays, isIsoDate } from '../../shared/iso-date';
import { ExistingCase } from '../state';
import { Moment, requireChildrenOfCase, requireDate, requireNotAfterToday, requireText } from './guards';
import { parentsAuthorityEnds } from './voogdij';

export function recordCourtOrder(
  { data }: RecordCourtOrder,
  state: ExistingCase,
  moment: Moment,
): [CourtOrderRecorded, ...(ParentalAuthorityChanged | ConsentWithdrawn)[]] {
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
      { latestValidUntil: legalMaximum },
    );
  }
  requireBeforeMajority(data, state);
  requireExtendsSameOrder(data, state);
  requireNoProvisionalExtension(data, state);
  requireWithinSupervision(data, state);
  const authorityEnds = parentsAuthorityEnds(data, state, moment);

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
    ...authorityEnds,
  ];
}

// BW 1:233: every measure ends when the child comes of age, so the child's date of birth must be known.
function requireBeforeMajority(data: RecordCourtOrder['data'], state: ExistingCase): void {
  const birthDate = state.children.find((child) => child.childId === data.childId)?.birthDate;
  if (!isIsoDate(birthDate)) {
    refuse(
      'COURT_ORDER.BIRTH_DATE_MISSING',
      `child ${data.childId} has no date of birth on record, so the end of the order at 18 cannot be checked`,
    );
  }
  const majority = majorityOn(birthDate);
  if (data.validUntil > majority) {
    refuse('COURT_ORDER.BEYOND_MAJORITY', `child ${data.childId} comes of age on ${majority}; the order runs until ${data.validUntil}`, {
      childId: data.childId,
      majorityOn: majority,
    });
  }
}

// BW 1:260 lid 1: an extension continues the order it extends, from its last day or the day after.
function requireExtendsSameOrder(data: RecordCourtOrder['data'], state: ExistingCase): void {
  if (data.extendsCourtOrderId === undefined) return;
  const extended = state.courtOrders.find((o) => o.courtOrderId === data.extendsCourtOrderId);
  if (extended?.ended) requireInForce(state, extended.courtOrderId);
  if (!extended || extended.kind !== data.kind || extended.childId !== data.childId) {
    refuse(
      'COURT_ORDER.EXTENSION_MISMATCH',
      `an extension continues a ${data.kind} for child ${data.childId}; ${data.extendsCourtOrderId} is not one`,
    );
  }
  if (data.validFrom !== extended.validUntil && data.validFrom !== addDays(extended.validUntil, 1)) {
    refuse(
      'COURT_ORDER.EXTENSION_NOT_CONTIGUOUS',
      `the order it extends ends on ${extended.validUntil}: the extension starts then or the day after, not on ${data.validFrom}`,
    );
  }
}

// BW 1:257: a voorlopige OTS runs at most 3 months and is followed by an OTS, not by another voorlopige OTS.
function requireNoProvisionalExtension(data: RecordCourtOrder['data'], state: ExistingCase): void {
  if (data.kind !== 'voorlopige-ots') return;
  const follows = courtOrdersFor(state, data.childId, ['voorlopige-ots']).some(
    (o) => o.validFrom <= data.validFrom && data.validFrom <= addDays(o.validUntil, 1),
  );
  if (data.extendsCourtOrderId !== undefined || follows) {
    refuse(
      'COURT_ORDER.PROVISIONAL_NOT_EXTENDED',
      `a voorlopige OTS for child ${data.childId} is not extended by another voorlopige OTS; the judge decides on an OTS`,
    );
  }
}

// BW 1:265b: a machtiging uithuisplaatsing rests on an OTS or on the GI's voogdij, and does not run beyond it.
function requireWithinSupervision(data: RecordCourtOrder['data'], state: ExistingCase): void {
  if (data.kind !== 'machtiging-uithuisplaatsing') return;
  const supervision = courtOrdersFor(state, data.childId, MACHTIGING_BASIS_KINDS);
  if (supervision.length === 0) {
    refuse(
      'COURT_ORDER.NO_OTS',
      `a machtiging uithuisplaatsing rests on an OTS or voogdij of the child: neither is on record for child ${data.childId}; record it first`,
    );
  }
  const coveredUntil = supervisionCoveredUntil(supervision, data.validFrom);
  if (coveredUntil === null || data.validUntil > coveredUntil) {
    refuse(
      'COURT_ORDER.EXCEEDS_OTS',
      coveredUntil === null
        ? `no OTS or voogdij for child ${data.childId} is valid on ${data.validFrom}, when the machtiging would start`
        : `the machtiging runs until ${data.validUntil}, beyond the OTS or voogdij for child ${data.childId} that ends ${coveredUntil}`,
    );
  }
}

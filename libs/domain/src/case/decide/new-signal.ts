import { safetyAssessmentDueOn } from '../../deadlines/case-deadlines';
import { dutchDateOf } from '../../shared/iso-date';
import { RecordNewSignal } from '../commands';
import { refuse } from '../errors';
import { NewSignalRecorded } from '../events';
import { ExistingCase } from '../state';
import { Moment, requireChildrenOfCase } from './guards';
import { requireConcern } from './signal';

/**
 * A new concern about children of an open case (DOMAIN.md step 1, again): it is recorded on the case that
 * knows the family, with its own safety assessment due as the first one's was (5 working days; acute: at once).
 * On a closed case decide refuses it with CASE.CLOSED: whether the old file is reopened for it is a decision
 * of its own (ReopenCase, with its reason), not a side effect of a signal.
 */
export function recordNewSignal({ data }: RecordNewSignal, state: ExistingCase, moment: Moment): [NewSignalRecorded] {
  if (state.newSignals.some((signal) => signal.signalId === data.signalId)) {
    refuse('SIGNAL.ALREADY_RECORDED', `signal ${data.signalId} is already on record`);
  }
  const receivedAt = requireConcern(data, data.childIds, moment);
  requireChildrenOfCase(state, data.childIds);
  const openedOn = dutchDateOf(state.signal.receivedAt);
  if (dutchDateOf(receivedAt) < openedOn) {
    refuse('SIGNAL.BEFORE_CASE', `a new signal received on ${dutchDateOf(receivedAt)} came before the case opened on ${openedOn}`);
  }
  const { signalId, source, concerns, childIds, description, urgency } = data;
  return [
    {
      type: 'NewSignalRecorded',
      data: {
        signalId,
        receivedAt,
        source,
        concerns,
        childIds,
        description,
        urgency,
        safetyAssessmentDueOn: safetyAssessmentDueOn(receivedAt, urgency, data.calendar),
      },
    },
  ];
}

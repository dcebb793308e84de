import { RecordCourtOrder } from '../commands';
import { ConsentWithdrawn, ParentalAuthorityChanged } from '../events';
import { parentsWithAuthorityOver } from '../queries';
import { ExistingCase } from '../state';
import { authorityChanged } from './family';
import { Moment, requireNotAfterToday } from './guards';

/**
 * Voogdij (BW 1:302 lid 2, the GI as guardian after parental authority ended, BW 1:266; unconfirmed):
 * from the day it takes effect the GI holds authority over the child in place of the parents, so each
 * parent's authority over that child ends in the same decision, with the consents that rested on it.
 * Authority moves when it happens, so a voogdij is recorded once it has taken effect.
 */
export function parentsAuthorityEnds(
  data: RecordCourtOrder['data'],
  state: ExistingCase,
  moment: Moment,
): (ParentalAuthorityChanged | ConsentWithdrawn)[] {
  if (data.kind !== 'voogdij') return [];
  requireNotAfterToday(data.validFrom, 'the day the voogdij takes effect', moment);
  const reason = `voogdij (${data.court}, ${data.caseNumber}): ${data.giOrganisation} is the guardian of child ${data.childId}`;
  return parentsWithAuthorityOver(state, data.childId).flatMap((parent) =>
    authorityChanged(
      state,
      parent,
      parent.parentalAuthorityOver.filter((child) => child !== data.childId),
      { source: 'court-decision', reason, changedOn: data.validFrom },
      moment,
    ),
  );
}

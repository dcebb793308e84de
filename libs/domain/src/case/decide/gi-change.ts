import { addDays } from '../../shared/iso-date';
import { ChangeChargedGi } from '../commands';
import { refuse } from '../errors';
import { ChargedGiChanged } from '../events';
import { activeCourtOrders } from '../queries';
import { ExistingCase } from '../state';
import { Moment, requireChildrenOfCase, requireText } from './guards';
import { requireHandover } from './transfer';

/**
 * Another GI takes over carrying out the child's court orders in force (an OTS with the machtiging resting on
 * it, a voogdij). It is recorded by the case team or a joined Jeugdlink member, as the court's decisions are:
 * a GI never charges itself, nor hands itself a case.
 */
export function changeChargedGi({ data }: ChangeChargedGi, state: ExistingCase, moment: Moment): [ChargedGiChanged] {
  requireChildrenOfCase(state, [data.childId]);
  const toGi = requireText(data.toGiOrganisation, 'the GI that takes over the court orders of the child');
  const inForce = activeCourtOrders(state, moment.today).filter((order) => order.childId === data.childId);
  if (inForce.length === 0) {
    refuse('GI_CHANGE.NO_ORDER_IN_FORCE', `no court order is in force for child ${data.childId}: a GI is charged only by one`);
  }
  const moving = inForce.filter((order) => order.giOrganisation !== toGi);
  if (moving.length === 0) refuse('GI_CHANGE.SAME_GI', `${toGi} already carries out the court orders in force for child ${data.childId}`);
  const fromGis = [...new Set(moving.map((order) => order.giOrganisation))];
  if (fromGis.length > 1) {
    refuse(
      'GI_CHANGE.SEVERAL_GIS',
      `the court orders in force for child ${data.childId} are carried out by more than one GI: ${fromGis.join(', ')}`,
    );
  }
  requireText(data.explanation, 'the explanation of the change of GI');
  requireHandover(data.handover, moment);
  return [
    {
      type: 'ChargedGiChanged',
      data: {
        childId: data.childId,
        courtOrderIds: moving.map((order) => order.courtOrderId),
        fromGiOrganisation: fromGis[0],
        toGiOrganisation: toGi,
        explanation: data.explanation,
        handover: data.handover,
        changedOn: moment.today,
        formerGiReadEndsOn: addDays(moment.today, data.formerTeamReadDays),
      },
    },
  ];
}

import { actors, command, ids, TODAY } from '../testing/fixtures';
import { given } from '../testing/given-when-then';
import { courtOrder, jeugdlinkJoined, jeugdlinkRequested, machtigingForSanne, otsForSanne, signalRegistered } from '../testing/story';
import { ChangeChargedGi } from '../commands';

const handover = { heldOn: '2026-11-20', receivedBy: 'Sem Jansen', note: 'The written instruction on school attendance is complied with' };
const sanneUnderOrders = [signalRegistered, otsForSanne, machtigingForSanne];

const changeGi = (data: Partial<ChangeChargedGi['data']> = {}, by = actors.caseTeam) =>
  command(
    'ChangeChargedGi',
    {
      childId: ids.sanne,
      toGiOrganisation: actors.otherGi.organisation,
      explanation: 'The family moved out of the region the GI serves',
      handover,
      formerTeamReadDays: 28,
      ...data,
    },
    by,
  );

describe('another GI takes over the court orders of a child', () => {
  it('moves every order in force for the child to the new GI, with the period the GI it left still reads', () => {
    given(sanneUnderOrders)
      .when(changeGi())
      .then([
        {
          type: 'ChargedGiChanged',
          data: {
            childId: ids.sanne,
            courtOrderIds: [ids.ots, ids.machtiging],
            fromGiOrganisation: actors.gi.organisation,
            toGiOrganisation: actors.otherGi.organisation,
            explanation: 'The family moved out of the region the GI serves',
            handover,
            changedOn: TODAY,
            formerGiReadEndsOn: '2026-12-21',
          },
        },
      ]);
  });

  it('is recorded by the case, as the court’s decisions are: the case team or a joined Jeugdlink member, never a GI', () => {
    given([...sanneUnderOrders, jeugdlinkRequested, jeugdlinkJoined])
      .when(changeGi({}, actors.jeugdlink))
      .thenEmits([{ type: 'ChargedGiChanged' }]);
    given(sanneUnderOrders).when(changeGi({}, actors.gi)).thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
    given(sanneUnderOrders).when(changeGi({}, actors.otherGi)).thenThrows('CASE.NOT_FOUND');
  });

  it('needs an order in force for the child, another GI than the one charged, and one GI to leave', () => {
    given([signalRegistered]).when(changeGi()).thenThrows('GI_CHANGE.NO_ORDER_IN_FORCE');
    given([signalRegistered, courtOrder('ots', ids.ots, ids.sanne, '2025-01-01', '2025-12-31')])
      .when(changeGi())
      .thenThrows('GI_CHANGE.NO_ORDER_IN_FORCE');
    given(sanneUnderOrders)
      .when(changeGi({ toGiOrganisation: actors.gi.organisation }))
      .thenThrows('GI_CHANGE.SAME_GI');
    const byThird = { ...machtigingForSanne, data: { ...machtigingForSanne.data, giOrganisation: 'Leger des Heils' } };
    given([signalRegistered, otsForSanne, byThird]).when(changeGi()).thenThrows('GI_CHANGE.SEVERAL_GIS');
    given(sanneUnderOrders)
      .when(changeGi({ childId: ids.mother }))
      .thenThrows('CASE.UNKNOWN_CHILD');
  });

  it('records the warme overdracht with it', () => {
    given(sanneUnderOrders)
      .when(changeGi({ handover: { ...handover, note: '' } }))
      .thenThrows('INPUT.MISSING');
  });

  it('leaves the GI it left no write at once, and charges the new GI with the child-protection work', () => {
    const events = given(sanneUnderOrders)
      .when(changeGi())
      .thenEmits([{ type: 'ChargedGiChanged' }]);
    const assessment = command(
      'RecordSafetyAssessment',
      { assessmentId: ids.decision, outcome: 'unsafe', findings: 'Sanne is afraid to go home', assessedOn: TODAY },
      actors.gi,
    );
    given([...sanneUnderOrders, ...events])
      .when(assessment)
      .thenThrows('ACCESS.CASE_TRANSFERRED');
    given([...sanneUnderOrders, ...events])
      .when({ ...assessment, actor: actors.otherGi })
      .thenEmits([{ type: 'SafetyAssessed' }]);
  });
});

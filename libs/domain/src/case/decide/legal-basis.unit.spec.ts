import { actors, command, ids, uuid } from '../testing/fixtures';
import { given } from '../testing/given-when-then';
import {
  courtOrder,
  otsForSanne,
  parentsRecorded,
  placementDecided,
  placementRequested,
  placementStarted,
  signalRegistered,
} from '../testing/story';

// A machtiging from 2026-07-01: unless carried out, it lapses after 2026-10-01 (BW 1:265c lid 3).
const machtiging = courtOrder('machtiging-uithuisplaatsing', ids.machtiging, ids.sanne, '2026-07-01', '2027-06-30');
const ots = courtOrder('ots', ids.ots, ids.sanne, '2026-07-01', '2027-07-01');
const onRecord = [signalRegistered, ...parentsRecorded, ots, machtiging];

const request = (intendedStartOn: string, placementId: string = ids.placement) =>
  command(
    'RequestPlacement',
    {
      placementId,
      childIds: [ids.sanne],
      legalBasis: 'court-order',
      needs: { careIntensity: 'medium', specialisations: [], description: 'Needs calm and routine' },
      urgency: 'regular',
      intendedStartOn,
      siblingSeparationReason: 'Daan stays home',
    },
    actors.gi,
  );

const started = (placementId: string, startedOn: string) => ({
  ...placementStarted(placementId),
  data: { ...placementStarted(placementId).data, startedOn },
});

describe('a machtiging not carried out within 3 months lapses', () => {
  it('places a child on a machtiging up to its lapse date', () => {
    given(onRecord)
      .when(request('2026-10-01'))
      .thenEmits([{ type: 'PlacementRequested', data: { legalBasis: 'court-order', intendedStartOn: '2026-10-01' } }]);
  });

  it('refuses a placement that would start after an unused machtiging lapsed', () => {
    const refusal = given(onRecord).when(request('2026-11-23')).thenThrows('PLACEMENT.MACHTIGING_LAPSED');
    expect(refusal.message).toBe(
      `the machtiging uithuisplaatsing ${ids.machtiging} for child ${ids.sanne} lapsed after 2026-10-01: it was not carried out within 3 months`,
    );
    expect(refusal.params).toEqual({ courtOrderId: ids.machtiging, lapsedOn: '2026-10-01' });
  });

  it('refuses to start a placement after the machtiging lapsed, even when requested in time', () => {
    const decided = [
      ...onRecord,
      placementRequested(ids.placement, [ids.sanne], 'court-order', 'Daan stays home'),
      placementDecided(ids.placement),
    ];
    given(decided)
      .when(command('StartPlacement', { placementId: ids.placement, startedOn: '2026-11-21' }, actors.gi))
      .thenThrows('PLACEMENT.MACHTIGING_LAPSED');
  });

  it('stays in force once carried out: a second placement under it after 3 months is on its basis', () => {
    const placedInTime = [
      ...onRecord,
      placementRequested(ids.placement, [ids.sanne], 'court-order', 'Daan stays home'),
      placementDecided(ids.placement),
      started(ids.placement, '2026-09-01'),
      {
        type: 'PlacementEnded',
        data: {
          placementId: ids.placement,
          childIds: [ids.sanne],
          endedOn: '2026-11-01',
          reason: 'breakdown',
          explanation: 'It broke down',
        },
      } as const,
    ];
    given(placedInTime)
      .when(request('2026-11-23', ids.secondPlacement))
      .thenEmits([{ type: 'PlacementRequested', data: { placementId: ids.secondPlacement } }]);
  });

  it('does not lapse on another child’s placement', () => {
    const daanMachtiging = courtOrder('machtiging-uithuisplaatsing', uuid(63), ids.daan, '2026-07-01', '2027-06-30');
    const daanOts = courtOrder('ots', uuid(64), ids.daan, '2026-07-01', '2027-07-01');
    const daanPlaced = [
      ...onRecord,
      daanOts,
      daanMachtiging,
      placementRequested(ids.secondPlacement, [ids.daan], 'court-order', 'apart'),
      placementDecided(ids.secondPlacement),
      started(ids.secondPlacement, '2026-09-01'),
    ];
    given(daanPlaced).when(request('2026-11-23')).thenThrows('PLACEMENT.MACHTIGING_LAPSED');
  });

  it('does not apply to a spoedmachtiging, which has its own short term', () => {
    const spoed = courtOrder('spoedmachtiging', uuid(65), ids.sanne, '2026-11-20', '2026-12-04');
    given([signalRegistered, otsForSanne, spoed])
      .when(request('2026-11-23'))
      .thenEmits([{ type: 'PlacementRequested', data: { legalBasis: 'court-order' } }]);
  });
});

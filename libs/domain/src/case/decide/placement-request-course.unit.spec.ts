import { command, ids } from '../testing/fixtures';
import { given, stateAfter } from '../testing/given-when-then';
import { ExistingCase } from '../state';
import {
  assessedUnsafe,
  childrenPlacedVoluntarily,
  needs,
  familyConsented,
  parentsRecorded,
  placementDecided,
  placementRequested,
  signalRegistered,
} from '../testing/story';

const requested = [
  signalRegistered,
  ...parentsRecorded,
  assessedUnsafe,
  // Sanne is 12: a voluntary placement needs her own consent beside her parents'.
  ...familyConsented,
  placementRequested(ids.placement, [ids.sanne], 'voluntary'),
];
const withdraw = (reason = 'No place fits; Sanne stays with her aunt under a safety plan') =>
  command('WithdrawPlacementRequest', { placementId: ids.placement, reason });
const withdrawn = {
  type: 'PlacementRequestWithdrawn',
  data: {
    placementId: ids.placement,
    childIds: [ids.sanne],
    reason: 'No place fits; Sanne stays with her aunt under a safety plan',
    withdrawnOn: '2026-11-23',
  },
} as const;
const newRequest = command('RequestPlacement', {
  placementId: ids.secondPlacement,
  childIds: [ids.sanne],
  legalBasis: 'voluntary',
  needs,
  urgency: 'regular',
  intendedStartOn: '2026-11-30',
});

describe('a stuck child: withdrawing a placement request', () => {
  it('withdraws an open request with its reason, after which the child can get a new request', () => {
    given(requested).when(withdraw()).then([withdrawn]);
    given([...requested, withdrawn])
      .when(newRequest)
      .thenEmits([{ type: 'PlacementRequested', data: { placementId: ids.secondPlacement, childIds: [ids.sanne] } }]);
    expect((stateAfter([...requested, withdrawn]) as ExistingCase).placements[0]).toMatchObject({
      status: 'withdrawn',
      withdrawn: { on: '2026-11-23', reason: withdrawn.data.reason },
    });
  });

  it('needs a reason, and withdraws only a request that is still open', () => {
    given(requested).when(withdraw(' ')).thenThrows('INPUT.MISSING');
    given([...requested, withdrawn])
      .when(withdraw())
      .thenThrows('PLACEMENT.NOT_OPEN');
    given(childrenPlacedVoluntarily).when(withdraw()).thenThrows('PLACEMENT.NOT_OPEN');
  });
});

describe('a stuck child: running matching again', () => {
  const rematch = (data: object = {}) =>
    command('RematchPlacement', { placementId: ids.placement, reason: 'Two new foster families registered', ...data });

  it('asks the process to match again, with the needs as they are now', () => {
    const lighter = { ...needs, careIntensity: 'light', description: 'Calmer now; a foster family will do' } as const;
    given(requested)
      .when(rematch({ needs: lighter }))
      .then([
        {
          type: 'PlacementRematchRequested',
          data: { placementId: ids.placement, needs: lighter, reason: 'Two new foster families registered', requestedOn: '2026-11-23' },
        },
      ]);
    given(requested)
      .when(rematch())
      .thenEmits([{ type: 'PlacementRematchRequested', data: { needs } }]);
    const after = given(requested)
      .when(rematch({ needs: lighter }))
      .thenEmits([{ type: 'PlacementRematchRequested' }]);
    expect((stateAfter([...requested, ...after]) as ExistingCase).placements[0].needs).toEqual(lighter);
  });

  it('needs a reason, and only an open request that is not yet decided matches again', () => {
    given(requested)
      .when(rematch({ reason: '' }))
      .thenThrows('INPUT.MISSING');
    given([...requested, placementDecided(ids.placement)])
      .when(rematch())
      .thenThrows('PLACEMENT.ALREADY_DECIDED');
    given([...requested, withdrawn])
      .when(rematch())
      .thenThrows('PLACEMENT.NOT_OPEN');
  });
});

describe('closing a case ends its open placement requests', () => {
  it('withdraws every open request in the same decision, so the process releases what it holds', () => {
    given(requested)
      .when(command('CloseCase', { reason: 'Family moved abroad' }))
      .then([
        {
          type: 'PlacementRequestWithdrawn',
          data: {
            placementId: ids.placement,
            childIds: [ids.sanne],
            reason: 'case closed: Family moved abroad',
            withdrawnOn: '2026-11-23',
          },
        },
        { type: 'CaseClosed', data: { reason: 'Family moved abroad', closedOn: '2026-11-23' } },
      ]);
  });
});

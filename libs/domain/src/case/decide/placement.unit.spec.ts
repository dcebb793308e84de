import { actors, command, ids, NOW } from '../testing/fixtures';
import { given } from '../testing/given-when-then';
import {
  reservation,
  assessedUnsafe,
  childrenPlacedVoluntarily,
  courtOrder,
  familyConsented,
  machtigingForSanne,
  otsForSanne,
  parentsConsented,
  parentsRecorded,
  placementDecided,
  placementRequested,
  placementStarted,
  signalRegistered,
  viewsHeardOnPlace,
} from '../testing/story';

const request = (
  childIds: string[],
  legalBasis: 'voluntary' | 'court-order',
  siblingSeparationReason?: string,
  placementId: string = ids.placement,
) =>
  command('RequestPlacement', {
    placementId,
    childIds,
    legalBasis,
    needs: { careIntensity: 'medium', specialisations: ['trauma'], description: 'Needs calm and routine' },
    urgency: 'regular',
    intendedStartOn: '2026-11-23',
    ...(siblingSeparationReason ? { siblingSeparationReason } : {}),
  });

const decide = (overrides: Partial<Parameters<typeof command<'DecidePlacement'>>[1]> = {}) =>
  command('DecidePlacement', {
    placementId: ids.placement,
    reservation,
    reasons: placementDecided(ids.placement).data.reasons,
    viewsHeard: placementDecided(ids.placement).data.viewsHeard,
    behaviouralScientistConsent: { name: 'Dr. Y. Peters', consentedOn: '2026-11-20' },
    ...overrides,
  });

const consented = [signalRegistered, ...parentsRecorded, assessedUnsafe, ...familyConsented];
const underCourtOrder = [signalRegistered, ...parentsRecorded, otsForSanne, machtigingForSanne];
const requested = [
  ...consented,
  placementRequested(ids.placement, [ids.sanne, ids.daan], 'voluntary'),
  ...viewsHeardOnPlace(ids.placement),
];
const withdrawn = {
  type: 'ConsentWithdrawn',
  data: { consentId: ids.fatherConsent, withdrawnOn: '2026-11-22', reason: 'Wants them home' },
} as const;

describe('requesting a placement', () => {
  test("the request records the children's surroundings for matching: parents' home, school, region, network, areas to avoid", () => {
    const surroundings = {
      parentsHome: { lat: 52.04, lon: 5.66 },
      school: { lat: 52.045, lon: 5.67 },
      region: 'FoodValley',
      familyNetworkId: ids.grandmother,
      excludedAreas: [{ center: { lat: 51.98, lon: 5.9 }, radiusKm: 10, reason: 'near the address of the father, who has a contact ban' }],
    };
    const voluntary = request([ids.sanne, ids.daan], 'voluntary');
    given(consented)
      .when({ ...voluntary, data: { ...voluntary.data, ...surroundings } })
      .then([
        {
          type: 'PlacementRequested',
          data: { ...placementRequested(ids.placement, [ids.sanne, ids.daan], 'voluntary').data, ...surroundings },
        },
      ]);
  });
  test('an area to avoid needs its reason and a radius', () => {
    const withArea = (area: { reason: string; radiusKm: number }) => {
      const base = request([ids.sanne, ids.daan], 'voluntary');
      return { ...base, data: { ...base.data, excludedAreas: [{ center: { lat: 51.98, lon: 5.9 }, ...area }] } };
    };
    given(consented)
      .when(withArea({ reason: ' ', radiusKm: 5 }))
      .thenThrows('INPUT.MISSING');
    given(consented)
      .when(withArea({ reason: 'contact ban', radiusKm: 0 }))
      .thenThrows('INPUT.MISSING');
  });
  it('places the siblings together, voluntarily, with the consent of both parents with authority', () => {
    given(consented)
      .when(request([ids.sanne, ids.daan], 'voluntary'))
      .then([placementRequested(ids.placement, [ids.sanne, ids.daan], 'voluntary')]);
  });

  it('refuses a voluntary placement without the consent of every parent with authority', () => {
    const refusal = given([signalRegistered, ...parentsRecorded, parentsConsented[0]])
      .when(request([ids.sanne, ids.daan], 'voluntary'))
      .thenThrows('PLACEMENT.MISSING_PARENTAL_CONSENT');
    expect(refusal.message).toContain('Mark de Vries');
  });

  it('refuses a voluntary placement once a parent withdrew consent', () => {
    given([...consented, withdrawn])
      .when(request([ids.sanne, ids.daan], 'voluntary'))
      .thenThrows('PLACEMENT.MISSING_PARENTAL_CONSENT');
  });

  it('refuses a voluntary placement when no parent with authority is recorded', () => {
    given([signalRegistered])
      .when(request([ids.sanne, ids.daan], 'voluntary'))
      .thenThrows('PLACEMENT.MISSING_PARENTAL_CONSENT');
  });

  it('places a child under a machtiging uithuisplaatsing valid on the start date', () => {
    given(underCourtOrder)
      .when(request([ids.sanne], 'court-order'))
      .then([placementRequested(ids.placement, [ids.sanne], 'court-order')]);
  });

  it('refuses a court-order placement without a valid machtiging for every child', () => {
    const refusal = given(underCourtOrder)
      .when(request([ids.sanne, ids.daan], 'court-order'))
      .thenThrows('PLACEMENT.NO_VALID_MACHTIGING');
    expect(refusal.message).toBe(`no valid machtiging uithuisplaatsing for child ${ids.daan} on 2026-11-23`);
    expect(refusal.params).toEqual({ childId: ids.daan, on: '2026-11-23' });
  });

  it('refuses a court-order placement when the machtiging has expired on the start date', () => {
    const expired = courtOrder('machtiging-uithuisplaatsing', ids.machtiging, ids.sanne, '2026-05-01', '2026-11-01');
    given([signalRegistered, expired])
      .when(request([ids.sanne], 'court-order'))
      .thenThrows('PLACEMENT.NO_VALID_MACHTIGING');
  });

  it('accepts a spoedmachtiging as the legal basis', () => {
    const spoed = courtOrder('spoedmachtiging', ids.machtiging, ids.sanne, '2026-11-20', '2026-12-04');
    given([signalRegistered, spoed])
      .when(request([ids.sanne], 'court-order'))
      .thenEmits([{ type: 'PlacementRequested', data: { placementId: ids.placement, childIds: [ids.sanne], legalBasis: 'court-order' } }]);
  });

  it('refuses to separate siblings without the reason it would harm one of them', () => {
    const sanneRequested = placementRequested(ids.placement, [ids.sanne], 'voluntary');
    given([...consented, sanneRequested])
      .when(request([ids.daan], 'voluntary', undefined, ids.secondPlacement))
      .thenThrows('PLACEMENT.SIBLINGS_SEPARATED_WITHOUT_REASON');
  });

  it('separates siblings when the request records why placing them together would harm one', () => {
    const sanneRequested = placementRequested(ids.placement, [ids.sanne], 'voluntary');
    const reason = 'Sanne is aggressive towards Daan; the behavioural scientist advises apart';
    given([...consented, sanneRequested])
      .when(request([ids.daan], 'voluntary', reason, ids.secondPlacement))
      .then([placementRequested(ids.secondPlacement, [ids.daan], 'voluntary', reason)]);
  });

  describe('siblings placed apart ("samen, tenzij")', () => {
    const reason = 'Daan hurts Sanne; the behavioural scientist advises apart';
    const apart = (extra: object) => {
      const base = request([ids.sanne], 'voluntary', reason);
      return { ...base, data: { ...base.data, ...extra } };
    };

    it('places each group of a separated request under its own placement, kept apart from the other groups', () => {
      given(consented)
        .when(apart({ separateGroups: [{ placementId: ids.secondPlacement, childIds: [ids.daan] }] }))
        .then([
          {
            ...placementRequested(ids.placement, [ids.sanne], 'voluntary', reason),
            data: { ...placementRequested(ids.placement, [ids.sanne], 'voluntary', reason).data, keptApartFrom: [ids.daan] },
          },
          {
            ...placementRequested(ids.secondPlacement, [ids.daan], 'voluntary', reason),
            data: { ...placementRequested(ids.secondPlacement, [ids.daan], 'voluntary', reason).data, keptApartFrom: [ids.sanne] },
          },
        ]);
    });

    it('refuses a request that records why its siblings must be separated but places them in one place', () => {
      const refusal = given(consented)
        .when(request([ids.sanne, ids.daan], 'voluntary', reason))
        .thenThrows('PLACEMENT.SEPARATION_WITHOUT_GROUPS');
      expect(refusal.message).toContain('separateGroups');
    });

    it("records the sibling a child is protected from, so matching never proposes that sibling's place", () => {
      given([...consented, placementRequested(ids.secondPlacement, [ids.daan], 'voluntary')])
        .when(apart({ keptApartFrom: [ids.daan] }))
        .thenEmits([
          { type: 'PlacementRequested', data: { placementId: ids.placement, childIds: [ids.sanne], keptApartFrom: [ids.daan] } },
        ]);
    });

    it('keeps children apart only for a recorded reason, and only from siblings outside their own group', () => {
      const base = request([ids.sanne], 'voluntary');
      given(consented)
        .when({ ...base, data: { ...base.data, keptApartFrom: [ids.daan] } })
        .thenThrows('PLACEMENT.SIBLINGS_SEPARATED_WITHOUT_REASON');
      given(consented)
        .when({ ...base, data: { ...base.data, separateGroups: [{ placementId: ids.secondPlacement, childIds: [ids.daan] }] } })
        .thenThrows('PLACEMENT.SIBLINGS_SEPARATED_WITHOUT_REASON');
      given(consented)
        .when(apart({ keptApartFrom: [ids.sanne] }))
        .thenThrows('PLACEMENT.INVALID_SEPARATION');
      given(consented)
        .when(apart({ separateGroups: [{ placementId: ids.secondPlacement, childIds: [ids.sanne] }] }))
        .thenThrows('PLACEMENT.INVALID_SEPARATION');
      given(consented)
        .when(apart({ separateGroups: [{ placementId: ids.placement, childIds: [ids.daan] }] }))
        .thenThrows('PLACEMENT.INVALID_SEPARATION');
      given(consented)
        .when(apart({ keptApartFrom: [ids.mother] }))
        .thenThrows('CASE.UNKNOWN_CHILD');
    });
  });

  it('refuses a second open request for a child', () => {
    given(requested)
      .when(request([ids.sanne, ids.daan], 'voluntary', undefined, ids.secondPlacement))
      .thenThrows('PLACEMENT.CHILD_HAS_OPEN_REQUEST');
  });

  it('refuses a placement of someone who is not a child of the case', () => {
    given(consented)
      .when(request([ids.mother], 'voluntary'))
      .thenThrows('CASE.UNKNOWN_CHILD');
  });

  it('refuses the same placement id twice', () => {
    given(requested)
      .when(request([ids.sanne, ids.daan], 'voluntary'))
      .thenThrows('PLACEMENT.ALREADY_REQUESTED');
  });
});

describe('deciding a placement', () => {
  it('chooses the reserved place, with reasons, views heard and the behavioural scientist’s consent', () => {
    given(requested)
      .when(decide())
      .then([
        {
          ...placementDecided(ids.placement),
          data: {
            ...placementDecided(ids.placement).data,
            views: viewsHeardOnPlace(ids.placement).map((e) => e.data.view),
            decidedOn: '2026-11-23',
          },
        },
      ]);
  });

  it('refuses without a reserved place', () => {
    given(requested)
      .when(decide({ reservation: null }))
      .thenThrows('PLACEMENT.NOT_RESERVED');
  });

  it('refuses a place reserved for another placement', () => {
    given(requested)
      .when(decide({ reservation: { ...reservation, placementId: ids.secondPlacement } }))
      .thenThrows('PLACEMENT.NOT_RESERVED');
  });

  it('refuses when the reservation has expired', () => {
    given(requested)
      .when(decide({ reservation: { ...reservation, expiresAt: NOW.toISOString() } }))
      .thenThrows('PLACEMENT.RESERVATION_EXPIRED');
  });

  it('refuses a place its provider has not accepted, acute or not (Handboek Methodisch Matchen, phase B)', () => {
    const unaccepted = { ...reservation, acceptedByProvider: false };
    given(requested)
      .when(decide({ reservation: unaccepted }))
      .thenThrows('PLACEMENT.NOT_ACCEPTED_BY_PROVIDER');
    const acute = {
      ...placementRequested(ids.placement, [ids.sanne, ids.daan], 'voluntary'),
      data: { ...placementRequested(ids.placement, [ids.sanne, ids.daan], 'voluntary').data, urgency: 'acute' as const },
    };
    given([...consented, acute])
      .when(decide({ reservation: unaccepted }))
      .thenThrows('PLACEMENT.NOT_ACCEPTED_BY_PROVIDER');
  });

  it('refuses without the consent of a behavioural scientist (gedragswetenschapper)', () => {
    given(requested)
      .when(decide({ behaviouralScientistConsent: null }))
      .thenThrows('PLACEMENT.NO_BEHAVIOURAL_SCIENTIST_CONSENT');
  });

  it('refuses when a parent withdrew consent after the request', () => {
    given([...requested, withdrawn])
      .when(decide())
      .thenThrows('PLACEMENT.MISSING_PARENTAL_CONSENT');
  });

  it('refuses to decide twice', () => {
    given([...requested, placementDecided(ids.placement)])
      .when(decide())
      .thenThrows('PLACEMENT.ALREADY_DECIDED');
  });

  it('refuses an unknown placement', () => {
    given(consented).when(decide()).thenThrows('PLACEMENT.NOT_FOUND');
  });

  it('is decided by the GI when the placement rests on its court order, not on a voluntary one', () => {
    const courtRequested = [
      ...underCourtOrder,
      placementRequested(ids.placement, [ids.sanne], 'court-order'),
      ...viewsHeardOnPlace(ids.placement),
    ];
    given(courtRequested)
      .when({ ...decide(), actor: actors.gi })
      .thenEmits([{ type: 'PlacementDecided', data: { placementId: ids.placement } }]);
    given([...requested, otsForSanne])
      .when({ ...decide(), actor: actors.gi })
      .thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
  });
});

describe('starting a placement', () => {
  const decided = [...requested, placementDecided(ids.placement)];
  const start = command('StartPlacement', { placementId: ids.placement, startedOn: '2026-11-21' });

  it('starts a decided placement; the plan of action is due within a month', () => {
    given(decided)
      .when(start)
      .thenEmits([{ type: 'PlacementStarted', data: placementStarted(ids.placement).data }]);
  });

  it('refuses to start a placement that is not decided', () => {
    given(requested).when(start).thenThrows('PLACEMENT.NOT_DECIDED');
  });

  it('refuses a second active placement for a child', () => {
    const transfer = [
      ...childrenPlacedVoluntarily,
      placementRequested(ids.secondPlacement, [ids.sanne, ids.daan], 'voluntary'),
      placementDecided(ids.secondPlacement),
    ];
    given(transfer)
      .when(command('StartPlacement', { placementId: ids.secondPlacement, startedOn: '2026-11-23' }))
      .thenThrows('PLACEMENT.CHILD_ALREADY_PLACED');
  });

  it('refuses a start date in the future', () => {
    given(decided)
      .when(command('StartPlacement', { placementId: ids.placement, startedOn: '2026-11-30' }))
      .thenThrows('INPUT.DATE_IN_FUTURE');
  });
});

describe('the move-in, apart from the decision (Handboek Methodisch Matchen, phase C)', () => {
  it('records the planned move-in date with the decision', () => {
    given(requested)
      .when(decide({ moveInOn: '2026-11-30' }))
      .thenEmits([{ type: 'PlacementDecided', data: { decidedOn: '2026-11-23', moveInOn: '2026-11-30' } }]);
    given(requested)
      .when(decide({ moveInOn: '2026-11-22' }))
      .thenThrows('PLACEMENT.MOVE_IN_BEFORE_DECISION');
  });

  it('starts on the real move-in date, which is never before the decision', () => {
    const decided = [
      ...requested,
      { ...placementDecided(ids.placement), data: { ...placementDecided(ids.placement).data, moveInOn: '2026-11-30' } },
    ];
    given(decided)
      .when(command('StartPlacement', { placementId: ids.placement, startedOn: '2026-11-19' }))
      .thenThrows('PLACEMENT.DATE_BEFORE_DECISION');
    given(decided)
      .when(command('StartPlacement', { placementId: ids.placement, startedOn: '2026-11-23' }))
      .thenEmits([{ type: 'PlacementStarted', data: { startedOn: '2026-11-23', planOfActionDueOn: '2026-12-23' } }]);
  });
});

describe('a request that lapsed', () => {
  it('is not decided once its machtiging ended (or a child came of age): the request rests on nothing', () => {
    const courtRequested = [
      ...underCourtOrder,
      placementRequested(ids.placement, [ids.sanne], 'court-order'),
      ...viewsHeardOnPlace(ids.placement),
    ];
    const later = new Date('2027-05-20T10:00:00.000Z');
    const refusal = given(courtRequested)
      // The GI charged with the OTS decides a court-ordered placement; the OTS still runs, the machtiging does not.
      .when({ ...decide({ reservation: { ...reservation, expiresAt: '2027-05-21T10:00:00.000Z' } }), actor: actors.gi }, later)
      .thenThrows('PLACEMENT.REQUEST_LAPSED');
    expect(refusal.message).toContain('the machtiging for child');
  });
});

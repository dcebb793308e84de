import { PROCESS_ACTOR } from '../metadata';
import { registration, otherProvider, provider } from '../../test/fixtures';
import type { PlacementOptionCommand } from './option-commands';
import { decideOption } from './option-decide';
import type { PlacementOptionEvent } from './option-events';
import { evolveOption, freePlacesOf, initialOptionState, type ExistingOption } from './option-state';

const optionId = '00000000-0000-4000-8000-000000000051';
const placement = (n: number) => `00000000-0000-4000-8000-0000000004${String(n).padStart(2, '0')}`;
const expiresAt = '2026-11-25T10:00:00.000Z';

function given(...commands: PlacementOptionCommand[]) {
  const state = commands.reduce((s, c) => decideOption(c, s).reduce(evolveOption, s), initialOptionState());
  return {
    state: state as ExistingOption,
    when: (command: PlacementOptionCommand) => ({
      then: (events: PlacementOptionEvent[]) => expect(decideOption(command, state)).toEqual(events),
      thenRefuses: (code: string) => expect(() => decideOption(command, state)).toThrow(expect.objectContaining({ code })),
    }),
  };
}

const reserve = (placementId: string, places = 1): PlacementOptionCommand => ({
  type: 'ReservePlace',
  actor: PROCESS_ACTOR,
  data: { optionId, placementId, places, expiresAt },
});
const occupy = (placementId: string): PlacementOptionCommand => ({
  type: 'OccupyPlace',
  actor: PROCESS_ACTOR,
  data: { optionId, placementId },
});
const release = (placementId: string): PlacementOptionCommand => ({
  type: 'ReleaseReservation',
  actor: PROCESS_ACTOR,
  data: { optionId, placementId, reason: 'expired' },
});
const vacate = (placementId: string): PlacementOptionCommand => ({
  type: 'VacatePlace',
  actor: PROCESS_ACTOR,
  data: { optionId, placementId, reason: 'child returned home' },
});

describe('a foster family registers its places', () => {
  test('a provider registers a place for its own organisation', () => {
    const [event] = decideOption(registration(optionId), initialOptionState());
    expect(event).toMatchObject({ type: 'PlacementOptionRegistered', data: { optionId, capacity: 2, provider: 'Pleegzorg Gelderland' } });
  });
  test('a place records its CBS gemeentecode: the one given, or the one the named table knows for its name', () => {
    const codeOf = (command: PlacementOptionCommand) =>
      (decideOption(command, initialOptionState())[0].data as { municipalityCode?: unknown }).municipalityCode;
    expect(codeOf(registration(optionId, { municipality: 'Gemeente Ede' }))).toBe('GM0228');
    expect(codeOf(registration(optionId, { municipality: 'Bergen', municipalityCode: 'GM0373' }))).toBe('GM0373');
    given()
      .when(registration(optionId, { municipality: 'Bergen' }))
      .thenRefuses('MUNICIPALITY.UNKNOWN');
    given()
      .when(registration(optionId, { municipality: 'Ede', municipalityCode: 'GM0202' }))
      .thenRefuses('MUNICIPALITY.CODE_MISMATCH');
  });
  test('only a provider registers places, and only its own', () => {
    given()
      .when(registration(optionId, {}, { ...provider, role: 'gi' }))
      .thenRefuses('PLACEMENT_OPTION.NOT_PROVIDER');
    given()
      .when(registration(optionId, { provider: 'Pleegzorg Gelderland' }, otherProvider))
      .thenRefuses('PLACEMENT_OPTION.OTHER_PROVIDER');
  });
  test('a netwerkpleeggezin belongs to exactly one family network', () => {
    given()
      .when(registration(optionId, { kind: 'netwerkpleeggezin' }))
      .thenRefuses('PLACEMENT_OPTION.INVALID');
    given()
      .when(registration(optionId, { networkFamilyId: placement(1) }))
      .thenRefuses('PLACEMENT_OPTION.INVALID');
  });
  test('another provider cannot change the capacity', () => {
    given(registration(optionId))
      .when({ type: 'ChangeCapacity', actor: otherProvider, data: { optionId, capacity: 3, reason: 'more room' } })
      .thenRefuses('PLACEMENT_OPTION.OTHER_PROVIDER');
  });
});

describe('reserved + occupied never exceeds capacity', () => {
  test('the last place goes to one placement; the next is refused', () => {
    const { state } = given(registration(optionId), reserve(placement(1)), reserve(placement(2)));
    expect(freePlacesOf(state)).toBe(0);
    given(registration(optionId), reserve(placement(1)), reserve(placement(2)))
      .when(reserve(placement(3)))
      .thenRefuses('PLACEMENT_OPTION.NO_FREE_CAPACITY');
  });
  test('a sibling group needs room for all', () => {
    given(registration(optionId), reserve(placement(1)))
      .when(reserve(placement(2), 2))
      .thenRefuses('PLACEMENT_OPTION.NO_FREE_CAPACITY');
  });
  test('capacity cannot drop below what is in use', () => {
    given(registration(optionId), reserve(placement(1)), occupy(placement(1)), reserve(placement(2)))
      .when({ type: 'ChangeCapacity', actor: provider, data: { optionId, capacity: 1, reason: 'smaller house' } })
      .thenRefuses('PLACEMENT_OPTION.CAPACITY_BELOW_USE');
  });
  test('a paused or withdrawn place takes no reservation', () => {
    const pause: PlacementOptionCommand = { type: 'PausePlacementOption', actor: provider, data: { optionId, reason: 'holiday' } };
    given(registration(optionId), pause)
      .when(reserve(placement(1)))
      .thenRefuses('PLACEMENT_OPTION.PAUSED');
    const withdraw: PlacementOptionCommand = { type: 'WithdrawPlacementOption', actor: provider, data: { optionId, reason: 'stopped' } };
    given(registration(optionId), withdraw)
      .when(reserve(placement(1)))
      .thenRefuses('PLACEMENT_OPTION.WITHDRAWN');
  });
});

describe('process steps are idempotent per placement', () => {
  test('reserving, releasing, occupying and vacating twice changes nothing the second time', () => {
    given(registration(optionId), reserve(placement(1)))
      .when(reserve(placement(1)))
      .then([]);
    given(registration(optionId))
      .when(release(placement(1)))
      .then([]);
    given(registration(optionId), reserve(placement(1)), occupy(placement(1)))
      .when(occupy(placement(1)))
      .then([]);
    given(registration(optionId))
      .when(vacate(placement(1)))
      .then([]);
  });
  test('occupying moves the reservation to occupied; vacating frees it', () => {
    const { state } = given(registration(optionId), reserve(placement(1), 2), occupy(placement(1)));
    expect(state.occupations).toEqual({ [placement(1)]: { places: 2 } });
    expect(state.reservations).toEqual({});
    given(registration(optionId), reserve(placement(1), 2), occupy(placement(1)))
      .when(vacate(placement(1)))
      .then([{ type: 'PlaceVacated', data: { optionId, placementId: placement(1), places: 2, reason: 'child returned home' } }]);
  });
  test('a place is occupied only after it was reserved for that placement', () => {
    given(registration(optionId))
      .when(occupy(placement(1)))
      .thenRefuses('PLACEMENT_OPTION.NOT_RESERVED');
  });
});

describe('siblings kept apart never share a place', () => {
  const sanne = '00000000-0000-4000-8000-000000000011';
  const daan = '00000000-0000-4000-8000-000000000012';
  const apart = (placementId: string, childIds: string[], keptApartFrom: string[]): PlacementOptionCommand => ({
    type: 'ReservePlace',
    actor: PROCESS_ACTOR,
    data: { optionId, placementId, places: 1, expiresAt, childIds, keptApartFrom },
  });

  test('a child is refused where a sibling she is kept apart from holds a place, reserved or occupied', () => {
    given(registration(optionId), apart(placement(1), [daan], []))
      .when(apart(placement(2), [sanne], [daan]))
      .thenRefuses('PLACEMENT_OPTION.SIBLING_KEPT_APART');
    given(registration(optionId), apart(placement(1), [daan], []), occupy(placement(1)))
      .when(apart(placement(2), [sanne], [daan]))
      .thenRefuses('PLACEMENT_OPTION.SIBLING_KEPT_APART');
  });

  test('and the other way round: the sibling is refused where the child he is kept from holds a place', () => {
    given(registration(optionId), apart(placement(1), [sanne], [daan]))
      .when(apart(placement(2), [daan], []))
      .thenRefuses('PLACEMENT_OPTION.SIBLING_KEPT_APART');
  });

  test('siblings not kept apart share a place as before', () => {
    const { state } = given(registration(optionId), apart(placement(1), [sanne], []), apart(placement(2), [daan], []));
    expect(freePlacesOf(state)).toBe(0);
  });
});

describe('one sibling leaves a shared place', () => {
  const [sanne, daan] = ['00000000-0000-4000-8000-000000000011', '00000000-0000-4000-8000-000000000012'];
  const both: PlacementOptionCommand = {
    type: 'ReservePlace',
    actor: PROCESS_ACTOR,
    data: { optionId, placementId: placement(1), places: 2, expiresAt, childIds: [sanne, daan], keptApartFrom: [] },
  };
  const daanLeaves: PlacementOptionCommand = {
    type: 'VacatePlace',
    actor: PROCESS_ACTOR,
    data: { optionId, placementId: placement(1), reason: 'transfer', childIds: [daan] },
  };

  test("frees the leaving child's place only; the sister keeps hers", () => {
    given(registration(optionId), both, occupy(placement(1)))
      .when(daanLeaves)
      .then([{ type: 'PlaceVacated', data: { optionId, placementId: placement(1), places: 1, reason: 'transfer', childIds: [daan] } }]);
    const { state } = given(registration(optionId), both, occupy(placement(1)), daanLeaves);
    expect(state.occupations).toEqual({ [placement(1)]: { places: 1, childIds: [sanne], keptApartFrom: [] } });
    given(registration(optionId), both, occupy(placement(1)), daanLeaves)
      .when(daanLeaves)
      .then([]);
  });
});

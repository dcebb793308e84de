import type { PlacementOption } from '@casus/matching';
import type { RecordedEvent } from '@casus/event-store';
import {
  evolveOption,
  initialOptionState,
  isOpenToEveryCase,
  optionCodec,
  OPTION_EVENT_TYPES,
  OPTION_STREAM_PREFIX,
  optionIdFromStreamId,
  toMatchingOption,
  type ExistingOption,
  type OptionState,
} from '@casus/placement';
import type { Projection, ProjectionTx } from '../runtime/projection';
import { groupBy, upsertRows } from '../runtime/sql';

/** The events of `placement-option-<id>` streams, as libs/placement defines and folds them. */
export const CAPACITY_EVENT_TYPES = OPTION_EVENT_TYPES;

export interface CapacityRow {
  option_id: string;
  revision: number;
  kind: string;
  provider: string;
  municipality: string;
  municipality_code: string | null;
  region: string;
  latitude: number;
  longitude: number;
  capacity: number;
  reserved: number;
  occupied: number;
  age_min: number;
  age_max: number;
  care_intensities: string[];
  specialisations: string[];
  max_sibling_group: number;
  network_family_id: string | null;
  status: string;
  /** placementId -> { places, expiresAt }: keyed, so a repeated event never counts twice. */
  reservations: Record<string, { places: number; expiresAt: string }>;
  occupancies: Record<string, { places: number }>;
}

const COLUMNS = {
  option_id: 'uuid',
  revision: 'integer',
  kind: 'text',
  provider: 'text',
  municipality: 'text',
  municipality_code: 'text',
  region: 'text',
  latitude: 'float8',
  longitude: 'float8',
  capacity: 'integer',
  reserved: 'integer',
  occupied: 'integer',
  age_min: 'integer',
  age_max: 'integer',
  care_intensities: 'text[]',
  specialisations: 'text[]',
  max_sibling_group: 'integer',
  network_family_id: 'uuid',
  status: 'text',
  reservations: 'jsonb',
  occupancies: 'jsonb',
} as const;

/** The row is the option decider's state, flattened: the same fold the command side runs decides every number. */
export function stateOf(row: CapacityRow): ExistingOption {
  return {
    exists: true,
    optionId: row.option_id,
    details: {
      kind: row.kind as ExistingOption['details']['kind'],
      provider: row.provider,
      municipality: row.municipality,
      municipalityCode: row.municipality_code,
      region: row.region,
      location: { lat: row.latitude, lon: row.longitude },
      ageRange: { min: row.age_min, max: row.age_max },
      careIntensities: row.care_intensities as ExistingOption['details']['careIntensities'],
      specialisations: row.specialisations,
      maxSiblingGroup: row.max_sibling_group,
      networkFamilyId: row.network_family_id,
    },
    status: row.status as ExistingOption['status'],
    capacity: row.capacity,
    reservations: row.reservations,
    occupations: row.occupancies,
  };
}

function rowOf(state: ExistingOption, revision: number): CapacityRow {
  const { details } = state;
  const option = toMatchingOption(state)!;
  return {
    option_id: state.optionId,
    revision,
    kind: details.kind,
    provider: details.provider,
    municipality: details.municipality,
    municipality_code: details.municipalityCode,
    region: details.region,
    latitude: details.location.lat,
    longitude: details.location.lon,
    capacity: state.capacity,
    reserved: option.reserved,
    occupied: option.occupied,
    age_min: details.ageRange.min,
    age_max: details.ageRange.max,
    care_intensities: [...details.careIntensities],
    specialisations: [...details.specialisations],
    max_sibling_group: details.maxSiblingGroup,
    network_family_id: details.networkFamilyId,
    status: state.status,
    reservations: { ...state.reservations },
    occupancies: { ...state.occupations },
  };
}

export const capacityProjection: Projection = {
  name: 'placement-capacity',
  // 2: follows libs/placement's option events (1 guessed their names and payloads). 3: the municipality's CBS code.
  version: 3,
  streamPrefixes: [OPTION_STREAM_PREFIX],
  eventTypes: CAPACITY_EVENT_TYPES,
  tables: ['rm_placement_capacity'],
  // The placement process reads capacity at least as of its last step before it takes the next.
  liveReadSpacingMs: 0,

  async apply(events: readonly RecordedEvent[], tx: ProjectionTx): Promise<void> {
    const byOption = groupBy(events, (event) => optionIdFromStreamId(event.streamId) || null);
    const { rows } = await tx.query<CapacityRow>('SELECT * FROM rm_placement_capacity WHERE option_id = ANY ($1::uuid[])', [
      [...byOption.keys()],
    ]);
    const stored = new Map(rows.map((row) => [row.option_id, row]));
    const changed: CapacityRow[] = [];
    for (const [optionId, optionEvents] of byOption) {
      const row = stored.get(optionId);
      let state: OptionState = row ? stateOf(row) : initialOptionState();
      let revision = row?.revision ?? -1;
      for (const event of optionEvents) {
        if (event.revision <= revision) continue;
        state = evolveOption(state, optionCodec.decode(event));
        revision = event.revision;
      }
      // A family proposed on one case is not on the market, and its area is personal data: no row.
      if (state.exists && isOpenToEveryCase(state) && revision !== (row?.revision ?? -1)) changed.push(rowOf(state, revision));
    }
    await upsertRows(tx, 'rm_placement_capacity', COLUMNS, ['option_id'], changed);
  },
};

/** The capacity row as the matching engine takes it (libs/matching PlacementOption). */
export const toPlacementOption = (row: CapacityRow): PlacementOption => toMatchingOption(stateOf(row))!;

/** Every registered place with its current capacity, for the matching engine. */
export async function loadPlacementOptions(db: ProjectionTx): Promise<PlacementOption[]> {
  const { rows } = await db.query<CapacityRow>('SELECT * FROM rm_placement_capacity ORDER BY option_id');
  return rows.map(toPlacementOption);
}

/** A placement holding places on a provider's place: reserved (until `expiresAt`) or occupied. */
export type HeldPlace = Readonly<{
  optionId: string;
  placementId: string;
  places: number;
  held: 'reserved' | 'occupied';
  expiresAt: string | null;
}>;

/** What holds the places of one provider's own places, by place then placement; nothing of the children held. */
export async function loadHeldPlaces(db: ProjectionTx, provider: string): Promise<HeldPlace[]> {
  const { rows } = await db.query<Pick<CapacityRow, 'option_id' | 'reservations' | 'occupancies'>>(
    'SELECT option_id, reservations, occupancies FROM rm_placement_capacity WHERE provider = $1 ORDER BY option_id',
    [provider],
  );
  return rows.flatMap((row) => [
    ...Object.entries(row.reservations).map(([placementId, { places, expiresAt }]) => ({
      optionId: row.option_id,
      placementId,
      places,
      held: 'reserved' as const,
      expiresAt,
    })),
    ...Object.entries(row.occupancies).map(([placementId, { places }]) => ({
      optionId: row.option_id,
      placementId,
      places,
      held: 'occupied' as const,
      expiresAt: null,
    })),
  ]);
}

import type { PlacementOption } from '@casus/matching';
import type { JsonObject, RecordedEvent } from '@casus/event-store';
import type { Projection, ProjectionTx } from '../runtime/projection';
import { groupBy, upsertRows } from '../runtime/sql';

const STREAM_PREFIX = 'placement-option-';

/**
 * Extension point for the placement process: the event types it writes on `placement-option-<id>`
 * streams, and the fields read from them. Align the names here with libs/placement once it defines them.
 */
export const CAPACITY_EVENT_TYPES = [
  'PlacementOptionRegistered',
  'PlaceReserved',
  'ReservationReleased',
  'PlaceOccupied',
  'PlaceVacated',
  'PlacementOptionStatusChanged',
] as const;

export interface CapacityRow {
  option_id: string;
  revision: number;
  kind: string;
  provider: string;
  municipality: string;
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
  /** placementId -> { places, expiresAt }: counted, so a repeated event never counts twice. */
  reservations: Record<string, { places: number; expiresAt: string | null }>;
  occupancies: Record<string, { places: number }>;
}

const COLUMNS = {
  option_id: 'uuid', revision: 'integer', kind: 'text', provider: 'text', municipality: 'text', region: 'text',
  latitude: 'float8', longitude: 'float8', capacity: 'integer', reserved: 'integer', occupied: 'integer',
  age_min: 'integer', age_max: 'integer', care_intensities: 'text[]', specialisations: 'text[]',
  max_sibling_group: 'integer', network_family_id: 'uuid', status: 'text', reservations: 'jsonb', occupancies: 'jsonb',
} as const;

const num = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);
const str = (value: unknown, fallback = '') => (typeof value === 'string' ? value : fallback);
const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const placesOf = (data: JsonObject) => num(data.places, Array.isArray(data.childIds) ? data.childIds.length : 1);

function registered(optionId: string, data: JsonObject): CapacityRow {
  const location = (data.location ?? {}) as JsonObject;
  const ages = (data.ageRange ?? {}) as JsonObject;
  return {
    option_id: optionId, revision: -1, kind: str(data.kind), provider: str(data.provider),
    municipality: str(data.municipality), region: str(data.region, str(data.municipality)),
    latitude: num(location.lat ?? location.latitude, 0), longitude: num(location.lon ?? location.lng ?? location.longitude, 0),
    capacity: num(data.capacity, 0), reserved: 0, occupied: 0,
    age_min: num(ages.min, 0), age_max: num(ages.max, 21),
    care_intensities: strings(data.careIntensities), specialisations: strings(data.specialisations),
    max_sibling_group: num(data.maxSiblingGroup, 1),
    network_family_id: typeof data.networkFamilyId === 'string' ? data.networkFamilyId : null,
    status: str(data.status, 'active'), reservations: {}, occupancies: {},
  };
}

function evolveOption(row: CapacityRow, event: RecordedEvent): void {
  const { data } = event;
  const placementId = str(data.placementId);
  switch (event.type) {
    case 'PlaceReserved':
      row.reservations[placementId] = { places: placesOf(data), expiresAt: typeof data.expiresAt === 'string' ? data.expiresAt : null };
      break;
    case 'ReservationReleased':
      delete row.reservations[placementId];
      break;
    case 'PlaceOccupied':
      delete row.reservations[placementId];
      row.occupancies[placementId] = { places: placesOf(data) };
      break;
    case 'PlaceVacated':
      delete row.occupancies[placementId];
      break;
    case 'PlacementOptionStatusChanged':
      row.status = str(data.status, row.status);
      row.capacity = num(data.capacity, row.capacity);
      break;
  }
  row.reserved = Object.values(row.reservations).reduce((sum, r) => sum + r.places, 0);
  row.occupied = Object.values(row.occupancies).reduce((sum, o) => sum + o.places, 0);
}

export const capacityProjection: Projection = {
  name: 'placement-capacity',
  version: 1,
  streamPrefixes: [STREAM_PREFIX],
  eventTypes: CAPACITY_EVENT_TYPES,
  tables: ['rm_placement_capacity'],

  async apply(events: readonly RecordedEvent[], tx: ProjectionTx): Promise<void> {
    const byOption = groupBy(events, (event) => event.streamId.slice(STREAM_PREFIX.length) || null);
    const { rows } = await tx.query<CapacityRow>('SELECT * FROM rm_placement_capacity WHERE option_id = ANY ($1::uuid[])', [[...byOption.keys()]]);
    const stored = new Map(rows.map((row) => [row.option_id, row]));
    const changed: CapacityRow[] = [];
    for (const [optionId, optionEvents] of byOption) {
      let row = stored.get(optionId);
      let touched = false;
      for (const event of optionEvents) {
        if (row && event.revision <= row.revision) continue;
        if (event.type === 'PlacementOptionRegistered') row = registered(optionId, event.data);
        if (!row) continue;
        evolveOption(row, event);
        row.revision = event.revision;
        touched = true;
      }
      if (row && touched) changed.push(row);
    }
    await upsertRows(tx, 'rm_placement_capacity', COLUMNS, ['option_id'], changed);
  },
};

/** The capacity row as the matching engine takes it (libs/matching PlacementOption). */
export function toPlacementOption(row: CapacityRow): PlacementOption {
  return {
    optionId: row.option_id,
    kind: row.kind as PlacementOption['kind'],
    provider: row.provider,
    municipality: row.municipality,
    region: row.region,
    location: { lat: row.latitude, lon: row.longitude },
    capacity: row.capacity,
    reserved: row.reserved,
    occupied: row.occupied,
    ageRange: { min: row.age_min, max: row.age_max },
    careIntensities: row.care_intensities as PlacementOption['careIntensities'],
    specialisations: row.specialisations,
    maxSiblingGroup: row.max_sibling_group,
    ...(row.network_family_id ? { networkFamilyId: row.network_family_id } : {}),
    status: row.status as PlacementOption['status'],
  };
}

/** Every registered place with its current capacity, for the matching engine. */
export async function loadPlacementOptions(db: ProjectionTx): Promise<PlacementOption[]> {
  const { rows } = await db.query<CapacityRow>('SELECT * FROM rm_placement_capacity ORDER BY option_id');
  return rows.map(toPlacementOption);
}

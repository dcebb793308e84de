import { requireUuid } from '@casus/domain';
import type { CareIntensity, GeoPoint, PlacementOptionKind } from '@casus/matching';

export type OptionEventOf<Type extends string, Data> = Readonly<{ type: Type; data: Readonly<Data> }>;

export type PlacementOptionDetails = Readonly<{
  kind: PlacementOptionKind;
  provider: string;
  municipality: string;
  /** The CBS gemeentecode matching compares; null on a place registered before codes (schema 1) for a name the table does not know. */
  municipalityCode: string | null;
  region: string;
  location: GeoPoint;
  ageRange: Readonly<{ min: number; max: number }>;
  careIntensities: readonly CareIntensity[];
  specialisations: readonly string[];
  maxSiblingGroup: number;
  /** Only for a netwerkpleeggezin: the family network it belongs to (the case id of that family). */
  networkFamilyId: string | null;
  /**
   * A family proposed on a case from the child's own network (NetworkFamilyProposed), whose place the process
   * opened: its area is that family member's personal data, and only that case's matching sees it.
   */
  proposedFor?: Readonly<{ caseId: string; familyMemberId: string }>;
}>;

/** Who a reservation is for and whom they are kept apart from, so that two siblings kept apart never share a place. */
export type Siblings = Readonly<{ childIds: readonly string[]; keptApartFrom: readonly string[] }>;

export type PlacementOptionRegistered = OptionEventOf<
  'PlacementOptionRegistered',
  PlacementOptionDetails & { optionId: string; capacity: number }
>;
export type CapacityChanged = OptionEventOf<'CapacityChanged', { optionId: string; capacity: number; reason: string }>;
export type PlacementOptionPaused = OptionEventOf<'PlacementOptionPaused', { optionId: string; reason: string }>;
export type PlacementOptionResumed = OptionEventOf<'PlacementOptionResumed', { optionId: string }>;
export type PlacementOptionWithdrawn = OptionEventOf<'PlacementOptionWithdrawn', { optionId: string; reason: string }>;
export type PlaceReserved = OptionEventOf<
  'PlaceReserved',
  {
    optionId: string;
    placementId: string;
    places: number;
    provider: string;
    expiresAt: string;
    /** The case the placement belongs to, so the reservation's expiry shows among the team's deadlines (absent in early events). */
    caseId?: string;
  } & Partial<Siblings>
>;
export type ReservationReleased = OptionEventOf<
  'ReservationReleased',
  { optionId: string; placementId: string; places: number; reason: string }
>;
export type PlaceOccupied = OptionEventOf<'PlaceOccupied', { optionId: string; placementId: string; places: number }>;
export type PlaceVacated = OptionEventOf<
  'PlaceVacated',
  { optionId: string; placementId: string; places: number; reason: string; childIds?: readonly string[] }
>;

export type PlacementOptionEvent =
  | PlacementOptionRegistered
  | CapacityChanged
  | PlacementOptionPaused
  | PlacementOptionResumed
  | PlacementOptionWithdrawn
  | PlaceReserved
  | ReservationReleased
  | PlaceOccupied
  | PlaceVacated;

export const OPTION_EVENT_SCHEMA_VERSION: Readonly<Record<PlacementOptionEvent['type'], number>> = {
  PlacementOptionRegistered: 2,
  CapacityChanged: 1,
  PlacementOptionPaused: 1,
  PlacementOptionResumed: 1,
  PlacementOptionWithdrawn: 1,
  PlaceReserved: 1,
  ReservationReleased: 1,
  PlaceOccupied: 1,
  PlaceVacated: 1,
};

/** Every event type a `placement-option-<id>` stream holds, for subscribers that filter the log by type. */
export const OPTION_EVENT_TYPES = Object.keys(OPTION_EVENT_SCHEMA_VERSION) as readonly PlacementOptionEvent['type'][];

export const OPTION_STREAM_PREFIX = 'placement-option-';
export const streamIdForOption = (optionId: string): string => `${OPTION_STREAM_PREFIX}${requireUuid(optionId, 'a placement option id')}`;
export const optionIdFromStreamId = (streamId: string): string | null =>
  streamId.startsWith(OPTION_STREAM_PREFIX) ? streamId.slice(OPTION_STREAM_PREFIX.length) : null;

import type { GeoPoint } from './haversine';

/**
 * Family forms, in Dutch because that is what the professionals and the law say:
 * netwerkpleeggezin (foster family from the child's own network), bestandspleeggezin
 * (foster family recruited by a foster-care provider), gezinshuis (family home),
 * kleinschalig wonen (small-scale living group), residentieel (residential care).
 */
export const PLACEMENT_OPTION_KINDS = [
  'netwerkpleeggezin',
  'bestandspleeggezin',
  'gezinshuis',
  'kleinschalig-wonen',
  'residentieel',
] as const;
export type PlacementOptionKind = (typeof PLACEMENT_OPTION_KINDS)[number];

/** Ordered from least to most intensive; the order is what "room to scale" is measured on. */
export const CARE_INTENSITIES = ['light', 'medium', 'intensive'] as const;
export type CareIntensity = (typeof CARE_INTENSITIES)[number];

export type PlacementOptionStatus = 'active' | 'paused' | 'withdrawn';

/** A place as the capacity read model holds it; optionId is unique within one call to match. */
export interface PlacementOption {
  readonly optionId: string;
  readonly kind: PlacementOptionKind;
  readonly provider: string;
  /** For the professional's eye; never compared. */
  readonly municipality: string;
  /** The CBS gemeentecode (GM0228 for Ede): what "the child's own municipality" is compared on; null when none is on record. */
  readonly municipalityCode: string | null;
  readonly region: string;
  readonly location: GeoPoint;
  readonly capacity: number;
  readonly reserved: number;
  readonly occupied: number;
  /** Inclusive, in whole years. */
  readonly ageRange: { readonly min: number; readonly max: number };
  readonly careIntensities: readonly CareIntensity[];
  readonly specialisations: readonly string[];
  readonly maxSiblingGroup: number;
  /** Only for a netwerkpleeggezin: the network (family) it belongs to. */
  readonly networkFamilyId?: string;
  readonly status: PlacementOptionStatus;
}

export function freePlaces(option: PlacementOption): number {
  return option.capacity - option.reserved - option.occupied;
}

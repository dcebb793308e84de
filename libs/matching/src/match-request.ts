import type { GeoPoint } from './haversine';
import type { CareIntensity } from './placement-option';

export interface ChildToPlace {
  readonly childId: string;
  /** ISO date, YYYY-MM-DD. */
  readonly birthDate: string;
}

export interface ExcludedArea {
  readonly center: GeoPoint;
  readonly radiusKm: number;
  /** Plain words for the professional, e.g. "near the address of the parent with a contact ban". */
  readonly reason: string;
}

export interface MatchRequest {
  readonly placementId: string;
  readonly children: readonly ChildToPlace[];
  /** The day the ages are counted on (ISO date); the clock comes in with the request. */
  readonly referenceDate: string;
  /** "Samen, tenzij": the children of one request live together, so one option needs room for all of them. */
  readonly needs: {
    readonly careIntensity: CareIntensity;
    readonly specialisations: readonly string[];
  };
  /** The child's own network; only a netwerkpleeggezin of this network is open to the child. */
  readonly familyNetworkId?: string;
  readonly parentsHome?: GeoPoint;
  readonly school?: GeoPoint;
  readonly municipality: string;
  /** The CBS gemeentecode; null when none is on record, so that no place counts as in the child's own municipality. */
  readonly municipalityCode: string | null;
  readonly region: string;
  readonly excludedAreas: readonly ExcludedArea[];
  /** Places the child lived before. */
  readonly earlierOptionIds: readonly string[];
  /** Places where brothers or sisters who are not part of this request already live. */
  readonly siblingOptionIds: readonly string[];
  /** Places of the brothers or sisters the child must be kept apart from: never a candidate, whatever else fits. */
  readonly keptApartOptionIds: readonly string[];
  /** Places that declined this child in an earlier proposal of the same request: not proposed again. */
  readonly declinedOptionIds: readonly string[];
}

/** Whole years completed on the reference date; a 29 February birthday counts from 1 March in other years. */
export function ageInYearsOn(birthDate: string, referenceDate: string): number {
  const years = Number(referenceDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return referenceDate.slice(5, 10) < birthDate.slice(5, 10) ? years - 1 : years;
}

export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const RADIANS_PER_DEGREE = Math.PI / 180;

/** Great-circle distance in km; as the crow flies, which is what the matching weighs, not travel time. */
export function haversineKm(from: GeoPoint, to: GeoPoint): number {
  const dLat = (to.lat - from.lat) * RADIANS_PER_DEGREE;
  const dLon = (to.lon - from.lon) * RADIANS_PER_DEGREE;
  const sinHalfLat = Math.sin(dLat / 2);
  const sinHalfLon = Math.sin(dLon / 2);
  const a =
    sinHalfLat * sinHalfLat + Math.cos(from.lat * RADIANS_PER_DEGREE) * Math.cos(to.lat * RADIANS_PER_DEGREE) * sinHalfLon * sinHalfLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Whether two points lie within km of each other; most places are ruled out without any trigonometry. */
export function isWithinKm(from: GeoPoint, to: GeoPoint, km: number): boolean {
  // The great-circle distance is never shorter than the north-south distance alone.
  if (Math.abs(to.lat - from.lat) * RADIANS_PER_DEGREE * EARTH_RADIUS_KM > km) return false;
  return haversineKm(from, to) <= km;
}

import type { MatchingConfig } from './config';
import { scored, type CriterionForRequest, type SoftCriterion } from './criterion';
import { haversineKm, type GeoPoint } from './haversine';
import type { CriterionName } from './match-result';
import { memoised } from './memoised';

function closeness(km: number, { distance }: MatchingConfig): number {
  if (km <= distance.fullScoreWithinKm) return 1;
  const halfWay = distance.halfScoreAtKm - distance.fullScoreWithinKm;
  return halfWay / (halfWay + km - distance.fullScoreWithinKm);
}

function distanceTo(name: CriterionName, config: MatchingConfig, place: GeoPoint | undefined, words: string): SoftCriterion | undefined {
  if (place === undefined) return undefined;
  const weight = config.weights[name];
  // Whole km: as the crow flies, a finer figure would only pretend to precision.
  const byKm = memoised((km) => scored(name, weight, km, closeness(km, config), `${km} km from ${words}`));
  return { name, weight, measure: ({ location }) => byKm(Math.round(haversineKm(location, place))) };
}

export const distanceToParents: CriterionForRequest = ({ config, request }) =>
  distanceTo('distance-to-parents', config, request.parentsHome, "the parents' home");

export const distanceToSchool: CriterionForRequest = ({ config, request }) =>
  distanceTo('distance-to-school', config, request.school, 'school');

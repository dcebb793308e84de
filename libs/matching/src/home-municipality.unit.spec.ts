import { defaultMatchingConfig } from './config';
import { match } from './match';
import type { MatchRequest } from './match-request';
import type { PlacementOption } from './placement-option';
import { livingInEde } from '../test/requests';

const ede = { lat: 52.0402, lon: 5.6649 };

const request: MatchRequest = {
  placementId: 'placement-sem',
  children: [{ childId: 'sem', birthDate: '2017-03-01' }],
  referenceDate: '2026-12-01',
  needs: { careIntensity: 'medium', specialisations: [] },
  ...livingInEde,
};

const place = (optionId: string, municipality: string, municipalityCode: string | null): PlacementOption => ({
  optionId,
  kind: 'bestandspleeggezin',
  provider: 'Pleegzorg Gelderland',
  municipality,
  municipalityCode,
  region: 'FoodValley',
  location: ede,
  capacity: 1,
  reserved: 0,
  occupied: 0,
  ageRange: { min: 0, max: 18 },
  careIntensities: ['medium'],
  specialisations: [],
  maxSiblingGroup: 1,
  status: 'active',
});

const homeMunicipalityOf = (options: PlacementOption[], ofRequest: MatchRequest = request) =>
  Object.fromEntries(
    match(ofRequest, options, defaultMatchingConfig).ranked.map(({ optionId, criteria }) => [
      optionId,
      criteria.find((c) => c.criterion === 'home-municipality')?.raw,
    ]),
  );

describe('the home municipality, compared by CBS gemeentecode', () => {
  it('is the same municipality however its name is spelled, when the codes are equal', () => {
    expect(homeMunicipalityOf([place('lower-case', 'ede', 'GM0228'), place('full-name', 'Gemeente Ede', 'GM0228')])).toEqual({
      'lower-case': 'municipality',
      'full-name': 'municipality',
    });
  });

  it('is another municipality under the same name when the codes differ (Bergen NH and Bergen L)', () => {
    const bergen = { ...request, municipality: 'Bergen', municipalityCode: 'GM0373' };
    expect(homeMunicipalityOf([place('bergen-limburg', 'Bergen', 'GM0893')], bergen)).toEqual({ 'bergen-limburg': 'region' });
  });

  it('is never the own municipality when either side has no code on record', () => {
    expect(homeMunicipalityOf([place('no-code', 'Ede', null)])).toEqual({ 'no-code': 'region' });
    expect(homeMunicipalityOf([place('with-code', 'Ede', 'GM0228')], { ...request, municipalityCode: null })).toEqual({
      'with-code': 'region',
    });
  });
});

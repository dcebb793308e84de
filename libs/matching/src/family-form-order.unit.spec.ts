import { defaultMatchingConfig, matchingConfigOf, MATCHING_CONFIGS } from './config';
import { match } from './match';
import type { MatchRequest } from './match-request';
import type { PlacementOption } from './placement-option';
import { livingInEde } from '../test/requests';

const ede = { lat: 52.0402, lon: 5.6649 };
const nextDoor = { lat: 52.0405, lon: 5.6652 };
const utrecht = { lat: 52.0907, lon: 5.1214 }; // about 38 km from Ede as the crow flies

// Sem (9) needs medium care with trauma expertise. His grandmother in Utrecht can take him; a gezinshuis
// round the corner from his parents offers everything else.
const request: MatchRequest = {
  placementId: 'placement-sem',
  children: [{ childId: 'sem', birthDate: '2017-03-01' }],
  referenceDate: '2026-12-01',
  needs: { careIntensity: 'medium', specialisations: ['trauma'] },
  familyNetworkId: 'family-sem',
  parentsHome: ede,
  school: ede,
  ...livingInEde,
};

const common = { capacity: 1, reserved: 0, occupied: 0, ageRange: { min: 0, max: 18 }, maxSiblingGroup: 1, status: 'active' } as const;
const grandmother: PlacementOption = {
  ...common,
  optionId: 'grandmother-utrecht',
  kind: 'netwerkpleeggezin',
  provider: 'Pleegzorg Utrecht',
  municipality: 'Utrecht',
  municipalityCode: 'GM0344',
  region: 'Utrecht',
  location: utrecht,
  careIntensities: ['medium'],
  specialisations: [],
  networkFamilyId: 'family-sem',
};
const gezinshuis: PlacementOption = {
  ...common,
  optionId: 'gezinshuis-ede',
  kind: 'gezinshuis',
  provider: 'Gezinshuis De Linde',
  municipality: 'Ede',
  municipalityCode: 'GM0228',
  region: 'FoodValley',
  location: nextDoor,
  careIntensities: ['light', 'medium', 'intensive'],
  specialisations: ['trauma'],
};

const ranking = (version: string) => match(request, [gezinshuis, grandmother], matchingConfigOf(version)!).ranked.map((o) => o.optionId);

describe('the family-form order is a policy on record', () => {
  it('by default is strict: the grandmother 38 km away ranks above the gezinshuis next door', () => {
    expect(defaultMatchingConfig.familyFormOrder).toBe('strict');
    expect(match(request, [gezinshuis, grandmother], defaultMatchingConfig).ranked.map((o) => o.optionId)).toEqual([
      'grandmother-utrecht',
      'gezinshuis-ede',
    ]);
  });

  it('weighted (config 1) lets closeness, own municipality and expertise outweigh the network: the gezinshuis first', () => {
    expect(ranking('casus-matching-config/1')).toEqual(['gezinshuis-ede', 'grandmother-utrecht']);
  });

  it('strict keeps the scores the weights give: the gezinshuis scores higher and still ranks second', () => {
    const [first, second] = match(request, [gezinshuis, grandmother], defaultMatchingConfig).ranked;
    expect(second.score).toBeGreaterThan(first.score);
    expect(first.criteria.find((c) => c.criterion === 'family-form')?.explanation).toBe(
      'netwerkpleeggezin, family form 1 of 5 in "zo thuis mogelijk": ranked before every later form',
    );
  });

  it('reconstructs every config a proposal was made with from its recorded version', () => {
    expect(matchingConfigOf(defaultMatchingConfig.version)).toBe(defaultMatchingConfig);
    expect(matchingConfigOf('casus-matching-config/1')).toMatchObject({ familyFormOrder: 'weighted', weights: { 'family-form': 40 } });
    for (const [version, config] of Object.entries(MATCHING_CONFIGS)) expect(config.version).toBe(version);
    expect(matchingConfigOf('casus-matching-config/0')).toBeUndefined();
  });
});

import type { OptionActor, RegisterPlacementOption } from '../src/option/option-commands';

export const provider: OptionActor = {
  id: '00000000-0000-4000-8000-000000000108',
  role: 'provider',
  team: 'plaatsing',
  organisation: 'Pleegzorg Gelderland',
};
export const otherProvider: OptionActor = { ...provider, organisation: 'Gezinshuizen Utrecht' };

export function registration(
  optionId: string,
  overrides: Partial<RegisterPlacementOption['data']> = {},
  actor: OptionActor = provider,
): RegisterPlacementOption {
  return {
    type: 'RegisterPlacementOption',
    actor,
    data: {
      optionId,
      kind: 'bestandspleeggezin',
      provider: actor.organisation,
      municipality: 'Ede',
      region: 'FoodValley',
      location: { lat: 52.04, lon: 5.67 },
      capacity: 2,
      ageRange: { min: 0, max: 17 },
      careIntensities: ['light', 'medium'],
      specialisations: [],
      maxSiblingGroup: 3,
      networkFamilyId: null,
      ...overrides,
    },
  };
}

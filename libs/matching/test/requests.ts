import type { MatchRequest } from '@casus/matching';

/** Where a test's child lives, with nothing excluded or remembered: spread it into a request, then say what the test is about. */
export const livingInEde = {
  municipality: 'Ede',
  municipalityCode: 'GM0228',
  region: 'FoodValley',
  excludedAreas: [],
  earlierOptionIds: [],
  siblingOptionIds: [],
  keptApartOptionIds: [],
  declinedOptionIds: [],
} as const satisfies Partial<MatchRequest>;

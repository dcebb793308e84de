import type { CasusApi } from './casus-api';
import { people, type Actor } from './people';

/** The provider of the reserved place says yes (Handboek Methodisch Matchen, phase B), so the team or GI may decide. */
export async function providerAccepts(casus: CasusApi, placementId: string, provider: Actor = people.priya): Promise<void> {
  const response = await casus
    .http()
    .post(`/placements/${placementId}/accept`)
    .set(await casus.as(provider));
  expect({ placementId, status: response.status }).toEqual({ placementId, status: 200 });
}

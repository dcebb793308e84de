import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { answered, api } from '../../api/client';
import type { components } from '../../api/casus-api';

/** A placement holding places on one of the provider's own places (GET /placement-options/reservations). */
export type Held = components['schemas']['HeldPlaceAnswer'];

export type Brief = Readonly<{
  placementId: string;
  status: string;
  children: readonly { childId: string; birthDate: string }[];
  needs: { careIntensity: string; specialisations: readonly string[]; description: string };
  intendedStartOn: string;
  startedOn: string | null;
  contact: { name: string; team: string } | null;
}>;

export function useHeldPlaces(minPosition?: string) {
  return useQuery({
    queryKey: ['held-places', minPosition ?? null],
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const asked = api.GET('/placement-options/reservations', { params: { query: { minPosition } } });
      return (await answered(asked)).items;
    },
  });
}

/** Asked for when the provider opens it: the API says whether this placement's brief is theirs to read yet. */
export function useBrief(placementId: string, wanted: boolean) {
  return useQuery({
    queryKey: ['brief', placementId],
    enabled: wanted,
    queryFn: async () =>
      (await answered(api.GET('/placements/{placementId}/brief', { params: { path: { placementId } } }))) as unknown as Brief,
  });
}

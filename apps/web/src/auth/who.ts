import { useQuery } from '@tanstack/react-query';
import { answered, api } from '../api/client';
import type { components } from '../api/casus-api';

export type Me = components['schemas']['MeResponse'];
export type Role = Me['role'];

/** The signed-in person as the API reads their token; the pages of their role follow from it. */
export function useMe() {
  return useQuery({ queryKey: ['me'], queryFn: () => answered(api.GET('/me')), staleTime: Infinity });
}

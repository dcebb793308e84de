import { useQuery } from '@tanstack/react-query';
import { answered, api } from '../../api/client';

/** The requests that name the signed-in professional's Jeugdlink team and wait for it (GET /jeugdlink-requests). */
export function useWaitingRequests() {
  return useQuery({
    queryKey: ['jeugdlink-requests'],
    queryFn: () => answered(api.GET('/jeugdlink-requests')),
  });
}

/** The cases the API lists for this reader: for a Jeugdlink team, those it joined; for a GI, those of its court orders. */
export function useMyCases() {
  return useQuery({
    queryKey: ['cases', 'mine'],
    queryFn: () => answered(api.GET('/cases', { params: { query: { pageSize: 200 } } })),
  });
}

import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { answered, api } from '../../api/client';

// Deadlines of one case fit on one page: the API's largest.
const ALL_OF_A_CASE = 200;

/**
 * The four reads of the case page, started together in one render (no waterfall): each section shows as its answer
 * arrives. Keyed by the language too, since the timeline and the refusals come worded in it.
 */
export function useCaseReads(caseId: string) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const path = { params: { path: { caseId } } };
  return {
    case: useQuery({ queryKey: ['case', caseId], queryFn: () => answered(api.GET('/cases/{caseId}', path)) }),
    steps: useQuery({ queryKey: ['case-steps', caseId, language], queryFn: () => answered(api.GET('/cases/{caseId}/steps', path)) }),
    timeline: useQuery({
      queryKey: ['case-timeline', caseId, language],
      queryFn: () => answered(api.GET('/cases/{caseId}/timeline', path)),
    }),
    deadlines: useQuery({
      queryKey: ['case-deadlines', caseId],
      queryFn: () => answered(api.GET('/deadlines', { params: { query: { caseId, pageSize: ALL_OF_A_CASE } } })),
    }),
  };
}

export type CaseReads = ReturnType<typeof useCaseReads>;

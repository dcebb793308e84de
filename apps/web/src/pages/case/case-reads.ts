import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { answered, api } from '../../api/client';
import { currentSession } from '../../auth/session';

// Deadlines of one case fit on one page: the API's largest.
const ALL_OF_A_CASE = 200;

/**
 * The reads of a case are kept per session: the next person signed in in the same tab (a shared computer at the office)
 * never sees, not even for a moment, what the one before them read.
 */
export function sessionKey(): string {
  return currentSession()?.token ?? '';
}

/**
 * The four reads of the case page, started together in one render (no waterfall): each section shows as its answer
 * arrives. Keyed by the language too, since the timeline and the refusals come worded in it.
 */
export function useCaseReads(caseId: string) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const session = sessionKey();
  const path = { params: { path: { caseId } } };
  return {
    case: useQuery({ queryKey: ['case', caseId, session], queryFn: () => answered(api.GET('/cases/{caseId}', path)) }),
    steps: useQuery({
      queryKey: ['case-steps', caseId, language, session],
      queryFn: () => answered(api.GET('/cases/{caseId}/steps', path)),
    }),
    timeline: useQuery({
      queryKey: ['case-timeline', caseId, language, session],
      queryFn: () => answered(api.GET('/cases/{caseId}/timeline', path)),
    }),
    deadlines: useQuery({
      queryKey: ['case-deadlines', caseId, session],
      queryFn: () => answered(api.GET('/deadlines', { params: { query: { caseId, pageSize: ALL_OF_A_CASE } } })),
    }),
  };
}

export type CaseReads = ReturnType<typeof useCaseReads>;

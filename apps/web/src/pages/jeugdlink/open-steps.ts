import { useQuery } from '@tanstack/react-query';
import { answered, api } from '../../api/client';

/** The steps this person may take on the case now, as the domain answers (GET /cases/:caseId/steps): the page offers only those. */
export function useOpenSteps(caseId: string): ReadonlySet<string> {
  const steps = useQuery({
    queryKey: ['steps', caseId],
    queryFn: () => answered(api.GET('/cases/{caseId}/steps', { params: { path: { caseId } } })),
  });
  return new Set(steps.data?.steps.filter((step) => step.open).map((step) => step.type));
}

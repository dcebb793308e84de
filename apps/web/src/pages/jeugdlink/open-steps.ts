import { useQuery } from '@tanstack/react-query';
import { answered, api } from '../../api/client';

type Steps = { steps: readonly { type: string; open: boolean }[] };

/** The steps this person may take on the case now, as the domain answers (GET /cases/:caseId/steps): the page offers only those. */
export function useOpenSteps(caseId: string): ReadonlySet<string> {
  const steps = useQuery({
    queryKey: ['steps', caseId],
    queryFn: async () => (await answered(api.GET('/cases/{caseId}/steps', { params: { path: { caseId } } }))) as unknown as Steps,
  });
  return new Set(steps.data?.steps.filter((step) => step.open).map((step) => step.type));
}

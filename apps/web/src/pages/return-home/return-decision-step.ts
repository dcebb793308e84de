import { useQuery } from '@tanstack/react-query';
import { answered, api } from '../../api/client';

export type DecisionStep = Readonly<
  { open: true; placementId?: string } | { open: false; placementId?: string; code: string; text: string }
>;

/** RecordReturnDecision as GET /cases/:caseId/steps answers it for this person: open (on which placement), or why not. */
export function useReturnDecisionStep(caseId: string) {
  return useQuery({
    queryKey: ['return-decision-step', caseId],
    queryFn: async (): Promise<DecisionStep | undefined> => {
      const { steps } = await answered(api.GET('/cases/{caseId}/steps', { params: { path: { caseId } } }));
      return steps.find((step) => step.type === 'RecordReturnDecision');
    },
  });
}

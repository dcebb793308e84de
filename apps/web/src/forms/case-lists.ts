import { useQuery } from '@tanstack/react-query';
import { answered, api } from '../api/client';
import type { CaseList } from './field-spec';

/** What a step's form needs of the case: the revision it opened at, and what its pickers offer. */
export type CaseForForms = Readonly<{
  revision: number;
  case: Readonly<{
    children: readonly { childId: string; birthDate: string }[];
    familyMembers: readonly { familyMemberId: string; name: string }[];
    tasks: readonly { taskId: string; description: string; dueOn: string; status: string }[];
  }>;
}>;

/** One option of a picker: the id the body carries and the words the professional reads. */
export type Option = Readonly<{ id: string; words: { key: 'child' | 'task'; values: Record<string, string> } | string }>;

export function optionsOf(view: CaseForForms | undefined, list: CaseList): readonly Option[] {
  if (!view) return [];
  if (list === 'children') return view.case.children.map((child) => ({ id: child.childId, words: { key: 'child', values: child } }));
  if (list === 'familyMembers') return view.case.familyMembers.map((member) => ({ id: member.familyMemberId, words: member.name }));
  return view.case.tasks
    .filter((task) => task.status === 'open')
    .map((task) => ({ id: task.taskId, words: { key: 'task', values: task } }));
}

/**
 * The case as the form opens it. Never refetched behind the professional's back: the revision it was opened at is the one
 * the step is sent against, so a change by someone else shows as a conflict rather than slipping in unseen.
 */
export function useCaseForForms(caseId: string) {
  return useQuery({
    queryKey: ['step-form-case', caseId],
    queryFn: async () => (await answered(api.GET('/cases/{caseId}', { params: { path: { caseId } } }))) as unknown as CaseForForms,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    // Opened again later, the form starts from the case as it stands then.
    refetchOnMount: 'always',
  });
}

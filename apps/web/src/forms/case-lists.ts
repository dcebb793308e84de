import { useQuery } from '@tanstack/react-query';
import type { components } from '../api/casus-api';
import { answered, api } from '../api/client';
import { dayOf } from '../pages/case/dates';
import type { CaseList } from './field-spec';

/** The case as GET /cases/:caseId answers it: the revision a form opens at, and what its pickers offer. */
export type CaseForForms = components['schemas']['CaseViewAnswer'];

/** One option of a picker: the id the body carries and the words the professional reads. */
export type Option = Readonly<{ id: string; words: { key: 'child' | 'task' | 'placement'; values: Record<string, string> } | string }>;

/** A line of the file an `event` field offers: its number in the file and how the person reads it (when, what). */
export type FileLine = Readonly<{ eventNumber: number; words: string }>;

export function optionsOf(view: CaseForForms | undefined, list: CaseList, language: string): readonly Option[] {
  if (!view) return [];
  const day = (date: string) => dayOf(date, language);
  if (list === 'children')
    return view.case.children.map((child) => ({ id: child.childId, words: { key: 'child', values: { birthDate: day(child.birthDate) } } }));
  // The document leaves a family member's and a task's fields open (they are the recording event's): read as text.
  if (list === 'familyMembers')
    return view.case.familyMembers.map((member) => ({ id: String(member.familyMemberId), words: String(member.name ?? '') }));
  if (list === 'requestedPlacements')
    return view.case.placements
      .filter((placement) => placement.status === 'requested')
      .map((placement) => ({
        id: placement.placementId,
        words: { key: 'placement', values: { intendedStartOn: day(placement.intendedStartOn) } },
      }));
  return view.case.tasks
    .filter((task) => task.status === 'open')
    .map((task) => ({
      id: String(task.taskId),
      words: { key: 'task', values: { description: String(task.description), dueOn: day(String(task.dueOn)) } },
    }));
}

/**
 * The case as the form opens it. Never refetched behind the professional's back: the revision it was opened at is the one
 * the step is sent against, so a change by someone else shows as a conflict rather than slipping in unseen.
 */
export function useCaseForForms(caseId: string) {
  return useQuery({
    queryKey: ['step-form-case', caseId],
    queryFn: () => answered(api.GET('/cases/{caseId}', { params: { path: { caseId } } })),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    // Opened again later, the form starts from the case as it stands then.
    refetchOnMount: 'always',
  });
}

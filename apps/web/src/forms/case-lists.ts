import { useQuery } from '@tanstack/react-query';
import type { components } from '../api/casus-api';
import { answered, api } from '../api/client';
import { dayOf } from '../pages/case/dates';
import type { CaseList } from './field-spec';

/** The case as GET /cases/:caseId answers it: the revision a form opens at, and what its pickers offer. */
export type CaseForForms = components['schemas']['CaseViewAnswer'];

/** One option of a picker: the id the body carries and the words the professional reads. */
export type Option = Readonly<{
  id: string;
  words:
    | {
        key: 'child' | 'task' | 'placement' | 'withholding' | 'correctionRequest' | 'destructionRequest' | 'complaint';
        values: Record<string, string>;
      }
    | string;
}>;

/** A line of the file an `event` field offers: its number in the file and how the person reads it (when, what). */
export type FileLine = Readonly<{ eventNumber: number; words: string }>;

type Case = CaseForForms['case'];
// The document leaves the records' fields open (they are the recording event's): read as text.
type Facts = Readonly<Record<string, unknown>>;
const live = (record: Facts) => record.ended === null || record.ended === undefined;

/** A child or a family member of the case by their id: as the pickers name them. */
function personOf(record: Case, personId: string, day: (date: string) => string): Option {
  const child = record.children.find((one) => one.childId === personId);
  if (child) return { id: personId, words: { key: 'child', values: { birthDate: day(child.birthDate) } } };
  const member = record.familyMembers.find((one) => one.familyMemberId === personId);
  return { id: personId, words: String(member?.name ?? personId) };
}

const children = (record: Case, day: (date: string) => string) => record.children.map((child) => personOf(record, child.childId, day));
const members = (record: Case, day: (date: string) => string) =>
  record.familyMembers.map((member) => personOf(record, String(member.familyMemberId), day));

const LISTS = {
  children,
  familyMembers: members,
  familyPeople: (record, day) => [...children(record, day), ...members(record, day)],
  familyAccounts: (record, day) =>
    (record.familyAccounts as Facts[]).filter(live).map((link) => personOf(record, String(link.personId), day)),
  withholdings: (record, day) =>
    (record.withholdings as Facts[]).filter(live).map((withholding) => ({
      id: String(withholding.withholdingId),
      words: { key: 'withholding', values: { on: day(String(withholding.withheldOn)), reason: String(withholding.reason) } },
    })),
  undecidedCorrections: (record, day) =>
    (record.familyVoice.corrections as Facts[])
      .filter((request) => request.decision === null)
      .map((request) => ({
        id: String(request.requestId),
        words: { key: 'correctionRequest', values: { on: day(String(request.requestedOn)), what: String(request.what) } },
      })),
  undecidedDestructionRequests: (record, day) =>
    (record.familyVoice.destructionRequests as Facts[])
      .filter((request) => request.decision === null)
      .map((request) => ({
        id: String(request.requestId),
        words: { key: 'destructionRequest', values: { on: day(String(request.requestedOn)), decideBy: day(String(request.decideBy)) } },
      })),
  openComplaints: (record, day) =>
    (record.familyVoice.complaints as Facts[])
      .filter((complaint) => complaint.handled === null)
      .map((complaint) => ({
        id: String(complaint.complaintId),
        words: { key: 'complaint', values: { about: String(complaint.about), handleBy: day(String(complaint.handleBy)) } },
      })),
  requestedPlacements: (record, day) =>
    record.placements
      .filter((placement) => placement.status === 'requested')
      .map((placement) => ({
        id: placement.placementId,
        words: { key: 'placement', values: { intendedStartOn: day(placement.intendedStartOn) } },
      })),
  openTasks: (record, day) =>
    record.tasks
      .filter((task) => task.status === 'open')
      .map((task) => ({
        id: String(task.taskId),
        words: { key: 'task', values: { description: String(task.description), dueOn: day(String(task.dueOn)) } },
      })),
} satisfies Record<CaseList, (record: Case, day: (date: string) => string) => Option[]>;

export function optionsOf(view: CaseForForms | undefined, list: CaseList, language: string): readonly Option[] {
  return view ? LISTS[list](view.case, (date) => dayOf(date, language)) : [];
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

import { answered, api } from '../../api/client';
import type { operations } from '../../api/casus-api';
import type { AccessLogPage, CaseList, DecisionContext, HistoryItem, Integrity, Replay } from './audit-answers';

// Every read below is written to the access log by the API, the auditor's own reads too: the pages ask only when the auditor does.

/** The whole history, page after page: an auditor replays all of it, and the slider needs every event. */
export async function readHistory(caseId: string): Promise<readonly HistoryItem[]> {
  const items: HistoryItem[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await answered(api.GET('/cases/{caseId}/history', { params: { path: { caseId }, query: { limit: '1000', after } } }));
    items.push(...page.items);
    if (!page.next) return items;
    after = String(page.next.after);
  }
}

/** The steps in the professionals' words, by event: the history's data is the record, these are its lines. */
export async function readStepLines(caseId: string): Promise<ReadonlyMap<string, string>> {
  const timeline = await answered(api.GET('/cases/{caseId}/timeline', { params: { path: { caseId } } }));
  return new Map(timeline.steps.map((step) => [step.eventId, step.summary]));
}

export const readReplay = (caseId: string, revision: number): Promise<Replay> =>
  answered(api.GET('/cases/{caseId}/state', { params: { path: { caseId }, query: { atRevision: String(revision) } } }));

export const readIntegrity = async (caseId: string): Promise<Integrity> =>
  (await answered(api.GET('/cases/{caseId}/integrity', { params: { path: { caseId } } }))) as Integrity;

export const readDecisionContext = (caseId: string, eventId: string): Promise<DecisionContext> =>
  answered(api.GET('/cases/{caseId}/decisions/{eventId}/context', { params: { path: { caseId, eventId } } }));

type AccessLogQuery = NonNullable<operations['AccessLogController_find']['parameters']['query']>;

export type AccessLogFilters = Readonly<Pick<AccessLogQuery, 'caseId' | 'user' | 'from' | 'to' | 'outcome'>>;

export const ACCESS_LOG_PAGE = 50;

export const readAccessLog = (filters: AccessLogFilters, after?: string): Promise<AccessLogPage> =>
  answered(api.GET('/audit/access-log', { params: { query: { ...filters, after, limit: String(ACCESS_LOG_PAGE) } } }));

type CaseQuery = NonNullable<operations['ReadModelsHttpController_listCases']['parameters']['query']>;

export type CaseFilters = Readonly<Pick<CaseQuery, 'municipality' | 'team' | 'phase' | 'status'> & { page: number }>;

export const CASES_PAGE = 25;

export const listCases = (filters: CaseFilters): Promise<CaseList> =>
  answered(api.GET('/cases', { params: { query: { ...filters, pageSize: CASES_PAGE } } }));

/** The export as the API gives it, saved under a name that says which case, as `casus verify --file` reads it. */
export async function downloadExport(caseId: string): Promise<string> {
  const file = await answered(api.GET('/cases/{caseId}/export', { params: { path: { caseId } }, parseAs: 'blob' }));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(file);
  link.download = `casus-export-${caseId}.json`;
  link.click();
  // Let the download take the file before the address is let go.
  setTimeout(() => URL.revokeObjectURL(link.href));
  return link.download;
}

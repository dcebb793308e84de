/**
 * The audit reads' answers as the pages use them. Until the OpenAPI document gives these reads their schemas
 * (branch `responses`), the shapes are written out here, after libs/audit's HistoryEntry, ReplayedCase,
 * DecisionContext and AccessLogLine.
 */
export type HistoryItem = Readonly<{
  eventId: string;
  type: string;
  revision: number;
  recordedAt: string;
  actor: Readonly<{ id: string | null; name: string | null; role: string | null; team: string | null; organisation: string | null }>;
  reason: string | null;
  data: Readonly<Record<string, unknown>>;
}>;

export type HistoryPage = Readonly<{ caseId: string; total: number; items: readonly HistoryItem[]; next: { after: number } | null }>;

export type TimelineStep = Readonly<{ eventId: string; revision: number; summary: string }>;

export type DeadlineThen = Readonly<{ kind: string; subjectId: string; dueOn: string; status: string }>;

export type CaseThen =
  | Readonly<{ status: 'none' }>
  | Readonly<{
      status: 'open' | 'closed';
      phase: string;
      team: string;
      municipality: string;
      lead: Readonly<{ name: string }> | null;
      children: readonly unknown[];
      courtOrders: readonly Readonly<{ kind: string; validUntil: string; ended: unknown }>[];
      placements: readonly Readonly<{ status: string }>[];
      jeugdlink: readonly Readonly<{ status: string; team: string | null }>[];
    }>;

export type Replay = Readonly<{ revision: number; asOf: string | null; state: CaseThen; deadlines: readonly DeadlineThen[] }>;

export type DecisionContext = Readonly<{
  decision: HistoryItem;
  stateBefore: CaseThen;
  deadlinesBefore: readonly DeadlineThen[];
  inputs: readonly HistoryItem[];
}>;

export type Integrity = Readonly<{
  events: number;
  intact: boolean;
  head: Readonly<{ revision: number }> | null;
  firstBreak: Readonly<{ revision: number }> | null;
  anchor: Readonly<{ seq: number; at: string; revision: number }> | null;
  anchorProblem: string | null;
}>;

export type AccessLogLine = Readonly<{
  id: string;
  occurredAt: string;
  userId: string;
  userName: string | null;
  role: string;
  organisation: string;
  team: string | null;
  caseId: string | null;
  action: string;
  dataAccessed: string;
  ground: string;
}>;

export type AccessLogPage = Readonly<{ items: readonly AccessLogLine[]; next: { after: string } | null }>;

export type CaseListItem = Readonly<{
  caseId: string;
  status: string;
  phase: string;
  municipality: string;
  team: string;
  lead: Readonly<{ name: string | null }> | null;
  children: readonly unknown[];
  lastStep: Readonly<{ summary: string; at: string }>;
}>;

export type CaseList = Readonly<{ items: readonly CaseListItem[]; page: number; pageSize: number; total: number }>;

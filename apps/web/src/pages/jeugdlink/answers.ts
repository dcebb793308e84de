// The answers these pages read, until the API's document types them (branch `responses`).

export type JeugdlinkRequest = Readonly<{
  caseId: string;
  team: string;
  municipality: string;
  urgency: 'regular' | 'acute';
  lead: Readonly<{ name: string | null }> | null;
  reason: string;
  requestedOn: string;
}>;

export type CaseListItem = Readonly<{
  caseId: string;
  municipality: string;
  team: string;
  jeugdlink: Readonly<{ team: string | null; status: 'requested' | 'joined' | 'ended' }> | null;
  children: readonly Readonly<{ childId: string; age: number }>[];
  activeCourtOrders: readonly Readonly<{ courtOrderId: string; kind: string; childId: string; validUntil: string }>[];
  activePlacement: Readonly<Record<string, unknown>> | null;
}>;

export type Deadline = Readonly<{
  deadlineId: string;
  caseId: string;
  team: string;
  kind: string;
  childId: string | null;
  dueOn: string;
  status: string;
  warningFrom: string | null;
  inWarningPeriod: boolean;
}>;

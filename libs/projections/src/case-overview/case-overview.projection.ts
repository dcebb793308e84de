import { CASE_EVENT_TYPES, evolve, initialState, type CaseState, type ExistingCase } from '@casus/domain';
import type { RecordedEvent } from '@casus/event-store';
import type { Projection, ProjectionTx } from '../runtime/projection';
import { groupBy, upsertRows } from '../runtime/sql';
import { describeStep } from '../case-timeline/step-wording';
import { asCaseEvent, caseIdOf } from '../shared/recorded';

const COLUMNS = {
  case_id: 'uuid',
  revision: 'integer',
  status: 'text',
  phase: 'text',
  municipality: 'text',
  team: 'text',
  organisation: 'text',
  urgency: 'text',
  opened_at: 'timestamptz',
  lead_id: 'uuid',
  lead_name: 'text',
  jeugdlink_team: 'text',
  jeugdlink_status: 'text',
  jeugdlink_teams: 'text[]',
  gi_organisations: 'text[]',
  providers: 'text[]',
  children: 'jsonb',
  court_orders: 'jsonb',
  active_placement: 'jsonb',
  last_step_type: 'text',
  last_step: 'text',
  last_step_at: 'timestamptz',
  state: 'jsonb',
} as const;

interface LastStep {
  readonly type: string;
  readonly summary: string;
  readonly at: Date;
}

const unique = (values: readonly string[]) => [...new Set(values)].sort();

/** The row of one case, from the domain's own state (evolve), so list and decider never disagree. */
export function overviewRow(state: ExistingCase, revision: number, openedAt: string, last: LastStep) {
  const jeugdlink = state.jeugdlink.at(-1) ?? null;
  const current = state.placements.filter((p) => p.status !== 'ended');
  const placement = current.find((p) => p.status === 'active') ?? current.at(-1) ?? null;
  return {
    case_id: state.caseId,
    revision,
    status: state.status,
    phase: state.phase,
    municipality: state.municipality,
    team: state.team,
    organisation: state.organisation,
    urgency: state.signal.urgency,
    opened_at: openedAt,
    lead_id: state.lead?.leadId ?? null,
    lead_name: state.lead?.name ?? null,
    jeugdlink_team: jeugdlink?.status === 'joined' ? jeugdlink.team : null,
    jeugdlink_status: jeugdlink?.status ?? null,
    // Who may read the case (domain access rules): every Jeugdlink team that joined, the GIs, the providers.
    jeugdlink_teams: unique(state.jeugdlink.flatMap((j) => (j.status !== 'requested' && j.team ? [j.team] : []))),
    gi_organisations: unique(state.courtOrders.map((order) => order.giOrganisation)),
    providers: unique(state.placements.flatMap((p) => (p.decision ? [p.decision.provider] : []))),
    children: state.children,
    court_orders: state.courtOrders.map(({ courtOrderId, kind, childId, validFrom, validUntil }) => ({ courtOrderId, kind, childId, validFrom, validUntil })),
    active_placement: placement && {
      placementId: placement.placementId,
      status: placement.status,
      childIds: placement.childIds,
      legalBasis: placement.legalBasis,
      optionId: placement.decision?.optionId ?? null,
      provider: placement.decision?.provider ?? null,
      startedOn: placement.startedOn,
    },
    last_step_type: last.type,
    last_step: last.summary,
    last_step_at: last.at.toISOString(),
    state,
  };
}

interface StoredCase {
  case_id: string;
  revision: number;
  opened_at: Date;
  state: CaseState;
}

export const caseOverviewProjection: Projection = {
  name: 'case-overview',
  version: 1,
  streamPrefixes: ['case-'],
  eventTypes: CASE_EVENT_TYPES,
  tables: ['rm_case_overview'],

  async apply(events: readonly RecordedEvent[], tx: ProjectionTx): Promise<void> {
    const byCase = groupBy(events, caseIdOf);
    const { rows } = await tx.query<StoredCase>(
      'SELECT case_id, revision, opened_at, state FROM rm_case_overview WHERE case_id = ANY ($1::uuid[])',
      [[...byCase.keys()]],
    );
    const stored = new Map(rows.map((row) => [row.case_id, row]));
    const changed = [];
    for (const [caseId, caseEvents] of byCase) {
      const before = stored.get(caseId);
      let state: CaseState = before?.state ?? initialState();
      let revision = before?.revision ?? -1;
      let openedAt = before?.opened_at.toISOString();
      let last: LastStep | undefined;
      for (const event of caseEvents) {
        // Idempotent: a stream revision already folded in is skipped.
        if (event.revision <= revision) continue;
        const caseEvent = asCaseEvent(event);
        state = evolve(state, caseEvent);
        revision = event.revision;
        if (caseEvent.type === 'SignalRegistered') openedAt = event.recordedAt.toISOString();
        last = { type: event.type, summary: describeStep(caseEvent), at: event.recordedAt };
      }
      if (last && state.status !== 'none' && openedAt) changed.push(overviewRow(state, revision, openedAt, last));
    }
    await upsertRows(tx, 'rm_case_overview', COLUMNS, ['case_id'], changed);
  },
};

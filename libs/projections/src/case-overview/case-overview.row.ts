import { isCurrent, readersOf, type ExistingCase } from '@casus/domain';

export const OVERVIEW_COLUMNS = {
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
  jeugdlink_request: 'jsonb',
  gi_organisations: 'text[]',
  veilig_thuis_teams: 'text[]',
  children: 'jsonb',
  court_orders: 'jsonb',
  active_placement: 'jsonb',
  last_step_type: 'text',
  last_step: 'text',
  last_step_at: 'timestamptz',
  state: 'json',
} as const;

interface LastStep {
  readonly type: string;
  readonly summary: string;
  readonly at: Date;
}

/** The row of one case, from the domain's own state (evolve), so list and decider never disagree. */
export function overviewRow(state: ExistingCase, revision: number, openedAt: string, last: LastStep) {
  const jeugdlink = state.jeugdlink.at(-1) ?? null;
  const current = state.placements.filter(isCurrent);
  const placement = current.find((p) => p.status === 'active') ?? current.at(-1) ?? null;
  const readers = readersOf(state);
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
    // Who reads the case besides its team (readers.ts); lists filter on these columns (visibility.ts).
    jeugdlink_teams: readers.jeugdlinkTeams,
    // The open request, for the team it names, which reads the request and not the case (readers.ts).
    jeugdlink_request:
      jeugdlink?.status === 'requested' && jeugdlink.team !== null
        ? { team: jeugdlink.team, reason: jeugdlink.reason, requestedOn: jeugdlink.requestedOn }
        : null,
    gi_organisations: readers.giOrganisations,
    veilig_thuis_teams: readers.veiligThuisTeams,
    children: state.children,
    court_orders: state.courtOrders.map(({ courtOrderId, kind, childId, validFrom, validUntil }) => ({
      courtOrderId,
      kind,
      childId,
      validFrom,
      validUntil,
    })),
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

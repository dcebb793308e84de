import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** rm_case_overview as migration ReadModels1764000000400 creates it, with the columns later migrations add (the migrations own the schema). */
@Entity('rm_case_overview')
@Index('rm_case_overview_team_idx', ['team', 'status'])
// A GIN index on an array: typeorm cannot describe it, so it leaves it alone.
@Index('rm_case_overview_jeugdlink_idx', { synchronize: false })
@Index('rm_case_overview_veilig_thuis_idx', { synchronize: false })
@Index('rm_case_overview_jeugdlink_request_idx', { synchronize: false })
export class CaseOverviewEntity {
  @PrimaryColumn('uuid', { name: 'case_id', primaryKeyConstraintName: 'rm_case_overview_pkey' })
  caseId!: string;

  @Column('integer')
  revision!: number;

  @Column('text')
  status!: string;

  @Column('text')
  phase!: string;

  @Column('text')
  municipality!: string;

  @Column('text')
  team!: string;

  @Column('text')
  organisation!: string;

  @Column('text')
  urgency!: string;

  @Column('timestamptz', { name: 'opened_at' })
  openedAt!: Date;

  @Column('uuid', { name: 'lead_id', nullable: true })
  leadId!: string | null;

  @Column('text', { name: 'lead_name', nullable: true })
  leadName!: string | null;

  @Column('text', { name: 'jeugdlink_team', nullable: true })
  jeugdlinkTeam!: string | null;

  @Column('text', { name: 'jeugdlink_status', nullable: true })
  jeugdlinkStatus!: string | null;

  @Column('text', { name: 'jeugdlink_teams', array: true })
  jeugdlinkTeams!: string[];

  @Column('jsonb', { name: 'jeugdlink_request', nullable: true })
  jeugdlinkRequest!: { team: string; reason: string; requestedOn: string } | null;

  @Column('text', { name: 'gi_organisations', array: true })
  giOrganisations!: string[];

  @Column('text', { name: 'veilig_thuis_teams', array: true })
  veiligThuisTeams!: string[];

  @Column('jsonb')
  children!: { childId: string; birthDate: string }[];

  @Column('jsonb', { name: 'court_orders' })
  courtOrders!: { courtOrderId: string; kind: string; childId: string; validFrom: string; validUntil: string }[];

  @Column('jsonb', { name: 'active_placement', nullable: true })
  activePlacement!: Record<string, unknown> | null;

  @Column('text', { name: 'last_step_type' })
  lastStepType!: string;

  @Column('text', { name: 'last_step' })
  lastStep!: string;

  @Column('timestamptz', { name: 'last_step_at' })
  lastStepAt!: Date;

  /** The domain's case state the projection folds on; not for serving. json: written and read whole, never queried inside. */
  @Column('json', { select: false })
  state!: unknown;
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models fed by projections (libs/projections). Everything here can be dropped and rebuilt
 * from the log; a rebuild clones these tables with `LIKE ... INCLUDING ALL`, so constraints and
 * indexes belong here, not in code. Overdue and warnings depend on the clock: computed at query time.
 */
export class ReadModels1764000000400 implements MigrationInterface {
  name = 'ReadModels1764000000400';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE projection_status (
        projection text PRIMARY KEY,
        version integer NOT NULL,
        state text NOT NULL,
        error text,
        worker text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE rm_case_overview (
        case_id uuid PRIMARY KEY,
        revision integer NOT NULL,
        status text NOT NULL,
        phase text NOT NULL,
        municipality text NOT NULL,
        team text NOT NULL,
        organisation text NOT NULL,
        urgency text NOT NULL,
        opened_at timestamptz NOT NULL,
        lead_id uuid,
        lead_name text,
        jeugdlink_team text,
        jeugdlink_status text,
        jeugdlink_teams text[] NOT NULL,
        gi_organisations text[] NOT NULL,
        providers text[] NOT NULL,
        children jsonb NOT NULL,
        court_orders jsonb NOT NULL,
        active_placement jsonb,
        last_step_type text NOT NULL,
        last_step text NOT NULL,
        last_step_at timestamptz NOT NULL,
        state jsonb NOT NULL
      )`);
    await db.query('CREATE INDEX rm_case_overview_team_idx ON rm_case_overview (team, status)');
    await db.query('CREATE INDEX rm_case_overview_jeugdlink_idx ON rm_case_overview USING gin (jeugdlink_teams)');
    await db.query(`
      CREATE TABLE rm_case_timeline (
        event_id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        revision integer NOT NULL,
        event_type text NOT NULL,
        occurred_at timestamptz NOT NULL,
        summary text NOT NULL,
        actor_id text,
        actor_role text,
        actor_team text,
        actor_organisation text,
        reason text
      )`);
    await db.query('CREATE UNIQUE INDEX rm_case_timeline_case_idx ON rm_case_timeline (case_id, revision)');
    await db.query(`
      CREATE TABLE rm_deadlines (
        deadline_id text PRIMARY KEY,
        case_id uuid,
        kind text NOT NULL,
        description text NOT NULL,
        child_id uuid,
        placement_id uuid,
        due_on date NOT NULL,
        due_at timestamptz,
        status text NOT NULL,
        opened_by_event_id uuid NOT NULL,
        closed_by_event_id uuid,
        closed_by_event_type text,
        closed_at timestamptz
      )`);
    await db.query('CREATE INDEX rm_deadlines_case_idx ON rm_deadlines (case_id)');
    await db.query(`CREATE INDEX rm_deadlines_open_idx ON rm_deadlines (due_on) WHERE status = 'open'`);
    await db.query(`
      CREATE TABLE rm_placement_capacity (
        option_id uuid PRIMARY KEY,
        revision integer NOT NULL,
        kind text NOT NULL,
        provider text NOT NULL,
        municipality text NOT NULL,
        region text NOT NULL,
        latitude double precision NOT NULL,
        longitude double precision NOT NULL,
        capacity integer NOT NULL,
        reserved integer NOT NULL,
        occupied integer NOT NULL,
        age_min integer NOT NULL,
        age_max integer NOT NULL,
        care_intensities text[] NOT NULL,
        specialisations text[] NOT NULL,
        max_sibling_group integer NOT NULL,
        network_family_id uuid,
        status text NOT NULL,
        reservations jsonb NOT NULL,
        occupancies jsonb NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['rm_placement_capacity', 'rm_deadlines', 'rm_case_timeline', 'rm_case_overview', 'projection_status']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}

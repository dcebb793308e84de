import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reservation expiries of the placement process: durable timers that the runtime polls. */
export class PlacementTimers1764000000100 implements MigrationInterface {
  name = 'PlacementTimers1764000000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE placement_timers (
        placement_id uuid NOT NULL,
        attempt integer NOT NULL,
        option_id uuid NOT NULL,
        due_at timestamptz NOT NULL,
        fired_at timestamptz,
        cancelled_at timestamptz,
        PRIMARY KEY (placement_id, attempt)
      )`);
    await db.query('CREATE INDEX placement_timers_due ON placement_timers (due_at) WHERE fired_at IS NULL AND cancelled_at IS NULL');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE placement_timers');
  }
}

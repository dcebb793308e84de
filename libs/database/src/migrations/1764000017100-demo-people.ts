import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The professionals `casus seed` made up for the demo region, so the development sign-in page can offer
 * them by name, role and team (issue 17). Only fictional people are ever written here; family members
 * are not, their sign-in is another matter (issue 18).
 */
export class DemoPeople1764000017100 implements MigrationInterface {
  name = 'DemoPeople1764000017100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE demo_people (
        person_id uuid PRIMARY KEY,
        name text NOT NULL,
        role text NOT NULL,
        team text NOT NULL,
        organisation text NOT NULL,
        seeded_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE demo_people');
  }
}

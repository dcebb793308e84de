import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The development sign-in lists the seeded family members too (issue 18), each with what they are on their case
 * ("ouder met gezag", "kind, 13 jaar"): made-up people of the demo region only, like the professionals.
 */
export class DemoPeopleAbout1764000018200 implements MigrationInterface {
  name = 'DemoPeopleAbout1764000018200';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE demo_people ADD COLUMN about text');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE demo_people DROP COLUMN about');
  }
}

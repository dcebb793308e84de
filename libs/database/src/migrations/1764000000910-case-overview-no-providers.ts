import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Providers are no longer readers of a case (issue 13, need-to-know): they see their placement's
 * brief, decided from the case's events, so the case overview no longer keeps them as a reader list.
 */
export class CaseOverviewNoProviders1764000000910 implements MigrationInterface {
  name = 'CaseOverviewNoProviders1764000000910';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE rm_case_overview DROP COLUMN providers');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE rm_case_overview ADD COLUMN providers text[] NOT NULL DEFAULT '{}'`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The timeline in the professionals' Dutch (issue 17): each step's line in Dutch beside the English one. Rows written
 * before stay null until the case-timeline projection (version 5) is rebuilt; the API answers those in English meanwhile.
 */
export class TimelineDutch1764000017300 implements MigrationInterface {
  name = 'TimelineDutch1764000017300';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE rm_case_timeline ADD COLUMN summary_nl text');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE rm_case_timeline DROP COLUMN summary_nl');
  }
}

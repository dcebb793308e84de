import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every event of a case rewrites its overview row (with the folded state, about 2 KB). Full pages put each new version
 * on another page, with new index entries, and the dead versions stay until a vacuum: after a 20-second load a team's
 * deadlines list visited 287 pages for 120 cases (2.2 ms), and 116 with room on each page for the next version, where
 * PostgreSQL updates in place of the page (HOT: no index entries, dead versions pruned by the next visit; 0.9 ms).
 * Pages written from now on leave the room; a rebuild writes every page so (its shadow tables copy the setting).
 */
export class CaseOverviewRoomForUpdates1764000019300 implements MigrationInterface {
  name = 'CaseOverviewRoomForUpdates1764000019300';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE rm_case_overview SET (fillfactor = 50)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE rm_case_overview RESET (fillfactor)');
  }
}

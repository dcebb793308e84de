import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Jeugdlink team a request names reads the requests waiting for it, not the case (issue 17): the open request
 * kept beside the reader lists. Null until the projection's rebuild (version 8) fills it.
 */
export class CaseOverviewJeugdlinkRequest1764000017410 implements MigrationInterface {
  name = 'CaseOverviewJeugdlinkRequest1764000017410';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE rm_case_overview ADD COLUMN jeugdlink_request jsonb');
    await db.query(
      "CREATE INDEX rm_case_overview_jeugdlink_request_idx ON rm_case_overview ((jeugdlink_request->>'team')) WHERE jeugdlink_request IS NOT NULL",
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE rm_case_overview DROP COLUMN jeugdlink_request');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Veilig Thuis reads the cases it registered, also after it handed them over to the local team (issue 16):
 * a reader list of its own, kept beside the others. Cases before it were all registered by a wijkteam.
 */
export class CaseOverviewVeiligThuis1764000016110 implements MigrationInterface {
  name = 'CaseOverviewVeiligThuis1764000016110';

  async up(db: QueryRunner): Promise<void> {
    // The default fills the rows there are; the projection writes the column itself from then on.
    await db.query(`ALTER TABLE rm_case_overview ADD COLUMN veilig_thuis_teams text[] NOT NULL DEFAULT '{}'`);
    await db.query('ALTER TABLE rm_case_overview ALTER COLUMN veilig_thuis_teams DROP DEFAULT');
    await db.query('CREATE INDEX rm_case_overview_veilig_thuis_idx ON rm_case_overview USING gin (veilig_thuis_teams)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE rm_case_overview DROP COLUMN veilig_thuis_teams');
  }
}

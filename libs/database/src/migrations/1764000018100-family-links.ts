import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The live links of family accounts to their persons on cases (issue 18), kept by the family-links projection. */
export class FamilyLinks1764000018100 implements MigrationInterface {
  name = 'FamilyLinks1764000018100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE rm_family_link (
        case_id uuid NOT NULL,
        person_id uuid NOT NULL,
        account_id uuid NOT NULL,
        linked_on date NOT NULL,
        CONSTRAINT rm_family_link_pkey PRIMARY KEY (case_id, person_id)
      )`);
    await db.query('CREATE INDEX rm_family_link_account_idx ON rm_family_link (account_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rm_family_link');
  }
}

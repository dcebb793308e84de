import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matching compares a place's municipality by its CBS gemeentecode, not its name (issue 15). The capacity
 * projection (version 3) rebuilds the column from the option events; null where none is on record.
 */
export class CapacityMunicipalityCode1764000015110 implements MigrationInterface {
  name = 'CapacityMunicipalityCode1764000015110';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE rm_placement_capacity ADD COLUMN municipality_code text');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE rm_placement_capacity DROP COLUMN municipality_code');
  }
}

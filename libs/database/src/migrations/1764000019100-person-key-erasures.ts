import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How many person keys have been deleted, counted in the deleting transaction itself (issue 19). A process that
 * remembers keys reads this count in the statement that fetches them and again in the access-log line before it
 * answers: a different count means a key may have gone meanwhile, and the read is opened again from the table.
 * The trigger counts every way a key goes, so no path can forget to.
 */
export class PersonKeyErasures1764000019100 implements MigrationInterface {
  name = 'PersonKeyErasures1764000019100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE person_key_erasures (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        erasures bigint NOT NULL
      )`);
    await db.query('INSERT INTO person_key_erasures (erasures) VALUES (0)');
    await db.query(`
      CREATE FUNCTION count_person_key_erasure() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE person_key_erasures SET erasures = erasures + 1;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER person_key_erased AFTER UPDATE OF key ON person_keys
        FOR EACH ROW WHEN (OLD.key IS NOT NULL AND NEW.key IS NULL) EXECUTE FUNCTION count_person_key_erasure()`);
    await db.query(`
      CREATE TRIGGER person_key_deleted AFTER DELETE ON person_keys
        FOR EACH ROW WHEN (OLD.key IS NOT NULL) EXECUTE FUNCTION count_person_key_erasure()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TRIGGER person_key_deleted ON person_keys');
    await db.query('DROP TRIGGER person_key_erased ON person_keys');
    await db.query('DROP FUNCTION count_person_key_erasure()');
    await db.query('DROP TABLE person_key_erasures');
  }
}

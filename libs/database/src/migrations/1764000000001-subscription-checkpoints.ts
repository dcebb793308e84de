import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Where each subscriber (projection, process manager) has got to in the global log. */
export class SubscriptionCheckpoints1764000000001 implements MigrationInterface {
  name = 'SubscriptionCheckpoints1764000000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE subscription_checkpoints (
        subscription text PRIMARY KEY,
        commit_position bigint NOT NULL,
        prepare_position bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE subscription_checkpoints');
  }
}

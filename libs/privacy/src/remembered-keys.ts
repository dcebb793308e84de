import type { HeldKeys, PersonKeys, SqlClient } from './person-keys';
import type { KeySource } from './protected-event-store';

/** The count of person keys ever deleted, as of the statement that reads it. */
export const ERASURES_SO_FAR = 'SELECT erasures FROM person_key_erasures';

// One row at least (the count), and one per known person: a NULL key is an erased person.
const KEYS_AND_ERASURES = `SELECT e.erasures::text AS erasures, k.person_id::text AS person_id, k.key
  FROM person_key_erasures e LEFT JOIN person_keys k ON k.person_id = ANY ($1::uuid[])`;

type Row = { erasures: string; person_id: string | null; key: Buffer | null };

/**
 * A process's memory of person keys, for its case reads and steps, so that a read needs no key lookup of its own.
 * Everything remembered holds for one count of deleted keys: when a fetch sees another count, all is forgotten.
 * A read that answers with remembered keys compares their count with the one its access-log line read
 * (`stillHolds`): a key deleted meanwhile, by any process, is then never used to answer. Keys for sealing new data
 * always come from the table: an erased person is refused there.
 */
export class RememberedKeys implements KeySource {
  private readonly remembered = new Map<string, Buffer | null>();
  /** The count what is remembered holds for; undefined: nothing remembered is to be used. */
  private erasures: bigint | undefined;
  /** The highest count seen: memory never goes back to a lower one. */
  private floor = 0n;

  constructor(
    private readonly keys: PersonKeys,
    private readonly db: SqlClient,
    private readonly maxKeys = 100_000,
  ) {}

  /** From the table, which refuses an erased person; what it answers is remembered for the reads after. */
  async forWriting(streamId: string, personIds: readonly string[]): Promise<Map<string, Buffer>> {
    const held = await this.keys.forWritingAsOf(streamId, personIds);
    if (personIds.length > 0) this.remember(BigInt(held.erasures), [...held.keys]);
    return new Map(held.keys);
  }

  async forReading(personIds: readonly string[]): Promise<Map<string, Buffer>> {
    return new Map((await this.held(personIds)).keys);
  }

  /** The keys of these persons and the count they hold for: from memory when it has them all, else fetched now. */
  async held(personIds: readonly string[]): Promise<HeldKeys> {
    if (this.erasures !== undefined && personIds.every((id) => this.remembered.has(id))) {
      return { keys: this.known(personIds), erasures: this.erasures.toString() };
    }
    const { rows } = await this.db.query<Row>(KEYS_AND_ERASURES, [personIds]);
    const fetched = new Map<string, Buffer>();
    for (const row of rows) if (row.person_id && row.key) fetched.set(row.person_id, row.key);
    this.remember(
      BigInt(rows[0].erasures),
      rows.flatMap((row) => (row.person_id ? [[row.person_id, row.key] as const] : [])),
    );
    return { keys: fetched, erasures: rows[0].erasures };
  }

  private remember(erasures: bigint, entries: readonly (readonly [string, Buffer | null])[]): void {
    // A lookup that left the database before a newer one came back must not take memory back to its older count.
    if (erasures < this.floor) return;
    if (erasures !== this.erasures || this.remembered.size + entries.length > this.maxKeys) this.remembered.clear();
    this.erasures = this.floor = erasures;
    for (const [person, key] of entries) this.remembered.set(person, key);
  }

  /** False when keys were deleted between `held.erasures` and `seenSince`; then nothing remembered is used again. */
  stillHolds(held: HeldKeys, seenSince: string | null): boolean {
    if (seenSince === held.erasures) return true;
    if (seenSince !== null && BigInt(seenSince) > this.floor) this.floor = BigInt(seenSince);
    if (this.erasures !== undefined && this.erasures < this.floor) {
      this.remembered.clear();
      this.erasures = undefined;
    }
    return false;
  }

  private known(personIds: readonly string[]): Map<string, Buffer> {
    const keys = new Map<string, Buffer>();
    for (const id of personIds) {
      const key = this.remembered.get(id);
      if (key) keys.set(id, key);
    }
    return keys;
  }
}

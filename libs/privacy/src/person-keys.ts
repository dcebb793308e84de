import { Refusal } from '@casus/domain';
import { InFlight, OneTrip } from '@casus/event-store';
import { newPersonKey } from './envelope';

/** Anything that runs SQL like a `pg` Pool or Client; a named statement is planned once per connection. */
export interface SqlClient {
  query<R>(statement: string | Readonly<{ name: string; text: string }>, params?: unknown[]): Promise<{ rows: R[] }>;
}

/** New personal data for an erased person: the key is gone on purpose, so nothing is written. */
export class ErasedPersonRefusal extends Refusal<'PRIVACY.PERSON_ERASED'> {
  constructor(readonly personIds: readonly string[]) {
    super(
      'PRIVACY.PERSON_ERASED',
      'conflict',
      `the personal data of person ${personIds.join(', ')} has been erased; record them as a new person (with a new id)`,
    );
  }
}

/** Keys as a read holds them, with the count of deleted keys (migration PersonKeyErasures1764000019100) they are good for. */
export type HeldKeys = Readonly<{ keys: ReadonlyMap<string, Buffer>; erasures: string }>;

export type PersonKeyRecord = Readonly<{ personId: string; streamId: string; erasedAt: Date | null }>;

type KeyRow = { person_id: string; key: Buffer | null };
type KeyWrite = Readonly<{ streamId: string; personIds: readonly string[] }>;
/** A statement's rows by person, and the count of deleted keys as of it. */
type KeysMade = Readonly<{ rows: ReadonlyMap<string, KeyRow>; erasures: string }>;

/**
 * The per-person keys, in PostgreSQL beside (not in) the events. No cache: an erasure by the
 * command line must take effect in a running API at once. Keys never leave this class except to
 * seal or open a field, and are never logged.
 */
export class PersonKeys {
  private readonly lookups = new InFlight<KeyRow[]>();
  private readonly writes = new OneTrip<KeyWrite, KeysMade>((writes) => this.makeOrRead(writes));

  private constructor(private readonly db: SqlClient) {}

  /** Over the process's pool, which its owner ends. */
  static over(db: SqlClient): PersonKeys {
    return new PersonKeys(db);
  }

  /**
   * The keys to seal these persons' data with, made on first use (recorded with the stream they
   * first appear in). Refuses when one of them was erased.
   */
  async forWriting(streamId: string, personIds: readonly string[]): Promise<Map<string, Buffer>> {
    return new Map((await this.forWritingAsOf(streamId, personIds)).keys);
  }

  /** As forWriting, with the count of deleted keys (person_key_erasures) as of the statement that read them. */
  async forWritingAsOf(streamId: string, personIds: readonly string[]): Promise<HeldKeys> {
    // A person inserted by a concurrent append that committed after this statement began is not
    // in its snapshot: the second round reads it.
    for (let round = 0; round < 2; round += 1) {
      const { rows, erasures } = await this.writes.get({ streamId, personIds });
      const found = personIds.flatMap((personId) => rows.get(personId) ?? []);
      const erased = found.filter((row) => row.key === null).map((row) => row.person_id);
      if (erased.length > 0) throw new ErasedPersonRefusal(erased);
      if (found.length === personIds.length) return { keys: new Map(found.map((row) => [row.person_id, row.key!])), erasures };
    }
    throw new Error('person keys could not be made or read; try again');
  }

  /**
   * The keys of the writes that queued behind the last, made or read in one statement: a person new to several of them
   * gets one key, recorded with the first write's stream, as when their statements race.
   */
  private async makeOrRead(writes: readonly KeyWrite[]): Promise<KeysMade[]> {
    const streamOf = new Map<string, string>();
    for (const { streamId, personIds } of writes)
      for (const personId of personIds) if (!streamOf.has(personId)) streamOf.set(personId, streamId);
    // In id order: two processes' statements that wait on each other's new keys then wait in the same order, never in a circle.
    const persons = [...streamOf].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const { rows } = await this.db.query<KeyRow & { erasures: string }>(
      {
        // Named: it was planned anew for every step, which took longer than running it.
        name: 'casus.person-keys-for-writing',
        text: `WITH fresh AS (
           INSERT INTO person_keys (person_id, key, stream_id)
           SELECT person_id, key, stream_id FROM unnest($1::uuid[], $2::bytea[], $3::text[]) AS k(person_id, key, stream_id)
           ON CONFLICT (person_id) DO NOTHING
           RETURNING person_id, key)
         SELECT person_id::text, key, (SELECT erasures::text FROM person_key_erasures) AS erasures FROM fresh
         UNION ALL
         SELECT person_id::text, key, (SELECT erasures::text FROM person_key_erasures) FROM person_keys
          WHERE person_id = ANY ($1::uuid[]) AND person_id NOT IN (SELECT person_id FROM fresh)`,
      },
      [persons.map(([personId]) => personId), persons.map(() => newPersonKey()), persons.map(([, streamId]) => streamId)],
    );
    const made = { rows: new Map(rows.map((row) => [row.person_id, row])), erasures: rows[0]?.erasures ?? '' };
    return writes.map(() => made);
  }

  /**
   * The keys that still exist for these persons; an erased (or unknown) person has none. The log's followers in a process
   * open the same page at the same moment: they share one lookup (a joiner's is as old as a lookup begun just before it).
   */
  async forReading(personIds: readonly string[]): Promise<Map<string, Buffer>> {
    const rows = await this.lookups.get(personIds.join(','), async () => {
      const { rows } = await this.db.query<KeyRow>(
        {
          name: 'casus.person-keys-for-reading',
          text: 'SELECT person_id::text, key FROM person_keys WHERE person_id = ANY ($1::uuid[]) AND key IS NOT NULL',
        },
        [personIds],
      );
      return rows;
    });
    return new Map(rows.map((row) => [row.person_id, row.key!]));
  }

  async find(personId: string): Promise<PersonKeyRecord | null> {
    const { rows } = await this.db.query<{ stream_id: string; erased_at: Date | null }>(
      'SELECT stream_id, erased_at FROM person_keys WHERE person_id = $1',
      [personId],
    );
    return rows[0] ? { personId, streamId: rows[0].stream_id, erasedAt: rows[0].erased_at } : null;
  }

  /** Deletes the key for good; false when it was already gone. */
  async erase(personId: string, erasedBy: string, reason: string): Promise<boolean> {
    const { rows } = await this.db.query<{ person_id: string }>(
      `UPDATE person_keys SET key = NULL, erased_at = now(), erased_by = $2, erasure_reason = $3
        WHERE person_id = $1 AND key IS NOT NULL RETURNING person_id`,
      [personId, erasedBy, reason],
    );
    return rows.length > 0;
  }
}

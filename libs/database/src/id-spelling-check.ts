import { Client } from 'pg';

/** Stream kinds whose id is a UUID: `case-`, `placement-` and `placement-option-` (which `placement-` covers). */
const UUID_STREAMS = '^(case|placement)-';

/** The log holds a stream id in another spelling than the lower-case one; nothing may start on it. */
export class IdSpellingConflict extends Error {
  constructor(readonly spellings: readonly (readonly string[])[]) {
    super(
      `the event log holds ids in more than one spelling, so one case or place would be read as two: ` +
        spellings.map((streams) => streams.join(' and ')).join('; ') +
        `. Ids have one spelling, the lower-case UUID. To repair, stop every Casus process, move each ` +
        `upper-case stream's events to the lower-case stream (or, where both exist, decide with the teams ` +
        `which events belong to the case and append them there), delete the upper-case stream, then run ` +
        '`casus verify --all` and `casus projections rebuild`.',
    );
    this.name = 'IdSpellingConflict';
  }
}

/** Refuses (throws IdSpellingConflict) when a UUID-named stream id is not in lower case. */
export async function assertOneSpellingPerId(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ streams: string[] }>(
      `SELECT array_agg(stream_id ORDER BY stream_id) AS streams
         FROM events
        WHERE stream_revision = 0 AND stream_id ~ $1
        GROUP BY lower(stream_id)
       HAVING bool_or(stream_id <> lower(stream_id))
        ORDER BY lower(stream_id)`,
      [UUID_STREAMS],
    );
    if (rows.length > 0) throw new IdSpellingConflict(rows.map((row) => row.streams));
  } finally {
    await client.end();
  }
}

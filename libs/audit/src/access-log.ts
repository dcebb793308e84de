import { REFUSED_GROUND } from './access-ground';
import type { SqlClient } from './event-pages';

/** One look at a case's data (NEN 7513:2018 fields). */
export type AccessLogEntry = Readonly<{
  userId: string;
  userName: string | null;
  role: string;
  organisation: string;
  team: string | null;
  /** Whom the user acted for, when not themselves (NEN 7513 "namens"). */
  onBehalfOf: string | null;
  caseId: string | null;
  /** The endpoint or command, e.g. `GET /cases/:id/history`. */
  action: string;
  /** Which data: state, timeline, history, replay, export, integrity, access-log. */
  dataAccessed: string;
  ground: string;
  emergencyOverride: boolean;
  ip: string | null;
  correlationId: string | null;
}>;

export type AccessLogLine = AccessLogEntry & Readonly<{ id: string; occurredAt: string }>;

/** A read that was served, or one that was refused (and logged before the refusal was answered). */
export const ACCESS_OUTCOMES = ['granted', 'refused'] as const;
export type AccessOutcome = (typeof ACCESS_OUTCOMES)[number];

export type AccessLogQuery = Readonly<{
  caseId?: string;
  user?: string;
  from?: Date;
  to?: Date;
  outcome?: AccessOutcome;
  limit?: number;
  afterId?: string;
}>;

const COLUMNS = `id::text, occurred_at, user_id, user_name, role, organisation, team, on_behalf_of, case_id::text,
  action, data_accessed, ground, emergency_override, ip, correlation_id`;

type Row = {
  id: string;
  occurred_at: Date;
  user_id: string;
  user_name: string | null;
  role: string;
  organisation: string;
  team: string | null;
  on_behalf_of: string | null;
  case_id: string | null;
  action: string;
  data_accessed: string;
  ground: string;
  emergency_override: boolean;
  ip: string | null;
  correlation_id: string | null;
};

const INSERT_LINES = `INSERT INTO access_log (user_id, user_name, role, organisation, team, on_behalf_of, case_id, action,
    data_accessed, ground, emergency_override, ip, correlation_id)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::text[],
    $9::text[], $10::text[], $11::boolean[], $12::text[], $13::text[])`;

const MAX_LINES_PER_INSERT = 500;

type Waiting = { entry: AccessLogEntry; stored: (alongside: string | null) => void; failed: (error: unknown) => void };

export type AccessLogOptions = Readonly<{
  /**
   * A scalar SQL expression read in the same statement that stores the lines, as of that statement; each line's record()
   * answers with its text. The API reads the count of deleted person keys this way: the line is the last statement before
   * a read is answered, so it tells whether a key the read was opened with has gone meanwhile.
   */
  alongside?: string;
}>;

/**
 * The append-only access log table (migration AccessLog1764000000600); only INSERT and SELECT reach it.
 * Lines are written as a group commit: while one insert is on its way, the lines of other requests
 * gather and go together in the next, so under load a read costs a share of a commit, not one of its own.
 */
export class AccessLog {
  private waiting: Waiting[] = [];
  private writing = false;

  private readonly insertLines: string;

  constructor(
    private readonly db: SqlClient,
    options: AccessLogOptions = {},
  ) {
    this.insertLines = options.alongside
      ? `WITH stored AS (${INSERT_LINES} RETURNING 1) SELECT (${options.alongside})::text AS alongside`
      : INSERT_LINES;
  }

  /** Resolves only once the line is stored, with the `alongside` value of that statement: a read that cannot be logged is not served. */
  record(entry: AccessLogEntry): Promise<string | null> {
    return new Promise((stored, failed) => {
      this.waiting.push({ entry, stored, failed });
      if (!this.writing) void this.writeWaiting();
    });
  }

  private async writeWaiting(): Promise<void> {
    this.writing = true;
    while (this.waiting.length > 0) {
      const group = this.waiting.splice(0, MAX_LINES_PER_INSERT);
      await this.insert(group.map((line) => line.entry)).then(
        (alongside) => group.forEach((line) => line.stored(alongside)),
        // One unstorable line must not fail the others' reads: alone, each line gets its own answer.
        (error: unknown) => (group.length === 1 ? group[0].failed(error) : this.insertOneByOne(group)),
      );
    }
    this.writing = false;
  }

  private async insertOneByOne(group: readonly Waiting[]): Promise<void> {
    for (const line of group) await this.insert([line.entry]).then(line.stored, line.failed);
  }

  private async insert(entries: readonly AccessLogEntry[]): Promise<string | null> {
    const column = <K extends keyof AccessLogEntry>(key: K) => entries.map((entry) => entry[key]);
    const { rows } = await this.db.query<{ alongside?: string }>(this.insertLines, [
      column('userId'),
      column('userName'),
      column('role'),
      column('organisation'),
      column('team'),
      column('onBehalfOf'),
      column('caseId'),
      column('action'),
      column('dataAccessed'),
      column('ground'),
      column('emergencyOverride'),
      column('ip'),
      column('correlationId'),
    ]);
    return rows[0]?.alongside ?? null;
  }

  async find(query: AccessLogQuery): Promise<AccessLogLine[]> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    const where = (sql: string, value: unknown) => {
      params.push(value);
      conditions.push(sql.replace('?', `$${params.length}`));
    };
    if (query.caseId) where('case_id = ?::uuid', query.caseId);
    if (query.user) where('user_id = ?', query.user);
    if (query.from) where('occurred_at >= ?', query.from);
    if (query.to) where('occurred_at <= ?', query.to);
    if (query.outcome) where(`${query.outcome === 'refused' ? '' : 'NOT '}starts_with(ground, ?)`, REFUSED_GROUND);
    if (query.afterId) where('id > ?::bigint', query.afterId);
    params.push(Math.min(query.limit ?? 100, 1_000));
    const { rows } = await this.db.query<Row>(
      `SELECT ${COLUMNS} FROM access_log ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY access_log.id LIMIT $${params.length}`,
      params,
    );
    return rows.map((r) => ({
      id: r.id,
      occurredAt: r.occurred_at.toISOString(),
      userId: r.user_id,
      userName: r.user_name,
      role: r.role,
      organisation: r.organisation,
      team: r.team,
      onBehalfOf: r.on_behalf_of,
      caseId: r.case_id,
      action: r.action,
      dataAccessed: r.data_accessed,
      ground: r.ground,
      emergencyOverride: r.emergency_override,
      ip: r.ip,
      correlationId: r.correlation_id,
    }));
  }
}

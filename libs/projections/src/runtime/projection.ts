import type { LogFilter, RecordedEvent } from '@casus/event-store';

/** A statement by its text, or named: a named one is parsed and planned once per connection, not at every batch. */
export type Statement = string | Readonly<{ name: string; text: string }>;

/** Anything that runs SQL inside the projection's transaction (a pg client). */
export interface ProjectionTx {
  query<Row = Record<string, unknown>>(statement: Statement, params?: unknown[]): Promise<{ rows: Row[]; rowCount?: number | null }>;
}

/**
 * A read model fed from the global log. `apply` writes through `tx` with unqualified table names
 * (a rebuild points the search_path at its shadow schema) and is idempotent per event.
 */
export interface Projection {
  readonly name: string;
  /** Bump when the read model's shape or rules change: the rows must then be rebuilt. */
  readonly version: number;
  readonly streamPrefixes: readonly string[];
  readonly eventTypes: readonly string[];
  /** The tables this projection owns and rewrites on a rebuild. */
  readonly tables: readonly string[];
  apply(events: readonly RecordedEvent[], tx: ProjectionTx): Promise<void>;
  /**
   * Under load, how long it gathers events before it reads the log again (the runner's default when unset). A projection
   * a process waits on step by step, as the placement process waits on capacity, reads at once: 0.
   */
  readonly liveReadSpacingMs?: number;
  /** A rebuild's builder, when the projection has a faster one than `apply` per page (see rebuild.ts). */
  rebuilder?(): ProjectionRebuilder;
}

/**
 * Fills a projection's fresh (shadow) tables from the whole log, in log order, one page at a time.
 * It may keep what it built in memory between pages instead of reading its rows back, and write
 * only what changed; `flush` with `final` writes everything still held.
 */
export interface ProjectionRebuilder {
  /** Writes each row once with plain INSERTs: its tables need no keys until the load is done. */
  readonly insertsOnly?: boolean;
  add(events: readonly RecordedEvent[], tx: ProjectionTx): Promise<void>;
  flush(tx: ProjectionTx, final: boolean): Promise<void>;
}

/** For a projection without a rebuilder of its own: each page goes through `apply`. */
export function pageByPage(projection: Projection): ProjectionRebuilder {
  let page: RecordedEvent[] = [];
  return {
    add: async (events) => {
      page.push(...events);
    },
    flush: async (tx) => {
      const events = page;
      page = [];
      if (events.length > 0) await projection.apply(events, tx);
    },
  };
}

export const filterOf = (projections: readonly Projection[]): LogFilter => ({
  streamPrefixes: [...new Set(projections.flatMap((p) => p.streamPrefixes))],
  eventTypes: [...new Set(projections.flatMap((p) => p.eventTypes))],
});

export const accepts = (projection: Projection, event: RecordedEvent): boolean =>
  projection.eventTypes.includes(event.type) && projection.streamPrefixes.some((prefix) => event.streamId.startsWith(prefix));

export const checkpointName = (projection: Pick<Projection, 'name'>): string => `projection:${projection.name}`;

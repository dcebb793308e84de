import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { dutchDateOf } from '@casus/domain';
import { PROJECTIONS, readStatuses } from '@casus/projections';
import { Gauge } from 'prom-client';
import type { Pool } from 'pg';
import { CasusMetrics } from '../metrics/metrics';
import { perScrape } from '../metrics/per-scrape';
import { clockParameters } from './visibility';
import { CLOCK, DATABASE_POOL, type Clock } from '@casus/runtime';

const PROJECTION_STATES = ['standby', 'catching-up', 'live', 'stopped', 'failed', 'never-ran'] as const;

/** Projection lag and state, open and overdue deadlines: read on each scrape, from any instance. */
@Injectable()
export class ReadModelMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: CasusMetrics,
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    const registers = [this.metrics.registry];
    const statuses = perScrape(() => readStatuses(this.pool, PROJECTIONS));
    const deadlines = perScrape(() => this.countDeadlines());
    new Gauge({
      name: 'casus_projection_lag_events',
      help: 'Events in the log that the projection has not applied yet (counted up to 100000)',
      labelNames: ['projection'] as const,
      registers,
      async collect() {
        this.reset();
        for (const status of (await statuses()) ?? []) this.set({ projection: status.name }, status.eventsBehind);
      },
    });
    new Gauge({
      name: 'casus_projection_lag_seconds',
      help: 'Age of the oldest event the projection has not applied yet (0 when caught up)',
      labelNames: ['projection'] as const,
      registers,
      async collect() {
        this.reset();
        for (const status of (await statuses()) ?? []) this.set({ projection: status.name }, status.msBehind / 1_000);
      },
    });
    new Gauge({
      name: 'casus_projection_state',
      help: "1 for the projection's current state as its lease holder last recorded it",
      labelNames: ['projection', 'state'] as const,
      registers,
      async collect() {
        this.reset();
        for (const status of (await statuses()) ?? []) {
          for (const state of PROJECTION_STATES) this.set({ projection: status.name, state }, status.state === state ? 1 : 0);
        }
      },
    });
    new Gauge({
      name: 'casus_deadlines',
      help: 'Deadlines in the deadlines read model by kind and status: open (not yet due) or overdue',
      labelNames: ['kind', 'status'] as const,
      registers,
      async collect() {
        this.reset();
        for (const row of (await deadlines()) ?? []) {
          this.set({ kind: row.kind, status: 'open' }, row.open);
          this.set({ kind: row.kind, status: 'overdue' }, row.overdue);
        }
      },
    });
  }

  /** One pass over the open deadlines (partial index rm_deadlines_open_idx), same overdue rule as GET /deadlines. */
  private async countDeadlines(): Promise<{ kind: string; open: number; overdue: number }[]> {
    const now = this.clock();
    const { today } = clockParameters(dutchDateOf(now), now);
    const overdue = `CASE WHEN due_at IS NOT NULL THEN due_at < $2::timestamptz ELSE due_on < $1::date END`;
    const { rows } = await this.pool.query<{ kind: string; open: number; overdue: number }>(
      `SELECT kind, count(*) FILTER (WHERE NOT (${overdue}))::int AS open, count(*) FILTER (WHERE ${overdue})::int AS overdue
         FROM rm_deadlines WHERE status = 'open' GROUP BY kind ORDER BY kind`,
      [today, now.toISOString()],
    );
    return rows;
  }
}

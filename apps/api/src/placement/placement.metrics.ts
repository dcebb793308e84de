import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { PROCESS_EVENT_TYPES, type PlacementProcessEvent } from '@casus/placement';
import { Gauge } from 'prom-client';
import type { Pool } from 'pg';
import { CasusMetrics } from '../metrics/metrics';
import { perScrape } from '../metrics/per-scrape';
import { DATABASE_POOL } from '@casus/runtime';

/** Where a placement process stands, by the last event on its stream; a new event type must pick one. */
const STATE_AFTER: Readonly<Record<PlacementProcessEvent['type'], string>> = {
  PlacementProcessStarted: 'matching',
  PlacementCandidatesProposed: 'reserving',
  CandidateUnavailable: 'reserving',
  ReservationExpired: 'reserving',
  ProposalDeclined: 'reserving',
  CandidateChosen: 'reserving',
  ReservationAccepted: 'proposed',
  CandidateReleased: 'reserving',
  CandidateReserved: 'proposed',
  NoSuitablePlacementFound: 'no-suitable-placement',
  RematchRequested: 'matching',
  PlacementDecisionNoted: 'decided',
  PlaceTaken: 'decided',
  PlacementStartSent: 'started',
  PlacementConcluded: 'concluded',
  PlaceFreed: 'concluded',
  ChildLeftNoted: 'started',
  ChildPlaceFreed: 'started',
  PlacementProcessParked: 'parked',
};
const STATES = [...new Set(Object.values(STATE_AFTER))];

/**
 * Placement processes per state, from the PostgreSQL event log (EVENT_STORE=postgres; with
 * EventStoreDB the table is empty and every state reads 0). One pass over process events per scrape.
 */
@Injectable()
export class PlacementMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: CasusMetrics,
    @Inject(DATABASE_POOL) private readonly pool: Pool,
  ) {}

  onModuleInit(): void {
    const counts = perScrape(() => this.countByLastEvent());
    new Gauge({
      name: 'casus_placement_processes',
      help: 'Placement processes by state: matching, reserving, proposed, decided, started, concluded, no-suitable-placement, parked',
      labelNames: ['state'] as const,
      registers: [this.metrics.registry],
      async collect() {
        const rows = await counts();
        this.reset();
        if (!rows) return;
        for (const state of STATES) this.set({ state }, 0);
        for (const row of rows) {
          const state = STATE_AFTER[row.type as PlacementProcessEvent['type']];
          if (state) this.inc({ state }, row.processes);
        }
      },
    });
  }

  private async countByLastEvent(): Promise<{ type: string; processes: number }[]> {
    const { rows } = await this.pool.query<{ type: string; processes: number }>(
      `SELECT type, count(*)::int AS processes FROM (
         SELECT DISTINCT ON (stream_id) event_type AS type FROM events
          WHERE event_type = ANY ($1::text[]) ORDER BY stream_id, stream_revision DESC) last
        GROUP BY type`,
      [PROCESS_EVENT_TYPES],
    );
    return rows;
  }
}

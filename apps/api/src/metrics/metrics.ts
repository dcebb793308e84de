import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { Refusal } from '@casus/domain';
import { aroundAppends, type EventStore } from '@casus/event-store';

/** One registry per application instance, so tests that boot several apps never share counters. */
export class CasusMetrics {
  readonly registry = new Registry();

  readonly commands = new Counter({
    name: 'casus_case_commands_total',
    help: 'Case commands handled, by command type and outcome (ok, forbidden, rule, not-found, conflict, unavailable, error)',
    labelNames: ['command', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly commandSeconds = new Histogram({
    name: 'casus_case_command_duration_seconds',
    help: 'Time from loading the case stream to the append (or refusal), by command type',
    labelNames: ['command'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly appendSeconds = new Histogram({
    name: 'casus_event_store_append_duration_seconds',
    help: 'Time of one append to the event store',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [this.registry],
  });

  readonly conflictRetries = new Counter({
    name: 'casus_case_command_conflict_retries_total',
    help: 'Decisions taken again because another writer changed the case in between',
    labelNames: ['command'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'casus_' });
  }
}

/** The outcome label of a command that threw: the domain refusal's kind, or what went wrong. */
export function outcomeOf(error: unknown): string {
  if (error instanceof Refusal) return error.kind;
  const name = (error as Error)?.name;
  if (name === 'WrongExpectedRevision') return 'conflict';
  if (name === 'EventStoreUnavailable') return 'unavailable';
  return 'error';
}

/** The store with every append timed into `histogram`. */
export const timedAppends = (store: EventStore, histogram: Histogram): EventStore =>
  aroundAppends(store, (append) => {
    const stop = histogram.startTimer();
    return append().finally(stop);
  });

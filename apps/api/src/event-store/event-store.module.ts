import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { rememberingStreams, type EventStore } from '@casus/event-store';
import { PersonKeys, ProtectedEventStore, RememberedKeys } from '@casus/privacy';
import { protectEventStore } from '@casus/runtime';
import type { Pool } from 'pg';
import type { Histogram } from 'prom-client';
import { timedAppends } from '../metrics/metrics';
import { caseStepStreams, RememberedFolds } from './remembered-folds';
import { tracedEventStore } from './traced-event-store';

/** The store everything reads and writes through: personal data sealed on append, opened (or `[erased]`) on read. */
export const EVENT_STORE = Symbol('EventStore');
/** The events exactly as stored (personal data sealed): for the hash chain's checks and exports only. */
export const STORED_EVENT_STORE = Symbol('StoredEventStore');
/**
 * The same store with the process's memory of the streams it read (sealed) and of person keys: for the case reads
 * and (through CASE_STEP_STORE) the steps on the request path. What it answers is as current as the store (each read asks for the tail); a read
 * answered with remembered keys checks them against its access-log line (CaseReads).
 */
export const REMEMBERING_EVENT_STORE = Symbol('RememberingEventStore');
export const REMEMBERED_KEYS = Symbol('RememberedKeys');
/** What the process remembers of the case streams it read, folded and opened (RememberedFolds): for case reads and steps. */
export const REMEMBERED_FOLDS = Symbol('RememberedFolds');
/** The remembering store as a case step reads it to decide: whole streams opened from the remembered folds. */
export const CASE_STEP_STORE = Symbol('CaseStepStore');

@Injectable()
class EventStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

@Global()
@Module({})
export class EventStoreModule {
  /** `appendSeconds`: every append of the process timed (case steps, places, the placement process, destruction), where the app serves metrics. */
  static forRoot(store: EventStore, pool: Pool, appendSeconds?: Histogram): DynamicModule {
    const traced = tracedEventStore(store);
    const protectedStore = protectEventStore(appendSeconds ? timedAppends(traced, appendSeconds) : traced, pool);
    const keys = new RememberedKeys(PersonKeys.over(pool), pool);
    const remembering = new ProtectedEventStore(rememberingStreams(protectedStore.stored), keys);
    const folds = new RememberedFolds();
    return {
      module: EventStoreModule,
      providers: [
        { provide: EVENT_STORE, useValue: protectedStore },
        { provide: STORED_EVENT_STORE, useValue: protectedStore.stored },
        { provide: REMEMBERING_EVENT_STORE, useValue: remembering },
        { provide: REMEMBERED_KEYS, useValue: keys },
        { provide: REMEMBERED_FOLDS, useValue: folds },
        { provide: CASE_STEP_STORE, useValue: caseStepStreams(remembering, keys, folds) },
        EventStoreCloser,
      ],
      exports: [EVENT_STORE, STORED_EVENT_STORE, REMEMBERING_EVENT_STORE, REMEMBERED_KEYS, REMEMBERED_FOLDS, CASE_STEP_STORE],
    };
  }
}

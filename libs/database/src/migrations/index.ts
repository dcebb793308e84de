import { EventStore1764000000000 } from './1764000000000-event-store';

/** Every schema change of Casus, oldest first. typeorm records which have run. */
export const migrations = [EventStore1764000000000];

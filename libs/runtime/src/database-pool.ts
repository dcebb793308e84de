import { ResilientPool } from '@casus/database';
import type { Pool } from 'pg';

/** The provider token of the process's one PostgreSQL pool. */
export const DATABASE_POOL = Symbol('DatabasePool');

/**
 * The one pool of a process (DATABASE_POOL_SIZE connections): the event store, person keys, read
 * models, audit and health checks take their connections from it. The process ends it once, last.
 */
export const openDatabasePool = (databaseUrl: string, size: number): Pool =>
  new ResilientPool({ connectionString: databaseUrl, max: size });

export { startEmbeddedPostgres, type EmbeddedPostgresOptions, type RunningPostgres } from './embedded-postgres';
export { databaseUrl, withDatabase } from './database-url';
export { freePort } from './free-port';
export { createDataSource, migrate } from './data-source';
export { migrations } from './migrations';
export { ResilientPool, pgOverPool, pgWithResilientPools } from './resilient-pool';
export { assertOneSpellingPerId, IdSpellingConflict } from './id-spelling-check';
export {
  EMBEDDED_APP_ROLE,
  RECORD_TABLES,
  appRoleUrl,
  ensureAppRole,
  grantAppRole,
  prepareDatabase,
  recordPowersOf,
  type AppRole,
} from './roles';

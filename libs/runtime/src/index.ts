export {
  ConfigurationError,
  loadSettings,
  validateEnvironment,
  type AuthSettings,
  type EventStoreSettings,
  type JeugdlinkTeams,
  type NotarySettings,
  type Settings,
} from './settings';
export { CLOCK, systemClock, type Clock } from './clock';
export { DATABASE_POOL, openDatabasePool } from './database-pool';
export {
  CASUS_PROCESSES,
  DEFAULT_DATABASE_POOL_SIZE,
  DEFAULT_OIDC_SCOPE,
  DEFAULT_PLACEMENT_RESERVATION_HOURS,
  DEFAULT_TOKEN_MAX_LIFETIME_SECONDS,
  EVENT_STORE_KINDS,
  FAMILY_ACCESS_LOG_NAMES_CHOICES,
  LOG_LEVELS,
  type CasusProcess,
  type FamilyAccessLogNames,
  EnvironmentSchema,
} from './environment.schema';
export { EMBEDDED_DATABASE, openDatabase, openMigratedDatabase, type DatabaseTarget } from './embedded-database';
export { openEventStore, protectEventStore } from './open-event-store';
export { CASUS_CLAIM_NAMES, InvalidClaims, principalFromClaims, type ClaimNames, type Principal } from './principal';
export {
  DEV_ALGORITHM,
  DEV_AUDIENCE,
  DEV_ISSUER,
  loadOrCreateDevSigningKey,
  mintDevToken,
  type DevSigningKey,
  type DevTokenRequest,
} from './dev-signing-key';
export { findDemoPerson, listDemoPeople, recordDemoPeople, type DemoPerson } from './demo-people';

import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { isIsoDate, municipalityCodeOf, type RetentionYears, type WorkingCalendar } from '@casus/domain';
import type { ClaimNames } from './principal';
import { EnvironmentSchema, LOG_LEVELS, type CasusProcess, type FamilyAccessLogNames } from './environment.schema';
import { parseRetentionYears } from './retention-settings';

type TokenLimits = Readonly<{
  /** Longest exp − iat accepted; default DEFAULT_TOKEN_MAX_LIFETIME_SECONDS. */
  maxLifetimeSeconds?: number;
}>;

export type AuthSettings = TokenLimits &
  (
    | Readonly<{ kind: 'dev'; keyDir: string }>
    | Readonly<{
        kind: 'oidc';
        issuer: string;
        audience: string;
        /** The browser app's client id at the issuer; OIDC_CLIENT_ID, else the audience. */
        clientId: string;
        /** What the browser app asks for; default DEFAULT_OIDC_SCOPE. */
        scope: string;
        jwksUrl?: string;
        clockToleranceSeconds: number;
        /** Default: Casus's own claim names (role, team, organisation, name). */
        claims?: ClaimNames;
        /** How long the provider's published keys are trusted before they are fetched again; default a minute. */
        keysMaxAgeMs?: number;
      }>
  );

/** The notary's key file (libs/audit/src/notary) and how often it anchors the log's head. */
export type NotarySettings = Readonly<{ keyFile: string; everyEvents: number; everySeconds: number }>;

export type EventStoreSettings = Readonly<{ kind: 'postgres' }> | Readonly<{ kind: 'eventstoredb'; connectionString: string }>;

export type Settings = Readonly<{
  process: CasusProcess;
  port: number;
  /** undefined: every interface (Node's default). */
  host?: string;
  /** undefined: the embedded PostgreSQL under `dataDir`. */
  databaseUrl?: string;
  /** Migrations run as this role; undefined: as `databaseUrl`. */
  databaseOwnerUrl?: string;
  embeddedPostgresPort: number;
  databasePoolSize: number;
  dataDir: string;
  eventStore: EventStoreSettings;
  auth: AuthSettings;
  logLevel: (typeof LOG_LEVELS)[number];
  commandConflictRetries: number;
  rateLimitPerMinute: number;
  bodyLimitKb: number;
  jeugdlinkTeams: JeugdlinkTeams;
  /** Working days: the Algemene termijnenwet's, less the configured extra days off. */
  calendar: WorkingCalendar;
  providerViewDaysAfterEnd: number;
  /** Years each kind of record is kept (RETENTION_YEARS over the defaults of docs/rules.md). */
  retentionYears: RetentionYears;
  formerTeamReadDays: number;
  familyAccessLogNames: FamilyAccessLogNames;
  /** Weeks to handle a family's complaint (COMPLAINT_TERM_WEEKS, default 6). */
  complaintTermWeeks: number;
  comingOfAgeNoticeMonths: number;
  placementReservationHours: number;
  notary: NotarySettings;
  /** Who the command line reads or erases as, for the access log. */
  cliUser: string;
}>;

/** Municipality → the regional Jeugdlink team asked to join when the case lead names none. */
export type JeugdlinkTeams = Readonly<Record<string, string>>;

/** A setting that is wrong or missing; start-up stops with this one line. */
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

const EMPTY_MEANS_UNSET = (env: NodeJS.ProcessEnv) =>
  Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));

export function validateEnvironment(env: NodeJS.ProcessEnv): EnvironmentSchema {
  const parsed = plainToInstance(EnvironmentSchema, EMPTY_MEANS_UNSET(env), { exposeDefaultValues: true });
  const [first] = validateSync(parsed, { skipMissingProperties: false });
  if (first) throw new ConfigurationError(describe(first, env));
  return parsed;
}

function describe(error: ValidationError, env: NodeJS.ProcessEnv): string {
  const given = env[error.property];
  const reasons = Object.values(error.constraints ?? {}).join('; ');
  const value = given === undefined || given === '' ? 'it is not set' : `got "${given}"`;
  return `configuration error: ${error.property} is wrong or missing (${reasons}; ${value})`;
}

export function loadSettings(env: NodeJS.ProcessEnv, cwd = process.cwd()): Settings {
  const valid = validateEnvironment(env);
  const dataDir = resolve(cwd, valid.CASUS_DATA_DIR);
  if (valid.CASUS_PROCESS !== 'all' && !valid.DATABASE_URL) {
    // The embedded PostgreSQL belongs to the process that starts it: others beside it would lose it when it stops.
    throw new ConfigurationError(
      `configuration error: CASUS_PROCESS ${valid.CASUS_PROCESS} runs beside other Casus processes and needs their PostgreSQL in DATABASE_URL (CASUS_PROCESS=all runs the API and a worker on the embedded PostgreSQL)`,
    );
  }
  return {
    process: valid.CASUS_PROCESS,
    port: valid.PORT,
    host: valid.HOST ?? (valid.OIDC_ISSUER_URL ? undefined : '127.0.0.1'),
    databaseUrl: valid.DATABASE_URL,
    databaseOwnerUrl: valid.DATABASE_OWNER_URL,
    embeddedPostgresPort: valid.EMBEDDED_POSTGRES_PORT,
    databasePoolSize: valid.DATABASE_POOL_SIZE,
    dataDir,
    eventStore:
      valid.EVENT_STORE === 'eventstoredb'
        ? { kind: 'eventstoredb', connectionString: valid.EVENTSTORE_CONNECTION_STRING! }
        : { kind: 'postgres' },
    auth: valid.OIDC_ISSUER_URL
      ? {
          kind: 'oidc',
          issuer: valid.OIDC_ISSUER_URL,
          audience: valid.OIDC_AUDIENCE!,
          clientId: valid.OIDC_CLIENT_ID ?? valid.OIDC_AUDIENCE!,
          scope: valid.OIDC_SCOPE,
          jwksUrl: valid.OIDC_JWKS_URL,
          clockToleranceSeconds: valid.OIDC_CLOCK_SKEW_SECONDS,
          maxLifetimeSeconds: valid.TOKEN_MAX_LIFETIME_SECONDS,
          claims: {
            role: valid.OIDC_ROLE_CLAIM,
            team: valid.OIDC_TEAM_CLAIM,
            organisation: valid.OIDC_ORGANISATION_CLAIM,
            name: valid.OIDC_NAME_CLAIM,
          },
        }
      : { kind: 'dev', keyDir: resolve(dataDir, 'dev-keys'), maxLifetimeSeconds: valid.TOKEN_MAX_LIFETIME_SECONDS },
    logLevel: valid.LOG_LEVEL,
    commandConflictRetries: valid.COMMAND_CONFLICT_RETRIES,
    rateLimitPerMinute: valid.RATE_LIMIT_PER_MINUTE,
    bodyLimitKb: valid.BODY_LIMIT_KB,
    jeugdlinkTeams: parseJeugdlinkTeams(valid.JEUGDLINK_TEAMS),
    calendar: { extraNonWorkingDays: parseDates(valid.EXTRA_NON_WORKING_DAYS) },
    providerViewDaysAfterEnd: valid.PROVIDER_VIEW_DAYS_AFTER_END,
    retentionYears: parseRetentionYears(valid.RETENTION_YEARS, (message) => new ConfigurationError(message)),
    formerTeamReadDays: valid.FORMER_TEAM_READ_DAYS,
    familyAccessLogNames: valid.FAMILY_ACCESS_LOG_NAMES,
    complaintTermWeeks: valid.COMPLAINT_TERM_WEEKS,
    comingOfAgeNoticeMonths: valid.COMING_OF_AGE_NOTICE_MONTHS,
    placementReservationHours: valid.PLACEMENT_RESERVATION_HOURS,
    notary: {
      keyFile: valid.NOTARY_KEY_FILE ? resolve(cwd, valid.NOTARY_KEY_FILE) : resolve(dataDir, 'notary-key.pem'),
      everyEvents: valid.NOTARY_EVERY_EVENTS,
      everySeconds: valid.NOTARY_EVERY_SECONDS,
    },
    cliUser: valid.CASUS_USER ?? userInfo().username,
  };
}

function parseJeugdlinkTeams(json: string | undefined): JeugdlinkTeams {
  if (json === undefined) return {};
  const parsed: unknown = JSON.parse(json);
  const entries = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? Object.entries(parsed) : null;
  if (!entries || entries.some(([municipality, team]) => municipality.trim() === '' || typeof team !== 'string' || team.trim() === '')) {
    throw new ConfigurationError(
      'configuration error: JEUGDLINK_TEAMS is wrong (a JSON object from municipality to Jeugdlink team, e.g. {"Ede": "jeugdlink-foodvalley"})',
    );
  }
  const unplaced = entries.find(([municipality]) => municipalityCodeOf(municipality) === null);
  if (unplaced) {
    throw new ConfigurationError(
      `configuration error: JEUGDLINK_TEAMS names "${unplaced[0]}", a municipality Casus knows by no CBS gemeentecode: write its code instead, e.g. {"GM0228": "jeugdlink-foodvalley"}`,
    );
  }
  return Object.fromEntries(entries as [string, string][]);
}

function parseDates(list: string | undefined): readonly string[] {
  const dates = list === undefined ? [] : list.split(',').map((date) => date.trim());
  const wrong = dates.find((date) => !isIsoDate(date));
  if (wrong !== undefined)
    throw new ConfigurationError(`configuration error: EXTRA_NON_WORKING_DAYS is wrong ("${wrong}" is no date as YYYY-MM-DD)`);
  return dates;
}

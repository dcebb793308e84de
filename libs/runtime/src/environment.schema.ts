import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsJSON, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import {
  DEFAULT_COMING_OF_AGE_NOTICE_MONTHS,
  DEFAULT_COMPLAINT_TERM_WEEKS,
  DEFAULT_FORMER_TEAM_READ_DAYS,
  DEFAULT_PROVIDER_VIEW_DAYS_AFTER_END,
} from '@casus/domain';

const CLAIM_PATH = /^[A-Za-z0-9_:/-]+(\.[A-Za-z0-9_:/-]+)*$/;

export const EVENT_STORE_KINDS = ['postgres', 'eventstoredb'] as const;
/** A working day and a bit: longer-lived tokens are refused unless configured otherwise. */
export const DEFAULT_TOKEN_MAX_LIFETIME_SECONDS = 12 * 3600;
export const DEFAULT_OIDC_SCOPE = 'openid profile';
/** How long a placement option is held for a case before it lapses. */
export const DEFAULT_PLACEMENT_RESERVATION_HOURS = 48;
/** Connections of the one pool a process opens; three API processes stay within PostgreSQL's default 100. */
export const DEFAULT_DATABASE_POOL_SIZE = 30;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
/**
 * What a Casus process runs: the API with one worker process beside it (all), the API alone (api), or the
 * worker alone (worker): the projections, the placement process and its timers, and the notary, without HTTP.
 */
export const CASUS_PROCESSES = ['all', 'api', 'worker'] as const;
export type CasusProcess = (typeof CASUS_PROCESSES)[number];
/** Whether the family's access-log view names the professionals who looked: the organisation's policy (issue 18). */
export const FAMILY_ACCESS_LOG_NAMES_CHOICES = ['hidden', 'shown'] as const;
export type FamilyAccessLogNames = (typeof FAMILY_ACCESS_LOG_NAMES_CHOICES)[number];

/** Every setting Casus reads from its environment; the README's configuration table lists the same. */
export class EnvironmentSchema {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT: number = 3000;

  /** The address the API listens on. Unset: loopback only while auth is dev (anyone reaching a demo could sign in as its auditor), every interface with OIDC. */
  @IsOptional()
  @IsString()
  @MaxLength(255)
  HOST?: string;

  @IsOptional()
  @IsIn(CASUS_PROCESSES)
  CASUS_PROCESS: CasusProcess = 'all';

  /** Unset: Casus starts its own embedded PostgreSQL. */
  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL?: string;

  /**
   * The schema's owner, for migrations; DATABASE_URL is then Casus's own role, which gets
   * insert and select only on the record tables. Unset: migrations run as DATABASE_URL.
   */
  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_OWNER_URL?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  EMBEDDED_POSTGRES_PORT: number = 54329;

  /** The one pool of each process (API or command): the event store, person keys, read models, audit and health share it. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(500)
  DATABASE_POOL_SIZE: number = DEFAULT_DATABASE_POOL_SIZE;

  /** Embedded PostgreSQL data and dev signing keys live here (relative to the working directory). */
  @IsOptional()
  @IsString()
  CASUS_DATA_DIR: string = '.casus-data';

  @IsOptional()
  @IsIn(EVENT_STORE_KINDS)
  EVENT_STORE: (typeof EVENT_STORE_KINDS)[number] = 'postgres';

  @ValidateIf((env: EnvironmentSchema) => env.EVENT_STORE === 'eventstoredb')
  @IsString()
  EVENTSTORE_CONNECTION_STRING?: string;

  /** Set: tokens come from this OpenID Connect issuer and dev tokens are refused. */
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  OIDC_ISSUER_URL?: string;

  @ValidateIf((env: EnvironmentSchema) => env.OIDC_ISSUER_URL !== undefined)
  @IsString()
  OIDC_AUDIENCE?: string;

  /** The browser app's client at the issuer (authorization code with PKCE); default OIDC_AUDIENCE, for a provider that gives both one id. */
  @IsOptional()
  @IsString()
  OIDC_CLIENT_ID?: string;

  /** What the browser app asks the issuer for. */
  @IsOptional()
  @IsString()
  OIDC_SCOPE: string = DEFAULT_OIDC_SCOPE;

  /** Default: the `jwks_uri` of the issuer's discovery document. */
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  OIDC_JWKS_URL?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(300)
  OIDC_CLOCK_SKEW_SECONDS: number = 30;

  /** Longest lifetime (exp − iat) of a token that is accepted, dev tokens included; longer ones are refused. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(7 * 24 * 3600)
  TOKEN_MAX_LIFETIME_SECONDS: number = DEFAULT_TOKEN_MAX_LIFETIME_SECONDS;

  /** Where the provider puts Casus's claims, as dotted paths; a role claim may be a list. */
  @IsOptional()
  @Matches(CLAIM_PATH)
  OIDC_ROLE_CLAIM: string = 'role';

  @IsOptional()
  @Matches(CLAIM_PATH)
  OIDC_TEAM_CLAIM: string = 'team';

  @IsOptional()
  @Matches(CLAIM_PATH)
  OIDC_ORGANISATION_CLAIM: string = 'organisation';

  @IsOptional()
  @Matches(CLAIM_PATH)
  OIDC_NAME_CLAIM: string = 'name';

  @IsOptional()
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /** `shown`: the family reads the names of the professionals who looked at their file; `hidden`: organisation and role only. */
  @IsOptional()
  @IsIn(FAMILY_ACCESS_LOG_NAMES_CHOICES)
  FAMILY_ACCESS_LOG_NAMES: FamilyAccessLogNames = 'hidden';

  /** How often a command is decided again after another writer changed its case in between. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(20)
  COMMAND_CONFLICT_RETRIES: number = 3;

  /** Requests per user (token subject; the address when there is no valid token) per minute, per API instance; 0 = no limit. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  RATE_LIMIT_PER_MINUTE: number = 1200;

  /** The notary's Ed25519 private key (PEM), kept away from the database; made there when missing. Relative to the working directory; default: `<CASUS_DATA_DIR>/notary-key.pem`. */
  @IsOptional()
  @IsString()
  NOTARY_KEY_FILE?: string;

  /** The notary anchors the log's head after this many events ... */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  NOTARY_EVERY_EVENTS: number = 1000;

  /** ... or this many seconds after the first event not yet anchored. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(86_400)
  NOTARY_EVERY_SECONDS: number = 300;

  /** Largest JSON request body accepted, in kilobytes; larger ones are refused with 413. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_240)
  BODY_LIMIT_KB: number = 256;

  /** The regional Jeugdlink team per municipality, as JSON: `{"Ede": "jeugdlink-foodvalley"}`; used when the lead names none. */
  @IsOptional()
  @IsJSON()
  JEUGDLINK_TEAMS?: string;
  /** Years each kind of record is kept, where they differ from the defaults, as JSON: `{"gi": 30}`. */
  @IsOptional()
  @IsJSON()
  RETENTION_YEARS?: string;
  /** Days off besides the Algemene termijnenwet's, for counting working days: `2026-12-24,2026-12-31`. */
  @IsOptional()
  @Matches(/^\s*\d{4}-\d{2}-\d{2}\s*(,\s*\d{4}-\d{2}-\d{2}\s*)*$/, { message: 'a comma-separated list of YYYY-MM-DD dates' })
  EXTRA_NON_WORKING_DAYS?: string;

  /** Days a provider still sees the brief of a placement after it ended (need-to-know; 0 = not after the end). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(366)
  PROVIDER_VIEW_DAYS_AFTER_END: number = DEFAULT_PROVIDER_VIEW_DAYS_AFTER_END;

  /** Days the team a case was transferred away from still reads it as it stood at the transfer (0 = not at all). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(366)
  FORMER_TEAM_READ_DAYS: number = DEFAULT_FORMER_TEAM_READ_DAYS;

  /** Weeks the organisation's complaints scheme gives to handle a family's complaint (Jeugdwet art. 4.2.1 ff.). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(52)
  COMPLAINT_TERM_WEEKS: number = DEFAULT_COMPLAINT_TERM_WEEKS;

  /** Months before a child's 18th birthday that it shows on the deadlines list, so the team can prepare. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(36)
  COMING_OF_AGE_NOTICE_MONTHS: number = DEFAULT_COMING_OF_AGE_NOTICE_MONTHS;

  /** Hours a reserved placement option is held before the reservation lapses. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(30 * 24)
  PLACEMENT_RESERVATION_HOURS: number = DEFAULT_PLACEMENT_RESERVATION_HOURS;

  /** Who the command line's auditor commands read or erase as, for the access log; default: the OS user. */
  @IsOptional()
  @IsString()
  CASUS_USER?: string;
}

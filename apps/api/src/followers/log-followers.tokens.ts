import type { NotarySettings } from '@casus/runtime';

export const LOG_FOLLOWERS_OPTIONS = Symbol('LogFollowersOptions');

export type LogFollowersOptions = Readonly<{
  /** For the lease sessions of the projections and the placement process; their queries go through the process's pool. */
  databaseUrl: string;
  /** How long a proposed place stays reserved for the team's decision (default DEFAULT_PLACEMENT_RESERVATION_HOURS). */
  placementReservationHours?: number;
  /** Unset: no notary in this process. */
  notary?: NotarySettings;
}>;

import type { Clock } from '../cases/shared/case-step.tokens';

export const READ_MODELS_DATABASE = Symbol('ReadModelsDatabase');
/** typeorm's DataSource with the read-model entities, for the query side. */
export const READ_MODELS_DATA_SOURCE = Symbol('ReadModelsDataSource');
export const READ_MODELS_OPTIONS = Symbol('ReadModelsOptions');

export type ReadModelsOptions = Readonly<{
  databaseUrl: string;
  clock?: Clock;
  /** false: this process serves queries only; another one runs the projection workers. */
  runWorkers?: boolean;
  /** Weeks before a court order expires that its deadline shows as a warning (professional practice: 8). */
  courtOrderWarningWeeks?: number;
  /** How long a query with ?minPosition waits for the read models before answering 503. */
  freshnessTimeoutMs?: number;
}>;

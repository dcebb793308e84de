/** typeorm's DataSource with the read-model entities, for the query side. */
export const READ_MODELS_DATA_SOURCE = Symbol('ReadModelsDataSource');
export const READ_MODELS_OPTIONS = Symbol('ReadModelsOptions');

export type ReadModelsOptions = Readonly<{
  /** Weeks before a court order expires that its deadline shows as a warning (professional practice: 8). */
  courtOrderWarningWeeks?: number;
  /** Months before a child's 18th birthday that it shows on the deadlines list (default 6). */
  comingOfAgeNoticeMonths?: number;
  /** How long a query with ?minPosition waits for the read models before answering 503. */
  freshnessTimeoutMs?: number;
}>;

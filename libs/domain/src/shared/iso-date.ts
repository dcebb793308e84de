/** A calendar date (YYYY-MM-DD) as Dutch law counts it: legal dates, deadlines, validity. */
export type IsoDate = string;
/** A moment in time (ISO 8601 with offset, e.g. `2026-12-24T09:30:00.000Z`). */
export type IsoTimestamp = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const dutchCalendar = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function isIsoDate(value: unknown): value is IsoDate {
  return (
    typeof value === 'string' &&
    ISO_DATE.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
  );
}

// Arithmetic runs on UTC midnights so the host's time zone and DST never shift a date.
function toUtcMidnight(date: IsoDate): Date {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

const fromUtcMidnight = (date: Date): IsoDate => date.toISOString().slice(0, 10);

const HOUR_MS = 3_600_000;
// Since 1940 Amsterdam is a whole number of hours off UTC, so its day turns on a UTC hour: one lookup per hour will do.
const WHOLE_HOUR_OFFSETS_SINCE = Date.UTC(1941, 0, 1);
const dayOfHour = new Map<number, IsoDate>();

/** The date in the Netherlands at a given moment: a signal at 23:30 UTC in summer arrives the next Dutch day. */
export function dutchDateOf(moment: Date | IsoTimestamp): IsoDate {
  const instant = typeof moment === 'string' ? new Date(moment) : moment;
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not a moment in time: ${String(moment)}`);
  if (ms < WHOLE_HOUR_OFFSETS_SINCE) return formatDutchDate(instant);
  const hour = Math.floor(ms / HOUR_MS);
  let date = dayOfHour.get(hour);
  if (date === undefined) {
    if (dayOfHour.size >= 10_000) dayOfHour.clear();
    dayOfHour.set(hour, (date = formatDutchDate(new Date(hour * HOUR_MS))));
  }
  return date;
}

function formatDutchDate(instant: Date): IsoDate {
  const parts = Object.fromEntries(dutchCalendar.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The first moment of a Dutch calendar day (midnight in Amsterdam, 22:00 or 23:00 UTC the day before). */
export function startOfDutchDay(date: IsoDate): Date {
  const midnightUtc = toUtcMidnight(date).getTime();
  const offsets = [-2, -1, 0].map((hours) => new Date(midnightUtc + hours * 3_600_000));
  return offsets.find((moment) => dutchDateOf(moment) === date)!;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const result = toUtcMidnight(date);
  result.setUTCDate(result.getUTCDate() + days);
  return fromUtcMidnight(result);
}

/** Calendar months; a day that does not exist in the target month falls back to its last day (31 Jan + 1 month = 28 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const start = toUtcMidnight(date);
  const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  return fromUtcMidnight(target);
}

export const addYears = (date: IsoDate, years: number): IsoDate => addMonths(date, 12 * years);

/** 0 = Sunday … 6 = Saturday. */
export const dayOfWeek = (date: IsoDate): number => toUtcMidnight(date).getUTCDay();

export const yearOf = (date: IsoDate): number => toUtcMidnight(date).getUTCFullYear();

/** Whole years from `birthDate` to `on`, counted as `addYears` counts a birthday. */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const age = yearOf(on) - yearOf(birthDate);
  return addYears(birthDate, age) > on ? age - 1 : age;
}

import { addDays, dayOfWeek, IsoDate, yearOf } from '../shared/iso-date';
import { nonWorkingDaysOf } from './non-working-days';

/** The statutory non-working days and what a deployment adds to them (EXTRA_NON_WORKING_DAYS), handed in as data. */
export type WorkingCalendar = Readonly<{ extraNonWorkingDays: readonly IsoDate[] }>;

export const STATUTORY_CALENDAR: WorkingCalendar = { extraNonWorkingDays: [] };

const holidaysByYear = new Map<number, ReadonlySet<IsoDate>>();

function statutoryHolidays(year: number): ReadonlySet<IsoDate> {
  let holidays = holidaysByYear.get(year);
  if (!holidays) holidaysByYear.set(year, (holidays = new Set(Object.values(nonWorkingDaysOf(year)))));
  return holidays;
}

export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar = STATUTORY_CALENDAR): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !statutoryHolidays(yearOf(date)).has(date) && !calendar.extraNonWorkingDays.includes(date);
}

/** The date `workingDays` working days after `date` (the day itself does not count). */
export function addWorkingDays(date: IsoDate, workingDays: number, calendar: WorkingCalendar = STATUTORY_CALENDAR): IsoDate {
  if (!Number.isInteger(workingDays) || workingDays < 0) {
    throw new RangeError(`working days must be a whole number ≥ 0, got ${workingDays}`);
  }
  let current = date;
  for (let counted = 0; counted < workingDays;) {
    current = addDays(current, 1);
    if (isWorkingDay(current, calendar)) counted += 1;
  }
  return current;
}

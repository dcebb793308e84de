import Holidays from 'date-holidays';
import { addDays, dayOfWeek, IsoDate, yearOf } from '../shared/iso-date';

const netherlands = new Holidays('NL');
const publicHolidaysByYear = new Map<number, ReadonlySet<IsoDate>>();

/**
 * Dutch public holidays (type `public` in date-holidays): New Year, Easter and Whit Sunday/Monday,
 * King's Day, Ascension Day, Christmas. Good Friday and Liberation Day are not general days off
 * (date-holidays types them `school`), so they count as working days.
 */
export function dutchPublicHolidays(year: number): ReadonlySet<IsoDate> {
  const cached = publicHolidaysByYear.get(year);
  if (cached) return cached;
  const holidays = new Set(
    netherlands
      .getHolidays(year)
      .filter((holiday) => holiday.type === 'public')
      .map((holiday) => holiday.date.slice(0, 10)),
  );
  publicHolidaysByYear.set(year, holidays);
  return holidays;
}

export function isWorkingDay(date: IsoDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !dutchPublicHolidays(yearOf(date)).has(date);
}

/** The date `workingDays` working days after `date` (the day itself does not count). */
export function addWorkingDays(date: IsoDate, workingDays: number): IsoDate {
  if (!Number.isInteger(workingDays) || workingDays < 0) {
    throw new RangeError(`working days must be a whole number ≥ 0, got ${workingDays}`);
  }
  let current = date;
  for (let counted = 0; counted < workingDays;) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) counted += 1;
  }
  return current;
}

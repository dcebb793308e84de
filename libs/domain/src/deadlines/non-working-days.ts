import { addDays, dayOfWeek, IsoDate } from '../shared/iso-date';

type NonWorkingDay = Readonly<{ dateIn: (year: number) => IsoDate; source: string }>;

const ARTICLE_3 = 'Algemene termijnenwet art. 3 lid 1';
const fixed = (monthDay: string) => (year: number) => `${year}-${monthDay}`;
const fromEaster = (days: number) => (year: number) => addDays(easterSunday(year), days);

/**
 * Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computation);
 * Good Friday, Easter Monday, Ascension Day and Whit Monday are counted from it.
 */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// The King's birthday is celebrated on 27 April, on the 26th when the 27th is a Sunday (Koningsdag, since 2014).
function kingsDay(year: number): IsoDate {
  const birthday = `${year}-04-27`;
  return dayOfWeek(birthday) === 0 ? `${year}-04-26` : birthday;
}

/**
 * Days that are not working days for legal deadlines besides Saturday and Sunday: the holidays the
 * Algemene termijnenwet names (art. 3 lid 1: "algemeen erkende feestdagen", 5 May every year) and
 * Good Friday, which a decree equates with them. Not a library's "public" list.
 */
export const NON_WORKING_DAYS = {
  'new-years-day': { dateIn: fixed('01-01'), source: ARTICLE_3 },
  'good-friday': { dateIn: fromEaster(-2), source: 'equated by decree under Algemene termijnenwet art. 3 (decree not checked here)' },
  'easter-monday': { dateIn: fromEaster(1), source: ARTICLE_3 },
  'kings-day': { dateIn: kingsDay, source: ARTICLE_3 },
  'liberation-day': { dateIn: fixed('05-05'), source: `${ARTICLE_3} (5 May, every year)` },
  'ascension-day': { dateIn: fromEaster(39), source: ARTICLE_3 },
  'whit-monday': { dateIn: fromEaster(50), source: ARTICLE_3 },
  'christmas-day': { dateIn: fixed('12-25'), source: ARTICLE_3 },
  'boxing-day': { dateIn: fixed('12-26'), source: ARTICLE_3 },
} as const satisfies Record<string, NonWorkingDay>;

export type NonWorkingDayName = keyof typeof NON_WORKING_DAYS;

export function nonWorkingDaysOf(year: number): Readonly<Record<NonWorkingDayName, IsoDate>> {
  const entries = Object.entries(NON_WORKING_DAYS).map(([name, day]) => [name, day.dateIn(year)]);
  return Object.fromEntries(entries) as Record<NonWorkingDayName, IsoDate>;
}

import { addDays, addMonths, dutchDateOf, IsoDate, IsoTimestamp } from '../shared/iso-date';
import { addWorkingDays, STATUTORY_CALENDAR, WorkingCalendar } from './working-days';

export const URGENCIES = ['regular', 'acute'] as const;
export type Urgency = (typeof URGENCIES)[number];

// Veilig Thuis norm (meldcode.nu): safety assessment "uiterlijk binnen vijf werkdagen"; acute: at once.
export const SAFETY_ASSESSMENT_WORKING_DAYS = 5;
// Veilig Thuis norm (IGJ report 2023): an investigation is concluded within 10 weeks of its start.
export const VEILIG_THUIS_INVESTIGATION_WEEKS = 10;
// Professional practice: warn early enough to request an extension from the juvenile judge.
export const DEFAULT_COURT_ORDER_WARNING_WEEKS = 8;
// So the team can prepare the 18th birthday (perspective, aftercare, foster care to 21): configurable.
export const DEFAULT_COMING_OF_AGE_NOTICE_MONTHS = 6;
// Richtlijn Pleegzorg 2025: a plan of action within 1 month of the placement's start.
export const PLAN_OF_ACTION_MONTHS = 1;
// BW 1:265c (unconfirmed): parents not heard before a spoedmachtiging are heard within 2 weeks.
export const PARENTS_HEARING_DAYS = 14;

export function safetyAssessmentDueOn(receivedAt: IsoTimestamp, urgency: Urgency, calendar: WorkingCalendar = STATUTORY_CALENDAR): IsoDate {
  const receivedOn = dutchDateOf(receivedAt);
  return urgency === 'acute' ? receivedOn : addWorkingDays(receivedOn, SAFETY_ASSESSMENT_WORKING_DAYS, calendar);
}

export function courtOrderExpiryWarningOn(validUntil: IsoDate, warningWeeks: number = DEFAULT_COURT_ORDER_WARNING_WEEKS): IsoDate {
  return addDays(validUntil, -7 * warningWeeks);
}

export const comingOfAgeNoticeFrom = (comesOfAgeOn: IsoDate, noticeMonths: number = DEFAULT_COMING_OF_AGE_NOTICE_MONTHS): IsoDate =>
  addMonths(comesOfAgeOn, -noticeMonths);

export const planOfActionDueOn = (startedOn: IsoDate): IsoDate => addMonths(startedOn, PLAN_OF_ACTION_MONTHS);

export const parentsHearingDueOn = (issuedOn: IsoDate): IsoDate => addDays(issuedOn, PARENTS_HEARING_DAYS);

export const veiligThuisInvestigationDueOn = (startedOn: IsoDate): IsoDate => addDays(startedOn, 7 * VEILIG_THUIS_INVESTIGATION_WEEKS);

export const COMMAND_CONFLICT_RETRIES = Symbol('CommandConflictRetries');
export const WORKING_CALENDAR = Symbol('WorkingCalendar');
export const FORMER_TEAM_READ_DAYS = Symbol('FormerTeamReadDays');
export const COMPLAINT_TERM_WEEKS = Symbol('ComplaintTermWeeks');

import {
  comingOfAgeNoticeFrom,
  courtOrderExpiryWarningOn,
  parentsHearingDueOn,
  planOfActionDueOn,
  safetyAssessmentDueOn,
} from './case-deadlines';

describe('case deadlines', () => {
  describe('safety assessment after a signal', () => {
    it('is due 5 working days after the signal came in', () => {
      expect(safetyAssessmentDueOn('2026-11-02T08:15:00Z', 'regular')).toBe('2026-11-09');
    });

    it('is due the same day for an acute signal', () => {
      expect(safetyAssessmentDueOn('2026-11-02T08:15:00Z', 'acute')).toBe('2026-11-02');
    });

    it('counts from the date in Amsterdam, also in the nights the clocks change', () => {
      // 25 October 2026, 23:30 UTC is 00:30 on Monday 26 October in Amsterdam (CET, UTC+1).
      expect(safetyAssessmentDueOn('2026-10-25T23:30:00Z', 'acute')).toBe('2026-10-26');
      // 28 March 2026, 23:30 UTC is 00:30 on Sunday 29 March (still CET); 29 March 22:30 UTC is 00:30 Monday (CEST).
      expect(safetyAssessmentDueOn('2026-03-28T23:30:00Z', 'acute')).toBe('2026-03-29');
      expect(safetyAssessmentDueOn('2026-03-29T22:30:00Z', 'acute')).toBe('2026-03-30');
    });

    it('runs over Christmas: a signal on Christmas Eve is assessed by 4 January', () => {
      expect(safetyAssessmentDueOn('2026-12-24T16:00:00+01:00', 'regular')).toBe('2027-01-04');
    });
  });

  it('warns 8 weeks before a court order expires, or as many weeks as configured', () => {
    expect(courtOrderExpiryWarningOn('2027-11-16')).toBe('2027-09-21');
    expect(courtOrderExpiryWarningOn('2027-11-16', 12)).toBe('2027-08-24');
  });

  it('shows an 18th birthday 6 months ahead, or as many months as configured', () => {
    expect(comingOfAgeNoticeFrom('2027-01-10')).toBe('2026-07-10');
    expect(comingOfAgeNoticeFrom('2027-08-31', 2)).toBe('2027-06-30');
  });

  it('sets the plan of action due 1 month after the placement started, at the end of a shorter month', () => {
    expect(planOfActionDueOn('2026-11-21')).toBe('2026-12-21');
    expect(planOfActionDueOn('2027-01-31')).toBe('2027-02-28');
  });

  it("sets the parents' hearing 2 weeks after a spoedmachtiging", () => {
    expect(parentsHearingDueOn('2026-12-22')).toBe('2027-01-05');
  });
});

import { HttpRefusal } from '../http/problem';

/**
 * The edge's refusals of a read, answered by the problem filter with their stable codes. "No such
 * case" and "not yours" are one answer (same status, code and detail, no team names), so an outsider
 * learns nothing of a case it may not read; the access log tells the two apart for the auditor.
 */
export const refusals = {
  noCase: () => new HttpRefusal(404, 'CASE.NOT_FOUND', 'no case with this id among the cases you may read'),
  noPlacement: () => new HttpRefusal(404, 'PLACEMENT_PROCESS.NOT_FOUND', 'no placement with this id among the placements you may read'),
  auditorsOnly: (role: string) => new HttpRefusal(403, 'ACCESS.AUDITORS_ONLY', `the access log is for auditors, not for a ${role}`),
  placesNotForFamily: () =>
    new HttpRefusal(
      403,
      'ACCESS.PLACES_NOT_FOR_FAMILY',
      'places of providers are shown to professionals; a family member asks the case team',
    ),
  familyOnly: (role: string) =>
    new HttpRefusal(
      403,
      'ACCESS.FAMILY_ONLY',
      `the family's own file is for a linked family member, not for a ${role}; a professional works on the case under /cases`,
    ),
  noEvent: (caseId: string, eventId: string) => new HttpRefusal(404, 'EVENT.NOT_FOUND', `case ${caseId} has no event ${eventId}`),
  notADecision: (eventId: string, type: string) =>
    new HttpRefusal(422, 'EVENT.NOT_A_DECISION', `event ${eventId} is a ${type}, not a placement or return decision`),
  accessLogUnavailable: () =>
    new HttpRefusal(
      503,
      'AUDIT.ACCESS_LOG_UNAVAILABLE',
      'the access log cannot be written now, so the read is not served; try again shortly',
    ),
};

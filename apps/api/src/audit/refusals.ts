import { HttpRefusal } from '../http/problem';

/** The edge's refusals of an audit read, answered by the problem filter with their stable codes. */
export const refusals = {
  noCase: (caseId: string) => new HttpRefusal(404, 'CASE.NOT_FOUND', `no case ${caseId}`),
  notAReader: (role: string, who: string) =>
    new HttpRefusal(403, 'ACCESS.MAY_NOT_READ', `a ${role} of ${who} is not among this case's readers`),
  auditorsOnly: (role: string) => new HttpRefusal(403, 'ACCESS.AUDITORS_ONLY', `the access log is for auditors, not for a ${role}`),
  noEvent: (caseId: string, eventId: string) => new HttpRefusal(404, 'EVENT.NOT_FOUND', `case ${caseId} has no event ${eventId}`),
  notADecision: (eventId: string, type: string) =>
    new HttpRefusal(422, 'EVENT.NOT_A_DECISION', `event ${eventId} is a ${type}, not a placement or return decision`),
  accessLogUnavailable: () =>
    new HttpRefusal(503, 'AUDIT.ACCESS_LOG_UNAVAILABLE', 'the access log cannot be written now, so the read is not served; try again shortly'),
};

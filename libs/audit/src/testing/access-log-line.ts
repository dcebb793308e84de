import { randomUUID } from 'node:crypto';
import type { AccessLogEntry } from '../access-log';

/** A granted read of a case by a wijkteam professional, for tests of the access log: override what the test is about. */
export const accessLogLine = (n: number, overrides: Partial<AccessLogEntry> = {}): AccessLogEntry => ({
  userId: `user-${n}`,
  userName: null,
  role: 'wijkteam',
  organisation: 'Gemeente Ede',
  team: 'wijkteam-ede-noord',
  onBehalfOf: null,
  caseId: randomUUID(),
  action: 'GET /cases/:id',
  dataAccessed: 'state',
  ground: 'case team (wijkteam-ede-noord)',
  emergencyOverride: false,
  ip: null,
  correlationId: `c-${n}`,
  ...overrides,
});

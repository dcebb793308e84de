import { isUuid, requireUuid, type Uuid } from '@casus/domain';

const CASE_STREAM_PREFIX = 'case-';

export function streamIdForCase(caseId: Uuid): string {
  return `${CASE_STREAM_PREFIX}${requireUuid(caseId, 'a case id')}`;
}

export function caseIdFromStreamId(streamId: string): Uuid | null {
  const caseId = streamId.slice(CASE_STREAM_PREFIX.length);
  return streamId.startsWith(CASE_STREAM_PREFIX) && isUuid(caseId) ? caseId : null;
}

import { isUuid, Uuid } from '../shared/ids';

const CASE_STREAM_PREFIX = 'case-';

export function streamIdForCase(caseId: Uuid): string {
  if (!isUuid(caseId)) throw new TypeError(`a case id is a UUID, got "${caseId}"`);
  return `${CASE_STREAM_PREFIX}${caseId}`;
}

export function caseIdFromStreamId(streamId: string): Uuid | null {
  const caseId = streamId.slice(CASE_STREAM_PREFIX.length);
  return streamId.startsWith(CASE_STREAM_PREFIX) && isUuid(caseId) ? caseId : null;
}

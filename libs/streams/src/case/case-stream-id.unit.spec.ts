import { caseIdFromStreamId, streamIdForCase } from './case-stream-id';

const caseId = 'c23c5f0a-9b1d-4e2f-8a3b-4c5d6e7f8a9b';

describe('the case stream id', () => {
  it('is derived from the lower-case spelling only', () => {
    expect(streamIdForCase(caseId)).toBe(`case-${caseId}`);
    for (const other of [caseId.toUpperCase(), ` ${caseId}`, caseId.replace('a', '\u0430'), caseId.replace('0', '\uff10')]) {
      expect(() => streamIdForCase(other)).toThrow(/lower case/);
    }
  });

  it('names no case when the stream id is in another spelling', () => {
    expect(caseIdFromStreamId(`case-${caseId}`)).toBe(caseId);
    expect(caseIdFromStreamId(`case-${caseId.toUpperCase()}`)).toBeNull();
  });
});

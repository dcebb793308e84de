import { StreamHeads } from './stream-heads';

describe('StreamHeads', () => {
  it('knows the hash only at the revision it saw, and an older revision does not overwrite a newer one', () => {
    const heads = new StreamHeads();
    heads.remember('case-1', 3, 'h3');
    heads.remember('case-1', 2, 'h2');
    expect(heads.hashAt('case-1', 3)).toBe('h3');
    expect(heads.hashAt('case-1', 2)).toBeUndefined();
  });

  it('forgets the least recently used stream when full', () => {
    const heads = new StreamHeads(2);
    heads.remember('case-1', 0, 'a');
    heads.remember('case-2', 0, 'b');
    expect(heads.hashAt('case-1', 0)).toBe('a');
    heads.remember('case-3', 0, 'c');
    expect(heads.hashAt('case-2', 0)).toBeUndefined();
    expect(heads.hashAt('case-1', 0)).toBe('a');
    expect(heads.hashAt('case-3', 0)).toBe('c');
  });
});

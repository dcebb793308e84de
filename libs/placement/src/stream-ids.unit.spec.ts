import { streamIdForOption } from './option/option-events';
import { streamIdForPlacement } from './process/process-events';

const id = 'd23c5f0a-9b1d-4e2f-8a3b-4c5d6e7f8a9b';

describe('placement stream ids', () => {
  it.each([
    ['placement', streamIdForPlacement, 'placement-'],
    ['placement option', streamIdForOption, 'placement-option-'],
  ])('a %s stream is named by the lower-case id only', (_, streamIdFor, prefix) => {
    expect(streamIdFor(id)).toBe(`${prefix}${id}`);
    expect(() => streamIdFor(id.toUpperCase())).toThrow(/lower case/);
  });
});

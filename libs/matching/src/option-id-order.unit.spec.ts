import fc from 'fast-check';
import { byOptionId, inOptionIdOrder } from './option-id-order';

describe('inOptionIdOrder', () => {
  it('orders exactly as a plain sort by code units, for any ids', () => {
    const ids = fc.uniqueArray(fc.oneof(fc.uuid(), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 200 });
    fc.assert(
      fc.property(ids, (optionIds) => {
        const items = optionIds.map((optionId) => ({ optionId }));

        expect(inOptionIdOrder(items)).toEqual([...items].sort(byOptionId));
      }),
    );
  });

  it('puts a shorter id before a longer one that starts the same', () => {
    const items = ['ab', 'a', '', 'a\u0000', 'b'].map((optionId) => ({ optionId }));

    expect(inOptionIdOrder(items).map((item) => item.optionId)).toEqual(['', 'a', 'a\u0000', 'ab', 'b']);
  });
});

import { CASE_EVENT_TYPES, type CaseEvent } from '@casus/domain';
import { personalValues, samples } from '../test/step-samples';
import { FAMILY_STEP_WORDS, familyStepWords } from './family-words';
import { LANGUAGES } from './words';

/** Where a child lives or may live, as the samples state it: a place's provider, a network family's area, the perspective's "where". */
function placeValues(event: CaseEvent): string[] {
  const data = event.data as Readonly<Record<string, unknown>>;
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : typeof value === 'object' && value ? Object.values(value).flatMap(strings) : [];
  return ['provider', 'area', 'where', 'excludedAreas'].flatMap((field) => strings(data[field]));
}

describe('the family’s own file in plain words', () => {
  it('says of every event type what the family reads of it, or that it is not theirs', () => {
    expect(Object.keys(FAMILY_STEP_WORDS).sort()).toEqual([...CASE_EVENT_TYPES].sort());
  });

  it('tells each step of theirs in both languages, with no hole where data was missing', () => {
    for (const event of samples) {
      const words = familyStepWords(event, false);
      if (words === null) continue;
      expect({ type: event.type, differ: words.text.nl !== words.text.en }).toEqual({ type: event.type, differ: true });
      for (const language of LANGUAGES) expect(words.text[language]).not.toMatch(/undefined|null|\[object/);
    }
  });

  it('never puts anyone’s personal data, nor where a child lives, into a line; a parent reads no reason of a step about a place', () => {
    const leaks = samples.flatMap((event) => {
      const asParent = familyStepWords(event, true);
      if (asParent === null) return [];
      const parentReads = [asParent.text.nl, asParent.text.en, asParent.why ?? ''].join(' ');
      const lineOnly = [asParent.text.nl, asParent.text.en].join(' ');
      const kept = [
        ...personalValues(event).map((value) => ({ value, read: lineOnly })),
        ...placeValues(event).map((value) => ({ value, read: parentReads })),
      ];
      return kept.filter(({ value, read }) => read.includes(value)).map(({ value }) => ({ type: event.type, value }));
    });
    expect(leaks).toEqual([]);
    const aboutPlace = samples.filter(
      (event) => (FAMILY_STEP_WORDS[event.type] as { aboutPlace?: true } | null)?.aboutPlace === true && familyStepWords(event, false)?.why,
    );
    expect(aboutPlace.length).toBeGreaterThan(0);
    for (const event of aboutPlace)
      expect({ type: event.type, why: familyStepWords(event, true)!.why }).toEqual({ type: event.type, why: null });
  });
});

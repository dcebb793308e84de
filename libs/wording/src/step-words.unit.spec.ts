import { CASE_EVENT_TYPES } from '@casus/domain';
import { id, personalValues, SAMPLES, samples } from '../test/step-samples';
import { LANGUAGES } from './words';
import { STEP_WORDS, stepLine } from './step-words';

describe('the words of every case step (one table for timeline, story, export, CLI and app)', () => {
  it('has a sample for each event type the domain knows', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...CASE_EVENT_TYPES].sort());
    expect(Object.keys(STEP_WORDS).sort()).toEqual([...CASE_EVENT_TYPES].sort());
  });

  it('names every event type in Dutch and in English, no two the same', () => {
    for (const language of LANGUAGES) {
      const names = CASE_EVENT_TYPES.map((type) => STEP_WORDS[type].name[language]);
      expect(names.filter((name) => name.trim() === '')).toEqual([]);
      expect(new Set(names).size).toBe(names.length);
    }
    const both = CASE_EVENT_TYPES.filter((type) => STEP_WORDS[type].name.nl === STEP_WORDS[type].name.en);
    expect(both).toEqual([]);
  });

  it('tells each step in both languages, with no hole where data was missing', () => {
    for (const event of samples) {
      const lines = LANGUAGES.map((language) => stepLine(event, language));
      expect({ type: event.type, differ: lines[0] !== lines[1] }).toEqual({ type: event.type, differ: true });
      for (const line of lines) expect(line).not.toMatch(/undefined|null|\[object/);
    }
  });

  it('never puts a family member’s personal data into words', () => {
    const withData = samples.filter((event) => personalValues(event).length > 0).map((event) => event.type);
    expect(withData).toEqual([
      'FamilyMemberRecorded',
      'NetworkFamilyProposed',
      'PlacementViewRecorded',
      'ReturnDecisionRecorded',
      'CaseNoteRecorded',
      'PerspectiveDecided',
      'OwnStatementAdded',
      'CorrectionRequested',
      'DestructionRequested',
      'ComplaintFiled',
    ]);
    for (const event of samples)
      for (const language of LANGUAGES)
        for (const value of personalValues(event))
          expect({ type: event.type, line: stepLine(event, language) }).not.toEqual({
            type: event.type,
            line: expect.stringContaining(value),
          });
  });

  it('words a court order by its kind, and says when it extends one', () => {
    const order = SAMPLES.CourtOrderRecorded;
    expect(stepLine({ type: 'CourtOrderRecorded', data: order }, 'nl')).toBe(
      'Machtiging uithuisplaatsing afgegeven door Rechtbank Gelderland, geldig van 2026-11-16 tot 2027-05-16',
    );
    expect(stepLine({ type: 'CourtOrderRecorded', data: { ...order, kind: 'ots', extendsCourtOrderId: id(14) } }, 'en')).toBe(
      'Supervision order (OTS) extended by Rechtbank Gelderland, valid 2026-11-16 to 2027-05-16',
    );
  });
});

import { stepLine } from '@casus/wording';
import { toCaseEvent } from '@casus/streams';
import { childrenPlacedVoluntarily } from '../../domain/src/case/testing/story';
import { formatStory, storyOf } from './case-story';
import { recordedStream } from '../test/recorded';

describe('the auditor’s story of a case', () => {
  const events = recordedStream(childrenPlacedVoluntarily);
  const story = storyOf(events);

  it('tells each step in the words the timeline and the export use', () => {
    expect(story.map((line) => line.what)).toEqual(events.map((event) => stepLine(toCaseEvent(event), 'en')));
  });

  it('keeps beside the words what the event recorded: the family member’s name as read, the dates', () => {
    expect(story[1]).toMatchObject({ eventType: 'FamilyMemberRecorded', facts: { name: 'Fatima de Vries' } });
    expect(story[0].facts).toEqual({ receivedAt: '2026-11-02T08:15:00.000Z', safetyAssessmentDueOn: '2026-11-09' });
  });

  it('prints the role in words', () => {
    expect(formatStory(story.slice(0, 1))).toMatch(/^#0 {2}2026-11-02 08:15:00 {2}neighbourhood team {2}\S/);
  });
});

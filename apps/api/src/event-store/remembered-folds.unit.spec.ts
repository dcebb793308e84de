import { randomBytes } from 'node:crypto';
import { InMemoryEventStore, type RecordedEvent } from '@casus/event-store';
import { openedWith, ProtectedEventStore, sealedPersonsOf } from '@casus/privacy';
import { caseCodec, foldCase } from '@casus/streams';
import { actors } from '../../../../libs/domain/src/case/testing/fixtures';
import * as story from '../../../../libs/domain/src/case/testing/story';
import { caseStepStreams, RememberedFolds } from './remembered-folds';

const writer = { actor: actors.caseTeam, correlationId: 'c-1', causationId: 'k-1', command: 'Step', reason: null };
const STREAM = 'case-1';

/** An in-memory store that seals personal data under keys made per person on first use, as the API's does. */
function protectedStore(): { keys: Map<string, Buffer>; store: ProtectedEventStore } {
  const keys = new Map<string, Buffer>();
  const keySource = {
    forWriting: async (_stream: string, persons: readonly string[]) => {
      for (const person of persons) if (!keys.has(person)) keys.set(person, randomBytes(32));
      return new Map(persons.map((person) => [person, keys.get(person)!]));
    },
    forReading: async () => new Map(keys),
  };
  return { keys, store: new ProtectedEventStore(new InMemoryEventStore(), keySource) };
}

/** The case's events as the store holds them: the family's personal data sealed under each person's key. */
async function storedCase(): Promise<{ stored: RecordedEvent[]; keys: Map<string, Buffer> }> {
  const { keys, store } = protectedStore();
  const events = [
    story.signalRegistered,
    story.motherRecorded,
    story.fatherRecorded,
    story.consentOf(story.motherRecorded.data.familyMemberId, 'consent-1'),
  ];
  await store.appendToStream(
    STREAM,
    events.map((event, i) => caseCodec.encode(event, `e-${i}`, writer, new Date('2026-11-20T10:00:00Z'))),
    { expectedRevision: 'no-stream' },
  );
  return { stored: await store.stored.readStream(STREAM), keys };
}

const mother = story.motherRecorded.data.familyMemberId;
const namesOf = (state: unknown) => (state as { familyMembers: { name: string }[] }).familyMembers.map((member) => member.name);

describe('remembered folds of case streams', () => {
  it('folds a grown stream as a fresh fold does, and names the persons sealed in it', async () => {
    const { stored } = await storedCase();
    const folds = new RememberedFolds();
    folds.sealedFold(STREAM, stored.slice(0, 2));
    const grown = folds.sealedFold(STREAM, stored);
    expect(grown.state).toEqual(foldCase(stored));
    expect(new Set(grown.persons)).toEqual(new Set(sealedPersonsOf(stored)));
    expect(grown.persons).toContain(mother);
  });

  it('decodes only the events after what it remembers: the stream is immutable, its start is not read again', async () => {
    const { stored } = await storedCase();
    const folds = new RememberedFolds();
    folds.sealedFold(STREAM, stored.slice(0, 2));
    // The same ids with other contents: only a fold that reused its memory still sees the first version.
    const altered = stored.map((event, i) => (i === 1 ? { ...event, data: { ...event.data, relation: 'other' } } : event));
    expect(folds.sealedFold(STREAM, altered).state).toEqual(foldCase(stored));
  });

  it('folds anew a stream that does not go on from what it remembers (another start, or shorter)', async () => {
    const { stored } = await storedCase();
    const folds = new RememberedFolds();
    folds.sealedFold(STREAM, stored);
    expect(folds.sealedFold(STREAM, stored.slice(0, 2)).state).toEqual(foldCase(stored.slice(0, 2)));
    const other = stored.map((event, i) => ({ ...event, id: `other-${i}` }));
    const changed = other.map((event, i) => (i === 1 ? { ...event, data: { ...event.data, relation: 'other' } } : event));
    expect(folds.sealedFold(STREAM, changed).state).toEqual(foldCase(changed));
  });

  it('opens a grown stream as a fresh opening does', async () => {
    const { stored, keys } = await storedCase();
    const folds = new RememberedFolds();
    folds.openedFold(STREAM, stored.slice(0, 2), keys, '0');
    const opened = folds.openedFold(STREAM, stored, keys, '0');
    expect(opened.events).toEqual(openedWith(stored, keys));
    expect(opened.state).toEqual(foldCase(openedWith(stored, keys)));
    expect(namesOf(opened.state)).toEqual(['Fatima de Vries', 'Mark de Vries']);
  });

  it('forgets what it opened once keys were deleted: an erased person is never answered from memory', async () => {
    const { stored, keys } = await storedCase();
    const folds = new RememberedFolds();
    expect(namesOf(folds.openedFold(STREAM, stored, keys, '0').state)).toContain('Fatima de Vries');
    const afterErasure = new Map([...keys].filter(([person]) => person !== mother));
    const opened = folds.openedFold(STREAM, stored, afterErasure, '1');
    expect(namesOf(opened.state)).toEqual(['[erased]', 'Mark de Vries']);
    expect(JSON.stringify(opened.events.map((event) => event.data))).not.toContain('Fatima');
    // An answer under the older count, arriving late, is opened for itself and leaves the memory at the newer count.
    expect(namesOf(folds.openedFold(STREAM, stored, keys, '0').state)).toContain('Fatima de Vries');
    expect(namesOf(folds.openedFold(STREAM, stored, afterErasure, '1').state)).toEqual(['[erased]', 'Mark de Vries']);
  });

  it('lets the streams read least recently go beyond its bound', async () => {
    const { stored } = await storedCase();
    const folds = new RememberedFolds(1);
    folds.sealedFold('case-a', stored.slice(0, 2));
    folds.sealedFold('case-b', stored.slice(0, 2));
    const altered = stored.map((event, i) => (i === 1 ? { ...event, data: { ...event.data, relation: 'other' } } : event));
    // case-a was let go: its start is read again, the altered version shows.
    expect(folds.sealedFold('case-a', altered).state).toEqual(foldCase(altered));
  });
});

describe('case streams as a step reads them', () => {
  async function stepStore() {
    const { keys, store } = protectedStore();
    const held = { held: async () => ({ keys: new Map(keys), erasures: '0' }) };
    return { store, steps: caseStepStreams(store, held, new RememberedFolds()) };
  }
  const append = (store: ProtectedEventStore, events: readonly { type: string; data: object }[], from: number) =>
    store.appendToStream(
      STREAM,
      events.map((event, i) => caseCodec.encode(event as never, `e-${from + i}`, writer, new Date('2026-11-20T10:00:00Z'))),
      { expectedRevision: from === 0 ? 'no-stream' : from - 1 },
    );

  it('reads a whole stream opened as the protected store opens it, also once it grew', async () => {
    const { store, steps } = await stepStore();
    await append(store, [story.signalRegistered, story.motherRecorded], 0);
    expect(await steps.readStream(STREAM)).toEqual(await store.readStream(STREAM));
    await append(store, [story.fatherRecorded], 2);
    const grown = await steps.readStream(STREAM);
    expect(grown).toEqual(await store.readStream(STREAM));
    expect(namesOf(foldCase(grown))).toEqual(['Fatima de Vries', 'Mark de Vries']);
  });

  it('passes a page of a stream through to the protected store', async () => {
    const { store, steps } = await stepStore();
    await append(store, [story.signalRegistered, story.motherRecorded, story.fatherRecorded], 0);
    expect(await steps.readStream(STREAM, { fromRevision: 1, maxCount: 1 })).toEqual(
      await store.readStream(STREAM, { fromRevision: 1, maxCount: 1 }),
    );
    expect(await steps.readStream(STREAM, { direction: 'backwards', maxCount: 1 })).toEqual(
      await store.readStream(STREAM, { direction: 'backwards', maxCount: 1 }),
    );
  });
});

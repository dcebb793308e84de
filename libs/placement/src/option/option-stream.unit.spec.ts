import { InMemoryEventStore } from '@casus/event-store';
import { PROCESS_ACTOR } from '../metadata';
import { processCodec } from '../process/process-stream';
import { optionCodec } from './option-stream';
import type { PlacementOptionEvent } from './option-events';
import type { PlacementProcessEvent } from '../process/process-events';

const now = new Date('2026-11-20T10:00:00.000Z');
const writer = { actor: PROCESS_ACTOR, correlationId: 'p-1', causationId: 'e-0' };

describe('the placement option and process stream codecs', () => {
  it('store an event as written and read it back as the same typed event, with the metadata every stream carries', async () => {
    const store = new InMemoryEventStore();
    const reserved: PlacementOptionEvent = {
      type: 'PlaceReserved',
      data: { optionId: 'o-1', placementId: 'p-1', places: 1, provider: 'Pleegzorg Gelderland', expiresAt: '2026-11-21T10:00:00.000Z' },
    };
    const taken: PlacementProcessEvent = { type: 'PlaceTaken', data: { placementId: 'p-1', optionId: 'o-1' } };
    await store.appendToStream('option', [optionCodec.encode(reserved, 'e-1', writer, now)], { expectedRevision: 'no-stream' });
    await store.appendToStream('process', [processCodec.encode(taken, 'e-2', writer, now)], { expectedRevision: 'no-stream' });
    const [[option], [process]] = await Promise.all([store.readStream('option'), store.readStream('process')]);
    expect(optionCodec.decode(option)).toEqual(reserved);
    expect(processCodec.decode(process)).toEqual(taken);
    expect(process.metadata).toEqual({
      actor: { ...PROCESS_ACTOR },
      correlationId: 'p-1',
      causationId: 'e-0',
      schemaVersion: 1,
      recordedAt: now.toISOString(),
    });
  });

  it('upcast a PlacementOptionRegistered of schema 1 with the code the named table knows for its municipality, else none', () => {
    const v1 = { optionId: 'o-1', kind: 'gezinshuis', provider: 'Gezinshuis De Linde', region: 'FoodValley', capacity: 2 };
    const read = (municipality: string) =>
      optionCodec.decode({ type: 'PlacementOptionRegistered', data: { ...v1, municipality }, metadata: { schemaVersion: 1 } }).data;
    expect(read('ede')).toEqual({ ...v1, municipality: 'ede', municipalityCode: 'GM0228' });
    expect(read('Bergen')).toEqual({ ...v1, municipality: 'Bergen', municipalityCode: null });
  });

  it('refuse an event type the stream kind does not hold', () => {
    expect(() => optionCodec.decode({ type: 'PlaceTaken', data: {}, metadata: {} })).toThrow(
      'unknown placement option event type PlaceTaken',
    );
    expect(() => processCodec.decode({ type: 'PlaceReserved', data: {}, metadata: {} })).toThrow(
      'unknown placement process event type PlaceReserved',
    );
  });
});

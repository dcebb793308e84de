import {
  formatPosition,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadStreamOptions,
  type SubscribeOptions,
} from '@casus/event-store';
import { outcomeOf } from '../metrics/metrics';
import { inSpan } from '../tracing/tracing';

/** case, placement or placement-option: the stream id without its uuid. */
const categoryOf = (streamId: string): string => streamId.replace(/-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i, '');

/** Every append the API makes (case steps, the placement process, places) in a span of its own. */
export class TracedEventStore implements EventStore {
  constructor(private readonly store: EventStore) {}

  appendToStream(streamId: string, events: readonly EventToAppend[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    const attributes = {
      'casus.stream.id': streamId,
      'casus.stream.category': categoryOf(streamId),
      'casus.events.count': events.length,
      'casus.events.types': [...new Set(events.map((event) => event.type))],
      'casus.expected_revision': String(options.expectedRevision),
    };
    return inSpan(
      'casus.event_store.append',
      attributes,
      async (span) => {
        const result = await this.store.appendToStream(streamId, events, options);
        span.setAttributes({ 'casus.stream.revision': result.nextExpectedRevision, 'casus.log.position': formatPosition(result.position) });
        return result;
      },
      outcomeOf,
    );
  }

  readStream(streamId: string, options?: ReadStreamOptions) {
    return this.store.readStream(streamId, options);
  }

  streamExists(streamId: string) {
    return this.store.streamExists(streamId);
  }

  readAll(options?: ReadAllOptions) {
    return this.store.readAll(options);
  }

  subscribeToAll(options: SubscribeOptions) {
    return this.store.subscribeToAll(options);
  }

  close() {
    return this.store.close();
  }
}

import { aroundAppends, formatPosition, type EventStore } from '@casus/event-store';
import { outcomeOf } from '../metrics/metrics';
import { inSpan } from '../tracing/tracing';

/** case, placement or placement-option: the stream id without its uuid. */
const categoryOf = (streamId: string): string => streamId.replace(/-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i, '');

/** Every append the API makes (case steps, the placement process, places) in a span of its own. */
export const tracedEventStore = (store: EventStore): EventStore =>
  aroundAppends(store, (append, { streamId, events, options }) => {
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
        const result = await append();
        span.setAttributes({ 'casus.stream.revision': result.nextExpectedRevision, 'casus.log.position': formatPosition(result.position) });
        return result;
      },
      outcomeOf,
    );
  });

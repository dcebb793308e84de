import { streamCodec } from '@casus/streams';
import { PROCESS_EVENT_SCHEMA_VERSION, type PlacementProcessEvent } from './process-events';

/** `placement-<id>` streams: beside their events, because @casus/streams knows no placement. */
export const processCodec = streamCodec<PlacementProcessEvent>('placement process', PROCESS_EVENT_SCHEMA_VERSION);

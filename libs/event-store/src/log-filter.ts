import type { LogFilter } from './types';

export function matchesFilter(event: { streamId: string; type: string }, filter?: LogFilter): boolean {
  const prefixOk = !filter?.streamPrefixes?.length || filter.streamPrefixes.some((prefix) => event.streamId.startsWith(prefix));
  const typeOk = !filter?.eventTypes?.length || filter.eventTypes.includes(event.type);
  return prefixOk && typeOk;
}

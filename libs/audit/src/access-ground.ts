import { canReadCase, type Actor, type CaseState } from '@casus/domain';

/**
 * The authorisation ground an access-log line records (NEN 7513: "grondslag"). The domain decides
 * whether the reader may read; this names why, in words an oversight officer reads back.
 */
export function readGround(state: CaseState, actor: Actor): string | null {
  if (state.status === 'none' || !canReadCase(state, actor)) return null;
  switch (actor.role) {
    case 'auditor':
      return 'auditor oversight';
    case 'wijkteam':
      return `case team (${state.team})`;
    case 'jeugdlink': {
      const current = state.jeugdlink.at(-1);
      return current?.team === actor.team && current.status === 'joined'
        ? `joined Jeugdlink team (${actor.team})`
        : `formerly joined Jeugdlink team (${actor.team})`;
    }
    case 'gi':
      return `GI charged with a court order (${actor.organisation})`;
    case 'provider':
      return `provider of a decided placement (${actor.organisation})`;
    case 'family':
      return 'family member of the case';
  }
}

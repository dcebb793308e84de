import { Inject, Injectable } from '@nestjs/common';
import { streamIdForCase, toCaseEvent } from '@casus/streams';
import type { EventStore } from '@casus/event-store';
import type { JeugdlinkTeams } from '@casus/runtime';
import { EVENT_STORE } from '../../event-store/event-store.module';

export const JEUGDLINK_TEAMS = Symbol('JeugdlinkTeams');

const spelling = (municipality: string) => municipality.trim().toLocaleLowerCase('nl');

/**
 * The team a Jeugdlink request names when the case lead names none: the one configured for the
 * case's municipality. Looked up here, at the edge, so that the decider gets the team as a fact.
 */
@Injectable()
export class RegionalJeugdlinkTeams {
  private readonly byMunicipality: ReadonlyMap<string, string>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(JEUGDLINK_TEAMS) teams: JeugdlinkTeams,
  ) {
    this.byMunicipality = new Map(Object.entries(teams).map(([municipality, team]) => [spelling(municipality), team]));
  }

  /** Undefined when no case, no municipality or no team for it: the decider then asks for a named team. */
  async teamFor(caseId: string): Promise<string | undefined> {
    if (this.byMunicipality.size === 0) return undefined;
    const [first] = await this.store.readStream(streamIdForCase(caseId), { maxCount: 1 });
    const opened = first && toCaseEvent(first);
    return opened?.type === 'SignalRegistered' ? this.byMunicipality.get(spelling(opened.data.municipality)) : undefined;
  }
}

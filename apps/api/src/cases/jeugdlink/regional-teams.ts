import { Inject, Injectable } from '@nestjs/common';
import { municipalityCodeOf } from '@casus/domain';
import { readWholeStream } from '@casus/audit';
import { foldCase, streamIdForCase } from '@casus/streams';
import type { EventStore } from '@casus/event-store';
import type { JeugdlinkTeams } from '@casus/runtime';
import { EVENT_STORE } from '../../event-store/event-store.module';

export const JEUGDLINK_TEAMS = Symbol('JeugdlinkTeams');

/**
 * The team a Jeugdlink request names when the case lead names none: the one configured for the
 * case's municipality. Looked up here, at the edge, so that the decider gets the team as a fact.
 */
@Injectable()
export class RegionalJeugdlinkTeams {
  private readonly byCode: ReadonlyMap<string, string>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(JEUGDLINK_TEAMS) teams: JeugdlinkTeams,
  ) {
    // Configured under a municipality's name or CBS code (the settings refuse one it cannot place); a case is
    // matched by its code, as matching does, so "Gemeente Ede" and "Ede" are one municipality.
    this.byCode = new Map(
      Object.entries(teams).flatMap(([municipality, team]) => {
        const code = municipalityCodeOf(municipality);
        return code ? [[code, team] as const] : [];
      }),
    );
  }

  /** Undefined when no case, no municipality or no team for it: the decider then asks for a named team. */
  async teamFor(caseId: string): Promise<string | undefined> {
    if (this.byCode.size === 0) return undefined;
    // The municipality the case is in now: a move (CaseTransferred) takes it to another region.
    const state = foldCase(await readWholeStream(this.store, streamIdForCase(caseId)));
    const code = state.status === 'none' ? null : state.municipalityCode;
    return code ? this.teamForMunicipality(code) : undefined;
  }

  /** The team configured for a municipality, by its CBS code. */
  teamForMunicipality(code: string): string | undefined {
    return this.byCode.get(code);
  }
}

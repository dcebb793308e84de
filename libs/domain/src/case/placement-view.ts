import { Uuid } from '../shared/ids';
import { addDays, IsoDate } from '../shared/iso-date';
import { Actor } from './actor';
import { findPlacement } from './queries';
import { currentReadGround, ReadGround } from './readers';
import { CaseState, ExistingCase, PlacementRecord, PlacementStatus } from './state';

/** How long a provider still sees a placement after it ended, unless configured otherwise. */
export const DEFAULT_PROVIDER_VIEW_DAYS_AFTER_END = 28;

/** What the provider of a placement needs to care for the child (DOMAIN.md, provider): not the case history. */
export type PlacementBrief = Readonly<{
  placementId: Uuid;
  status: PlacementStatus;
  children: ExistingCase['children'];
  needs: PlacementRecord['needs'];
  intendedStartOn: IsoDate;
  startedOn: IsoDate | null;
  endedOn: IsoDate | null;
  contact: { name: string; team: string } | null;
}>;

/** The day the placement stopped: ended, the child returned home, or the case closed around it. */
function endOf(placement: PlacementRecord, state: ExistingCase): IsoDate | null {
  const closed = state.status === 'closed' ? state.closures.at(-1)?.closedOn : undefined;
  return placement.ended?.endedOn ?? placement.returnedHome?.on ?? closed ?? null;
}

/**
 * Who reads one placement's brief: the case's readers, and the provider it was decided for while
 * it is decided or running and for `daysAfterEnd` days after it ended (AVG art. 5: need-to-know).
 */
export function placementReadGround(
  state: CaseState,
  placementId: Uuid,
  actor: Actor,
  today: IsoDate,
  daysAfterEnd: number,
): ReadGround | null {
  if (state.status === 'none') return null;
  const placement = findPlacement(state, placementId);
  if (!placement) return null;
  const asReader = currentReadGround(state, actor);
  if (asReader) return asReader;
  if (actor.role !== 'provider' || placement.decision?.provider !== actor.organisation) return null;
  const end = endOf(placement, state);
  return end === null || today < addDays(end, daysAfterEnd) ? { reader: 'provider', organisation: actor.organisation } : null;
}

export function placementBrief(state: ExistingCase, placementId: Uuid): PlacementBrief | null {
  const placement = findPlacement(state, placementId);
  if (!placement) return null;
  return {
    placementId: placement.placementId,
    status: placement.status,
    children: state.children.filter((child) => placement.childIds.includes(child.childId)),
    needs: placement.needs,
    intendedStartOn: placement.intendedStartOn,
    startedOn: placement.startedOn,
    endedOn: endOf(placement, state),
    contact: state.lead && { name: state.lead.name, team: state.team },
  };
}

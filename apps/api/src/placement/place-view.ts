import { groundInWords } from '@casus/audit';
import { placeDetailFor, type PlaceDetail } from '@casus/domain';
import { freePlaces, type PlacementOption } from '@casus/matching';
import { availableOnly } from '@casus/placement';
import type { Principal } from '@casus/runtime';

/** A place as the domain's `placeDetailFor` lets this reader see it. */
function placeView(option: PlacementOption, detail: Exclude<PlaceDetail, 'none'>) {
  if (detail === 'full') return { ...option, free: freePlaces(option) };
  const { location: _at, networkFamilyId: _network, capacity: _capacity, reserved: _reserved, occupied: _occupied, ...coarse } = option;
  return coarse;
}

/** Why this reader sees places in the detail it does, as the access log records it. */
function placesGround(principal: Principal, placesNow: boolean): string {
  if (principal.role === 'auditor') return groundInWords({ reader: 'auditor' });
  if (placesNow) return `placing a child now (${principal.role} ${principal.team || principal.organisation})`;
  return `${principal.role} of ${principal.organisation}: places without location or occupancy${principal.role === 'provider' ? ', its own in full' : ''}`;
}

/**
 * The places this reader sees, each in the detail it may see, with what its access-log line says.
 * `placesNow`: the reader places a child now (the PlacesChildrenNow query).
 */
export function placesAsSeenBy(principal: Principal, options: readonly PlacementOption[], placesNow: boolean, availableOnlyAsked: boolean) {
  const free = new Set(availableOnly(options).map((option) => option.optionId));
  const seen = options.flatMap((option) => {
    const detail = placeDetailFor(principal, option.provider, placesNow);
    // Without occupancy, "available" can only mean active: the filter must not tell what the view leaves out.
    const shown = !availableOnlyAsked || (detail === 'full' ? free.has(option.optionId) : option.status === 'active');
    return detail === 'none' || !shown ? [] : [{ option, detail }];
  });
  const details = [...new Set(seen.map((place) => place.detail))].sort().join(', ');
  return {
    items: seen.map(({ option, detail }) => placeView(option, detail)),
    read: { caseId: null, data: `placement-options (${details || 'none'})`, ground: placesGround(principal, placesNow) },
  };
}

import type { PlaceDetail } from '@casus/domain';
import { freePlaces, type PlacementOption } from '@casus/matching';

/** A place as the domain's `placeDetailFor` lets this reader see it. */
export function placeView(option: PlacementOption, detail: Exclude<PlaceDetail, 'none'>) {
  if (detail === 'full') return { ...option, free: freePlaces(option) };
  const { location: _at, networkFamilyId: _network, capacity: _capacity, reserved: _reserved, occupied: _occupied, ...coarse } = option;
  return coarse;
}

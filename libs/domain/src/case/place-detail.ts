import { Actor, Role } from './actor';

/** How much of a provider's place a reader sees: full, coarse (kind, municipality, fit), or nothing. */
export type PlaceDetail = 'full' | 'coarse' | 'none';

type Sees = PlaceDetail | 'full when placing';

// A network foster home is a family's own home: where it is, who lives there and whose network it is
// (networkFamilyId is often the case itself) is for those who place a child now, not for everyone.
const SEES: Readonly<Record<Role, Sees>> = {
  auditor: 'full',
  wijkteam: 'full when placing',
  'veilig-thuis': 'full when placing',
  jeugdlink: 'full when placing',
  gi: 'full when placing',
  provider: 'coarse',
  family: 'none',
};

/**
 * `placesNow`: the actor is a placing professional (readers.ts `isPlacingProfessional`) of a case
 * with an open placement request. A provider sees its own places in full.
 */
export function placeDetailFor(actor: Actor, placeProvider: string, placesNow: boolean): PlaceDetail {
  if (ownsPlace(actor, placeProvider)) return 'full';
  const sees = SEES[actor.role];
  if (sees === 'full when placing') return placesNow ? 'full' : 'coarse';
  return sees;
}

/** The place's own provider: it alone answers the reservations on it (accept, decline) and sees which placements hold it. */
export const ownsPlace = (actor: Actor, placeProvider: string): boolean =>
  actor.role === 'provider' && actor.organisation === placeProvider;

/** Whether an actor of this role may see places at all: a family member is refused the list. */
export const seesPlaces = (actor: Actor): boolean => SEES[actor.role] !== 'none';

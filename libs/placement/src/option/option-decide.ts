import { requireMunicipalityCode } from '@casus/domain';
import { CARE_INTENSITIES, PLACEMENT_OPTION_KINDS } from '@casus/matching';
import { refuse } from '../errors';
import type { OptionActor, PlacementOptionCommand, RegisterPlacementOption } from './option-commands';
import type { PlacementOptionEvent } from './option-events';
import { freePlacesOf, keptApartHolders, type ExistingOption, type OptionState } from './option-state';

/**
 * The placement-option decider. Capacity is the invariant: reserved + occupied never exceeds it.
 * Process steps (reserve, release, occupy, vacate) are idempotent per placement, so a process that
 * replays a step after a crash changes nothing.
 */
export function decideOption(command: PlacementOptionCommand, state: OptionState): PlacementOptionEvent[] {
  if (command.type === 'RegisterPlacementOption') return register(command, state);
  if (!state.exists) refuse('PLACEMENT_OPTION.NOT_FOUND', `${command.type}: no placement option ${command.data.optionId}`);
  const optionId = state.optionId;
  switch (command.type) {
    case 'ChangeCapacity': {
      requireOwnProvider(command.actor, state);
      requireNotWithdrawn(state, command.type);
      requireWholeNumber(command.data.capacity, 0, 'capacity');
      const inUse = state.capacity - freePlacesOf(state);
      if (command.data.capacity < inUse) {
        refuse('PLACEMENT_OPTION.CAPACITY_BELOW_USE', `${inUse} places are reserved or occupied; capacity cannot go below that`);
      }
      return [{ type: 'CapacityChanged', data: { optionId, capacity: command.data.capacity, reason: command.data.reason } }];
    }
    case 'PausePlacementOption':
      requireOwnProvider(command.actor, state);
      requireNotWithdrawn(state, command.type);
      if (state.status === 'paused') refuse('PLACEMENT_OPTION.PAUSED', `option ${optionId} is already paused`);
      return [{ type: 'PlacementOptionPaused', data: { optionId, reason: command.data.reason } }];
    case 'ResumePlacementOption':
      requireOwnProvider(command.actor, state);
      if (state.status !== 'paused') refuse('PLACEMENT_OPTION.NOT_PAUSED', `option ${optionId} is ${state.status}, not paused`);
      return [{ type: 'PlacementOptionResumed', data: { optionId } }];
    case 'WithdrawPlacementOption':
      requireOwnProvider(command.actor, state);
      requireNotWithdrawn(state, command.type);
      if (freePlacesOf(state) < state.capacity) {
        refuse('PLACEMENT_OPTION.IN_USE', `option ${optionId} has reserved or occupied places; release or vacate them first`);
      }
      return [{ type: 'PlacementOptionWithdrawn', data: { optionId, reason: command.data.reason } }];
    case 'ReservePlace': {
      const { placementId, places, expiresAt, caseId, childIds = [], keptApartFrom = [] } = command.data;
      if (state.reservations[placementId] || state.occupations[placementId]) return [];
      requireNotWithdrawn(state, command.type);
      if (state.status === 'paused') refuse('PLACEMENT_OPTION.PAUSED', `option ${optionId} is paused`);
      requireWholeNumber(places, 1, 'places');
      if (places > freePlacesOf(state)) {
        refuse('PLACEMENT_OPTION.NO_FREE_CAPACITY', `option ${optionId} has ${freePlacesOf(state)} free places, ${places} asked`);
      }
      const apart = keptApartHolders(state, { childIds, keptApartFrom });
      if (apart.length > 0) {
        refuse(
          'PLACEMENT_OPTION.SIBLING_KEPT_APART',
          `option ${optionId} holds a place for a sibling kept apart (placement ${apart.join(', ')})`,
        );
      }
      const provider = state.details.provider;
      const siblings = childIds.length > 0 ? { childIds, keptApartFrom } : {};
      return [
        { type: 'PlaceReserved', data: { optionId, placementId, places, provider, expiresAt, ...(caseId ? { caseId } : {}), ...siblings } },
      ];
    }
    case 'ReleaseReservation': {
      const reservation = state.reservations[command.data.placementId];
      if (!reservation) return [];
      const { placementId, reason } = command.data;
      return [{ type: 'ReservationReleased', data: { optionId, placementId, places: reservation.places, reason } }];
    }
    case 'OccupyPlace': {
      const { placementId } = command.data;
      if (state.occupations[placementId]) return [];
      const reservation = state.reservations[placementId];
      if (!reservation) refuse('PLACEMENT_OPTION.NOT_RESERVED', `option ${optionId} holds no reservation for placement ${placementId}`);
      return [{ type: 'PlaceOccupied', data: { optionId, placementId, places: reservation.places } }];
    }
    case 'VacatePlace': {
      const occupation = state.occupations[command.data.placementId];
      if (!occupation) return [];
      const { placementId, reason, childIds } = command.data;
      const leaving = childIds?.filter((id) => occupation.childIds?.includes(id) ?? true);
      if (leaving?.length === 0) return [];
      if (leaving && leaving.length < occupation.places) {
        return [{ type: 'PlaceVacated', data: { optionId, placementId, places: leaving.length, reason, childIds: leaving } }];
      }
      return [{ type: 'PlaceVacated', data: { optionId, placementId, places: occupation.places, reason } }];
    }
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

// A family proposed on a case has its place opened by the process, in the name of the provider the case named.
function register({ data, actor }: RegisterPlacementOption, state: OptionState): PlacementOptionEvent[] {
  const opening = data.proposedFor !== undefined;
  if (actor.role !== (opening ? 'process' : 'provider'))
    refuse('PLACEMENT_OPTION.NOT_PROVIDER', `only a provider registers places, not a ${actor.role}`);
  if (opening && data.kind !== 'netwerkpleeggezin') invalid('a place opened for a proposed family is a netwerkpleeggezin');
  if (!opening && data.provider !== actor.organisation) {
    refuse('PLACEMENT_OPTION.OTHER_PROVIDER', `${actor.organisation} cannot register a place of ${data.provider}`);
  }
  if (state.exists) refuse('PLACEMENT_OPTION.ALREADY_REGISTERED', `placement option ${data.optionId} is already registered`);
  if (!PLACEMENT_OPTION_KINDS.includes(data.kind)) invalid(`kind must be one of ${PLACEMENT_OPTION_KINDS.join(', ')}`);
  requireWholeNumber(data.capacity, 1, 'capacity');
  requireWholeNumber(data.maxSiblingGroup, 1, 'the largest sibling group');
  requireWholeNumber(data.ageRange.min, 0, 'the lowest age');
  if (!(data.ageRange.max >= data.ageRange.min)) invalid('the age range must run from low to high');
  if (data.careIntensities.length === 0 || data.careIntensities.some((c) => !CARE_INTENSITIES.includes(c))) {
    invalid(`care intensities must be some of ${CARE_INTENSITIES.join(', ')}`);
  }
  if ((data.kind === 'netwerkpleeggezin') !== Boolean(data.networkFamilyId)) {
    invalid('a netwerkpleeggezin names the one family network it belongs to, and only a netwerkpleeggezin does');
  }
  const municipalityCode = requireMunicipalityCode(data.municipality, data.municipalityCode);
  return [{ type: 'PlacementOptionRegistered', data: { ...data, municipalityCode, networkFamilyId: data.networkFamilyId ?? null } }];
}

function requireOwnProvider(actor: OptionActor, state: ExistingOption): void {
  if (actor.role !== 'provider') refuse('PLACEMENT_OPTION.NOT_PROVIDER', `only a provider changes places, not a ${actor.role}`);
  if (actor.organisation !== state.details.provider) {
    refuse('PLACEMENT_OPTION.OTHER_PROVIDER', `option ${state.optionId} belongs to ${state.details.provider}, not ${actor.organisation}`);
  }
}

function requireNotWithdrawn(state: ExistingOption, step: string): void {
  if (state.status === 'withdrawn') refuse('PLACEMENT_OPTION.WITHDRAWN', `${step}: option ${state.optionId} is withdrawn`);
}

function requireWholeNumber(value: number, min: number, what: string): void {
  if (!Number.isInteger(value) || value < min) invalid(`${what} must be a whole number of at least ${min}`);
}

function invalid(message: string): never {
  refuse('PLACEMENT_OPTION.INVALID', message);
}

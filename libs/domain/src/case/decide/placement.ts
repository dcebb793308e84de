import { planOfActionDueOn } from '../../deadlines/case-deadlines';
import { DecidePlacement, RequestPlacement, StartPlacement } from '../commands';
import { refuse } from '../errors';
import { PlacementDecided, PlacementRequested, PlacementStarted } from '../events';
import { Uuid } from '../../shared/ids';
import { ExistingCase, PlacementRecord } from '../state';
import { PlacementSurroundings } from '../values';
import { requireUndecidedPlacement, Moment, requireDate, requireNotAfterToday, requirePlacement, requireText } from './guards';
import { requireLegalBasis } from './legal-basis';
import { requireEveryoneHeard, requireReservedPlace } from './placement-views';
import { siblingGroupsOf } from './sibling-groups';
import { dueAtStart } from './foster-child-contact';
import { requestLapsesOn } from '../placement-basis';

export function requestPlacement({ data }: RequestPlacement, state: ExistingCase): PlacementRequested[] {
  requireText(data.needs.description, "a description of the child's needs");
  requireDate(data.intendedStartOn, 'the intended start date');
  const groups = siblingGroupsOf(data, state);
  requireLegalBasis(
    state,
    groups.flatMap((group) => group.childIds),
    data.legalBasis,
    data.intendedStartOn,
  );

  const { legalBasis, needs, urgency, intendedStartOn } = data;
  const siblingSeparationReason = data.siblingSeparationReason?.trim() || null;
  const surroundings = surroundingsOf(data);
  return groups.map(({ placementId, childIds, keptApartFrom }) => ({
    type: 'PlacementRequested',
    data: {
      placementId,
      childIds,
      legalBasis,
      needs,
      urgency,
      intendedStartOn,
      siblingSeparationReason,
      ...(keptApartFrom.length > 0 ? { keptApartFrom } : {}),
      ...surroundings,
    },
  }));
}

// Only what the request states goes on record: an absent criterion does not count in matching.
function surroundingsOf(data: RequestPlacement['data']): PlacementSurroundings {
  const { parentsHome, school, region, excludedAreas, familyNetworkId } = data;
  for (const area of excludedAreas ?? []) {
    requireText(area.reason, 'the reason an area is excluded');
    if (!(area.radiusKm > 0)) refuse('INPUT.MISSING', `the excluded area "${area.reason}" needs a radius above 0 km`);
  }
  return {
    ...(parentsHome ? { parentsHome } : {}),
    ...(school ? { school } : {}),
    ...(region?.trim() ? { region: region.trim() } : {}),
    ...(excludedAreas?.length ? { excludedAreas } : {}),
    ...(familyNetworkId ? { familyNetworkId } : {}),
  };
}

// A behavioural scientist is involved in every placement decision (DOMAIN.md step 5); the provider, parents and child were asked first.
export function decidePlacement({ data }: DecidePlacement, state: ExistingCase, moment: Moment): [PlacementDecided] {
  const placement = requireUndecidedPlacement(state, data.placementId);
  const { behaviouralScientistConsent: consent } = data;
  const reservation = requireReservedPlace(data.reservation, data.placementId);
  if (!(Date.parse(reservation.expiresAt) > moment.now.getTime())) {
    refuse('PLACEMENT.RESERVATION_EXPIRED', `the reservation of option ${reservation.optionId} expired at ${reservation.expiresAt}`);
  }
  // No exception for an acute request: a crisis place says yes by phone in minutes, and no child is sent where nobody agreed to take them.
  if (!reservation.acceptedByProvider) {
    refuse(
      'PLACEMENT.NOT_ACCEPTED_BY_PROVIDER',
      `${reservation.provider} has not accepted the reserved place (option ${reservation.optionId}) for placement ${data.placementId}; it decides first (POST /placements/${data.placementId}/accept)`,
    );
  }
  const views = requireEveryoneHeard(placement, state, reservation.optionId);
  if (!consent?.name.trim()) {
    refuse(
      'PLACEMENT.NO_BEHAVIOURAL_SCIENTIST_CONSENT',
      `placement ${data.placementId} needs the consent of a behavioural scientist (gedragswetenschapper)`,
    );
  }
  requireNotAfterToday(consent.consentedOn, "the behavioural scientist's consent date", moment);
  requireText(data.reasons, 'the reasons for the chosen place');
  if (data.moveInOn !== undefined && requireDate(data.moveInOn, 'the move-in date') < moment.today) {
    refuse('PLACEMENT.MOVE_IN_BEFORE_DECISION', `the move-in date (${data.moveInOn}) lies before the decision (${moment.today})`);
  }
  requireLegalBasis(state, placement.childIds, placement.legalBasis, placement.intendedStartOn);
  const lapse = requestLapsesOn(state, data.placementId);
  if (lapse && lapse.on <= moment.today)
    refuse('PLACEMENT.REQUEST_LAPSED', `placement ${data.placementId} lapsed on ${lapse.on}: ${lapse.reason}`);

  const { placementId, reasons, viewsHeard = [], moveInOn } = data;
  const { optionId, provider } = reservation;
  const decision = {
    placementId,
    optionId,
    provider,
    reasons,
    viewsHeard,
    views,
    behaviouralScientistConsent: consent,
    decidedOn: moment.today,
  };
  return [{ type: 'PlacementDecided', data: { ...decision, ...(moveInOn ? { moveInOn } : {}) } }];
}

export function requireDecidedPlacement(state: ExistingCase, placementId: Uuid): PlacementRecord {
  const placement = requirePlacement(state, placementId);
  if (placement.status !== 'decided') {
    refuse('PLACEMENT.NOT_DECIDED', `placement ${placementId} is ${placement.status}; only a decided placement starts`);
  }
  return placement;
}

export function startPlacement({ data }: StartPlacement, state: ExistingCase, moment: Moment): [PlacementStarted] {
  const placement = requireDecidedPlacement(state, data.placementId);
  requireNotAfterToday(data.startedOn, 'the start date', moment);
  if (placement.decision && data.startedOn < placement.decision.decidedOn) {
    refuse('PLACEMENT.DATE_BEFORE_DECISION', `the move-in (${data.startedOn}) lies before the decision (${placement.decision.decidedOn})`);
  }
  const placedElsewhere = placement.childIds.filter((id) => state.placements.some((p) => p.status === 'active' && p.childIds.includes(id)));
  if (placedElsewhere.length > 0) {
    refuse('PLACEMENT.CHILD_ALREADY_PLACED', `child ${placedElsewhere.join(', ')} is already in an active placement; end it first`);
  }
  requireLegalBasis(state, placement.childIds, placement.legalBasis, data.startedOn);
  const { placementId, startedOn } = data;
  const placedChildren = dueAtStart(state, placement, startedOn);
  return [{ type: 'PlacementStarted', data: { placementId, startedOn, planOfActionDueOn: planOfActionDueOn(startedOn), placedChildren } }];
}

import { requireUuid } from '@casus/domain';
import type { ExcludedOption, RankedOption } from '@casus/matching';
import type { EventActor } from '@casus/streams';

type ProcessEventOf<Type extends string, Data> = Readonly<{ type: Type; data: Readonly<Data> }>;

/** Recorded on `placement-<placementId>`: the process's whole memory, so it survives any restart. */
export type PlacementProcessStarted = ProcessEventOf<
  'PlacementProcessStarted',
  { placementId: string; caseId: string; childIds: readonly string[]; requestedBy: EventActor | null }
>;
export type PlacementCandidatesProposed = ProcessEventOf<
  'PlacementCandidatesProposed',
  {
    placementId: string;
    caseId: string;
    matchingVersion: string;
    configVersion: string;
    referenceDate: string;
    places: number;
    /** The siblings the children are kept apart from, as the case said when matching ran (absent in early events). */
    keptApartFrom?: readonly string[];
    /** Their figures and reasons, for a family proposed from the network, are that family member's personal data (sealed, erasable). */
    ranked: readonly RankedOption[];
    excluded: readonly ExcludedOption[];
    /** The families proposed from the child's network among the options: option id → family member (stated only when there are). */
    networkFamilies?: Readonly<Record<string, string>>;
  }
>;
export type CandidateReserved = ProcessEventOf<
  'CandidateReserved',
  { placementId: string; optionId: string; attempt: number; places: number; expiresAt: string }
>;
export type CandidateUnavailable = ProcessEventOf<
  'CandidateUnavailable',
  { placementId: string; optionId: string; attempt: number; reason: string }
>;
export type ReservationExpired = ProcessEventOf<
  'ReservationExpired',
  { placementId: string; optionId: string; attempt: number; expiredAt: string }
>;
export type ProposalDeclined = ProcessEventOf<
  'ProposalDeclined',
  { placementId: string; optionId: string; attempt: number; reason: string; declinedBy: EventActor }
>;
/** The provider (the foster family) whose place is reserved accepts the proposed child (Handboek Methodisch Matchen, phase B). */
export type ReservationAccepted = ProcessEventOf<
  'ReservationAccepted',
  { placementId: string; optionId: string; attempt: number; acceptedBy: EventActor }
>;
/** The team or GI chooses a ranked candidate other than the one the process holds (matching proposes, people decide). */
export type CandidateChosen = ProcessEventOf<
  'CandidateChosen',
  { placementId: string; optionId: string; reason: string; chosenBy: EventActor }
>;
export type CandidateReleased = ProcessEventOf<
  'CandidateReleased',
  { placementId: string; optionId: string; attempt: number; reason: string }
>;
export type NoSuitablePlacementFound = ProcessEventOf<
  'NoSuitablePlacementFound',
  { placementId: string; caseId: string; candidatesTried: number; teamDecidesBy: string }
>;
export type PlacementDecisionNoted = ProcessEventOf<
  'PlacementDecisionNoted',
  { placementId: string; optionId: string; decidedOn: string; decidedBy: EventActor | null; moveInOn?: string }
>;
/** Some children left the placement while their brothers and sisters stay (`departure`: its number, from 0). */
export type ChildLeftNoted = ProcessEventOf<'ChildLeftNoted', { placementId: string; childIds: readonly string[]; on: string }>;
export type ChildPlaceFreed = ProcessEventOf<
  'ChildPlaceFreed',
  { placementId: string; optionId: string; childIds: readonly string[]; departure: number }
>;
/** The team asked matching to run again: what the process holds is released and it proposes anew. */
export type RematchRequested = ProcessEventOf<'RematchRequested', { placementId: string; reason: string }>;
export type PlaceTaken = ProcessEventOf<'PlaceTaken', { placementId: string; optionId: string }>;
export type PlacementStartSent = ProcessEventOf<'PlacementStartSent', { placementId: string; caseId: string; startedOn: string }>;
export type PlacementConcluded = ProcessEventOf<
  'PlacementConcluded',
  {
    placementId: string;
    cause: 'ChildReturnedHome' | 'PlacementEnded' | 'PlacementRequestWithdrawn' | 'RequestLapsed';
    on: string;
    /** Why a lapsed request ended: a child came of age, the machtiging ended. */
    reason?: string;
  }
>;
export type PlaceFreed = ProcessEventOf<'PlaceFreed', { placementId: string; optionId: string }>;
/** A step kept failing: recorded and set aside so the other placements go on; the next trigger tries again. */
export type PlacementProcessParked = ProcessEventOf<
  'PlacementProcessParked',
  { placementId: string; triggerEventId: string; triggerType: string; attempts: number; error: string }
>;

export type PlacementProcessEvent =
  | PlacementProcessStarted
  | PlacementCandidatesProposed
  | CandidateReserved
  | CandidateUnavailable
  | ReservationExpired
  | ProposalDeclined
  | ReservationAccepted
  | CandidateChosen
  | CandidateReleased
  | NoSuitablePlacementFound
  | RematchRequested
  | PlacementDecisionNoted
  | PlaceTaken
  | PlacementStartSent
  | PlacementConcluded
  | PlaceFreed
  | ChildLeftNoted
  | ChildPlaceFreed
  | PlacementProcessParked;

/** Schema version per stored process event type; bump with an upcaster in process-stream.ts. */
export const PROCESS_EVENT_SCHEMA_VERSION: Readonly<Record<PlacementProcessEvent['type'], number>> = {
  PlacementProcessStarted: 1,
  PlacementCandidatesProposed: 1,
  CandidateReserved: 1,
  CandidateUnavailable: 1,
  ReservationExpired: 1,
  ProposalDeclined: 1,
  ReservationAccepted: 1,
  CandidateChosen: 1,
  CandidateReleased: 1,
  NoSuitablePlacementFound: 1,
  RematchRequested: 1,
  PlacementDecisionNoted: 1,
  PlaceTaken: 1,
  PlacementStartSent: 1,
  PlacementConcluded: 1,
  PlaceFreed: 1,
  ChildLeftNoted: 1,
  ChildPlaceFreed: 1,
  PlacementProcessParked: 1,
};

export const PROCESS_EVENT_TYPES = Object.keys(PROCESS_EVENT_SCHEMA_VERSION) as readonly PlacementProcessEvent['type'][];

export const PLACEMENT_STREAM_PREFIX = 'placement-';
export const streamIdForPlacement = (placementId: string): string =>
  `${PLACEMENT_STREAM_PREFIX}${requireUuid(placementId, 'a placement id')}`;

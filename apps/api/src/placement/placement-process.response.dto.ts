import type { PlacementProcessState } from '@casus/placement';
import {
  CountAnswer,
  FlagAnswer,
  IdAnswer,
  IdListAnswer,
  MomentAnswer,
  NestedAnswer,
  RecordAnswer,
  RecordListAnswer,
  TextAnswer,
} from '../http/answer-fields';

type ShownState = Omit<PlacementProcessState, 'lastEventId'>;

class HeldReservationAnswer {
  @IdAnswer()
  optionId!: string;

  @CountAnswer()
  attempt!: number;

  @CountAnswer()
  places!: number;

  @MomentAnswer()
  expiresAt!: string;
}

class ProcessEventAnswer {
  @TextAnswer()
  type!: string;

  @RecordAnswer({ description: "The event's data as the process recorded it" })
  data!: object;

  @MomentAnswer()
  recordedAt!: Date;
}

/** The process manager's state (implements it, less its last event's id), with its latest proposal and its history. */
export class PlacementProcessAnswer implements ShownState {
  @IdAnswer({ nullable: true })
  placementId!: string | null;

  @IdAnswer({ nullable: true })
  caseId!: string | null;

  @IdListAnswer()
  childIds!: readonly string[];

  @IdListAnswer()
  keptApartFrom!: readonly string[];

  @IdListAnswer({ nullable: true, description: 'Option ids, best first, as proposed; null until the matching ran' })
  candidates!: readonly string[] | null;

  @CountAnswer()
  places!: number;

  @CountAnswer({ description: 'The reservation attempt being made (or to make next), over every matching run' })
  attempt!: number;

  @CountAnswer({ description: 'Matching runs so far minus one' })
  run!: number;

  @IdListAnswer()
  tried!: readonly string[];

  @IdAnswer({ nullable: true, description: 'The candidate the team chose, to reserve next' })
  chosen!: string | null;

  @NestedAnswer(() => HeldReservationAnswer, { nullable: true })
  reservation!: ShownState['reservation'];

  @RecordAnswer({ nullable: true, description: "The provider's acceptance of the reservation held now: optionId, attempt, by" })
  accepted!: ShownState['accepted'];

  @IdListAnswer({ description: 'Options that declined: a later matching does not propose them again' })
  declined!: readonly string[];

  @RecordAnswer({ nullable: true, description: 'A reservation still to be released on its option, with the reason' })
  toRelease!: ShownState['toRelease'];

  @FlagAnswer()
  exhausted!: boolean;

  @RecordAnswer({ nullable: true, description: 'optionId, decidedOn, decidedBy, moveInOn' })
  decision!: ShownState['decision'];

  @FlagAnswer()
  placeTaken!: boolean;

  @FlagAnswer()
  startSent!: boolean;

  @RecordAnswer({ nullable: true, description: 'cause, on' })
  concluded!: ShownState['concluded'];

  @FlagAnswer()
  placeFreed!: boolean;

  @RecordListAnswer({ description: 'Children who left while their siblings stayed (childIds), and whether their places are free' })
  departures!: ShownState['departures'];

  @RecordAnswer({
    nullable: true,
    description: 'Set when a step kept failing and the process was set aside: error, triggerEventId, attempts',
  })
  parked!: ShownState['parked'];

  @CountAnswer({ description: "The process stream's revision" })
  revision!: number;

  @RecordAnswer({
    nullable: true,
    description: 'The latest PlacementCandidatesProposed: ranked candidates with per-criterion scores, excluded places with reasons',
  })
  proposal!: object | null;

  @NestedAnswer(() => ProcessEventAnswer, { array: true })
  history!: readonly ProcessEventAnswer[];
}

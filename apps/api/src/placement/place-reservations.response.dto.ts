import type { HeldPlace } from '@casus/projections';
import { CountAnswer, EnumAnswer, FlagAnswer, IdAnswer, MomentAnswer, NestedAnswer } from '../http/answer-fields';

/** A placement holding places on one of the provider's own places; implements the read model's row with its answer. */
export class HeldPlaceAnswer implements HeldPlace {
  @IdAnswer()
  optionId!: string;

  @IdAnswer()
  placementId!: string;

  @CountAnswer({ description: 'How many of the place are held (the children placed together)' })
  places!: number;

  @EnumAnswer(['reserved', 'occupied'])
  held!: HeldPlace['held'];

  @MomentAnswer({ nullable: true, description: 'Until when a reservation holds; null once the child lives here' })
  expiresAt!: string | null;

  @FlagAnswer({ description: 'Whether the provider accepted the reservation held now (Handboek Methodisch Matchen, phase B)' })
  accepted!: boolean;
}

export class HeldPlacesAnswer {
  @NestedAnswer(() => HeldPlaceAnswer, { array: true })
  items!: readonly HeldPlaceAnswer[];
}

import type { EventActor } from '@casus/streams';
import type { PlacementOptionDetails, Siblings } from './option-events';

/** Who acts: a provider's placement coordinator, or the placement process (role `process`). */
export type OptionActor = EventActor;

export type OptionCommandOf<Type extends string, Data> = Readonly<{ type: Type; data: Readonly<Data>; actor: OptionActor }>;

export type RegisterPlacementOption = OptionCommandOf<
  'RegisterPlacementOption',
  Omit<PlacementOptionDetails, 'municipalityCode'> & {
    optionId: string;
    capacity: number;
    /** May be left out for a municipality `MUNICIPALITY_CODES` knows by name. */
    municipalityCode?: string;
  }
>;
export type ChangeCapacity = OptionCommandOf<'ChangeCapacity', { optionId: string; capacity: number; reason: string }>;
export type PausePlacementOption = OptionCommandOf<'PausePlacementOption', { optionId: string; reason: string }>;
export type ResumePlacementOption = OptionCommandOf<'ResumePlacementOption', { optionId: string }>;
export type WithdrawPlacementOption = OptionCommandOf<'WithdrawPlacementOption', { optionId: string; reason: string }>;
export type ReservePlace = OptionCommandOf<
  'ReservePlace',
  { optionId: string; placementId: string; places: number; expiresAt: string; caseId?: string } & Partial<Siblings>
>;
export type ReleaseReservation = OptionCommandOf<'ReleaseReservation', { optionId: string; placementId: string; reason: string }>;
export type OccupyPlace = OptionCommandOf<'OccupyPlace', { optionId: string; placementId: string }>;
/** `childIds`: only these children leave, their brothers and sisters stay; the whole placement's place when left out. */
export type VacatePlace = OptionCommandOf<
  'VacatePlace',
  { optionId: string; placementId: string; reason: string; childIds?: readonly string[] }
>;

export type PlacementOptionCommand =
  | RegisterPlacementOption
  | ChangeCapacity
  | PausePlacementOption
  | ResumePlacementOption
  | WithdrawPlacementOption
  | ReservePlace
  | ReleaseReservation
  | OccupyPlace
  | VacatePlace;

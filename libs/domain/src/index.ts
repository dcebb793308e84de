export * from './shared/ids';
export * from './shared/iso-date';
export * from './deadlines/working-days';
export * from './deadlines/non-working-days';
export * from './deadlines/case-deadlines';
export * from './deadlines/deadline-kinds';
export * from './case/actor';
export * from './case/values';
export * from './case/journal';
export * from './case/help-values';
export * from './case/municipality';
export * from './case/commands';
export * from './case/events';
export * from './case/state';
export * from './case/errors';
export { authorise } from './case/access';
export { openSteps, stepsOutsideCase, STEP_TYPES, type OpenStep } from './case/open-steps';
export {
  canReadCase,
  currentReadGround,
  eventsReadOn,
  isPlacingProfessional,
  listReadGround,
  READER_LIST,
  readersOf,
  readGround,
  type CaseReaders,
  type ReadGround,
} from './case/readers';
export { DEFAULT_FORMER_TEAM_READ_DAYS, type HandedOverBy } from './case/former-readers';
export { ownsPlace, placeDetailFor, seesPlaces, type PlaceDetail } from './case/place-detail';
export { DEFAULT_PROVIDER_VIEW_DAYS_AFTER_END, placementBrief, placementReadGround, type PlacementBrief } from './case/placement-view';
export { AGE_OF_MAJORITY, COURT_ORDER_MAXIMUM, latestLegalValidUntil, machtigingLapsesOn, majorityOn } from './case/court-order-limits';
export { CHILD_CONSENTS_ALONE_FROM, CHILD_CONSENTS_FROM } from './case/decide/consenters';
export { decide } from './case/decide/decide';
export { evolve } from './case/evolve';
export { isCurrent, phaseOf } from './case/queries';
export { requestLapsesOn, type Lapse } from './case/placement-basis';
export * from './case/retention';
export * from './case/voice';
export * from './case/family';

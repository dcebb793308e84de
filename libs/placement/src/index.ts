export * from './errors';
export * from './metadata';
export * from './option/option-commands';
export * from './option/option-events';
export * from './option/option-state';
export { decideOption } from './option/option-decide';
export { optionCodec, optionDecider } from './option/option-stream';
export { processCodec } from './process/process-stream';
export { handleOptionCommand, loadOption, type OptionCommandOptions, type OptionCommandResult } from './option/option-command-handler';
export * from './process/process-events';
export * from './process/process-state';
export { nextStep, type ProcessStep } from './process/process-steps';
export { matchRequestFor } from './process/matching-request';
export {
  availableOnly,
  EventStoreCapacityReader,
  isOpenToEveryCase,
  toMatchingOption,
  type CapacityReader,
} from './runtime/capacity-reader';
export { EventStoreCaseCommands, loadCase, type CaseCommandSender } from './runtime/case-commands';
export { placementTimers } from './runtime/placement-timers';
export { loadProcess } from './runtime/process-store';
export { driveProcess, type ProcessSettings } from './runtime/process-driver';
export { PlacementProcessRuntime, PLACEMENT_PROCESS_SUBSCRIPTION, type RuntimeOptions } from './runtime/placement-process-runtime';
export { EventStoreReservationLookup, type ReservationLookup } from './runtime/placement-queries';
export { acceptReservation, chooseCandidate, declineProposal } from './runtime/proposal-answers';

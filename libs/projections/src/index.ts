export * from './runtime/projection';
export { ProjectionRunner, type RunnerOptions, type RunnerStatus } from './runtime/projection-runner';
export { CheckpointMoved } from './runtime/checkpoint-fence';
export { rebuildProjections, RebuildAlreadyRunning, type RebuildProgress, type RebuildResult } from './runtime/rebuild';
export { readStatuses, readCheckpoint, waitForPosition, type ProjectionStatus, type RunnerState } from './runtime/status-store';
export { PROJECTIONS, projectionsNamed } from './projections';
export { caseOverviewProjection } from './case-overview/case-overview.projection';
export { caseTimelineProjection } from './case-timeline/case-timeline.projection';
export { deadlinesProjection } from './deadlines/deadlines.projection';
export { DEADLINE_STATUSES, type DeadlineKind, type DeadlineRow, type StoredDeadlineStatus } from './deadlines/deadline-rules';
export {
  capacityProjection,
  loadHeldPlaces,
  loadPlacementOptions,
  toPlacementOption,
  CAPACITY_EVENT_TYPES,
  type CapacityRow,
  type HeldPlace,
} from './capacity/capacity.projection';
export { openReadModels, READ_MODEL_ENTITIES } from './read-model-entities';
export { CaseOverviewEntity } from './case-overview/case-overview.entity';
export { CaseTimelineEntity } from './case-timeline/case-timeline.entity';
export { DeadlineEntity } from './deadlines/deadline.entity';
export { familyLinksProjection, liveLinksOfAccount, type FamilyLink } from './family-links/family-links.projection';

import type { components } from '../../api/casus-api';

type Schemas = components['schemas'];

/** The answers the case pages read, by the names of the OpenAPI document (apps/web/src/api/casus-api.d.ts). */
export type CaseView = Schemas['CaseViewAnswer'];
export type CaseRecord = Schemas['CaseAnswer'];
export type CaseListItem = Schemas['CaseListItemAnswer'];
export type Deadline = Schemas['DeadlineAnswer'];
export type TimelineStep = Schemas['TimelineStepAnswer'];
export type Step = Schemas['OpenStepView'] | Schemas['ClosedStepView'];
export type OpenStep = Schemas['OpenStepView'];
export type ClosedStep = Schemas['ClosedStepView'];

/** The unions the app's words are keyed by: a new member in the API fails to compile until nl.ts words it. */
export type CasePhase = CaseRecord['phase'];
export type DeadlineKind = Deadline['kind'];
export type StepType = Step['type'];

import type { components } from '../../api/casus-api';

type Schemas = components['schemas'];

/** The family's answers, by the names of the OpenAPI document (apps/web/src/api/casus-api.d.ts). */
export type MyFiles = Schemas['MyFilesAnswer'];
export type MyFile = Schemas['MyFileAnswer'];
export type HappenedLine = Schemas['HappenedAnswer'];
export type WhoLooked = Schemas['MyAccessLogAnswer'];
export type AccessLogLine = Schemas['AccessLineAnswer'];

/** The unions the app's words are keyed by: a new member in the API fails to compile until nl.ts words it. */
export type FamilyAs = Schemas['MyFileItemAnswer']['as'];
export type FamilyRight = Schemas['MyFileItemAnswer']['right'];

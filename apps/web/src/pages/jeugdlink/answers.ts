import type { components } from '../../api/casus-api';

type Schemas = components['schemas'];

// The answers these pages read, as the API's document types them.
export type JeugdlinkRequest = Schemas['JeugdlinkRequestAnswer'];
export type CaseListItem = Schemas['CaseListItemAnswer'];
export type Deadline = Schemas['DeadlineAnswer'];

import { Actor } from './actor';

/** Event data is plain JSON: ids are UUID strings, legal dates `YYYY-MM-DD`, moments ISO timestamps. */
export type CaseEventOf<Type extends string, Data> = Readonly<{ type: Type; data: Readonly<Data> }>;

export type CaseCommandOf<Type extends string, Data> = Readonly<{ type: Type; data: Readonly<Data>; actor: Actor }>;

import type { nl } from './nl';

type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A word of the app by its dotted key, e.g. `nav.myWork`: a page names its label without a string the compiler cannot check. */
export type MessageKey = Paths<typeof nl>;

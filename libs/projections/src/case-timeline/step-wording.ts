import { toCaseEvent, type Stored } from '@casus/streams';
import { stepLine, stepWords, type Words } from '@casus/wording';

/** A case step's line in the read models' English, for lists that are not read in a language (the case overview). */
export const summaryOf = (event: Stored): string => stepLine(toCaseEvent(event), 'en');

/** A case step's line in every language the timeline answers in. */
export const summariesOf = (event: Stored): Words => stepWords(toCaseEvent(event));

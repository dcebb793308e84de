import { toCaseEvent, type Stored } from '@casus/streams';
import { stepLine } from '@casus/wording';

/** A case step's line in the read models: the shared words, in English until the app offers Dutch (issue 17). */
export const summaryOf = (event: Stored): string => stepLine(toCaseEvent(event), 'en');

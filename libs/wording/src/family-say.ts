import { withSpokenDates } from './spoken-date';
import type { Words } from './words';

/** A line of the family's own file in both languages, its days as people say them (18 november 2026, not 2026-11-18). */
export const say = (nl: string, en: string): Words => ({ nl: withSpokenDates(nl, 'nl'), en: withSpokenDates(en, 'en') });

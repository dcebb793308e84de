import type { DomainErrorCode } from '@casus/domain';
import type { PlacementErrorCode } from '@casus/placement';
import type { ErasedPersonRefusal, SharedPersonRefusal } from '@casus/privacy';
import { LANGUAGES, REFUSAL_WORDS, type Language, type WordedRefusalCode, type Words } from '@casus/wording';

/** The codes the edge itself answers with, beside the libs' refusals. */
export const EDGE_REFUSAL_CODES = [
  'REQUEST.INVALID',
  'REQUEST.REFUSED',
  'REQUEST.MALFORMED_JSON',
  'REQUEST.TOO_LARGE',
  'REQUEST.RATE_LIMITED',
  'REQUEST.POSITION_NOT_WRITTEN',
  'AUTH.UNAUTHENTICATED',
  'AUTH.IDENTITY_PROVIDER_UNAVAILABLE',
  'AUTH.NOT_A_DEMO_PERSON',
  'ACCESS.AUDITORS_ONLY',
  'ACCESS.PLACES_NOT_FOR_FAMILY',
  'ACCESS.FAMILY_ONLY',
  'CASE.REVISION_CONFLICT',
  'EVENT.NOT_FOUND',
  'EVENT.NOT_A_DECISION',
  'AUDIT.ACCESS_LOG_UNAVAILABLE',
  'EVENT_STORE.UNAVAILABLE',
  'DATABASE.UNAVAILABLE',
  'READ_MODELS.BEHIND',
  'NOT_FOUND',
  'INTERNAL',
] as const;

export type EdgeRefusalCode = (typeof EDGE_REFUSAL_CODES)[number];

/** Every code a problem document can carry. */
export type RefusalCode =
  DomainErrorCode | PlacementErrorCode | ErasedPersonRefusal['code'] | SharedPersonRefusal['code'] | EdgeRefusalCode;

// A code added anywhere without its words fails to compile here, and so do words left for a code that is gone.
const WORDED: Record<RefusalCode, Words> = REFUSAL_WORDS;
const NOTHING_STALE: Exclude<WordedRefusalCode, RefusalCode> extends never ? true : never = true;

export const isRefusalCode = (code: string): code is RefusalCode => NOTHING_STALE && Object.hasOwn(WORDED, code);

/** The reader's language from Accept-Language: the first of ours by preference, Dutch when none is asked for. */
export function languageOf(acceptLanguage: string | undefined): Language {
  const asked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [range, ...options] = part.trim().toLowerCase().split(';');
      const q = options.map((option) => option.trim()).find((option) => option.startsWith('q='));
      return { language: range.split('-')[0], weight: q ? Number(q.slice(2)) : 1 };
    })
    .filter(({ weight }) => weight > 0)
    .sort((a, b) => b.weight - a.weight);
  return asked.map(({ language }) => LANGUAGES.find((ours) => ours === language)).find((ours) => ours !== undefined) ?? 'nl';
}

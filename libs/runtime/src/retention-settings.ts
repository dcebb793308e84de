import { DEFAULT_RETENTION_YEARS, RECORD_KINDS, type RecordKind, type RetentionYears } from '@casus/domain';

const EXAMPLE = '{"jeugdhulp": 20, "gi": 30, "veilig-thuis": 20, "raad": 100}';

/** `RETENTION_YEARS`: the years per kind of record that differ from the defaults (docs/rules.md, retention). */
export function parseRetentionYears(json: string | undefined, wrong: (message: string) => Error): RetentionYears {
  if (json === undefined) return DEFAULT_RETENTION_YEARS;
  const parsed: unknown = JSON.parse(json);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw wrong(`configuration error: RETENTION_YEARS is wrong (a JSON object from kind of record to years, e.g. ${EXAMPLE})`);
  }
  for (const [kind, years] of Object.entries(parsed)) {
    if (!(RECORD_KINDS as readonly string[]).includes(kind)) {
      throw wrong(`configuration error: RETENTION_YEARS names "${kind}", no kind of record; known: ${RECORD_KINDS.join(', ')}`);
    }
    if (!Number.isInteger(years) || (years as number) < 1 || (years as number) > 200) {
      throw wrong(`configuration error: RETENTION_YEARS gives ${kind} ${JSON.stringify(years)}; a whole number of years from 1 to 200`);
    }
  }
  return { ...DEFAULT_RETENTION_YEARS, ...(parsed as Partial<Record<RecordKind, number>>) };
}

import { REFUSED_GROUND, type AccessLogLine } from '@casus/audit';
import { ROLES, type FamilyReader, type Role, readsAsParent } from '@casus/domain';
import { FAMILY_GROUND_WORDS, FAMILY_REFUSED_GROUND_WORDS, familyDataWords, type Language } from '@casus/wording';
import type { FamilyAccessLogNames } from '@casus/runtime';
import { roleText } from './my-file.view';

export type MyAccessLogView = Readonly<{
  namesShown: boolean;
  lines: readonly Readonly<{ at: string; organisation: string; roleText: string; name?: string; whatText: string; groundText: string }>[];
}>;

const isRole = (role: string): role is Role => (ROLES as readonly string[]).includes(role);

/**
 * Whose looks this reader sees: never another family member's (their own file is their own business), and for a parent
 * never a provider's, whose organisation would tell where the child lives; everyone else's, refused looks too.
 */
function seenBy(line: AccessLogLine, reader: FamilyReader, accountId: string): boolean {
  if (line.role === 'family') return line.userId === accountId;
  return !(line.role === 'provider' && readsAsParent(reader.person));
}

/** The access-log lines of the family's case, in their words (NEN 7513 fields: when, organisation, role, what, on what ground). */
export function myAccessLogView(
  lines: readonly AccessLogLine[],
  reader: FamilyReader,
  accountId: string,
  names: FamilyAccessLogNames,
  language: Language,
): MyAccessLogView {
  const namesShown = names === 'shown';
  return {
    namesShown,
    lines: lines
      .filter((line) => seenBy(line, reader, accountId))
      .map((line) => ({
        at: line.occurredAt,
        organisation: line.organisation,
        roleText: roleText(line.role, language),
        ...(namesShown && line.userName ? { name: line.userName } : {}),
        whatText: familyDataWords(line.dataAccessed)[language],
        groundText: line.ground.startsWith(REFUSED_GROUND)
          ? FAMILY_REFUSED_GROUND_WORDS[language]
          : isRole(line.role)
            ? FAMILY_GROUND_WORDS[line.role][language]
            : FAMILY_GROUND_WORDS.auditor[language],
      })),
  };
}

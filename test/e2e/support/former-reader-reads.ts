import type { CasusApi } from './casus-api';
import { readWhenCaughtUp } from './eventually';
import { people, type Actor } from './people';

export type LogLine = { userId: string; caseId: string | null; dataAccessed: string; ground: string };

/**
 * The reads a team that no longer leads a case is checked with: its own access-log lines (read by the auditor),
 * a list read at the position of the last step, and a case read refused as if the case did not exist, logged so.
 */
export function formerReaderReads(casus: () => CasusApi, caseId: string, lastPosition: () => string) {
  const logOf = async (actor: Actor): Promise<LogLine[]> =>
    (await casus().get(people.ilse, `/audit/access-log?user=${actor.id}&limit=1000`)).body.items;
  const listed = async (actor: Actor, path: string) =>
    (await readWhenCaughtUp(async () => casus().get(actor, `${path}${path.includes('?') ? '&' : '?'}minPosition=${lastPosition()}`))).body;
  async function refusedRead(actor: Actor, path: string) {
    const response = await casus().get(actor, path);
    expect({ path, status: response.status, code: response.body.code }).toEqual({ path, status: 404, code: 'CASE.NOT_FOUND' });
    expect((await logOf(actor)).at(-1)).toMatchObject({ caseId, ground: "refused: not among this case's readers" });
  }
  return { logOf, listed, refusedRead };
}

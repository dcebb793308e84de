import type { CaseEvent } from '@casus/domain';
import type { RecordedEvent } from '@casus/event-store';
import type { Projection, ProjectionTx } from '../runtime/projection';
import { caseIdOf } from '../shared/recorded';

type LinkEvent = Extract<CaseEvent, { type: 'FamilyAccountLinked' | 'FamilyAccountLinkEnded' }>;

/** The events this read model keeps; the destruction of a file is `forgettingDestroyedCases`'s. */
const LINK_EVENTS: readonly LinkEvent['type'][] = ['FamilyAccountLinked', 'FamilyAccountLinkEnded'];

/** A live link of a family account to its person on a case: GET /my-file lists the cases of an account from these. */
export type FamilyLink = Readonly<{ caseId: string; personId: string; accountId: string; linkedOn: string }>;

async function applyOne(event: RecordedEvent, tx: ProjectionTx): Promise<void> {
  const caseId = caseIdOf(event);
  const data = event.data as LinkEvent['data'];
  if (caseId === null) return;
  if (event.type === 'FamilyAccountLinked') {
    const { personId, accountId, linkedOn } = data as Extract<LinkEvent, { type: 'FamilyAccountLinked' }>['data'];
    await tx.query(
      `INSERT INTO rm_family_link (case_id, person_id, account_id, linked_on) VALUES ($1, $2, $3, $4)
        ON CONFLICT (case_id, person_id) DO UPDATE SET account_id = EXCLUDED.account_id, linked_on = EXCLUDED.linked_on`,
      [caseId, personId, accountId, linkedOn],
    );
  } else {
    await tx.query('DELETE FROM rm_family_link WHERE case_id = $1 AND person_id = $2 AND account_id = $3', [
      caseId,
      data.personId,
      data.accountId,
    ]);
  }
}

/** Who is who, for the family's own list of files: a link ended is gone, as is every link of a destroyed file. */
export const familyLinksProjection: Projection = {
  name: 'family-links',
  version: 1,
  streamPrefixes: ['case-'],
  eventTypes: [...LINK_EVENTS, 'CaseFileDestroyed'],
  tables: ['rm_family_link'],

  async apply(events: readonly RecordedEvent[], tx: ProjectionTx): Promise<void> {
    for (const event of events) if ((LINK_EVENTS as readonly string[]).includes(event.type)) await applyOne(event, tx);
  },
};

/** The live links of one account, oldest case first. */
export async function liveLinksOfAccount(db: ProjectionTx, accountId: string): Promise<FamilyLink[]> {
  const { rows } = await db.query<{ case_id: string; person_id: string; account_id: string; linked_on: string }>(
    `SELECT case_id::text, person_id::text, account_id::text, to_char(linked_on, 'YYYY-MM-DD') AS linked_on
       FROM rm_family_link WHERE account_id = $1 ORDER BY linked_on, case_id`,
    [accountId],
  );
  return rows.map((r) => ({ caseId: r.case_id, personId: r.person_id, accountId: r.account_id, linkedOn: r.linked_on }));
}

import type { CaseFileDestroyed } from '@casus/domain';
import type { RecordedEvent } from '@casus/event-store';
import { caseIdFromStreamId } from '@casus/streams';
import { pageByPage, type Projection, type ProjectionTx } from './projection';

const DESTROYED: CaseFileDestroyed['type'] = 'CaseFileDestroyed';

const destroyedIn = (events: readonly RecordedEvent[]): string[] =>
  events.flatMap((event) => (event.type === DESTROYED ? [caseIdFromStreamId(event.streamId) ?? []].flat() : []));

async function forget(caseIds: readonly string[], tables: readonly string[], tx: ProjectionTx): Promise<void> {
  if (caseIds.length === 0) return;
  for (const table of tables) await tx.query(`DELETE FROM ${table} WHERE case_id = ANY ($1::uuid[])`, [caseIds]);
}

/**
 * A projection of case data that holds nothing of a destroyed file: once its CaseFileDestroyed is
 * seen, every row of the case goes, and a rebuild ends the same way. Its tables key rows by `case_id`.
 */
export function forgettingDestroyedCases(projection: Projection): Projection {
  return {
    ...projection,
    async apply(events, tx) {
      await projection.apply(events, tx);
      await forget(destroyedIn(events), projection.tables, tx);
    },
    rebuilder() {
      const inner = projection.rebuilder?.() ?? pageByPage(projection);
      // Nothing of a case follows its destruction in the log, but a rebuilder may hold rows until its final
      // flush: each flush forgets the cases destroyed since the last one, the final flush all of them.
      const destroyed = new Set<string>();
      let fresh: string[] = [];
      return {
        insertsOnly: inner.insertsOnly,
        add: async (events, tx) => {
          for (const caseId of destroyedIn(events)) {
            destroyed.add(caseId);
            fresh.push(caseId);
          }
          await inner.add(events, tx);
        },
        flush: async (tx, final) => {
          await inner.flush(tx, final);
          await forget(final ? [...destroyed] : fresh, projection.tables, tx);
          fresh = [];
        },
      };
    },
  };
}

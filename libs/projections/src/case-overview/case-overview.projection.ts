import { CASE_EVENT_TYPES } from '@casus/domain';
import type { RecordedEvent } from '@casus/event-store';
import type { Projection, ProjectionTx } from '../runtime/projection';
import { CaseOverviewFold } from './case-overview.fold';

export const caseOverviewProjection: Projection = {
  name: 'case-overview',
  // 2: an erasure now reaches the folded case state; rebuild to drop erased data from older rows.
  // 3: the last step in the words of @casus/wording. 4: the case state holds the families proposed from the network.
  // 5: the stored case state holds its transfers and changes of GI, which the reader lists are built from.
  // 6: the Veilig Thuis team that handed a case over is no longer among its readers (veilig_thuis_teams).
  // 7: the folded case state has notes and tasks; rows folded before lack them, so rebuild.
  // 8: the open Jeugdlink request, for the team it names (jeugdlink_request).
  // 9: the folded case state has the family's accounts, withholdings, marks and its event count.
  version: 9,
  streamPrefixes: ['case-'],
  eventTypes: CASE_EVENT_TYPES,
  tables: ['rm_case_overview'],

  async apply(events: readonly RecordedEvent[], tx: ProjectionTx): Promise<void> {
    const fold = new CaseOverviewFold(true);
    await fold.add(events, tx);
    await fold.flush(tx, true);
  },

  rebuilder: () => new CaseOverviewFold(false),
};

import type { IsoDate } from '../../shared/iso-date';
import { refuse } from '../errors';
import type { CaseFileDestroyed } from '../events';
import type { CaseState } from '../state';
import { retentionOf } from './case-retention';
import type { RetentionYears } from './retention-terms';

/** The destruction of a case file at the end of its term, or a refusal that says why not yet. */
export function decideDestruction(state: CaseState, years: RetentionYears, today: IsoDate): CaseFileDestroyed {
  if (state.status === 'none') refuse('CASE.NOT_FOUND', 'no such case to destroy');
  if (state.destroyedOn) refuse('CASE.DESTROYED', `the file of case ${state.caseId} was destroyed on ${state.destroyedOn}`);
  const retention = retentionOf(state, years);
  if (retention === null)
    refuse('RETENTION.CARE_NOT_ENDED', `case ${state.caseId} is open: its care has not ended, so its term has not begun`);
  if (retention.retainUntil >= today) {
    refuse(
      'RETENTION.TERM_NOT_ENDED',
      `case ${state.caseId} is kept until ${retention.retainUntil} (${retention.decidingKind} file, ${retention.termYears} years: ` +
        `${retention.source}); it may be destroyed from the day after`,
    );
  }
  return { type: 'CaseFileDestroyed', data: { ground: { kind: 'retention-term-ended', ...retention }, destroyedOn: today } };
}

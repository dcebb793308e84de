import { SecondaryActionButton } from '@utrecht/component-library-react';
import { AuditTable } from './audit-table';
import { useTranslation } from 'react-i18next';
import type { HistoryItem } from './audit-answers';
import { momentIn } from './moments';

// The decisions GET /cases/{caseId}/decisions/{eventId}/context answers for (DECISION_EVENT_TYPES in libs/audit).
const DECISIONS: readonly string[] = ['PlacementDecided', 'ReturnDecisionRecorded'];

/** Every event of the case, who recorded it in which role and why; a decision opens what its decider knew. */
export function HistoryTable({
  items,
  lineOf,
  onDecision,
}: {
  items: readonly HistoryItem[];
  lineOf: (item: HistoryItem) => string;
  onDecision: (item: HistoryItem) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <AuditTable
      headers={[
        t('audit.history.revision'),
        t('audit.history.moment'),
        t('audit.history.step'),
        t('audit.history.by'),
        t('audit.history.reason'),
      ]}
      rows={items}
      keyOf={(item) => item.eventId}
      cells={(item) => [
        item.revision,
        momentIn(item.recordedAt, i18n.language),
        <>
          {lineOf(item)}
          {DECISIONS.includes(item.type) && (
            <>
              {' '}
              <SecondaryActionButton onClick={() => onDecision(item)}>
                {t('audit.history.whatWasKnown', { revision: item.revision })}
              </SecondaryActionButton>
            </>
          )}
        </>,
        byWhom(item, t),
        item.reason ?? '',
      ]}
    />
  );
}

function byWhom({ actor }: HistoryItem, t: (key: 'audit.history.system') => string): string {
  if (!actor.id) return t('audit.history.system');
  return [actor.name ?? actor.id, actor.role, actor.team ?? actor.organisation].filter(Boolean).join(', ');
}

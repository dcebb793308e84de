import {
  SecondaryActionButton,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
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
    <TableContainer overflowInline>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('audit.history.revision')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.history.moment')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.history.step')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.history.by')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.history.reason')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.eventId}>
              <TableCell>{item.revision}</TableCell>
              <TableCell>{momentIn(item.recordedAt, i18n.language)}</TableCell>
              <TableCell>
                {lineOf(item)}
                {DECISIONS.includes(item.type) && (
                  <>
                    {' '}
                    <SecondaryActionButton onClick={() => onDecision(item)}>
                      {t('audit.history.whatWasKnown', { revision: item.revision })}
                    </SecondaryActionButton>
                  </>
                )}
              </TableCell>
              <TableCell>{byWhom(item, t)}</TableCell>
              <TableCell>{item.reason ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function byWhom({ actor }: HistoryItem, t: (key: 'audit.history.system') => string): string {
  if (!actor.id) return t('audit.history.system');
  return [actor.name ?? actor.id, actor.role, actor.team ?? actor.organisation].filter(Boolean).join(', ');
}

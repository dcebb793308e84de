import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { CaseThen, DeadlineThen } from './audit-answers';
import { courtOrderKind } from '../case/case-terms';
import { wordFor } from './codes';
import { dayOf } from '../case/dates';

/** The case as a replay rebuilt it: what was on file at that moment, and the deadlines as they stood then. */
export function CaseThenView({ state, deadlines }: { state: CaseThen; deadlines: readonly DeadlineThen[] }) {
  const { t, i18n } = useTranslation();
  if (state.status === 'none') return <Paragraph>{t('audit.then.none')}</Paragraph>;
  const courtOrders = state.courtOrders.filter((order) => !order.ended);
  const placements = state.placements.map((placement) => wordFor(t, 'casePage.placementStatus', placement.status));
  const open = deadlines.filter((deadline) => deadline.status === 'open' || deadline.status === 'overdue');
  return (
    <DataList className="casus-then" appearance="rows">
      <DataListItem>
        <DataListKey>{t('audit.then.status')}</DataListKey>
        <DataListValue>{wordFor(t, 'audit.status', state.status)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('audit.then.phase')}</DataListKey>
        <DataListValue>{wordFor(t, 'caseTerms.phase', state.phase)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('audit.then.team')}</DataListKey>
        <DataListValue>{`${state.team} (${state.municipality})`}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('audit.then.lead')}</DataListKey>
        <DataListValue>{state.lead?.name ?? t('audit.then.noLead')}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('audit.then.children')}</DataListKey>
        <DataListValue>{state.children.length}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('audit.then.courtOrders')}</DataListKey>
        <DataListValue>
          {courtOrders.length === 0
            ? t('audit.then.nothing')
            : courtOrders
                .map((order) =>
                  t('audit.then.courtOrder', {
                    kind: courtOrderKind(order.kind, i18n.language),
                    until: dayOf(order.validUntil, i18n.language),
                  }),
                )
                .join('; ')}
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('audit.then.placements')}</DataListKey>
        <DataListValue>{placements.length === 0 ? t('audit.then.nothing') : placements.join('; ')}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('audit.then.deadlines')}</DataListKey>
        <DataListValue>
          {open.length === 0 ? (
            t('audit.then.nothing')
          ) : (
            <UnorderedList>
              {open.map((deadline) => (
                <UnorderedListItem key={`${deadline.kind}-${deadline.subjectId}`}>
                  {t('audit.then.deadline', {
                    kind: wordFor(t, 'caseTerms.deadline', deadline.kind),
                    due: dayOf(deadline.dueOn, i18n.language),
                    status: wordFor(t, 'audit.deadlineStatus', deadline.status),
                  })}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </DataListValue>
      </DataListItem>
    </DataList>
  );
}

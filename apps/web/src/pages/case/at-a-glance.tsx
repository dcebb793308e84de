import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  StatusBadge,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { consentGiver, consentPurpose, courtOrderKind, legalBasis } from './case-terms';
import type { CaseRecord, Deadline } from './case-types';
import { ageOn, dayOf, todayInTheNetherlands } from './dates';

type CourtOrder = CaseRecord['courtOrders'][number];

/** "In één oogopslag": who the case is about and what holds now, as GET /cases/{caseId} carries it. */
export function AtAGlance({ record, deadlines }: { record: CaseRecord; deadlines: readonly Deadline[] | undefined }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const today = todayInTheNetherlands();
  return (
    <DataList appearance="rows" className="casus-glance">
      <Item label={t('casePage.children')}>
        <UnorderedList>
          {record.children.map((child) => (
            <UnorderedListItem key={child.childId}>
              {t('casePage.child', { date: dayOf(child.birthDate, language), age: ageOn(child.birthDate, today) })}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </Item>
      <Item label={t('casePage.phase')}>{t(`caseTerms.phase.${record.phase}`)}</Item>
      <Item label={t('casePage.lead')}>{record.lead?.name ?? t('casePage.noLead')}</Item>
      <Item label={t('casePage.courtOrders')}>
        <Listed none={t('casePage.noCourtOrders')}>
          {record.courtOrders.map((order) => (
            <UnorderedListItem key={order.courtOrderId}>
              {order.ended
                ? t('casePage.courtOrderEnded', { kind: courtOrderKind(order.kind, language) })
                : t('casePage.courtOrder', {
                    kind: courtOrderKind(order.kind, language),
                    until: dayOf(order.validUntil, language),
                    court: order.court,
                  })}{' '}
              <ExpiryWarning order={order} deadlines={deadlines} />
            </UnorderedListItem>
          ))}
        </Listed>
      </Item>
      <Item label={t('casePage.placements')}>
        <Listed none={t('casePage.noPlacements')}>
          {record.placements.map(({ placementId, status, legalBasis: basis, startedOn }) => (
            <UnorderedListItem key={placementId}>
              {t('casePage.placement', { status: t(`casePage.placementStatus.${status}`), basis: legalBasis(basis, language) })}
              {status === 'active' && startedOn ? ` ${t('casePage.placementSince', { date: dayOf(startedOn, language) })}` : ''}
            </UnorderedListItem>
          ))}
        </Listed>
      </Item>
      <Item label={t('casePage.consents')}>
        <Listed none={t('casePage.noConsents')}>
          {record.consents.map((consent) => (
            <UnorderedListItem key={consent.consentId}>
              {t('casePage.consent', {
                purpose: consentPurpose(consent.purpose, language),
                giver: consentGiver(consent.givenBy.giver, language),
                date: dayOf(consent.givenOn, language),
              })}
              {consent.withdrawn ? ` (${t('casePage.consentWithdrawn')})` : ''}
            </UnorderedListItem>
          ))}
        </Listed>
      </Item>
    </DataList>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

function Listed({ none, children }: { none: string; children: ReactNode[] }) {
  return children.length > 0 ? <UnorderedList>{children}</UnorderedList> : <>{none}</>;
}

/** The warning the deadlines read model gives for this order's expiry (its own warning period), in words, not colour only. */
function ExpiryWarning({ order, deadlines }: { order: CourtOrder; deadlines: readonly Deadline[] | undefined }) {
  const { t, i18n } = useTranslation();
  const expiry = deadlines?.find(
    (deadline) =>
      deadline.kind === 'court-order-expiry' &&
      deadline.childId === order.childId &&
      deadline.dueOn === order.validUntil &&
      (deadline.status === 'open' || deadline.status === 'overdue'),
  );
  if (!expiry || order.ended) return null;
  if (expiry.status === 'overdue') return <StatusBadge status="danger">{t('casePage.expired')}</StatusBadge>;
  if (!expiry.inWarningPeriod) return null;
  return <StatusBadge status="warning">{t('casePage.expiresSoon', { date: dayOf(expiry.dueOn, i18n.language) })}</StatusBadge>;
}

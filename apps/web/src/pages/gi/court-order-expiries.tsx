import { useQuery } from '@tanstack/react-query';
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Heading3,
  Paragraph,
  StatusBadge,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { answered, api } from '../../api/client';
import { courtOrderKind } from '../case/case-terms';
import type { CaseListItem, Deadline } from '../jeugdlink/answers';
import { dayOf } from '../case/dates';
import { Loading } from '../jeugdlink/loading';
import { useMyCases } from '../jeugdlink/requests';

type Expiry = Readonly<{ deadline: Deadline; of?: CaseListItem; kind?: string; childAge?: number }>;

/** The API's word on a deadline, never a date rule of the app's: past due, in its warning period, or running. */
const STATE = (deadline: Deadline) => (deadline.status === 'overdue' ? 'overdue' : deadline.inWarningPeriod ? 'warning' : 'open');
const BADGE = { overdue: 'danger', warning: 'warning', open: 'neutral' } as const satisfies Record<ReturnType<typeof STATE>, string>;

function useExpiries() {
  return useQuery({
    queryKey: ['deadlines', 'court-order-expiry'],
    // Soonest first, as the API orders them; an expired one is the soonest of all.
    queryFn: () => answered(api.GET('/deadlines', { params: { query: { kind: 'court-order-expiry', status: 'open', pageSize: 200 } } })),
  });
}

/** Each open court-order expiry of the GI's cases, with the court order it ends as the case lists it. */
function expiriesOf(deadlines: readonly Deadline[], cases: readonly CaseListItem[]): Expiry[] {
  return deadlines.map((deadline) => {
    const of = cases.find((item) => item.caseId === deadline.caseId);
    const order = of?.activeCourtOrders.find((o) => deadline.deadlineId === `court-order-expiry:${o.courtOrderId}`);
    const childAge = of?.children.find((child) => child.childId === deadline.childId)?.age;
    return { deadline, of, kind: order?.kind, childAge };
  });
}

export function CourtOrderExpiries() {
  const { t } = useTranslation();
  const expiries = useExpiries();
  const cases = useMyCases();
  return (
    <section aria-labelledby="maatregelen-einddatum">
      <Heading2 id="maatregelen-einddatum">{t('giPage.expiring')}</Heading2>
      <Loading query={expiries}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{t('giPage.expiringNone')}</Paragraph>
          ) : (
            // The cases name each court order's kind and child: the list waits for them, so it never shows half its words.
            <Loading query={cases}>
              {(listed) => (
                <>
                  <Paragraph>{t('giPage.expiringIntro')}</Paragraph>
                  <ol className="casus-cards">
                    {expiriesOf(items, listed.items).map((expiry) => (
                      <li key={expiry.deadline.deadlineId}>
                        <ExpiryCard expiry={expiry} />
                      </li>
                    ))}
                  </ol>
                </>
              )}
            </Loading>
          )
        }
      </Loading>
    </section>
  );
}

function ExpiryCard({ expiry: { deadline, of, kind, childAge } }: { expiry: Expiry }) {
  const { t, i18n } = useTranslation();
  const state = STATE(deadline);
  const kindWords = kind ? courtOrderKind(kind, i18n.language) : t('giPage.courtOrder');
  return (
    <article className="casus-card">
      <Heading3>{t('giPage.courtOrderOfCase', { kind: kindWords, municipality: of?.municipality ?? '', team: deadline.team })}</Heading3>
      <DataList>
        <DataListItem>
          <DataListKey>{t('giPage.state')}</DataListKey>
          <DataListValue>
            <StatusBadge status={BADGE[state]}>{t(`giPage.states.${state}`)}</StatusBadge>
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('giPage.endsOn')}</DataListKey>
          <DataListValue>{dayOf(deadline.dueOn, i18n.language)}</DataListValue>
        </DataListItem>
        {deadline.inWarningPeriod && deadline.warningFrom && (
          <DataListItem>
            <DataListKey>{t('giPage.warning')}</DataListKey>
            <DataListValue>{t('giPage.warningFrom', { date: dayOf(deadline.warningFrom, i18n.language) })}</DataListValue>
          </DataListItem>
        )}
        {childAge !== undefined && (
          <DataListItem>
            <DataListKey>{t('giPage.child')}</DataListKey>
            <DataListValue>{t('giPage.childAge', { age: childAge })}</DataListValue>
          </DataListItem>
        )}
      </DataList>
      <Paragraph>
        <Link to={`/dossiers/${deadline.caseId}`} className="utrecht-link">
          {t('jeugdlinkPage.openCase')}
        </Link>
      </Paragraph>
    </article>
  );
}

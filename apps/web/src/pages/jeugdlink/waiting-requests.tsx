import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { JeugdlinkRequest } from './answers';
import { dayOf } from '../case/dates';
import { useWaitingRequests } from './requests';
import { Loading } from './loading';

/** The requests that name the team, longest waiting first, each with the way to join. */
export function WaitingRequests() {
  const { t } = useTranslation();
  const requests = useWaitingRequests();
  return (
    <section aria-labelledby="wachtende-verzoeken">
      <Heading2 id="wachtende-verzoeken">{t('jeugdlinkPage.waiting')}</Heading2>
      <Loading query={requests}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{t('jeugdlinkPage.waitingNone')}</Paragraph>
          ) : (
            <ul className="casus-cards">
              {items.map((request) => (
                <li key={request.caseId}>
                  <RequestCard request={request} />
                </li>
              ))}
            </ul>
          )
        }
      </Loading>
    </section>
  );
}

export function RequestFacts({ request }: { request: JeugdlinkRequest }) {
  const { t, i18n } = useTranslation();
  return (
    <DataList>
      <DataListItem>
        <DataListKey>{t('jeugdlinkPage.reason')}</DataListKey>
        <DataListValue multiline>{request.reason}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('jeugdlinkPage.requestedOn')}</DataListKey>
        <DataListValue>{dayOf(request.requestedOn, i18n.language)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('jeugdlinkPage.urgency')}</DataListKey>
        <DataListValue>{t(`jeugdlinkPage.urgencies.${request.urgency}`)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('jeugdlinkPage.lead')}</DataListKey>
        <DataListValue>{request.lead?.name ?? t('jeugdlinkPage.noLead')}</DataListValue>
      </DataListItem>
    </DataList>
  );
}

function RequestCard({ request }: { request: JeugdlinkRequest }) {
  const { t } = useTranslation();
  const title = t('jeugdlinkPage.requestFrom', { team: request.team, municipality: request.municipality });
  return (
    <article className="casus-card">
      <Heading3>{title}</Heading3>
      <RequestFacts request={request} />
      <Paragraph>
        <Link to={`/jeugdlink/${request.caseId}/aansluiten`} className="utrecht-link">
          {t('jeugdlinkPage.join')}
        </Link>
      </Paragraph>
    </article>
  );
}

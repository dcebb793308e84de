import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseListItem } from '../jeugdlink/answers';
import { dayInWords } from '../jeugdlink/day';
import { Loading } from '../jeugdlink/loading';
import { useMyCases } from '../jeugdlink/requests';

type Placement = Readonly<{
  placementId: string;
  status: 'requested' | 'decided' | 'active' | 'ended' | 'withdrawn';
  childIds: readonly string[];
  legalBasis: 'voluntary' | 'court-order';
  provider: string | null;
  startedOn: string | null;
}>;

/** The placement of each of the GI's cases that has one: asked for, decided or started, and where its candidates are. */
export function PlacementRequests() {
  const { t } = useTranslation();
  const cases = useMyCases();
  return (
    <section aria-labelledby="plaatsingen">
      <Heading2 id="plaatsingen">{t('giPage.placements')}</Heading2>
      <Loading query={cases}>
        {({ items }) => {
          const placed = items.filter((item) => item.activePlacement !== null);
          if (placed.length === 0) return <Paragraph>{t('giPage.placementsNone')}</Paragraph>;
          return (
            <ul className="casus-cards">
              {placed.map((item) => (
                <li key={item.caseId}>
                  <PlacementCard item={item} placement={item.activePlacement as unknown as Placement} />
                </li>
              ))}
            </ul>
          );
        }}
      </Loading>
    </section>
  );
}

function PlacementCard({ item, placement }: { item: CaseListItem; placement: Placement }) {
  const { t } = useTranslation();
  const ages = item.children.filter((child) => placement.childIds.includes(child.childId)).map((child) => child.age);
  return (
    <article className="casus-card">
      <Heading3>{t('giPage.placementIn', { municipality: item.municipality, team: item.team })}</Heading3>
      <DataList>
        <DataListItem>
          <DataListKey>{t('giPage.placementState')}</DataListKey>
          <DataListValue>{t(`giPage.placementStates.${placement.status}`)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('giPage.legalBasis')}</DataListKey>
          <DataListValue>{t(`giPage.legalBases.${placement.legalBasis}`)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('jeugdlinkPage.children')}</DataListKey>
          <DataListValue>{ages.map((age) => t('giPage.childAge', { age })).join(', ')}</DataListValue>
        </DataListItem>
        {placement.provider && (
          <DataListItem>
            <DataListKey>{t('giPage.provider')}</DataListKey>
            <DataListValue>{placement.provider}</DataListValue>
          </DataListItem>
        )}
        {placement.startedOn && (
          <DataListItem>
            <DataListKey>{t('giPage.startedOn')}</DataListKey>
            <DataListValue>{dayInWords(placement.startedOn)}</DataListValue>
          </DataListItem>
        )}
      </DataList>
      <Paragraph className="casus-card-actions">
        <Link to={`/dossiers/${item.caseId}/plaatsing`} className="utrecht-link">
          {t('giPage.candidates')}
        </Link>
      </Paragraph>
    </article>
  );
}

import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { stepFormPath } from '../../forms/step-forms';
import { legalBasis } from '../case/case-terms';
import type { CaseListItem } from '../jeugdlink/answers';
import { dayOf } from '../case/dates';
import { Loading } from '../jeugdlink/loading';
import { useOpenSteps } from '../jeugdlink/open-steps';
import { useMyCases } from '../jeugdlink/requests';

type Placement = Readonly<{
  placementId: string;
  status: 'requested' | 'decided' | 'active' | 'ended' | 'withdrawn';
  childIds: readonly string[];
  legalBasis: 'voluntary' | 'court-order';
  provider: string | null;
  startedOn: string | null;
}>;

/**
 * Each of the GI's cases with its placement (asked for, decided or started) and the ways on: request one, record the
 * decision, see the candidates; a step is offered when the API says it is open now (GET /cases/:caseId/steps).
 */
export function PlacementRequests() {
  const { t } = useTranslation();
  const cases = useMyCases();
  return (
    <section aria-labelledby="plaatsingen">
      <Heading2 id="plaatsingen">{t('giPage.placements')}</Heading2>
      <Loading query={cases}>
        {({ items }) => {
          if (items.length === 0) return <Paragraph>{t('giPage.placementsNone')}</Paragraph>;
          return (
            <ul className="casus-cards">
              {items.map((item) => (
                <li key={item.caseId}>
                  <PlacementCard item={item} placement={item.activePlacement as Placement | null} />
                </li>
              ))}
            </ul>
          );
        }}
      </Loading>
    </section>
  );
}

function PlacementCard({ item, placement }: { item: CaseListItem; placement: Placement | null }) {
  const { t, i18n } = useTranslation();
  const placed = placement?.childIds ?? [];
  const open = useOpenSteps(item.caseId);
  const ages = item.children.filter((child) => placed.includes(child.childId)).map((child) => child.age);
  return (
    <article className="casus-card">
      <Heading3>{t('giPage.placementIn', { municipality: item.municipality, team: item.team })}</Heading3>
      <DataList>
        <DataListItem>
          <DataListKey>{t('giPage.placementState')}</DataListKey>
          <DataListValue>{placement ? t(`giPage.placementStates.${placement.status}`) : t('giPage.noPlacement')}</DataListValue>
        </DataListItem>
        {placement && (
          <DataListItem>
            <DataListKey>{t('giPage.legalBasis')}</DataListKey>
            <DataListValue>{legalBasis(placement.legalBasis, i18n.language)}</DataListValue>
          </DataListItem>
        )}
        {placement && (
          <DataListItem>
            <DataListKey>{t('jeugdlinkPage.children')}</DataListKey>
            <DataListValue>{ages.map((age) => t('giPage.childAge', { age })).join(', ')}</DataListValue>
          </DataListItem>
        )}
        {placement?.provider && (
          <DataListItem>
            <DataListKey>{t('giPage.provider')}</DataListKey>
            <DataListValue>{placement.provider}</DataListValue>
          </DataListItem>
        )}
        {placement?.startedOn && (
          <DataListItem>
            <DataListKey>{t('giPage.startedOn')}</DataListKey>
            <DataListValue>{dayOf(placement.startedOn, i18n.language)}</DataListValue>
          </DataListItem>
        )}
      </DataList>
      <Paragraph className="casus-card-actions">
        {placement && (
          <Link to={`/dossiers/${item.caseId}/plaatsing`} className="utrecht-link">
            {t('giPage.candidates')}
          </Link>
        )}
        {open.has('DecidePlacement') && (
          <Link to={stepFormPath(item.caseId, 'DecidePlacement')} className="utrecht-link">
            {t('caseTerms.step.DecidePlacement')}
          </Link>
        )}
        {open.has('RequestPlacement') && (
          <Link to={stepFormPath(item.caseId, 'RequestPlacement')} className="utrecht-link">
            {t('caseTerms.step.RequestPlacement')}
          </Link>
        )}
      </Paragraph>
    </article>
  );
}

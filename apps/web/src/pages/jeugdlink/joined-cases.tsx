import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { stepFormPath } from '../../forms/step-forms';
import type { CaseListItem } from './answers';
import { Loading } from './loading';
import { useOpenSteps } from './open-steps';
import { useMyCases } from './requests';

/** The cases the team joined, also those it no longer works on (it reads its own history on), and ending its part. */
export function JoinedCases() {
  const { t } = useTranslation();
  const cases = useMyCases();
  return (
    <section aria-labelledby="dossiers-van-het-team">
      <Heading2 id="dossiers-van-het-team">{t('jeugdlinkPage.joined')}</Heading2>
      <Loading query={cases}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{t('jeugdlinkPage.joinedNone')}</Paragraph>
          ) : (
            <ul className="casus-cards">
              {items.map((item) => (
                <li key={item.caseId}>
                  <JoinedCase item={item} />
                </li>
              ))}
            </ul>
          )
        }
      </Loading>
    </section>
  );
}

function JoinedCase({ item }: { item: CaseListItem }) {
  const { t } = useTranslation();
  const involvement = item.jeugdlink?.status;
  const open = useOpenSteps(item.caseId);
  return (
    <article className="casus-card">
      <Heading3>{t('jeugdlinkPage.caseIn', { municipality: item.municipality, team: item.team })}</Heading3>
      <DataList>
        <DataListItem>
          <DataListKey>{t('jeugdlinkPage.involvement')}</DataListKey>
          <DataListValue>{involvement ? t(`jeugdlinkPage.involvements.${involvement}`) : '–'}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('jeugdlinkPage.children')}</DataListKey>
          <DataListValue>{item.children.map((child) => t('jeugdlinkPage.childAge', { age: child.age })).join(', ')}</DataListValue>
        </DataListItem>
      </DataList>
      <Paragraph className="casus-card-actions">
        <Link to={`/dossiers/${item.caseId}`} className="utrecht-link">
          {t('jeugdlinkPage.openCase')}
        </Link>
        {open.has('EndJeugdlinkInvolvement') && (
          <Link to={stepFormPath(item.caseId, 'EndJeugdlinkInvolvement')} className="utrecht-link">
            {t('jeugdlinkPage.end')}
          </Link>
        )}
      </Paragraph>
    </article>
  );
}

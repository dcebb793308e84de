import { Heading1 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { CourtOrderExpiries } from './court-order-expiries';
import { PlacementRequests } from './placement-requests';

/** `/gi`: the court orders of the GI's cases by when they end, and the placements asked for and decided under them. */
export function GiPage() {
  const { t } = useTranslation();
  return (
    <>
      <Heading1>{t('giPage.title')}</Heading1>
      <CourtOrderExpiries />
      <PlacementRequests />
    </>
  );
}

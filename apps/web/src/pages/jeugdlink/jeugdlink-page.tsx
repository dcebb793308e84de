import { Heading1 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { JoinedCases } from './joined-cases';
import { WaitingRequests } from './waiting-requests';

/** `/jeugdlink`: the requests waiting for the team, and the cases it joined. */
export function JeugdlinkPage() {
  const { t } = useTranslation();
  return (
    <>
      <Heading1>{t('jeugdlinkPage.title')}</Heading1>
      <WaitingRequests />
      <JoinedCases />
    </>
  );
}

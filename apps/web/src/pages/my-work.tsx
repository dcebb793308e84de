import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/who';

/** "Mijn werk": the team's cases, overdue and due this week first. */
export function MyWorkPage() {
  const { t } = useTranslation();
  const me = useMe().data!;
  return (
    <>
      <Heading1>{t('myWork.title')}</Heading1>
      <Paragraph>{t('myWork.cases', { team: me.team })}</Paragraph>
    </>
  );
}

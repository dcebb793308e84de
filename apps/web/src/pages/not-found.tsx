import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <Heading1>{t('app.notFound')}</Heading1>
      <Paragraph>
        <Link to="/" className="utrecht-link">
          {t('app.backHome')}
        </Link>
      </Paragraph>
    </>
  );
}

import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** Signing in: the demo region's people on the embedded default, the organisation's OpenID provider otherwise. */
export function SignInPage() {
  const { t } = useTranslation();
  return (
    <main id="inhoud">
      <Heading1>{t('signIn.title')}</Heading1>
      <Paragraph>{t('signIn.nobody')}</Paragraph>
    </main>
  );
}

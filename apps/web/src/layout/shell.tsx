import {
  Link as ExternalLink,
  Page,
  PageContent,
  PageFooter,
  PageHeader,
  Paragraph,
  SecondaryActionButton,
  SkipLink,
  SubtleButton,
} from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import { endSession } from '../auth/session';
import type { Me } from '../auth/who';
import { chooseLanguage } from '../i18n';
import { PAGES } from '../routes';

/** The frame of every signed-in page: who is signed in, the pages of their role, the language, and the page itself. */
export function Shell({ me, children }: { me: Me; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const pages = PAGES.filter((page) => page.nav && page.roles.includes(me.role));
  const queries = useQueryClient();
  const signOut = () => {
    endSession();
    queries.clear();
    void navigate('/aanmelden');
  };
  return (
    <Page>
      <SkipLink href="#inhoud">{t('app.skipToContent')}</SkipLink>
      <PageHeader>
        <div className="casus-header">
          <Paragraph>
            <strong>{t('app.name')}</strong> · {t('app.tagline')}
          </Paragraph>
          <nav aria-label={t('app.name')} className="casus-nav">
            {pages.map((page) => (
              // `end`: a page nested under another in the navigation (/audit/toegang under /audit) is not also the other one.
              <NavLink key={page.path} to={page.path} end className="utrecht-link">
                {t(page.nav!)}
              </NavLink>
            ))}
          </nav>
          <div className="casus-who">
            <Paragraph>
              {/* A family member belongs to no team or organisation of the case's: their name is who they are here. */}
              {me.role === 'family'
                ? t('app.signedInAsFamily', { name: me.name ?? me.id })
                : t('app.signedInAs', { name: me.name ?? me.id, role: t(`roles.${me.role}`), team: me.team || me.organisation })}
            </Paragraph>
            <SubtleButton lang={i18n.language === 'nl' ? 'en' : 'nl'} onClick={() => chooseLanguage(i18n.language === 'nl' ? 'en' : 'nl')}>
              {t('app.language')}
            </SubtleButton>
            <SecondaryActionButton onClick={signOut}>{t('app.signOut')}</SecondaryActionButton>
          </div>
        </div>
      </PageHeader>
      <PageContent>
        <main id="inhoud" tabIndex={-1}>
          {children}
        </main>
      </PageContent>
      <PageFooter>
        <Paragraph>
          <ExternalLink href="/api/docs">API</ExternalLink>
        </Paragraph>
      </PageFooter>
    </Page>
  );
}

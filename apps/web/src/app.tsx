import { Paragraph } from '@utrecht/component-library-react';
import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { ProblemError } from './api/problem';
import { queries } from './api/queries';
import { currentSession, endSession } from './auth/session';
import { OidcCallbackPage } from './auth/oidc-callback-page';
import { CALLBACK_PATH } from './auth/oidc';
import { SignInPage } from './auth/sign-in-page';
import { useMe } from './auth/who';
import { Shell } from './layout/shell';
import { NotFoundPage } from './pages/not-found';
import { homeOf, PAGES } from './routes';

export function App() {
  return (
    <QueryClientProvider client={queries}>
      <BrowserRouter>
        <Routes>
          <Route path="/aanmelden" element={<SignInPage />} />
          <Route path={CALLBACK_PATH} element={<OidcCallbackPage />} />
          <Route path="*" element={<SignedIn />} />
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}

/** Every other page needs a session; without one (or when the API no longer takes its token) the person signs in first. */
function SignedIn() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  const back = `/aanmelden?terug=${encodeURIComponent(location.pathname + location.search)}`;
  if (!currentSession()) return <Navigate to={back} replace />;
  if (me.error instanceof ProblemError && me.error.problem.status === 401) {
    endSession();
    return <Navigate to={back} replace />;
  }
  const who = me.data;
  if (!who) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  const open = PAGES.filter((page) => page.roles.includes(who.role));
  return (
    <Shell me={who}>
      <Suspense fallback={<Paragraph role="status">{t('app.loading')}</Paragraph>}>
        <Routes>
          <Route path="/" element={<Navigate to={homeOf(who.role)} replace />} />
          {open.map((page) => (
            <Route key={page.path} path={page.path} element={page.element} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </Shell>
  );
}

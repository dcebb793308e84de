import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import type { User } from 'oidc-client-ts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuthConfig } from './auth-config';
import { safeBack } from './back';
import { userManagerFor, type OidcConfig } from './oidc';
import { startSession } from './session';

// The code can be traded once; React's development double effect must not trade it twice.
let trading: Promise<User> | undefined;
const handleCallback = (oidc: OidcConfig) => (trading ??= userManagerFor(oidc).then((manager) => manager.signinRedirectCallback()));

/** The provider sends the browser back here with a code; oidc-client-ts trades it (with the PKCE verifier) for tokens. */
export function OidcCallbackPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const config = useAuthConfig();
  const [failure, setFailure] = useState<string>();
  const oidc = config.data?.kind === 'oidc' ? config.data.oidc : undefined;
  useEffect(() => {
    if (!oidc) return;
    let cancelled = false;
    void (async () => {
      try {
        const user = await handleCallback(oidc);
        if (cancelled) return;
        startSession(user.access_token, (user.expires_at ?? 0) * 1000);
        // Nothing the person before read may show to this one.
        queries.clear();
        await navigate(safeBack((user.state as { back?: string } | undefined)?.back), { replace: true });
      } catch (error) {
        if (!cancelled) setFailure((error as Error).message);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [oidc, navigate, queries]);
  return (
    <main id="inhoud">
      <Heading1>{t('signIn.title')}</Heading1>
      <Paragraph role={failure ? 'alert' : 'status'}>{failure ? t('signIn.failed', { reason: failure }) : t('app.loading')}</Paragraph>
    </main>
  );
}

import { Alert, Heading1, Heading2, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { answered, api } from '../api/client';
import type { components } from '../api/casus-api';
import { ProblemError } from '../api/problem';
import { useAuthConfig } from './auth-config';
import { safeBack } from './back';
import { userManagerFor, type OidcConfig } from './oidc';
import { startSession } from './session';

type DemoPerson = components['schemas']['DemoPersonResponse'];

/** Signing in: the demo region's people on the embedded default, the organisation's OpenID provider otherwise. */
export function SignInPage() {
  const { t } = useTranslation();
  const config = useAuthConfig();
  return (
    <main id="inhoud" className="casus-sign-in">
      <Heading1>{t('signIn.title')}</Heading1>
      {config.data?.kind === 'dev' && <DemoPeople />}
      {config.data?.kind === 'oidc' && <OidcSignIn oidc={config.data.oidc} />}
      {config.error && <Failed error={config.error} />}
    </main>
  );
}

function Failed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const reason = error instanceof ProblemError ? error.problem.text : String(error);
  return (
    <Alert type="error" role="alert">
      <Paragraph>{t('signIn.failed', { reason })}</Paragraph>
    </Alert>
  );
}

function DemoPeople() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const queries = useQueryClient();
  const [failure, setFailure] = useState<unknown>();
  const people = useQuery({ queryKey: ['dev-people'], queryFn: () => answered(api.GET('/dev/people')) });
  const signInAs = async (person: DemoPerson) => {
    try {
      const signedIn = await answered(api.POST('/dev/sign-in', { body: { personId: person.id } }));
      startSession(signedIn.token, Date.parse(signedIn.expiresAt));
      // Nothing the person before read may show to this one.
      queries.clear();
      await navigate(safeBack(search.get('terug')), { replace: true });
    } catch (error) {
      setFailure(error);
    }
  };
  if (people.error) return <Failed error={people.error} />;
  if (!people.data) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  if (people.data.people.length === 0) return <Paragraph>{t('signIn.nobody')}</Paragraph>;
  const byRole = new Map<DemoPerson['role'], DemoPerson[]>();
  for (const person of people.data.people) byRole.set(person.role, [...(byRole.get(person.role) ?? []), person]);
  return (
    <>
      <Paragraph>{t('signIn.devIntro')}</Paragraph>
      {failure !== undefined && <Failed error={failure} />}
      {[...byRole].map(([role, ofRole]) => (
        <section key={role} aria-labelledby={`rol-${role}`}>
          <Heading2 id={`rol-${role}`}>{t(`roles.${role}`)}</Heading2>
          <ul className="casus-people">
            {ofRole.map((person) => (
              <li key={person.id}>
                <SecondaryActionButton onClick={() => void signInAs(person)} aria-label={t('signIn.as', { name: person.name })}>
                  {person.name}
                </SecondaryActionButton>
                {/* A family member by what they are on their case ("kind, 13 jaar"), a professional by team and organisation. */}
                <span>{person.about ?? (person.team ? `${person.team}, ${person.organisation}` : person.organisation)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function OidcSignIn({ oidc }: { oidc: OidcConfig }) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const [failure, setFailure] = useState<unknown>();
  const signIn = async () => {
    try {
      await (await userManagerFor(oidc)).signinRedirect({ state: { back: safeBack(search.get('terug')) } });
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <>
      {failure !== undefined && <Failed error={failure} />}
      <PrimaryActionButton onClick={() => void signIn()}>{t('signIn.oidc')}</PrimaryActionButton>
    </>
  );
}

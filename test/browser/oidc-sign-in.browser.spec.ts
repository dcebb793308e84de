import { people } from '../e2e/support/people';
import { describeInBrowser } from './support/chromium';
import { accessibilityViolations } from './support/page-checks';
import { startIdentityProvider, type IdentityProvider } from './support/identity-provider';
import { startWebCasus, type WebCasus } from './support/web-casus';

// A resource indicator (RFC 8707) is an absolute URI.
const AUDIENCE = 'urn:casus:api';
const CLIENT_ID = 'casus-web';

describeInBrowser("signing in at the organisation's OpenID Connect provider", () => {
  let idp: IdentityProvider;
  let web: WebCasus;
  beforeAll(async () => {
    idp = await startIdentityProvider([{ ...people.lotte, name: people.lotte.name! }], AUDIENCE, CLIENT_ID);
    web = await startWebCasus({
      auth: {
        kind: 'oidc',
        issuer: idp.issuer,
        audience: AUDIENCE,
        clientId: CLIENT_ID,
        scope: 'openid profile',
        clockToleranceSeconds: 30,
      },
      connectTo: [idp.issuer],
    });
    idp.register(web.origin);
  });
  afterAll(async () => {
    await web?.close();
    await idp?.close();
  });

  it('offers no demo people, only the organisation', async () => {
    const page = await web.open('/aanmelden');
    await page.getByRole('button', { name: 'Aanmelden bij uw organisatie' }).waitFor();
    expect(await page.getByRole('heading', { level: 2 }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('signs in with the authorization code and PKCE, and the API takes the access token the provider issued', async () => {
    const page = await web.open('/werk');
    const authorizeRequests: URL[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(`${idp.issuer}/auth`)) authorizeRequests.push(new URL(request.url()));
    });
    await page.getByRole('button', { name: 'Aanmelden bij uw organisatie' }).click();
    await page.locator('input[name="login"]').fill(people.lotte.id);
    await page.locator('input[name="password"]').fill('any');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/werk');
    await page.getByText('Aangemeld als Lotte Visser, wijkteam (wijkteam-ede-noord)').waitFor();
    const [authorize] = authorizeRequests;
    expect({
      response_type: authorize.searchParams.get('response_type'),
      code_challenge_method: authorize.searchParams.get('code_challenge_method'),
      has_challenge: (authorize.searchParams.get('code_challenge') ?? '').length >= 43,
    }).toEqual({ response_type: 'code', code_challenge_method: 'S256', has_challenge: true });
  });
});

import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey, type JWTVerifyOptions, type CryptoKey } from 'jose';
import { LRUCache } from 'lru-cache';
import {
  CASUS_CLAIM_NAMES,
  DEFAULT_TOKEN_MAX_LIFETIME_SECONDS,
  DEV_ALGORITHM,
  DEV_AUDIENCE,
  DEV_ISSUER,
  InvalidClaims,
  loadOrCreateDevSigningKey,
  principalFromClaims,
  type AuthSettings,
  type ClaimNames,
  type Principal,
} from '@casus/runtime';

/** The token is not accepted (401); `reason` is safe to show the caller. */
export class TokenRejected extends Error {}

/** The identity provider's keys cannot be fetched now (503). */
export class IdentityProviderUnavailable extends Error {}

// Asymmetric only: an HS256 token signed with a public key, or alg "none", is never accepted.
const OIDC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/**
 * A token's signature, issuer, audience and algorithm cannot change, so a token seen before is not
 * verified again for up to a minute (under load a tenth of the API's CPU went to it); its expiry is
 * checked on every request, and it is taken from memory only while the key that signed it is still
 * published in a key set fetched less than a minute ago (see KeySource).
 */
const VERIFIED_FOR_MS = 60_000;
const VERIFIED_TOKENS = 10_000;
const KEYS_MAX_AGE_MS = 60_000;

type Verified = { principal: Principal; expiresAtMs: number; kid: string | undefined };

/** Where signing keys come from, and whether the key a remembered token was signed with still counts. */
type KeySource = Readonly<{ key: () => Promise<CryptoKey | JWTVerifyGetKey>; stillPublishes: (kid: string | undefined) => boolean }>;

export class TokenVerifier {
  private readonly verified = new LRUCache<string, Verified>({ max: VERIFIED_TOKENS, ttl: VERIFIED_FOR_MS });

  private constructor(
    private readonly keys: KeySource,
    private readonly options: JWTVerifyOptions & { maxTokenAge: number },
    private readonly claimNames: ClaimNames = CASUS_CLAIM_NAMES,
  ) {}

  static async create(settings: AuthSettings): Promise<TokenVerifier> {
    // jose refuses an iat later than now (beyond the clock tolerance) or older than maxTokenAge.
    const lifetime = {
      requiredClaims: ['exp', 'iat', 'sub'],
      maxTokenAge: settings.maxLifetimeSeconds ?? DEFAULT_TOKEN_MAX_LIFETIME_SECONDS,
    };
    if (settings.kind === 'dev') {
      const { publicKey } = await loadOrCreateDevSigningKey(settings.keyDir);
      return new TokenVerifier(
        { key: async () => publicKey, stillPublishes: () => true },
        {
          issuer: DEV_ISSUER,
          audience: DEV_AUDIENCE,
          algorithms: [DEV_ALGORITHM],
          ...lifetime,
        },
      );
    }
    return new TokenVerifier(
      oidcKeys(settings.issuer, settings.jwksUrl, settings.keysMaxAgeMs ?? KEYS_MAX_AGE_MS),
      {
        issuer: settings.issuer,
        audience: settings.audience,
        clockTolerance: settings.clockToleranceSeconds,
        algorithms: OIDC_ALGORITHMS,
        ...lifetime,
      },
      settings.claims,
    );
  }

  async verify(token: string, now = Date.now()): Promise<Principal> {
    const seen = this.verified.get(token);
    if (seen && now < seen.expiresAtMs && this.keys.stillPublishes(seen.kid)) return seen.principal;
    this.verified.delete(token);
    const key = await this.keys.key();
    try {
      const { payload, protectedHeader } = await jwtVerify(token, key as JWTVerifyGetKey, { ...this.options, currentDate: new Date(now) });
      if (payload.exp! - payload.iat! > this.options.maxTokenAge) {
        throw new TokenRejected(`token lives longer (exp − iat) than the ${this.options.maxTokenAge} seconds accepted`);
      }
      const principal = principalFromClaims(payload, this.claimNames);
      const expiresAtMs = (payload.exp! + (Number(this.options.clockTolerance) || 0)) * 1_000;
      this.verified.set(token, { principal, expiresAtMs, kid: protectedHeader.kid });
      return principal;
    } catch (error) {
      throw rejection(error);
    }
  }
}

function oidcKeys(issuer: string, jwksUrl: string | undefined, maxAgeMs: number): KeySource {
  let keys: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;
  let fetched: ReturnType<typeof createRemoteJWKSet> | undefined;
  return {
    key: () => {
      keys ??= discoverJwksUrl(issuer, jwksUrl).then(
        (url) => (fetched = createRemoteJWKSet(url, { timeoutDuration: 5_000, cacheMaxAge: maxAgeMs })),
      );
      // A failed discovery is tried again on the next request rather than remembered.
      keys.catch(() => (keys = undefined));
      return keys;
    },
    // A stale set is fetched again by the full verification; a fresh one must still hold the token's key.
    stillPublishes: (kid) => Boolean(fetched?.fresh && fetched.jwks()?.keys.some((jwk) => jwk.kid === kid)),
  };
}

async function discoverJwksUrl(issuer: string, configured: string | undefined): Promise<URL> {
  if (configured) return new URL(configured);
  const discovery = new URL(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  try {
    const response = await fetch(discovery, { signal: AbortSignal.timeout(5_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const { jwks_uri } = (await response.json()) as { jwks_uri?: unknown };
    if (typeof jwks_uri !== 'string') throw new Error('no jwks_uri');
    return new URL(jwks_uri);
  } catch (error) {
    throw new IdentityProviderUnavailable(`OpenID Connect discovery at ${discovery} failed: ${(error as Error).message}`);
  }
}

function rejection(error: unknown): Error {
  if (error instanceof InvalidClaims) return new TokenRejected(error.message);
  if (error instanceof errors.JWTExpired) return new TokenRejected('token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) return new TokenRejected(`token claim ${error.claim} is not accepted`);
  if (error instanceof errors.JOSEAlgNotAllowed) return new TokenRejected('token signing algorithm is not accepted');
  if (error instanceof errors.JWKSNoMatchingKey) return new TokenRejected('no key of the issuer matches this token');
  if (error instanceof errors.JWSSignatureVerificationFailed) return new TokenRejected('token signature does not verify');
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) {
    return new IdentityProviderUnavailable('the identity provider did not hand out its keys');
  }
  if (error instanceof errors.JOSEError) return new TokenRejected('token is malformed or not accepted');
  if (error instanceof TypeError || (error as { code?: string }).code === 'ECONNREFUSED') {
    return new IdentityProviderUnavailable('the identity provider cannot be reached');
  }
  return error as Error;
}

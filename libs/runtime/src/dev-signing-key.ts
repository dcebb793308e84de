import { exportJWK, generateKeyPair, importJWK, SignJWT, type CryptoKey, type JWK } from 'jose';
import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Principal } from './principal';

/** Dev tokens are only accepted without OIDC_ISSUER_URL: the embedded default and tests. */
export const DEV_ISSUER = 'casus-dev';
export const DEV_AUDIENCE = 'casus';
export const DEV_ALGORITHM = 'EdDSA';
const KEY_FILE = 'signing-key.jwk.json';

export interface DevSigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
}

/** The local key pair under `dir`, created on first use and kept between runs. */
export async function loadOrCreateDevSigningKey(dir: string): Promise<DevSigningKey> {
  const file = join(dir, KEY_FILE);
  const stored = await readJwk(file);
  if (stored) return importKey(stored);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const { privateKey } = await generateKeyPair(DEV_ALGORITHM, { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: DEV_ALGORITHM, use: 'sig' };
  // Written aside and linked into place, so two first starts at once end up with one key.
  const draft = `${file}.${process.pid}.${randomUUID()}`;
  await writeFile(draft, JSON.stringify(jwk, null, 2), { mode: 0o600 });
  try {
    await link(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(draft);
  }
  return importKey((await readJwk(file))!);
}

async function readJwk(file: string): Promise<JWK | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as JWK;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function importKey(jwk: JWK): Promise<DevSigningKey> {
  const { d: _secret, ...publicJwk } = jwk;
  return {
    kid: jwk.kid!,
    privateKey: (await importJWK(jwk, DEV_ALGORITHM)) as CryptoKey,
    publicKey: (await importJWK(publicJwk, DEV_ALGORITHM)) as CryptoKey,
  };
}

export type DevTokenRequest = Omit<Principal, 'id'> & { sub: string; ttlSeconds?: number };

export function mintDevToken(key: DevSigningKey, request: DevTokenRequest): Promise<string> {
  const { sub, role, team, organisation, name, ttlSeconds = 8 * 3600 } = request;
  return new SignJWT({ role, team, organisation, ...(name ? { name } : {}) })
    .setProtectedHeader({ alg: DEV_ALGORITHM, kid: key.kid, typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(key.privateKey);
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateDevSigningKey, mintDevToken } from '@casus/runtime';
import { TokenRejected, TokenVerifier } from './token-verifier';

describe('TokenVerifier', () => {
  const keyDir = mkdtempSync(join(tmpdir(), 'casus-verifier-'));
  afterAll(() => rmSync(keyDir, { recursive: true, force: true }));

  const person = { sub: 'ilse', role: 'wijkteam', team: 'wijkteam-ede-noord', organisation: 'Gemeente Ede', name: 'Ilse de Wit' } as const;

  it('accepts a token it verified before only until it expires', async () => {
    const verifier = await TokenVerifier.create({ kind: 'dev', keyDir });
    const token = await mintDevToken(await loadOrCreateDevSigningKey(keyDir), { ...person, ttlSeconds: 60 });
    const now = Date.now();
    expect(await verifier.verify(token, now)).toMatchObject({ id: 'ilse', team: 'wijkteam-ede-noord' });
    expect(await verifier.verify(token, now + 30_000)).toMatchObject({ id: 'ilse' });
    await expect(verifier.verify(token, now + 61_000)).rejects.toEqual(new TokenRejected('token has expired'));
  });

  it('does not take a token with another signature for one it has seen', async () => {
    const verifier = await TokenVerifier.create({ kind: 'dev', keyDir });
    const token = await mintDevToken(await loadOrCreateDevSigningKey(keyDir), { ...person, ttlSeconds: 60 });
    await verifier.verify(token);
    const [header, payload, signature] = token.split('.');
    const tampered = `${header}.${payload}.${signature.slice(0, -4)}${signature.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    await expect(verifier.verify(tampered)).rejects.toEqual(new TokenRejected('token signature does not verify'));
  });
});

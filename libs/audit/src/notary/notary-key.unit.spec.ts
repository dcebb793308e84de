import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { keyIdOf } from './anchor';
import { loadOrCreateNotaryKey, notaryPublicKeyFrom } from './notary-key';
import { scratchDir } from '../../../../test/setup/scratch';

describe("the notary's key file", () => {
  const keyFile = () => join(scratchDir('casus-notary-key-'), 'keys', 'notary-key.pem');

  it('is never made by a process that only checks anchors; it finds the key once the notary has made it', () => {
    const file = keyFile();
    const publicKey = notaryPublicKeyFrom(file);
    expect(publicKey()).toBeUndefined();
    expect(existsSync(file)).toBe(false);
    const made = loadOrCreateNotaryKey(file);
    expect(keyIdOf(publicKey()!)).toBe(made.keyId);
  });

  it('is made once: the notary starting again signs with the same key, and no draft is left beside it', () => {
    const file = keyFile();
    expect(loadOrCreateNotaryKey(file).keyId).toBe(loadOrCreateNotaryKey(file).keyId);
    expect(readdirSync(join(file, '..'))).toEqual(['notary-key.pem']);
  });
});

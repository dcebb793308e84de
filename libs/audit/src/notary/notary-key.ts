import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { keyIdOf } from './anchor';

export type NotaryKey = Readonly<{ privateKey: KeyObject; publicKey: KeyObject; keyId: string }>;

/**
 * The notary's Ed25519 key, from a PEM file the database never sees: whoever can rewrite the
 * database cannot sign anchors for the rewritten log. Made (mode 600) when the file is missing.
 */
export function loadOrCreateNotaryKey(file: string): NotaryKey {
  if (!existsSync(file)) {
    const { privateKey } = generateKeyPairSync('ed25519');
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  }
  const privateKey = createPrivateKey(readFileSync(file));
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`the notary key in ${file} is no Ed25519 key`);
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}

/** A public key (PEM) to check anchors with, or the private key file it comes from. */
export function loadPublicKey(file: string): KeyObject {
  return createPublicKey(readFileSync(file));
}

export function publicKeyPem(key: KeyObject): string {
  return key.export({ type: 'spki', format: 'pem' }).toString();
}

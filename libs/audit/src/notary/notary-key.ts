import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { keyIdOf } from './anchor';

export type NotaryKey = Readonly<{ privateKey: KeyObject; publicKey: KeyObject; keyId: string }>;

/**
 * The notary's Ed25519 key, from a PEM file the database never sees: whoever can rewrite the
 * database cannot sign anchors for the rewritten log. Made (mode 600) when the file is missing: only
 * a notary calls this; a process that only checks anchors reads the key (notaryPublicKeyFrom).
 */
export function loadOrCreateNotaryKey(file: string): NotaryKey {
  if (!existsSync(file)) createKeyFile(file);
  const privateKey = createPrivateKey(readFileSync(file));
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`the notary key in ${file} is no Ed25519 key`);
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}

/**
 * The file appears whole (linked from a draft written first): a reader never sees half a key, and of notaries
 * starting at once the first one's key is everyone's.
 */
function createKeyFile(file: string): void {
  const { privateKey } = generateKeyPairSync('ed25519');
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const draft = `${file}.${randomBytes(6).toString('hex')}.new`;
  writeFileSync(draft, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(draft);
  }
}

/**
 * The notary's public key for a process that checks anchors and never makes the key. Read when first asked and
 * asked again while the file is missing: a notary that starts after this process (the worker of CASUS_PROCESS=all)
 * is found on the next check, without a restart.
 */
export function notaryPublicKeyFrom(file: string): () => KeyObject | undefined {
  let found: KeyObject | undefined;
  return () => (found ??= existsSync(file) ? loadPublicKey(file) : undefined);
}

/** A public key (PEM) to check anchors with, or the private key file it comes from. */
export function loadPublicKey(file: string): KeyObject {
  return createPublicKey(readFileSync(file));
}

export function publicKeyPem(key: KeyObject): string {
  return key.export({ type: 'spki', format: 'pem' }).toString();
}

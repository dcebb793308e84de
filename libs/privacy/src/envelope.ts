import { ERASED } from '@casus/domain';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** What a field of personal data reads as once its person's key is deleted: the domain's own word for it. */
export { ERASED };

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;

/**
 * A field of personal data as stored: AES-256-GCM over the JSON of the value, under its person's key.
 * The person id is also the additional authenticated data, so an envelope moved to another person
 * does not open.
 */
export type Envelope = Readonly<{ $personal: Readonly<{ person: string; iv: string; ciphertext: string }> }>;

export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const inner = (value as { $personal?: unknown }).$personal;
  return typeof inner === 'object' && inner !== null && typeof (inner as { person?: unknown }).person === 'string';
}

export const newPersonKey = (): Buffer => randomBytes(KEY_BYTES);

/** A fresh random IV per field: the same value written twice does not show as the same ciphertext. */
export function seal(key: Buffer, person: string, value: unknown): Envelope {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  cipher.setAAD(Buffer.from(person, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return { $personal: { person, iv: iv.toString('base64'), ciphertext: ciphertext.toString('base64') } };
}

/** An envelope that does not open with its person's key: tampered with, or another key. */
export class UnreadablePersonalData extends Error {
  constructor(readonly person: string) {
    super(`the personal data of person ${person} does not decrypt with its key (tampered with, or the wrong key)`);
    this.name = 'UnreadablePersonalData';
  }
}

export function open(key: Buffer, envelope: Envelope): unknown {
  const { person, iv, ciphertext } = envelope.$personal;
  try {
    const bytes = Buffer.from(ciphertext, 'base64');
    const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, 'base64'));
    decipher.setAAD(Buffer.from(person, 'utf8'));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - TAG_BYTES)), decipher.final()]);
    return JSON.parse(plain.toString('utf8'));
  } catch {
    // The cause says nothing useful and must not carry key material into a log.
    throw new UnreadablePersonalData(person);
  }
}

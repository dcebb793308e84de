import { randomUUID } from 'node:crypto';
import { isEnvelope, newPersonKey, open, seal, UnreadablePersonalData, type Envelope } from './envelope';

describe('a sealed field of personal data', () => {
  const person = randomUUID();
  const key = newPersonKey();
  const contact = { phone: '06-12345678', address: 'Molenstraat 1, Ede' };

  it('opens to the value it sealed, and shows nothing of it', () => {
    const envelope = seal(key, person, contact);
    expect(isEnvelope(envelope)).toBe(true);
    expect(envelope.$personal.person).toBe(person);
    expect(JSON.stringify(envelope)).not.toMatch(/12345678|Molenstraat/);
    expect(open(key, envelope)).toEqual(contact);
    expect(open(key, seal(key, person, 'Fatima de Vries'))).toBe('Fatima de Vries');
  });

  it('gets a fresh IV each time, so the same value does not show as the same ciphertext', () => {
    const [a, b] = [seal(key, person, 'Fatima'), seal(key, person, 'Fatima')];
    expect(a.$personal.iv).not.toBe(b.$personal.iv);
    expect(a.$personal.ciphertext).not.toBe(b.$personal.ciphertext);
  });

  it('does not open with another key', () => {
    expect(() => open(newPersonKey(), seal(key, person, 'Fatima'))).toThrow(UnreadablePersonalData);
  });

  it('does not open once its ciphertext or IV was tampered with', () => {
    const envelope = seal(key, person, 'Fatima de Vries');
    const bytes = Buffer.from(envelope.$personal.ciphertext, 'base64');
    bytes[0] ^= 1;
    const tampered: Envelope = { $personal: { ...envelope.$personal, ciphertext: bytes.toString('base64') } };
    expect(() => open(key, tampered)).toThrow(UnreadablePersonalData);
    const otherIv: Envelope = { $personal: { ...envelope.$personal, iv: seal(key, person, 'x').$personal.iv } };
    expect(() => open(key, otherIv)).toThrow(UnreadablePersonalData);
  });

  it('does not open when moved to another person, even under the same key', () => {
    const envelope = seal(key, person, 'Fatima de Vries');
    expect(() => open(key, { $personal: { ...envelope.$personal, person: randomUUID() } })).toThrow(UnreadablePersonalData);
  });

  it('says which person, never the key, when it does not open', () => {
    const error = (() => {
      try {
        open(newPersonKey(), seal(key, person, 'Fatima'));
      } catch (caught) {
        return caught as Error;
      }
    })();
    expect(error?.message).toContain(person);
    expect(error?.message).not.toContain(key.toString('base64'));
    expect(error?.message).not.toContain(key.toString('hex'));
  });
});

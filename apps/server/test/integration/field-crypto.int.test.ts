import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFieldCipher } from '../../src/lib/field-crypto';

// Pure, but kept with the server's tests because it guards the reporter-identity columns.
describe('field encryption', () => {
  const key = randomBytes(32).toString('hex');
  const cipher = createFieldCipher(key);

  it('round-trips JSON with a fresh IV each time and hides the plaintext', () => {
    const identity = { name: 'Siti Aminah', nik: '1403014501900001' };
    const a = cipher.encrypt(identity);
    const b = cipher.encrypt(identity);
    expect(a).not.toBe(b);
    expect(a.startsWith('v1:')).toBe(true);
    expect(a).not.toContain('Siti');
    expect(a).not.toContain('1403014501900001');
    expect(cipher.decrypt(a)).toEqual(identity);
  });

  it('refuses a tampered value and a foreign key', () => {
    const stored = cipher.encrypt({ x: 1 });
    const parts = stored.split(':');
    const flipped = Buffer.from(parts[3]!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    parts[3] = flipped.toString('base64url');
    expect(() => cipher.decrypt(parts.join(':'))).toThrow();
    expect(() => createFieldCipher(randomBytes(32).toString('hex')).decrypt(stored)).toThrow();
    expect(() => createFieldCipher('abc')).toThrow(/64 hex/);
  });
});

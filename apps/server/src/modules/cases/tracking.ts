import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { FieldCipher } from '../../lib/field-crypto';

// Receipt codes are printed and read aloud, so they avoid look-alike characters (0/O, 1/I/L).
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function newReceiptCode(prefix: 'LP' | 'IA'): string {
  const part = () => Array.from({ length: 4 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
  return `${prefix}-${part()}-${part()}`;
}

/** The secret is high-entropy, so a plain SHA-256 suffices; only the hash is stored. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function secretMatches(secret: string | undefined, storedHash: string): boolean {
  if (!secret || secret.length > 200) return false;
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/**
 * With an idempotency key the secret is derived from it (HMAC with the installation key), so a
 * retried submission gets the same secret back without the server ever storing it.
 */
export function trackingSecretFor(cipher: FieldCipher, idempotencyKey: string | undefined): string {
  if (!idempotencyKey) return randomBytes(18).toString('base64url');
  return cipher.keyedHash('tracking-secret', idempotencyKey).subarray(0, 18).toString('base64url');
}

export function idempotencyHash(cipher: FieldCipher, idempotencyKey: string | undefined): string | null {
  return idempotencyKey ? cipher.keyedHash('idempotency', idempotencyKey).toString('hex') : null;
}

export const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

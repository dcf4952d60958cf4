import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Field-level encryption for personal data at rest (reporter identity). AES-256-GCM with the
 * installation key; every value gets its own random 96-bit IV. A stored value reads
 * `v1:<iv>:<tag>:<ciphertext>` (base64url) so that a later key rotation can tell old values apart.
 * Plaintext never leaves this module except through `decrypt`, and nothing here logs.
 */
export type FieldCipher = {
  encrypt(value: unknown): string;
  decrypt<T>(stored: string): T;
  /** A keyed hash (HMAC-SHA-256) for values that must be reproducible but not reversible. */
  keyedHash(purpose: string, value: string): Buffer;
};

const KEY_VERSION = 'v1';

export function parseEncryptionKey(hex: string): Buffer {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error('encryption key must be 64 hex characters');
  return Buffer.from(hex, 'hex');
}

export function createFieldCipher(keyHex: string): FieldCipher {
  const key = parseEncryptionKey(keyHex);
  return {
    encrypt(value) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [KEY_VERSION, iv, tag, ciphertext]
        .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
        .join(':');
    },
    decrypt<T>(stored: string): T {
      const [version, iv, tag, ciphertext] = stored.split(':');
      if (version !== KEY_VERSION || !iv || !tag || ciphertext === undefined)
        throw new Error(`unsupported encrypted value (version ${version ?? '?'})`);
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      const plain = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]);
      return JSON.parse(plain.toString('utf8')) as T;
    },
    keyedHash(purpose, value) {
      return createHmac('sha256', key).update(`${purpose}\0${value}`).digest();
    },
  };
}

/** Resolves the key on first use, so processes that never touch protected data never need it. */
export function createLazyFieldCipher(resolveKey: () => string): FieldCipher {
  let cipher: FieldCipher | undefined;
  const get = () => (cipher ??= createFieldCipher(resolveKey()));
  return {
    encrypt: (value) => get().encrypt(value),
    decrypt: <T>(stored: string) => get().decrypt<T>(stored),
    keyedHash: (purpose, value) => get().keyedHash(purpose, value),
  };
}

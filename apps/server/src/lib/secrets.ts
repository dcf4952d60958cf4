import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/load-config';

export type Secrets = { authSecret: string; encryptionKey: string };

/**
 * Secrets come from configuration; when absent (a single-machine install) they are generated once
 * and kept, readable by the owner only, in the data folder so that sessions survive restarts.
 * Several API processes must share them through NETRA_AUTH_SECRET / NETRA_ENCRYPTION_KEY.
 */
export function resolveSecrets(config: Config): Secrets {
  const file = path.join(config.db.dataDir, 'secrets.json');
  let stored: Partial<Secrets> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets>;
  const secrets: Secrets = {
    authSecret: config.auth.secret ?? stored.authSecret ?? randomBytes(32).toString('base64url'),
    encryptionKey: config.encryptionKey ?? stored.encryptionKey ?? randomBytes(32).toString('hex'),
  };
  if (!config.auth.secret || !config.encryptionKey) {
    if (stored.authSecret !== secrets.authSecret || stored.encryptionKey !== secrets.encryptionKey) {
      mkdirSync(config.db.dataDir, { recursive: true });
      writeFileSync(
        file,
        JSON.stringify({ authSecret: secrets.authSecret, encryptionKey: secrets.encryptionKey }),
        { mode: 0o600 },
      );
    }
  }
  return secrets;
}

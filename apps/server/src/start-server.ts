import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './config/load-config';
import { createApp } from './http/create-app';
import { startWorker, type Worker } from './jobs/create-worker';
import { resolveSecrets } from './lib/secrets';
import { createFieldCipher } from './lib/field-crypto';
import { createFileEvidenceStorage } from './modules/cases/evidence-storage';
import { openDatabase, prepareDatabase } from './runtime';
import { seedDemo } from './seeds/seed-demo';
import { createServices, type Services } from './services';

export type RunningServer = { url: string; services: Services; stop: () => Promise<void> };

const say = (line: string) => process.stdout.write(`${line}\n`);

/** `netra start`: database, migrations, demo data, HTTP server and (optionally) the worker. */
export async function startServer(config: Config, options: { webDistDir: string }): Promise<RunningServer> {
  const database = await openDatabase(config, say);
  try {
    await prepareDatabase(database.db, say);
    const secrets = resolveSecrets(config);
    if (config.seedDemo) {
      const credentials = await seedDemo(database.db, {
        cipher: createFieldCipher(secrets.encryptionKey),
        evidenceStorage: createFileEvidenceStorage(path.join(config.db.dataDir, 'evidence')),
      });
      if (credentials) printCredentialsOnce(credentials);
    }
    const services = createServices({ config, db: database.db, secret: secrets.authSecret });
    const app = await createApp({
      services,
      webDistDir: existsSync(options.webDistDir) ? options.webDistDir : undefined,
    });
    await app.listen({ port: config.http.port, host: config.http.host });
    let worker: Worker | undefined;
    if (config.runWorker) {
      worker = await startWorker({
        db: database.db,
        databaseUrl: database.url,
        log: { info: (m) => app.log.info(m), error: (m) => app.log.error(m) },
      });
    }
    say(
      `\nNetra berjalan di / is running at ${config.http.publicUrl}  (API docs: ${config.http.publicUrl}/api/docs)\n`,
    );
    return {
      url: config.http.publicUrl,
      services,
      stop: async () => {
        await worker?.stop();
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}

function printCredentialsOnce(c: { adminEmail: string; adminPassword: string; demoPassword: string }): void {
  say('');
  say('================================================================');
  say(' Data demo dibuat / demo data created. Dicetak SEKALI / printed ONCE:');
  say(`   Administrator: ${c.adminEmail}`);
  say(`   Kata sandi / password: ${c.adminPassword}`);
  say(`   Pengguna demo lain / other demo users (*@bengkalis.netra.example): ${c.demoPassword}`);
  say(' Administrator dan komisioner wajib mengaktifkan verifikasi dua langkah');
  say(' saat masuk pertama / must set up two-factor authentication at first sign-in.');
  say('================================================================');
  say('');
}

export const DEFAULT_WEB_DIST = path.resolve('apps/web/dist');

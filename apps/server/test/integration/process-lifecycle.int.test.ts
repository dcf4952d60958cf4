import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

// These tests run the real `netra start` as a child process on its own embedded database.
const CLI = ['--import', 'tsx', 'apps/cli/src/index.ts'];
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'netra-lifecycle-'));
const children: ChildProcess[] = [];

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function startNetra(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, [...CLI, 'start'], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      TEST_DATABASE_URL: '',
      NETRA_DATA_DIR: dataDir,
      NETRA_WORKER: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function waitForHealth(port: number, child: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`netra exited with ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error('netra did not become healthy in time');
}

async function countOrganizations(dbPort: number): Promise<number> {
  const password = readFileSync(path.join(dataDir, 'db-password'), 'utf8').trim();
  const client = new pg.Client({
    connectionString: `postgres://netra:${encodeURIComponent(password)}@127.0.0.1:${dbPort}/netra`,
  });
  await client.connect();
  try {
    return (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM organizations')).rows[0]!.n;
  } finally {
    await client.end();
  }
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve(child.exitCode)
      : child.once('exit', (code) => resolve(code)),
  );

afterAll(async () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await Promise.all(children.map(exited));
  rmSync(dataDir, { recursive: true, force: true });
});

describe('netra start on the embedded database', () => {
  it('starts, survives SIGKILL, and starts again on the same data', async () => {
    const port = await freePort();
    const dbPort = await freePort();
    const env = { PORT: String(port), NETRA_DB_PORT: String(dbPort) };

    const first = startNetra(env);
    await waitForHealth(port, first.child);
    expect(first.output()).toMatch(/printed ONCE/);
    const organizations = await countOrganizations(dbPort);
    expect(organizations).toBeGreaterThan(15);

    first.child.kill('SIGKILL');
    await exited(first.child);
    // The killed process leaves its PostgreSQL running and its lock file behind.
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(true);

    const second = startNetra(env);
    await waitForHealth(port, second.child);
    expect(second.output()).not.toMatch(/printed ONCE/);
    expect(await countOrganizations(dbPort)).toBe(organizations);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready' });

    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toBe(0);
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  });

  it('explains how to fix a database port that another program holds', async () => {
    const blocker = net.createServer();
    const dbPort = await freePort();
    await new Promise<void>((resolve) => blocker.listen(dbPort, '127.0.0.1', resolve));
    try {
      const run = startNetra({ PORT: String(await freePort()), NETRA_DB_PORT: String(dbPort) });
      expect(await exited(run.child)).toBe(1);
      expect(run.output()).toContain(`port ${dbPort}`);
      expect(run.output()).toContain('NETRA_DB_PORT');
    } finally {
      blocker.close();
    }
  });

  it('lists every invalid configuration variable and exits 1', () => {
    const result = spawnSync(process.execPath, [...CLI, 'start'], {
      env: {
        ...process.env,
        PORT: 'delapan',
        NETRA_HOME_REGION: 'Bengkalis',
        DATABASE_URL: 'mysql://x',
        NETRA_DATA_DIR: dataDir,
      },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT');
    expect(result.stderr).toContain('NETRA_HOME_REGION');
    expect(result.stderr).toContain('DATABASE_URL');
  });
});

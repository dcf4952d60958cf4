import pg from 'pg';

// timestamptz → Date is pg's default; bigint (int8) stays a string unless small counts are cast.
export type Database = pg.Pool;
export type Queryable = Pick<pg.PoolClient, 'query'>;

export function createDatabasePool(url: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'netra' });
  // An idle client losing its connection (server restart) must not crash the process.
  pool.on('error', () => undefined);
  return pool;
}

/** Runs `work` in one transaction: the change and its audit event commit or roll back together. */
export async function inTransaction<T>(db: Database, work: (tx: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

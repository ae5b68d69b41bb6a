import Database from 'better-sqlite3';
import pg from 'pg';

/**
 * Runs one SQL statement on the test CMS's database directly (the connection strapi-server.ts
 * set up), as a path that skips the Document Service would: to read what is stored, private
 * fields included, or to store what no rule would have let in. `?` marks each value.
 */
export async function sql<Row = Record<string, unknown>>(statement: string, values: unknown[] = []): Promise<Row[]> {
  if (process.env.DATABASE_CLIENT === 'postgres') {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      let n = 0;
      return (await client.query(statement.replace(/\?/g, () => `$${++n}`), values)).rows as Row[];
    } finally {
      await client.end();
    }
  }
  const db = new Database(process.env.DATABASE_FILENAME!);
  try {
    const prepared = db.prepare(statement);
    return prepared.reader ? (prepared.all(...values) as Row[]) : (prepared.run(...values), []);
  } finally {
    db.close();
  }
}

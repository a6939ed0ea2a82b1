// Reading another system's database page by page (keyset on the source's order), so that memory stays flat
// and an interrupted import that is run again simply starts over and skips what it already holds.
import pg from 'pg';
import type { ImportSource, SourceItem } from './account.ts';

export interface PagedQuery {
  name: string;
  count: string;
  /** Takes $1 (the last key, text, or null for the first page) and $2 (page size); returns rows ordered by `key`. */
  page: string;
  toAccount(row: Record<string, unknown>): SourceItem;
}

export function postgresSource(url: string, query: PagedQuery, pageSize = 5000): ImportSource {
  const client = new pg.Client({ connectionString: url });
  let connected: Promise<unknown> | undefined;
  const connect = () => (connected ??= client.connect());
  return {
    name: query.name,
    async total() {
      await connect();
      const { rows } = await client.query<{ n: string }>(query.count);
      return Number(rows[0]!.n);
    },
    async *rows(): AsyncIterable<SourceItem> {
      await connect();
      // One snapshot for the whole read: rows that change meanwhile are read as they were at the start.
      await client.query('begin isolation level repeatable read read only');
      try {
        let key: string | null = null;
        for (;;) {
          const result: pg.QueryResult<Record<string, unknown> & { key: string }> = await client.query(query.page, [key, pageSize]);
          const rows = result.rows;
          for (const row of rows) yield query.toAccount(row);
          if (rows.length < pageSize) break;
          key = rows[rows.length - 1]!.key;
        }
      } finally {
        await client.query('rollback').catch(() => {});
      }
    },
    async close() {
      if (connected) await client.end();
    },
  };
}

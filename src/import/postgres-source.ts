// Reading another system's database through one cursor in one read-only snapshot, a page at a time, so
// that memory stays flat and the source is sorted once (a keyset page query would sort the whole table
// again for every page: the source has no index on its order and is not ours to add one to). An
// interrupted import that is run again starts over and skips what it already holds.
import pg from 'pg';
import type { ImportSource, SourceItem } from './account.ts';

export interface PagedQuery {
  name: string;
  count: string;
  /** Every account's row, in a stable order (the import's source order). */
  rows: string;
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
        await client.query(`declare idkit_import_source no scroll cursor for ${query.rows}`);
        for (;;) {
          const { rows } = await client.query<Record<string, unknown>>(`fetch ${Number(pageSize)} from idkit_import_source`);
          for (const row of rows) yield query.toAccount(row);
          if (rows.length < pageSize) break;
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

// Runs a pgTAP file as one multi-statement query and collects its TAP lines.
import pg from 'pg';

export interface TapResult {
  lines: string[];
  planned: number | undefined;
  ran: number;
  failures: string[];
}

/** Runs a pgTAP file as one multi-statement query and reads the TAP lines out of every result. */
export async function runPgtapFile(url: string, sql: string): Promise<TapResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const results = [await client.query(sql)].flat() as pg.QueryResult[];
    const lines = results
      .flatMap((r) => r.rows ?? [])
      .flatMap((row) => Object.values(row as Record<string, unknown>).map(String))
      .flatMap((text) => text.split('\n'));
    const plan = lines.map((l) => /^1\.\.(\d+)$/.exec(l)).find(Boolean);
    const outcomes = lines.filter((l) => /^(not )?ok \d+/.test(l));
    const failures = outcomes
      .filter((l) => l.startsWith('not ok'))
      .map((l) => [l, ...lines.slice(lines.indexOf(l) + 1).filter((d, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('#')))].join('\n'));
    return { lines, planned: plan ? Number(plan[1]) : undefined, ran: outcomes.length, failures };
  } finally {
    await client.end();
  }
}

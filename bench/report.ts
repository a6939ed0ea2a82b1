// Printing a benchmark's table and keeping its figures in bench/results/<name>.json.
import fs from 'node:fs';
import path from 'node:path';

export interface Row {
  metric: string;
  value: number;
  unit: string;
  target?: string;
  pass?: boolean;
}

/** Where the JSON figures go: bench/results/, or the folder given with --out. */
export const resultsDir = { path: path.join(import.meta.dirname, 'results') };

export function report(name: string, rows: Row[], details: Record<string, unknown>): void {
  const width = Math.max(...rows.map((r) => r.metric.length));
  console.log(`\n${name}`);
  for (const r of rows) {
    const verdict = r.pass === undefined ? '' : r.pass ? '  ok' : '  MISSED';
    console.log(`  ${r.metric.padEnd(width)}  ${r.value.toFixed(3).padStart(10)} ${r.unit.padEnd(6)} ${r.target ? `target ${r.target}` : ''}${verdict}`);
  }
  const file = path.join(resultsDir.path, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify({ name, at: new Date().toISOString(), rows, details }, null, 2) + '\n');
  console.log(`  figures: ${path.relative(process.cwd(), file)}`);
}

export const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
export function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

// Progress of an import: a bar with counts and rate on a terminal (cli-progress), one plain line per batch
// otherwise (logs, CI, pipes).
import cliProgress from 'cli-progress';
import type { ImportProgress } from './run.ts';

export interface ProgressView {
  update(progress: ImportProgress): void;
  stop(): void;
}

export function progressView(stream: NodeJS.WriteStream = process.stderr): ProgressView {
  const started = performance.now();
  const rate = (read: number) => Math.round(read / Math.max((performance.now() - started) / 1000, 0.001));
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: 'import {bar} {value}/{total} read | {imported} imported, {skipped} skipped | {rate} accounts/s | ETA {eta_formatted}',
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let begun = false;
    return {
      update(p) {
        const payload = { imported: p.imported, skipped: p.skipped, rate: rate(p.read) };
        if (!begun) {
          bar.start(p.total ?? p.read, p.read, payload);
          begun = true;
        } else {
          if (p.total === undefined || p.read > p.total) bar.setTotal(p.read);
          bar.update(p.read, payload);
        }
      },
      stop: () => begun && bar.stop(),
    };
  }
  return {
    update(p) {
      const of = p.total === undefined ? '' : ` of ${p.total}`;
      stream.write(`read ${p.read}${of}: ${p.imported} imported, ${p.skipped} skipped (${rate(p.read)} accounts/s)\n`);
    },
    stop() {},
  };
}

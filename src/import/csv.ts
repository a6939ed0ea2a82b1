// `idkit import csv <file>`: a header row naming the file fields (file-fields.ts), one account per row;
// `roles` separated by `;`. csv-parse handles quoting, embedded newlines and a byte-order mark.
import fs from 'node:fs';
import { parse } from 'csv-parse';
import type { ImportSource, SourceItem } from './account.ts';
import { accountFromFields } from './file-fields.ts';
import { countLines } from './jsonl.ts';

export function csvSource(file: string): ImportSource {
  return {
    name: 'file',
    // Lines, not rows (a quoted field may span lines): close enough for a progress bar.
    total: async () => Math.max(0, (await countLines(file)) - 1),
    async *rows(): AsyncIterable<SourceItem> {
      const parser = fs.createReadStream(file).pipe(
        parse({ columns: (header: string[]) => header.map((h) => h.trim()), bom: true, skip_empty_lines: true, relax_column_count: true, info: true }),
      );
      for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
        const roles = record.roles === undefined || record.roles.trim() === '' ? [] : record.roles.split(';').map((r) => r.trim());
        yield accountFromFields({ ...record, roles }, `line ${info.lines}`);
      }
    },
    close: async () => {},
  };
}

// `idkit import jsonl <file>`: one JSON object per line with the file fields (file-fields.ts).
import fs from 'node:fs';
import readline from 'node:readline';
import type { ImportSource, SourceItem } from './account.ts';
import { accountFromFields } from './file-fields.ts';

export async function countLines(file: string): Promise<number> {
  let n = 0;
  let last = 10;
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) n++;
    if (chunk.length > 0) last = chunk[chunk.length - 1]!;
  }
  return last === 10 ? n : n + 1;
}

export function jsonlSource(file: string): ImportSource {
  return {
    name: 'file',
    total: () => countLines(file),
    async *rows(): AsyncIterable<SourceItem> {
      const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
      let n = 0;
      for await (const line of lines) {
        n++;
        if (line.trim() === '') continue;
        let record: unknown;
        try {
          record = JSON.parse(line);
        } catch {
          yield { source_id: `line ${n}`, reason: 'invalid_json' };
          continue;
        }
        if (typeof record !== 'object' || record === null || Array.isArray(record)) {
          yield { source_id: `line ${n}`, reason: 'invalid_json' };
          continue;
        }
        yield accountFromFields(record as Record<string, unknown>, `line ${n}`);
      }
    },
    close: async () => {},
  };
}

// `idkit add-document FILE...`: checks each GraphQL document against the schema and the operation
// limits, then adds it to the trusted-documents allow-list and prints its id.
import fs from 'node:fs';
import type { Config } from '../config.ts';
import { addTrustedDocument, bundledSchemaPath, readSchema } from '../server/trusted-documents.ts';
import { EXIT } from './exit-codes.ts';

export async function addDocumentCommand(config: Config, files: string[]): Promise<number> {
  if (files.length === 0) {
    console.error('Usage: idkit add-document FILE.graphql...');
    return EXIT.usage;
  }
  const schema = readSchema(bundledSchemaPath());
  let refused = false;
  for (const file of files) {
    const { id, problems } = addTrustedDocument(fs.readFileSync(file, 'utf8'), { directory: config.trustedDocumentsDir, schema, limits: config.limits });
    if (problems.length > 0) {
      refused = true;
      console.error(`${file}: not added\n  ${problems.join('\n  ')}`);
    } else {
      console.log(`${id}  ${file}`);
    }
  }
  return refused ? EXIT.badDocument : EXIT.ok;
}

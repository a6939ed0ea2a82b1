// `idkit check-documents`: every file of the trusted-documents allow-list is named by its hash and is a
// valid document within the operation limits (e.g. after a schema change); exit 65 otherwise.
import type { Config } from '../config.ts';
import { bundledSchemaPath, checkTrustedDocuments, loadTrustedDocumentIds, readSchema } from '../server/trusted-documents.ts';
import { EXIT } from './exit-codes.ts';

export async function checkDocumentsCommand(config: Config): Promise<number> {
  const report = checkTrustedDocuments({ directory: config.trustedDocumentsDir, schema: readSchema(bundledSchemaPath()), limits: config.limits });
  for (const { file, problems } of report) console.error(`${file}:\n  ${problems.join('\n  ')}`);
  if (report.length > 0) return EXIT.badDocument;
  console.log(`${loadTrustedDocumentIds(config.trustedDocumentsDir).length} trusted documents in ${config.trustedDocumentsDir}, all valid.`);
  return EXIT.ok;
}

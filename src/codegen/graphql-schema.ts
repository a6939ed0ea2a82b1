// The GraphQL SDL PostGraphile builds from the live schema, sorted so it diffs cleanly.
import { makeSchema } from 'postgraphile';
import { lexicographicSortSchema, printSchema } from 'postgraphile/graphql';
import { makePreset } from '../server/preset.ts';
import { generateSigningKey, loadSigningKeys } from '../sessions/signing-keys.ts';

export async function printGraphQLSchema(authenticatorUrl: string): Promise<string> {
  const { schema, resolvedPreset } = await makeSchema(
    makePreset({
      authenticatorUrl,
      // The keys do not shape the schema: throw-away ones will do.
      signingKeys: await loadSigningKeys([generateSigningKey()]),
      production: false,
      port: 0,
      host: 'localhost',
    }),
  );
  try {
    return printSchema(lexicographicSortSchema(schema)) + '\n';
  } finally {
    for (const service of resolvedPreset.pgServices ?? []) await service.release?.();
  }
}

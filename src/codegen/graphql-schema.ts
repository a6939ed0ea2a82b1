// The GraphQL SDL PostGraphile builds from the live schema, sorted so it diffs cleanly.
import { makeSchema } from 'postgraphile';
import { lexicographicSortSchema, printSchema } from 'postgraphile/graphql';
import { makePreset } from '../server/preset.ts';

export async function printGraphQLSchema(authenticatorUrl: string): Promise<string> {
  const { schema, resolvedPreset } = await makeSchema(
    makePreset({ authenticatorUrl, jwtSecret: 'schema-printing-only', production: false, port: 0, host: 'localhost' }),
  );
  try {
    return printSchema(lexicographicSortSchema(schema)) + '\n';
  } finally {
    for (const service of resolvedPreset.pgServices ?? []) await service.release?.();
  }
}

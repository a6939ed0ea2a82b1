// `pg-identity-kit/postgraphile`: the kit's API inside an application's own PostGraphile 5 server.
//
//   import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
//   import { makePgService } from 'postgraphile/adaptors/pg';
//   import { identityKitPreset, identityKitSchemas } from 'pg-identity-kit/postgraphile';
//   import { signingKeysFrom } from 'pg-identity-kit';
//
//   export default {
//     extends: [PostGraphileAmberPreset, identityKitPreset({ signingKeys: await signingKeysFrom(keys), production })],
//     pgServices: [makePgService({ connectionString: appAuthenticatorUrl, schemas: ['app_public', ...identityKitSchemas] })],
//     plugins: [MyPlugin],
//     grafast: { context: (requestContext) => ({ myValue: 1 }) }, // the kit's pgSettings are merged over yours
//   } satisfies GraphileConfig.Preset;
//
// The preset is plugins (graphile-config replaces arrays such as pgServices, and a later grafast.context
// replaces an earlier one, so the kit relies on neither) plus gather.pgStrictFunctions and grafserv.maskError.
// Whatever the application's context puts under `role`, `jwt.claims.*` or `idkit.*` is replaced by the kit's.
// A refused token answers HTTP 401 with extensions.code UNAUTHENTICATED. The client address and cookie mode
// need a Node-based grafserv adaptor (node, express, koa, fastify). An application setting its own
// grafserv.maskError replaces the kit's: call identityKitMaskError inside it to keep the kit's codes.
// First: Grafast reads GRAPHILE_ENV when it is first loaded (import this entry before postgraphile to let it
// follow NODE_ENV; an explicit GRAPHILE_ENV always wins).
import '../graphile-env.ts';
import type {} from 'postgraphile';
import { makeIdentityKitPreset, type IdentityKitPresetOptions } from './identity-kit-preset.ts';

export { clientOf, identityKitSchemas, type IdentityKitPresetOptions } from './identity-kit-preset.ts';
export { maskError as identityKitMaskError } from './mask-error.ts';
export { DEFAULT_LIMITS, type OperationLimits } from './operation-limits.ts';

/** The kit's preset for an application's server: add it to `extends`, after PostGraphileAmberPreset. */
export function identityKitPreset(options: IdentityKitPresetOptions): GraphileConfig.Preset {
  return makeIdentityKitPreset(options);
}

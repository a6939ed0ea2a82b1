// The kit's own server's PostGraphile 5 preset: the kit's preset (the one applications extend, see
// postgraphile.ts), identity over the authenticator's connection, and the server's grafserv settings.
import type {} from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import type { Pool } from 'pg';
import { identityKitSchemas, makeIdentityKitPreset, type IdentityKitPresetOptions, type VerifiedRequests } from './identity-kit-preset.ts';

export interface ServerOptions extends IdentityKitPresetOptions, VerifiedRequests {
  /** app_authenticator's connection string. */
  authenticatorUrl: string;
  port: number;
  host: string;
  /** Largest request body accepted, in bytes. */
  maxRequestBytes?: number;
  /** Connections in the pool. */
  poolSize?: number;
  /** The pool to use instead of one made from authenticatorUrl and poolSize (its owner ends it). */
  pool?: Pool;
  /** Origins browsers may call the API from, with credentials. None when absent. */
  corsOrigins?: readonly string[];
}

export function makePreset(options: ServerOptions): GraphileConfig.Preset {
  return {
    extends: [PostGraphileAmberPreset, makeIdentityKitPreset(options, options)],
    pgServices: [
      makePgService({
        ...(options.pool ? { pool: options.pool } : { connectionString: options.authenticatorUrl, poolConfig: { max: options.poolSize ?? 10 } }),
        schemas: [...identityKitSchemas],
        pubsub: false,
      }),
    ],
    schema: {
      dontSwallowErrors: true,
    },
    grafast: {
      // Plans and SQL stay out of responses: errors and payloads never carry SQL text.
      explain: false,
    },
    grafserv: {
      port: options.port,
      host: options.host,
      graphqlPath: '/graphql',
      graphiql: !options.production,
      graphiqlPath: '/',
      graphiqlOnGraphQLGET: !options.production,
      // Queries may be sent by GET (cacheable with trusted documents); grafserv refuses mutations there.
      graphqlOverGET: true,
      watch: false,
      maxRequestLength: options.maxRequestBytes ?? 100_000,
    },
  };
}

// Every call runs in a transaction that first sets the role, the user and the session, as the GraphQL API
// does, so row-level security and current_user_uuid() check the session exactly as they do for the API.
import type pg from 'pg';
import { toIdentityError } from './identity-error.ts';

export type SessionRole = 'app_anonymous' | 'app_user' | 'app_admin';

export interface Session {
  role: SessionRole;
  userUuid?: string;
  /** The session's id: current_user_uuid() accepts the user only while this session is live. */
  sessionId?: string;
  /** Encryption keys for provider tokens and TOTP seeds (`kid=key[,...]`), passed per transaction. */
  tokenKeys?: string;
  /** Further transaction-local settings, e.g. the client address a server saw (`idkit.client_ip`). */
  settings?: Record<string, string>;
}

/** Anything PgTyped's `.run()` and Zapatos's `.run()` accept: a client inside the session's transaction. */
export type SessionClient = pg.PoolClient;

export async function inSession<T>(pool: pg.Pool, session: Session, work: (client: SessionClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('select set_config(k, v, true) from json_each_text($1::json) as s(k, v)', [
      JSON.stringify({
        ...session.settings,
        role: session.role,
        'jwt.claims.user_uuid': session.userUuid ?? '',
        'jwt.claims.session_id': session.sessionId ?? '',
        'idkit.token_keys': session.tokenKeys ?? '',
      }),
    ]);
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw toIdentityError(error);
  } finally {
    client.release();
  }
}

// The session mutations of the GraphQL API: authenticate, completeMfaLogin, refreshSession and signOut.
// The SQL functions decide (they are hidden from the generated schema); this layer signs the access token
// and, in cookie mode, moves the refresh token from the response body into an HttpOnly cookie.
import { context, lambda, type ExecutableStep, type FieldArgs } from 'postgraphile/grafast';
import { sideEffectWithPgClient, type PgClient } from 'postgraphile/@dataplan/pg';
import { extendSchema, gql } from 'postgraphile/utils';
import * as sessions from '../../generated/sessions.queries.ts';
import { IDENTITY_ERROR_CODES } from '../errors.ts';
import { issueSession, type SessionGrantRow } from '../sessions/access-tokens.ts';
import type { SigningKeys } from '../sessions/signing-keys.ts';

/** What the session mutations need from the request: the keys, and where to put cookies in cookie mode. */
export interface SessionContext {
  keys: SigningKeys;
  /** Cookie mode: hands the refresh token to the browser in a cookie (null clears it). */
  setRefreshCookie?: (refreshToken: string | null) => void;
}

export const SESSION_CONTEXT_KEY = 'idkitSessions';

declare global {
  namespace Grafast {
    interface Context {
      [SESSION_CONTEXT_KEY]?: SessionContext;
    }
  }
}

/** PgTyped's `.run()` wants node-postgres's `query(text, values)`; dataplan's client takes an object. */
const asQueryable = (client: PgClient) => ({
  async query(text: string, values: unknown[]) {
    const { rows } = await client.query<any>({ text, values: values as never[] });
    return { rows: [...rows], rowCount: rows.length };
  },
});

interface SessionPayload {
  accessToken: string | null;
  refreshToken: string | null;
  expiresAt: string | null;
  sessionId: string | null;
  mfaChallenge: string | null;
  deviceToken: string | null;
}

async function payloadOf(grant: SessionGrantRow | undefined, ctx: SessionContext): Promise<SessionPayload | null> {
  if (!grant) return null;
  if (grant.role === 'mfa_required') {
    return { accessToken: null, refreshToken: null, sessionId: null, expiresAt: new Date(Number(grant.exp) * 1000).toISOString(), mfaChallenge: grant.mfa_challenge, deviceToken: null };
  }
  const issued = await issueSession(ctx.keys, grant);
  if (!issued) return null;
  if (ctx.setRefreshCookie) ctx.setRefreshCookie(issued.refreshToken);
  return {
    accessToken: issued.accessToken,
    // In cookie mode the body never carries the refresh token.
    refreshToken: ctx.setRefreshCookie ? null : issued.refreshToken,
    expiresAt: issued.expiresAt.toISOString(),
    sessionId: issued.sessionId,
    mfaChallenge: null,
    // Not a cookie on purpose: it must outlive sign-outs and cookie clearing on this device only by the
    // application's choice (keep it in the device's persistent storage).
    deviceToken: issued.deviceToken,
  };
}

export const REFRESH_FAILED = 'RFTKN' as const;

export const SessionPlugin = extendSchema((build) => {
  const executor = build.input.pgRegistry.pgExecutors.main!;
  const withSessionContext = <T>(
    $input: ExecutableStep,
    work: (client: ReturnType<typeof asQueryable>, input: Record<string, any>, ctx: SessionContext) => Promise<T>,
  ) =>
    sideEffectWithPgClient(executor, { input: $input, ctx: context().get(SESSION_CONTEXT_KEY) }, (client, { input, ctx }) =>
      work(asQueryable(client), (input ?? {}) as Record<string, any>, ctx!),
    );
  return {
    typeDefs: gql`
      """What a sign-in or refresh returns. A sign-in that needs a second factor returns only mfaChallenge and expiresAt."""
      type SessionPayload {
        """A short-lived JWT (EdDSA, verifiable with /.well-known/jwks.json) for the Authorization header."""
        accessToken: String
        """Exchanges for the next access token with refreshSession; single use, rotated on every refresh. Null in cookie mode (it is in an HttpOnly cookie)."""
        refreshToken: String
        """When the access token expires (or, with mfaChallenge, when the challenge does)."""
        expiresAt: Datetime
        """The session's id (see mySessions)."""
        sessionId: UUID
        """Set when a second factor is needed: pass it to completeMfaLogin with a code."""
        mfaChallenge: String
        """Set by a sign-in that presented no valid device token: a secret for this device, shown once. Keep it on the device and pass it as deviceToken at later sign-ins there: wrong passwords from elsewhere then never lock this device out."""
        deviceToken: String
      }
      input AuthenticateInput {
        """An email address or a username."""
        login: String!
        password: String!
        """An opaque identifier of the client device, to recognise it at later sign-ins."""
        deviceFingerprint: String
        """The deviceToken an earlier sign-in on this device returned: failures then count against this device only, not the account's lockout."""
        deviceToken: String
      }
      input CompleteMfaLoginInput {
        """The mfaChallenge authenticate returned."""
        mfaChallenge: String!
        """A current authenticator-app code or an unused recovery code."""
        code: String!
        deviceFingerprint: String
        """The deviceToken an earlier sign-in on this device returned (see AuthenticateInput)."""
        deviceToken: String
      }
      input RefreshSessionInput {
        """The refresh token of the last sign-in or refresh."""
        refreshToken: String!
      }
      """Which sessions signOut ends."""
      enum SignOutScope {
        """This session."""
        LOCAL
        """Every session of the user but this one."""
        OTHERS
        """Every session of the user."""
        GLOBAL
      }
      input SignOutInput {
        """LOCAL (the default) ends this session, OTHERS every other one, GLOBAL all of them."""
        scope: SignOutScope = LOCAL
      }
      type SignOutPayload {
        """How many sessions ended."""
        endedSessions: Int!
      }
      extend type Mutation {
        """Signs in with an email or username and a password. Null for any failure (no reason is given); with an authenticator app enabled, only an mfaChallenge."""
        authenticate(input: AuthenticateInput!): SessionPayload
        """The second step of a sign-in: creates the session at assurance level 2. Null for any failure."""
        completeMfaLogin(input: CompleteMfaLoginInput!): SessionPayload
        """Exchanges a refresh token for a new access token and the next refresh token. Fails with RFTKN, whatever the reason."""
        refreshSession(input: RefreshSessionInput!): SessionPayload!
        """Ends this session (LOCAL, the default), all others (OTHERS) or all (GLOBAL)."""
        signOut(input: SignOutInput): SignOutPayload!
      }
    `,
    plans: {
      Mutation: {
        authenticate(_$root: unknown, fieldArgs: FieldArgs) {
          return withSessionContext(fieldArgs.getRaw('input'), async (client, input, ctx) => {
            const [grant] = await sessions.authenticate.run(
              {
                login: input.login,
                password: input.password,
                deviceFingerprint: input.deviceFingerprint ?? null,
                deviceToken: input.deviceToken ?? null,
              },
              client,
            );
            return payloadOf(grant, ctx);
          });
        },
        completeMfaLogin(_$root: unknown, fieldArgs: FieldArgs) {
          return withSessionContext(fieldArgs.getRaw('input'), async (client, input, ctx) => {
            const [grant] = await sessions.completeMfaLogin.run(
              {
                mfaChallenge: input.mfaChallenge,
                code: input.code,
                deviceFingerprint: input.deviceFingerprint ?? null,
                deviceToken: input.deviceToken ?? null,
              },
              client,
            );
            return payloadOf(grant, ctx);
          });
        },
        refreshSession(_$root: unknown, fieldArgs: FieldArgs) {
          const $payload = withSessionContext(fieldArgs.getRaw('input'), async (client, input, ctx) => {
            const [grant] = await sessions.refreshSession.run({ refreshToken: input.refreshToken }, client);
            return payloadOf(grant, ctx);
          });
          // Refused only after the transaction committed: the revocation a reused token triggers must stay.
          // One answer for malformed, unknown, expired, revoked and reused tokens; mask-error.ts keeps the code.
          return lambda($payload, (payload) => {
            if (!payload) throw Object.assign(new Error(IDENTITY_ERROR_CODES[REFRESH_FAILED]), { code: REFRESH_FAILED });
            return payload;
          });
        },
        signOut(_$root: unknown, fieldArgs: FieldArgs) {
          return withSessionContext(fieldArgs.getRaw('input'), async (client, input, ctx) => {
            const scope = String(input.scope ?? 'LOCAL').toLowerCase() as 'local' | 'others' | 'global';
            const [row] = await sessions.signOut.run({ scope }, client);
            if (scope !== 'others') ctx.setRefreshCookie?.(null);
            return { endedSessions: row?.ended ?? 0 };
          });
        },
      },
    },
  };
}, 'IdentityKitSessionPlugin');

// The README's "Use from your application" example, compiled and run by tests/readme-example.test.ts.
import { createIdentityClient, IdentityError } from 'pg-identity-kit';

export async function signUpAndIn(connectionString: string, signingKeys: string) {
  // Connect as app_authenticator: each call switches to the right role, user and session.
  // signingKeys is IDKIT_SIGNING_KEYS, the same keys the GraphQL server signs access tokens with.
  const identity = createIdentityClient({ connectionString, signingKeys });
  try {
    await identity.register({
      username: 'ada',
      email: 'ada@example.com',
      password: 'correct horse battery staple',
      displayName: 'Ada',
    });
    // The username in any letter case; an email address signs in only once it is verified.
    const session = await identity.authenticate({ login: 'ADA', password: 'correct horse battery staple' });
    // Never says why a sign-in failed: no account enumeration. With an authenticator app enabled the
    // result is an MfaChallenge for completeMfaLogin instead.
    if (!session || !('accessToken' in session)) throw new Error('sign-in failed');

    // The database checks this session on every call: after signOut() or a suspension, calls fail.
    const me = identity.asUser(session);
    await me.updateProfile({ displayName: 'Ada L.', bio: 'Counts things.', avatarObjectKey: null });
    const [latest] = await me.auditEvents({ limit: 1 }); // newest first: the login_success
    // Later: trade the refresh token for the next access token (and refresh token).
    const next = await identity.refresh(session.refreshToken);
    await identity.asUser(next).signOut();
    return { role: next.role, event: latest?.event_type };
  } catch (error) {
    // Typed errors: branch on the project's codes, not on messages.
    // UNTKN: the username is taken. An email address is never refused for being somebody else's.
    if (error instanceof IdentityError && error.code === 'UNTKN') {
      return { role: null, event: 'already registered' };
    }
    throw error;
  } finally {
    await identity.end();
  }
}

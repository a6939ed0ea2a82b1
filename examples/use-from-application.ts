// The README's "Use from your application" example, compiled and run by tests/readme-example.test.ts.
import { createIdentityClient, IdentityError } from 'pg-identity-kit';

export async function signUpAndIn(connectionString: string) {
  // Connect as app_authenticator: each call switches to the right role and user.
  const identity = createIdentityClient({ connectionString });
  try {
    const user = await identity.register({
      username: 'ada',
      email: 'ada@example.com',
      password: 'correct horse battery staple',
      displayName: 'Ada',
    });
    // The username in any letter case; an email address signs in only once it is verified.
    const session = await identity.authenticate({ login: 'ADA', password: 'correct horse battery staple' });
    if (!session) throw new Error('sign-in failed'); // never says why: no account enumeration

    const me = identity.asUser(user.uuid);
    await me.updateProfile({ displayName: 'Ada L.', bio: 'Counts things.', avatarObjectKey: null });
    const [latest] = await me.auditEvents({ limit: 1 }); // newest first: the login_success
    return { role: session.role, event: latest?.event_type };
  } catch (error) {
    // Typed errors: branch on the project's codes, not on messages.
    if (error instanceof IdentityError && (error.code === 'EMTKN' || error.code === 'UNTKN')) {
      return { role: null, event: 'already registered' };
    }
    throw error;
  } finally {
    await identity.end();
  }
}

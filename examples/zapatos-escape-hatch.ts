// Zapatos for ad-hoc typed CRUD, inside the same role-setting transaction as the typed client.
import * as db from 'zapatos/db';
import type { IdentityClient, SessionRef } from 'pg-identity-kit';

export function primaryEmails(identity: IdentityClient, session: SessionRef) {
  return identity
    .asUser(session)
    .transaction((client) => db.select('identity.user_emails', { is_primary: true }, { columns: ['email', 'is_verified'] }).run(client));
}

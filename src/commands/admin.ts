// `idkit admin grant|revoke <email-or-username>`: the DBA makes or unmakes administrators (the first one
// cannot be made through the API, where only administrators grant roles). Audited like grant_role and
// revoke_role; the last active administrator keeps `admin`.
import type pg from 'pg';
import type { Config } from '../config.ts';
import { withClient } from '../db/connect.ts';
import { databaseExists, missingDatabase } from '../db/provision.ts';
import { openDatabaseTarget } from '../db/target.ts';
import { CommandError, EXIT } from './exit-codes.ts';

export type AdminChange = 'granted' | 'revoked' | 'unchanged';

/** Grants or revokes `admin` for the account with this email address or username (any letter case). */
export async function changeAdministrator(client: pg.Client, action: 'grant' | 'revoke', login: string): Promise<AdminChange> {
  await client.query('begin');
  try {
    const { rows } = await client.query<{ uuid: string }>(
      // The same rule as signing in: the username in any letter case, or a verified email address.
      `select u as uuid from identity_private.user_uuid_for_login($1) u where u is not null`,
      [login],
    );
    if (rows.length !== 1) throw new CommandError(`No account has the username or verified email address "${login}".`, EXIT.usage);
    const uuid = rows[0]!.uuid;
    const actor = `admin by the DBA (idkit admin, database role ${(await client.query<{ u: string }>('select session_user as u')).rows[0]!.u})`;
    let changed: boolean;
    if (action === 'grant') {
      const result = await client.query(
        `insert into identity.user_roles (user_uuid, role_id) select $1, role_id from identity.roles where role_name = 'admin' on conflict do nothing`,
        [uuid],
      );
      changed = result.rowCount === 1;
      if (changed) await client.query(`select identity_private.audit('role_granted', $1, null, null, $2)`, [uuid, actor]);
    } else {
      await client.query('select identity_private.assert_active_admin_remains($1)', [uuid]);
      const result = await client.query(
        `delete from identity.user_roles ur using identity.roles r where ur.role_id = r.role_id and r.role_name = 'admin' and ur.user_uuid = $1`,
        [uuid],
      );
      changed = result.rowCount === 1;
      if (changed) await client.query(`select identity_private.audit('role_revoked', $1, null, null, $2)`, [uuid, actor]);
    }
    await client.query('commit');
    return changed ? (action === 'grant' ? 'granted' : 'revoked') : 'unchanged';
  } catch (error) {
    await client.query('rollback');
    if ((error as { code?: string }).code === 'LSTAD') {
      throw new CommandError(`"${login}" is the last active administrator and keeps admin; make another administrator first.`, EXIT.usage);
    }
    throw error;
  }
}

export async function adminCommand(config: Config, args: string[]): Promise<number> {
  const [action, login, ...rest] = args;
  if ((action !== 'grant' && action !== 'revoke') || !login || rest.length > 0) {
    console.error('Usage: idkit admin grant <email-or-username>   |   idkit admin revoke <email-or-username>');
    return EXIT.usage;
  }
  const target = await openDatabaseTarget(config);
  try {
    if (!(await databaseExists(target.maintenanceUrl, target.databaseName))) throw missingDatabase(target.databaseName);
    const change = await withClient(target.superuserUrl, (client) => changeAdministrator(client, action, login));
    console.log(
      change === 'unchanged'
        ? `"${login}" ${action === 'grant' ? 'is already' : 'is not'} an administrator; nothing changed.`
        : `"${login}" ${change === 'granted' ? 'is now an administrator' : 'is no longer an administrator'} (audited as role_${change}).`,
    );
    return EXIT.ok;
  } finally {
    await target.stop();
  }
}

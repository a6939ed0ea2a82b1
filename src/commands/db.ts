// `idkit db`: start (or reach) the database, provision roles, print its connection strings.
import type { Config } from '../config.ts';
import { prepareDatabase } from '../db/prepare.ts';
import { withConnection, type DatabaseTarget } from '../db/target.ts';
import { EXIT } from './exit-codes.ts';
import { waitForShutdownSignal } from './wait-for-signal.ts';

/** The roles' connection strings; passwords only when asked (they would otherwise end up in logs). */
export function connectionSummary(target: DatabaseTarget, options: { showSecrets?: boolean } = {}): string {
  const shown = (url: string) => (options.showSecrets ? url : withConnection(url, { password: '' }));
  const where = target.embedded ? ': `idkit db --show-secrets` shows them (development)' : '';
  return [
    `superuser         ${shown(target.superuserUrl)}`,
    `app_owner         ${shown(target.ownerUrl)}   (migrations)`,
    `app_authenticator ${shown(target.authenticatorUrl)}   (servers; switches to app_anonymous, app_user, app_admin)`,
    ...(options.showSecrets ? [] : [`Passwords are not printed${where}.`]),
  ].join('\n');
}

export async function dbCommand(config: Config, args: string[] = []): Promise<number> {
  const showSecrets = args.includes('--show-secrets');
  if (showSecrets && config.production) {
    console.error('idkit db --show-secrets is for development; it refuses to run with NODE_ENV=production.');
    return EXIT.usage;
  }
  const target = await prepareDatabase(config, { migrate: false });
  console.log(connectionSummary(target, { showSecrets }));
  if (!target.embedded) return EXIT.ok;
  console.log('\nThe embedded PostgreSQL is running; press Ctrl-C to stop it.');
  await waitForShutdownSignal();
  await target.stop();
  return EXIT.ok;
}

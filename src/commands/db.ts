// `idkit db`: start (or reach) the database, provision roles, print its connection strings.
import type { Config } from '../config.ts';
import { prepareDatabase } from '../db/prepare.ts';
import type { DatabaseTarget } from '../db/target.ts';
import { EXIT } from './exit-codes.ts';
import { waitForShutdownSignal } from './wait-for-signal.ts';

export function connectionSummary(target: DatabaseTarget): string {
  return [
    `superuser         ${target.superuserUrl}`,
    `app_owner         ${target.ownerUrl}   (migrations)`,
    `app_authenticator ${target.authenticatorUrl}   (servers; switches to app_anonymous, app_user, app_admin)`,
  ].join('\n');
}

export async function dbCommand(config: Config): Promise<number> {
  const target = await prepareDatabase(config, { migrate: false });
  console.log(connectionSummary(target));
  if (!target.embedded) return EXIT.ok;
  console.log('\nThe embedded PostgreSQL is running; press Ctrl-C to stop it.');
  await waitForShutdownSignal();
  await target.stop();
  return EXIT.ok;
}

// `idkit import graphile-starter --from <url>`: graphile/starter's app_public.users, app_public.user_emails,
// app_private.user_secrets (bcrypt from pgcrypto, cost 6: upgraded at the first sign-in) and
// app_public.user_authentications (service, identifier → providers); is_admin → the `admin` role.
// The primary address is the source's (starter allows it only when verified); without one, the first verified
// address, then the first added (as starter's own login prefers). starter's usernames may have 2 characters:
// those get the `user_` prefix (README, "Import users").
import type { ImportSource } from './account.ts';
import { postgresSource } from './postgres-source.ts';

const ORDER = `u.created_at, u.id`;

export function graphileStarterSource(url: string, pageSize?: number): ImportSource {
  return postgresSource(url, {
    name: 'graphile-starter',
    count: 'select count(*) as n from app_public.users',
    rows: `
      select u.id::text as id, u.username::text as username, u.name, u.is_admin,
             to_json(u.created_at) #>> '{}' as created_at, to_json(s.last_login_at) #>> '{}' as last_login_at,
             s.password_hash,
             coalesce((select json_agg(json_build_object('email', e.email::text, 'verified', e.is_verified, 'primary', e.is_primary)
                                       order by e.is_primary desc, e.is_verified desc, e.created_at, e.email)
                       from app_public.user_emails e where e.user_id = u.id), '[]') as emails,
             coalesce((select json_agg(json_build_object('provider', a.service, 'id', a.identifier) order by a.service, a.identifier)
                       from app_public.user_authentications a where a.user_id = u.id), '[]') as providers
      from app_public.users u left join app_private.user_secrets s on s.user_id = u.id
      order by ${ORDER}`,
    toAccount(row) {
      return {
        source_id: row.id as string,
        emails: row.emails as { email: string; verified: boolean; primary: boolean }[],
        username: row.username as string,
        display_name: row.name as string | null,
        password_hash: (row.password_hash as string | null) || null,
        created_at: row.created_at as string,
        last_login_at: row.last_login_at as string | null,
        roles: row.is_admin ? ['admin'] : [],
        providers: row.providers as { provider: string; id: string }[],
      };
    },
  }, pageSize);
}

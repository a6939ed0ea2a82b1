// `idkit import supabase --from <url>`: Supabase Auth's auth.users and auth.identities (columns as Supabase
// Auth's migrations define them). Banned → suspended; deleted (soft, deleted_at) → skipped; the `email` and
// `phone` identities are Supabase's own and become no provider; other identities become providers.
import type { ImportSource } from './account.ts';
import { postgresSource } from './postgres-source.ts';

const KEY = `to_char(coalesce(u.created_at, '-infinity'::timestamptz) at time zone 'UTC', 'YYYYMMDDHH24MISSUS') || '/' || u.id::text`;

export function supabaseSource(url: string, pageSize?: number): ImportSource {
  return postgresSource(url, {
    name: 'supabase',
    count: 'select count(*) as n from auth.users',
    page: `
      select ${KEY} as key, u.id::text as id, u.email, u.encrypted_password, u.email_confirmed_at is not null as verified,
             u.raw_user_meta_data as meta, to_json(u.created_at) #>> '{}' as created_at,
             to_json(u.last_sign_in_at) #>> '{}' as last_sign_in_at,
             coalesce(u.banned_until > now(), false) as banned, u.deleted_at is not null as deleted,
             coalesce((select json_agg(json_build_object('provider', i.provider, 'id', i.provider_id) order by i.provider, i.provider_id)
                       from auth.identities i where i.user_id = u.id and i.provider not in ('email', 'phone')), '[]') as providers
      from auth.users u
      where $1::text is null or ${KEY} > $1::text
      order by ${KEY}
      limit $2`,
    toAccount(row) {
      const meta = (row.meta ?? {}) as Record<string, unknown>;
      const pick = (...names: string[]) => {
        for (const name of names) if (typeof meta[name] === 'string' && (meta[name] as string).trim()) return meta[name] as string;
        return null;
      };
      return {
        source_id: row.id as string,
        emails: row.email ? [{ email: row.email as string, verified: row.verified as boolean, primary: true }] : [],
        username: pick('username', 'user_name', 'preferred_username'),
        display_name: pick('full_name', 'name', 'display_name'),
        password_hash: (row.encrypted_password as string | null) || null,
        created_at: row.created_at as string | null,
        last_login_at: row.last_sign_in_at as string | null,
        status: row.deleted ? 'deleted' : row.banned ? 'suspended' : 'active',
        providers: row.providers as { provider: string; id: string }[],
      };
    },
  }, pageSize);
}

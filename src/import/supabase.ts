// `idkit import supabase --from <url>`: Supabase Auth's auth.users and auth.identities (columns as Supabase
// Auth's migrations define them). Banned → suspended; deleted (soft, deleted_at) → skipped; anonymous users
// (is_anonymous: no address, no password) → skipped; the `email` and `phone` identities are Supabase's own
// and become no provider; other identities become providers, a SAML SSO identity (`sso:<provider uuid>`) as
// `sso.<provider uuid>` (provider names take no `:`). An SSO account (is_sso_user) may share its address
// with a password account in Supabase; here a verified address belongs to one account, so the later one is
// skipped as duplicate_email.
//
// Columns that Supabase Auth added later (deleted_at in 2022, is_sso_user in 2022, is_anonymous in 2024,
// identities.provider_id in 2023, which was `id` before) are read through to_jsonb(row), so that a project
// on an older Supabase Auth imports too.
import type { ImportSource } from './account.ts';
import { postgresSource } from './postgres-source.ts';

const ORDER = `u.created_at nulls first, u.id`;

export function supabaseSource(url: string, pageSize?: number): ImportSource {
  return postgresSource(url, {
    name: 'supabase',
    count: 'select count(*) as n from auth.users',
    rows: `
      select u.id::text as id, u.email, u.encrypted_password, u.email_confirmed_at is not null as verified,
             u.raw_user_meta_data as meta, to_json(u.created_at) #>> '{}' as created_at,
             to_json(u.last_sign_in_at) #>> '{}' as last_sign_in_at,
             coalesce(u.banned_until > now(), false) as banned,
             to_jsonb(u) ->> 'deleted_at' is not null as deleted,
             coalesce((to_jsonb(u) ->> 'is_anonymous')::boolean, false) as anonymous,
             coalesce((select json_agg(json_build_object('provider', p.provider, 'id', p.provider_id) order by p.provider, p.provider_id)
                       from (select case when i.provider like 'sso:%' then 'sso.' || substr(i.provider, 5) else i.provider end as provider,
                                    coalesce(to_jsonb(i) ->> 'provider_id', to_jsonb(i) ->> 'id') as provider_id
                             from auth.identities i where i.user_id = u.id and i.provider not in ('email', 'phone')) p), '[]') as providers
      from auth.users u
      order by ${ORDER}`,
    toAccount(row) {
      if (row.anonymous && !row.deleted) return { source_id: row.id as string, reason: 'anonymous' };
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

--! Previous: sha1:55ad6060fabe19864a78c2a0ad1e8e69b14ed323
--! Hash: sha1:953513d641ba1c1bc59d3f1f1a5f2fd61b1fad81
--! Message: every bcrypt variant signs in, and idkit import brings accounts from Supabase, graphile/starter, JSON Lines and CSV

-- Issue 15: every bcrypt variant signs in, and accounts come in from other systems with their passwords.

/*
 * BCRYPT VARIANTS. pgcrypto's crypt() knows `$2a$` and `$2x$` only: a `$2b$` or `$2y$` setting falls back to
 * DES crypt, so such a hash never matched and its owner could never sign in (nor got an error). For
 * passwords up to 72 bytes (the most authenticate accepts) `$2b$` and `$2y$` are the same computation as
 * pgcrypto's `$2a$` (which has no sign-extension bug; that one is `$2x$`), so they are stored as `$2a$`:
 * normalised ON THE WAY IN, by a trigger, never at sign-in. Anything crypt() cannot verify is refused here.
 */
create function app_private.tg_user_credentials__normalise_hash() returns trigger
  language plpgsql volatile
  set search_path = pg_catalog
as $$
begin
  if new.password_hash ~ '^\$2[by]\$' then
    new.password_hash := '$2a$' || substr(new.password_hash, 5);
  end if;
  if new.password_hash !~ '^\$2[ax]\$(0[4-9]|[12][0-9]|3[01])\$[./A-Za-z0-9]{53}$' then
    raise exception 'The password hash is not a bcrypt hash this database can verify'
      using errcode = 'BADHS', hint = 'Accepted: $2a$, $2b$, $2x$ or $2y$, cost 04 to 31, 53 characters of salt and hash.';
  end if;
  return new;
end;
$$;
comment on function app_private.tg_user_credentials__normalise_hash() is
  E'Trigger: stores `$2b$` and `$2y$` bcrypt hashes as `$2a$` (the same computation in pgcrypto for passwords up to 72 bytes) and refuses, with BADHS, any hash pgcrypto''s crypt() cannot verify.';
create trigger _100_normalise_hash before insert or update of password_hash on app_private.user_credentials
  for each row execute function app_private.tg_user_credentials__normalise_hash();
-- Hashes stored before this migration: the trigger rewrites them.
update app_private.user_credentials c set password_hash = c.password_hash where c.password_hash ~ '^\$2[by]\$';
comment on column app_private.user_credentials.password_hash is
  E'bcrypt hash of the password, `$2a$` or `$2x$` (`$2b$`/`$2y$` are stored as `$2a$`), verified by pgcrypto''s crypt().';

/*
 * Imports keep the account's own creation time. The timestamp triggers set created_at to now() on insert;
 * app_private.import_accounts() alone turns on the transaction-local `idkit.import` setting under which a
 * given created_at is kept. (Only the owner can insert into these tables directly.)
 */
create or replace function app_private.tg__timestamps() returns trigger
  language plpgsql volatile
  set search_path = pg_catalog
as $$
begin
  if tg_op = 'INSERT' then
    if current_setting('idkit.import', true) is distinct from 'on' or new.created_at is null then
      new.created_at := now();
    end if;
    new.updated_at := now();
  else
    new.created_at := old.created_at;
    -- Monotonic even when two updates share one transaction timestamp.
    new.updated_at := greatest(now(), old.updated_at + interval '1 millisecond');
  end if;
  return new;
end;
$$;
comment on function app_private.tg__timestamps() is
  E'Trigger: sets created_at and updated_at on insert (an import keeps the source''s created_at), keeps created_at immutable and moves updated_at forward on update.';

create or replace function app_private.tg__created_at() returns trigger
  language plpgsql volatile
  set search_path = pg_catalog
as $$
begin
  if tg_op = 'INSERT' then
    if current_setting('idkit.import', true) is distinct from 'on' or new.created_at is null then
      new.created_at := now();
    end if;
  else
    new.created_at := old.created_at;
  end if;
  return new;
end;
$$;
comment on function app_private.tg__created_at() is
  E'Trigger: sets created_at on insert (an import keeps the source''s created_at) and keeps it immutable afterwards.';

/*
 * AUDIT: one `imported` event per imported account. All values of 000013's definition, plus `imported`.
 */
alter table app_public.login_audit_logs drop constraint login_audit_logs_event_type_known;
alter table app_public.login_audit_logs add constraint login_audit_logs_event_type_known check (event_type in (
  'register', 'login_success', 'login_failure', 'login_locked', 'password_change',
  'password_reset_request', 'password_reset', 'email_added', 'email_removed', 'email_verified',
  'email_primary_changed', 'provider_linked', 'provider_unlinked', 'mfa_enrolled', 'mfa_disabled',
  'mfa_challenge', 'mfa_success', 'mfa_failure', 'recovery_codes_generated', 'device_new',
  'device_forgotten', 'role_granted', 'role_revoked', 'status_changed',
  'sign_out', 'session_revoked', 'refresh_token_reuse',
  'reauthenticated', 'mfa_enrolment_started', 'throttled',
  'imported'
)) not valid;
alter table app_public.login_audit_logs validate constraint login_audit_logs_event_type_known;
comment on column app_public.login_audit_logs.event_type is E'What happened. One of: register, login_success (a session was created), login_failure, login_locked, password_change, password_reset_request, password_reset, email_added, email_removed, email_verified, email_primary_changed, provider_linked, provider_unlinked, mfa_enrolled, mfa_enrolment_started, mfa_disabled, mfa_challenge, mfa_success, mfa_failure, recovery_codes_generated, device_new, device_forgotten, role_granted, role_revoked, status_changed, sign_out, session_revoked, refresh_token_reuse, reauthenticated (the password was confirmed for security settings), throttled (a client or identifier went over a throttle limit; once per window), imported (the account came from another system by `idkit import`).';

/*
 * IMPORTED_ACCOUNTS: which source account became which user. The key makes an import idempotent and
 * resumable: a rerun skips what is here.
 */
create table app_private.imported_accounts (
  source              text not null
    constraint imported_accounts_source_format check (source ~ '^[a-z][a-z0-9_.:-]{0,99}$'),
  source_id           text not null
    constraint imported_accounts_source_id_length check (char_length(source_id) between 1 and 500),
  user_uuid           uuid not null unique references app_public.users (uuid) on delete cascade,
  imported_at         timestamptz not null default now(),
  must_reset_password boolean not null,
  primary key (source, source_id)
);
alter table app_private.imported_accounts enable row level security;
comment on table app_private.imported_accounts is
  E'An account brought in by `idkit import`: its identifier in the source system and the user it became. Owner only (RLS, no policies).';
comment on column app_private.imported_accounts.source is E'Where it came from: `supabase`, `graphile-starter`, or `file` (JSON Lines and CSV alike, keyed by the normalised address, so one person in both kinds of file is imported once).';
comment on column app_private.imported_accounts.source_id is E'The account''s identifier in the source (its id, or its address for files).';
comment on column app_private.imported_accounts.user_uuid is E'The user it became.';
comment on column app_private.imported_accounts.imported_at is E'When it was imported.';
comment on column app_private.imported_accounts.must_reset_password is
  E'True when the source had no usable password: the account has no credentials and signs in only after a password reset.';

/*
 * Usernames for accounts whose source has none (or an invalid one); see the README, "Import users".
 */
create function app_private.import_username_base(username text, email text) returns text
  language sql immutable parallel safe
  set search_path = pg_catalog, pg_temp
as $$
  select case
    when username ~ '^[A-Za-z][A-Za-z0-9_]{2,31}$' then username
    else (
      select case when char_length(b) >= 3 then b when b = '' then 'user' else 'user_' || b end
      from (select left(rtrim(regexp_replace(regexp_replace(
              coalesce(nullif(btrim(username), ''), split_part(email, '@', 1), ''),
              '[^A-Za-z0-9_]+', '_', 'g'), '^[^A-Za-z]+', ''), '_'), 32) as b) s
    )
  end
$$;
revoke all on function app_private.import_username_base(text, text) from public;
comment on function app_private.import_username_base(text, text) is
  E'The username an imported account asks for: the source''s when valid; else the source''s name or the address''s local part with every run of other characters turned into `_`, leading non-letters and trailing `_` dropped, cut to 32, prefixed `user_` below 3 characters (`user` when nothing is left).';

/*
 * THE IMPORT of one batch, set-based (no bcrypt: hashes are stored as they come). `accounts` is a JSON
 * array of {source_id, emails: [{email, verified, primary}], username, display_name, password_hash,
 * created_at, last_login_at, status ('active' | 'suspended' | 'deleted'), roles: [name], providers:
 * [{provider, id}]}, in source order. Returns one row per input account: imported or skipped, and why.
 * Called once per batch in its own transaction by src/import/run.ts: a batch commits whole or not at all.
 */
create function app_private.import_accounts(source text, accounts jsonb)
  returns table (source_id text, outcome text, reason text, user_uuid uuid, username text, must_reset_password boolean)
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_row record;
  v_name text;
  v_n integer;
begin
  -- One import at a time (per database), so that two runs never race for the same usernames or addresses.
  perform pg_advisory_xact_lock(hashtext('pg-identity-kit:import'));
  perform set_config('idkit.import', 'on', true);

  create temp table import_stage on commit drop as
  select o.ord, a.source_id, a.username as given_username,
         nullif(left(btrim(a.display_name), 100), '') as display_name,
         nullif(btrim(a.password_hash), '') as password_hash,
         coalesce(a.created_at, now()) as created_at, a.last_login_at,
         coalesce(a.status, 'active') as status,
         coalesce(a.roles, '[]') as roles, coalesce(a.providers, '[]') as providers,
         coalesce(a.emails, '[]') as emails,
         gen_random_uuid() as new_uuid, null::text as username, null::text as reason
  from jsonb_array_elements(accounts) with ordinality as x(j, ord),
       jsonb_to_record(x.j) as a(source_id text, username text, display_name text, password_hash text, created_at timestamptz,
         last_login_at timestamptz, status text, roles jsonb, providers jsonb, emails jsonb)
  cross join lateral (select x.ord) o(ord);

  create temp table import_emails on commit drop as
  select distinct on (s.ord, app_public.normalize_email(e.email))
         s.ord, s.new_uuid, e.email as given, app_public.normalize_email(e.email) as email,
         coalesce(e.verified, false) as verified, coalesce(e."primary", false) as is_primary, e.n
  from import_stage s,
       jsonb_array_elements(s.emails) with ordinality as y(j, n),
       lateral (select z.*, y.n from jsonb_to_record(y.j) as z(email text, verified boolean, "primary" boolean)) e
  order by s.ord, app_public.normalize_email(e.email), e.verified desc, e."primary" desc, e.n;

  -- Why an account is skipped; the first reason in this order wins.
  update import_stage s set reason = 'already_imported' where s.source_id is null or exists (
    select 1 from app_private.imported_accounts i where i.source = import_accounts.source and i.source_id = s.source_id)
    or exists (select 1 from import_stage t where t.source_id = s.source_id and t.ord < s.ord);
  update import_stage s set reason = 'deleted' where s.reason is null and s.status = 'deleted';
  update import_stage s set reason = 'no_email' where s.reason is null
    and not exists (select 1 from import_emails e where e.ord = s.ord);
  update import_stage s set reason = 'invalid_email' where s.reason is null
    and exists (select 1 from import_emails e where e.ord = s.ord and e.email is null);
  update import_stage s set reason = 'unsupported_hash' where s.reason is null and s.password_hash is not null
    and s.password_hash !~ '^\$2[abxy]\$(0[4-9]|[12][0-9]|3[01])\$[./A-Za-z0-9]{53}$';
  update import_stage s set reason = 'unknown_role' where s.reason is null and (
    jsonb_typeof(s.roles) <> 'array' or exists (
      select 1 from jsonb_array_elements_text(s.roles) r(name)
      where not exists (select 1 from app_public.roles x where x.role_name = lower(btrim(r.name)))));
  update import_stage s set reason = 'invalid_provider' where s.reason is null and exists (
    select 1 from jsonb_to_recordset(s.providers) p(provider text, id text)
    where coalesce(lower(p.provider), '') !~ '^[a-z][a-z0-9_.-]{0,49}$' or coalesce(char_length(p.id), 0) not between 1 and 255);
  update import_stage s set reason = 'invalid_status' where s.reason is null and s.status not in ('active', 'suspended');
  -- A verified address belongs to one account: taken when another account verified it, here or earlier in the import.
  update import_stage s set reason = 'duplicate_email' where s.reason is null and exists (
    select 1 from import_emails e where e.ord = s.ord and e.verified and (
      exists (select 1 from app_public.user_emails x where x.email = e.email and x.is_verified)
      or exists (select 1 from import_emails o join import_stage t on t.ord = o.ord
                 where o.email = e.email and o.verified and o.ord < s.ord and t.reason is null)));
  update import_stage s set reason = 'provider_taken' where s.reason is null and exists (
    select 1 from jsonb_to_recordset(s.providers) p(provider text, id text)
    where exists (select 1 from app_public.user_auth_providers x
                  where x.provider_name = lower(p.provider) and x.external_user_id = p.id)
       or exists (select 1 from import_stage t, jsonb_to_recordset(t.providers) q(provider text, id text)
                  where t.ord < s.ord and t.reason is null and lower(q.provider) = lower(p.provider) and q.id = p.id));

  -- Usernames: the base when free, else base_2, base_3, ... (first free), in source order.
  update import_stage s set username = app_private.import_username_base(s.given_username,
      (select e.email from import_emails e where e.ord = s.ord order by e.is_primary desc, e.n limit 1))
    where s.reason is null;
  create index on import_stage (app_public.normalize_username(username));
  for v_row in
    select s.ord, s.username from import_stage s
    where s.reason is null and (
      exists (select 1 from app_public.user_profiles p where app_public.normalize_username(p.username) = app_public.normalize_username(s.username))
      or exists (select 1 from import_stage t where t.reason is null and t.ord < s.ord
                 and app_public.normalize_username(t.username) = app_public.normalize_username(s.username)))
    order by s.ord
  loop
    v_n := 2;
    loop
      v_name := left(v_row.username, 31 - char_length(v_n::text)) || '_' || v_n;
      exit when not exists (select 1 from app_public.user_profiles p where app_public.normalize_username(p.username) = app_public.normalize_username(v_name))
        and not exists (select 1 from import_stage t where t.reason is null and t.ord <> v_row.ord
                        and app_public.normalize_username(t.username) = app_public.normalize_username(v_name));
      v_n := v_n + 1;
    end loop;
    update import_stage s set username = v_name where s.ord = v_row.ord;
  end loop;

  delete from import_emails e using import_stage s where s.ord = e.ord and s.reason is not null;

  insert into app_public.users (uuid, created_at, last_login_at)
    select s.new_uuid, s.created_at, s.last_login_at from import_stage s where s.reason is null order by s.ord;
  insert into app_public.user_profiles (user_uuid, username, display_name)
    select s.new_uuid, s.username, s.display_name from import_stage s where s.reason is null;
  -- A verified import takes the address from accounts that merely claimed it, as verify_email does.
  with gone as (
    delete from app_public.user_emails x using import_emails e
      where e.verified and x.email = e.email and not x.is_verified
      returning x.user_uuid
  )
  insert into app_public.login_audit_logs (event_type, user_uuid, reason)
    select 'email_removed', g.user_uuid, 'verified by another account' from gone g;
  insert into app_public.user_emails (user_uuid, email, is_verified, is_primary, created_at)
    select e.new_uuid, e.email, e.verified,
           e.n = coalesce((select min(p.n) from import_emails p where p.ord = e.ord and p.is_primary),
                          (select min(p.n) from import_emails p where p.ord = e.ord)),
           s.created_at
    from import_emails e join import_stage s on s.ord = e.ord;
  insert into app_public.user_roles (user_uuid, role_id)
    select distinct s.new_uuid, r.role_id
    from import_stage s
    cross join lateral (select 'user' as name union select lower(btrim(x)) from jsonb_array_elements_text(s.roles) x) n
    join app_public.roles r on r.role_name = n.name
    where s.reason is null;
  insert into app_private.user_credentials (user_uuid, password_hash, password_changed_at)
    select s.new_uuid, s.password_hash, s.created_at from import_stage s where s.reason is null and s.password_hash is not null;
  insert into app_public.user_auth_providers (user_uuid, provider_name, external_user_id, created_at)
    select distinct s.new_uuid, lower(p.provider), p.id, s.created_at
    from import_stage s, jsonb_to_recordset(s.providers) p(provider text, id text) where s.reason is null;
  update app_public.user_status x set status = 'suspended', reason = 'suspended in ' || import_accounts.source
    from import_stage s where s.reason is null and s.status = 'suspended' and x.user_uuid = s.new_uuid;
  insert into app_private.imported_accounts (source, source_id, user_uuid, must_reset_password)
    select import_accounts.source, s.source_id, s.new_uuid, s.password_hash is null from import_stage s where s.reason is null;
  insert into app_public.login_audit_logs (event_type, user_uuid, reason)
    select 'imported', s.new_uuid,
           'from ' || import_accounts.source || case when s.password_hash is null then '; must reset the password' else '' end
    from import_stage s where s.reason is null;

  perform set_config('idkit.import', 'off', true);
  return query
    select s.source_id, case when s.reason is null then 'imported' else 'skipped' end, s.reason,
           case when s.reason is null then s.new_uuid end, s.username,
           case when s.reason is null then s.password_hash is null end
    from import_stage s order by s.ord;
  drop table import_emails;
  drop table import_stage;
end;
$$;
revoke all on function app_private.import_accounts(text, jsonb) from public;
comment on function app_private.import_accounts(text, jsonb) is
  E'Imports one batch of accounts from another system (`idkit import`), set-based and without bcrypt work: users, profiles, addresses, roles, credentials (hashes as they come; `$2b$`/`$2y$` stored as `$2a$`), providers, status, an `imported` event each. Skips, with a reason, accounts already imported, deleted at the source, with no or an invalid address, an unsupported hash, an unknown role, an invalid or already linked provider, or a verified address another account holds. Accounts without a password get no credentials and must reset it.';

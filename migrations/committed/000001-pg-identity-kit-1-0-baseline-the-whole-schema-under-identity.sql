--! Previous: -
--! Hash: sha1:0d9b3b8ddc9c5bad873ceb3a2d45935550e8d0a4
--! Message: pg-identity-kit 1.0 baseline: the whole schema under identity and identity_private, in named sections

--! split: 0001-extensions-and-schemas.sql
-- Fail fast instead of queueing the application behind a lock: every migration starts with these two lines.
set local lock_timeout = '5s';
set local statement_timeout = '5min';

-- pg-identity-kit 1.0 baseline. One migration, read top to bottom: each object appears once, in its final
-- definition. The sections (the split markers below) go in reading order; a later section may use what an
-- earlier one defines, never the other way round, except in function bodies (see check_function_bodies).

-- SQL function bodies are checked when first called, not here: helpers such as current_user_uuid() read
-- tables defined in later sections (pg_dump restores do the same).
set local check_function_bodies = off;

-- Extensions: both are "trusted", so app_owner (the database owner) may create them.
create extension if not exists citext with schema public;
create extension if not exists pgcrypto with schema public;

-- Functions are not executable by PUBLIC unless a grant below says so.
alter default privileges revoke all on functions from public;

revoke create on schema public from public;

/*
 * Schemas: identity is what API roles may see; identity_private holds secrets and internals. The names are
 * the kit's own, so it can live beside an application's app_public/app_private (graphile/starter's names).
 */
create schema identity;
create schema identity_private;
grant usage on schema identity to app_anonymous, app_user, app_admin;
comment on schema identity is E'Tables and functions the GraphQL API exposes, each guarded by grants and row-level security.';
comment on schema identity_private is E'Secrets and internals: no API role has USAGE on this schema.';

--! split: 0010-helpers.sql
/*
 * Helpers every later section uses: identifier normalisation, timestamps, encodings, random tokens, the
 * client's address, and who is signed in.
 */

/*
 * Identifiers by the kit's own rules, never by the server's locale. citext and lower() follow the
 * database's LC_CTYPE: under C.UTF-8 or en_US.UTF-8 they fold 'İ' to 'i' and the Kelvin sign to 'k', so
 * `bob@gİthub.example` would match bob's `bob@github.example`. Here: Unicode NFC, then only the ASCII letters
 * A-Z fold to a-z (lower() under the "C" collation does exactly that on every server), every other
 * character compares exactly; domains must be ASCII (IDNA A-labels, `xn--...`) or the address is refused.
 */
create function identity.normalize_email(email text) returns text
  language plpgsql immutable strict parallel safe
  set search_path = pg_catalog, pg_temp
as $$
declare
  -- RFC 5322 atext, plus any non-ASCII character except spaces, controls and invisible formatting
  -- (RFC 6531 local parts): no-break and other spaces, the soft hyphen, zero-width and bidirectional
  -- controls, variation selectors, the BOM and tag characters. Ranges in bracket expressions are by code
  -- point, whatever the locale.
  c_atom constant text := '[-A-Za-z0-9!#$%&''*+/=?^_`{|}~'
    || '\u00A1-\u00AC\u00AE-\u167F\u1681-\u180D\u180F-\u1FFF\u2010-\u2027\u2030-\u205E\u2070-\u2FFF'
    || '\u3001-\uD7FF\uE000-\uFDFF\uFE10-\uFEFE\uFF00-\uFFEF\uFFFC-\uFFFD'
    || '\U00010000-\U000DFFFF\U000E0080-\U000E00FF\U000E01F0-\U0010FFFF]+';
  c_label constant text := '[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?';
  v_email text := normalize(btrim(email, E' \t\r\n'), NFC);
  v_local text := split_part(v_email, '@', 1);
  v_domain text := lower(split_part(v_email, '@', 2) collate "C");
begin
  if char_length(v_email) > 254 or v_email !~ '^[^@]+@[^@]+$'
     or v_local !~ ('^' || c_atom || '(\.' || c_atom || ')*$')
     or v_domain !~ ('^(' || c_label || '\.)+' || c_label || '$') then
    return null;
  end if;
  return lower(v_local collate "C") || '@' || v_domain;
end;
$$;
comment on function identity.normalize_email(text) is
  E'@behavior -*\nThe form in which the kit stores and compares an email address: Unicode NFC, ASCII letters in lower case (other characters exactly as given), the domain in ASCII (IDNA A-labels); NULL when the address is not valid. The same on every database locale.';
grant execute on function identity.normalize_email(text) to app_admin, app_anonymous, app_user;


create function identity.normalize_username(username text) returns text
  language sql immutable strict parallel safe
  set search_path = pg_catalog, pg_temp
as $$
  select lower(normalize(btrim(username, E' \t\r\n'), NFC) collate "C")
$$;
comment on function identity.normalize_username(text) is
  E'@behavior -*\nThe form in which the kit compares usernames: Unicode NFC, ASCII letters in lower case; the same on every database locale.';
grant execute on function identity.normalize_username(text) to app_admin, app_anonymous, app_user;


/*
 * Imports keep the account's own creation time. The timestamp triggers set created_at to now() on insert;
 * identity_private.import_accounts() alone turns on the transaction-local `idkit.import` setting under which a
 * given created_at is kept. (Only the owner can insert into these tables directly.)
 */
create function identity_private.tg__timestamps() returns trigger
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
comment on function identity_private.tg__timestamps() is
  E'Trigger: sets created_at and updated_at on insert (an import keeps the source''s created_at), keeps created_at immutable and moves updated_at forward on update.';


create function identity_private.tg__created_at() returns trigger
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
comment on function identity_private.tg__created_at() is
  E'Trigger: sets created_at on insert (an import keeps the source''s created_at) and keeps it immutable afterwards.';


create function identity_private.auth_now() returns timestamptz
  language sql stable
  set search_path = pg_catalog
as $$
  select now() + (select clock_offset from identity_private.auth_settings)
$$;
comment on function identity_private.auth_now() is
  E'The time the lockout logic uses: now() shifted by auth_settings.clock_offset.';


create function identity_private.sha256(value text) returns bytea
  language sql immutable strict parallel safe
  set search_path = pg_catalog, public, pg_temp
as $$
  select digest(convert_to(value, 'UTF8'), 'sha256')
$$;
comment on function identity_private.sha256(text) is
  E'SHA-256 of a text (for high-entropy one-time secrets; passwords use bcrypt).';


create function identity_private.random_token(bytes integer default 24) returns text
  language sql volatile strict
  set search_path = pg_catalog, public, pg_temp
as $$
  select translate(encode(gen_random_bytes(bytes), 'base64'), '+/=', '-_')
$$;
comment on function identity_private.random_token(integer) is
  E'A URL-safe random string of the given number of random bytes.';


create function identity_private.base32_encode(data bytea) returns text
  language plpgsql immutable strict parallel safe
  set search_path = pg_catalog, pg_temp
as $$
declare
  v_alphabet constant text := 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  v_bits text := '';
  v_out text := '';
begin
  for i in 0 .. length(data) - 1 loop
    v_bits := v_bits || get_byte(data, i)::bit(8)::text;
  end loop;
  v_bits := rpad(v_bits, ((length(v_bits) + 4) / 5) * 5, '0');
  for i in 0 .. length(v_bits) / 5 - 1 loop
    v_out := v_out || substr(v_alphabet, substr(v_bits, i * 5 + 1, 5)::bit(5)::integer + 1, 1);
  end loop;
  return v_out;
end;
$$;
comment on function identity_private.base32_encode(bytea) is
  E'RFC 4648 base32 without padding (TOTP secrets in otpauth URIs).';


/*
 * Refresh-token encoding.
 */
create function identity_private.base64url_encode(value bytea) returns text
  language sql immutable strict parallel safe
  set search_path = pg_catalog
as $$
  select translate(encode(value, 'base64'), E'+/=\n', '-_')
$$;
comment on function identity_private.base64url_encode(bytea) is
  E'Unpadded base64url of a byte string.';


create function identity_private.base64url_decode(value text) returns bytea
  language sql immutable strict parallel safe
  set search_path = pg_catalog
as $$
  select decode(rpad(translate(value, '-_', '+/'), ((char_length(value) + 3) / 4) * 4, '='), 'base64')
$$;
comment on function identity_private.base64url_decode(text) is
  E'Decodes unpadded base64url.';


/*
 * Request metadata set by the server wins, always: with idkit.request_meta = ''server'' the functions use
 * idkit.client_ip / idkit.user_agent (NULL when the server could not tell) and ignore the arguments.
 */
create function identity_private.client_ip(argument inet) returns inet
  language plpgsql stable
  set search_path = pg_catalog, pg_temp
as $$
begin
  if current_setting('idkit.request_meta', true) is distinct from 'server' then
    return argument;
  end if;
  return nullif(current_setting('idkit.client_ip', true), '')::inet;
exception when invalid_text_representation then
  return null;
end;
$$;
comment on function identity_private.client_ip(inet) is
  E'The client address: the one the server saw when it set idkit.request_meta, else the argument of a trusted caller.';


create function identity_private.client_user_agent(argument text) returns text
  language sql stable
  set search_path = pg_catalog, pg_temp
as $$
  select left(case when current_setting('idkit.request_meta', true) is not distinct from 'server'
                   then nullif(current_setting('idkit.user_agent', true), '')
                   else argument end, 1024)
$$;
comment on function identity_private.client_user_agent(text) is
  E'The user agent: the one the server saw when it set idkit.request_meta, else the argument of a trusted caller.';


create function identity.current_session_id() returns uuid
  language sql stable security definer
  set search_path = pg_catalog, public, pg_temp
as $$
  select nullif(current_setting('jwt.claims.session_id', true), '')::uuid where identity.current_user_uuid() is not null
$$;
comment on function identity.current_session_id() is
  E'The id of the live session making this request; NULL when nobody is signed in.';
grant execute on function identity.current_session_id() to app_admin, app_anonymous, app_user;


/*
 * Who is signed in: the live session named by jwt.claims.session_id, of the account in jwt.claims.user_uuid.
 */
create function identity.current_user_uuid() returns uuid
  language sql stable security definer
  set search_path = pg_catalog, public, pg_temp
as $$
  select s.user_uuid
  from identity.user_sessions s
  join identity.user_status st on st.user_uuid = s.user_uuid
  where s.id = nullif(current_setting('jwt.claims.session_id', true), '')::uuid
    and s.user_uuid = nullif(current_setting('jwt.claims.user_uuid', true), '')::uuid
    and s.revoked_at is null
    and s.expires_at > now()
    and st.status = 'active'
$$;
comment on function identity.current_user_uuid() is
  E'The signed-in user''s uuid: the account of the session named by the transaction-local settings `jwt.claims.session_id` and `jwt.claims.user_uuid`, while that session is live (not revoked, not expired) and the account active; NULL otherwise. Sign-out and suspension take effect at the next statement.';
grant execute on function identity.current_user_uuid() to app_admin, app_anonymous, app_user;


/*
 * Who is an administrator: holds the `admin` row of ROLES.
 */
create function identity.current_user_is_admin() returns boolean
  language sql stable security definer parallel safe
  set search_path = pg_catalog
as $$
  select exists (
    select 1
    from identity.user_roles ur
    join identity.roles r on r.role_id = ur.role_id
    where ur.user_uuid = identity.current_user_uuid() and r.role_name = 'admin'
  )
$$;
comment on function identity.current_user_is_admin() is
  E'True when the signed-in user holds the `admin` role.';
grant execute on function identity.current_user_is_admin() to app_admin, app_user;


create function identity_private.assert_signed_in() returns uuid
  language plpgsql stable
  set search_path = pg_catalog, pg_temp
as $$
declare
  v_user_uuid uuid := identity.current_user_uuid();
begin
  if v_user_uuid is null then
    raise exception 'You must be signed in' using errcode = 'LOGIN';
  end if;
  return v_user_uuid;
end;
$$;
comment on function identity_private.assert_signed_in() is
  E'The signed-in, active user''s uuid; raises LOGIN otherwise.';


create function identity_private.assert_admin() returns uuid
  language plpgsql stable
  set search_path = pg_catalog, pg_temp
as $$
declare
  v_user_uuid uuid := identity_private.assert_signed_in();
begin
  if not identity.current_user_is_admin() then
    raise exception 'Only administrators may do this' using errcode = 'FORBD';
  end if;
  return v_user_uuid;
end;
$$;
comment on function identity_private.assert_admin() is
  E'The signed-in administrator''s uuid; raises LOGIN or FORBD otherwise.';

--! split: 0020-settings.sql
/*
 * Settings of the authentication functions: one row, readable only by the owner.
 */
create table identity_private.auth_settings (
  singleton            boolean primary key default true
    constraint auth_settings_singleton check (singleton),
  bcrypt_cost          integer not null default 10
    constraint auth_settings_bcrypt_cost_range check (bcrypt_cost between 4 and 16),
  password_min_length  integer not null default 10
    constraint auth_settings_password_min_length_range check (password_min_length between 1 and 72),
  lockout_max_attempts integer not null default 5
    constraint auth_settings_lockout_max_attempts_positive check (lockout_max_attempts >= 1),
  lockout_window       interval not null default interval '15 minutes'
    constraint auth_settings_lockout_window_positive check (lockout_window > interval '0'),
  clock_offset         interval not null default interval '0',
  access_token_lifetime interval not null default interval '5 minutes'
    constraint auth_settings_access_token_lifetime_range
      check (access_token_lifetime between interval '10 seconds' and interval '1 hour'),
  session_absolute_lifetime interval not null default interval '30 days'
    constraint auth_settings_session_absolute_lifetime_positive check (session_absolute_lifetime > interval '0'),
  session_idle_timeout interval not null default interval '7 days'
    constraint auth_settings_session_idle_timeout_positive check (session_idle_timeout > interval '0'),
  refresh_reuse_interval interval not null default interval '10 seconds'
    constraint auth_settings_refresh_reuse_interval_range
      check (refresh_reuse_interval between interval '0' and interval '5 minutes'),
  reauthentication_window interval not null default interval '10 minutes'
    constraint auth_settings_reauthentication_window_range
      check (reauthentication_window between interval '1 minute' and interval '1 day'),
  throttle_window interval not null default interval '1 minute'
    constraint auth_settings_throttle_window_range check (throttle_window between interval '1 second' and interval '1 day'),
  throttle_sign_ins_per_client integer not null default 60
    constraint auth_settings_throttle_sign_ins_per_client_positive check (throttle_sign_ins_per_client >= 1),
  throttle_sign_ins_per_identifier integer not null default 10
    constraint auth_settings_throttle_sign_ins_per_identifier_positive check (throttle_sign_ins_per_identifier >= 1),
  throttle_account_calls_per_client integer not null default 20
    constraint auth_settings_throttle_account_calls_per_client_positive check (throttle_account_calls_per_client >= 1),
  throttle_account_calls_per_identifier integer not null default 5
    constraint auth_settings_throttle_account_calls_per_identifier_positive check (throttle_account_calls_per_identifier >= 1),
  login_audit_months_ahead integer not null default 3
    constraint auth_settings_login_audit_months_ahead_range check (login_audit_months_ahead between 1 and 24),
  login_audit_retention_months integer not null default 13
    constraint auth_settings_login_audit_retention_months_range check (login_audit_retention_months between 1 and 1200)
);
alter table identity_private.auth_settings enable row level security;
comment on table identity_private.auth_settings is E'Settings of the authentication functions (one row). Change them with UPDATE as the owner.';
comment on column identity_private.auth_settings.singleton is E'Always true: the table holds exactly one row.';
comment on column identity_private.auth_settings.bcrypt_cost is E'bcrypt cost for new password hashes (default 10, OWASP''s minimum). Older hashes are upgraded at the next successful sign-in.';
comment on column identity_private.auth_settings.password_min_length is E'Minimum password length in characters.';
comment on column identity_private.auth_settings.lockout_max_attempts is E'Failed sign-ins of one login identifier within lockout_window before it is locked.';
comment on column identity_private.auth_settings.lockout_window is E'How long failures are counted, and how long a lock lasts from the first failure.';
comment on column identity_private.auth_settings.clock_offset is E'Shifts the clock of the lockout logic; for tests only, keep it at 0.';
comment on column identity_private.auth_settings.access_token_lifetime is E'Lifetime of an access token (default 5 minutes); a refresh token renews it.';
comment on column identity_private.auth_settings.session_absolute_lifetime is E'A session ends this long after its sign-in, however often it is refreshed (default 30 days).';
comment on column identity_private.auth_settings.session_idle_timeout is E'A session that is not refreshed for this long cannot be refreshed any more (default 7 days).';
comment on column identity_private.auth_settings.refresh_reuse_interval is E'Grace window after a refresh in which the refresh token just rotated away still returns the same successor (several tabs refreshing at once; default 10 seconds). Later use of it is reuse and ends the session.';
comment on column identity_private.auth_settings.reauthentication_window is E'How recently the session must have proved the password (sign-in or reauthenticate) for security settings: adding an email, making one primary, authenticator apps, recovery codes, linking a provider, deactivating the account (default 10 minutes).';
comment on column identity_private.auth_settings.throttle_window is E'Length of one throttling window (default 1 minute).';
comment on column identity_private.auth_settings.throttle_sign_ins_per_client is E'Sign-in attempts (authenticate, complete_mfa_login, reauthenticate) one client address may make per throttle window (default 60).';
comment on column identity_private.auth_settings.throttle_sign_ins_per_identifier is E'Sign-in attempts per account (or per typed login naming none) per throttle window, from all clients together (default 10).';
comment on column identity_private.auth_settings.throttle_account_calls_per_client is E'Calls of register_user, request_password_reset, verify_email, reset_password and add_email one client address may make per throttle window (default 20).';
comment on column identity_private.auth_settings.throttle_account_calls_per_identifier is E'Calls of request_password_reset per address, register_user per address and add_email per account, per throttle window (default 5).';
comment on column identity_private.auth_settings.login_audit_months_ahead is
  E'How many months after the current one partition upkeep (`idkit maintain`) keeps ready in login_audit_logs, so that no event lands in the default partition (default 3).';
comment on column identity_private.auth_settings.login_audit_retention_months is
  E'How many months of login_audit_logs are kept (default 13): a monthly partition is dropped by `idkit maintain` once its last possible event is older than that.';

insert into identity_private.auth_settings default values;

--! split: 0100-users-and-profiles.sql
/*
 * USER_STATUS
 */
create type identity.account_status as enum ('active', 'suspended', 'deactivated');
comment on type identity.account_status is E'Whether an account may sign in: only `active` accounts can.';


create function identity_private.tg_users__insert_status() returns trigger
  language plpgsql volatile
  set search_path = pg_catalog
as $$
begin
  insert into identity.user_status (user_uuid, status) values (new.uuid, 'active');
  return null;
end;
$$;
comment on function identity_private.tg_users__insert_status() is
  E'Trigger: gives every new account its one status row, so no account ever lacks one.';


/*
 * USERS
 */
create table identity.users (
  uuid          uuid primary key default gen_random_uuid(),
  id            bigint generated always as identity unique,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  last_login_at timestamptz
);
alter table identity.users enable row level security;
create policy select_own on identity.users for select to app_user
  using (uuid = (select identity.current_user_uuid()));
create policy select_all_as_admin on identity.users for select to app_admin
  using ((select identity.current_user_is_admin()));
grant select on table identity.users to app_admin, app_user;
comment on table identity.users is E'A user account. Profile, emails, roles and status hang off it by `user_uuid`.';
comment on column identity.users.uuid is E'The account''s stable public identifier.';
comment on column identity.users.id is E'A compact sequential number for the account (internal references, support tickets).';
comment on column identity.users.created_at is E'When the account was created; never changes.';
comment on column identity.users.updated_at is E'When the account row last changed.';
comment on column identity.users.last_login_at is E'When the account last signed in successfully; NULL if never.';
create trigger _100_timestamps before insert or update on identity.users
  for each row execute function identity_private.tg__timestamps();
create trigger _500_insert_status after insert on identity.users
  for each row execute function identity_private.tg_users__insert_status();


/*
 * USER_PROFILES
 */
create table identity.user_profiles (
  user_uuid         uuid primary key references identity.users (uuid) on delete cascade,
  username          text not null
    constraint user_profiles_username_length check (char_length(username) between 3 and 32)
    constraint user_profiles_username_format check (username ~ '^[A-Za-z][A-Za-z0-9_]*$'),
  display_name      varchar(100)
    constraint user_profiles_display_name_length check (char_length(btrim(display_name)) between 1 and 100),
  avatar_object_key text
    constraint user_profiles_avatar_object_key_format check (
      char_length(avatar_object_key) between 1 and 1024 and avatar_object_key ~ '^[A-Za-z0-9!_.*''()/-]+$'
    ),
  bio               text
    constraint user_profiles_bio_length check (char_length(bio) <= 2000)
);
create unique index user_profiles_username_key on identity.user_profiles (identity.normalize_username(username));
alter table identity.user_profiles enable row level security;
create policy select_own on identity.user_profiles for select to app_user
  using (user_uuid = (select identity.current_user_uuid()));
create policy update_own on identity.user_profiles for update to app_user
  using (user_uuid = (select identity.current_user_uuid()))
  with check (user_uuid = (select identity.current_user_uuid()));
create policy select_all_as_admin on identity.user_profiles for select to app_admin
  using ((select identity.current_user_is_admin()));
create policy update_all_as_admin on identity.user_profiles for update to app_admin
  using ((select identity.current_user_is_admin()));
grant select on table identity.user_profiles to app_admin, app_user;
grant update (username, display_name, avatar_object_key, bio) on table identity.user_profiles to app_admin, app_user;
comment on table identity.user_profiles is E'The public face of an account: username, display name, avatar and bio.';
comment on column identity.user_profiles.user_uuid is E'The account this profile belongs to.';
comment on column identity.user_profiles.username is E'Unique sign-in name, 3 to 32 ASCII letters, digits or underscores, starting with a letter; compared without regard to letter case (normalize_username).';
comment on column identity.user_profiles.display_name is E'Name shown to others, 1 to 100 characters.';
comment on column identity.user_profiles.avatar_object_key is E'Object-storage key of the avatar image (not a URL).';
comment on column identity.user_profiles.bio is E'A short self-description, at most 2000 characters.';


create function identity_private.tg_user_status__keep_while_user_exists() returns trigger
  language plpgsql volatile
  set search_path = pg_catalog
as $$
begin
  if tg_op = 'UPDATE' then
    raise exception 'An account''s status row cannot move to another account' using errcode = 'STAFX';
  end if;
  if exists (select 1 from identity.users u where u.uuid = old.user_uuid) then
    raise exception 'An account''s status row cannot be deleted; change the status instead'
      using errcode = 'STAFX', hint = 'Delete the account itself to remove its status.';
  end if;
  return old;
end;
$$;
comment on function identity_private.tg_user_status__keep_while_user_exists() is
  E'Trigger: a status row lives exactly as long as its account.';


create table identity.user_status (
  user_uuid      uuid primary key references identity.users (uuid) on delete cascade,
  status         identity.account_status not null default 'active',
  deactivated_at timestamptz,
  reason         text
    constraint user_status_reason_length check (char_length(reason) <= 500),
  constraint user_status_deactivated_at_matches_status check ((status = 'deactivated') = (deactivated_at is not null))
);
alter table identity.user_status enable row level security;
create policy select_own on identity.user_status for select to app_user
  using (user_uuid = (select identity.current_user_uuid()));
create policy select_all_as_admin on identity.user_status for select to app_admin
  using ((select identity.current_user_is_admin()));
grant select on table identity.user_status to app_admin, app_user;
comment on table identity.user_status is E'The account''s standing. Every account has exactly one row, created with the account.';
comment on column identity.user_status.user_uuid is E'The account.';
comment on column identity.user_status.status is E'`active`, `suspended` or `deactivated`; only active accounts sign in.';
comment on column identity.user_status.deactivated_at is E'When the account was deactivated; set exactly when status is `deactivated`.';
comment on column identity.user_status.reason is E'Why the status was last changed.';
create trigger _100_keep_while_user_exists before delete on identity.user_status
  for each row execute function identity_private.tg_user_status__keep_while_user_exists();
create trigger _100_keep_user_uuid before update of user_uuid on identity.user_status
  for each row when (old.user_uuid is distinct from new.user_uuid)
  execute function identity_private.tg_user_status__keep_while_user_exists();


-- current_user() answers NULL for anonymous callers, who may not read users. It only ever returns the
-- caller's own row, so running as the owner reveals nothing more.
create function identity."current_user"() returns identity.users
  language sql stable security definer
  set search_path = pg_catalog, public, pg_temp
as $$
  select u.* from identity.users u where u.uuid = identity.current_user_uuid()
$$;
comment on function identity."current_user"() is
  E'The signed-in user, or NULL when nobody is signed in.';
grant execute on function identity."current_user"() to app_admin, app_anonymous, app_user;


create function identity_private.change_status(user_uuid uuid, status identity.account_status, reason text, actor uuid) returns boolean
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
begin
  if char_length(reason) > 500 then
    raise exception 'The reason must be at most 500 characters' using errcode = 'BADRS';
  end if;
  if status <> 'active' then
    perform identity_private.assert_active_admin_remains(change_status.user_uuid);
  end if;
  update identity.user_status s set
    status = change_status.status,
    reason = change_status.reason,
    deactivated_at = case when change_status.status = 'deactivated' then coalesce(s.deactivated_at, now()) end
  where s.user_uuid = change_status.user_uuid and s.status is distinct from change_status.status;
  if not found then
    if not exists (select 1 from identity.users u where u.uuid = change_status.user_uuid) then
      raise exception 'No such user' using errcode = 'USRNF';
    end if;
    return false;
  end if;
  perform identity_private.audit('status_changed', user_uuid, null, null, format('%s by %s: %s', status, actor, coalesce(reason, '')));
  -- Suspension and deactivation end the sessions for good: reactivating brings none of them back.
  if status <> 'active' then
    perform identity_private.revoke_sessions(change_status.user_uuid, 'account_' || status::text, actor);
  end if;
  return true;
end;
$$;
comment on function identity_private.change_status(uuid, identity.account_status, text, uuid) is
  E'Sets an account''s status with a reason and audits it; false when it already had that status.';


create function identity.set_account_status(user_uuid uuid, status identity.account_status, reason text default null)
  returns boolean
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_admin uuid := identity_private.assert_admin();
begin
  if user_uuid is null or status is null then
    raise exception 'user_uuid and status are required' using errcode = '22004';
  end if;
  if user_uuid = v_admin and status <> 'active' then
    raise exception 'Administrators cannot suspend or deactivate themselves here' using errcode = 'FORBD';
  end if;
  return identity_private.change_status(user_uuid, status, reason, v_admin);
end;
$$;
comment on function identity.set_account_status(uuid, identity.account_status, text) is
  E'Administrators: suspends, reactivates or deactivates an account, with a reason (audited). Suspending or deactivating ends every session of the account for good: reactivation brings none back. Errors: LOGIN, FORBD, USRNF, BADRS, LSTAD.';
grant execute on function identity.set_account_status(uuid, identity.account_status, text) to app_admin;


create function identity.deactivate_my_account(reason text default null) returns boolean
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := identity_private.assert_recently_authenticated();
begin
  return identity_private.change_status(v_user_uuid, 'deactivated', reason, v_user_uuid);
end;
$$;
comment on function identity.deactivate_my_account(text) is
  E'Deactivates the signed-in user''s own account (audited) and ends all its sessions for good. Needs a recent sign-in or reauthenticate. Errors: LOGIN, REAUT, BADRS, LSTAD (the last active administrator).';
grant execute on function identity.deactivate_my_account(text) to app_user;

--! split: 0200-credentials-and-passwords.sql
/*
 * BCRYPT VARIANTS. pgcrypto's crypt() knows `$2a$` and `$2x$` only: a `$2b$` or `$2y$` setting falls back to
 * DES crypt, so such a hash never matched and its owner could never sign in (nor got an error). For
 * passwords up to 72 bytes (the most authenticate accepts) `$2b$` and `$2y$` are the same computation as
 * pgcrypto's `$2a$` (which has no sign-extension bug; that one is `$2x$`), so they are stored as `$2a$`:
 * normalised ON THE WAY IN, by a trigger, never at sign-in. Anything crypt() cannot verify is refused here.
 */
create function identity_private.tg_user_credentials__normalise_hash() returns trigger
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
comment on function identity_private.tg_user_credentials__normalise_hash() is
  E'Trigger: stores `$2b$` and `$2y$` bcrypt hashes as `$2a$` (the same computation in pgcrypto for passwords up to 72 bytes) and refuses, with BADHS, any hash pgcrypto''s crypt() cannot verify.';


/*
 * USER_CREDENTIALS (private: the password hash is never readable by an API role)
 */
create table identity_private.user_credentials (
  user_uuid           uuid primary key references identity.users (uuid) on delete cascade,
  password_hash       text not null
    constraint user_credentials_password_hash_format check (password_hash ~ '^\$2[abxy]\$[0-9]{2}\$[./A-Za-z0-9]{53}$'),
  password_changed_at timestamptz not null default now()
);
alter table identity_private.user_credentials enable row level security;
comment on table identity_private.user_credentials is E'Password credentials. No API role may read it; RLS with no policies denies everyone but the owner.';
comment on column identity_private.user_credentials.user_uuid is E'The account the password belongs to.';
comment on column identity_private.user_credentials.password_hash is E'bcrypt hash of the password, `$2a$` or `$2x$` (`$2b$`/`$2y$` are stored as `$2a$`), verified by pgcrypto''s crypt().';
comment on column identity_private.user_credentials.password_changed_at is E'When the password was last set.';
create trigger _100_normalise_hash before insert or update of password_hash on identity_private.user_credentials
  for each row execute function identity_private.tg_user_credentials__normalise_hash();


/*
 * PASSWORD POLICY (NIST SP 800-63B): a minimum length, no composition rules, and refused when the password
 * is on a list of common and breached passwords, or contains the username or an address's local part.
 */
create table identity_private.common_passwords (
  password text primary key
);
alter table identity_private.common_passwords enable row level security;
comment on table identity_private.common_passwords is E'Common and breached passwords (zxcvbn-ts''s passwords-common list, ASCII letters in lower case) that the password policy refuses.';
comment on column identity_private.common_passwords.password is E'The password, ASCII letters in lower case.';


/*
 * Failed sign-in counters per lockout key: the device of a valid device token, else the account, else the
 * login as typed when it names no account.
 */
create table identity_private.login_attempts (
  identifier      citext primary key
    constraint login_attempts_identifier_length check (char_length(identifier) <= 330),
  failed_count    integer not null
    constraint login_attempts_failed_count_positive check (failed_count >= 1),
  first_failed_at timestamptz not null
);
create index login_attempts_first_failed_at_idx on identity_private.login_attempts (first_failed_at);
alter table identity_private.login_attempts enable row level security;
comment on table identity_private.login_attempts is E'Failed sign-ins per account, or per typed login identifier that matches no account, for lockout.';
comment on column identity_private.login_attempts.identifier is
  E'`device:<device id>` for a sign-in with a valid device token, `account:<uuid>` for an existing account without one, `login:<identifier as typed>` otherwise (case-insensitive).';
comment on column identity_private.login_attempts.failed_count is E'Failures since first_failed_at.';
comment on column identity_private.login_attempts.first_failed_at is E'Start of the counting window.';


create function identity_private.hash_password(password text) returns text
  language sql volatile strict
  set search_path = pg_catalog, public, pg_temp
as $$
  select crypt(password, gen_salt('bf', (select bcrypt_cost from identity_private.auth_settings)))
$$;
comment on function identity_private.hash_password(text) is
  E'bcrypt hash of the password at the configured cost.';


create function identity_private.verify_password(user_uuid uuid, password text) returns boolean
  language sql stable
  set search_path = pg_catalog, public, pg_temp
as $$
  select coalesce((
    select c.password_hash = crypt(verify_password.password, c.password_hash)
    from identity_private.user_credentials c
    where c.user_uuid = verify_password.user_uuid
  ) and octet_length(verify_password.password) <= 72, false)
$$;
comment on function identity_private.verify_password(uuid, text) is
  E'True when the password matches the user''s stored hash; false for unknown users and passwords over 72 bytes.';


create function identity_private.assert_valid_password(
  password text, for_user uuid default identity.current_user_uuid(), username text default null, emails text[] default null
) returns void
  language plpgsql stable
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_min integer := (select password_min_length from identity_private.auth_settings);
  v_folded text;
  v_username text := username;
  v_emails text[] := coalesce(emails, '{}');
  v_local text;
begin
  if password is null or char_length(password) < v_min then
    raise exception 'The password must be at least % characters long', v_min using errcode = 'WEAKP';
  end if;
  -- bcrypt ignores everything after 72 bytes; a longer password would silently match its prefix.
  if octet_length(password) > 72 then
    raise exception 'The password must be at most 72 bytes long (UTF-8)' using errcode = 'LONGP';
  end if;
  v_folded := lower(normalize(password, NFC) collate "C");
  if exists (select 1 from identity_private.common_passwords c where c.password = v_folded) then
    raise exception 'The password is on a list of common or breached passwords; choose another'
      using errcode = 'WEAKP';
  end if;
  if for_user is not null then
    v_username := coalesce(v_username, (select p.username from identity.user_profiles p where p.user_uuid = for_user));
    v_emails := v_emails || array(select e.email from identity.user_emails e where e.user_uuid = for_user);
  end if;
  if v_username is not null and strpos(v_folded, identity.normalize_username(v_username)) > 0 then
    raise exception 'The password must not contain the username' using errcode = 'WEAKP';
  end if;
  foreach v_local in array v_emails loop
    v_local := split_part(coalesce(identity.normalize_email(v_local), ''), '@', 1);
    -- Local parts shorter than the shortest username (3) are too common a substring to forbid.
    if char_length(v_local) >= 3 and strpos(v_folded, v_local) > 0 then
      raise exception 'The password must not contain the part of the email address before the @'
        using errcode = 'WEAKP';
    end if;
  end loop;
end;
$$;
comment on function identity_private.assert_valid_password(text, uuid, text, text[]) is
  E'The password policy. Raises WEAKP, naming the rule, when the password is shorter than auth_settings.password_min_length, is on the list of common passwords, or contains the username or the part before the @ of an email address (of the account for_user, by default the signed-in user, and of the username and emails given); LONGP over bcrypt''s 72 bytes.';


/*
 * Sign-in lookup: a username, or a VERIFIED email address. An account that has verified no address
 * yet signs in with its username, so registering somebody else's address opens nothing.
 * authenticate() calls this.
 */
create function identity_private.user_uuid_for_login(login text) returns uuid
  language sql stable strict
  set search_path = pg_catalog, pg_temp
as $$
  select case when position('@' in login) > 0 then
    (select e.user_uuid from identity.user_emails e
      where e.email = identity.normalize_email(login) and e.is_verified)
  else
    (select p.user_uuid from identity.user_profiles p
      where identity.normalize_username(p.username) = identity.normalize_username(login))
  end
$$;
comment on function identity_private.user_uuid_for_login(text) is
  E'The account a sign-in identifier names: a username (any letter case), or an email address only when verified; NULL otherwise. The rules of normalize_email and normalize_username, whatever the database locale.';


create function identity_private.lock_login_key(key citext) returns void
  language sql volatile
  set search_path = pg_catalog, pg_temp
as $$
  select pg_advisory_xact_lock(hashtext('pg-identity-kit:login:' || lower(key::text)))
$$;
comment on function identity_private.lock_login_key(citext) is
  E'Serialises the attempts of one lockout key until the end of the transaction.';


create function identity_private.lockout_key(user_uuid uuid, device_id bigint, login text) returns citext
  language sql immutable
  set search_path = pg_catalog, public, pg_temp
as $$
  select coalesce('device:' || device_id::text, 'account:' || user_uuid::text, 'login:' || login)::citext
$$;
comment on function identity_private.lockout_key(uuid, bigint, text) is
  E'The key a sign-in''s failures count under: its device (a valid device token), else its account, else the login as typed.';


create function identity_private.is_locked(key citext) returns boolean
  language sql stable
  set search_path = pg_catalog, public, pg_temp
as $$
  select coalesce((
    select a.failed_count >= s.lockout_max_attempts and a.first_failed_at > identity_private.auth_now() - s.lockout_window
    from identity_private.login_attempts a, identity_private.auth_settings s
    where a.identifier = key
  ), false)
$$;
comment on function identity_private.is_locked(citext) is
  E'True while a lockout key has reached the failure limit within the window.';


create function identity_private.count_login_failure(key citext) returns void
  language sql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
  insert into identity_private.login_attempts as a (identifier, failed_count, first_failed_at)
    values (key, 1, identity_private.auth_now())
    on conflict (identifier) do update set
      failed_count = case when a.first_failed_at <= identity_private.auth_now() - (select lockout_window from identity_private.auth_settings)
        then 1 else a.failed_count + 1 end,
      first_failed_at = case when a.first_failed_at <= identity_private.auth_now() - (select lockout_window from identity_private.auth_settings)
        then identity_private.auth_now() else a.first_failed_at end
$$;
comment on function identity_private.count_login_failure(citext) is
  E'Counts one failed sign-in for a lockout key, restarting the window when it has passed.';


create function identity.register_user(username text, email text, password text, display_name text default null)
  returns identity.users
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user identity.users;
  v_email text := identity.normalize_email(email);
  v_constraint text;
begin
  perform identity_private.assert_account_call_allowed('register_user', v_email);
  if v_email is null then
    raise exception 'The email address is not valid' using errcode = 'BADEM';
  end if;
  if username is null or char_length(username) not between 3 and 32 or username !~ '^[A-Za-z][A-Za-z0-9_]*$' then
    raise exception 'The username must be 3 to 32 letters, digits or underscores, starting with a letter'
      using errcode = 'BADUN';
  end if;
  if display_name is not null and char_length(btrim(display_name)) not between 1 and 100 then
    raise exception 'The display name must be 1 to 100 characters long' using errcode = 'BADDN';
  end if;
  perform identity_private.assert_valid_password(password, null, username, array[v_email]);
  -- Whether another account verified the address is never asked: the claim is stored either way.

  begin
    insert into identity.users default values returning * into v_user;
    insert into identity.user_profiles (user_uuid, username, display_name)
      values (v_user.uuid, username, nullif(btrim(display_name), ''));
    insert into identity.user_emails (user_uuid, email, is_primary)
      values (v_user.uuid, v_email, true);
  exception when unique_violation then
    -- Also reached when a concurrent registration commits the same name first. The block's writes are
    -- rolled back, the throttle count above stays.
    get stacked diagnostics v_constraint = constraint_name;
    if v_constraint = 'user_profiles_username_key' then
      return null; -- the username is taken: the API layers answer UNTKN once this call's count is committed
    end if;
    raise;
  end;
  insert into identity.user_roles (user_uuid, role_id)
    select v_user.uuid, r.role_id from identity.roles r where r.role_name = 'user';
  insert into identity_private.user_credentials (user_uuid, password_hash)
    values (v_user.uuid, identity_private.hash_password(password));
  perform identity_private.audit('register', v_user.uuid);
  return v_user;
end;
$$;
comment on function identity.register_user(text, text, text, text) is
  E'Creates an account with its profile, primary email (unverified), `user` role and password, and records a `register` event. NULL when the username is taken (any letter case); the typed client and the GraphQL API turn it into the error UNTKN once the call''s throttle count is committed. An address another account verified is accepted as an unverified claim, like any other: it can never be verified nor sign in, and the answer does not tell. Throttled per client and per address. Errors: THROT, BADEM, BADUN, BADDN, WEAKP, LONGP (and UNTKN from the API layers).';
grant execute on function identity.register_user(text, text, text, text) to app_anonymous;


/*
 * What a sign-in or a refresh grants: the claims of an access token (signed by the server), the refresh
 * token and, after a sign-in that handed one out, the device token. A first step that needs a second factor
 * grants only an mfa_challenge.
 */
create type identity.session_grant as (
  role          text,
  user_uuid     uuid,
  session_id    uuid,
  iat           bigint,
  exp           bigint,
  aal           integer,
  auth_time     bigint,
  refresh_token text,
  mfa_challenge text,
  device_token  text
);
comment on type identity.session_grant is
  E'What a sign-in or refresh grants: the access token''s claims (role, user, session id, issued-at, expiry, assurance level, auth_time; the server signs them), the refresh token, and after a sign-in that handed one out the device token (keep it on the device, present it at later sign-ins). When a second factor is needed: role `mfa_required`, exp and mfa_challenge only.';


create function identity_private.complete_login(
  user_uuid uuid, key citext, ip_address inet, user_agent text, device_fingerprint text, known_device_id bigint,
  out device_id bigint, out device_token text
)
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_device_is_new boolean := false;
begin
  -- Only this key's failures are cleared: the owner signing in on a known device does not lift the
  -- account's lockout for everyone else.
  delete from identity_private.login_attempts a where a.identifier = key;
  update identity.users u set last_login_at = now() where u.uuid = complete_login.user_uuid;
  if known_device_id is not null then
    -- A valid device token: the device keeps it.
    update identity.user_devices d set last_seen_at = now() where d.id = known_device_id returning d.id into device_id;
  elsif nullif(btrim(device_fingerprint), '') is not null then
    insert into identity.user_devices as d (user_uuid, device_fingerprint)
      values (complete_login.user_uuid, left(btrim(device_fingerprint), 255))
      on conflict on constraint user_devices_fingerprint_per_user do update set last_seen_at = now()
      returning d.id, (xmax = 0) into device_id, v_device_is_new;
  else
    insert into identity.user_devices as d (user_uuid) values (complete_login.user_uuid) returning d.id into device_id;
    v_device_is_new := true;
  end if;
  if known_device_id is null then
    device_token := identity_private.random_token(32);
    insert into identity_private.user_device_tokens as t (device_id, token_hash)
      values (complete_login.device_id, identity_private.sha256(device_token))
      on conflict on constraint user_device_tokens_pkey do update set token_hash = excluded.token_hash, created_at = now();
  end if;
  if v_device_is_new then
    perform identity_private.audit('device_new', complete_login.user_uuid, ip_address, user_agent);
  end if;
  perform identity_private.audit('login_success', complete_login.user_uuid, ip_address, user_agent);
end;
$$;
comment on function identity_private.complete_login(uuid, citext, inet, text, text, bigint) is
  E'The bookkeeping of a successful sign-in: clears the failures of its lockout key, sets last_login_at, records the device (the one of a valid device token, else by fingerprint, else a new one) and, unless a valid token came, hands out a new device token; audits. Returns the device and the new token (NULL when the presented one stays valid).';


/*
 * Sign-in: throttled per client and per identifier before any bcrypt work. A caller with a valid device
 * token of the account counts its failures per device, so wrong passwords from elsewhere never lock it out.
 */
create function identity.authenticate(
  login text, password text, ip_address inet default null, user_agent text default null, device_fingerprint text default null,
  device_token text default null
) returns identity.session_grant
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_settings identity_private.auth_settings;
  v_identifier citext := left(btrim(coalesce(login, '')), 320);
  v_key citext;
  v_user_uuid uuid;
  v_known_device bigint;
  v_hash text;
  v_status identity.account_status;
  v_computed text;
  v_matches boolean;
  v_failure text;
  v_secret text;
  v_challenge_id bigint;
  v_login record;
begin
  select * into v_settings from identity_private.auth_settings;

  v_user_uuid := identity_private.user_uuid_for_login(v_identifier::text);
  -- Failures count per device for a caller with a valid device token of this account; otherwise per
  -- account (whichever of its emails or its username is typed), or per typed identifier naming none.
  v_known_device := identity_private.device_for_token(v_user_uuid, device_token);
  v_key := identity_private.lockout_key(v_user_uuid, v_known_device, v_identifier::text);
  ip_address := identity_private.client_ip(ip_address);
  user_agent := identity_private.client_user_agent(user_agent);
  -- Throttled callers are turned away before any bcrypt work, with the same NULL as any failure.
  if not identity_private.throttle('sign_in', 'client', host(ip_address), v_settings.throttle_sign_ins_per_client, ip_address, user_agent)
     or not identity_private.throttle('sign_in', 'identifier', v_key::text, v_settings.throttle_sign_ins_per_identifier, ip_address, user_agent) then
    return null;
  end if;
  select c.password_hash into v_hash from identity_private.user_credentials c where c.user_uuid = v_user_uuid;
  select s.status into v_status from identity.user_status s where s.user_uuid = v_user_uuid;

  -- Exactly one bcrypt computation on every path, at the cost of a real check, so that an unknown
  -- login, a locked key, a wrong password or a device token of another account take as long as a
  -- successful sign-in.
  v_computed := crypt(coalesce(password, ''), coalesce(v_hash, gen_salt('bf', v_settings.bcrypt_cost)));
  if substring(v_hash from '^\$2[abxy]\$(\d\d)\$')::integer < v_settings.bcrypt_cost then
    perform crypt(coalesce(password, ''), gen_salt('bf', v_settings.bcrypt_cost));
  end if;
  v_matches := v_computed = v_hash and password <> '' and octet_length(password) <= 72;

  perform identity_private.lock_login_key(v_key);
  if v_hash is distinct from (select c.password_hash from identity_private.user_credentials c where c.user_uuid = v_user_uuid) then
    v_matches := false;
  end if;

  v_failure := case
    when identity_private.is_locked(v_key) then 'locked'
    when v_user_uuid is null then 'unknown_login'
    when v_hash is null then 'no_password'
    when v_matches is not true then 'wrong_password'
    when v_status <> 'active' then 'account_' || v_status::text
  end;

  if v_failure = 'locked' then
    perform identity_private.audit('login_locked', v_user_uuid, ip_address, user_agent,
      case when v_known_device is null then 'locked' else 'device locked' end);
    return null;
  elsif v_failure is not null then
    perform identity_private.count_login_failure(v_key);
    perform identity_private.audit('login_failure', v_user_uuid, ip_address, user_agent,
      v_failure || case when v_known_device is null then '' else ' (known device)' end);
    return null;
  end if;

  if substring(v_hash from '^\$2[abxy]\$(\d\d)\$')::integer < v_settings.bcrypt_cost then
    update identity_private.user_credentials c set password_hash = identity_private.hash_password(password)
      where c.user_uuid = v_user_uuid;
  end if;

  -- A second factor is due: no session yet, only a challenge for complete_mfa_login (which takes the
  -- device token again).
  if exists (select 1 from identity.user_mfa_factors f where f.user_uuid = v_user_uuid and f.is_enabled) then
    v_secret := identity_private.random_token(24);
    insert into identity_private.mfa_challenges (user_uuid, secret_hash, expires_at)
      values (v_user_uuid, identity_private.sha256(v_secret), now() + interval '5 minutes')
      returning id into v_challenge_id;
    perform identity_private.audit('mfa_challenge', v_user_uuid, ip_address, user_agent);
    return ('mfa_required', null, null, null, extract(epoch from now() + interval '5 minutes')::bigint,
            null, null, null, v_challenge_id || '.' || v_secret, null)::identity.session_grant;
  end if;

  v_login := identity_private.complete_login(v_user_uuid, v_key, ip_address, user_agent, device_fingerprint, v_known_device);
  return identity_private.start_session(v_user_uuid, 1, v_login.device_id, ip_address, user_agent, v_login.device_token);
end;
$$;
comment on function identity.authenticate(text, text, inet, text, text, text) is
  E'@behavior -*\nSigns in with a username (any letter case) or a verified email address and a password and creates a session (assurance level 1). Returns its grant (access-token claims, refresh token and, unless a valid one was presented, a new device token to keep on the device), or NULL for any failure (unknown login, unverified address, wrong password, inactive account, locked identifier, throttled client or identifier) without saying which; with an authenticator app enabled, role `mfa_required` and an mfa_challenge instead, and no session. A valid device_token of the account counts failures per device, so wrong passwords from elsewhere never lock that device out. Every attempt is audited, with the client address the server saw; throttled attempts once per window.';
grant execute on function identity.authenticate(text, text, inet, text, text, text) to app_admin, app_anonymous, app_user;


/*
 * Password changes and account status end sessions.
 */
create function identity.change_password(old_password text, new_password text) returns boolean
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := identity.current_user_uuid();
  v_key citext;
begin
  if v_user_uuid is null then
    raise exception 'You must be signed in to change your password' using errcode = 'LOGIN';
  end if;
  v_key := 'account:' || v_user_uuid::text;
  perform identity_private.lock_login_key(v_key);
  if identity_private.is_locked(v_key) then
    perform identity_private.audit('login_locked', v_user_uuid, null, null, 'change_password while locked');
    return false;
  end if;
  if not identity_private.verify_password(v_user_uuid, old_password) then
    perform identity_private.count_login_failure(v_key);
    perform identity_private.audit('login_failure', v_user_uuid, null, null, 'change_password: wrong current password');
    return false;
  end if;
  perform identity_private.assert_valid_password(new_password);
  update identity_private.user_credentials c
    set password_hash = identity_private.hash_password(new_password), password_changed_at = now()
    where c.user_uuid = v_user_uuid;
  perform identity_private.audit('password_change', v_user_uuid);
  -- Every other session ends; the one that changed the password goes on.
  perform identity_private.revoke_sessions(v_user_uuid, 'password_changed', v_user_uuid, null, identity.current_session_id());
  return true;
end;
$$;
comment on function identity.change_password(text, text) is
  E'Changes the signed-in user''s password and ends their other sessions. Returns false (and audits the failure) when old_password is wrong. Errors: LOGIN, WEAKP, LONGP.';
grant execute on function identity.change_password(text, text) to app_admin, app_user;

--! split: 0300-emails-and-tokens.sql
/*
 * USER_EMAILS
 */
create table identity.user_emails (
  id          bigint generated always as identity primary key,
  user_uuid   uuid not null references identity.users (uuid) on delete cascade,
  email       text not null
    constraint user_emails_email_format check (identity.normalize_email(email) is not distinct from email),
  is_verified boolean not null default false,
  is_primary  boolean not null default false,
  created_at  timestamptz not null default now()
);
create index user_emails_user_uuid_idx on identity.user_emails (user_uuid);
create unique index user_emails_one_primary_per_user on identity.user_emails (user_uuid) where is_primary;
create unique index user_emails_verified_email_key on identity.user_emails (email) where is_verified;
create unique index user_emails_user_email_key on identity.user_emails (user_uuid, email);
create index user_emails_email_idx on identity.user_emails (email);
alter table identity.user_emails enable row level security;
create policy select_own on identity.user_emails for select to app_user
  using (user_uuid = (select identity.current_user_uuid()));
create policy select_all_as_admin on identity.user_emails for select to app_admin
  using ((select identity.current_user_is_admin()));
grant select on table identity.user_emails to app_admin, app_user;
comment on table identity.user_emails is E'An email address of an account. A verified address belongs to one account; an unverified one may be claimed by several, and the claims of others go when one of them verifies it.';
comment on column identity.user_emails.id is E'The email row''s identifier.';
comment on column identity.user_emails.user_uuid is E'The account the address belongs to.';
comment on column identity.user_emails.email is E'The address in normalised form (normalize_email): where mail for it goes. Unique among verified addresses and within an account.';
comment on column identity.user_emails.is_verified is E'True once the owner proved they receive mail at this address.';
comment on column identity.user_emails.is_primary is E'The address used for account mail; at most one per account.';
comment on column identity.user_emails.created_at is E'When the address was added; never changes.';
create trigger _100_created_at before insert or update on identity.user_emails
  for each row execute function identity_private.tg__created_at();


/*
 * One-time tokens (email verification, password reset): only a SHA-256 of the secret is stored.
 */
create table identity_private.user_tokens (
  id          bigint generated always as identity primary key,
  user_uuid   uuid not null references identity.users (uuid) on delete cascade,
  purpose     text not null
    constraint user_tokens_purpose_known check (purpose in ('email_verification', 'password_reset')),
  email_id    bigint not null references identity.user_emails (id) on delete cascade,
  secret_hash bytea not null,
  expires_at  timestamptz not null,
  created_at  timestamptz not null default now()
);
create index user_tokens_user_uuid_idx on identity_private.user_tokens (user_uuid, purpose);
create index user_tokens_email_id_idx on identity_private.user_tokens (email_id);
create unique index user_tokens_secret_hash_key on identity_private.user_tokens (secret_hash);
create index user_tokens_expires_at_idx on identity_private.user_tokens (expires_at);
alter table identity_private.user_tokens enable row level security;
comment on table identity_private.user_tokens is E'Single-use tokens for email verification and password reset, each sent to one address; only SHA-256 hashes are stored, and a token is deleted when used.';
comment on column identity_private.user_tokens.id is E'Internal row id; never part of a token.';
comment on column identity_private.user_tokens.user_uuid is E'The account the token acts for.';
comment on column identity_private.user_tokens.purpose is E'`email_verification` or `password_reset`.';
comment on column identity_private.user_tokens.email_id is E'The address the token was sent to: the one being verified, or the verified address a reset was requested for. Removing the address kills its tokens.';
comment on column identity_private.user_tokens.secret_hash is E'SHA-256 of the token (256 random bits); tokens are found by it.';
comment on column identity_private.user_tokens.expires_at is E'When the token stops working.';
comment on column identity_private.user_tokens.created_at is E'When the token was issued.';


create function identity_private.issue_token(user_uuid uuid, purpose text, email_id bigint, lifetime interval) returns text
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_token text := identity_private.random_token(32);
begin
  -- One live token per account for a reset, per address for a verification: a new one replaces it.
  delete from identity_private.user_tokens t
    where t.user_uuid = issue_token.user_uuid and t.purpose = issue_token.purpose
      and (t.purpose = 'password_reset' or t.email_id = issue_token.email_id);
  insert into identity_private.user_tokens (user_uuid, purpose, email_id, secret_hash, expires_at)
    values (user_uuid, purpose, email_id, identity_private.sha256(v_token), now() + lifetime);
  return v_token;
end;
$$;
comment on function identity_private.issue_token(uuid, text, bigint, interval) is
  E'Issues a token (256 random bits, URL-safe) for an address and returns it in plain text, once.';


create function identity_private.redeem_token(token text, purpose text) returns identity_private.user_tokens
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_row identity_private.user_tokens;
begin
  delete from identity_private.user_tokens t
    where t.secret_hash = identity_private.sha256(left(coalesce(token, ''), 200)) and t.purpose = redeem_token.purpose
      and t.expires_at > now()
    returning * into v_row;
  if v_row.id is null then
    -- Unknown, wrong, expired, used or a decoy: one answer for all.
    raise exception 'The token is invalid or has expired' using errcode = 'TOKEN';
  end if;
  return v_row;
end;
$$;
comment on function identity_private.redeem_token(text, text) is
  E'Uses up a live token of the purpose and returns it; raises TOKEN, the same way, for every other token.';


/*
 * Throttled account functions (see assert_account_call_allowed); add_email also needs re-authentication.
 */
create function identity.add_email(email text) returns identity.user_emails
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := identity_private.assert_recently_authenticated();
  v_email text := identity.normalize_email(email);
  v_row identity.user_emails;
begin
  if v_email is null then
    raise exception 'The email address is not valid' using errcode = 'BADEM';
  end if;
  perform identity_private.assert_account_call_allowed('add_email', v_user_uuid::text);
  -- Whether another account verified the address is never told: the claim is stored either way, and
  -- one that another account verified can never be verified (request_email_verification hands out a
  -- decoy for it, verify_email refuses it).
  select * into v_row from identity.user_emails e where e.user_uuid = v_user_uuid and e.email = v_email;
  if v_row.id is not null then
    return v_row; -- on this account already: the same row again
  end if;
  begin
    insert into identity.user_emails (user_uuid, email) values (v_user_uuid, v_email) returning * into v_row;
  exception when unique_violation then
    -- A concurrent call of this account added it first.
    select * into v_row from identity.user_emails e where e.user_uuid = v_user_uuid and e.email = v_email;
    return v_row;
  end;
  perform identity_private.audit('email_added', v_user_uuid);
  return v_row;
end;
$$;
comment on function identity.add_email(text) is
  E'Adds an unverified email address (stored normalised) to the signed-in user''s account (audited), or returns it when it is there already. Never tells whether another account verified the address: such a claim is stored but can never be verified. Needs a recent sign-in or reauthenticate; throttled. Errors: LOGIN, REAUT, THROT, BADEM.';
grant execute on function identity.add_email(text) to app_user;


create function identity.remove_email(email_id bigint) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := identity_private.assert_signed_in();
  v_row identity.user_emails;
begin
  -- Lock the user's addresses so two removals cannot leave the account without one.
  perform 1 from identity.user_emails e where e.user_uuid = v_user_uuid for update;
  select * into v_row from identity.user_emails e where e.id = email_id and e.user_uuid = v_user_uuid;
  if v_row.id is null then
    raise exception 'No such email address on your account' using errcode = 'EMLNF';
  elsif v_row.is_primary then
    raise exception 'The primary email address cannot be removed; make another one primary first' using errcode = 'EMPRM';
  elsif (select count(*) from identity.user_emails e where e.user_uuid = v_user_uuid) = 1 then
    raise exception 'The last email address cannot be removed' using errcode = 'EMLST';
  end if;
  delete from identity.user_emails e where e.id = v_row.id;
  perform identity_private.audit('email_removed', v_user_uuid);
  return true;
end;
$$;
comment on function identity.remove_email(bigint) is
  E'Removes one of the signed-in user''s email addresses, never the primary or the last one. Errors: LOGIN, EMLNF, EMPRM, EMLST.';
grant execute on function identity.remove_email(bigint) to app_user;


/*
 * Security settings need a recent proof of the password (assert_recently_authenticated).
 */
create function identity.make_email_primary(email_id bigint) returns identity.user_emails
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := identity_private.assert_recently_authenticated();
  v_row identity.user_emails;
begin
  select * into v_row from identity.user_emails e where e.id = email_id and e.user_uuid = v_user_uuid for update;
  if v_row.id is null then
    raise exception 'No such email address on your account' using errcode = 'EMLNF';
  elsif not v_row.is_verified then
    raise exception 'Only a verified email address can become primary' using errcode = 'EMUNV';
  end if;
  update identity.user_emails e set is_primary = false where e.user_uuid = v_user_uuid and e.is_primary and e.id <> v_row.id;
  update identity.user_emails e set is_primary = true where e.id = v_row.id returning * into v_row;
  perform identity_private.audit('email_primary_changed', v_user_uuid);
  return v_row;
end;
$$;
comment on function identity.make_email_primary(bigint) is
  E'Makes a verified email address of the signed-in user primary (audited). Needs a recent sign-in or reauthenticate. Errors: LOGIN, REAUT, EMLNF, EMUNV.';
grant execute on function identity.make_email_primary(bigint) to app_user;


create function identity.request_email_verification(email_id bigint, out recipient text, out token text)
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := identity_private.assert_signed_in();
  v_row identity.user_emails;
begin
  select * into v_row from identity.user_emails e where e.id = email_id and e.user_uuid = v_user_uuid;
  if v_row.id is null then
    raise exception 'No such email address on your account' using errcode = 'EMLNF';
  end if;
  recipient := v_row.email;
  if v_row.is_verified then
    return;
  end if;
  if exists (select 1 from identity.user_emails e where e.email = v_row.email and e.is_verified and e.user_uuid <> v_user_uuid) then
    -- Another account verified it: a decoy (never stored), so its owner cannot be led to verify this claim
    -- and the caller cannot tell (same shape as issue_token's).
    token := identity_private.random_token(32);
    return;
  end if;
  token := identity_private.issue_token(v_user_uuid, 'email_verification', v_row.id, interval '24 hours');
end;
$$;
comment on function identity.request_email_verification(bigint) is
  E'@behavior -*\nFor the application server: a single-use verification token (valid 24 hours) and `recipient`, the stored address to mail it to (never what the caller typed). Token NULL when the address is verified already; a decoy that never works when another account verified it (nobody learns which). Errors: LOGIN, EMLNF.';
grant execute on function identity.request_email_verification(bigint) to app_user;


create function identity.verify_email(token text) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_token identity_private.user_tokens;
  v_row identity.user_emails;
  v_other uuid;
begin
  perform identity_private.assert_account_call_allowed('verify_email', null);
  perform pg_advisory_xact_lock(hashtext('pg-identity-kit:email:' || e.email))
    from identity_private.user_tokens t join identity.user_emails e on e.id = t.email_id
    where t.secret_hash = identity_private.sha256(left(token, 200)) and t.purpose = 'email_verification';
  begin
    v_token := identity_private.redeem_token(token, 'email_verification');
  exception when sqlstate 'TOKEN' then
    return false; -- unknown, expired, used, wrong: one answer, and the count above stays
  end;
  select * into v_row from identity.user_emails e where e.id = v_token.email_id for update;
  if v_row.id is null or exists (select 1 from identity.user_emails e
                                 where e.email = v_row.email and e.is_verified and e.user_uuid <> v_row.user_uuid) then
    return false; -- the token is used up: it could never succeed
  end if;
  update identity.user_emails e set is_verified = true where e.id = v_row.id;
  for v_other in
    delete from identity.user_emails e
      where e.email = v_row.email and e.user_uuid <> v_row.user_uuid and not e.is_verified
      returning e.user_uuid
  loop
    perform identity_private.audit('email_removed', v_other, null, null, 'verified by another account');
  end loop;
  perform identity_private.audit('email_verified', v_token.user_uuid);
  return true;
end;
$$;
comment on function identity.verify_email(text) is
  E'Marks the address of a verification token verified (true) and removes the unverified claims of that address by other accounts. False for every bad token (unknown, expired, used, wrong, or an address another account verified meanwhile) alike; the typed client and the GraphQL API turn it into the error TOKEN once the call''s throttle count is committed. Throttled per client. Errors: THROT (and TOKEN from the API layers).';
grant execute on function identity.verify_email(text) to app_admin, app_anonymous, app_user;


create function identity.request_password_reset(email text, out recipient text, out token text)
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_row identity.user_emails;
begin
  recipient := identity.normalize_email(email);
  if recipient is null then
    raise exception 'The email address is not valid' using errcode = 'BADEM';
  end if;
  perform identity_private.assert_account_call_allowed('request_password_reset', recipient);
  select * into v_row from identity.user_emails e where e.email = recipient and e.is_verified;
  if v_row.id is null then
    token := identity_private.random_token(32); -- a decoy: never stored, so it fails like any unknown token
    return;
  end if;
  recipient := v_row.email;
  token := identity_private.issue_token(v_row.user_uuid, 'password_reset', v_row.id, interval '1 hour');
  perform identity_private.audit('password_reset_request', v_row.user_uuid);
end;
$$;
comment on function identity.request_password_reset(text) is
  E'@behavior -*\nFor the application server: a password-reset token (valid 1 hour) and `recipient`, the stored address to mail it to (never what the caller typed). Only a verified address gets a real token; an unverified or unknown one gets a decoy of the same shape that never works, so nobody learns which. Throttled per client and per address. Not exposed through GraphQL. Errors: THROT, BADEM.';
grant execute on function identity.request_password_reset(text) to app_anonymous;


create function identity.reset_password(token text, new_password text) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_token identity_private.user_tokens;
begin
  -- The rules that do not depend on the account first: they depend on the input alone (nothing to count).
  perform identity_private.assert_valid_password(new_password, null);
  perform identity_private.assert_account_call_allowed('reset_password', null);
  begin
    v_token := identity_private.redeem_token(token, 'password_reset');
  exception when sqlstate 'TOKEN' then
    return false; -- unknown, expired, used, wrong, decoy: one answer, and the count above stays
  end;
  -- Reached with a valid token only; a refusal here keeps the token for another try.
  perform identity_private.assert_valid_password(new_password, v_token.user_uuid);
  perform identity_private.lock_login_key(('account:' || v_token.user_uuid::text)::citext);
  update identity_private.user_credentials c
    set password_hash = identity_private.hash_password(new_password), password_changed_at = clock_timestamp()
    where c.user_uuid = v_token.user_uuid;
  if not found then
    insert into identity_private.user_credentials (user_uuid, password_hash)
      values (v_token.user_uuid, identity_private.hash_password(new_password));
  end if;
  -- A successful reset lifts the lockout of the account (its devices' counters run out by themselves).
  delete from identity_private.login_attempts a where a.identifier = 'account:' || v_token.user_uuid::text;
  perform identity_private.audit('password_reset', v_token.user_uuid);
  perform identity_private.revoke_sessions(v_token.user_uuid, 'password_reset', null);
  return true;
end;
$$;
comment on function identity.reset_password(text, text) is
  E'Sets a new password with a reset token (true), lifts the account''s lockout and ends every session of the account. False for every bad token (unknown, expired, used, wrong, decoy) alike; the typed client and the GraphQL API turn it into the error TOKEN once the call''s throttle count is committed. Throttled per client. Errors: THROT, WEAKP, LONGP (and TOKEN from the API layers).';
grant execute on function identity.reset_password(text, text) to app_admin, app_anonymous, app_user;

--! split: 0400-providers.sql
/*
 * Encryption keys for secrets that must be read back (provider tokens, TOTP seeds). They live outside
 * the database: the server passes them per transaction in the setting `idkit.token_keys`, formatted
 * `kid=key[,kid=key...]`; the first is current, the others still decrypt older rows (rotation).
 */
create function identity_private.token_key(key_id text default null) returns table (kid text, key text)
  language plpgsql stable
  set search_path = pg_catalog, pg_temp
as $$
declare
  v_entry text;
begin
  foreach v_entry in array string_to_array(coalesce(current_setting('idkit.token_keys', true), ''), ',') loop
    kid := split_part(v_entry, '=', 1);
    key := substr(v_entry, length(kid) + 2);
    if kid <> '' and length(key) >= 16 and (key_id is null or kid = key_id) then
      return next;
      return;
    end if;
  end loop;
  raise exception 'The encryption key % is not configured', coalesce(key_id, '(current)')
    using errcode = 'KEYMS', hint = 'Set idkit.token_keys (IDKIT_TOKEN_KEYS) in the server configuration.';
end;
$$;
comment on function identity_private.token_key(text) is
  E'The encryption key with this id (the current key when NULL) from the setting idkit.token_keys; raises KEYMS when missing.';


create function identity_private.encrypt_secret(plaintext text, out key_id text, out ciphertext bytea)
  language plpgsql stable
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_key record;
begin
  select * into v_key from identity_private.token_key(null);
  key_id := v_key.kid;
  ciphertext := pgp_sym_encrypt(plaintext, v_key.key, 'cipher-algo=aes256, compress-algo=0');
end;
$$;
comment on function identity_private.encrypt_secret(text) is
  E'Encrypts with the current key (AES-256, OpenPGP); returns the key id beside the ciphertext.';


create function identity_private.decrypt_secret(ciphertext bytea, key_id text) returns text
  language sql stable
  set search_path = pg_catalog, public, pg_temp
as $$
  select case when ciphertext is null then null
    else pgp_sym_decrypt(ciphertext, (select k.key from identity_private.token_key(key_id) k)) end
$$;
comment on function identity_private.decrypt_secret(bytea, text) is
  E'Decrypts a value encrypted by encrypt_secret with the key it names.';


/*
 * USER_AUTH_PROVIDERS
 */
create table identity.user_auth_providers (
  id               bigint generated always as identity primary key,
  user_uuid        uuid not null references identity.users (uuid) on delete cascade,
  provider_name    varchar(50) not null
    constraint user_auth_providers_provider_name_format check (provider_name ~ '^[a-z][a-z0-9_.-]{0,49}$'),
  external_user_id varchar(255) not null
    constraint user_auth_providers_external_user_id_length check (char_length(external_user_id) between 1 and 255),
  access_token     bytea,
  refresh_token    bytea,
  token_expires_at timestamptz,
  created_at       timestamptz not null default now(),
  token_key_id     text,
  constraint user_auth_providers_external_account_unique unique (provider_name, external_user_id)
);
create index user_auth_providers_user_uuid_idx on identity.user_auth_providers (user_uuid);
alter table identity.user_auth_providers enable row level security;
create policy select_own on identity.user_auth_providers for select to app_user
  using (user_uuid = (select identity.current_user_uuid()));
create policy select_all_as_admin on identity.user_auth_providers for select to app_admin
  using ((select identity.current_user_is_admin()));
grant select (id, user_uuid, provider_name, external_user_id, token_expires_at, created_at) on table identity.user_auth_providers to app_admin, app_user;
comment on table identity.user_auth_providers is E'An external identity provider account linked to a user. One external account links to at most one user.';
comment on column identity.user_auth_providers.id is E'The link''s identifier.';
comment on column identity.user_auth_providers.user_uuid is E'The account the provider identity is linked to.';
comment on column identity.user_auth_providers.provider_name is E'The provider, e.g. `github` or `google`.';
comment on column identity.user_auth_providers.external_user_id is E'The user''s identifier at the provider.';
comment on column identity.user_auth_providers.access_token is E'@behavior -*\nThe provider access token, encrypted; never readable by API roles.';
comment on column identity.user_auth_providers.refresh_token is E'@behavior -*\nThe provider refresh token, encrypted; never readable by API roles.';
comment on column identity.user_auth_providers.token_expires_at is E'When the access token expires.';
comment on column identity.user_auth_providers.created_at is E'When the provider was linked; never changes.';
comment on column identity.user_auth_providers.token_key_id is E'@behavior -*\nId of the key the tokens are encrypted with.';
create trigger _100_created_at before insert or update on identity.user_auth_providers
  for each row execute function identity_private.tg__created_at();


create function identity.link_provider(
  provider_name text, external_user_id text, access_token text default null, refresh_token text default null,
  token_expires_at timestamptz default null
) returns identity.user_auth_providers
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := identity_private.assert_recently_authenticated();
  v_access record := identity_private.encrypt_secret(access_token);
  v_refresh record := identity_private.encrypt_secret(refresh_token);
  v_row identity.user_auth_providers;
begin
  insert into identity.user_auth_providers as a
    (user_uuid, provider_name, external_user_id, access_token, refresh_token, token_expires_at, token_key_id)
  values (v_user_uuid, provider_name, external_user_id, v_access.ciphertext, v_refresh.ciphertext, token_expires_at, v_access.key_id)
  on conflict on constraint user_auth_providers_external_account_unique do update set
    access_token = excluded.access_token, refresh_token = excluded.refresh_token,
    token_expires_at = excluded.token_expires_at, token_key_id = excluded.token_key_id
    where a.user_uuid = v_user_uuid
  returning * into v_row;
  if v_row.id is null then
    raise exception 'This external account is linked to another user' using errcode = 'PRTKN';
  end if;
  perform identity_private.audit('provider_linked', v_user_uuid);
  return v_row;
end;
$$;
comment on function identity.link_provider(text, text, text, text, timestamp with time zone) is
  E'@behavior -*\nFor the application server''s OAuth callback: links an external account to the signed-in user (or refreshes its tokens), storing the tokens encrypted (audited). Needs a recent sign-in or reauthenticate. Errors: LOGIN, REAUT, PRTKN, KEYMS, 23514.';
grant execute on function identity.link_provider(text, text, text, text, timestamp with time zone) to app_user;


create function identity.unlink_provider(provider_id bigint) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := identity_private.assert_signed_in();
begin
  delete from identity.user_auth_providers a where a.id = provider_id and a.user_uuid = v_user_uuid;
  if not found then
    raise exception 'No such linked provider on your account' using errcode = 'PRVNF';
  end if;
  perform identity_private.audit('provider_unlinked', v_user_uuid);
  return true;
end;
$$;
comment on function identity.unlink_provider(bigint) is
  E'Unlinks one of the signed-in user''s external accounts. Errors: LOGIN, PRVNF.';
grant execute on function identity.unlink_provider(bigint) to app_user;


create function identity.linked_provider_tokens(
  provider_id bigint, out access_token text, out refresh_token text, out token_expires_at timestamptz
)
  language plpgsql stable strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := identity_private.assert_signed_in();
  v_row identity.user_auth_providers;
begin
  select * into v_row from identity.user_auth_providers a where a.id = provider_id and a.user_uuid = v_user_uuid;
  if v_row.id is null then
    raise exception 'No such linked provider on your account' using errcode = 'PRVNF';
  end if;
  access_token := identity_private.decrypt_secret(v_row.access_token, v_row.token_key_id);
  refresh_token := identity_private.decrypt_secret(v_row.refresh_token, v_row.token_key_id);
  token_expires_at := v_row.token_expires_at;
end;
$$;
comment on function identity.linked_provider_tokens(bigint) is
  E'@behavior -*\nFor the application server: the decrypted tokens of one of the signed-in user''s linked providers; the only way to read them. Errors: LOGIN, PRVNF, KEYMS.';
grant execute on function identity.linked_provider_tokens(bigint) to app_user;


create function identity.refresh_provider_tokens(
  provider_id bigint, access_token text, refresh_token text default null, token_expires_at timestamptz default null
) returns boolean
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := identity_private.assert_signed_in();
  v_access record := identity_private.encrypt_secret(access_token);
  v_refresh record := identity_private.encrypt_secret(refresh_token);
begin
  update identity.user_auth_providers a
    set access_token = v_access.ciphertext,
        refresh_token = coalesce(v_refresh.ciphertext, a.refresh_token),
        token_expires_at = refresh_provider_tokens.token_expires_at,
        -- Keeping an old refresh token means keeping its key id too, so re-encrypt it.
        token_key_id = v_access.key_id
    where a.id = provider_id and a.user_uuid = v_user_uuid and (v_refresh.ciphertext is not null or a.refresh_token is null);
  if found then
    return true;
  end if;
  if refresh_token is null and exists (select 1 from identity.user_auth_providers a where a.id = provider_id and a.user_uuid = v_user_uuid) then
    update identity.user_auth_providers a
      set access_token = v_access.ciphertext,
          refresh_token = (identity_private.encrypt_secret(identity_private.decrypt_secret(a.refresh_token, a.token_key_id))).ciphertext,
          token_expires_at = refresh_provider_tokens.token_expires_at,
          token_key_id = v_access.key_id
      where a.id = provider_id;
    return true;
  end if;
  raise exception 'No such linked provider on your account' using errcode = 'PRVNF';
end;
$$;
comment on function identity.refresh_provider_tokens(bigint, text, text, timestamp with time zone) is
  E'@behavior -*\nFor the application server: stores new tokens for one of the signed-in user''s linked providers (the refresh token is kept when NULL). Errors: LOGIN, PRVNF, KEYMS.';
grant execute on function identity.refresh_provider_tokens(bigint, text, text, timestamp with time zone) to app_user;

--! split: 0500-mfa-and-devices.sql
/*
 * USER_MFA_FACTORS
 */
create table identity.user_mfa_factors (
  id          bigint generated always as identity primary key,
  user_uuid   uuid not null references identity.users (uuid) on delete cascade,
  factor_type varchar(20) not null
    constraint user_mfa_factors_factor_type_known check (factor_type in ('totp')),
  factor_data bytea,
  is_enabled  boolean not null default false,
  created_at  timestamptz not null default now(),
  factor_key_id  text,
  last_used_step bigint
);
create index user_mfa_factors_user_uuid_idx on identity.user_mfa_factors (user_uuid);
create unique index user_mfa_factors_one_totp_per_user on identity.user_mfa_factors (user_uuid) where factor_type = 'totp';
alter table identity.user_mfa_factors enable row level security;
create policy select_own on identity.user_mfa_factors for select to app_user
  using (user_uuid = (select identity.current_user_uuid()));
create policy select_all_as_admin on identity.user_mfa_factors for select to app_admin
  using ((select identity.current_user_is_admin()));
grant select (id, user_uuid, factor_type, is_enabled, created_at) on table identity.user_mfa_factors to app_admin, app_user;
comment on table identity.user_mfa_factors is E'A second factor enrolled by a user (TOTP).';
comment on column identity.user_mfa_factors.id is E'The factor''s identifier.';
comment on column identity.user_mfa_factors.user_uuid is E'The account the factor protects.';
comment on column identity.user_mfa_factors.factor_type is E'The kind of factor: `totp`.';
comment on column identity.user_mfa_factors.factor_data is E'@behavior -*\nThe factor''s secret seed, encrypted; never readable by API roles.';
comment on column identity.user_mfa_factors.is_enabled is E'True once the factor was confirmed with a first valid code.';
comment on column identity.user_mfa_factors.created_at is E'When the factor was enrolled; never changes.';
comment on column identity.user_mfa_factors.factor_key_id is E'@behavior -*\nId of the key the seed is encrypted with.';
comment on column identity.user_mfa_factors.last_used_step is E'@behavior -*\nThe last accepted 30-second step: codes of it or earlier steps are replays.';
create trigger _100_created_at before insert or update on identity.user_mfa_factors
  for each row execute function identity_private.tg__created_at();


create table identity_private.user_recovery_codes (
  id         bigint generated always as identity primary key,
  user_uuid  uuid not null references identity.users (uuid) on delete cascade,
  code_hash  bytea not null,
  used_at    timestamptz,
  created_at timestamptz not null default now()
);
create index user_recovery_codes_user_uuid_idx on identity_private.user_recovery_codes (user_uuid);
alter table identity_private.user_recovery_codes enable row level security;
comment on table identity_private.user_recovery_codes is E'MFA recovery codes, stored as SHA-256 hashes of 80-bit random codes; each works once.';
comment on column identity_private.user_recovery_codes.id is E'The code''s identifier.';
comment on column identity_private.user_recovery_codes.user_uuid is E'The account the code recovers.';
comment on column identity_private.user_recovery_codes.code_hash is E'SHA-256 of the normalised code (upper case, no dashes).';
comment on column identity_private.user_recovery_codes.used_at is E'When the code was used; a used code never works again.';
comment on column identity_private.user_recovery_codes.created_at is E'When the batch was generated.';


create table identity_private.mfa_challenges (
  id          bigint generated always as identity primary key,
  user_uuid   uuid not null references identity.users (uuid) on delete cascade,
  secret_hash bytea not null,
  expires_at  timestamptz not null,
  used_at     timestamptz,
  created_at  timestamptz not null default now()
);
create index mfa_challenges_user_uuid_idx on identity_private.mfa_challenges (user_uuid);
create index mfa_challenges_expires_at_idx on identity_private.mfa_challenges (expires_at);
alter table identity_private.mfa_challenges enable row level security;
comment on table identity_private.mfa_challenges is E'Pending second steps of sign-ins (5 minutes, single use); only hashes are stored.';
comment on column identity_private.mfa_challenges.id is E'Public part of the challenge.';
comment on column identity_private.mfa_challenges.user_uuid is E'The account signing in.';
comment on column identity_private.mfa_challenges.secret_hash is E'SHA-256 of the secret part.';
comment on column identity_private.mfa_challenges.expires_at is E'When the challenge stops working.';
comment on column identity_private.mfa_challenges.used_at is E'When the challenge was completed.';
comment on column identity_private.mfa_challenges.created_at is E'When the password step succeeded.';


create function identity_private.hotp(secret bytea, step bigint) returns text
  language plpgsql immutable strict parallel safe
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_hmac bytea := hmac(int8send(step), secret, 'sha1');
  v_offset integer := get_byte(v_hmac, 19) & 15;
  v_binary bigint;
begin
  v_binary := ((get_byte(v_hmac, v_offset) & 127)::bigint << 24)
            | (get_byte(v_hmac, v_offset + 1)::bigint << 16)
            | (get_byte(v_hmac, v_offset + 2)::bigint << 8)
            | get_byte(v_hmac, v_offset + 3)::bigint;
  return lpad((v_binary % 1000000)::text, 6, '0');
end;
$$;
comment on function identity_private.hotp(bytea, bigint) is
  E'RFC 4226 HOTP, 6 digits, HMAC-SHA-1.';


create function identity_private.totp_step(at timestamptz) returns bigint
  language sql immutable strict parallel safe
  set search_path = pg_catalog, pg_temp
as $$
  select floor(extract(epoch from at) / 30)::bigint
$$;
comment on function identity_private.totp_step(timestamp with time zone) is
  E'The RFC 6238 time step (30 seconds) of a moment.';


create function identity_private.accept_totp(factor_id bigint, code text) returns boolean
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_factor identity.user_mfa_factors;
  v_secret bytea;
  v_now bigint := identity_private.totp_step(identity_private.auth_now());
begin
  if code is null or code !~ '^[0-9]{6}$' then
    return false;
  end if;
  select * into v_factor from identity.user_mfa_factors f where f.id = factor_id for update;
  v_secret := decode(identity_private.decrypt_secret(v_factor.factor_data, v_factor.factor_key_id), 'hex');
  for v_step in v_now - 1 .. v_now + 1 loop
    if v_step > coalesce(v_factor.last_used_step, -1) and identity_private.hotp(v_secret, v_step) = code then
      update identity.user_mfa_factors f set last_used_step = v_step where f.id = factor_id;
      return true;
    end if;
  end loop;
  return false;
end;
$$;
comment on function identity_private.accept_totp(bigint, text) is
  E'True when the code matches the previous, current or next step and is newer than the last accepted one, which it then becomes (no replays).';


create function identity.enrol_totp() returns text
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := identity_private.assert_recently_authenticated();
  v_secret bytea := gen_random_bytes(20);
  v_encrypted record := identity_private.encrypt_secret(encode(v_secret, 'hex'));
  v_username text := (select p.username from identity.user_profiles p where p.user_uuid = v_user_uuid);
begin
  if exists (select 1 from identity.user_mfa_factors f where f.user_uuid = v_user_uuid and f.factor_type = 'totp' and f.is_enabled) then
    raise exception 'An authenticator app is already enabled; disable it first' using errcode = 'MFAON';
  end if;
  delete from identity.user_mfa_factors f where f.user_uuid = v_user_uuid and f.factor_type = 'totp';
  insert into identity.user_mfa_factors (user_uuid, factor_type, factor_data, factor_key_id)
    values (v_user_uuid, 'totp', v_encrypted.ciphertext, v_encrypted.key_id);
  perform identity_private.audit('mfa_enrolment_started', v_user_uuid);
  return format('otpauth://totp/pg-identity-kit:%s?secret=%s&issuer=pg-identity-kit&algorithm=SHA1&digits=6&period=30',
    replace(coalesce(v_username, v_user_uuid::text), ' ', '%20'), identity_private.base32_encode(v_secret));
end;
$$;
comment on function identity.enrol_totp() is
  E'Starts enrolling an authenticator app: returns its secret once, as an otpauth:// URI (show it as a QR code). The factor works only after confirm_totp. Needs a recent sign-in or reauthenticate; audited. Errors: LOGIN, REAUT, MFAON, KEYMS.';
grant execute on function identity.enrol_totp() to app_user;


create function identity.confirm_totp(code text) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := identity_private.assert_recently_authenticated();
  v_factor_id bigint;
begin
  select f.id into v_factor_id from identity.user_mfa_factors f
    where f.user_uuid = v_user_uuid and f.factor_type = 'totp' and not f.is_enabled;
  if v_factor_id is null then
    raise exception 'There is no authenticator app waiting for confirmation' using errcode = 'MFANF';
  end if;
  if not identity_private.accept_totp(v_factor_id, code) then
    return false;
  end if;
  update identity.user_mfa_factors f set is_enabled = true where f.id = v_factor_id;
  perform identity_private.audit('mfa_enrolled', v_user_uuid);
  return true;
end;
$$;
comment on function identity.confirm_totp(text) is
  E'Enables the enrolled authenticator app with its first valid code (audited); false for a wrong code. Needs a recent sign-in or reauthenticate. Errors: LOGIN, REAUT, MFANF.';
grant execute on function identity.confirm_totp(text) to app_user;


create function identity.disable_totp(code text) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := identity_private.assert_recently_authenticated();
  v_factor_id bigint;
  v_key citext := 'account:' || v_user_uuid::text;
begin
  select f.id into v_factor_id from identity.user_mfa_factors f
    where f.user_uuid = v_user_uuid and f.factor_type = 'totp' and f.is_enabled;
  if v_factor_id is null then
    raise exception 'No authenticator app is enabled' using errcode = 'MFANF';
  end if;
  -- Wrong codes count towards the account lockout: a stolen session is no unlimited code oracle.
  perform identity_private.lock_login_key(v_key);
  if identity_private.is_locked(v_key) then
    perform identity_private.audit('login_locked', v_user_uuid, null, null, 'disable_totp while locked');
    return false;
  end if;
  if not identity_private.accept_totp(v_factor_id, code) then
    perform identity_private.count_login_failure(v_key);
    perform identity_private.audit('mfa_failure', v_user_uuid, null, null, 'disable_totp: wrong code');
    return false;
  end if;
  delete from identity.user_mfa_factors f where f.id = v_factor_id;
  delete from identity_private.user_recovery_codes r where r.user_uuid = v_user_uuid;
  perform identity_private.audit('mfa_disabled', v_user_uuid);
  return true;
end;
$$;
comment on function identity.disable_totp(text) is
  E'Disables the signed-in user''s authenticator app (and drops the recovery codes), confirmed by a current code (audited); false for a wrong code, which counts towards the account lockout. Needs a recent sign-in or reauthenticate. Errors: LOGIN, REAUT, MFANF.';
grant execute on function identity.disable_totp(text) to app_user;


create function identity.generate_recovery_codes(code text default null) returns setof text
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := identity_private.assert_recently_authenticated();
  v_key citext := 'account:' || v_user_uuid::text;
  v_factor_id bigint;
  v_code text;
begin
  select f.id into v_factor_id from identity.user_mfa_factors f
    where f.user_uuid = v_user_uuid and f.factor_type = 'totp' and f.is_enabled;
  if v_factor_id is not null then
    perform identity_private.lock_login_key(v_key);
    if identity_private.is_locked(v_key) then
      perform identity_private.audit('login_locked', v_user_uuid, null, null, 'generate_recovery_codes while locked');
      return;
    end if;
    if not identity_private.accept_totp(v_factor_id, code) then
      perform identity_private.count_login_failure(v_key);
      perform identity_private.audit('mfa_failure', v_user_uuid, null, null, 'generate_recovery_codes: wrong code');
      return; -- no codes, and the old ones stay valid
    end if;
  end if;
  delete from identity_private.user_recovery_codes r where r.user_uuid = v_user_uuid;
  for i in 1 .. 10 loop
    v_code := identity_private.base32_encode(gen_random_bytes(10)); -- 16 characters, 80 bits
    insert into identity_private.user_recovery_codes (user_uuid, code_hash) values (v_user_uuid, identity_private.sha256(v_code));
    return next substr(v_code, 1, 4) || '-' || substr(v_code, 5, 4) || '-' || substr(v_code, 9, 4) || '-' || substr(v_code, 13, 4);
  end loop;
  perform identity_private.audit('recovery_codes_generated', v_user_uuid);
end;
$$;
comment on function identity.generate_recovery_codes(text) is
  E'Replaces the signed-in user''s recovery codes with 10 new ones, shown this once (audited); each works once in place of an authenticator code. Once an authenticator app is enabled, a current code from it is required: otherwise no codes are returned (the failure is audited and counts towards the lockout) and the old ones stay valid. Needs a recent sign-in or reauthenticate. Errors: LOGIN, REAUT.';
grant execute on function identity.generate_recovery_codes(text) to app_user;


create function identity.complete_mfa_login(
  mfa_challenge text, code text, ip_address inet default null, user_agent text default null, device_fingerprint text default null,
  device_token text default null
) returns identity.session_grant
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_challenge identity_private.mfa_challenges;
  v_key citext;
  v_known_device bigint;
  v_factor_id bigint;
  v_code text := upper(replace(btrim(coalesce(code, '')), '-', ''));
  v_ok boolean := false;
  v_login record;
  v_settings identity_private.auth_settings;
begin
  select * into v_settings from identity_private.auth_settings;
  ip_address := identity_private.client_ip(ip_address);
  user_agent := identity_private.client_user_agent(user_agent);
  if not identity_private.throttle('sign_in', 'client', host(ip_address), v_settings.throttle_sign_ins_per_client, ip_address, user_agent) then
    return null;
  end if;
  if coalesce(mfa_challenge, '') !~ '^[0-9]{1,18}\.[A-Za-z0-9_-]{16,64}$' then
    return null;
  end if;
  select * into v_challenge from identity_private.mfa_challenges c
    where c.id = split_part(mfa_challenge, '.', 1)::bigint for update;
  if v_challenge.id is null or v_challenge.used_at is not null or v_challenge.expires_at <= now()
     or v_challenge.secret_hash <> identity_private.sha256(split_part(mfa_challenge, '.', 2)) then
    return null;
  end if;
  v_known_device := identity_private.device_for_token(v_challenge.user_uuid, device_token);
  v_key := identity_private.lockout_key(v_challenge.user_uuid, v_known_device, null);
  if not identity_private.throttle('sign_in', 'identifier', v_key::text, v_settings.throttle_sign_ins_per_identifier, ip_address, user_agent) then
    return null;
  end if;
  perform identity_private.lock_login_key(v_key);
  if not exists (select 1 from identity.user_status s where s.user_uuid = v_challenge.user_uuid and s.status = 'active') then
    perform identity_private.audit('login_failure', v_challenge.user_uuid, ip_address, user_agent, 'account not active at second step');
    return null;
  end if;
  if v_challenge.created_at < (select c.password_changed_at from identity_private.user_credentials c where c.user_uuid = v_challenge.user_uuid) then
    perform identity_private.audit('login_failure', v_challenge.user_uuid, ip_address, user_agent, 'password changed since the first step');
    return null;
  end if;
  if identity_private.is_locked(v_key) then
    perform identity_private.audit('login_locked', v_challenge.user_uuid, ip_address, user_agent, 'locked at second step');
    return null;
  end if;
  select f.id into v_factor_id from identity.user_mfa_factors f
    where f.user_uuid = v_challenge.user_uuid and f.factor_type = 'totp' and f.is_enabled;
  if v_code ~ '^[0-9]{6}$' and v_factor_id is not null then
    v_ok := identity_private.accept_totp(v_factor_id, v_code);
  elsif v_code ~ '^[A-Z2-7]{16}$' then
    update identity_private.user_recovery_codes r set used_at = now()
      where r.id = (select r2.id from identity_private.user_recovery_codes r2
                    where r2.user_uuid = v_challenge.user_uuid and r2.used_at is null
                      and r2.code_hash = identity_private.sha256(v_code) limit 1)
        and r.used_at is null;
    v_ok := found;
  end if;
  if not v_ok then
    perform identity_private.count_login_failure(v_key);
    perform identity_private.audit('mfa_failure', v_challenge.user_uuid, ip_address, user_agent, 'wrong code');
    return null;
  end if;
  update identity_private.mfa_challenges c set used_at = now() where c.id = v_challenge.id;
  perform identity_private.audit('mfa_success', v_challenge.user_uuid, ip_address, user_agent);
  v_login := identity_private.complete_login(v_challenge.user_uuid, v_key, ip_address, user_agent, device_fingerprint, v_known_device);
  return identity_private.start_session(v_challenge.user_uuid, 2, v_login.device_id, ip_address, user_agent, v_login.device_token);
end;
$$;
comment on function identity.complete_mfa_login(text, text, inet, text, text, text) is
  E'@behavior -*\nThe second step of a sign-in: the mfa_challenge from authenticate and a current authenticator code or an unused recovery code. Creates the session at assurance level 2 and returns its grant (with a new device token unless a valid one was presented), or NULL for any failure (counted towards lockout, per device with a valid device token, and audited; throttled per client and account, audited once per window).';
grant execute on function identity.complete_mfa_login(text, text, inet, text, text, text) to app_admin, app_anonymous, app_user;


/*
 * Devices: forgetting one is audited, whichever way it is deleted.
 */
create function identity_private.tg_user_devices__audit_forget() returns trigger
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
begin
  -- Not when the device goes because its account is being deleted: there is nobody left to audit.
  if exists (select 1 from identity.users u where u.uuid = old.user_uuid) then
    perform identity_private.audit('device_forgotten', old.user_uuid);
  end if;
  return null;
end;
$$;
comment on function identity_private.tg_user_devices__audit_forget() is
  E'Trigger: audits a device being forgotten.';


/*
 * USER_DEVICES
 */
create table identity.user_devices (
  id                 bigint generated always as identity primary key,
  user_uuid          uuid not null references identity.users (uuid) on delete cascade,
  device_fingerprint varchar(255)
    constraint user_devices_device_fingerprint_length check (char_length(device_fingerprint) between 1 and 255),
  device_name        varchar(100)
    constraint user_devices_device_name_length check (char_length(btrim(device_name)) between 1 and 100),
  last_seen_at       timestamptz not null default now(),
  created_at         timestamptz not null default now(),
  constraint user_devices_fingerprint_per_user unique (user_uuid, device_fingerprint)
);
alter table identity.user_devices enable row level security;
create policy select_own on identity.user_devices for select to app_user
  using (user_uuid = (select identity.current_user_uuid()));
create policy update_own on identity.user_devices for update to app_user
  using (user_uuid = (select identity.current_user_uuid()))
  with check (user_uuid = (select identity.current_user_uuid()));
create policy delete_own on identity.user_devices for delete to app_user
  using (user_uuid = (select identity.current_user_uuid()));
create policy select_all_as_admin on identity.user_devices for select to app_admin
  using ((select identity.current_user_is_admin()));
grant select, delete on table identity.user_devices to app_admin, app_user;
grant update (device_name) on table identity.user_devices to app_admin, app_user;
comment on table identity.user_devices is
  E'A device a user signed in from, recognised by its device token (handed out at sign-in) or its fingerprint. Forgetting (deleting) a device invalidates its token.';
comment on column identity.user_devices.id is E'The device''s identifier.';
comment on column identity.user_devices.user_uuid is E'The account that signed in from the device.';
comment on column identity.user_devices.device_fingerprint is
  E'An opaque fingerprint supplied by the client at sign-in; NULL for a device known by its device token only.';
comment on column identity.user_devices.device_name is E'A name the user gave the device.';
comment on column identity.user_devices.last_seen_at is E'When the device last signed in.';
comment on column identity.user_devices.created_at is E'When the device first signed in; never changes.';
create trigger _100_created_at before insert or update on identity.user_devices
  for each row execute function identity_private.tg__created_at();
create trigger _500_audit_forget after delete on identity.user_devices
  for each row execute function identity_private.tg_user_devices__audit_forget();


/*
 * USER_DEVICE_TOKENS: the secret of each device that signed in (OWASP device cookie), as SHA-256 only.
 */
create table identity_private.user_device_tokens (
  device_id  bigint primary key references identity.user_devices (id) on delete cascade,
  token_hash bytea not null unique
    constraint user_device_tokens_token_hash_length check (octet_length(token_hash) = 32),
  created_at timestamptz not null default now()
);
alter table identity_private.user_device_tokens enable row level security;
comment on table identity_private.user_device_tokens is
  E'The secret of each device that signed in successfully (OWASP device cookie), as SHA-256 only. A sign-in presenting it is counted towards a lockout of that device alone. Owner only (RLS, no policies).';
comment on column identity_private.user_device_tokens.device_id is E'The device; deleting it deletes the token.';
comment on column identity_private.user_device_tokens.token_hash is E'SHA-256 of the device token; the token itself is never stored.';
comment on column identity_private.user_device_tokens.created_at is E'When the token was handed out.';


create function identity_private.device_for_token(user_uuid uuid, device_token text) returns bigint
  language sql stable
  set search_path = pg_catalog, public, pg_temp
as $$
  -- The hash and the index lookup run for every caller, with a token or without, of a known account or not.
  select t.device_id
  from identity_private.user_device_tokens t join identity.user_devices d on d.id = t.device_id
  where t.token_hash = identity_private.sha256(left(coalesce(device_token, ''), 200))
    and d.user_uuid = device_for_token.user_uuid
$$;
comment on function identity_private.device_for_token(uuid, text) is
  E'The device of the account whose device token this is; NULL for no token, an unknown one, or one of another account.';


create function identity_private.reencrypt_secrets() returns integer
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_current text := (select kid from identity_private.token_key(null));
  v_count integer := 0;
  v_n integer;
begin
  update identity.user_auth_providers a set
    access_token = (identity_private.encrypt_secret(identity_private.decrypt_secret(a.access_token, a.token_key_id))).ciphertext,
    refresh_token = (identity_private.encrypt_secret(identity_private.decrypt_secret(a.refresh_token, a.token_key_id))).ciphertext,
    token_key_id = v_current
  where a.token_key_id is distinct from v_current;
  get diagnostics v_n = row_count;
  v_count := v_count + v_n;
  update identity.user_mfa_factors f set
    factor_data = (identity_private.encrypt_secret(identity_private.decrypt_secret(f.factor_data, f.factor_key_id))).ciphertext,
    factor_key_id = v_current
  where f.factor_key_id is distinct from v_current;
  get diagnostics v_n = row_count;
  return v_count + v_n;
end;
$$;
comment on function identity_private.reencrypt_secrets() is
  E'Key rotation: re-encrypts every provider token and TOTP seed not yet under the current key (with the old keys still configured); returns the rows changed.';

--! split: 0600-roles-and-admin.sql
/*
 * ROLES
 */
create table identity.roles (
  role_id     integer generated always as identity primary key,
  role_name   varchar(50) not null unique
    constraint roles_role_name_format check (role_name ~ '^[a-z][a-z0-9_]{1,49}$'),
  description text
    constraint roles_description_length check (char_length(description) <= 500)
);
alter table identity.roles enable row level security;
create policy select_all on identity.roles for select to app_user using (true);
grant select on table identity.roles to app_admin, app_user;
comment on table identity.roles is E'An application role a user can hold. The `admin` role makes a session `app_admin`.';
comment on column identity.roles.role_id is E'The role''s identifier.';
comment on column identity.roles.role_name is E'Unique lower-case name, e.g. `user` or `admin`.';
comment on column identity.roles.description is E'What holding the role allows.';

insert into identity.roles (role_name, description) values
  ('user', 'Every registered account: may manage its own profile, emails and devices.'),
  ('admin', 'Administrators: may see every account and manage roles and account status.');

/*
 * USER_ROLES
 */
create table identity.user_roles (
  user_uuid   uuid not null references identity.users (uuid) on delete cascade,
  role_id     integer not null references identity.roles (role_id) on delete restrict,
  assigned_at timestamptz not null default now(),
  primary key (user_uuid, role_id)
);
create index user_roles_role_id_idx on identity.user_roles (role_id);
alter table identity.user_roles enable row level security;
create policy select_own on identity.user_roles for select to app_user
  using (user_uuid = (select identity.current_user_uuid()));
create policy select_all_as_admin on identity.user_roles for select to app_admin
  using ((select identity.current_user_is_admin()));
grant select on table identity.user_roles to app_admin, app_user;
comment on table identity.user_roles is E'Which roles an account holds. Changed only through the role functions.';
comment on column identity.user_roles.user_uuid is E'The account holding the role.';
comment on column identity.user_roles.role_id is E'The role held; a role still held cannot be deleted.';
comment on column identity.user_roles.assigned_at is E'When the role was granted.';


/*
 * There is always at least one active administrator.
 */
create function identity_private.assert_active_admin_remains(losing uuid) returns void
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
begin
  -- One change to administrators at a time, so two of them cannot remove each other at once.
  perform pg_advisory_xact_lock(hashtext('pg-identity-kit:admins'));
  if exists (
       select 1 from identity.user_roles ur join identity.roles r on r.role_id = ur.role_id
       join identity.user_status s on s.user_uuid = ur.user_uuid
       where r.role_name = 'admin' and ur.user_uuid = losing and s.status = 'active')
     and not exists (
       select 1 from identity.user_roles ur join identity.roles r on r.role_id = ur.role_id
       join identity.user_status s on s.user_uuid = ur.user_uuid
       where r.role_name = 'admin' and ur.user_uuid <> losing and s.status = 'active') then
    raise exception 'The last active administrator cannot lose the admin role or stop being active' using errcode = 'LSTAD';
  end if;
end;
$$;
comment on function identity_private.assert_active_admin_remains(uuid) is
  E'Raises LSTAD when the account is the last active administrator; serialises changes to administrators.';


create function identity.grant_role(user_uuid uuid, role_name text) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_admin uuid := identity_private.assert_admin();
  v_role_id integer := (select r.role_id from identity.roles r where r.role_name = grant_role.role_name);
begin
  if grant_role.user_uuid = v_admin then
    -- Separation of duties: even an administrator's roles come from someone else.
    raise exception 'Nobody can grant roles to themselves' using errcode = 'FORBD';
  elsif v_role_id is null then
    raise exception 'No such role' using errcode = 'ROLNF';
  elsif not exists (select 1 from identity.users u where u.uuid = grant_role.user_uuid) then
    raise exception 'No such user' using errcode = 'USRNF';
  end if;
  insert into identity.user_roles (user_uuid, role_id) values (grant_role.user_uuid, v_role_id) on conflict do nothing;
  if not found then
    return false;
  end if;
  perform identity_private.audit('role_granted', grant_role.user_uuid, null, null, format('%s by %s', role_name, v_admin));
  return true;
end;
$$;
comment on function identity.grant_role(uuid, text) is
  E'Administrators: grants a role to another user (false when already held); nobody grants roles to themselves. Errors: LOGIN, FORBD, ROLNF, USRNF.';
grant execute on function identity.grant_role(uuid, text) to app_admin;


create function identity.revoke_role(user_uuid uuid, role_name text) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_admin uuid := identity_private.assert_admin();
  v_role_id integer := (select r.role_id from identity.roles r where r.role_name = revoke_role.role_name);
begin
  if v_role_id is null then
    raise exception 'No such role' using errcode = 'ROLNF';
  end if;
  if role_name = 'admin' then
    perform identity_private.assert_active_admin_remains(revoke_role.user_uuid);
  end if;
  delete from identity.user_roles ur where ur.user_uuid = revoke_role.user_uuid and ur.role_id = v_role_id;
  if not found then
    return false;
  end if;
  perform identity_private.audit('role_revoked', revoke_role.user_uuid, null, null, format('%s by %s', role_name, v_admin));
  return true;
end;
$$;
comment on function identity.revoke_role(uuid, text) is
  E'Administrators: revokes a role from a user (false when not held); the last active administrator keeps `admin`. Errors: LOGIN, FORBD, ROLNF, LSTAD.';
grant execute on function identity.revoke_role(uuid, text) to app_admin;

--! split: 0700-sessions.sql
/*
 * USER_SESSIONS: one row per sign-in. What a user may see of it; the refresh secret lives in identity_private.
 */
create table identity.user_sessions (
  id               uuid primary key default gen_random_uuid(),
  user_uuid        uuid not null references identity.users (uuid) on delete cascade,
  device_id        bigint references identity.user_devices (id) on delete set null,
  created_at       timestamptz not null default now(),
  refreshed_at     timestamptz not null default now(),
  expires_at       timestamptz not null,
  aal              smallint not null
    constraint user_sessions_aal_known check (aal in (1, 2)),
  authenticated_at timestamptz not null,
  ip_address       inet,
  user_agent       text
    constraint user_sessions_user_agent_length check (char_length(user_agent) <= 1024),
  revoked_at       timestamptz,
  revoke_reason    text
    constraint user_sessions_revoke_reason_known check (revoke_reason in (
      'sign_out', 'revoked_by_user', 'revoked_by_admin', 'password_changed', 'password_reset',
      'account_suspended', 'account_deactivated', 'refresh_token_reuse'
    )),
  revoked_by       uuid references identity.users (uuid) on delete set null,
  constraint user_sessions_revoked_with_reason check ((revoked_at is null) = (revoke_reason is null)),
  constraint user_sessions_expiry_after_creation check (expires_at > created_at)
);
create index user_sessions_live_by_user_idx on identity.user_sessions (user_uuid) where revoked_at is null;
create index user_sessions_device_id_idx on identity.user_sessions (device_id);
create index user_sessions_revoked_by_idx on identity.user_sessions (revoked_by);
alter table identity.user_sessions enable row level security;
create policy select_own on identity.user_sessions for select to app_user
  using (user_uuid = (select identity.current_user_uuid()));
create policy select_all_as_admin on identity.user_sessions for select to app_admin
  using ((select identity.current_user_is_admin()));
grant select on table identity.user_sessions to app_admin, app_user;
comment on table identity.user_sessions is E'@behavior -insert -update -delete\nA session: one sign-in on one device, renewed by its refresh token until it is signed out, revoked or expires.';
comment on column identity.user_sessions.id is E'The session''s identifier (the `sid` claim of its access tokens).';
comment on column identity.user_sessions.user_uuid is E'The signed-in account.';
comment on column identity.user_sessions.device_id is E'The device the session was created on, when the client sent a device fingerprint.';
comment on column identity.user_sessions.created_at is E'When the session was created (the sign-in).';
comment on column identity.user_sessions.refreshed_at is E'When the session was last refreshed: its last activity, to within one access-token lifetime.';
comment on column identity.user_sessions.expires_at is E'Absolute expiry: the session ends then, however often it is refreshed.';
comment on column identity.user_sessions.aal is E'Authentication assurance level: 1 after a password, 2 after a second factor.';
comment on column identity.user_sessions.authenticated_at is E'When the user last proved who they are in this session (re-authentication checks use it).';
comment on column identity.user_sessions.ip_address is E'The client address the server saw at sign-in.';
comment on column identity.user_sessions.user_agent is E'The user agent the server saw at sign-in.';
comment on column identity.user_sessions.revoked_at is E'When the session was ended; NULL while it may be used.';
comment on column identity.user_sessions.revoke_reason is E'Why it ended: sign_out, revoked_by_user, revoked_by_admin, password_changed, password_reset, account_suspended, account_deactivated or refresh_token_reuse.';
comment on column identity.user_sessions.revoked_by is E'Who ended it (the user, an administrator); NULL when the system did.';


create table identity_private.user_session_secrets (
  session_id         uuid primary key references identity.user_sessions (id) on delete cascade,
  rotation_key       bytea not null
    constraint user_session_secrets_rotation_key_length check (octet_length(rotation_key) = 32),
  refresh_counter    bigint not null default 0
    constraint user_session_secrets_refresh_counter_nonnegative check (refresh_counter >= 0),
  refresh_token_hash bytea not null
    constraint user_session_secrets_refresh_token_hash_length check (octet_length(refresh_token_hash) = 32)
);
alter table identity_private.user_session_secrets enable row level security;
comment on table identity_private.user_session_secrets is E'The refresh state of a session. Neither column lets anyone resume the session: the token itself is never stored.';
comment on column identity_private.user_session_secrets.session_id is E'The session.';
comment on column identity_private.user_session_secrets.rotation_key is E'Random per-session key deriving each refresh secret from the previous one.';
comment on column identity_private.user_session_secrets.refresh_counter is E'How many times the session was refreshed: the counter of the current refresh token.';
comment on column identity_private.user_session_secrets.refresh_token_hash is E'SHA-256 of the current refresh token''s secret.';


create function identity_private.format_refresh_token(session_id uuid, counter bigint, secret bytea) returns text
  language sql immutable strict parallel safe
  set search_path = pg_catalog
as $$
  select session_id::text || '.' || counter::text || '.' || identity_private.base64url_encode(secret)
$$;
comment on function identity_private.format_refresh_token(uuid, bigint, bytea) is
  E'`<session id>.<counter>.<secret>`: the refresh token handed to the client.';


create function identity_private.next_refresh_secret(rotation_key bytea, secret bytea, counter bigint) returns bytea
  language sql immutable strict parallel safe
  set search_path = pg_catalog, public, pg_temp
as $$
  select hmac(secret || int8send(counter), rotation_key, 'sha256')
$$;
comment on function identity_private.next_refresh_secret(bytea, bytea, bigint) is
  E'The refresh secret of counter `counter`, derived from the one before it: HMAC-SHA256(rotation_key, secret || counter).';


create function identity_private.start_session(user_uuid uuid, aal integer, device_id bigint, ip_address inet, user_agent text)
  returns identity.session_grant
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_session_id uuid;
  v_secret bytea := gen_random_bytes(32);
begin
  insert into identity.user_sessions (user_uuid, device_id, expires_at, aal, authenticated_at, ip_address, user_agent)
    values (start_session.user_uuid, start_session.device_id,
            now() + (select session_absolute_lifetime from identity_private.auth_settings),
            start_session.aal, now(), start_session.ip_address, left(start_session.user_agent, 1024))
    returning id into v_session_id;
  insert into identity_private.user_session_secrets (session_id, rotation_key, refresh_token_hash)
    values (v_session_id, gen_random_bytes(32), digest(v_secret, 'sha256'));
  return identity_private.session_grant(v_session_id, identity_private.format_refresh_token(v_session_id, 0, v_secret));
end;
$$;
comment on function identity_private.start_session(uuid, integer, bigint, inet, text) is
  E'Creates the session of a successful sign-in (assurance level 1 after a password, 2 after a second factor) and returns its grant.';


create function identity_private.start_session(
  user_uuid uuid, aal integer, device_id bigint, ip_address inet, user_agent text, device_token text
) returns identity.session_grant
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_grant identity.session_grant := identity_private.start_session(user_uuid, aal, device_id, ip_address, user_agent);
begin
  v_grant.device_token := device_token;
  return v_grant;
end;
$$;
comment on function identity_private.start_session(uuid, integer, bigint, inet, text, text) is
  E'start_session, with the device token the sign-in handed out in the grant.';


create function identity_private.session_grant(session_id uuid, refresh_token text) returns identity.session_grant
  language sql stable
  set search_path = pg_catalog, public, pg_temp
as $$
  select (
    case when exists (
      select 1 from identity.user_roles ur join identity.roles r on r.role_id = ur.role_id
      where ur.user_uuid = s.user_uuid and r.role_name = 'admin'
    ) then 'app_admin' else 'app_user' end,
    s.user_uuid,
    s.id,
    extract(epoch from now())::bigint,
    extract(epoch from least(now() + (select access_token_lifetime from identity_private.auth_settings), s.expires_at))::bigint,
    s.aal,
    extract(epoch from s.authenticated_at)::bigint,
    refresh_token,
    null,
    null
  )::identity.session_grant
  from identity.user_sessions s
  where s.id = session_grant.session_id
$$;
comment on function identity_private.session_grant(uuid, text) is
  E'The access-token claims of a session, with the refresh token to hand out beside them.';


/*
 * Refreshing: rotation with reuse detection and a grace window for racing tabs.
 */
create function identity.refresh_session(refresh_token text) returns identity.session_grant
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_parts text[] := regexp_match(coalesce(refresh_token, ''),
    '^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([0-9]{1,18})\.([A-Za-z0-9_-]{43})$');
  v_settings identity_private.auth_settings;
  v_session identity.user_sessions;
  v_secrets identity_private.user_session_secrets;
  v_counter bigint;
  v_secret bytea;
  v_next bytea;
begin
  if v_parts is null then
    return null;
  end if;
  select * into v_settings from identity_private.auth_settings;
  -- One refresh of a session at a time: a racing refresh waits here and then sees the rotation.
  select * into v_secrets from identity_private.user_session_secrets k where k.session_id = v_parts[1]::uuid for update;
  if v_secrets.session_id is null then
    return null;
  end if;
  select * into v_session from identity.user_sessions s where s.id = v_secrets.session_id;
  v_counter := v_parts[2]::bigint;
  -- Walk the chain from the presented secret to the current counter: only a token this session really
  -- issued arrives at the stored hash. The walk is bounded (a token from too long ago is just invalid).
  if v_counter > v_secrets.refresh_counter or v_secrets.refresh_counter - v_counter > 10000 then
    return null;
  end if;
  v_secret := identity_private.base64url_decode(v_parts[3]);
  v_next := v_secret;
  for i in v_counter + 1 .. v_secrets.refresh_counter loop
    v_next := identity_private.next_refresh_secret(v_secrets.rotation_key, v_next, i);
  end loop;
  if digest(v_next, 'sha256') <> v_secrets.refresh_token_hash then
    return null;
  end if;

  if v_session.revoked_at is not null or v_session.expires_at <= now()
     or v_session.refreshed_at <= now() - v_settings.session_idle_timeout
     or not exists (select 1 from identity.user_status st where st.user_uuid = v_session.user_uuid and st.status = 'active') then
    return null;
  end if;

  if v_counter = v_secrets.refresh_counter then
    -- The current token: rotate.
    v_next := identity_private.next_refresh_secret(v_secrets.rotation_key, v_secret, v_counter + 1);
    update identity_private.user_session_secrets k
      set refresh_counter = v_counter + 1, refresh_token_hash = digest(v_next, 'sha256')
      where k.session_id = v_session.id;
    update identity.user_sessions s set refreshed_at = now() where s.id = v_session.id;
    return identity_private.session_grant(v_session.id, identity_private.format_refresh_token(v_session.id, v_counter + 1, v_next));
  elsif v_counter = v_secrets.refresh_counter - 1 and v_session.refreshed_at > now() - v_settings.refresh_reuse_interval then
    -- The token just rotated away, again within the grace window (another tab): the same successor.
    return identity_private.session_grant(v_session.id, identity_private.format_refresh_token(v_session.id, v_secrets.refresh_counter, v_next));
  end if;
  -- An older token of this session, or the previous one after the grace window: it was copied. End the session.
  perform identity_private.revoke_sessions(v_session.user_uuid, 'refresh_token_reuse', null, v_session.id);
  return null;
end;
$$;
comment on function identity.refresh_session(text) is
  E'@behavior -*\nExchanges a refresh token for a new access-token grant and the next refresh token, within the session''s idle and absolute limits and while the account is active. The token that was just rotated away returns the same successor for refresh_reuse_interval (racing tabs); any other earlier token of the session is reuse and ends the session (audited). NULL for every failure, without saying which.';
grant execute on function identity.refresh_session(text) to app_admin, app_anonymous, app_user;


/*
 * Ending sessions. One audit row per call (not per session), naming who ended them.
 */
create function identity_private.revoke_sessions(
  user_uuid uuid, reason text, actor uuid, only_session uuid default null, keep_session uuid default null
) returns integer
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_count integer;
begin
  update identity.user_sessions s set revoked_at = now(), revoke_reason = reason, revoked_by = actor
    where s.user_uuid = revoke_sessions.user_uuid and s.revoked_at is null
      and (only_session is null or s.id = only_session)
      and (keep_session is null or s.id <> keep_session);
  get diagnostics v_count = row_count;
  if v_count > 0 then
    perform identity_private.audit(
      case reason when 'sign_out' then 'sign_out' when 'refresh_token_reuse' then 'refresh_token_reuse' else 'session_revoked' end,
      user_uuid, identity_private.client_ip(null), identity_private.client_user_agent(null),
      format('%s session(s), %s, by %s', v_count, reason, coalesce(actor::text, 'the system')));
  end if;
  return v_count;
end;
$$;
comment on function identity_private.revoke_sessions(uuid, text, uuid, uuid, uuid) is
  E'Ends the live sessions of an account (only one, or all but one), recording why and who (audited once per call); returns how many.';


create function identity.revoke_session(session_id uuid) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := identity_private.assert_signed_in();
begin
  return identity_private.revoke_sessions(v_user_uuid, 'revoked_by_user', v_user_uuid, revoke_session.session_id) > 0;
end;
$$;
comment on function identity.revoke_session(uuid) is
  E'Ends one of the signed-in user''s own sessions by its id (audited); false when it is not theirs or already ended. Errors: LOGIN.';
grant execute on function identity.revoke_session(uuid) to app_admin, app_user;


create function identity.revoke_user_sessions(user_uuid uuid) returns integer
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_admin uuid := identity_private.assert_admin();
begin
  if not exists (select 1 from identity.users u where u.uuid = revoke_user_sessions.user_uuid) then
    raise exception 'No such user' using errcode = 'USRNF';
  end if;
  return identity_private.revoke_sessions(revoke_user_sessions.user_uuid, 'revoked_by_admin', v_admin);
end;
$$;
comment on function identity.revoke_user_sessions(uuid) is
  E'Administrators: ends every session of an account (audited, naming the administrator); returns how many. Errors: LOGIN, FORBD, USRNF.';
grant execute on function identity.revoke_user_sessions(uuid) to app_admin;


create function identity.sign_out(scope text default 'local') returns integer
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := identity_private.assert_signed_in();
  v_session_id uuid := identity.current_session_id();
  v_scope text := lower(coalesce(scope, 'local'));
begin
  if v_scope not in ('local', 'others', 'global') then
    raise exception 'The scope must be local, others or global' using errcode = '22023';
  end if;
  return identity_private.revoke_sessions(
    v_user_uuid, 'sign_out', v_user_uuid,
    case when v_scope = 'local' then v_session_id end,
    case when v_scope = 'others' then v_session_id end);
end;
$$;
comment on function identity.sign_out(text) is
  E'@behavior -*\nSigns out: ends this session (`local`, the default), all others (`others`) or all (`global`); returns how many ended (audited). Errors: LOGIN, 22023 (another scope).';
grant execute on function identity.sign_out(text) to app_admin, app_user;


create function identity.my_sessions() returns setof identity.user_sessions
  language sql stable security definer
  set search_path = pg_catalog, public, pg_temp
as $$
  select s.* from identity.user_sessions s
  where s.user_uuid = identity.current_user_uuid()
    and s.revoked_at is null and s.expires_at > now()
    and s.refreshed_at > now() - (select session_idle_timeout from identity_private.auth_settings)
  order by s.refreshed_at desc, s.id
$$;
comment on function identity.my_sessions() is
  E'Where the signed-in user is signed in: their live sessions, most recently active first (`isCurrent` marks this one).';
grant execute on function identity.my_sessions() to app_admin, app_user;


create function identity.user_sessions_device_name(s identity.user_sessions) returns text
  language sql stable
  set search_path = pg_catalog, public, pg_temp
as $$
  select d.device_name from identity.user_devices d where d.id = s.device_id
$$;
comment on function identity.user_sessions_device_name(identity.user_sessions) is
  E'The name the user gave the session''s device, if any.';
grant execute on function identity.user_sessions_device_name(identity.user_sessions) to app_admin, app_user;


create function identity.user_sessions_is_current(s identity.user_sessions) returns boolean
  language sql stable
  set search_path = pg_catalog, public, pg_temp
as $$
  select s.id is not distinct from identity.current_session_id()
$$;
comment on function identity.user_sessions_is_current(identity.user_sessions) is
  E'True for the session making this request.';
grant execute on function identity.user_sessions_is_current(identity.user_sessions) to app_admin, app_user;


/*
 * RE-AUTHENTICATION.
 */
create function identity_private.assert_recently_authenticated() returns uuid
  language plpgsql stable
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := identity_private.assert_signed_in();
begin
  if not exists (
    select 1 from identity.user_sessions s
    where s.id = identity.current_session_id()
      and s.authenticated_at > now() - (select reauthentication_window from identity_private.auth_settings)
  ) then
    raise exception 'Confirm your password first (reauthenticate)' using errcode = 'REAUT';
  end if;
  return v_user_uuid;
end;
$$;
comment on function identity_private.assert_recently_authenticated() is
  E'The signed-in user''s uuid when the current session proved the password within auth_settings.reauthentication_window; raises LOGIN or REAUT otherwise.';


create function identity.reauthenticate(password text) returns boolean
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_settings identity_private.auth_settings;
  v_user_uuid uuid := identity_private.assert_signed_in();
  v_key citext := 'account:' || v_user_uuid::text;
  v_ip inet := identity_private.client_ip(null);
  v_agent text := identity_private.client_user_agent(null);
  v_hash text;
  v_matches boolean;
begin
  select * into v_settings from identity_private.auth_settings;
  if not identity_private.throttle('sign_in', 'client', host(v_ip), v_settings.throttle_sign_ins_per_client, v_ip, v_agent)
     or not identity_private.throttle('sign_in', 'identifier', v_key::text, v_settings.throttle_sign_ins_per_identifier, v_ip, v_agent) then
    return false;
  end if;
  select c.password_hash into v_hash from identity_private.user_credentials c where c.user_uuid = v_user_uuid;
  -- One bcrypt computation on every path, as in authenticate.
  v_matches := crypt(coalesce(password, ''), coalesce(v_hash, gen_salt('bf', v_settings.bcrypt_cost))) = v_hash
    and password <> '' and octet_length(password) <= 72;
  perform identity_private.lock_login_key(v_key);
  if identity_private.is_locked(v_key) then
    perform identity_private.audit('login_locked', v_user_uuid, v_ip, v_agent, 'reauthenticate while locked');
    return false;
  elsif v_matches is not true then
    perform identity_private.count_login_failure(v_key);
    perform identity_private.audit('login_failure', v_user_uuid, v_ip, v_agent, 'reauthenticate: wrong password');
    return false;
  end if;
  update identity.user_sessions s set authenticated_at = now() where s.id = identity.current_session_id();
  perform identity_private.audit('reauthenticated', v_user_uuid, v_ip, v_agent);
  return true;
end;
$$;
comment on function identity.reauthenticate(text) is
  E'Confirms the signed-in user''s password for security settings: true renews the session''s authenticated_at (see auth_settings.reauthentication_window). False for a wrong password (counted towards the lockout like a sign-in, audited), while locked or throttled. Errors: LOGIN.';
grant execute on function identity.reauthenticate(text) to app_admin, app_user;

--! split: 0800-throttling.sql
/*
 * THROTTLING: one counter per (bucket, scope, value) and window.
 */
create table identity_private.throttle_counters (
  bucket       text not null,
  scope        text not null constraint throttle_counters_scope_known check (scope in ('client', 'identifier')),
  value        text not null constraint throttle_counters_value_length check (char_length(value) <= 400),
  window_start timestamptz not null,
  hits         integer not null constraint throttle_counters_hits_positive check (hits >= 1),
  audited      boolean not null default false,
  primary key (bucket, scope, value)
);
create index throttle_counters_window_start_idx on identity_private.throttle_counters (window_start);
alter table identity_private.throttle_counters enable row level security;
comment on table identity_private.throttle_counters is E'Calls per client address or identifier in the current throttle window; rows of past windows are removed by maintain().';
comment on column identity_private.throttle_counters.bucket is E'Which family of calls: sign_in, or the name of an account function.';
comment on column identity_private.throttle_counters.scope is E'client (value is the client address) or identifier (an account key, a login or an address).';
comment on column identity_private.throttle_counters.value is E'The address or identifier counted.';
comment on column identity_private.throttle_counters.window_start is E'When the current window began.';
comment on column identity_private.throttle_counters.hits is E'Calls counted in the current window.';
comment on column identity_private.throttle_counters.audited is E'Whether this window''s throttling has been audited (at most once per window).';


create function identity_private.throttle(bucket text, scope text, value text, max_hits integer, ip_address inet, user_agent text)
  returns boolean
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_window interval := (select s.throttle_window from identity_private.auth_settings s);
  v_row identity_private.throttle_counters;
begin
  if value is null then
    return true; -- no address known (a trusted caller passed none): only the other counter applies
  end if;
  insert into identity_private.throttle_counters as t (bucket, scope, value, window_start, hits)
    values (throttle.bucket, throttle.scope, left(throttle.value, 400), identity_private.auth_now(), 1)
    on conflict on constraint throttle_counters_pkey do update set
      hits = case when t.window_start <= identity_private.auth_now() - v_window then 1 else t.hits + 1 end,
      audited = case when t.window_start <= identity_private.auth_now() - v_window then false else t.audited end,
      window_start = case when t.window_start <= identity_private.auth_now() - v_window then identity_private.auth_now() else t.window_start end
    returning * into v_row;
  if v_row.hits <= max_hits then
    return true;
  end if;
  if not v_row.audited then
    update identity_private.throttle_counters t set audited = true
      where t.bucket = throttle.bucket and t.scope = throttle.scope and t.value = v_row.value;
    perform identity_private.audit('throttled', null, ip_address, user_agent, format('%s per %s over %s', bucket, scope, max_hits));
  end if;
  return false;
end;
$$;
comment on function identity_private.throttle(text, text, text, integer, inet, text) is
  E'Counts one call of a bucket for a client address or identifier and says whether it is within max_hits for the current window. The first refusal of a window is audited (`throttled`), later ones are not. A NULL value is not counted.';


create function identity_private.assert_account_call_allowed(bucket text, identifier text) returns void
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_settings identity_private.auth_settings;
  v_ip inet := identity_private.client_ip(null);
  v_agent text := identity_private.client_user_agent(null);
begin
  select * into v_settings from identity_private.auth_settings;
  if not identity_private.throttle('account', 'client', host(v_ip), v_settings.throttle_account_calls_per_client, v_ip, v_agent)
     or not identity_private.throttle(bucket, 'identifier', identifier, v_settings.throttle_account_calls_per_identifier, v_ip, v_agent) then
    raise exception 'Too many attempts; try again in a minute' using errcode = 'THROT';
  end if;
end;
$$;
comment on function identity_private.assert_account_call_allowed(text, text) is
  E'Throttles register_user, request_password_reset, verify_email, reset_password and add_email per client address (all together) and per identifier (per function); raises THROT over a limit. The functions check what depends on the caller''s input alone before or after it, and answer what depends on stored data without an error after it (a taken username is NULL, a bad token false), so the count of a failing call is kept (reset_password''s account rules behind a valid token are the exception).';

--! split: 0900-audit-and-partitions.sql
-- The only change an audit row accepts is ON DELETE SET NULL once its account is really gone.
create function identity_private.tg_login_audit_logs__append_only() returns trigger
  language plpgsql volatile
  set search_path = pg_catalog
as $$
begin
  if tg_op = 'UPDATE' and old.user_uuid is not null and new.user_uuid is null
     and (old.id, old.event_type, old.ip_address, old.user_agent, old.event_at, old.reason)
         is not distinct from (new.id, new.event_type, new.ip_address, new.user_agent, new.event_at, new.reason)
     and not exists (select 1 from identity.users u where u.uuid = old.user_uuid) then
    return new;
  end if;
  raise exception 'Audit events are append-only' using errcode = 'AUDRO';
end;
$$;
comment on function identity_private.tg_login_audit_logs__append_only() is
  E'Trigger: forbids changing or deleting audit events (dropping a whole partition is how old events expire).';


/*
 * LOGIN_AUDIT_LOGS: append-only, partitioned by month on event_at.
 */
create table identity.login_audit_logs (
  id          bigint generated always as identity,
  user_uuid   uuid references identity.users (uuid) on delete set null,
  event_type  varchar(32) not null
    constraint login_audit_logs_event_type_known check (event_type in (
      'register', 'login_success', 'login_failure', 'login_locked', 'password_change',
      'password_reset_request', 'password_reset', 'email_added', 'email_removed', 'email_verified',
      'email_primary_changed', 'provider_linked', 'provider_unlinked', 'mfa_enrolled', 'mfa_disabled',
      'mfa_challenge', 'mfa_success', 'mfa_failure', 'recovery_codes_generated', 'device_new',
      'device_forgotten', 'role_granted', 'role_revoked', 'status_changed',
      'sign_out', 'session_revoked', 'refresh_token_reuse',
      'reauthenticated', 'mfa_enrolment_started', 'throttled',
      'imported'
    )),
  ip_address  inet,
  user_agent  text
    constraint login_audit_logs_user_agent_length check (char_length(user_agent) <= 1024),
  event_at    timestamptz not null default now(),
  reason      text
    constraint login_audit_logs_reason_length check (char_length(reason) <= 500),
  primary key (id, event_at)
) partition by range (event_at);
create index login_audit_logs_user_uuid_event_at_idx on identity.login_audit_logs (user_uuid, event_at desc);
create index login_audit_logs_ip_failures_idx on identity.login_audit_logs (ip_address, event_at desc)
  where event_type in ('login_failure', 'login_locked', 'mfa_failure');
create index login_audit_logs_event_at_idx on identity.login_audit_logs using brin (event_at);
alter table identity.login_audit_logs enable row level security;
create policy select_own on identity.login_audit_logs for select to app_user
  using (user_uuid = (select identity.current_user_uuid()));
create policy select_all_as_admin on identity.login_audit_logs for select to app_admin
  using ((select identity.current_user_is_admin()));
grant select on table identity.login_audit_logs to app_admin;
grant select (id, user_uuid, event_type, ip_address, user_agent, event_at) on table identity.login_audit_logs to app_user;
comment on table identity.login_audit_logs is E'@behavior -insert -update -delete\nOne row per security event of an account (sign-in, failure, lockout, password change...). Append-only.';
comment on column identity.login_audit_logs.id is E'The event''s identifier.';
comment on column identity.login_audit_logs.user_uuid is E'The account concerned; NULL for a sign-in attempt that matched no account, or once the account is deleted.';
comment on column identity.login_audit_logs.event_type is E'What happened. One of: register, login_success (a session was created), login_failure, login_locked, password_change, password_reset_request, password_reset, email_added, email_removed, email_verified, email_primary_changed, provider_linked, provider_unlinked, mfa_enrolled, mfa_enrolment_started, mfa_disabled, mfa_challenge, mfa_success, mfa_failure, recovery_codes_generated, device_new, device_forgotten, role_granted, role_revoked, status_changed, sign_out, session_revoked, refresh_token_reuse, reauthenticated (the password was confirmed for security settings), throttled (a client or identifier went over a throttle limit; once per window), imported (the account came from another system by `idkit import`).';
comment on column identity.login_audit_logs.ip_address is E'The client''s IP address, when known.';
comment on column identity.login_audit_logs.user_agent is E'The client''s user agent, when known.';
comment on column identity.login_audit_logs.event_at is E'When it happened.';
comment on column identity.login_audit_logs.reason is E'@behavior -*\nWhy a sign-in failed (unknown account, wrong password, suspended...): readable by administrators only.';
create trigger _100_append_only before update or delete on identity.login_audit_logs
  for each row execute function identity_private.tg_login_audit_logs__append_only();


create table identity.login_audit_logs_default partition of identity.login_audit_logs default;
alter table identity.login_audit_logs_default enable row level security;
comment on table identity.login_audit_logs_default is E'@behavior -*\nCatch-all partition for events outside the monthly partitions.';


create function identity_private.audit(
  event_type text, user_uuid uuid, ip_address inet default null, user_agent text default null, reason text default null
) returns void
  language sql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
  insert into identity.login_audit_logs (event_type, user_uuid, ip_address, user_agent, reason)
  values (event_type, user_uuid, ip_address, left(user_agent, 1024), left(reason, 500))
$$;
comment on function identity_private.audit(text, uuid, inet, text, text) is
  E'Appends one security event to login_audit_logs.';


/*
 * MONTHLY PARTITIONS without blocking sign-ins. `create table ... partition of` takes ACCESS EXCLUSIVE on
 * login_audit_logs and its default partition: queued behind one long reader of the audit log, it made every
 * audit insert (every sign-in) wait behind it. Instead a month is built as a standalone table with the
 * partition's columns, checks, foreign key and a CHECK matching its bounds (so ATTACH need not scan it), then
 * attached: ATTACH PARTITION takes SHARE UPDATE EXCLUSIVE on the parent, which inserts do not conflict with,
 * plus ACCESS EXCLUSIVE on the new table and on the default partition, which sign-ins never touch while it is
 * empty. The foreign key takes SHARE ROW EXCLUSIVE on users for a moment. Every lock waits at most
 * lock_timeout (500 ms), then the call fails with 55P03 and `idkit maintain` retries it in a new transaction.
 */
create function identity_private.login_audit_month(month date,
    out partition_name text, out starts_at timestamptz, out ends_at timestamptz)
  language sql immutable strict
  set search_path = pg_catalog, pg_temp
as $$
  select format('login_audit_logs_%s', to_char(month, 'YYYYMM')),
         date_trunc('month', month::timestamp) at time zone 'UTC',
         (date_trunc('month', month::timestamp) + interval '1 month') at time zone 'UTC'
$$;
comment on function identity_private.login_audit_month(date) is
  E'The name and UTC bounds of the monthly partition of login_audit_logs holding the given day.';

create function identity_private.login_audit_months_to_create(as_of timestamptz default now()) returns setof date
  language sql stable strict
  set search_path = pg_catalog, pg_temp
as $$
  select m::date
    from identity_private.auth_settings s,
         generate_series(date_trunc('month', as_of at time zone 'UTC'),
                         date_trunc('month', as_of at time zone 'UTC') + make_interval(months => s.login_audit_months_ahead),
                         interval '1 month') m
   where not exists (
           select 1 from pg_inherits i join pg_class c on c.oid = i.inhrelid
            where i.inhparent = 'identity.login_audit_logs'::regclass
              and c.relname = (identity_private.login_audit_month(m::date)).partition_name)
   order by 1
$$;
comment on function identity_private.login_audit_months_to_create(timestamptz) is
  E'The first days of the months, from as_of''s UTC month through auth_settings.login_audit_months_ahead months later, that have no partition of login_audit_logs yet. Changes nothing.';

create function identity_private.login_audit_partitions_to_drop(as_of timestamptz default now()) returns setof text
  language sql stable strict
  set search_path = pg_catalog, pg_temp
as $$
  select c.relname::text
    from pg_inherits i
    join pg_class c on c.oid = i.inhrelid
   cross join identity_private.auth_settings s
   where i.inhparent = 'identity.login_audit_logs'::regclass
     and c.relname ~ '^login_audit_logs_[0-9]{6}$'
     and (identity_private.login_audit_month(to_date(right(c.relname, 6), 'YYYYMM'))).ends_at
         <= as_of - make_interval(months => s.login_audit_retention_months)
   order by 1
$$;
comment on function identity_private.login_audit_partitions_to_drop(timestamptz) is
  E'The monthly partitions of login_audit_logs whose every event is older than auth_settings.login_audit_retention_months months at as_of, oldest first. Changes nothing.';

create function identity_private.create_login_audit_partition(month date) returns text
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, pg_temp
  set lock_timeout = '500ms'
as $$
declare
  v_month record;
  v_table regclass;
begin
  select * into v_month from identity_private.login_audit_month(month);
  v_table := to_regclass(format('identity.%I', v_month.partition_name));
  if v_table is not null and exists (select 1 from pg_inherits i where i.inhrelid = v_table
                                        and i.inhparent = 'identity.login_audit_logs'::regclass) then
    return null;
  end if;
  if v_table is null then
    -- LIKE copies the columns (without the parent's identity, which the parent alone keeps), defaults,
    -- NOT NULL and CHECK constraints, as ATTACH requires.
    execute format(
      'create table identity.%I (like identity.login_audit_logs including defaults including constraints, '
      'constraint %I check (event_at >= %L and event_at < %L))',
      v_month.partition_name, v_month.partition_name || '_bounds', v_month.starts_at, v_month.ends_at);
    -- Partitions are reached through the parent only; RLS on them too, in case a grant ever appears.
    execute format('alter table identity.%I enable row level security', v_month.partition_name);
    execute format('comment on table identity.%I is %L', v_month.partition_name,
      E'@behavior -*\nMonthly partition of login_audit_logs.');
  end if;
  -- Fails with 23514 when the default partition already holds events of this month.
  execute format('alter table identity.login_audit_logs attach partition identity.%I for values from (%L) to (%L)',
    v_month.partition_name, v_month.starts_at, v_month.ends_at);
  -- The partition bound says the same from now on.
  execute format('alter table identity.%I drop constraint %I', v_month.partition_name, v_month.partition_name || '_bounds');
  return v_month.partition_name;
end;
$$;
comment on function identity_private.create_login_audit_partition(date) is
  E'Creates the partition of login_audit_logs for the UTC month of the given day, owned by app_owner, as a standalone table attached afterwards, so that it never blocks audit inserts; returns its name, or NULL when it exists. Each lock waits at most 500 ms (55P03: try again in a new transaction); 23514 when the default partition holds events of that month.';

create function identity_private.create_login_audit_partitions(months_ahead integer default null, from_month date default now()::date)
  returns setof text
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
as $$
declare
  v_ahead integer := coalesce(months_ahead, (select s.login_audit_months_ahead from identity_private.auth_settings s));
  v_name text;
begin
  if from_month is null or v_ahead < 0 or v_ahead > 120 then
    raise exception 'months_ahead must be between 0 and 120' using errcode = '22023';
  end if;
  for i in 0 .. v_ahead loop
    begin
      v_name := identity_private.create_login_audit_partition((date_trunc('month', from_month::timestamp) + make_interval(months => i))::date);
      if v_name is not null then
        return next v_name;
      end if;
    exception
      when lock_not_available then
        raise warning 'partition of % not created: a lock was not granted within 500 ms (the next run tries again)',
          to_char(date_trunc('month', from_month::timestamp) + make_interval(months => i), 'YYYY-MM');
      when check_violation then
        raise warning 'partition of % not created: the default partition already holds events of that month',
          to_char(date_trunc('month', from_month::timestamp) + make_interval(months => i), 'YYYY-MM');
    end;
  end loop;
end;
$$;
comment on function identity_private.create_login_audit_partitions(integer, date) is
  E'Creates the monthly partitions of login_audit_logs from from_month''s month through months_ahead months later (default auth_settings.login_audit_months_ahead), as create_login_audit_partition does; returns the names it created and warns about months it could not create. For pg_cron; `idkit maintain` does the same one month per transaction, with retries.';

create function identity_private.drop_login_audit_partition(partition_name text) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, pg_temp
  set lock_timeout = '500ms'
as $$
begin
  if not exists (select 1 from identity_private.login_audit_partitions_to_drop() p where p = partition_name) then
    if to_regclass(format('identity.%I', partition_name)) is null then
      return false;
    end if;
    raise exception 'partition % is within the retention period (auth_settings.login_audit_retention_months)', partition_name
      using errcode = '22023';
  end if;
  -- PostgreSQL refuses DETACH ... CONCURRENTLY while a default partition exists, so this takes ACCESS EXCLUSIVE
  -- on login_audit_logs: for at most lock_timeout while it waits, and for the moment the catalog changes.
  execute format('alter table identity.login_audit_logs detach partition identity.%I', partition_name);
  execute format('drop table identity.%I', partition_name);
  return true;
end;
$$;
comment on function identity_private.drop_login_audit_partition(text) is
  E'Detaches and drops a monthly partition of login_audit_logs past the retention period (22023 for a younger one); returns false when there is no such partition. Waits at most 500 ms for each lock (55P03: try again later).';

create function identity_private.drop_expired_login_audit_partitions() returns setof text
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
as $$
declare
  v_name text;
begin
  for v_name in select p from identity_private.login_audit_partitions_to_drop() p loop
    begin
      if identity_private.drop_login_audit_partition(v_name) then
        return next v_name;
      end if;
    exception when lock_not_available then
      raise warning 'partition % not dropped: a lock was not granted within 500 ms (the next run tries again)', v_name;
    end;
  end loop;
end;
$$;
comment on function identity_private.drop_expired_login_audit_partitions() is
  E'Drops every monthly partition of login_audit_logs past the retention period; returns their names. For pg_cron; `idkit maintain` does the same one partition per transaction, with retries.';

-- The previous month through 3 months after the current one (login_audit_months_ahead's default).
select identity_private.create_login_audit_partitions(4, (now() - interval '1 month')::date);

--! split: 1000-maintenance.sql
create function identity_private.purge_expired_tokens(batch_size integer) returns bigint
  language sql volatile strict
  set search_path = pg_catalog, pg_temp
as $$
  with doomed as (
    select t.id from identity_private.user_tokens t where t.expires_at <= now()
    order by t.expires_at limit batch_size for update skip locked
  ), gone as (
    delete from identity_private.user_tokens t using doomed d where t.id = d.id and t.expires_at <= now() returning 1
  )
  select count(*) from gone
$$;
comment on function identity_private.purge_expired_tokens(integer) is
  E'Deletes up to batch_size expired verification and reset tokens (not those a request holds); returns how many.';


create function identity_private.purge_old_login_attempts(batch_size integer) returns bigint
  language sql volatile strict
  set search_path = pg_catalog, pg_temp
as $$
  with horizon as (
    select identity_private.auth_now() - s.lockout_window as before from identity_private.auth_settings s
  ), doomed as (
    select a.identifier from identity_private.login_attempts a, horizon h where a.first_failed_at <= h.before
    order by a.first_failed_at limit batch_size for update of a skip locked
  ), gone as (
    -- The window is checked again on the row itself: a failure counted meanwhile restarted it.
    delete from identity_private.login_attempts a using doomed d, horizon h
      where a.identifier = d.identifier and a.first_failed_at <= h.before returning 1
  )
  select count(*) from gone
$$;
comment on function identity_private.purge_old_login_attempts(integer) is
  E'Deletes up to batch_size failure counters whose lockout window has passed (they lock nothing any more); returns how many.';


create function identity_private.purge_expired_mfa_challenges(batch_size integer) returns bigint
  language sql volatile strict
  set search_path = pg_catalog, pg_temp
as $$
  with doomed as (
    select c.id from identity_private.mfa_challenges c where c.expires_at <= now()
    order by c.expires_at limit batch_size for update skip locked
  ), gone as (
    delete from identity_private.mfa_challenges c using doomed d where c.id = d.id and c.expires_at <= now() returning 1
  )
  select count(*) from gone
$$;
comment on function identity_private.purge_expired_mfa_challenges(integer) is
  E'Deletes up to batch_size expired second-step challenges, used or not; returns how many.';


create function identity_private.purge_old_throttle_counters(batch_size integer) returns bigint
  language sql volatile strict
  set search_path = pg_catalog, pg_temp
as $$
  with horizon as (
    select identity_private.auth_now() - s.throttle_window as before from identity_private.auth_settings s
  ), doomed as (
    select t.bucket, t.scope, t.value from identity_private.throttle_counters t, horizon h where t.window_start <= h.before
    order by t.window_start limit batch_size for update of t skip locked
  ), gone as (
    delete from identity_private.throttle_counters t using doomed d, horizon h
      where (t.bucket, t.scope, t.value) = (d.bucket, d.scope, d.value) and t.window_start <= h.before returning 1
  )
  select count(*) from gone
$$;
comment on function identity_private.purge_old_throttle_counters(integer) is
  E'Deletes up to batch_size throttle counters whose window has passed; returns how many.';


create function identity_private.maintain(batch_size integer default 1000) returns table (task text, deleted bigint)
  language plpgsql volatile
  set search_path = pg_catalog, pg_temp
as $$
begin
  if batch_size is null or batch_size not between 1 and 100000 then
    raise exception 'batch_size must be between 1 and 100000' using errcode = '22023';
  end if;
  return query values
    ('user_tokens', identity_private.purge_expired_tokens(batch_size)),
    ('login_attempts', identity_private.purge_old_login_attempts(batch_size)),
    ('mfa_challenges', identity_private.purge_expired_mfa_challenges(batch_size)),
    ('throttle_counters', identity_private.purge_old_throttle_counters(batch_size));
end;
$$;
comment on function identity_private.maintain(integer) is
  E'One round of cleanup: deletes up to batch_size rows of each kind that no longer serves (expired tokens and MFA challenges, failure counters past their window), skipping rows live requests hold, and returns how many per table. Call it again while any count equals batch_size; `idkit maintain` does.';


/*
 * DATA-ONLY RESTORE into a freshly migrated database: the migrations seed auth_settings, roles and
 * common_passwords, which the dump brings back with the source's values, and create partitions for the
 * current months only. This empties the seeds and creates the partitions the dump's months need.
 */
create function identity_private.prepare_data_only_restore(months_back integer default null) returns void
  language plpgsql volatile
  set search_path = pg_catalog, pg_temp
as $$
declare
  v_back integer := coalesce(months_back, (select s.login_audit_retention_months from identity_private.auth_settings s));
  v_ahead integer := (select s.login_audit_months_ahead from identity_private.auth_settings s);
begin
  if exists (select 1 from identity.users) then
    raise exception 'a data-only restore goes into a freshly migrated database, and this one holds accounts'
      using errcode = 'RSTDB';
  end if;
  if v_back is null or v_back not between 0 and 1200 then
    raise exception 'months_back must be between 0 and 1200' using errcode = '22023';
  end if;
  for i in -v_back .. v_ahead loop
    perform identity_private.create_login_audit_partition((date_trunc('month', now() at time zone 'UTC') + make_interval(months => i))::date);
  end loop;
  delete from identity_private.auth_settings;
  delete from identity.roles;
  truncate identity_private.common_passwords;
end;
$$;
comment on function identity_private.prepare_data_only_restore(integer) is
  E'Run in a freshly migrated database right before restoring a `pg_dump --data-only` of another one (same transaction): creates the audit log''s partitions from months_back months ago (default auth_settings.login_audit_retention_months) and empties the seeded tables (auth_settings, roles, common_passwords) that the dump restores. Refuses (RSTDB) once the database holds accounts.';

--! split: 1100-imports.sql
/*
 * IMPORTED_ACCOUNTS: which source account became which user. The key makes an import idempotent and
 * resumable: a rerun skips what is here.
 */
create table identity_private.imported_accounts (
  source              text not null
    constraint imported_accounts_source_format check (source ~ '^[a-z][a-z0-9_.:-]{0,99}$'),
  source_id           text not null
    constraint imported_accounts_source_id_length check (char_length(source_id) between 1 and 500),
  user_uuid           uuid not null unique references identity.users (uuid) on delete cascade,
  imported_at         timestamptz not null default now(),
  must_reset_password boolean not null,
  primary key (source, source_id)
);
alter table identity_private.imported_accounts enable row level security;
comment on table identity_private.imported_accounts is E'An account brought in by `idkit import`: its identifier in the source system and the user it became. Owner only (RLS, no policies).';
comment on column identity_private.imported_accounts.source is E'Where it came from: `supabase`, `graphile-starter`, or `file` (JSON Lines and CSV alike, keyed by the normalised address, so one person in both kinds of file is imported once).';
comment on column identity_private.imported_accounts.source_id is E'The account''s identifier in the source (its id, or its address for files).';
comment on column identity_private.imported_accounts.user_uuid is E'The user it became.';
comment on column identity_private.imported_accounts.imported_at is E'When it was imported.';
comment on column identity_private.imported_accounts.must_reset_password is E'True when the source had no usable password: the account has no credentials and signs in only after a password reset.';


/*
 * Usernames for accounts whose source has none (or an invalid one); see the README, "Import users".
 */
create function identity_private.import_username_base(username text, email text) returns text
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
comment on function identity_private.import_username_base(text, text) is
  E'The username an imported account asks for: the source''s when valid; else the source''s name or the address''s local part with every run of other characters turned into `_`, leading non-letters and trailing `_` dropped, cut to 32, prefixed `user_` below 3 characters (`user` when nothing is left).';


/*
 * THE IMPORT of one batch, set-based (no bcrypt: hashes are stored as they come). `accounts` is a JSON
 * array of {source_id, emails: [{email, verified, primary}], username, display_name, password_hash,
 * created_at, last_login_at, status ('active' | 'suspended' | 'deleted'), roles: [name], providers:
 * [{provider, id}]}, in source order. Returns one row per input account: imported or skipped, and why.
 * Called once per batch in its own transaction by src/import/run.ts: a batch commits whole or not at all.
 */
create function identity_private.import_accounts(source text, accounts jsonb)
  returns table (source_id text, outcome text, reason text, user_uuid uuid, username text, must_reset_password boolean)
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_row record;
  v_name text;
  v_n integer;
  v_base text;
begin
  -- One import at a time (per database), so that two runs never race for the same usernames or addresses.
  -- (A registration racing an import can still take one mid-batch: the batch then fails with a
  -- unique_violation and src/import/run.ts runs it again, when the name or address is seen as taken.)
  perform pg_advisory_xact_lock(hashtext('pg-identity-kit:import'));
  perform set_config('idkit.import', 'on', true);

  create temp table import_stage on commit drop as
  select x.ord, a.source_id, a.username as given_username,
         nullif(left(btrim(a.display_name), 100), '') as display_name,
         nullif(btrim(a.password_hash), '') as password_hash,
         coalesce(a.created_at, now()) as created_at, a.last_login_at,
         coalesce(a.status, 'active') as status,
         coalesce(a.roles, '[]') as roles, coalesce(a.providers, '[]') as providers,
         coalesce(a.emails, '[]') as emails,
         gen_random_uuid() as new_uuid, null::text as username, null::text as reason,
         row_number() over (partition by a.source_id order by x.ord) as nth_of_source_id
  from jsonb_array_elements(accounts) with ordinality as x(j, ord),
       jsonb_to_record(x.j) as a(source_id text, username text, display_name text, password_hash text, created_at timestamptz,
         last_login_at timestamptz, status text, roles jsonb, providers jsonb, emails jsonb);
  alter table import_stage add primary key (ord);

  create temp table import_emails on commit drop as
  select distinct on (s.ord, identity.normalize_email(e.email))
         s.ord, s.new_uuid, e.email as given, identity.normalize_email(e.email) as email,
         coalesce(e.verified, false) as verified, coalesce(e."primary", false) as is_primary, y.n
  from import_stage s,
       jsonb_array_elements(case when jsonb_typeof(s.emails) = 'array' then s.emails else '[]' end) with ordinality as y(j, n),
       jsonb_to_record(y.j) as e(email text, verified boolean, "primary" boolean)
  order by s.ord, identity.normalize_email(e.email), e.verified desc, e."primary" desc, y.n;
  create index on import_emails (ord);
  create index on import_emails (email);

  create temp table import_providers on commit drop as
  select s.ord, lower(p.provider) as provider, p.id
  from import_stage s,
       jsonb_to_recordset(case when jsonb_typeof(s.providers) = 'array' then s.providers else '[]' end) as p(provider text, id text);
  create index on import_providers (ord);
  analyze import_stage;
  analyze import_emails;
  analyze import_providers;

  -- Why an account is skipped; the first reason in this order wins.
  update import_stage s set reason = 'already_imported' where s.source_id is null or s.nth_of_source_id > 1;
  update import_stage s set reason = 'already_imported' from identity_private.imported_accounts i
    where s.reason is null and i.source = import_accounts.source and i.source_id = s.source_id;
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
      where not exists (select 1 from identity.roles x where x.role_name = lower(btrim(r.name)))));
  update import_stage s set reason = 'invalid_provider' where s.reason is null and (
    jsonb_typeof(s.providers) <> 'array' or exists (
      select 1 from import_providers p where p.ord = s.ord
        and (coalesce(p.provider, '') !~ '^[a-z][a-z0-9_.-]{0,49}$' or coalesce(char_length(p.id), 0) not between 1 and 255)));
  update import_stage s set reason = 'invalid_status' where s.reason is null and s.status not in ('active', 'suspended');
  -- A verified address belongs to one account: taken when another account verified it, in the database or
  -- earlier in the batch (earlier batches are in the database).
  update import_stage s set reason = 'duplicate_email' where s.reason is null and s.ord in (
    select e.ord from import_emails e join identity.user_emails x on x.email = e.email and x.is_verified where e.verified);
  update import_stage s set reason = 'duplicate_email' where s.reason is null and s.ord in (
    select d.ord from (
      select e.ord, min(e.ord) over (partition by e.email) as first_ord
      from import_emails e join import_stage t on t.ord = e.ord and t.reason is null
      where e.verified) d
    where d.ord > d.first_ord);
  update import_stage s set reason = 'provider_taken' where s.reason is null and s.ord in (
    select p.ord from import_providers p join identity.user_auth_providers x
      on x.provider_name = p.provider and x.external_user_id = p.id);
  update import_stage s set reason = 'provider_taken' where s.reason is null and s.ord in (
    select d.ord from (
      select p.ord, min(p.ord) over (partition by p.provider, p.id) as first_ord
      from import_providers p join import_stage t on t.ord = p.ord and t.reason is null) d
    where d.ord > d.first_ord);

  -- Usernames: the base when free, else base_2, base_3, ... (first free), in source order per base.
  update import_stage s set username = identity_private.import_username_base(s.given_username, f.email)
    from (select distinct on (e.ord) e.ord, e.email from import_emails e order by e.ord, e.is_primary desc, e.n) f
    where s.reason is null and f.ord = s.ord;
  create index on import_stage (identity.normalize_username(username));
  analyze import_stage;
  v_base := null;
  for v_row in
    select c.ord, c.username from (
      select s.ord, s.username,
             row_number() over (partition by identity.normalize_username(s.username) order by s.ord) as nth,
             exists (select 1 from identity.user_profiles p
                     where identity.normalize_username(p.username) = identity.normalize_username(s.username)) as taken
      from import_stage s where s.reason is null) c
    where c.taken or c.nth > 1
    order by identity.normalize_username(c.username), c.ord
  loop
    -- Accounts that share a base come one after another: go on from the last number given to that base.
    if v_base is distinct from identity.normalize_username(v_row.username) then
      v_base := identity.normalize_username(v_row.username);
      v_n := 2;
    else
      v_n := v_n + 1;
    end if;
    loop
      v_name := left(v_row.username, 31 - char_length(v_n::text)) || '_' || v_n;
      exit when not exists (select 1 from identity.user_profiles p where identity.normalize_username(p.username) = identity.normalize_username(v_name))
        and not exists (select 1 from import_stage t where t.reason is null and t.ord <> v_row.ord
                        and identity.normalize_username(t.username) = identity.normalize_username(v_name));
      v_n := v_n + 1;
    end loop;
    update import_stage s set username = v_name where s.ord = v_row.ord;
  end loop;

  delete from import_emails e using import_stage s where s.ord = e.ord and s.reason is not null;
  delete from import_providers p using import_stage s where s.ord = p.ord and s.reason is not null;

  insert into identity.users (uuid, created_at, last_login_at)
    select s.new_uuid, s.created_at, s.last_login_at from import_stage s where s.reason is null order by s.ord;
  insert into identity.user_profiles (user_uuid, username, display_name)
    select s.new_uuid, s.username, s.display_name from import_stage s where s.reason is null;
  -- A verified import takes the address from accounts that merely claimed it, as verify_email does.
  with gone as (
    delete from identity.user_emails x using import_emails e
      where e.verified and x.email = e.email and not x.is_verified
      returning x.user_uuid
  )
  insert into identity.login_audit_logs (event_type, user_uuid, reason)
    select 'email_removed', g.user_uuid, 'verified by another account' from gone g;
  insert into identity.user_emails (user_uuid, email, is_verified, is_primary, created_at)
    select e.new_uuid, e.email, e.verified, e.n = coalesce(e.first_primary, e.first_any), s.created_at
    from (select i.*, min(i.n) filter (where i.is_primary) over (partition by i.ord) as first_primary,
                 min(i.n) over (partition by i.ord) as first_any
          from import_emails i) e
    join import_stage s on s.ord = e.ord;
  insert into identity.user_roles (user_uuid, role_id)
    select distinct s.new_uuid, r.role_id
    from import_stage s
    cross join lateral (select 'user' as name union select lower(btrim(x)) from jsonb_array_elements_text(s.roles) x) n
    join identity.roles r on r.role_name = n.name
    where s.reason is null;
  insert into identity_private.user_credentials (user_uuid, password_hash, password_changed_at)
    select s.new_uuid, s.password_hash, s.created_at from import_stage s where s.reason is null and s.password_hash is not null;
  insert into identity.user_auth_providers (user_uuid, provider_name, external_user_id, created_at)
    select distinct s.new_uuid, p.provider, p.id, s.created_at
    from import_providers p join import_stage s on s.ord = p.ord;
  update identity.user_status x set status = 'suspended', reason = 'suspended in ' || import_accounts.source
    from import_stage s where s.reason is null and s.status = 'suspended' and x.user_uuid = s.new_uuid;
  insert into identity_private.imported_accounts (source, source_id, user_uuid, must_reset_password)
    select import_accounts.source, s.source_id, s.new_uuid, s.password_hash is null from import_stage s where s.reason is null;
  insert into identity.login_audit_logs (event_type, user_uuid, reason)
    select 'imported', s.new_uuid,
           'from ' || import_accounts.source || case when s.password_hash is null then '; must reset the password' else '' end
    from import_stage s where s.reason is null;

  perform set_config('idkit.import', 'off', true);
  return query
    select s.source_id, case when s.reason is null then 'imported' else 'skipped' end, s.reason,
           case when s.reason is null then s.new_uuid end, s.username,
           case when s.reason is null then s.password_hash is null end
    from import_stage s order by s.ord;
  drop table import_providers;
  drop table import_emails;
  drop table import_stage;
end;
$$;
comment on function identity_private.import_accounts(text, jsonb) is
  E'Imports one batch of accounts from another system (`idkit import`), set-based and without bcrypt work: users, profiles, addresses, roles, credentials (hashes as they come; `$2b$`/`$2y$` stored as `$2a$`), providers, status, an `imported` event each. Skips, with a reason, accounts already imported, deleted at the source, with no or an invalid address, an unsupported hash, an unknown role, an invalid or already linked provider, or a verified address another account holds. Accounts without a password get no credentials and must reset it.';

--! split: 9000-common-passwords-data.sql
/*
 * DATA: the common passwords assert_valid_password refuses, kept last so the sections above read without it.
 */
-- 49233 entries of the passwords-common list of @zxcvbn-ts/language-common, written by src/codegen/common-passwords.ts.
insert into identity_private.common_passwords (password) values
('!qaz2wsx'), ('!qazxsw2'), ('#name?'), ('%%passwo'), ('%e2%82%ac'), ('(null'), ('****er'), ('****me'),
('****you'), ('.adgjm'), ('.adgjmptw'), ('.hjxrf'), ('.ktxrf'), ('.ktymrf'), ('.kzirf'), ('0.0.0.000'),
('0.0.000'), ('000000'), ('0000000000d'), ('0000000000o'), ('00000000a'), ('00000001'), ('00000007'),
('0000001'), ('0000007'), ('000000a'), ('000000q'), ('000000z'), ('000001'), ('000002'), ('000005'), ('000006'),
('000007'), ('000008'), ('000009'), ('00000a'), ('00000ty'), ('00001'), ('00007'), ('00009999'), ('0000aaaa'),
('0001'), ('000111'), ('0002'), ('0003'), ('0005'), ('0006'), ('0007'), ('000777fffa'), ('0008'), ('0009'),
('00096462'), ('000999888'), ('0010'), ('001100'), ('00133'), ('00197400'), ('00198'), ('0020'), ('002200'),
('0040'), ('005500'), ('006900'), ('007'), ('0070'), ('00700'), ('007000'), ('007007'), ('007008'), ('0072563'),
('007700'), ('007bond'), ('007james'), ('007jr'), ('0080'), ('008800'), ('00948230'), ('009900'), ('00998877'),
('00seven'), ('01011'), ('01011900'), ('01011901'), ('01011910'), ('01011950'), ('01011955'), ('01011957'),
('01011958'), ('01011960'), ('01011961'), ('01011962'), ('01011963'), ('01011964'), ('01011965'), ('01011966'),
('01011967'), ('01011968'), ('01011970'), ('01011971'), ('01011972'), ('01011973'), ('01011974'), ('01011975'),
('01011976'), ('01011977'), ('01011978'), ('01011979'), ('0101198'), ('01011980'), ('01011981'), ('01011982'),
('01011983'), ('01011984'), ('01011985'), ('01011986'), ('01011987'), ('01011988'), ('01011989'), ('01011990'),
('01011991'), ('01011992'), ('01011993'), ('01011994'), ('01011995'), ('01011999'), ('01012000'), ('01012001'),
('01012010'), ('01012011'), ('010170'), ('010180'), ('010181'), ('010191'), ('0101dd'), ('010203'), ('01020304'),
('0102030405'), ('010203040506'), ('010203a'), ('01021980'), ('01021985'), ('01021986'), ('01021987'),
('01021988'), ('01021989'), ('01021990'), ('01021992'), ('01031976'), ('01031980'), ('01031981'), ('01031983'),
('01031984'), ('01031985'), ('01031986'), ('01031987'), ('01031988'), ('01031989'), ('01031991'), ('010390'),
('01041979'), ('01041980'), ('01041981'), ('01041982'), ('01041983'), ('01041985'), ('01041986'), ('01041987'),
('01041988'), ('01041989'), ('01041990'), ('01041992'), ('01041993'), ('01051974'), ('01051979'), ('01051980'),
('01051983'), ('01051985'), ('01051986'), ('01051987'), ('01051988'), ('01051989'), ('01051990'), ('01061979'),
('01061982'), ('01061983'), ('01061984'), ('01061985'), ('01061986'), ('01061987'), ('01061988'), ('01061990'),
('01061992'), ('01071978'), ('01071980'), ('01071983'), ('01071984'), ('01071985'), ('01071986'), ('01071987'),
('01071988'), ('01071989'), ('01071990'), ('01081975'), ('01081978'), ('01081980'), ('01081985'), ('01081986'),
('01081988'), ('01081988m'), ('01081989'), ('01081990'), ('01081992'), ('01091979'), ('01091980'), ('01091984'),
('01091985'), ('01091986'), ('01091987'), ('01091988'), ('01091989'), ('01091992'), ('01101979'), ('01101985'),
('01101987'), ('01111987'), ('01111990'), ('01121980'), ('01121984'), ('01121985'), ('01121986'), ('01121987'),
('01121988'), ('01121990'), ('0112358'), ('01234567890'), ('012345678910'), ('0123654789'), ('0123698745'),
('0128um'), ('013579'), ('0137485'), ('013cpfza'), ('01470258'), ('014702580369'), ('0147258369'), ('0147852'),
('01478520'), ('0147852369'), ('014789'), ('01478963'), ('0147896325'), ('0187541'), ('019283'), ('0192837465'),
('01telemike01'), ('02011970'), ('02011971'), ('02011972'), ('02011973'), ('02011974'), ('02011975'),
('02011976'), ('02011977'), ('02011978'), ('02011979'), ('02011980'), ('02011981'), ('02011982'), ('02011983'),
('02011984'), ('02011985'), ('02011986'), ('02011987'), ('02011988'), ('02011989'), ('02011990'), ('02020'),
('02021970'), ('02021971'), ('02021972'), ('02021973'), ('02021974'), ('02021975'), ('02021976'), ('02021977'),
('02021978'), ('02021979'), ('02021980'), ('02021981'), ('02021982'), ('02021983'), ('02021984'), ('02021985'),
('02021986'), ('02021987'), ('02021988'), ('02021989'), ('02021990'), ('02021991'), ('02031970'), ('02031971'),
('02031972'), ('02031973'), ('02031974'), ('02031975'), ('02031976'), ('02031977'), ('02031978'), ('02031979'),
('02031980'), ('02031981'), ('02031982'), ('02031983'), ('02031984'), ('02031985'), ('02031986'), ('02031987'),
('02031988'), ('02031989'), ('02031990'), ('02031991'), ('02041970'), ('02041971'), ('02041972'), ('02041973'),
('02041974'), ('02041975'), ('02041976'), ('02041977'), ('02041978'), ('02041979'), ('02041980'), ('02041981'),
('02041982'), ('02041983'), ('02041984'), ('02041985'), ('02041986'), ('02041987'), ('02041988'), ('02041989'),
('02051970'), ('02051971'), ('02051972'), ('02051973'), ('02051974'), ('02051975'), ('02051976'), ('02051977'),
('02051978'), ('02051979'), ('02051980'), ('02051981'), ('02051982'), ('02051983'), ('02051984'), ('02051985'),
('02051986'), ('02051987'), ('02051988'), ('02051989'), ('02051990'), ('02061970'), ('02061971'), ('02061972'),
('02061973'), ('02061974'), ('02061975'), ('02061976'), ('02061977'), ('02061978'), ('02061979'), ('02061980'),
('02061981'), ('02061982'), ('02061983'), ('02061984'), ('02061985'), ('02061986'), ('02061987'), ('02061988'),
('02061989'), ('02061990'), ('02071970'), ('02071971'), ('02071972'), ('02071973'), ('02071974'), ('02071975'),
('02071976'), ('02071977'), ('02071978'), ('02071979'), ('02071980'), ('02071981'), ('02071982'), ('02071983'),
('02071984'), ('02071985'), ('02071986'), ('02071987'), ('02071988'), ('02071989'), ('02081970'), ('02081971'),
('02081972'), ('02081973'), ('02081974'), ('02081975'), ('02081976'), ('02081977'), ('02081978'), ('02081979'),
('02081980'), ('02081981'), ('02081982'), ('02081983'), ('02081984'), ('02081985'), ('02081986'), ('02081987'),
('02081988'), ('02081989'), ('02091970'), ('02091971'), ('02091972'), ('02091973'), ('02091974'), ('02091975'),
('02091976'), ('02091977'), ('02091978'), ('02091979'), ('02091980'), ('02091981'), ('02091982'), ('02091983'),
('02091984'), ('02091985'), ('02091986'), ('02091987'), ('02091988'), ('02091989'), ('02101970'), ('02101971'),
('02101972'), ('02101973'), ('02101974'), ('02101975'), ('02101976'), ('02101977'), ('02101978'), ('02101979'),
('02101980'), ('02101981'), ('02101982'), ('02101983'), ('02101984'), ('02101985'), ('02101986'), ('02101987'),
('02101988'), ('02101989'), ('02111987'), ('02121981'), ('02121983'), ('02143006'), ('024680'), ('02551670'),
('02588520'), ('028526'), ('03011984'), ('03011985'), ('03011986'), ('03011987'), ('03011991'), ('03021978'),
('03021979'), ('03021982'), ('03021986'), ('03021987'), ('03021989'), ('03031981'), ('03031982'), ('03031983'),
('03031984'), ('03031986'), ('03031987'), ('03031988'), ('03031989'), ('03031990'), ('03031991'), ('03031992'),
('03031993'), ('03038'), ('03041975'), ('03041980'), ('03041983'), ('03041984'), ('03041985'), ('03041986'),
('03041987'), ('03041989'), ('03041991'), ('03051979'), ('03051980'), ('03051981'), ('03051984'), ('03051985'),
('03051986'), ('03051987'), ('03051988'), ('03061977'), ('03061984'), ('03061985'), ('03061986'), ('03061987'),
('03061988'), ('03071978'), ('03071980'), ('03071983'), ('03071984'), ('03071985'), ('03071986'), ('03071987'),
('03071989'), ('03081984'), ('03081988'), ('03081989'), ('03082006'), ('03091983'), ('03091984'), ('03091986'),
('03091988'), ('03101979'), ('03101983'), ('03101984'), ('03101985'), ('03101988'), ('03101989'), ('03101991'),
('03111986'), ('03111987'), ('03121985'), ('03121986'), ('033028pw'), ('04011987'), ('04011988'), ('04011990'),
('04021985'), ('04021987'), ('04021990'), ('04031982'), ('04031991'), ('04041982'), ('04041983'), ('04041984'),
('04041985'), ('04041986'), ('04041987'), ('04041988'), ('04041990'), ('04041991'), ('04051983'), ('04051984'),
('04051985'), ('04051987'), ('04051988'), ('04051990'), ('0406198'), ('04061980'), ('04061982'), ('04061984'),
('04061986'), ('04061987'), ('04061988'), ('04061990'), ('04061991'), ('04071982'), ('04071983'), ('04071986'),
('04071987'), ('04071988'), ('04081978'), ('04081982'), ('04081985'), ('04081986'), ('04081987'), ('04081989'),
('04088'), ('04091985'), ('04091986'), ('04098'), ('04101977'), ('04101980'), ('04111986'), ('04111988'),
('04111989'), ('04111991'), ('04121982'), ('04121984'), ('04121985'), ('04121986'), ('04121987'), ('04121988'),
('0420'), ('04325956'), ('043aaa'), ('048ro'), ('04975756'), ('05011987'), ('05021985'), ('05021987'),
('05021988'), ('05021989'), ('05031981'), ('05031984'), ('05031986'), ('05031987'), ('05031988'), ('05031990'),
('05031991'), ('05041983'), ('05041984'), ('05041985'), ('05041986'), ('05041990'), ('05041991'), ('05051975'),
('05051980'), ('05051982'), ('05051983'), ('05051985'), ('05051986'), ('05051987'), ('05051988'), ('05051989'),
('05051990'), ('05051991'), ('05058'), ('050605rostik'), ('05061980'), ('05061981'), ('05061983'), ('05061985'),
('05061986'), ('05061987'), ('05061988'), ('05061989'), ('05061990'), ('05071983'), ('05071984'), ('05071985'),
('05071986'), ('05071988'), ('05081977'), ('05081985'), ('05081986'), ('05081987'), ('05081988'), ('05081989'),
('05081992'), ('05091985'), ('05091987'), ('05091988'), ('05101983'), ('05101984'), ('05101986'), ('05111982'),
('05111986'), ('05121983'), ('05121985'), ('05121986'), ('05121988'), ('05121990'), ('06011982'), ('06011984'),
('06011987'), ('06011988'), ('06021981'), ('06021984'), ('06021986'), ('06021987'), ('06021989'), ('06031983'),
('06031984'), ('06031985'), ('06031986'), ('06031988'), ('06031992'), ('06041984'), ('06041987'), ('06041988'),
('06051983'), ('06051985'), ('06051986'), ('06051987'), ('06060'), ('0606198'), ('06061981'), ('06061982'),
('06061983'), ('06061985'), ('06061986'), ('06061987'), ('06061988'), ('06061990'), ('06068'), ('06071983'),
('06071984'), ('06071985'), ('06071986'), ('06071987'), ('06071988'), ('06071990'), ('06081979'), ('06081983'),
('06081985'), ('06081986'), ('06081987'), ('06081988'), ('06081990'), ('06091989'), ('06101985'), ('06101986'),
('06101989'), ('061096m'), ('06111984'), ('06111985'), ('06111986'), ('06111990'), ('06121982'), ('06225930'),
('06251106'), ('063dyjuy'), ('07011980'), ('07011988'), ('07011989'), ('07021980'), ('07021984'), ('07021986'),
('07021987'), ('07021989'), ('07021991'), ('07031985'), ('07031986'), ('07031988'), ('07031989'), ('07041979'),
('07041980'), ('07041983'), ('07041985'), ('07041986'), ('07041987'), ('07041988'), ('07041989'), ('070462'),
('07051987'), ('07051990'), ('07061985'), ('07061986'), ('07061988'), ('07070'), ('07071977'), ('07071980'),
('07071982'), ('07071984'), ('07071985'), ('07071986'), ('07071987'), ('07071988'), ('07071989'), ('07071990'),
('07078'), ('07081981'), ('07081982'), ('07081983'), ('07081984'), ('07081986'), ('07081987'), ('07081989'),
('07091982'), ('07091985'), ('07091988'), ('07091990'), ('07101962'), ('07101983'), ('07101984'), ('07101985'),
('07101987'), ('07111982'), ('07111987'), ('07121984'), ('07121987'), ('074401'), ('0773417k'), ('07831505'),
('07931505'), ('08011986'), ('08011988'), ('08021985'), ('08021989'), ('08021990'), ('08031977'), ('08031980'),
('08031983'), ('08031985'), ('08031986'), ('08031987'), ('08031988'), ('08041980'), ('08041982'), ('08041985'),
('08041986'), ('08041988'), ('08051987'), ('08051989'), ('08051990'), ('08061984'), ('08061985'), ('08061986'),
('08061987'), ('08061989'), ('08071983'), ('08071985'), ('08071986'), ('08071987'), ('08071988'), ('08080'),
('08081976'), ('08081979'), ('08081981'), ('08081983'), ('08081985'), ('08081986'), ('08081988'), ('08081989'),
('08081990'), ('08091988'), ('08101980'), ('08101986'), ('08111983'), ('08111984'), ('08121986'), ('08121987'),
('08154711'), ('08522580'), ('085tzzqi'), ('086421'), ('088011'), ('09011985'), ('09011987'), ('09011990'),
('09021988'), ('09021989'), ('09031981'), ('09031987'), ('09031988'), ('09041985'), ('09041986'), ('09041987'),
('09041990'), ('09051945'), ('09051975'), ('09051978'), ('09051981'), ('09051983'), ('09051984'), ('09051985'),
('09051986'), ('09051987'), ('09051990'), ('09061990'), ('09071981'), ('09071984'), ('09071986'), ('09071987'),
('09080706'), ('090808qwe'), ('09081984'), ('09081985'), ('09081988'), ('09090'), ('090909t'), ('09091979'),
('09091986'), ('09091988'), ('09101984'), ('09101985'), ('09101986'), ('09111983'), ('09111987'), ('09121982'),
('09121983'), ('09121985'), ('09121987'), ('098123'), ('0987654321a'), ('09877890'), ('098890'), ('098poi'),
('0cdh0v99ue'), ('0l8kchek'), ('0o9i8u'), ('0o9i8u7y'), ('0o9i8u7y6t'), ('0okm9ijn'), ('0p9o8i'), ('0p9o8i7u'),
('0px'), ('0range'), ('0raziel0'), ('0sister0'), ('0u812'), ('0wnsyo0'), ('1-oct'), ('1000'), ('10000'),
('100000'), ('1000000'), ('100001'), ('1001'), ('1001001'), ('10011001'), ('10011980'), ('10011983'),
('10011986'), ('10011988'), ('10011989'), ('10011990'), ('10011992'), ('1001sin'), ('1002'), ('10020'),
('100200300'), ('10021982'), ('10021983'), ('10021985'), ('10021986'), ('10021987'), ('10021988'), ('1003'),
('10031980'), ('10031984'), ('10031985'), ('10031986'), ('10031987'), ('10031988'), ('10031989'), ('10031990'),
('10031991'), ('10031993'), ('1004'), ('10041979'), ('10041982'), ('10041983'), ('10041984'), ('10041985'),
('10041986'), ('10041987'), ('10041989'), ('10041990'), ('10041991'), ('10048'), ('1005'), ('100500'),
('10051983'), ('10051984'), ('10051985'), ('10051986'), ('10051987'), ('10051988'), ('10051989'), ('10051990'),
('1006'), ('10061980'), ('10061984'), ('10061985'), ('10061986'), ('10061987'), ('10061989'), ('1007'),
('10071980'), ('10071983'), ('10071984'), ('10071985'), ('10071986'), ('10071987'), ('10071988'), ('10071989'),
('10071990'), ('10078'), ('1008'), ('10081981'), ('10081982'), ('10081983'), ('10081985'), ('10081987'),
('10081988'), ('10081989'), ('10081990'), ('10081991'), ('10088'), ('1009'), ('10091980'), ('10091984'),
('10091985'), ('10091986'), ('10091988'), ('10091989'), ('100years'), ('10101'), ('1010101'), ('10101968'),
('10101975'), ('10101977'), ('10101980'), ('10101981'), ('10101982'), ('10101983'), ('10101985'), ('10101986'),
('10101987'), ('10101988'), ('10101989'), ('10101990'), ('10101991'), ('1010220'), ('1010321'), ('101054yy'),
('101077'), ('101080'), ('101091m'), ('1011'), ('1011111'), ('10111213'), ('10111981'), ('10111983'),
('10111986'), ('10111987'), ('10111988'), ('10111989'), ('1012'), ('10121976'), ('10121979'), ('10121982'),
('10121984'), ('10121985'), ('10121986'), ('10121987'), ('10121989'), ('10121v'), ('1012nw'), ('1013'), ('1017'),
('1020'), ('10203'), ('102030'), ('1020304'), ('10203040'), ('102030405'), ('1020304050'), ('102030405060'),
('102030a'), ('102030q'), ('1020315'), ('1022'), ('1023'), ('1024'), ('10241024'), ('1025'), ('102938'),
('10293847'), ('102938475'), ('1029384756'), ('1029384756q'), ('10293847qp'), ('1031'), ('104328q'), ('1066'),
('106666'), ('1066ad'), ('108888'), ('109876'), ('10987654321'), ('10inch'), ('10inches'), ('10sne1'),
('11001001'), ('11011980'), ('11011982'), ('11011985'), ('11011987'), ('11011989'), ('11011990'), ('11011991'),
('11012566'), ('1102'), ('11021981'), ('11021984'), ('11021985'), ('11021987'), ('11021988'), ('11021990'),
('11031980'), ('11031982'), ('11031983'), ('11031984'), ('11031986'), ('11031987'), ('11031988'), ('11031990'),
('11041974'), ('11041980'), ('11041983'), ('11041985'), ('11041986'), ('11041987'), ('11041988'), ('11041990'),
('11041991'), ('110491g'), ('11051979'), ('11051982'), ('11051984'), ('11051985'), ('11051986'), ('11051987'),
('11051988'), ('11051989'), ('11051990'), ('11061980'), ('11061983'), ('11061984'), ('11061985'), ('11061986'),
('11061987'), ('11061988'), ('11061989'), ('11061991'), ('11071983'), ('11071984'), ('11071985'), ('11071986'),
('11071987'), ('11071988'), ('11071989'), ('11081978'), ('11081980'), ('11081982'), ('11081983'), ('11081984'),
('11081985'), ('11081986'), ('11081987'), ('11081988'), ('11081989'), ('11081990'), ('11091983'), ('11091984'),
('11091985'), ('11091986'), ('11091987'), ('11091989'), ('11091990'), ('111000'), ('111000z'), ('11101979'),
('11101982'), ('11101985'), ('11101986'), ('11101987'), ('11101990'), ('111111'), ('11111111'), ('1111111111zz'),
('11111111a'), ('11111118'), ('1111111a'), ('1111111q'), ('1111112'), ('111111a'), ('111111aa'), ('111111q'),
('111111w'), ('111111z'), ('1111122222'), ('11111978'), ('11111979'), ('11111982'), ('11111983'), ('11111986'),
('11111987'), ('11111991'), ('11111a'), ('11111aaaaa'), ('11111q'), ('11111z'), ('11112222'), ('11114444'),
('11119999'), ('1111aaaa'), ('1111qq'), ('1111qqqq'), ('1112'), ('11121314'), ('1112131415'), ('11121980'),
('11121981'), ('11121984'), ('11121985'), ('11121986'), ('11121987'), ('11121990'), ('111222'), ('1112223'),
('11122233'), ('111222333'), ('111222333000'), ('111222333444555'), ('111222333a'), ('111222a'), ('111222q'),
('111333'), ('111555'), ('111666'), ('111777'), ('111a111'), ('111aaa'), ('111lox'), ('111luzer'), ('111qqq'),
('111zzzzz'), ('1121'), ('1122'), ('112211'), ('11221122'), ('1122112211'), ('11223'), ('112233'), ('11223300'),
('11223311'), ('1122334'), ('11223344'), ('112233445'), ('1122334455'), ('112233445566'), ('11223344q'),
('11223355'), ('112233a'), ('112233aa'), ('112233q'), ('112233qq'), ('1122qqww'), ('1123'), ('1123456'),
('11234567'), ('112358'), ('1123581'), ('11235813'), ('112358132'), ('1123581321'), ('1125'), ('11251422'),
('113311'), ('113322'), ('113355'), ('11335577'), ('1133557799'), ('113411'), ('113456'), ('114411'), ('114466'),
('114477'), ('115511'), ('115599'), ('116211'), ('1169900'), ('117711'), ('118801'), ('118811'), ('118a105b'),
('11924704'), ('119911'), ('119955'), ('119966'), ('11aa11'), ('11bravo'), ('11c645df'), ('11jack'), ('11king'),
('11qq11'), ('11qq22ww'), ('12011979'), ('12011980'), ('12011985'), ('12011987'), ('12011988'), ('12011989'),
('12021980'), ('12021982'), ('12021983'), ('12021984'), ('12021985'), ('12021986'), ('12021987'), ('12021988'),
('12021990'), ('12021991'), ('12031982'), ('12031984'), ('12031985'), ('12031986'), ('12031987'), ('12031988'),
('12031989'), ('12031990'), ('1204'), ('12041961'), ('12041976'), ('12041977'), ('12041978'), ('12041980'),
('12041982'), ('12041983'), ('12041984'), ('12041985'), ('12041986'), ('12041987'), ('12041988'), ('12041990'),
('12041991'), ('12051980'), ('12051981'), ('12051982'), ('12051983'), ('12051985'), ('12051986'), ('12051987'),
('12051988'), ('12051989'), ('12051990'), ('12061980'), ('12061984'), ('12061986'), ('12061987'), ('12061988'),
('12061990'), ('120676'), ('120689'), ('12071980'), ('12071982'), ('12071983'), ('12071984'), ('12071985'),
('12071987'), ('12071988'), ('12071989'), ('12071990'), ('12071991'), ('12071992'), ('120786'), ('12081983'),
('12081984'), ('12081985'), ('12081986'), ('12081987'), ('12081988'), ('12081990'), ('12081993'), ('12091982'),
('12091983'), ('12091986'), ('12091987'), ('12091988'), ('12091990'), ('12091991'), ('120986'), ('1210'),
('12101492'), ('12101984'), ('12101985'), ('12101986'), ('12101987'), ('12101988'), ('12101989'), ('12101990'),
('1211'), ('1211123a'), ('12111981'), ('12111984'), ('12111985'), ('12111987'), ('12111990'), ('12111991'),
('12121'), ('1212121'), ('1212123'), ('121212a'), ('121212q'), ('121212z'), ('12121977'), ('12121980'),
('12121981'), ('12121982'), ('12121984'), ('12121985'), ('12121986'), ('12121987'), ('12121988'), ('12121989'),
('12121990'), ('12121991'), ('1212312121'), ('12123434'), ('121281'), ('1212aa'), ('1212qq'), ('1213'),
('12131213'), ('121314'), ('12131415'), ('1213141516'), ('1213456'), ('12141618'), ('1215'), ('121ebay'),
('1221'), ('12211221'), ('12213443'), ('1223'), ('122333'), ('1223334444'), ('122333444455555'), ('12233445'),
('1224'), ('1225'), ('123-123'), ('1230'), ('123000'), ('1230123'), ('12301230'), ('123098'), ('12312'),
('123123'), ('1231230'), ('1231231'), ('12312312'), ('123123123a'), ('123123123q'), ('1231233'), ('123123321'),
('1231234'), ('12312345'), ('123123456'), ('123123789'), ('123123a'), ('123123asd'), ('123123e'), ('123123f'),
('123123q'), ('123123qq'), ('123123qw'), ('123123qwe'), ('123123qweqwe'), ('123123s'), ('123123w'), ('123123z'),
('123211'), ('123212'), ('1232123'), ('123213'), ('1232323'), ('1232323q'), ('123233'), ('123234'),
('123234345'), ('123258'), ('1232580'), ('123258789'), ('12332'), ('123321'), ('1233210'), ('12332100'),
('1233211'), ('12332112'), ('123321123'), ('123321123321'), ('1233214'), ('12332145'), ('123321456'),
('123321456654'), ('1233215'), ('123321a'), ('123321aa'), ('123321az'), ('123321d'), ('123321i'), ('123321l'),
('123321q'), ('123321qaz'), ('123321qq'), ('123321qw'), ('123321qwe'), ('123321qweewq'), ('123321s'),
('123321w'), ('123321z'), ('123333'), ('123342'), ('123345'), ('123369'), ('1234'), ('123400'), ('12340987'),
('123412'), ('1234123'), ('12341231'), ('12341234q'), ('12342000'), ('123423'), ('123432'), ('1234321'),
('12343412'), ('1234432'), ('12344321'), ('12344321a'), ('12344321q'), ('123444'), ('123445'), ('12345'),
('12345$'), ('123450'), ('1234509876'), ('123451'), ('1234512'), ('12345123'), ('123451234'), ('1234512i'),
('123452'), ('123452000'), ('123452345'), ('123454'), ('12345432'), ('123454321'), ('123455'), ('12345543'),
('123455432'), ('1234554321'), ('1234554321a'), ('1234554321q'), ('1234556'), ('123456'), ('1234560'),
('12345600'), ('1234561'), ('12345611'), ('12345612'), ('123456123'), ('1234562000'), ('123456321'), ('1234565'),
('12345654321'), ('12345656'), ('1234566'), ('123456654'), ('123456654321'), ('12345666'), ('1234567'),
('12345670'), ('12345671'), ('12345672000'), ('12345677'), ('12345677654321'), ('12345678'), ('123456780'),
('123456781'), ('123456782000'), ('123456788'), ('1234567887654321'), ('123456789'), ('123456789*'),
('123456789.'), ('1234567890'), ('12345678900'), ('123456789000'), ('12345678900987654321'), ('12345678901'),
('123456789012'), ('1234567890987654321'), ('1234567890a'), ('1234567890d'), ('1234567890l'), ('1234567890m'),
('1234567890o'), ('1234567890p'), ('1234567890q'), ('1234567890qaz'), ('1234567890qw'), ('1234567890qwe'),
('1234567890qwerty'), ('1234567890s'), ('1234567890w'), ('1234567890z'), ('1234567890zzz'), ('1234567891'),
('12345678910'), ('123456789101'), ('12345678912'), ('123456789123'), ('1234567892000'), ('12345678987654321'),
('1234567899'), ('123456789987654321'), ('123456789a'), ('123456789aa'), ('123456789aaa'), ('123456789abc'),
('123456789as'), ('123456789asd'), ('123456789b'), ('123456789c'), ('123456789d'), ('123456789e'),
('123456789f'), ('123456789g'), ('123456789i'), ('123456789j'), ('123456789k'), ('123456789l'), ('123456789m'),
('123456789n'), ('123456789o'), ('123456789p'), ('123456789q'), ('123456789qaz'), ('123456789qq'),
('123456789qqq'), ('123456789qw'), ('123456789qwe'), ('123456789qwer'), ('123456789qwerty'), ('123456789r'),
('123456789s'), ('123456789t'), ('123456789v'), ('123456789w'), ('123456789x'), ('123456789y'), ('123456789z'),
('123456789zx'), ('123456789zxc'), ('123456789zz'), ('12345678a'), ('12345678c'), ('12345678d'), ('12345678i'),
('12345678l'), ('12345678m'), ('12345678q'), ('12345678qwe'), ('12345678s'), ('12345678w'), ('12345678z'),
('12345679'), ('123456798'), ('1234567a'), ('1234567aa'), ('1234567b'), ('1234567d'), ('1234567j'), ('1234567k'),
('1234567l'), ('1234567m'), ('1234567q'), ('1234567qw'), ('1234567qwertyu'), ('1234567r'), ('1234567s'),
('1234567t'), ('1234567u'), ('1234567v'), ('1234567w'), ('1234567z'), ('1234568'), ('12345687'), ('12345689'),
('1234569'), ('12345698'), ('123456987'), ('12345699'), ('123456@'), ('123456a'), ('123456aa'), ('123456aaa'),
('123456ab'), ('123456abc'), ('123456as'), ('123456asd'), ('123456b'), ('123456c'), ('123456d'), ('123456e'),
('123456f'), ('123456g'), ('123456h'), ('123456i'), ('123456j'), ('123456k'), ('123456l'), ('123456m'),
('123456n'), ('123456o'), ('123456p'), ('123456q'), ('123456qaz'), ('123456qq'), ('123456qqq'), ('123456qw'),
('123456qwe'), ('123456qwer'), ('123456qwert'), ('123456qwerty'), ('123456r'), ('123456rrr'), ('123456ru'),
('123456s'), ('123456ss'), ('123456t'), ('123456v'), ('123456w'), ('123456x'), ('123456y'), ('123456z'),
('123456zx'), ('123456zxc'), ('123456zxcvbn'), ('123456zz'), ('123456zzz'), ('123457'), ('1234576'), ('1234578'),
('12345789'), ('123458'), ('123459'), ('123459876'), ('1234599'), ('12345a'), ('12345aa'), ('12345ab'),
('12345abc'), ('12345abcd'), ('12345abcde'), ('12345as'), ('12345asd'), ('12345asdfg'), ('12345b'), ('12345c'),
('12345d'), ('12345e'), ('12345f'), ('12345g'), ('12345i'), ('12345j'), ('12345k'), ('12345l'), ('12345love'),
('12345m'), ('12345n'), ('12345q'), ('12345qa'), ('12345qaz'), ('12345qazwsx'), ('12345qq'), ('12345qqq'),
('12345qw'), ('12345qwe'), ('12345qwer'), ('12345qwert'), ('12345qwert7'), ('12345qwerty'), ('12345r'),
('12345rewq'), ('12345s'), ('12345ss'), ('12345t'), ('12345ta'), ('12345trewq'), ('12345v'), ('12345w'),
('12345x'), ('12345z'), ('12345zx'), ('12345zxc'), ('12345zxcvb'), ('123465'), ('12346789'), ('123478'),
('12347890'), ('12348765'), ('123498'), ('12349876'), ('1234a'), ('1234aa'), ('1234ab'), ('1234abc'),
('1234abcd'), ('1234as'), ('1234asd'), ('1234asdf'), ('1234kekc'), ('1234qaz'), ('1234qq'), ('1234qw'),
('1234qwe'), ('1234qwer'), ('1234qwerasdf'), ('1234qwerasdfzxcv'), ('1234qwert'), ('1234qwerty'), ('1234rewq'),
('1234rmvb'), ('1234zxcv'), ('1235'), ('123555'), ('123567'), ('12356789'), ('123569'), ('1235789'),
('123578951'), ('123579'), ('123580'), ('1235813'), ('123581321'), ('123589'), ('123592'), ('123645'), ('12365'),
('123654'), ('1236547'), ('12365478'), ('123654789'), ('1236547890'), ('123654789a'), ('123654987'), ('123654a'),
('123654q'), ('123654z'), ('123666'), ('123678'), ('1236798'), ('1236951'), ('123698'), ('1236987'),
('12369874'), ('123698741'), ('123698745'), ('1236987z'), ('123699'), ('1237654'), ('123777'), ('123789'),
('12378945'), ('123789456'), ('1237895'), ('123852'), ('123888'), ('123890'), ('1239056'), ('123963'),
('123978'), ('123987'), ('123987456'), ('123a123'), ('123a321'), ('123a456'), ('123aaa'), ('123ab'), ('123abc'),
('123abc123'), ('123abcd'), ('123abv'), ('123alex'), ('123as'), ('123as123'), ('123asd'), ('123asd123'),
('123b321'), ('123bbb'), ('123boots1'), ('123dan'), ('123dog'), ('123ert'), ('123ewq'), ('123ewqasd'),
('123ewqasdcxz'), ('123four'), ('123fuck'), ('123happy'), ('123hfjdk147'), ('123jlb'), ('123joker'), ('123kat'),
('123kid'), ('123llll'), ('123lol123'), ('123masha'), ('123max'), ('123mmm'), ('123mudar'), ('123poi'),
('123q123'), ('123q321'), ('123qaz'), ('123qaz123'), ('123qazwsx'), ('123qq123'), ('123qqq'), ('123qw'),
('123qw123'), ('123qwa'), ('123qwaszx'), ('123qwe'), ('123qwe1'), ('123qwe12'), ('123qwe123'), ('123qwe123qwe'),
('123qwe321'), ('123qwe456'), ('123qwe456rty'), ('123qweas'), ('123qweasd'), ('123qweasdzx'), ('123qweasdzxc'),
('123qweqwe'), ('123qwer'), ('123qwert'), ('123qwerty'), ('123qwerty123'), ('123red'), ('123rrr'), ('123sas'),
('123sex'), ('123test'), ('123vika'), ('123vv123'), ('123vvv123'), ('123wer'), ('123www'), ('123xxx'),
('123xyi2'), ('123xyz'), ('123zxc'), ('123zxc123'), ('123zzz'), ('124038'), ('124356'), ('12435687'), ('124365'),
('124536'), ('124563'), ('124578'), ('12457896'), ('124578963'), ('124816'), ('12481632'), ('124c41'),
('125000'), ('125267'), ('125412'), ('125478'), ('125480'), ('125521'), ('125678'), ('125689'), ('125690'),
('125896'), ('1258963'), ('125wm'), ('12601196'), ('127266'), ('127576'), ('12758698'), ('128500'), ('128mo'),
('129834'), ('12andriy14'), ('12e3e456'), ('12inch'), ('12inches'), ('12locked'), ('12monkey'), ('12monkeys'),
('12pack'), ('12play'), ('12q34w56e'), ('12qw12'), ('12qw12qw'), ('12qw34'), ('12qw34er'), ('12qw34er56ty'),
('12qwas'), ('12qwasz'), ('12qwaszx'), ('12qwer'), ('12qwerty'), ('12s3t4p55'), ('12step'), ('12string'),
('13011976'), ('13011981'), ('13011983'), ('13011984'), ('13011985'), ('13011987'), ('13011988'), ('13021984'),
('13021985'), ('13021987'), ('13021989'), ('13021990'), ('13021991'), ('13031980'), ('13031983'), ('13031985'),
('13031986'), ('13031987'), ('13031989'), ('13031990'), ('13031991'), ('13041984'), ('13041987'), ('13041988'),
('13041989'), ('13051983'), ('13051985'), ('13051986'), ('13051987'), ('13051988'), ('13051989'), ('13051990'),
('13061983'), ('13061984'), ('13061985'), ('13061986'), ('13061987'), ('13061989'), ('13061990'), ('13061991'),
('130680'), ('13071979'), ('13071982'), ('13071983'), ('13071984'), ('13071985'), ('13071987'), ('13071988'),
('13071989'), ('13071990'), ('13071991'), ('13081978'), ('13081982'), ('13081983'), ('13081984'), ('13081985'),
('13081986'), ('13081987'), ('13081988'), ('13081990'), ('13091982'), ('13091984'), ('13091985'), ('13091986'),
('13091987'), ('13091988'), ('13091990'), ('13101982'), ('13101985'), ('13101987'), ('13101988'), ('13101990'),
('13101992'), ('13111982'), ('13111984'), ('13111985'), ('13111986'), ('13111988'), ('13111990'), ('13121980'),
('13121982'), ('13121983'), ('13121984'), ('13121985'), ('13121986'), ('13121988'), ('13121989'), ('13121990'),
('131313'), ('1313131'), ('1313666'), ('131415'), ('1314520'), ('131517'), ('132333'), ('132435'), ('13243546'),
('1324354657'), ('132456'), ('13245678'), ('13245768'), ('132465'), ('132465798'), ('132546'), ('132613'),
('132forever'), ('133113'), ('133159'), ('13324124'), ('133andre'), ('134267'), ('134652'), ('134679'),
('134679258'), ('1346795'), ('13467982'), ('13467985'), ('134679852'), ('1346798520'), ('134679a'), ('134679q'),
('134kzbip'), ('135135ab'), ('135246'), ('135531'), ('135642'), ('135711'), ('13571113'), ('1357246'),
('13572468'), ('1357642'), ('13576479'), ('135789'), ('13579-'), ('135790'), ('1357900'), ('1357908642'),
('135791'), ('1357911'), ('1357911q'), ('1357913'), ('13579135'), ('135792'), ('1357924'), ('13579246'),
('135792468'), ('1357924680'), ('135795'), ('135797531'), ('135798'), ('135798642'), ('135799'), ('1357997531'),
('13579a'), ('1362840'), ('136611gt'), ('1366613'), ('136666'), ('1369'), ('136900'), ('136913'), ('1371280'),
('137946'), ('137955'), ('138500'), ('14011986'), ('14011987'), ('14011988'), ('14011989'), ('14021977'),
('14021983'), ('14021984'), ('14021985'), ('14021986'), ('14021987'), ('14021988'), ('14021989'), ('14021990'),
('14021991'), ('14028'), ('14031972'), ('14031978'), ('14031980'), ('14031984'), ('14031985'), ('14031986'),
('14031987'), ('14031988'), ('14031989'), ('14031990'), ('14038'), ('14041976'), ('14041984'), ('14041986'),
('14041987'), ('14041988'), ('14041991'), ('14041992'), ('14051977'), ('14051981'), ('14051982'), ('14051983'),
('14051985'), ('14051986'), ('14051987'), ('14051990'), ('14058'), ('14061982'), ('14061983'), ('14061984'),
('14061985'), ('14061988'), ('14061991'), ('14071789'), ('14071983'), ('14071986'), ('14071987'), ('14071988'),
('14078'), ('14081982'), ('14081985'), ('14081986'), ('14081988'), ('14081989'), ('14081990'), ('14091982'),
('14091986'), ('14091987'), ('14091988'), ('14091989'), ('14091990'), ('14101983'), ('14101985'), ('14101986'),
('14101987'), ('14101988'), ('14101989'), ('14101991'), ('14111982'), ('14111984'), ('14111986'), ('14111987'),
('14111988'), ('14111989'), ('14121979'), ('14121986'), ('14121987'), ('14121988'), ('14121989'), ('14142135'),
('141516'), ('141592'), ('14159265'), ('141627'), ('142500'), ('142536'), ('142536789'), ('142857'), ('143000'),
('14314314'), ('143333'), ('144000'), ('144444'), ('145236'), ('1453145'), ('145632'), ('145678'), ('146969'),
('147000'), ('147123'), ('147258'), ('1472583'), ('14725836'), ('147258369'), ('1472583690'), ('147258369a'),
('147369'), ('147369258'), ('147369a'), ('147456'), ('1475369'), ('1475963'), ('147741'), ('147789'), ('147852'),
('1478520'), ('1478523'), ('14785236'), ('147852369'), ('147852963'), ('147896'), ('1478963'), ('14789632'),
('147896321'), ('147896325'), ('1478965'), ('147963'), ('147963258'), ('14881488'), ('148888'), ('1488ss'),
('1492'), ('149200'), ('14938685'), ('149521'), ('14ss88'), ('14u2nv'), ('14vbqk9p'), ('15011981'), ('15011983'),
('15011985'), ('15011986'), ('15011987'), ('15011988'), ('15011990'), ('15021983'), ('15021984'), ('15021985'),
('15021986'), ('15021988'), ('15021990'), ('15021991'), ('15031975'), ('15031984'), ('15031985'), ('15031986'),
('15031987'), ('15031988'), ('15031989'), ('15031990'), ('15031991'), ('15041980'), ('15041982'), ('15041983'),
('15041985'), ('15041987'), ('15041988'), ('15051981'), ('15051982'), ('15051983'), ('15051985'), ('15051986'),
('15051987'), ('15051989'), ('15051990'), ('15051991'), ('15051992'), ('15058'), ('15061983'), ('15061984'),
('15061985'), ('15061987'), ('15061988'), ('15071980'), ('15071981'), ('15071982'), ('15071983'), ('15071984'),
('15071985'), ('15071986'), ('15071987'), ('15071988'), ('15071990'), ('150781'), ('15081980'), ('15081983'),
('15081984'), ('15081985'), ('15081986'), ('15081987'), ('15081988'), ('15081989'), ('15081990'), ('15081991'),
('15091983'), ('15091985'), ('15091987'), ('15091988'), ('15091989'), ('15101982'), ('15101983'), ('15101984'),
('15101986'), ('15101987'), ('15101991'), ('15111984'), ('15111985'), ('15111986'), ('15111987'), ('15111988'),
('15111989'), ('15121977'), ('1512198'), ('15121983'), ('15121984'), ('15121985'), ('15121986'), ('15121987'),
('15121989'), ('151500'), ('15151'), ('151617'), ('15161718'), ('151nxjmt'), ('152535'), ('15253545'),
('152geczn'), ('1531bs'), ('153246'), ('153351'), ('153426'), ('153624'), ('153759'), ('154263'), ('15426378'),
('154ugeiu'), ('15541632'), ('155555'), ('157359'), ('157953'), ('158272'), ('158uefas'), ('159000'),
('1590753'), ('159123'), ('159263'), ('159357'), ('1593570'), ('159357123'), ('159357258'), ('159357456'),
('15935746'), ('1593575'), ('159357852'), ('159357a'), ('159357q'), ('159456'), ('159487'), ('159630'),
('159632'), ('1596321'), ('1596357'), ('159654'), ('15975'), ('159753'), ('1597530'), ('15975300'), ('15975312'),
('159753123'), ('159753159753'), ('1597532'), ('15975321'), ('1597532486'), ('159753258'), ('159753456'),
('159753456852'), ('15975346'), ('1597535'), ('159753852'), ('15975391'), ('159753a'), ('159753q'), ('159753z'),
('159789'), ('159852'), ('159874'), ('1598741'), ('1598753'), ('15987532'), ('159875321'), ('159951'),
('159951159'), ('159963'), ('15s9pu03'), ('16011982'), ('16011983'), ('16011985'), ('16011986'), ('16011987'),
('16011989'), ('16011991'), ('16021982'), ('16021983'), ('16021987'), ('16021988'), ('16021989'), ('16021990'),
('16031985'), ('16031986'), ('16031987'), ('16031988'), ('16031990'), ('16041978'), ('16041984'), ('16041985'),
('16041986'), ('16041988'), ('16051985'), ('16051986'), ('16051987'), ('16051988'), ('16051989'), ('16051990'),
('16061981'), ('16061983'), ('16061984'), ('16061985'), ('16061986'), ('16061987'), ('16061988'), ('16061990'),
('16071983'), ('16071985'), ('16071986'), ('16071987'), ('16071991'), ('16081980'), ('16081985'), ('16081986'),
('16091986'), ('16091987'), ('16091988'), ('16091990'), ('16101985'), ('16101986'), ('16101987'), ('16111982'),
('16111983'), ('16111984'), ('16111986'), ('16111987'), ('16111989'), ('16111990'), ('16121982'), ('16121985'),
('16121986'), ('16121987'), ('16121991'), ('161718'), ('162534'), ('164379'), ('16473a'), ('165432'),
('1654321'), ('166666'), ('167943'), ('16fretb'), ('1701'), ('17011701'), ('17011985'), ('17011986'),
('17011987'), ('17011990'), ('1701ab'), ('1701d'), ('17021982'), ('17021983'), ('17021985'), ('17021986'),
('17021987'), ('17021988'), ('17021989'), ('17031983'), ('17031984'), ('17031985'), ('17031987'), ('17031992'),
('17041984'), ('17041985'), ('17041986'), ('17041987'), ('17041991'), ('17051979'), ('17051981'), ('17051983'),
('17051986'), ('17051987'), ('17051988'), ('17051989'), ('17051990'), ('17061982'), ('17061983'), ('17061985'),
('17061986'), ('17061987'), ('17061988'), ('17061989'), ('17061991'), ('17071984'), ('17071985'), ('17071986'),
('17071987'), ('17071989'), ('17071990'), ('17071994a'), ('17081984'), ('17081988'), ('17081990'), ('17091979'),
('17091981'), ('17091984'), ('17091985'), ('17091986'), ('17091987'), ('17098'), ('17101980'), ('17101986'),
('17101987'), ('17111979'), ('17111982'), ('17111985'), ('17111986'), ('17111987'), ('17111988'), ('17111989'),
('171204j'), ('17121983'), ('17121985'), ('17121986'), ('17121987'), ('17171717aa'), ('171819'), ('172165'),
('1725782'), ('1726354'), ('172839'), ('172839456'), ('1766734'), ('17711771s'), ('1776'), ('177777'),
('178500'), ('179328'), ('179355'), ('18011984'), ('18011985'), ('18011986'), ('18011987'), ('18011988'),
('18011989'), ('18021982'), ('18021984'), ('18021986'), ('18021987'), ('18021988'), ('18021992'), ('18031980'),
('18031981'), ('18031982'), ('18031986'), ('18031988'), ('18031991'), ('18041983'), ('18041984'), ('18041985'),
('18041986'), ('18041988'), ('18041990'), ('18041991'), ('18051982'), ('18051984'), ('18051985'), ('18051987'),
('18051988'), ('18051989'), ('18051990'), ('18061980'), ('18061981'), ('18061982'), ('18061984'), ('18061985'),
('18061986'), ('18061987'), ('18061990'), ('18061991'), ('18068'), ('18071979'), ('18071981'), ('18071983'),
('18071986'), ('18071988'), ('18071989'), ('18071990'), ('18081982'), ('18081986'), ('18081987'), ('18081988'),
('18081989'), ('18091984'), ('18091985'), ('18091986'), ('18091987'), ('18101985'), ('18101987'), ('18101989'),
('18111983'), ('18111984'), ('18111986'), ('18111987'), ('1812'), ('18121812'), ('18121979'), ('18121983'),
('18121984'), ('18121985'), ('18121987'), ('18121990'), ('181920'), ('18254288'), ('18273645'), ('182838'),
('183461'), ('18436572'), ('1861brr'), ('187211'), ('187420'), ('18821221'), ('18n28n24a'), ('19011981'),
('19011985'), ('19011986'), ('19011987'), ('19011989'), ('19021980'), ('19021982'), ('19021985'), ('19021990'),
('19021991'), ('19031980'), ('19031985'), ('19031987'), ('19038'), ('19041978'), ('19041985'), ('19041986'),
('19041987'), ('19041988'), ('19051977'), ('19051981'), ('19051983'), ('19051986'), ('19051987'), ('19061982'),
('19061984'), ('19061985'), ('19061986'), ('19061987'), ('19061990'), ('19061991'), ('19061992'), ('19071983'),
('19071985'), ('19071986'), ('19071988'), ('19071989'), ('19071990'), ('19081982'), ('19081983'), ('19081985'),
('19081986'), ('19081987'), ('19081988'), ('19091980'), ('19091983'), ('19091986'), ('19091988'), ('19091990'),
('19101982'), ('19101983'), ('19101986'), ('19101987'), ('19101989'), ('19101990'), ('19111984'), ('19111985'),
('19111986'), ('19111987'), ('1911a1'), ('19121978'), ('19121982'), ('19121985'), ('19121986'), ('19121988'),
('19121989'), ('192168'), ('19216801'), ('19216811'), ('192837'), ('19283746'), ('192837465'), ('1928374655'),
('192837465q'), ('193570356033'), ('19371ayj'), ('19372846'), ('19380018'), ('19391945'), ('19411945'),
('195000'), ('1958proman'), ('196'), ('196100'), ('196400'), ('196500'), ('196800'), ('196820'), ('19688691'),
('196969'), ('197'), ('197000'), ('197010'), ('197100'), ('197101'), ('19719870'), ('197200'), ('1972chev'),
('197300'), ('19733791'), ('197430'), ('197500'), ('197506'), ('19755791'), ('197600'), ('197610'), ('19761977'),
('197700'), ('197777'), ('197800'), ('197802'), ('197901'), ('198'), ('198000'), ('19801982'), ('19801984'),
('198020'), ('198100'), ('19811983'), ('198200'), ('198206'), ('198207'), ('19821983'), ('19822891'), ('198300'),
('198305'), ('19831985'), ('19833891'), ('198400'), ('19841989'), ('19844891'), ('198500'), ('198505'),
('198510'), ('19851985p'), ('198520'), ('19855891'), ('198600'), ('198603'), ('19861987'), ('198620'),
('19866891'), ('1986irachka'), ('1986mets'), ('198700'), ('198701'), ('198707'), ('19877891'), ('198800'),
('198802'), ('198803'), ('198810'), ('19888891'), ('198900'), ('198910'), ('19891959'), ('198920'), ('19899891'),
('1989cc'), ('199'), ('199000'), ('199004'), ('199020'), ('199090'), ('199103'), ('19911992'), ('199200'),
('19921993'), ('19922991'), ('199308'), ('19932916'), ('19933991'), ('199404'), ('199406'), ('199410'),
('1994200414'), ('199430'), ('19944991'), ('199500'), ('199508'), ('199520'), ('19952009sa'), ('19955991'),
('19960610ilja'), ('199610'), ('19966991'), ('1996gta'), ('19977991'), ('19992000'), ('1999ar'), ('19delta'),
('19mtpgam19'), ('19thhole'), ('1a2a3a'), ('1a2a3a4a'), ('1a2a3a4a5a'), ('1a2a3a4a5a6a'), ('1a2b3c'),
('1a2b3c4'), ('1a2b3c4d'), ('1a2b3c4d5e'), ('1a2s3d'), ('1a2s3d4f'), ('1a2s3d4f5g'), ('1a2s3d4f5g6h'),
('1aaaaa'), ('1aaaaaa'), ('1aaaaaaa'), ('1abc2'), ('1abcdef'), ('1abcdefg'), ('1access'), ('1accord'),
('1adam12'), ('1albert'), ('1alex'), ('1alexis'), ('1amanda'), ('1amber'), ('1andonly'), ('1andrea'),
('1andrew'), ('1angel'), ('1angela'), ('1angels'), ('1apple'), ('1arsenal'), ('1arthur'), ('1asdfgh'),
('1asdfghj'), ('1ashley'), ('1asshole'), ('1assword'), ('1august'), ('1austin'), ('1autopas'), ('1baby'),
('1badass'), ('1badger'), ('1bailey'), ('1balls'), ('1banana'), ('1bandit'), ('1barney'), ('1basebal'),
('1bastard'), ('1batman'), ('1bbbbb'), ('1bbbbbb'), ('1bbbbbbb'), ('1bear'), ('1beaver'), ('1beavis'), ('1beer'),
('1big'), ('1bigdadd'), ('1bigdick'), ('1bigdog'), ('1bigfish'), ('1bigmac'), ('1bigman'), ('1bigtits'),
('1bill'), ('1billion'), ('1billy'), ('1birdie'), ('1bitch'), ('1biteme'), ('1black'), ('1blaster'), ('1blood'),
('1blue'), ('1booboo'), ('1booger'), ('1boomer'), ('1boston'), ('1brandon'), ('1braves'), ('1brian'),
('1brother'), ('1bubba'), ('1buddy'), ('1bulldog'), ('1bullshi'), ('1buster'), ('1butthea'), ('1camaro'),
('1carlos'), ('1carmen'), ('1carolin'), ('1casey'), ('1cassie'), ('1ccccc'), ('1ccccccc'), ('1celtic'),
('1chance'), ('1charles'), ('1charlie'), ('1chelsea'), ('1cherry'), ('1chester'), ('1chevy'), ('1chicken'),
('1chris'), ('1christi'), ('1clutch'), ('1cobra'), ('1cock'), ('1coffee'), ('1compute'), ('1cookie'),
('1cooper'), ('1corvett'), ('1cowboy'), ('1cowboys'), ('1cracker'), ('1crazy'), ('1creativ'), ('1cricket'),
('1crystal'), ('1daddy'), ('1dakota'), ('1dallas'), ('1dancer'), ('1daniel'), ('1dave'), ('1david'), ('1dawg'),
('1ddddd'), ('1dddddd'), ('1derful'), ('1diablo'), ('1diamond'), ('1dick'), ('1digital'), ('1doctor'),
('1dollar'), ('1dolphin'), ('1dragon'), ('1driver'), ('1drummer'), ('1eagle'), ('1eagles'), ('1edward'),
('1eeeee'), ('1eeeeeee'), ('1elvis'), ('1escobar2'), ('1explore'), ('1faith'), ('1falcon'), ('1fender'),
('1ferrari'), ('1fffff'), ('1ffffff'), ('1fire'), ('1fish'), ('1fishing'), ('1florida'), ('1flowers'),
('1flyers'), ('1footbal'), ('1for'), ('1forever'), ('1frank'), ('1fred'), ('1freedom'), ('1friday'), ('1friend'),
('1fuck'), ('1fucker'), ('1fuckme'), ('1fuckyou'), ('1gabriel'), ('1gandalf'), ('1gateway'), ('1gemini'),
('1george'), ('1ggggg'), ('1gggggg'), ('1ggggggg'), ('1giants'), ('1ginger'), ('1girls'), ('1golf'), ('1golfer'),
('1grand'), ('1green'), ('1grizzly'), ('1guitar'), ('1hammer'), ('1happy'), ('1hardcor'), ('1hardon'),
('1harley'), ('1harry'), ('1hawaii'), ('1heather'), ('1hello'), ('1herbier'), ('1hhhhh'), ('1hhhhhhh'),
('1hockey'), ('1homer'), ('1honda'), ('1horny'), ('1horse'), ('1hotdog'), ('1house'), ('1hundred'), ('1hunter'),
('1hxboqg2'), ('1hxboqg2s'), ('1iceman'), ('1iiiii'), ('1iiiiiii'), ('1inside'), ('1irish'), ('1j9e7f6f'),
('1jack'), ('1jackie'), ('1jackson'), ('1jake'), ('1james'), ('1jasmine'), ('1jeffrey'), ('1jennife'),
('1jerry'), ('1jessica'), ('1jesus'), ('1jjjjj'), ('1jjjjjj'), ('1jjjjjjj'), ('1john'), ('1johnny'),
('1johnson'), ('1jones'), ('1jordan'), ('1joseph'), ('1joshua'), ('1junior'), ('1justin'), ('1katie'),
('1kevin'), ('1killer'), ('1king'), ('1kitty'), ('1kkkkk'), ('1knight'), ('1ladybug'), ('1legend'), ('1letmein'),
('1light'), ('1linda'), ('1little'), ('1lllll'), ('1london'), ('1love'), ('1lover'), ('1lovers'), ('1loveyou'),
('1lucky'), ('1maddog'), ('1maggie'), ('1magic'), ('1magneto'), ('1manager'), ('1marine'), ('1martin'),
('1master'), ('1matrix'), ('1matt'), ('1matthew'), ('1maveric'), ('1melissa'), ('1member'), ('1mercede'),
('1merlin'), ('1michael'), ('1michell'), ('1mickey'), ('1mike'), ('1miller'), ('1million'), ('1mmmmm'),
('1molly'), ('1money'), ('1monkey'), ('1monster'), ('1montana'), ('1month'), ('1mookie'), ('1moose'),
('1morgan'), ('1mother'), ('1mountai'), ('1mouse'), ('1muffin'), ('1murphy'), ('1mustang'), ('1nascar'),
('1newlife'), ('1nicole'), ('1nissan'), ('1nnnnn'), ('1nstant'), ('1oliver'), ('1ooooo'), ('1orange'),
('1p2o3i'), ('1packers'), ('1pamela'), ('1panther'), ('1panties'), ('1pass'), ('1pass1page'), ('1passwor'),
('1password'), ('1patrick'), ('1peaches'), ('1peanut'), ('1penguin'), ('1pepper'), ('1peter'), ('1phoenix'),
('1pillow'), ('1pionee'), ('1pizza'), ('1player'), ('1please'), ('1pookie'), ('1porsche'), ('1power'),
('1prince'), ('1private'), ('1psycho'), ('1pumpkin'), ('1purple'), ('1pussy'), ('1q1q1q1'), ('1q2345'),
('1q2a3z'), ('1q2q3q'), ('1q2q3q4q'), ('1q2q3q4q5q'), ('1q2s3c'), ('1q2w3'), ('1q2w3e'), ('1q2w3e4r'),
('1q2w3e4r5'), ('1q2w3e4r5t'), ('1q2w3e4r5t6y'), ('1q3e5t7u'), ('1q3e5t7u9o'), ('1qa2ws'), ('1qa2ws3e'),
('1qa2ws3ed'), ('1qa2ws3ed4rf'), ('1qa2ws3ed4rf5tg'), ('1qasw2'), ('1qasw23ed'), ('1qay2wsx'), ('1qayxsw2'),
('1qaz!qaz'), ('1qaz0okm'), ('1qaz2w'), ('1qaz2ws'), ('1qaz2wsx'), ('1qaz2wsx3'), ('1qaz2wsx3edc'),
('1qaz2wsx3edc4rfv'), ('1qaz3edc'), ('1qaz@wsx'), ('1qazse4'), ('1qazwsx'), ('1qazwsxedc'), ('1qazxc'),
('1qazxcvb'), ('1qazxdr5'), ('1qazxs'), ('1qazxsw'), ('1qazxsw2'), ('1qazxsw23edc'), ('1qazxsw23edcvfr4'),
('1qazzaq1'), ('1qqqqq'), ('1qw23e'), ('1qw23er4'), ('1qwe2'), ('1qwert'), ('1qwerty'), ('1qwerty1'),
('1qwerty2'), ('1qwerty7'), ('1qwertyu'), ('1qwertyuiop'), ('1rabbit'), ('1rachel'), ('1raider'), ('1raiders'),
('1rainbow'), ('1ranger'), ('1rangers'), ('1reddog'), ('1richard'), ('1robert'), ('1rock'), ('1rocket'),
('1rocks'), ('1rocky'), ('1rosebud'), ('1rules'), ('1rusty'), ('1s1h1e1f1'), ('1sailor'), ('1sally'),
('1samanth'), ('1sarah'), ('1scooter'), ('1scorpio'), ('1scott'), ('1secret'), ('1service'), ('1sexsex'),
('1sexy'), ('1sexyred'), ('1shadow'), ('1shark'), ('1shelly'), ('1shot2'), ('1sierra'), ('1silver'),
('1simpson'), ('1slayer'), ('1sluts'), ('1smith'), ('1snoopy'), ('1soccer'), ('1sophie'), ('1spanky'),
('1sparky'), ('1special'), ('1speedy'), ('1spider'), ('1star'), ('1startre'), ('1starwar'), ('1steeler'),
('1stella'), ('1stephen'), ('1steve'), ('1stunner'), ('1success'), ('1sucker'), ('1sucks'), ('1sugar'),
('1summer'), ('1sunshin'), ('1super'), ('1superma'), ('1surfer'), ('1taylor'), ('1tennis'), ('1test'),
('1texas'), ('1theman'), ('1therock'), ('1thomas'), ('1thunder'), ('1tiffany'), ('1tiger'), ('1tigers'),
('1tigger'), ('1time'), ('1tits'), ('1tommy'), ('1trouble'), ('1truck'), ('1turbo'), ('1turtle'), ('1um83z'),
('1united'), ('1ussy'), ('1uuuuu'), ('1vader'), ('1vampire'), ('1vette'), ('1video'), ('1viking'), ('1voyager'),
('1w2e3r4t'), ('1w2q3r4e'), ('1w2w3w'), ('1w2w3w4w'), ('1warrior'), ('1white'), ('1wildcat'), ('1william'),
('1winner'), ('1winston'), ('1winter'), ('1wizard'), ('1world'), ('1wwwww'), ('1x2zkg8w'), ('1xavier'),
('1xrg4kcq'), ('1xxxxx'), ('1xxxxxx'), ('1xxxxxxx'), ('1yamaha'), ('1yankees'), ('1yellow'), ('1yyyyy'),
('1z2x3c'), ('1z2x3c4v'), ('1z2x3c4v5b'), ('1z2z3z'), ('1zxcvbn'), ('1zxcvbnm'), ('1zzzzz'), ('1zzzzzz'),
('1zzzzzzz'), ('2-oct'), ('200'), ('20000'), ('200000'), ('200001'), ('200007'), ('20001'), ('2000jeep'),
('20011979'), ('20011980'), ('20011981'), ('20011983'), ('20011984'), ('20011985'), ('20011987'), ('20011988'),
('20011989'), ('200190ru'), ('20021980'), ('20021981'), ('20021982'), ('20021983'), ('20021985'), ('20021986'),
('20021988'), ('20021990'), ('20021991'), ('2002tii'), ('20031980'), ('20031983'), ('20031984'), ('20031985'),
('20031986'), ('20031987'), ('20031988'), ('20031990'), ('20031991'), ('20031992'), ('20038'), ('2004-10-'),
('2004-11-'), ('20041980'), ('20041981'), ('20041984'), ('20041985'), ('20041986'), ('20041988'), ('20041990'),
('2004rj'), ('20051981'), ('20051983'), ('20051984'), ('20051985'), ('20051986'), ('20051987'), ('20051988'),
('20051989'), ('20058'), ('20061980'), ('20061981'), ('20061983'), ('20061984'), ('20061986'), ('20061987'),
('20061988'), ('20061989'), ('20061990'), ('20061991'), ('20068'), ('20071981'), ('20071983'), ('20071984'),
('20071985'), ('20071986'), ('20071988'), ('20081984'), ('20081985'), ('20081986'), ('20081987'), ('20081990'),
('20081991'), ('2008200'), ('2008m2009'), ('20091983'), ('20091984'), ('20091986'), ('20091988'), ('20091989q'),
('20091991'), ('20101982'), ('20101984'), ('20101986'), ('20101987'), ('20101988'), ('20111984'), ('20111985'),
('20111986'), ('20111987'), ('20121982'), ('20121985'), ('20121986'), ('20121988'), ('20121989'), ('2012qw'),
('20162016up'), ('201980'), ('201jedlz'), ('2022958'), ('203040'), ('204060'), ('205gti'), ('20spanks'),
('21011981'), ('21011985'), ('21011986'), ('21011987'), ('21011988'), ('21011989'), ('21011990'), ('21011991'),
('21021983'), ('21021984'), ('21021985'), ('21021986'), ('21021987'), ('21021988'), ('21021989'), ('21021990'),
('21031981'), ('21031984'), ('21031985'), ('21031986'), ('21031987'), ('21031988'), ('21031990'), ('21041978'),
('21041983'), ('21041985'), ('21041986'), ('21041987'), ('21041990'), ('21041991'), ('21041992'), ('21051979'),
('21051983'), ('21051984'), ('21051985'), ('21051986'), ('21051988'), ('21051989'), ('21051990'), ('21051991'),
('21061980'), ('21061983'), ('21061985'), ('21061986'), ('21061987'), ('21061988'), ('21061989'), ('210689n'),
('21071982'), ('21071983'), ('21071985'), ('21071986'), ('21071987'), ('21071989'), ('21071990'), ('21071992'),
('21081980'), ('21081985'), ('21081987'), ('21081990'), ('21091984'), ('21091985'), ('21091986'), ('21091987'),
('21091988'), ('21091989'), ('21091990'), ('21101980'), ('21101981'), ('21101983'), ('21101986'), ('21101987'),
('21101988'), ('21101989'), ('2110se'), ('21111983'), ('21111985'), ('21111986'), ('21111989'), ('21111990'),
('2112'), ('21121978'), ('21121980'), ('21121984'), ('21121985'), ('21121986'), ('21121987'), ('21121988'),
('21121989'), ('21122112'), ('21125150'), ('2112rush'), ('2112yyz'), ('212009164'), ('2121212'), ('212121qaz'),
('212223'), ('212325'), ('2128506'), ('213141'), ('213456'), ('213546879'), ('213qwe879'), ('214365'),
('21436587'), ('2143658709'), ('215487'), ('2183rm'), ('21952q'), ('2196dc'), ('21crack'), ('22011975'),
('22011985'), ('22011986'), ('22011988'), ('22011992'), ('22021984'), ('22021985'), ('22021986'), ('22021988'),
('22021989'), ('22021990'), ('22031981'), ('22031984'), ('22031986'), ('22031987'), ('22031991'), ('22041976'),
('22041983'), ('22041985'), ('22041986'), ('22041987'), ('22041988'), ('22041991'), ('22051980'), ('22051986'),
('22051987'), ('22051988'), ('22051989'), ('22051990'), ('22051991'), ('22061941'), ('22061982'), ('22061984'),
('22061985'), ('22061987'), ('22061988'), ('22061989'), ('22061990'), ('22061991'), ('22071981'), ('22071983'),
('22071984'), ('22071985'), ('22071986'), ('22071987'), ('22071988'), ('22071989'), ('22071990'), ('22071991'),
('22071992'), ('22081981'), ('22081983'), ('22081985'), ('22081986'), ('22081987'), ('22081990'), ('22081991'),
('22091977'), ('22091981'), ('22091983'), ('22091984'), ('22091985'), ('22091986'), ('22091987'), ('22091988'),
('22091990'), ('22091991'), ('22101981'), ('22101983'), ('22101985'), ('22101988'), ('22111982'), ('22111985'),
('22111988'), ('221133z'), ('221195ws'), ('22121978'), ('22121982'), ('22121983'), ('22121985'), ('22121986'),
('22121987'), ('22121989'), ('22221111'), ('222221'), ('222222000'), ('222222a'), ('222223'), ('22223333'),
('22224444'), ('22228888'), ('222333'), ('222444'), ('222555'), ('222666'), ('222777'), ('222888'), ('222999'),
('223311'), ('223322'), ('223344'), ('22334455'), ('223355'), ('223366'), ('2234562'), ('22360679'), ('2236345'),
('224422'), ('224455'), ('224466'), ('22446688'), ('224488'), ('225522'), ('225588'), ('226622'), ('226688'),
('227722'), ('2278124q'), ('228822'), ('22q04w90e'), ('22tango'), ('2300mj'), ('23011980'), ('23011982'),
('23011984'), ('23011985'), ('23011988'), ('23011989'), ('23011990'), ('23021973'), ('23021975'), ('23021977'),
('23021978'), ('23021982'), ('23021983'), ('23021984'), ('23021985'), ('23021986'), ('23021987'), ('23021988'),
('23021989'), ('23021991'), ('23021992'), ('23031980'), ('23031983'), ('23031985'), ('23031986'), ('23031987'),
('23031988'), ('23031989'), ('23031990'), ('23041982'), ('23041983'), ('23041984'), ('23041985'), ('23041986'),
('23041987'), ('23041988'), ('23041991'), ('23049307'), ('23051978'), ('23051980'), ('23051983'), ('23051984'),
('23051985'), ('23051986'), ('23051987'), ('23051990'), ('23051991'), ('2305822q'), ('23061976'), ('23061980'),
('23061983'), ('23061985'), ('23061987'), ('23061988'), ('23061989'), ('23061990'), ('23061992'), ('23071981'),
('23071984'), ('23071985'), ('23071986'), ('23071988'), ('23081984'), ('23081986'), ('230857z'), ('23091982'),
('23091983'), ('23091985'), ('23091986'), ('23091987'), ('23091989'), ('23091991'), ('23101981'), ('23101987'),
('23101988'), ('23111982'), ('23111985'), ('23111986'), ('23111987'), ('23111989'), ('23121982'), ('23121983'),
('23121986'), ('231456'), ('23176djivanfros'), ('232123'), ('232222'), ('2323232'), ('232425'), ('232629'),
('233223'), ('233307'), ('233391'), ('234432'), ('234523'), ('234561'), ('235555'), ('235689'), ('235711'),
('237081a'), ('23843dima'), ('23dp4x'), ('23jordan'), ('23skidoo'), ('23wesdxc'), ('23wkoa0fp78dk'),
('24011983'), ('24011985'), ('24011986'), ('24011987'), ('24011989'), ('24011990'), ('2401pedro'), ('24021983'),
('24021984'), ('24021985'), ('24021986'), ('24021987'), ('24021988'), ('24021991'), ('24031980'), ('24031981'),
('24031985'), ('24031987'), ('24031988'), ('24031990'), ('24041984'), ('24041985'), ('24041986'), ('24041988'),
('24041990'), ('24048'), ('24051979'), ('24051985'), ('24051986'), ('24051987'), ('24051989'), ('24051990'),
('24061984'), ('24061985'), ('24061986'), ('24061987'), ('24061988'), ('24061992'), ('24071986'), ('24071987'),
('24071989'), ('24071990'), ('24071991'), ('24071992'), ('24081982'), ('24081986'), ('24081987'), ('24081988'),
('24081990'), ('24091984'), ('24091986'), ('24091991'), ('24101980'), ('24101984'), ('24101985'), ('24101986'),
('24101987'), ('24101988'), ('24101989'), ('24101990'), ('24101991'), ('24111981'), ('24111982'), ('24111983'),
('24111987'), ('24111989'), ('24111990'), ('24121982'), ('24121984'), ('24121985'), ('24121986'), ('24121987'),
('24121988'), ('24121989'), ('24121990'), ('241455'), ('242526'), ('243122'), ('243462536'), ('245lufpq'),
('246642'), ('24680'), ('246800'), ('246801'), ('2468013579'), ('246810'), ('24681012'), ('24681357'),
('246813579'), ('246824'), ('24688642'), ('246890'), ('2469'), ('246969'), ('247365'), ('2481632'), ('24861793'),
('248624'), ('248ujnfk'), ('24beers'), ('24gordon'), ('24lover'), ('24pnz6kc'), ('25000'), ('2500aa'),
('2500hd'), ('25011982'), ('25011983'), ('25011985'), ('25011986'), ('25011988'), ('25011990'), ('25011993'),
('25021978'), ('25021983'), ('25021984'), ('25021985'), ('25021986'), ('25021987'), ('25021988'), ('2502557i'),
('25031980'), ('25031983'), ('25031984'), ('25031986'), ('25031987'), ('25031991'), ('25041980'), ('25041983'),
('25041984'), ('25041985'), ('25041987'), ('25041988'), ('25041991'), ('2505198'), ('25051980'), ('25051983'),
('25051984'), ('25051985'), ('25051987'), ('25051988'), ('25051989'), ('250588'), ('25061985'), ('25061986'),
('25061987'), ('25071978'), ('25071983'), ('25071984'), ('25071985'), ('25071986'), ('25071987'), ('25071989'),
('25071990'), ('25081983'), ('25081985'), ('25081986'), ('25081987'), ('25081988'), ('25081989'), ('25091983'),
('25091984'), ('25091985'), ('25091986'), ('25091987'), ('25091988'), ('25091989'), ('25091990'), ('25091991'),
('25091992'), ('2509mmh'), ('25101986'), ('25101988'), ('25101989'), ('25111978'), ('25111986'), ('25111987'),
('25111988'), ('25111991'), ('25121982'), ('25121983'), ('25121985'), ('25121986'), ('25121987'), ('2521659'),
('25251325'), ('25252'), ('2525252'), ('252627'), ('253634'), ('254xtpss'), ('255225'), ('255555'), ('25563o'),
('255ooo'), ('2580'), ('258000'), ('25800852'), ('258012'), ('2580147'), ('258025'), ('2580258'), ('25802580'),
('2580456'), ('258046'), ('258147'), ('2583458'), ('258369'), ('258456'), ('258654'), ('258741'), ('258789'),
('258852'), ('258963'), ('2597174'), ('26011981'), ('26011986'), ('26011987'), ('26011989'), ('26011990'),
('26021985'), ('26021987'), ('26021990'), ('26021992'), ('26028'), ('26031980'), ('26031982'), ('26031984'),
('26031985'), ('26031986'), ('26031987'), ('26031988'), ('26031990'), ('26031991'), ('26041983'), ('26041984'),
('26041986'), ('26041988'), ('26041990'), ('26041991'), ('26048'), ('26051986'), ('26051987'), ('26051988'),
('26051990'), ('26058'), ('26061983'), ('26061985'), ('26061986'), ('26061987'), ('26061989'), ('26061991'),
('2606642yra'), ('26071984'), ('26071986'), ('26071987'), ('26071989'), ('26081983'), ('26081985'), ('26081986'),
('26091984'), ('26091985'), ('26091986'), ('260zntpc'), ('26101983'), ('26101984'), ('26101986'), ('26101987'),
('26111978'), ('26111984'), ('26111985'), ('26111987'), ('26121983'), ('26121984'), ('26121985'), ('26121987'),
('26121989'), ('261397'), ('26429vadim'), ('266643'), ('267605'), ('267ksyjf'), ('26exkp'), ('27011981'),
('27011982'), ('27011983'), ('27011985'), ('27011986'), ('27011988'), ('27011990'), ('27021986'), ('27021990'),
('27021991'), ('27021992'), ('27031983'), ('27031984'), ('27031985'), ('27031986'), ('27031987'), ('27031989'),
('27031992'), ('27041985'), ('27041987'), ('27041988'), ('27041990'), ('27051984'), ('27051985'), ('27051986'),
('27051987'), ('27051991'), ('27061983'), ('27061984'), ('27061985'), ('27061988'), ('27061989'), ('27061990'),
('27071982'), ('27071983'), ('27071984'), ('27071985'), ('27071987'), ('27071988'), ('27081985'), ('27081986'),
('27081989'), ('27081990'), ('270873_'), ('27091983'), ('27091984'), ('27091985'), ('27091987'), ('27091991'),
('27101987'), ('27101989'), ('27111978'), ('27111982'), ('27111984'), ('27111985'), ('27111989'), ('27111990'),
('27121981'), ('27121986'), ('27121988'), ('271828'), ('272829'), ('2741001'), ('276115'), ('27731828'),
('2797349'), ('28011987'), ('28011988'), ('28011989'), ('28021981'), ('28021983'), ('28021984'), ('28021985'),
('28021986'), ('28021989'), ('28021990'), ('28021992'), ('28031981'), ('28031982'), ('28031983'), ('28031984'),
('28031986'), ('28041983'), ('28041986'), ('28041987'), ('28041988'), ('28041992'), ('28051981'), ('28051983'),
('28051985'), ('28051986'), ('28051987'), ('28051988'), ('28051989'), ('28051990'), ('28061983'), ('28061984'),
('28061985'), ('28061986'), ('28061988'), ('28071978'), ('28071982'), ('28071983'), ('28071984'), ('28071985'),
('28071986'), ('28071987'), ('28071988'), ('28071989'), ('28081984'), ('28081985'), ('28081986'), ('28081990'),
('28091982'), ('28091984'), ('28091985'), ('28091987'), ('28101979'), ('28101986'), ('28101988'), ('28111982'),
('28111984'), ('28111986'), ('28111987'), ('28121984'), ('28121986'), ('28121987'), ('28121988'), ('28121989'),
('28121990'), ('282860'), ('2835493'), ('284655'), ('286685'), ('287hf71h'), ('28infern'), ('29011980'),
('29011982'), ('29011983'), ('29011985'), ('29011987'), ('29011988'), ('29011990'), ('29024'), ('29031982'),
('29031983'), ('29031986'), ('29031988'), ('29031990'), ('29038'), ('29041982'), ('29041984'), ('29041985'),
('29041986'), ('29041987'), ('29041988'), ('29041989'), ('29048'), ('29051984'), ('29051985'), ('29051986'),
('29051987'), ('29051989'), ('29051990'), ('29051992'), ('29061982'), ('29061984'), ('29061985'), ('29061986'),
('29061987'), ('29061988'), ('29061989'), ('29061990'), ('29071981'), ('29071982'), ('29071983'), ('29071985'),
('29071986'), ('29071987'), ('29071988'), ('29081982'), ('29081983'), ('29081985'), ('29081987'), ('29081988'),
('29081990'), ('29091977'), ('29091980'), ('29091982'), ('29091985'), ('29091986'), ('29091987'), ('29091990'),
('29101982'), ('29101985'), ('29111983'), ('29111987'), ('29111988'), ('29111989'), ('29121981'), ('29121982'),
('29121984'), ('29121985'), ('29121986'), ('29121987'), ('29121988'), ('2947251'), ('299792458'), ('29palms'),
('2access'), ('2b4dnvsx'), ('2b8riedt'), ('2bad4u'), ('2balls'), ('2big4u'), ('2bigtits'), ('2boobs'),
('2bornot2'), ('2bornot2b'), ('2br02b'), ('2children'), ('2cool4u'), ('2dumb2live'), ('2enter'), ('2fast4u'),
('2fchbg'), ('2gether'), ('2girls'), ('2good4u'), ('2h0t4me'), ('2hot'), ('2hot4me'), ('2hot4u'), ('2hot4you'),
('2i5fdruv'), ('2kash6zq'), ('2kgwai'), ('2legit'), ('2letmein'), ('2much4u'), ('2n3055'), ('2n6wvq'), ('2pac'),
('2q3w4e'), ('2sexy2ho'), ('2sexy4u'), ('2short'), ('2sweet'), ('2times'), ('2twins'), ('2vrd6'), ('2w3e4r'),
('2w3e4r5t'), ('2w93jpa4'), ('2wj2k9oj'), ('2wsx1qaz'), ('2wsx3edc'), ('2wsx4rfv'), ('2wsxcde3'), ('2wsxxsw2'),
('2wsxzaq1'), ('2ykn5ccf'), ('3000'), ('300000'), ('3000gt'), ('3001'), ('30011980'), ('30011983'), ('30011985'),
('30011986'), ('30011987'), ('30011990'), ('3003'), ('30031979'), ('30031986'), ('30031988'), ('30031992'),
('3004'), ('30041985'), ('30041986'), ('30041987'), ('30041988'), ('30041991'), ('300465'), ('3005'),
('30051981'), ('30051984'), ('30051985'), ('30051986'), ('30051987'), ('30051988'), ('30051989'), ('3006'),
('30061979'), ('30061980'), ('30061981'), ('30061982'), ('30061983'), ('30061985'), ('30061986'), ('30061987'),
('30061988'), ('30061989'), ('3007'), ('30071979'), ('30071982'), ('30071983'), ('30071985'), ('30071986'),
('30071992'), ('3008'), ('30081982'), ('30081984'), ('30081989'), ('3009'), ('30091983'), ('30091985'),
('30091989'), ('300zx'), ('300zxtt'), ('30101984'), ('30101986'), ('30101987'), ('30101988'), ('30111982'),
('30111987'), ('30121984'), ('30121985'), ('30121986'), ('30121987'), ('30121988'), ('302731'), ('305pwzlr'),
('30624700'), ('308win'), ('30seconds'), ('31011983'), ('31011985'), ('31011987'), ('31011990'), ('31021364'),
('31031986'), ('31031987'), ('31031988'), ('31031990'), ('31051977'), ('31051982'), ('31051985'), ('31051986'),
('31051987'), ('31051991'), ('31051993'), ('31071977'), ('31071980'), ('31071983'), ('31071985'), ('31071986'),
('31071990'), ('31081985'), ('31081989'), ('31101986'), ('31101987'), ('31101991'), ('31121910'), ('31121982'),
('31121983'), ('31121985'), ('31121986'), ('31121987'), ('31121988'), ('31121990'), ('311420'), ('311music'),
('31217221027711'), ('312mas'), ('313233'), ('31359092'), ('314159'), ('3141592'), ('31415926'), ('314159265'),
('3141592654'), ('31415927'), ('3151020'), ('315475'), ('315920'), ('316271'), ('316497'), ('316769'),
('321123'), ('321456'), ('321456987'), ('321654'), ('32165498'), ('321654987'), ('32167'), ('321671'),
('3216732167'), ('321678'), ('321cba'), ('321ewq'), ('321ret32'), ('322223'), ('3234412'), ('3247562'),
('326159487'), ('32615948worms'), ('3263827'), ('326598'), ('331234'), ('332211'), ('332233'), ('333000'),
('333221'), ('333222'), ('333222111'), ('33331111'), ('333333a'), ('33333v'), ('33334444'), ('333444'),
('3334444'), ('333555'), ('333666'), ('333666999'), ('333777'), ('333888'), ('333999'), ('333z333'), ('334433'),
('334455'), ('33445566'), ('335533'), ('335533aa'), ('335577'), ('3364068'), ('336633'), ('33669'), ('336699'),
('337733'), ('339311'), ('33ds5x'), ('33rjhjds'), ('33st33'), ('342500'), ('343104ky'), ('3434245'), ('3440172'),
('345123'), ('34524815'), ('345543'), ('3465xxx'), ('34778'), ('34erdfcv'), ('357159'), ('357753'), ('3578951'),
('357951'), ('357mag'), ('358853'), ('358hkyp'), ('360moden'), ('3611jcmg'), ('361619'), ('3616615a'),
('36169544'), ('362436'), ('362514'), ('3630000'), ('36363'), ('36460341'), ('365214'), ('3657549'),
('368ejhih'), ('369147'), ('369258'), ('36925814'), ('369258147'), ('36936'), ('369741'), ('369852'),
('36985214'), ('369852147'), ('369874'), ('3698741'), ('36987412'), ('369874125'), ('369963'), ('369987'),
('36dd'), ('375125'), ('37583867'), ('37kazoo'), ('380zliki'), ('3816778'), ('382436'), ('382563'),
('383295502'), ('383pdjvl'), ('3891576'), ('38972091'), ('38dd'), ('38gjgeuftd'), ('392781'), ('3984240'),
('3a5irt'), ('3bears'), ('3children'), ('3cudjz'), ('3dwe45'), ('3e2w1q'), ('3e4r5t'), ('3edc4rfv'),
('3edcvfr4'), ('3f3fpht7op'), ('3girls'), ('3ip76k2'), ('3ki42x'), ('3kings'), ('3mpz4r'), ('3mta3'), ('3qvqod'),
('3rjs1la7qe'), ('3some'), ('3stooges'), ('3syqo15hil'), ('3techsrl'), ('3times'), ('3tmnej'), ('3x7pxr'),
('3xbobobo'), ('4000'), ('400000'), ('4001'), ('4002'), ('40028922'), ('4007'), ('4030'), ('4034407'), ('4050'),
('4050328'), ('405060'), ('4060'), ('4071505'), ('4077mash'), ('4080'), ('4121'), ('4128'), ('413276191q'),
('414243'), ('41513042'), ('415263'), ('41d8cd98f00b'), ('4200'), ('420000'), ('420247'), ('42042042'),
('420666'), ('4206969'), ('420842084208555'), ('420smoke'), ('422119'), ('423956'), ('424365'), ('4258195'),
('426hemi'), ('427900'), ('427cobra'), ('428054'), ('4294967296'), ('42qwerty42'), ('43046721'), ('430799'),
('4311111q'), ('432100'), ('43211234'), ('4321rewq'), ('441232'), ('4417'), ('442200'), ('442244'), ('443322'),
('44332211'), ('444000'), ('444111'), ('444222'), ('444333'), ('444455'), ('44445555'), ('44448888'), ('444555'),
('444555666'), ('444666'), ('444777'), ('444888'), ('44556'), ('445566'), ('44556677'), ('446655'), ('44e3ebda'),
('44mag'), ('44magnum'), ('4500455'), ('4506802a'), ('451236'), ('451236789'), ('452073t'), ('45454'),
('454dfmcq'), ('455445'), ('456123'), ('456123789'), ('456123a'), ('456258'), ('45632'), ('456321'), ('45645'),
('45645645'), ('456654'), ('45678912'), ('456789123'), ('456838'), ('45683968'), ('45685'), ('456852'),
('456963'), ('456987'), ('456asd'), ('456rty'), ('45auto'), ('45colt'), ('45m2do5bs'), ('4637324'), ('46466452'),
('464811'), ('46775575'), ('46and2'), ('46doris'), ('4707570'), ('474jdvff'), ('475869'), ('477041'),
('478jfszk'), ('479373'), ('47ds8x'), ('4809594q'), ('481516'), ('48151623'), ('481516234'), ('4815162342'),
('4815162342a'), ('4815162342lf'), ('4815162342lost'), ('4815162342q'), ('483422'), ('486255'), ('48n25rcc'),
('4904s677075'), ('492529'), ('4930321'), ('493949'), ('49527843'), ('495812'), ('495rus19'), ('49ers'),
('49ers1'), ('4_life'), ('4all'), ('4cancel'), ('4cranker'), ('4dwvjj'), ('4ebouux8'), ('4ever'), ('4ever4'),
('4fa82hyx'), ('4free'), ('4freedom'), ('4fun'), ('4g3izhox'), ('4girls'), ('4gxrzemq'), ('4iter'), ('4jjcho'),
('4life'), ('4me2know'), ('4me2no'), ('4meonly'), ('4mnveh'), ('4money'), ('4ng62t'), ('4nick8'), ('4p9f8nja'),
('4peace'), ('4play'), ('4pussy'), ('4r3e2w1q'), ('4r5t6y'), ('4real'), ('4rfv3edc'), ('4rfv5tgb'), ('4rkpkt'),
('4runner'), ('4rzp8ab7'), ('4seasons'), ('4sex'), ('4snz9g'), ('4solomon'), ('4speed'), ('4sure'), ('4teens'),
('4tlved'), ('4wcqjn'), ('4wheel'), ('4wwvte'), ('4x7wjr'), ('4you'), ('4z34l0ts'), ('4z3al0ts'), ('4zqauf'),
('5000'), ('50000'), ('500000'), ('5001'), ('5003'), ('5005'), ('500600'), ('50cen'), ('50cent'), ('50cents'),
('50spanks'), ('51051051051'), ('51094didi'), ('511647'), ('5150'), ('515000'), ('51501984'), ('51502112'),
('515051'), ('51505150'), ('515069'), ('5150vh'), ('515253'), ('51525354'), ('51842543'), ('5201314'),
('523252'), ('524645'), ('52545856'), ('526282'), ('526452'), ('52678677'), ('527952'), ('52xmax'), ('5318008'),
('531879fiz'), ('5345321aa'), ('5411pimo'), ('541233432442'), ('54132442'), ('542678'), ('543211'),
('5432112345'), ('543216'), ('54321a'), ('54354'), ('54545'), ('5455555'), ('545645'), ('545ettvy'), ('54chevy'),
('54gv768'), ('551155'), ('551scasi'), ('552233'), ('552255'), ('552861'), ('55378008'), ('554433'),
('55443322'), ('5544332211'), ('554455'), ('55495746'), ('554uzpad'), ('555000'), ('5550123'), ('5550666'),
('555111'), ('5551212'), ('555123'), ('5551298'), ('555222'), ('5552555'), ('555333'), ('555444'), ('555551'),
('555555a'), ('555555d'), ('555556'), ('55555a'), ('55555d'), ('55555n'), ('55555q'), ('55555r'), ('55555s'),
('55556666'), ('5556633'), ('555666'), ('555666777'), ('555777'), ('5557940'), ('555888'), ('555999'),
('555aaa'), ('5566'), ('556644'), ('556655'), ('556677'), ('55667788'), ('556699'), ('557711'), ('557744'),
('557799'), ('55832811'), ('55bgates'), ('55chevy'), ('56259090'), ('5641110'), ('56565'), ('565758'),
('565hlgqo'), ('567432'), ('567765'), ('5678ytr'), ('567rntvm'), ('5681392'), ('5683'), ('56836803'), ('56qhxs'),
('57392632'), ('57699434'), ('5782790'), ('5792076'), ('579300'), ('57chevy'), ('57np39'), ('58565254'),
('5858855abc'), ('59382113kevinp'), ('5alive'), ('5c92v5h6'), ('5daxb'), ('5element'), ('5f68t9'), ('5gtgiaxm'),
('5hsu75kpot'), ('5lyedn'), ('5nizza'), ('5qnzjx'), ('5rxypn'), ('5seks7'), ('5speed'), ('5string'),
('5t4r3e2w1q'), ('5t6y7u'), ('5t6y7u8i'), ('5tgb6yhn'), ('5tgbnhy6'), ('5thgbqi'), ('5unshine'), ('5w76rnqp'),
('5wr2i7h8'), ('6000'), ('600000'), ('6001'), ('6031769'), ('6043dkf'), ('6060842'), ('6070'), ('615243'),
('616879'), ('616913'), ('61808861'), ('6215mila6215'), ('622521'), ('625vrobg'), ('62717315'), ('62vette'),
('630112'), ('6339cndh'), ('6345789'), ('635241'), ('636332'), ('63chevy'), ('640xwfkv'), ('645202'),
('6458zn7a'), ('64chevy'), ('651550'), ('654123'), ('654321a'), ('654321z'), ('654456'), ('654987'), ('655321'),
('65656'), ('65mustan'), ('65pjv22'), ('66005918'), ('663366'), ('665259'), ('665544'), ('665566'), ('6657684'),
('666000'), ('666111'), ('666123'), ('6661313'), ('66613666'), ('666222'), ('666333'), ('666420'), ('666425'),
('666444'), ('666555'), ('666666'), ('6666667'), ('666666a'), ('666666q'), ('66669999'), ('666777'), ('666888'),
('6669'), ('66699'), ('666999'), ('666999666'), ('666hell'), ('666satan'), ('666xxx'), ('667766'), ('667788'),
('66778899'), ('669966'), ('669e53e1'), ('66chevy'), ('66mustan'), ('66mustang'), ('66stang'), ('671fsa75yt'),
('67390436'), ('6741314'), ('6751520'), ('678901'), ('678910'), ('67899876'), ('67camaro'), ('67chevy'),
('67mustan'), ('67stang'), ('67vette'), ('6820055'), ('682regkh'), ('6846kg3r'), ('686xqxfg'), ('687887'),
('68camaro'), ('68stang'), ('69213124'), ('6942987'), ('6969'), ('69696'), ('696969'), ('6969696'), ('696977'),
('697769'), ('6996'), ('699669'), ('699999'), ('69a20a'), ('69camaro'), ('69dude'), ('69er'), ('69mustan'),
('69pussy'), ('69stang'), ('6bjvpe'), ('6chid8'), ('6gcf636i'), ('6inches'), ('6jhwmqku'), ('6string'),
('6uldv8'), ('6xe8j2z4'), ('6y7u8i'), ('6yhn7ujm'), ('7000'), ('700007'), ('7001'), ('7007'), ('703751'),
('705499fh'), ('70780070780'), ('708090'), ('708090a'), ('7085506'), ('709394'), ('7106189'), ('71727374'),
('718293'), ('7224763'), ('72305z'), ('72chevy'), ('72d5tn'), ('73501505'), ('7355608'), ('7410258963'),
('74108520'), ('741147'), ('741236'), ('7412369'), ('74123698'), ('741236985'), ('741258'), ('74125896'),
('741258963'), ('741369'), ('7415963'), ('741776'), ('74185'), ('741852'), ('74185296'), ('741852963'),
('7418529630'), ('741852kk'), ('741963'), ('741963852'), ('742617000027'), ('744637'), ('744744z'), ('7452tr'),
('747200'), ('747400'), ('747bbb'), ('748159263'), ('748596'), ('7506751'), ('753159'), ('753357'), ('75395'),
('753951'), ('753951456'), ('753951852'), ('754321'), ('754740g0'), ('7550055'), ('7555545'), ('7558795'),
('755dfx'), ('7653ajl1'), ('7654321a'), ('76689295'), ('766rglqy'), ('76ers'), ('770129ji'), ('773400'),
('77347734'), ('774411'), ('774477'), ('7753191'), ('775533'), ('775577'), ('776655'), ('776677'), ('777000'),
('777007'), ('777111'), ('777123'), ('777222'), ('777333'), ('777444'), ('777555'), ('777555333'), ('777666'),
('777771'), ('7777755102q'), ('7777777'), ('77777778'), ('7777777a'), ('7777777f'), ('7777777q'), ('7777777s'),
('7777777z'), ('777777a'), ('77778888'), ('777888'), ('777888999'), ('7779311'), ('777999'), ('777angel'),
('777vlad'), ('777win'), ('77879'), ('778811'), ('778899'), ('779977'), ('77sunset'), ('784512'), ('785001'),
('785612'), ('786110'), ('78621323'), ('78678'), ('78787'), ('787898'), ('78789898'), ('787899'), ('78791'),
('789056'), ('789123'), ('789123456'), ('789321'), ('7894'), ('78945'), ('789456'), ('7894561'), ('78945612'),
('789456123'), ('7894561230'), ('789456123a'), ('789456123q'), ('789512'), ('7895123'), ('789520'), ('789551'),
('789632'), ('7896321'), ('78963214'), ('789632145'), ('789632147'), ('78965'), ('789654'), ('789654123'),
('78978'), ('78978978'), ('789852'), ('789951123'), ('789963'), ('789987'), ('789qwe'), ('78ford'), ('78girl'),
('78n3s5af'), ('78vette'), ('794613'), ('794613258'), ('794613852'), ('7bgiqk'), ('7elephant'), ('7elephants'),
('7eleven'), ('7ertu3ds'), ('7f4df451'), ('7f8srt'), ('7gorwell'), ('7grout'), ('7hrdnw23'), ('7imjfstw'),
('7inches'), ('7jokx7b9du'), ('7kbe9d'), ('7mary3'), ('7mmmag'), ('7ofnine'), ('7ovtgimc'), ('7pvn4t'),
('7samurai'), ('7seven'), ('7seven7'), ('7somba'), ('7u8i9o0p'), ('7uftyx'), ('7ugd5hip2j'), ('7xm5rq'),
('7xswzaq'), ('800500'), ('80070633pc'), ('8008'), ('80361665abc'), ('80637852730'), ('808state'), ('8090'),
('8096468644q'), ('80972694711'), ('80988218126'), ('80camaro'), ('811pahc'), ('81726354'), ('81fukkc'),
('8218yxfz'), ('823762'), ('824358553'), ('824655'), ('826248s'), ('8318131'), ('8363eddy'), ('837519'),
('83y6pv'), ('8428ld'), ('8481068'), ('85200258'), ('8520456'), ('852123'), ('852147'), ('8522003'), ('852258'),
('852369'), ('85245'), ('852456'), ('852654'), ('852741'), ('852963'), ('8538622'), ('8543852'), ('8546404'),
('85852008'), ('85bears'), ('863abgsg'), ('867530'), ('8675309'), ('86753099'), ('86chevyx'), ('86mets'),
('87062134'), ('870621345'), ('872rlcfo'), ('875421'), ('87654321vv'), ('878kckxy'), ('87e5nclizry'),
('87t5hdf'), ('88002000600'), ('8807031'), ('880888'), ('88351132'), ('885522'), ('887766'), ('887788'),
('888111'), ('888555'), ('888666'), ('888777'), ('88887777'), ('888889'), ('88889999'), ('888999'), ('889900'),
('889988'), ('88keys'), ('88mike'), ('890098890'), ('89015173454'), ('8902792'), ('89032073168'),
('89057003343'), ('89063032220m'), ('89132664230'), ('89172735872'), ('89181502334'), ('89211375759'),
('89231243658s'), ('8928190a'), ('895623'), ('89586'), ('89600506779'), ('89614774181'), ('89876065093rax'),
('89semtsriuty'), ('8ball'), ('8balls'), ('8dihc6'), ('8i9o0p'), ('8inches'), ('8j4ye3uz'), ('8letters'),
('8phrowz622'), ('8phrowz624'), ('8seconds'), ('8uiazp'), ('8vfhnf'), ('8vjzus'), ('8womys'), ('8xuuobe4'),
('9000'), ('900000'), ('9001'), ('9001668'), ('9004'), ('9007'), ('9008'), ('9009'), ('901234'), ('90210'),
('902100'), ('9035768'), ('906090'), ('907629'), ('908070'), ('9085084232'), ('9085603566'), ('9104587'),
('9111961'), ('911911'), ('911rsr'), ('911turbo'), ('9124852'), ('91328378'), ('917190qq'), ('918273'),
('918273645'), ('91929394'), ('9231wcf'), ('926337'), ('92702689'), ('9293709'), ('9293709b13'), ('9379992'),
('9379992a'), ('9379992q'), ('93pn75'), ('944turbo'), ('94rwpe'), ('951159'), ('9512369'), ('951357'),
('951623'), ('95175'), ('951753'), ('951753852'), ('9517883'), ('9556035'), ('9562876'), ('95jeep'), ('963147'),
('963210'), ('963214'), ('9632147'), ('96321478'), ('963214785'), ('963258'), ('963258741'), ('96328i'),
('963369'), ('963741'), ('96385'), ('963852'), ('96385274'), ('963852741'), ('9638527410'), ('9638v'),
('968574'), ('96ford'), ('9731553197'), ('975310'), ('976431'), ('9788960'), ('97ford'), ('9811020'),
('98256518'), ('986532'), ('987123'), ('987321'), ('987321654'), ('9874123'), ('98741236'), ('987412365'),
('987456'), ('98745632'), ('987456321'), ('9874563210'), ('987654123'), ('987654321a'), ('987654321g'),
('987654321z'), ('98766789'), ('987789'), ('98798798'), ('989244342a'), ('98cobra'), ('98stang'), ('98xa29'),
('9933162'), ('9953rb'), ('995511'), ('996633'), ('996699'), ('99762000'), ('997755'), ('998877'), ('99887766'),
('9988776655'), ('998899'), ('9988aa'), ('999000'), ('999111'), ('999111999q'), ('999333'), ('99941'),
('999555'), ('999666'), ('999666333'), ('999777'), ('999888'), ('999888777'), ('999998'), ('99ford'),
('99ranger'), ('99strenght'), ('9ball'), ('9hmlpyjd'), ('9hotpoin'), ('9inches'), ('9kyq6fge'), ('9lives'),
('9noize9'), ('9skw5g'), ('9z5ve9rrcz'), ('[start]'), ('a000000'), ('a11111'), ('a111111'), ('a1111111'),
('a112233'), ('a121212'), ('a123'), ('a123123'), ('a123321'), ('a1234'), ('a12345'), ('a123456'), ('a1234567'),
('a12345678'), ('a123456789'), ('a1234567890'), ('a123456a'), ('a123456b'), ('a123456z'), ('a12345a'),
('a1234a'), ('a1234b'), ('a123654'), ('a131313'), ('a13579'), ('a159357'), ('a159753'), ('a19l1980'), ('a1a2a3'),
('a1a2a3a4'), ('a1a2a3a4a5'), ('a1b1c1'), ('a1b2'), ('a1b2c'), ('a1b2c3'), ('a1b2c3d'), ('a1b2c3d4'),
('a1b2c3d4e5'), ('a1l2e3x4'), ('a1s2d3'), ('a1s2d3f'), ('a1s2d3f4'), ('a1s2d3f4g5'), ('a1s2d3f4g5h6'),
('a22222'), ('a23456'), ('a2345678'), ('a32tv8ls'), ('a333444'), ('a3930571'), ('a3eilm2s2y'), ('a3jtni'),
('a4tech'), ('a54321'), ('a55555'), ('a654321'), ('a666666'), ('a6pihd'), ('a7777777'), ('a789456123'),
('a7nz8546'), ('a801016'), ('a8kd47v5'), ('a9387670a'), ('a987654321'), ('aa111111'), ('aa1111aa'), ('aa123123'),
('aa123321'), ('aa1234'), ('aa12345'), ('aa123456'), ('aa123456789'), ('aa123456s'), ('aa1998'), ('aaa111'),
('aaa12'), ('aaa123'), ('aaa12345'), ('aaa123456'), ('aaa123a'), ('aaa123aaa'), ('aaa333'), ('aaa340'),
('aaa555'), ('aaa666'), ('aaa777'), ('aaaa1'), ('aaaa1111'), ('aaaa1122'), ('aaaaa1'), ('aaaaaa1'), ('aaaaaaa1'),
('aaaaaas'), ('aaaabbbb'), ('aaaassss'), ('aaabbb'), ('aaabbbccc'), ('aaaddd'), ('aaasss'), ('aaazzz'),
('aabbcc'), ('aabbccdd'), ('aachen'), ('aalborg'), ('aaliyah'), ('aamaax'), ('aardvark'), ('aaron'), ('aaron1'),
('aaron12'), ('aaron123'), ('aaron2'), ('aaron8'), ('aaronb'), ('aarons'), ('aass'), ('aassaa'), ('aassdd'),
('aassddff'), ('aaurafmf'), ('ab123'), ('ab1234'), ('ab12345'), ('ab123456'), ('ab12cd34'), ('ab55484'),
('abacab'), ('abacabb'), ('abacus'), ('abadan'), ('abaddon'), ('abagail'), ('abakus'), ('abandon'), ('abarth'),
('abba'), ('abbas'), ('abbasov'), ('abbey'), ('abbey1'), ('abbeyroa'), ('abbie'), ('abbie1'), ('abbot'),
('abbott'), ('abby'), ('abby12'), ('abby123'), ('abbydog'), ('abc1'), ('abc12'), ('abc123'), ('abc1234'),
('abc12345'), ('abc123456'), ('abc123456789'), ('abc123a'), ('abc123abc'), ('abc125'), ('abc321'), ('abc456'),
('abcabc55'), ('abcd1'), ('abcd12'), ('abcd123'), ('abcd1234'), ('abcd12345'), ('abcd123456'), ('abcde1'),
('abcde123'), ('abcde12345'), ('abcdef1'), ('abcdef12'), ('abcdef123'), ('abcdefg1'), ('abcxyz'), ('abdul'),
('abdula'), ('abdulla'), ('abdullah'), ('abe5'), ('abeille'), ('abel'), ('abercrom'), ('abercrombie'),
('aberdeen'), ('abfkrf'), ('abgrtyu'), ('abhishek'), ('abhtqa'), ('abidjan'), ('abigai'), ('abigail'),
('abigail1'), ('abigale'), ('abiodun'), ('abkbgg'), ('abkbvjy'), ('able'), ('abm1224'), ('abner'), ('abnormal'),
('abogado'), ('about'), ('above'), ('abpbrf'), ('abra'), ('abracada'), ('abracadabra'), ('abraham'),
('abrakadabra'), ('abramov'), ('abramova'), ('abrams'), ('abraxas'), ('abroad'), ('abrupt'), ('absalom'),
('absent'), ('absinthe'), ('absolut'), ('absolut1'), ('absolute'), ('absolutely'), ('abstr'), ('abstract'),
('absurd'), ('abubakr'), ('abudfv'), ('abuela'), ('abuelita'), ('abulafia'), ('abundance'), ('abuse'),
('abused'), ('abyss'), ('ac2zxdty'), ('acacia'), ('academia'), ('academic'), ('academy'), ('acadia'),
('acapulco'), ('acca3344'), ('accent'), ('accept'), ('acces'), ('access'), ('access01'), ('access1'),
('access10'), ('access12'), ('access123'), ('access14'), ('access16'), ('access2'), ('access20'), ('access22'),
('access88'), ('access99'), ('accessno'), ('accident'), ('acclaim'), ('accobra'), ('accord'), ('accord1'),
('accoun'), ('account'), ('account1'), ('accounta'), ('accountbloc'), ('accounting'), ('accounts'), ('acdc'),
('acdc123'), ('acdeehan'), ('ace1'), ('ace1062'), ('ace111'), ('ace1210'), ('ace123'), ('ace2luv'), ('acehigh'),
('aceman'), ('acer'), ('acer12'), ('acer123'), ('acerview'), ('aces'), ('aceshigh'), ('acess'), ('acetate'),
('acheron'), ('achille'), ('achilles'), ('achim'), ('achmed'), ('achtung'), ('acid'), ('acidbath'), ('acidburn'),
('acidrain'), ('acinom'), ('ackbar'), ('ackerman'), ('acls2h'), ('acme'), ('acme34'), ('acmilan'), ('acmilan1'),
('acolyte'), ('acorn'), ('acorns'), ('acosta'), ('acotec'), ('acoustic'), ('acrobat'), ('acting'), ('action'),
('action1'), ('activate'), ('activation'), ('active'), ('activex'), ('actor'), ('actors'), ('actress'),
('actros'), ('acts238'), ('actuary'), ('acuari'), ('acuario'), ('acumen'), ('acun3t1x'), ('acura'), ('acura1'),
('acuracl'), ('acuransx'), ('acurarsx'), ('ad12345678'), ('adagio'), ('adalbert'), ('adam'), ('adam01'),
('adam1'), ('adam12'), ('adam123'), ('adam1234'), ('adam21'), ('adam25'), ('adama'), ('adamant'), ('adamas'),
('adamo'), ('adams'), ('adams1'), ('adamski'), ('adamson'), ('adamss'), ('adaptec'), ('adapter'), ('adapters'),
('adastra'), ('addams'), ('adder'), ('adders'), ('addict'), ('addicted'), ('addiction'), ('addidas'), ('adding'),
('addison'), ('addition'), ('addpass'), ('address'), ('adebayo'), ('adel'), ('adelaida'), ('adelaide'),
('adelante'), ('adele'), ('adelheid'), ('adelina'), ('adeline'), ('adelphia'), ('adelya'), ('adena'), ('adg123'),
('adgjmpt'), ('adgjmptw'), ('adi7id5'), ('adida'), ('adidas'), ('adidas1'), ('adidas11'), ('adidas12'),
('adidas23'), ('adidas69'), ('adidas99'), ('adil'), ('adilbek'), ('adilet'), ('adios'), ('aditya'), ('adjust'),
('adjuster'), ('adkins'), ('adler'), ('adler1'), ('adm15575'), ('adman'), ('admin'), ('admin1'), ('admin12'),
('admin123'), ('admin18533362'), ('admin2'), ('administrator'), ('admins'), ('admira'), ('admiral'),
('admiral1'), ('admirer'), ('adnama'), ('adnan'), ('adobe'), ('adolf'), ('adolfo'), ('adolph'), ('adolphus'),
('adonai'), ('adonis'), ('adonis1'), ('adore'), ('adpass'), ('adrenali'), ('adrenalin'), ('adrenaline'),
('adrenolin'), ('adria'), ('adrian'), ('adrian1'), ('adriana'), ('adriana1'), ('adriane'), ('adrianna'),
('adrianna1'), ('adrianne'), ('adriano'), ('adrien'), ('adrienne'), ('adrock'), ('adroit'), ('adult'),
('adult1'), ('adults'), ('adumas'), ('adv0927'), ('adv12775'), ('advance'), ('advance1'), ('advanced'),
('advantag'), ('advantage'), ('advent'), ('adventur'), ('adventure'), ('advert'), ('advice'), ('advisor'),
('advocate'), ('advokat'), ('adxel187'), ('aegean'), ('aegis'), ('aeiou'), ('aeiouy'), ('aekara'), ('aekdb'),
('aeneas'), ('aenima'), ('aerdna'), ('aerial'), ('aerith'), ('aero'), ('aerobics'), ('aeroflot'), ('aeroplane'),
('aerosmit'), ('aerosmith'), ('aerospac'), ('aerostar'), ('aessedai'), ('aeynbr'), ('aezakmi'), ('aezakmi1'),
('aezakmi123'), ('afdjhbn'), ('affair'), ('affe'), ('affinity'), ('affirm'), ('afghan'), ('afghanistan'),
('afhfjy'), ('afhvfwtdn'), ('afnbvf'), ('afric'), ('africa'), ('africa1'), ('african'), ('african1'),
('afriend'), ('afrika'), ('afrika2002'), ('afrodita'), ('afrodite'), ('afroman'), ('after'), ('afterglo'),
('aftermat'), ('aftermath'), ('afternoon'), ('ag764ks'), ('agahaja'), ('again'), ('again1'), ('against'),
('agamemno'), ('agamemnon'), ('agape'), ('agapov58'), ('agassi'), ('agata1'), ('agate'), ('agatha'), ('agathe'),
('agatka'), ('agbdlcid'), ('agency'), ('agenda'), ('agent'), ('agent007'), ('agent1'), ('agent86'), ('agent99'),
('agents'), ('agentx'), ('aggarwal'), ('aggie'), ('aggie1'), ('aggies'), ('agile1'), ('agnes'), ('agnes1'),
('agnieszka'), ('agnostic'), ('agony'), ('agosto'), ('agricola'), ('agshar'), ('aguil'), ('aguila'), ('aguilar'),
('aguilas'), ('aguilera'), ('agusta'), ('agusti'), ('agustin'), ('agustus'), ('agyvorc'), ('ahab'), ('ahamay'),
('ahead'), ('ahfywbz'), ('ahjkjd'), ('ahjkjdf'), ('ahmad'), ('ahmed'), ('ahmed1'), ('ahmet'), ('aida'),
('aidan'), ('aidan1'), ('aidana'), ('aiden'), ('aiden1'), ('aigerim'), ('aika'), ('aikido'), ('aikman'),
('aikman08'), ('aikman8'), ('aiko'), ('aileen'), ('aileron'), ('aimee'), ('aimee1'), ('aimhigh'), ('airbag'),
('airborn'), ('airborn1'), ('airborne'), ('airbrush'), ('airbus'), ('aircav'), ('aircraft'), ('aircrew'),
('airedale'), ('airforce'), ('airforce1'), ('airhead'), ('airjorda'), ('airjordan'), ('airline'), ('airlines'),
('airmail'), ('airman'), ('airmax'), ('airplane'), ('airport'), ('airsoft'), ('airtime'), ('airwalk'),
('airways'), ('airwolf'), ('aisan'), ('aisha'), ('aishiteru'), ('aishwarya'), ('aiwa'), ('ajax'), ('ajax01'),
('ajay'), ('ajcuivd289'), ('ajem'), ('ajhneyf'), ('ajnjuhfa'), ('ajnjuhfabz'), ('ajones'), ('ajtdmw'),
('ak1234'), ('ak47'), ('ak470000'), ('ak471996'), ('akademia'), ('akasha'), ('akatsuki'), ('akbar'), ('akella'),
('akerke'), ('akiko'), ('akimov'), ('akimova'), ('akinfeev'), ('akinom'), ('akira'), ('akira1'), ('akira123'),
('akita'), ('akitas'), ('akmaral'), ('akron'), ('aksana'), ('aksarben'), ('akshay'), ('aksjdlasdakj89879'),
('akuma'), ('akvarium'), ('al123456'), ('al1716'), ('al1916'), ('al1916w'), ('al9agd'), ('alabala'), ('alabam'),
('alabama'), ('alabama1'), ('alabama123'), ('alabaste'), ('alacran'), ('aladdin'), ('aladin'), ('aladino'),
('alain'), ('alaina'), ('alaine'), ('alakazam'), ('alameda'), ('alamo'), ('alan'), ('alan1'), ('alan12'),
('alan123'), ('alana'), ('alanfahy'), ('alani'), ('alania'), ('alanis'), ('alanna'), ('alaric'), ('alarm'),
('alaska'), ('alaska1'), ('alaskan'), ('alastair'), ('alastor'), ('alatam'), ('alba'), ('albacore'), ('albania'),
('albany'), ('albator'), ('albatro'), ('albatros'), ('albatross'), ('albcaz'), ('alber'), ('albert'),
('albert1'), ('albert12'), ('alberta'), ('alberta1'), ('albertjr'), ('alberto'), ('alberto1'), ('albina'),
('albino'), ('albion'), ('albright'), ('albundy'), ('albuquerq'), ('alcapone'), ('alcat'), ('alcatel'),
('alcatraz'), ('alchemist'), ('alchemy'), ('alcohol'), ('alcoholi'), ('aldebara'), ('aldebaran'), ('alderaan'),
('aldo'), ('aldric'), ('aldrich'), ('aldrin'), ('ale'), ('alec'), ('alecia'), ('alegna'), ('alegria'),
('aleister'), ('alejandr'), ('alejandra'), ('alejandro'), ('alejandro1'), ('aleks'), ('aleksa'), ('aleksand'),
('aleksander'), ('aleksandr'), ('aleksandra'), ('alekseev'), ('alekseeva'), ('aleksei'), ('aleksey'), ('aleman'),
('alemania'), ('alemap'), ('alena'), ('alena1'), ('alena123'), ('alena1992'), ('alena2010'), ('alenka'),
('alenushka'), ('alert'), ('alerts'), ('alesha'), ('aleshka'), ('alesi'), ('alesia'), ('alesis'), ('alessand'),
('alessandr'), ('alessandra'), ('alessandro'), ('alessia'), ('alessio'), ('alesya'), ('alevtina'), ('alex'),
('alex00'), ('alex007'), ('alex01'), ('alex02'), ('alex06'), ('alex1'), ('alex10'), ('alex11'), ('alex111'),
('alex12'), ('alex123'), ('alex1234'), ('alex12345'), ('alex13'), ('alex15'), ('alex1959'), ('alex1971'),
('alex1973'), ('alex1974'), ('alex1975'), ('alex1976'), ('alex1980'), ('alex1981'), ('alex1982'), ('alex1983'),
('alex1985'), ('alex1987'), ('alex1989'), ('alex1990'), ('alex1991'), ('alex1992'), ('alex1993'), ('alex1995'),
('alex1996'), ('alex1998'), ('alex2'), ('alex2000'), ('alex2009'), ('alex2010'), ('alex21'), ('alex2112'),
('alex22'), ('alex23'), ('alex24'), ('alex26'), ('alex32'), ('alex55'), ('alex555'), ('alex66'), ('alex69'),
('alex73'), ('alex74'), ('alex77'), ('alex777'), ('alex86'), ('alex87'), ('alex88'), ('alex8899'), ('alex95'),
('alex97'), ('alex98'), ('alex99'), ('alexa'), ('alexa1'), ('alexalex'), ('alexan'), ('alexand'), ('alexand1'),
('alexande'), ('alexander'), ('alexander1'), ('alexandr'), ('alexandra'), ('alexandra1'), ('alexandre'),
('alexandria'), ('alexandru'), ('alexei'), ('alexey'), ('alexi'), ('alexia'), ('alexis'), ('alexis01'),
('alexis1'), ('alexsander'), ('alexsandr'), ('alexus'), ('alexx'), ('alexxx'), ('alfa'), ('alfa147'),
('alfa155'), ('alfa156'), ('alfabeta'), ('alfalfa'), ('alfaro'), ('alfarome'), ('alfaromeo'), ('alfetta'),
('alfie'), ('alfie1'), ('alfons'), ('alfonse'), ('alfonso'), ('alford'), ('alfred'), ('alfred1'), ('alfredo'),
('alfredo1'), ('algebra'), ('algebra1'), ('algeria'), ('algerie'), ('algernon'), ('algiers'), ('algore'),
('alhambra'), ('alhimik'), ('ali123'), ('alia'), ('alianz'), ('alianza'), ('alias'), ('alias1'), ('alibaba'),
('alibek'), ('alic'), ('alicante'), ('alicat'), ('alice'), ('alice1'), ('alice123'), ('alices'), ('alici'),
('alicia'), ('alicia1'), ('alicja'), ('alien'), ('alien1'), ('aliens'), ('aliev'), ('alieva'), ('aligator'),
('alihan'), ('alimov'), ('alin'), ('alina'), ('alina1'), ('alina12'), ('alina123'), ('alina1994'), ('alina1995'),
('alina1998'), ('alina2000'), ('alina2002'), ('alina2006'), ('alina2009'), ('alina2010'), ('alina2011'),
('alinaalina'), ('aline'), ('alinka'), ('alino4ka'), ('alinochka'), ('aliona'), ('alisa'), ('alisa1'),
('alisaalisa'), ('alisha'), ('alisha1'), ('alisher'), ('aliska'), ('aliso'), ('alison'), ('alison1'), ('alissa'),
('alistair'), ('alive'), ('aliya'), ('aliyah'), ('alize'), ('alizee'), ('alkaline'), ('alkanaft123'), ('alkash'),
('alkogolik'), ('all4me'), ('all4one'), ('all4u'), ('all4u2'), ('all4u2c'), ('all4u3'), ('all4u8'), ('all4u9'),
('all4you'), ('alla'), ('alla123'), ('alla98'), ('alladin'), ('allah'), ('allah1'), ('allah786'),
('allahuakbar'), ('allalone'), ('allan'), ('allan1'), ('allan123'), ('allana'), ('allanon'), ('allard'),
('allay'), ('allblack'), ('allblacks'), ('allday'), ('alle'), ('allegra'), ('allegro'), ('allen'), ('allen1'),
('allen123'), ('allende'), ('alley'), ('alley1'), ('alleycat'), ('allgood'), ('alli'), ('alliance'), ('allianz'),
('allie'), ('allie1'), ('allied'), ('allies'), ('alligato'), ('alligator'), ('allis'), ('alliso'), ('allison'),
('allison1'), ('allister'), ('allman'), ('allmine'), ('allnight'), ('allo'), ('allochka'), ('allofit'),
('allora'), ('allout'), ('allover'), ('allpass'), ('allpro'), ('allright'), ('allsop'), ('allstar'),
('allstar1'), ('allstars'), ('allstate'), ('allston'), ('allthat'), ('alltheway'), ('alltime'), ('allure'),
('allways'), ('ally'), ('allybong'), ('allycat'), ('allyson'), ('alma'), ('almanac'), ('almas'), ('almat'),
('almaty'), ('almaz'), ('almaz666'), ('almera'), ('almeria'), ('almighty'), ('almira'), ('almond'), ('almonds'),
('almost'), ('aloevera'), ('aloha'), ('aloha1'), ('alohomora'), ('alomar'), ('alon'), ('alona'), ('alondra'),
('alone'), ('alone1'), ('alons'), ('alonso'), ('alonzo'), ('alot'), ('alouette'), ('aloysius'), ('alpacino'),
('alpha'), ('alpha01'), ('alpha06'), ('alpha1'), ('alpha12'), ('alpha123'), ('alpha135792468'), ('alpha2'),
('alpha3'), ('alpha5'), ('alpha6'), ('alpha69'), ('alpha7'), ('alpha9'), ('alphabet'), ('alphabeta'),
('alphabravo'), ('alphadog'), ('alphaman'), ('alphaome'), ('alphaomega'), ('alphaone'), ('alphas'), ('alphasig'),
('alphonse'), ('alpina'), ('alpine'), ('alpine1'), ('already'), ('alright'), ('alskdj'), ('alskdjfh'),
('alskdjfhg'), ('alsscan'), ('alston'), ('altair'), ('altamira'), ('altavista'), ('altec'), ('altec1'),
('alter'), ('altera'), ('alterego'), ('altern'), ('alternat'), ('alternativa'), ('alternative'), ('altezza'),
('althea'), ('althor'), ('altima'), ('altitude'), ('altman'), ('alto'), ('altoid'), ('altoids'), ('alton'),
('altosax'), ('alucard'), ('alucard1'), ('alukard'), ('aluminum'), ('alumni'), ('alva'), ('alvar'), ('alvarado'),
('alvarez'), ('alvarito'), ('alvaro'), ('alvin'), ('alvin1'), ('alway'), ('always'), ('always1'), ('alydar'),
('alyona'), ('alysha'), ('alysia'), ('alyson'), ('alyss'), ('alyssa'), ('alyssa1'), ('am4h39d8nh'), ('am56789'),
('amadeo'), ('amadeus'), ('amadeus1'), ('amadeusptfcor'), ('amador'), ('amalgam'), ('amali'), ('amalia'),
('aman'), ('amand'), ('amanda'), ('amanda01'), ('amanda1'), ('amanda10'), ('amanda11'), ('amanda12'),
('amanda123'), ('amanda18'), ('amanda69'), ('amanda96'), ('amandine'), ('amant'), ('amar'), ('amarant'),
('amaranta'), ('amaranth'), ('amarill'), ('amarillo'), ('amarok'), ('amaterasu'), ('amateur'), ('amateurs'),
('amatory'), ('amatuers'), ('amature'), ('amazed'), ('amazing'), ('amazing1'), ('amazon'), ('amazon1'),
('amazonas'), ('amazonka'), ('ambassador'), ('amber'), ('amber01'), ('amber1'), ('amber12'), ('amber123'),
('amber2'), ('amber69'), ('amberdog'), ('amberlee'), ('amberly'), ('amberr'), ('ambers'), ('ambient'),
('ambition'), ('ambrose'), ('ambrosia'), ('ambulanc'), ('ambulance'), ('ambush'), ('amc20277'), ('amega'),
('amekpass'), ('ameli'), ('amelia'), ('amelie'), ('amen'), ('amenra'), ('americ'), ('america'), ('america1'),
('america2'), ('america7'), ('american'), ('american1'), ('americas'), ('amerik'), ('amerika'), ('ameritec'),
('amersham'), ('ameteur'), ('amethyst'), ('ametist'), ('ametuer'), ('amex'), ('amg921'), ('amherst'), ('amicus'),
('amidala'), ('amiga'), ('amiga1'), ('amiga500'), ('amigas'), ('amigo'), ('amigo1'), ('amigos'), ('amilcar'),
('amin'), ('amina'), ('aminka'), ('aminor'), ('amir'), ('amira'), ('amista'), ('amistad'), ('amit'), ('amitech'),
('amizade'), ('amman'), ('ammo'), ('ammonia'), ('amnesia'), ('amo'), ('amoco'), ('amoeba'), ('amonra'),
('amonte'), ('amor'), ('amorcit'), ('amorcito'), ('amore'), ('amoremi'), ('amoremio'), ('amores'), ('amormi'),
('amoros'), ('amoroso'), ('amos'), ('amour'), ('amoureux'), ('amours'), ('amparo'), ('ampere'), ('amrita'),
('amstbb'), ('amstel'), ('amsterda'), ('amsterdam'), ('amsterdam1'), ('amstrad'), ('amtrak'), ('amulet'),
('amy1'), ('amy123'), ('amylee'), ('amylynn'), ('an83546921an13'), ('anabe'), ('anabel'), ('anabelle'),
('anabolic'), ('anaconda'), ('anadrol'), ('anaell'), ('anaheim'), ('anahit'), ('anai'), ('anais'), ('anakin'),
('anakin1'), ('anakin99'), ('anakonda'), ('anal'), ('anal69'), ('analfuck'), ('anallove'), ('analog'),
('analsex'), ('analslut'), ('analysis'), ('analyst'), ('anamari'), ('anamaria'), ('anamika'), ('ananas'),
('anand'), ('ananda'), ('anar'), ('anarchy'), ('anarchy1'), ('anasazi'), ('anasha'), ('anastaci'), ('anastacia'),
('anastas'), ('anastasi'), ('anastasia'), ('anastasija'), ('anastasiy'), ('anastasiya'), ('anastasya'),
('anathema'), ('anatol'), ('anatole'), ('anatoli'), ('anatoliy'), ('anatomy'), ('ancella2'), ('anchor'),
('anchorag'), ('anchorat'), ('ancient'), ('ancona'), ('and123'), ('ander'), ('anderlecht'), ('anders'),
('anders1'), ('andersen'), ('anderso'), ('anderson'), ('andi'), ('andi03'), ('andiamo'), ('andie'), ('andone'),
('andorra'), ('andover'), ('andr'), ('andrade'), ('andranik'), ('andre'), ('andre1'), ('andre123'), ('andrea'),
('andrea00'), ('andrea1'), ('andrea10'), ('andrea11'), ('andrea12'), ('andrea2'), ('andrea69'), ('andrea99'),
('andreas'), ('andreas1'), ('andree'), ('andreea'), ('andreev'), ('andreeva'), ('andrei'), ('andrei1'),
('andrei123'), ('andreia'), ('andreika'), ('andrej'), ('andres'), ('andres1'), ('andress'), ('andretti'),
('andrew'), ('andrew00'), ('andrew01'), ('andrew1'), ('andrew10'), ('andrew11'), ('andrew12'), ('andrew123'),
('andrew13'), ('andrew17'), ('andrew2'), ('andrew21'), ('andrew22'), ('andrew23'), ('andrew33'), ('andrew6'),
('andrew69'), ('andrew7'), ('andrew8'), ('andrew88'), ('andrew9'), ('andrew99'), ('andrewb'), ('andrewj'),
('andrewjackie'), ('andrews'), ('andrews1'), ('andrey'), ('andrey1'), ('andrey12'), ('andrey123'),
('andrey1992'), ('andreyka'), ('andria'), ('andriy'), ('android'), ('andromed'), ('andromeda'), ('andron'),
('andros'), ('andrzej'), ('anduril'), ('andy'), ('andy01'), ('andy1'), ('andy11'), ('andy12'), ('andy123'),
('andy2000'), ('andy22'), ('andy69'), ('andy76'), ('andyandy'), ('andyboy'), ('andyman'), ('andyod22'),
('andzia'), ('ane4ka'), ('anechka'), ('anelka'), ('anemone'), ('anetka'), ('anette'), ('anfield'), ('anfield1'),
('anfisa'), ('anfiska'), ('ang238'), ('ange'), ('angel'), ('angel007'), ('angel01'), ('angel1'), ('angel10'),
('angel100'), ('angel11'), ('angel12'), ('angel123'), ('angel13'), ('angel17'), ('angel18'), ('angel2'),
('angel20'), ('angel200'), ('angel2010'), ('angel21'), ('angel22'), ('angel3'), ('angel5'), ('angel6'),
('angel66'), ('angel666'), ('angel69'), ('angel7'), ('angel77'), ('angel777'), ('angel8'), ('angel9'),
('angel99'), ('angela'), ('angela1'), ('angela12'), ('angelangel'), ('angelbab'), ('angeldog'), ('angele'),
('angeles'), ('angeleye'), ('angeleyes'), ('angelfac'), ('angelface'), ('angelfir'), ('angeli'), ('angelia'),
('angelic'), ('angelica'), ('angelie'), ('angelika'), ('angelin'), ('angelina'), ('angeline'), ('angeliqu'),
('angelique'), ('angelit'), ('angelita'), ('angelito'), ('angell'), ('angella'), ('angelo'), ('angelo1'),
('angelo4ek'), ('angelochek'), ('angelofwar'), ('angelok'), ('angels'), ('angels1'), ('angelus'), ('angelz'),
('anger'), ('angi'), ('angie'), ('angie1'), ('angies'), ('angle'), ('angler'), ('angles'), ('anglia'),
('angola'), ('angora'), ('angrick'), ('anguilla'), ('angus'), ('angus1'), ('angus123'), ('anguss'), ('anhnhoem'),
('anhyeuem'), ('ania'), ('anil'), ('anima'), ('animal'), ('animal1'), ('animal2'), ('animal2000'), ('animales'),
('animals'), ('animals1'), ('animalsex'), ('animas'), ('animate'), ('animated'), ('animation'), ('animator'),
('anime'), ('anime1'), ('anime123'), ('animes'), ('aninha'), ('aniolek'), ('aniram'), ('anisha'), ('anisimov'),
('anissa'), ('aniston'), ('anit'), ('anita'), ('anita1'), ('anitas'), ('anitha'), ('anja'), ('anjali'),
('anjana'), ('anjela'), ('anjing'), ('anka'), ('ankara'), ('ankita'), ('ankles'), ('anklet'), ('anna'),
('anna1'), ('anna11'), ('anna12'), ('anna123'), ('anna12345'), ('anna13'), ('anna1979'), ('anna1982'),
('anna1984'), ('anna1985'), ('anna1986'), ('anna1987'), ('anna1988'), ('anna1989'), ('anna1990'), ('anna1992'),
('anna1994'), ('anna1997'), ('anna1998'), ('anna2000'), ('anna2002'), ('anna2010'), ('anna21'), ('anna2614'),
('anna77'), ('anna88'), ('annaanna'), ('annabel'), ('annabell'), ('annabella'), ('annabelle'), ('annada2'),
('annalisa'), ('annamari'), ('annamaria'), ('annapoli'), ('annarbor'), ('anne'), ('anneke'), ('anneli'),
('annelies'), ('annelise'), ('annemari'), ('annemarie'), ('annett'), ('annetta'), ('annette'), ('annette1'),
('anni'), ('annick'), ('annie'), ('annie1'), ('annie123'), ('annie2'), ('annieb'), ('anniedog'), ('anniee'),
('annies'), ('annika'), ('annina'), ('annmarie'), ('annoy'), ('annual'), ('annushka'), ('anny'), ('anointed'),
('anomie'), ('anon'), ('anonim'), ('anonymer'), ('anonymou'), ('anonymous'), ('another'), ('another1'),
('ansel'), ('anselm'), ('anselmo'), ('answer'), ('answers'), ('ant123'), ('antalya'), ('antananarivu'),
('antani'), ('antanta'), ('antares'), ('anteater'), ('antelope'), ('antenna'), ('antero'), ('anthea'),
('anthem'), ('anthon'), ('anthon1'), ('anthony'), ('anthony0'), ('anthony1'), ('anthony12'), ('anthony2'),
('anthony3'), ('anthony4'), ('anthony5'), ('anthony7'), ('anthony8'), ('anthony9'), ('anthrax'), ('anthro'),
('anti'), ('antichrist'), ('antietam'), ('antiflag'), ('antigone'), ('antigua'), ('antihero'), ('antilles'),
('antioch'), ('antique'), ('antiques'), ('antivirus'), ('antler'), ('antlers'), ('antman'), ('anto'), ('antoha'),
('antoin'), ('antoine'), ('anton'), ('anton1'), ('anton123'), ('anton1992'), ('antona'), ('antone'),
('antonell'), ('antonella'), ('antoni'), ('antonia'), ('antonia1'), ('antonin'), ('antonina'), ('antonino'),
('antonio'), ('antonio1'), ('antonio2'), ('antonio3'), ('antonioj'), ('antonius'), ('antonov'), ('antonova'),
('antony'), ('antosha'), ('antoshka'), ('antoxa'), ('antrim'), ('ants'), ('antwerp'), ('antwerp1'), ('anubis'),
('anubis1'), ('anupam'), ('anuradha'), ('anus'), ('anusha'), ('anushka'), ('anutka'), ('anvil'), ('anvils'),
('anxiety'), ('anya'), ('anyone'), ('anything'), ('anytime'), ('anytimetoday'), ('anytka'), ('anyuta'),
('anyway'), ('anywhere'), ('aoi856'), ('aol123'), ('aol999'), ('aolcom'), ('aolsucks'), ('aolsux'), ('aotearoa'),
('apa195'), ('apacer'), ('apache'), ('apache1'), ('apache64'), ('apart'), ('apartment'), ('apathy'), ('apelsin'),
('apeman'), ('aperture'), ('apeshit'), ('apex'), ('aphrodit'), ('aphrodite'), ('apocalyp'), ('apocalypse'),
('apogee'), ('apokalipsis'), ('apollo'), ('apollo1'), ('apollo11'), ('apollo12'), ('apollo13'), ('apollo17'),
('apollo8'), ('apollon'), ('apology'), ('apolon'), ('apos'), ('apostle'), ('apostol'), ('appeal'), ('appel'),
('appels'), ('appelsin'), ('apple'), ('apple1'), ('apple11'), ('apple12'), ('apple123'), ('apple13'), ('apple2'),
('apple22'), ('apple3'), ('apple5'), ('apple9'), ('applebee'), ('appleby'), ('applegat'), ('applejui'),
('applejuice'), ('applemac'), ('applepie'), ('apples'), ('apples1'), ('apples12'), ('apples123'), ('apples2'),
('applesauce'), ('appleseed'), ('appleton'), ('appletre'), ('applied'), ('appollo'), ('apppatch'), ('appraise'),
('approved'), ('apricot'), ('april'), ('april1'), ('april10'), ('april11'), ('april12'), ('april13'),
('april14'), ('april15'), ('april16'), ('april17'), ('april18'), ('april2'), ('april21'), ('april22'),
('april24'), ('april26'), ('april27'), ('april29'), ('april30'), ('april4'), ('april6'), ('april7'), ('april9'),
('aprilia'), ('aprils'), ('apteka'), ('aptiva'), ('aq12ws'), ('aq1sw2'), ('aq1sw2de3'), ('aqswde'), ('aqswdefr'),
('aqua'), ('aquafina'), ('aqualung'), ('aquaman'), ('aquamann'), ('aquariu'), ('aquarium'), ('aquarius'),
('aquatic'), ('aquemini'), ('aquila'), ('aquinas'), ('aqwzsx'), ('aqwzsxedc'), ('ar3yuk3'), ('ara123'), ('arab'),
('arabella'), ('arabia'), ('arabian'), ('arabic'), ('aracel'), ('araceli'), ('arachne'), ('arachnid'),
('aragon'), ('aragorn'), ('aragorn1'), ('arakis'), ('aral'), ('aram'), ('aramat'), ('aramis'), ('ararat'),
('arashi'), ('araujo'), ('arbeit'), ('arbiter'), ('arbuckle'), ('arcade'), ('arcadia'), ('arcadia1'), ('arcana'),
('arcane'), ('arcangel'), ('arcanum'), ('arch'), ('archana'), ('archange'), ('archangel'), ('archer'),
('archer1'), ('archery'), ('arches'), ('archi'), ('archibal'), ('archibald'), ('archie'), ('archie1'),
('archimed'), ('architec'), ('architect'), ('archive'), ('archives'), ('archmage'), ('archon'), ('arclight'),
('arctic'), ('arcturus'), ('arden'), ('ardennes'), ('ardent'), ('ardmore'), ('ardvark'), ('area'), ('area51'),
('aregdone'), ('arena'), ('arenas'), ('arenda'), ('arenrone'), ('arequipa'), ('ares'), ('aretha'), ('areyou'),
('areyuke'), ('areyukesc'), ('argent'), ('argentin'), ('argentina'), ('argento'), ('argentum'), ('argo'),
('argon'), ('argonaut'), ('argos'), ('arguments'), ('argus'), ('argyle'), ('arhangel'), ('aria'), ('ariadna'),
('ariadne'), ('arian'), ('ariana'), ('ariane'), ('arianna'), ('arianna1'), ('arie'), ('ariel'), ('ariel1'),
('arielle'), ('aries'), ('aries1'), ('arigato'), ('arina'), ('arioch'), ('aris'), ('arisha'), ('arisia'),
('arista'), ('aristo'), ('ariston'), ('aristote'), ('aristotl'), ('aristotle'), ('arizon'), ('arizona'),
('arizona1'), ('arjay'), ('arjuna'), ('arkady'), ('arkangel'), ('arkansas'), ('arkasha'), ('arkham'), ('arlen'),
('arlene'), ('arlingto'), ('arlington'), ('armada'), ('armadill'), ('armadillo'), ('armagedd'), ('armageddon'),
('armagedo'), ('armagedon'), ('arman'), ('armand'), ('armando'), ('armani'), ('armani1'), ('armastus'),
('armchair'), ('armen'), ('armenia'), ('armenian'), ('armine'), ('arminia'), ('armitage'), ('armond'), ('armor'),
('armored'), ('armour'), ('armpit'), ('armstron'), ('armstrong'), ('army'), ('armyman'), ('armyof1'),
('armyofon'), ('arnaud'), ('arne'), ('arnette'), ('arnhem'), ('arnie'), ('arnie1'), ('arno'), ('arnol'),
('arnold'), ('arnold1'), ('arnster55'), ('aron'), ('around'), ('arowana'), ('arrakis'), ('arrest'), ('arriba'),
('arriva'), ('arrive'), ('arrogant'), ('arron'), ('arrow'), ('arrow1'), ('arrowhea'), ('arrowhead'), ('arrows'),
('arroyo'), ('arsch'), ('arschloc'), ('arschloch'), ('arse'), ('arsehole'), ('arsen'), ('arsena'), ('arsenal'),
('arsenal0'), ('arsenal1'), ('arsenal123'), ('arsenal14'), ('arsenal2'), ('arsenal7'), ('arsenal9'),
('arsenalf'), ('arsenalfc'), ('arsene'), ('arsenic'), ('arsenii'), ('arseniy'), ('arshavin'), ('arslan'),
('arson'), ('art123'), ('art131313'), ('artanis'), ('artboy'), ('artcast2'), ('arte'), ('artefact'), ('artem'),
('artem1'), ('artem123'), ('artem1991'), ('artem1992'), ('artem1994'), ('artem1995'), ('artem1998'),
('artem2000'), ('artem2010'), ('artem777'), ('artema'), ('artemartem'), ('artemi'), ('artemis'), ('artemis1'),
('artemka'), ('artemon'), ('artful'), ('arther'), ('arthu'), ('arthur'), ('arthur1'), ('arthur69'), ('artichok'),
('artie'), ('artiller'), ('artillery'), ('artimus'), ('artisan'), ('artist'), ('artist1'), ('artistic'),
('artman'), ('artofwar'), ('artur'), ('artur1'), ('artur123'), ('artur4ik'), ('arturik'), ('arturo'),
('artwork'), ('artyom'), ('aruba'), ('arun'), ('arundel'), ('arvind'), ('arwpls4u'), ('arxangel'), ('aryan'),
('arzen'), ('as123'), ('as1234'), ('as12345'), ('as123456'), ('as12az23'), ('as2579'), ('as5ffz17i'), ('asa123'),
('asad'), ('asakura'), ('asante'), ('asap'), ('asasa'), ('asasin'), ('asbestos'), ('asbury'), ('ascend'),
('ascent'), ('ascona'), ('asd12'), ('asd123'), ('asd1234'), ('asd12345'), ('asd123456'), ('asd123asd'),
('asd123asd123'), ('asd123qwe'), ('asd222'), ('asd321'), ('asd456'), ('asda'), ('asdas'), ('asdasd'),
('asdasd1'), ('asdasd12'), ('asdasd123'), ('asdasd22'), ('asdasda'), ('asdasdas'), ('asdcxz'), ('asddsa'),
('asdewq'), ('asdf'), ('asdf0987'), ('asdf1'), ('asdf11'), ('asdf12'), ('asdf123'), ('asdf1234'), ('asdf12345'),
('asdf4321'), ('asdf456'), ('asdf67nm'), ('asdfas'), ('asdfasd'), ('asdfasdf'), ('asdfasdf1'), ('asdffdsa'),
('asdfg'), ('asdfg1'), ('asdfg12'), ('asdfg123'), ('asdfg1234'), ('asdfg12345'), ('asdfgh'), ('asdfgh01'),
('asdfgh1'), ('asdfgh12'), ('asdfgh123'), ('asdfgh123456'), ('asdfghj'), ('asdfghj1'), ('asdfghjk'),
('asdfghjkl'), ('asdfghjkl1'), ('asdfghjkl123'), ('asdfjk'), ('asdfjkl'), ('asdfjkl1'), ('asdfjkl;'),
('asdflkj'), ('asdflkjh'), ('asdfqwer'), ('asdfrewq'), ('asdfvcxz'), ('asdfzxc'), ('asdfzxcv'), ('asdjkl'),
('asdlkj'), ('asdqwe'), ('asdqwe12'), ('asdqwe123'), ('asdzx'), ('asdzxc'), ('asdzxc123'), ('asecret'), ('asel'),
('asem'), ('asenna'), ('asfnhg66'), ('asgard'), ('asguard'), ('ash123'), ('asha'), ('ashaman'), ('ashanti'),
('ashat'), ('ashburn'), ('ashcroft'), ('ashe'), ('asher'), ('ashes'), ('ashes1'), ('ashford'), ('ashish'),
('ashland'), ('ashle'), ('ashlea'), ('ashlee'), ('ashleigh'), ('ashley'), ('ashley01'), ('ashley1'),
('ashley10'), ('ashley11'), ('ashley12'), ('ashley123'), ('ashley19'), ('ashley2'), ('ashley22'), ('ashley24'),
('ashley69'), ('ashlie'), ('ashlyn'), ('ashlynn'), ('ashman'), ('ashok'), ('ashole'), ('ashraf'), ('ashram'),
('ashton'), ('ashton1'), ('ashtray'), ('ashwin'), ('asia'), ('asian'), ('asian1'), ('asianlov'), ('asians'),
('aside'), ('asil'), ('asilas'), ('asimov'), ('askar'), ('askari'), ('aslan'), ('asleep'), ('asmara'),
('asmodean'), ('asmodeus'), ('asmodey'), ('asnaeb'), ('asparagus'), ('aspect'), ('aspen'), ('aspen1'),
('asphalt'), ('aspirant'), ('aspire'), ('aspirin'), ('aspirina'), ('aspirine'), ('asq321'), ('asroma'), ('ass'),
('ass1'), ('ass123'), ('ass904'), ('assa'), ('assa123'), ('assa1234'), ('assasin'), ('assasins'), ('assass'),
('assass1'), ('assassin'), ('assassins'), ('assault'), ('assclown'), ('asscock'), ('asscrack'), ('asseater'),
('assembler'), ('assembly'), ('assert'), ('asses'), ('assess'), ('assets'), ('assface'), ('assfuck'),
('assfuck1'), ('assfucke'), ('assfucker'), ('asshat'), ('asshead'), ('asshol'), ('asshole'), ('asshole1'),
('asshole123'), ('asshole2'), ('asshole3'), ('assholes'), ('assist'), ('asslick'), ('asslicke'), ('asslicker'),
('asslover'), ('assman'), ('assman1'), ('assmaste'), ('assmaster'), ('assmonke'), ('assmunch'), ('associat'),
('assorted'), ('asss'), ('asssex'), ('assss'), ('asssss'), ('asswipe'), ('assword'), ('assword1'), ('asta'),
('astaire'), ('astalavista'), ('astana'), ('astaroth'), ('aster'), ('asteria'), ('asterios'), ('asterix'),
('asterix1'), ('asteroid'), ('asthma'), ('aston'), ('astonmar'), ('astonmartin'), ('astonv'), ('astonvil'),
('astonvilla'), ('astoria'), ('astra'), ('astra1'), ('astra12'), ('astra123'), ('astra334566'), ('astral'),
('astras'), ('astri'), ('astrid'), ('astro'), ('astro1'), ('astroboy'), ('astrodog'), ('astrolog'), ('astroman'),
('astron'), ('astronaut'), ('astronom'), ('astronomy'), ('astros'), ('astros1'), ('astrovan'), ('asturias'),
('asuka'), ('asuncion'), ('asylum'), ('at4gftlw'), ('at_asp'), ('atalanta'), ('ataman'), ('atari'), ('ataris'),
('atdhfkm'), ('atease'), ('atep1'), ('atheist'), ('athena'), ('athena1'), ('athene'), ('athens'), ('atherton'),
('athlete'), ('athletic'), ('athlon'), ('athlon64'), ('athome'), ('atilla'), ('atkbrc'), ('atkins'),
('atkinson'), ('atlant'), ('atlanta'), ('atlanta1'), ('atlanti'), ('atlantic'), ('atlantida'), ('atlantis'),
('atlas'), ('atlas1'), ('atlast'), ('atletico'), ('atljhjdf'), ('atom'), ('atombomb'), ('atomic'), ('atonal'),
('atrain'), ('atreides'), ('atreyu'), ('atrium'), ('attack'), ('attack1'), ('attempt'), ('attica'), ('atticus'),
('attila'), ('attilio'), ('attitude'), ('attorney'), ('attract'), ('atwater'), ('atwood'), ('atwork'),
('atybrc'), ('aubie'), ('aubrey'), ('auburn'), ('auburn1'), ('auckland'), ('auckland2010'), ('auction'),
('audi'), ('audi100'), ('audi80'), ('audia'), ('audia3'), ('audia4'), ('audia6'), ('audia8'), ('audio'),
('audio1'), ('audir8'), ('audirs4'), ('audis4'), ('audit'), ('auditor'), ('auditt'), ('audra'), ('audre'),
('audrey'), ('audubon'), ('auger'), ('auggie'), ('augie'), ('augsburg'), ('augus'), ('august'), ('august1'),
('august10'), ('august11'), ('august12'), ('august15'), ('august16'), ('august17'), ('august19'), ('august2'),
('august20'), ('august21'), ('august22'), ('august24'), ('august25'), ('august28'), ('august29'), ('august30'),
('august31'), ('august9'), ('augusta'), ('auguste'), ('augustin'), ('augusto'), ('augustus'), ('auntie'),
('auntjudy'), ('aura'), ('auralo'), ('aureli'), ('aurelia'), ('aurelie'), ('aurelien'), ('aurelio'),
('aurelius'), ('aurinko'), ('auror'), ('aurora'), ('aurora1'), ('aurore'), ('aussie'), ('aussie1'), ('aust1n'),
('austen'), ('austi'), ('austin'), ('austin01'), ('austin1'), ('austin11'), ('austin12'), ('austin123'),
('austin2'), ('austin31'), ('austin316'), ('austin97'), ('austintx'), ('australi'), ('australia'),
('australia1'), ('austria'), ('autechre'), ('authcode'), ('author'), ('autism'), ('auto'), ('autobahn'),
('autobody'), ('autobot'), ('autobus'), ('autocad'), ('autocar'), ('autogod'), ('automag'), ('automati'),
('automatic'), ('autopas1'), ('autopass'), ('autumn'), ('autumn1'), ('auxerre'), ('av473dv'), ('av626ss'),
('available'), ('avalanch'), ('avalanche'), ('avalo'), ('avalon'), ('avalon1'), ('avalon11'), ('avangard'),
('avanti'), ('avantis'), ('avarice'), ('avata'), ('avatar'), ('avatar1'), ('avdeev'), ('avemaria'), ('avenge'),
('avenged'), ('avenger'), ('avenger1'), ('avengers'), ('avensis'), ('aventura'), ('avenue'), ('average'),
('avery'), ('avery1'), ('avgust'), ('aviation'), ('aviator'), ('avilla'), ('avinash'), ('avionics'), ('avocado'),
('avocat'), ('avocet'), ('avogadro'), ('avon'), ('avondale'), ('avr7000'), ('avril'), ('avrillavigne'),
('avrora'), ('avtomat'), ('avtoritet'), ('aw96b6'), ('awacs'), ('awake'), ('awaken'), ('award'), ('awards'),
('awatar'), ('away'), ('awdrgyjilp'), ('awesom'), ('awesome'), ('awesome1'), ('awesome123'), ('awesome2'),
('awful'), ('awnyce'), ('awo8rx3wa8t'), ('awsedr'), ('awsome'), ('axel'), ('axelle'), ('axeman'), ('axio'),
('axiom'), ('axle'), ('axlrose'), ('axolotl'), ('ayacdc'), ('ayanami'), ('ayanna'), ('ayesha'), ('ayi000'),
('aynrand'), ('ayrton'), ('az12345'), ('az123456'), ('azalea'), ('azalia'), ('azaliya'), ('azamat'), ('azat'),
('azathoth'), ('azaz09'), ('azazel'), ('azbuka'), ('azer'), ('azerbaijan'), ('azerbaycan'), ('azerok'),
('azert'), ('azerty'), ('azerty1'), ('azerty12'), ('azerty123'), ('azertyu'), ('azertyui'), ('azertyuiop'),
('azfpc310'), ('azimut'), ('azimuth'), ('aziz'), ('aziza'), ('azizbek'), ('azlk2141'), ('aznpride'), ('azonic'),
('azores'), ('azrael'), ('azreal'), ('azsxdc'), ('azsxdc123'), ('azsxdcf'), ('azsxdcfv'), ('azsxdcfvgb'),
('aztec'), ('aztec1'), ('azteca'), ('aztecs'), ('aztlan'), ('aztnm'), ('azucar'), ('azul'), ('azure'),
('azuywe'), ('azwebitalia'), ('azzer'), ('azzurra'), ('azzurro'), ('b00bies'), ('b00ger'), ('b00mer'),
('b0hica'), ('b0ll0cks'), ('b0n3'), ('b0nehead'), ('b12345'), ('b123456'), ('b1234567'), ('b1afra'), ('b1t3m3'),
('b26354'), ('b7mguk'), ('b929ezzh'), ('ba25547'), ('baba123'), ('babaji'), ('babalola'), ('babaloo'),
('babalu'), ('babare'), ('babble'), ('babcia'), ('babcock'), ('babe'), ('babe1'), ('babe12'), ('babe1987'),
('babe23'), ('babe69'), ('babel'), ('babemagn'), ('babemagnet'), ('baberuth'), ('babes'), ('babes1'),
('babette'), ('babie'), ('babies'), ('babilon'), ('babnik'), ('babo'), ('babochka'), ('baboon'), ('babs'),
('babu'), ('babuin'), ('babushka'), ('baby'), ('baby01'), ('baby1'), ('baby12'), ('baby123'), ('baby1234'),
('baby2000'), ('baby22'), ('baby31'), ('baby69'), ('babybaby'), ('babybear'), ('babybird'), ('babyblu'),
('babyblue'), ('babybo'), ('babyboo'), ('babyboy'), ('babyboy1'), ('babycake'), ('babycakes'), ('babycat'),
('babydoll'), ('babyfac'), ('babyface'), ('babygir'), ('babygirl'), ('babygirl1'), ('babygirl2'), ('babygurl'),
('babyhuey'), ('babyko'), ('babylon'), ('babylon1'), ('babylon5'), ('babylon6'), ('babylove'), ('babyphat'),
('babyruth'), ('babys'), ('bacall'), ('bacardi'), ('bacardi1'), ('bacchus'), ('bacchus1'), ('bach'),
('bachelor'), ('bachman'), ('back'), ('backbone'), ('backd00r'), ('backdoor'), ('backdraf'), ('backer'),
('backhand'), ('backhoe'), ('backhome'), ('backlash'), ('backoff'), ('backpack'), ('backs'), ('backside'),
('backspac'), ('backspace'), ('backup'), ('backward'), ('backwood'), ('backyard'), ('bacon'), ('bacon1'),
('bacons'), ('bacteria'), ('bad1'), ('bad11bad'), ('bad123'), ('badabing'), ('badaboom'), ('badass'),
('badass1'), ('badbo'), ('badbob'), ('badboy'), ('badboy1'), ('badboy123'), ('badboy69'), ('badboys'),
('badboys2'), ('badboyz'), ('badcat'), ('badd'), ('badder'), ('baddest'), ('baddog'), ('baddog1'), ('badfish'),
('badge'), ('badger'), ('badger1'), ('badgers'), ('badgers1'), ('badgirl'), ('badgirls'), ('badguy'),
('badhabit'), ('badiman28200'), ('badkarma'), ('badkitty'), ('badlands'), ('badluck'), ('badman'), ('badminto'),
('badminton'), ('badmofo'), ('badmojo'), ('badnaamhere'), ('badnews'), ('badone'), ('badseed'), ('badstuff'),
('baer'), ('baerchen'), ('baffle'), ('bagdad'), ('bagel'), ('bagel1'), ('bagels'), ('baggage'), ('bagger'),
('baggie'), ('baggies'), ('baggins'), ('baggins1'), ('baggio'), ('baggio10'), ('baggy'), ('baghdad'),
('bagheera'), ('bagira'), ('bagman'), ('bagpipe'), ('bagpipes'), ('bagpuss'), ('bags'), ('baguvix'), ('bagwell'),
('baha'), ('bahama'), ('bahamas'), ('bahamut'), ('bahia'), ('bahrain'), ('bahram'), ('baikal'), ('bailbond'),
('baile'), ('bailee'), ('bailey'), ('bailey01'), ('bailey1'), ('bailey10'), ('bailey11'), ('bailey12'),
('bailey2'), ('bailey99'), ('baileys'), ('bailie'), ('baily'), ('baird'), ('bait'), ('baja'), ('bajingan'),
('bajskorv'), ('baka'), ('bakayaro'), ('baker'), ('baker1'), ('bakerman'), ('bakers'), ('bakery'), ('bakesale'),
('bakker'), ('baklan'), ('baksik'), ('bakugan'), ('balabama'), ('balalaika'), ('balance'), ('balance1'),
('balata'), ('balaton'), ('balbes'), ('balboa'), ('bald'), ('baldeagl'), ('baldeagle'), ('balder'), ('baldhead'),
('baldie'), ('baldman'), ('baldrick'), ('baldur'), ('baldwin'), ('baldwin1'), ('baldy'), ('balefire'),
('balerina'), ('bali'), ('balin'), ('balinor'), ('balkan'), ('ball'), ('ball1'), ('ball123'), ('balla'),
('balla007'), ('ballad'), ('ballard'), ('ballast'), ('ballbag'), ('balle'), ('ballen'), ('baller'), ('baller1'),
('baller23'), ('ballers'), ('ballet'), ('ballgag'), ('ballgame'), ('ballin'), ('ballin23'), ('balling'),
('ballon'), ('balloon'), ('balloon1'), ('balloons'), ('ballpark'), ('ballroom'), ('balls'), ('balls1'),
('balls123'), ('balls2'), ('ballsack'), ('ballsdeep'), ('ballsout'), ('ballss'), ('ballsy'), ('ballz'),
('ballzz'), ('balmoral'), ('baloney'), ('baloo'), ('baloo1'), ('balou'), ('balrog'), ('balsam'), ('baltazar'),
('baltic'), ('baltika'), ('baltimor'), ('baltimore'), ('balzac'), ('bama'), ('bama1'), ('bama12'), ('bamba'),
('bambam'), ('bambam1'), ('bambi'), ('bambi1'), ('bambina'), ('bambino'), ('bamboo'), ('bambou'), ('bambush'),
('bammer'), ('banaan'), ('banaan123'), ('banan'), ('banana'), ('banana1'), ('banana12'), ('banana69'),
('bananaman'), ('bananana'), ('bananas'), ('bananas1'), ('banane'), ('bananen'), ('bananna'), ('bananza'),
('bancroft'), ('band'), ('band1t'), ('bandaid'), ('bandana'), ('bandar'), ('bandera'), ('banderas'),
('banderos'), ('bandi'), ('bandicoot'), ('bandido'), ('bandit'), ('bandit01'), ('bandit1'), ('bandit11'),
('bandit12'), ('bandito'), ('bandits'), ('bandman'), ('bandung'), ('bandy'), ('bane'), ('bang'), ('bangalor'),
('bangalore'), ('bangbang'), ('bangbros'), ('bangbus'), ('bangcock'), ('banger'), ('bangers'), ('banging'),
('bangkok'), ('bangkok1'), ('bangladesh'), ('bangme'), ('bangor'), ('banjo'), ('banjo1'), ('banjoman'),
('banjos'), ('bank'), ('bankai'), ('banker'), ('banking'), ('bankone'), ('bankrupt'), ('banks'), ('bankshot'),
('banky'), ('bannana'), ('banned'), ('banner'), ('banshee'), ('banshee1'), ('bantam'), ('banter'), ('bantha'),
('bantik'), ('bantu'), ('banyan'), ('banzai'), ('banzay'), ('baobab'), ('baobab6'), ('bapass'), ('bapezm'),
('baphomet'), ('baptist'), ('baptiste'), ('baraban'), ('barabash'), ('barabbas'), ('baracuda'), ('barada'),
('baraka'), ('barakuda'), ('baranov'), ('baranova'), ('barata'), ('barb'), ('barbados'), ('barbara'),
('barbara1'), ('barbaria'), ('barbarian'), ('barbaris'), ('barbaro'), ('barbaros'), ('barbarossa'), ('barbecue'),
('barbel'), ('barbell'), ('barber'), ('barbi'), ('barbie'), ('barbie1'), ('barbos'), ('barbosa'), ('barbra'),
('barbwire'), ('barca'), ('barca1'), ('barcelon'), ('barcelona'), ('barchett'), ('barclay'), ('barclays'),
('barcode'), ('bard'), ('bardak'), ('bardot'), ('bare'), ('bareback'), ('barefeet'), ('barefoot'), ('barely'),
('barf'), ('barfly'), ('bargain'), ('barge'), ('baritone'), ('bark'), ('barker'), ('barking'), ('barkley'),
('barkley1'), ('barks'), ('barley'), ('barlow'), ('barmalei'), ('barmaley'), ('barman'), ('barmen'), ('barn'),
('barnabas'), ('barnaby'), ('barnacle'), ('barnard'), ('barnaul'), ('barne'), ('barnes'), ('barnet'),
('barnett'), ('barney'), ('barney01'), ('barney1'), ('barney11'), ('barney12'), ('barnhart'), ('barnie'),
('barnsley'), ('barnum'), ('barnyard'), ('barolo'), ('baron'), ('baron1'), ('barone'), ('baroness'), ('baronn'),
('barons'), ('baroque'), ('barr'), ('barrabas'), ('barracud'), ('barracuda'), ('barrage'), ('barrakuda'),
('barrel'), ('barrera'), ('barret'), ('barrett'), ('barrett1'), ('barrie'), ('barrier'), ('barriste'),
('barron'), ('barros'), ('barrow'), ('barry'), ('barry1'), ('barrynov'), ('barrys'), ('bars'), ('barsch'),
('barselona'), ('barsic'), ('barsik'), ('barsoom'), ('barstow'), ('barsuk'), ('bart'), ('bart01'), ('bart316'),
('bartek'), ('bartek1'), ('bartend'), ('bartende'), ('bartender'), ('barter'), ('barth'), ('bartjek'),
('bartlett'), ('bartman'), ('bartman1'), ('bartok'), ('bartolo'), ('barton'), ('barty'), ('basalt'), ('base'),
('baseba11'), ('basebal'), ('basebal1'), ('baseball'), ('baseball1'), ('baseball10'), ('baseball11'),
('baseball12'), ('baseball2'), ('baseball21'), ('baseball3'), ('baseball7'), ('baseball9'), ('basel'),
('baseline'), ('basement'), ('basenji'), ('bash'), ('bashar'), ('basher'), ('bashful'), ('bashir'), ('basia'),
('basia1'), ('basic'), ('basics'), ('basil'), ('basil1'), ('basile'), ('basilisk'), ('baske'), ('basket'),
('basket1'), ('basketba'), ('basketbal'), ('basketball'), ('basketball1'), ('baskets'), ('baskin'), ('basque'),
('bass'), ('bass11'), ('bass1234'), ('bassale'), ('bassbass'), ('bassboat'), ('basse'), ('basser'), ('basses'),
('basset'), ('bassett'), ('bassey'), ('bassfish'), ('basshead'), ('bassi'), ('bassie'), ('bassin'), ('bassingw'),
('bassist'), ('bassline'), ('bassman'), ('bassman1'), ('bassmast'), ('bassmaster'), ('basso'), ('bassoon'),
('bassplay'), ('basspro'), ('bassss'), ('basta'), ('bastard'), ('bastard1'), ('bastardo'), ('bastards'),
('baster'), ('bastet'), ('bastian'), ('bastich'), ('bastille'), ('bastion'), ('bastogne'), ('baston'),
('bastos'), ('bastrop'), ('basura'), ('batata'), ('batavia'), ('batboy'), ('batcat'), ('batcave'), ('batch'),
('bateau'), ('bateman'), ('bates'), ('batfink'), ('batgirl'), ('bath'), ('bathgate'), ('bathing'), ('bathory'),
('bathroom'), ('bathtub'), ('batigol'), ('batista'), ('batistuta'), ('batma'), ('batman'), ('batman00'),
('batman01'), ('batman1'), ('batman11'), ('batman12'), ('batman123'), ('batman13'), ('batman2'), ('batman21'),
('batman22'), ('batman23'), ('batman3'), ('batman69'), ('batman7'), ('batman9'), ('batman99'), ('batmonh'),
('baton'), ('bator'), ('bats'), ('batten'), ('batter'), ('batterie'), ('batteries'), ('batterse'), ('battery'),
('battery1'), ('battle'), ('battle1'), ('battlefield'), ('battlestar'), ('batty'), ('bauer'), ('bauhaus'),
('baum'), ('baura'), ('bautista'), ('bavaria'), ('bavarian'), ('baxter'), ('baxter1'), ('bayadera'), ('bayamon'),
('bayard'), ('bayarea'), ('bayer'), ('bayern'), ('bayern1'), ('baylee'), ('bayley'), ('bayliner'), ('baylor'),
('bayonne'), ('bayou'), ('bayshore'), ('bayside'), ('baytown'), ('bayview'), ('baywatch'), ('bazaar'),
('bazongaz'), ('bazooka'), ('bazuka'), ('bazzzz'), ('bb1234'), ('bb123456'), ('bb334'), ('bball'), ('bball1'),
('bball15'), ('bball23'), ('bballs'), ('bbb111'), ('bbb747'), ('bbbb1'), ('bbbbb1'), ('bbbbbb1'), ('bbbbbb99'),
('bbbbbbb1'), ('bbking'), ('bbnyxyx'), ('bbonds'), ('bboy'), ('bbwlover'), ('bcfields'), ('bcgfybz'),
('bckhere'), ('bcnbyf'), ('bcnjhbz'), ('bcrich'), ('bdaddy'), ('bdfyeirf'), ('bdfyjd'), ('bdfyjdf'),
('bdfyjdyf'), ('bdfysx'), ('bdog'), ('bdr529'), ('bdsm'), ('beach'), ('beach1'), ('beach2'), ('beach69'),
('beachboy'), ('beachbum'), ('beaches'), ('beaches1'), ('beachs'), ('beachy'), ('beacon'), ('beagle'),
('beagle1'), ('beagles'), ('beaker'), ('beaks'), ('beam'), ('beamer'), ('beamish'), ('bean'), ('beanbag'),
('beandip'), ('beaner'), ('beaner1'), ('beanhead'), ('beanie'), ('beanies'), ('beano002'), ('beans'),
('beantown'), ('bear'), ('bear01'), ('bear1'), ('bear101'), ('bear11'), ('bear12'), ('bear123'), ('bear13'),
('bear2327'), ('bear69'), ('bear98'), ('bear99'), ('bearbear'), ('bearboon'), ('bearcat'), ('bearcat1'),
('bearcats'), ('bearclaw'), ('bearcub'), ('beard'), ('bearden'), ('beardog'), ('beardog1'), ('beardown'),
('bearing'), ('bearman'), ('bears'), ('bears1'), ('bears2'), ('bears34'), ('bears85'), ('bearshar'),
('bearshare'), ('bearss'), ('beasley'), ('beast'), ('beast1'), ('beast11'), ('beast123'), ('beast666'),
('beastie'), ('beastie1'), ('beasties'), ('beastman'), ('beasts'), ('beasty'), ('beat'), ('beatbox'), ('beater'),
('beating'), ('beatit'), ('beatle'), ('beatles'), ('beatles1'), ('beatles4'), ('beatles6'), ('beatme'),
('beatnik'), ('beatoff'), ('beatri'), ('beatrice'), ('beatrix'), ('beatriz'), ('beatty'), ('beau'), ('beaudog'),
('beaufort'), ('beaulieu'), ('beaumont'), ('beaut'), ('beauties'), ('beautifu'), ('beautiful'), ('beautiful1'),
('beauty'), ('beauty1'), ('beaver'), ('beaver1'), ('beaver12'), ('beaver69'), ('beavers'), ('beaversx'),
('beavis'), ('beavis1'), ('beavis69'), ('beb'), ('bebert'), ('bebeto'), ('bebit'), ('bebita'), ('bebito'),
('bebop'), ('bebop1'), ('because'), ('becca'), ('becca1'), ('bechtel'), ('beck'), ('beck69'), ('becker'),
('becker1'), ('becket'), ('beckett'), ('beckham'), ('beckham1'), ('beckham23'), ('beckham7'), ('beckie'),
('beckman'), ('becks'), ('becky'), ('becky1'), ('beckys'), ('becool'), ('bedas1'), ('bedbug'), ('bedford'),
('bedlam'), ('bedpan'), ('bedrock'), ('bedroom'), ('bedtime'), ('beeble'), ('beebop'), ('beech'), ('beef'),
('beefcake'), ('beefer'), ('beefy'), ('beegee'), ('beegees'), ('beehive'), ('beejay'), ('beeker'), ('beelch'),
('beeldbuis'), ('beeline'), ('beeman'), ('beemer'), ('beep'), ('beepbeep'), ('beeper'), ('beer'), ('beer1'),
('beer12'), ('beer1234'), ('beer30'), ('beer4me'), ('beer69'), ('beerbeer'), ('beerbong'), ('beercan'),
('beergood'), ('beerguy'), ('beerman'), ('beerme'), ('beernuts'), ('beers'), ('beerss'), ('beertje'),
('beeswax'), ('beet'), ('beethove'), ('beethoven'), ('beetle'), ('beetle1'), ('beezer'), ('before'), ('befree'),
('begemot'), ('begemotik'), ('begin'), ('beginner'), ('begonia'), ('begood'), ('behappy'), ('behave'),
('behemoth'), ('behind'), ('behold'), ('beholder'), ('beijing'), ('beirut'), ('beisbol'), ('bela'), ('belair'),
('belarus'), ('belfast'), ('belfour'), ('belgarat'), ('belgario'), ('belgium'), ('belgorod'), ('belial'),
('believe'), ('believer'), ('belind'), ('belinda'), ('belinda1'), ('belinea'), ('belize'), ('belkin'), ('bell'),
('bell1'), ('bella'), ('bella1'), ('bella123'), ('bellaboo'), ('bellaco'), ('belladog'), ('belladon'),
('belladonna'), ('bellagio'), ('bellaire'), ('bellamy'), ('bellas'), ('belldandy'), ('belle'), ('belle1'),
('bellend'), ('beller'), ('belles'), ('bellevue'), ('bellini'), ('bello'), ('bellows'), ('bells'), ('bellsout'),
('bellum'), ('belluno'), ('belly'), ('belly1'), ('bellybut'), ('belmar'), ('belmondo'), ('belmont'), ('belo4ka'),
('belochka'), ('beloit'), ('belomor'), ('belong'), ('belous'), ('belova'), ('beloved'), ('beloved1'), ('below'),
('belt'), ('beltran'), ('beluga'), ('belushi'), ('belzagor'), ('bemine'), ('ben123'), ('ben1234'), ('bench'),
('bend'), ('bender'), ('bendis'), ('bendix'), ('bendog'), ('bendover'), ('benedict'), ('benedikt'), ('benefit'),
('benefits'), ('benelli'), ('benessere'), ('benetton'), ('benfic'), ('benfica'), ('beng'), ('bengal'),
('bengals'), ('bengals1'), ('benhogan'), ('benhur'), ('benidorm'), ('benita'), ('benito'), ('benj'), ('benjami'),
('benjamin'), ('benjamin1'), ('benji'), ('benji1'), ('benjie'), ('benladen'), ('benn'), ('benner'), ('bennet'),
('bennett'), ('bennett1'), ('bennevis'), ('benni'), ('bennie'), ('benning'), ('benno'), ('benno007'), ('benny'),
('benny1'), ('benny2'), ('bennyboy'), ('benoit'), ('bensam'), ('benson'), ('benson1'), ('bent'), ('bentley'),
('bentley1'), ('bently'), ('benton'), ('benwin'), ('benz'), ('benz12'), ('benzene'), ('beograd'), ('beotch'),
('beowulf'), ('beppe'), ('ber02'), ('berbatov'), ('berenice'), ('beret'), ('beretta'), ('bereza'),
('berezuckiy'), ('berg'), ('bergen'), ('bergen09'), ('berger'), ('berger1'), ('bergerac'), ('bergeron'),
('bergie'), ('bergkamp'), ('bergman'), ('berik'), ('berkeley'), ('berkley'), ('berkshir'), ('berkut'),
('berl1952'), ('berli'), ('berlin'), ('berlin1'), ('berlin1945'), ('berliner'), ('berlingo'), ('berlioz'),
('berlit'), ('berman'), ('bermuda'), ('bermuda1'), ('bern'), ('berna'), ('bernadet'), ('bernadette'), ('bernal'),
('bernar'), ('bernard'), ('bernard1'), ('bernardi'), ('bernardo'), ('bernd'), ('berner'), ('bernhard'),
('berni'), ('bernice'), ('bernie'), ('bernie1'), ('bernie51'), ('berrie'), ('berries'), ('berry'), ('berry1'),
('berserk'), ('berserke'), ('berserker'), ('bert'), ('berta'), ('berth'), ('bertha'), ('bertha1'), ('berti'),
('bertie'), ('bertie1'), ('bertil'), ('bertone'), ('bertram'), ('bertrand'), ('bertuzzi'), ('berty'),
('berty75'), ('berwick'), ('beryl'), ('besiktas'), ('bespin'), ('bess'), ('bessie'), ('best'), ('bestboy'),
('bestbuy'), ('bester'), ('bestfriend'), ('bestia'), ('beszoptad'), ('beta'), ('beta1'), ('beth'), ('beth69'),
('bethan'), ('bethann'), ('bethany'), ('bethany1'), ('bethel'), ('bethesda'), ('bethie'), ('betito'), ('betmen'),
('beto'), ('betrayal'), ('betrayed'), ('betsey'), ('betsie'), ('betsy'), ('betsy1'), ('bette'), ('better'),
('better1'), ('bettie'), ('bettina'), ('bettina1'), ('bettis'), ('bettis36'), ('betty'), ('betty1'),
('betty123'), ('bettyboo'), ('bettyboop'), ('bettylou'), ('bettyp'), ('between'), ('beulah'), ('beverage'),
('beverl'), ('beverley'), ('beverly'), ('beverly1'), ('bevis'), ('beware'), ('beyblade'), ('beyonce'),
('beyond'), ('bfltua'), ('bftest'), ('bg6njokf'), ('bh90210'), ('bharat'), ('bhatti'), ('bhavani'), ('bhbcrf'),
('bhbir'), ('bhbirf'), ('bhbyf'), ('bhbyjxrf'), ('bhbyrf'), ('bhecbr'), ('bhjxrf'), ('bhrh0h2oof6xbqjeh'),
('bhutan'), ('biafra'), ('bian'), ('bianc'), ('bianca'), ('bianchi'), ('bianco'), ('bianka'), ('biao'),
('biarritz'), ('biatch'), ('bibble'), ('bibigon'), ('bible'), ('bible1'), ('bibles'), ('biblioteka'), ('bicep'),
('biceps'), ('bicho'), ('bichon'), ('bicycle'), ('biddy'), ('bidule'), ('bieber'), ('biedronka'), ('biene'),
('bier'), ('biff'), ('biffer'), ('big'), ('big1'), ('big123'), ('bigair'), ('bigal'), ('bigal1'), ('bigal37'),
('bigals'), ('bigass'), ('bigasses'), ('bigb'), ('bigbaby'), ('bigbad'), ('bigball'), ('bigballa'),
('bigballer'), ('bigballs'), ('bigbang'), ('bigbass'), ('bigbear'), ('bigbear1'), ('bigben'), ('bigberth'),
('bigbill'), ('bigbird'), ('bigbird1'), ('bigblack'), ('bigblock'), ('bigblue'), ('bigblue1'), ('bigbo'),
('bigboat'), ('bigbob'), ('bigboi'), ('bigbone'), ('bigboner'), ('bigboob'), ('bigboobs'), ('bigbooty'),
('bigbos'), ('bigboss'), ('bigboy'), ('bigboy1'), ('bigboy11'), ('bigboy12'), ('bigboy40'), ('bigboys'),
('bigbri'), ('bigbro'), ('bigbroth'), ('bigbrother'), ('bigbubba'), ('bigbuck'), ('bigbucks'), ('bigbud'),
('bigbug'), ('bigbull'), ('bigbutt'), ('bigbutts'), ('bigc'), ('bigcat'), ('bigchief'), ('bigcock'),
('bigcock1'), ('bigcocks'), ('bigd'), ('bigdad'), ('bigdadd'), ('bigdaddy'), ('bigdaddy1'), ('bigdan'),
('bigdave'), ('bigdawg'), ('bigdawg1'), ('bigdeal'), ('bigdee'), ('bigdic'), ('bigdick'), ('bigdick1'),
('bigdicks'), ('bigdik'), ('bigdo'), ('bigdog'), ('bigdog1'), ('bigdog2'), ('bigdog69'), ('bigdogg'),
('bigdogs'), ('bigdon'), ('bigdong'), ('bige'), ('bigears'), ('bigeasy'), ('biged'), ('bigelow'), ('bigfan'),
('bigfeet'), ('bigfella'), ('bigfish'), ('bigfish1'), ('bigfoo'), ('bigfoot'), ('bigfoot1'), ('bigfun'),
('bigg'), ('biggame'), ('biggdogg'), ('biggen'), ('bigger'), ('biggest'), ('biggi'), ('biggie'), ('biggin'),
('biggins'), ('biggio'), ('biggirl'), ('biggirls'), ('biggles'), ('biggreen'), ('biggs'), ('biggums'),
('biggun'), ('bigguns'), ('biggus'), ('bigguy'), ('bigguy1'), ('biggy'), ('biggy1'), ('bighead'), ('bighorn'),
('bighouse'), ('bighurt'), ('bigjack'), ('bigjake'), ('bigjay'), ('bigjim'), ('bigjoe'), ('bigjohn'),
('bigjohn1'), ('bigjon'), ('bigjuggs'), ('bigkahun'), ('bigkev'), ('biglips'), ('bigload'), ('bigloser'),
('biglou'), ('biglove'), ('bigmac'), ('bigmac1'), ('bigmac12'), ('bigmack'), ('bigmama'), ('bigman'),
('bigman1'), ('bigman2'), ('bigmax'), ('bigmaxxx'), ('bigmike'), ('bigmoney'), ('bigmoose'), ('bigmouth'),
('bignasty'), ('bignose'), ('bignuts'), ('bigo'), ('bigone'), ('bigones'), ('bigpapa'), ('bigpappa'),
('bigpenis'), ('bigpig'), ('bigpimp'), ('bigpimpi'), ('bigpimpin'), ('bigpimpn'), ('bigpoppa'), ('bigpun'),
('bigpussy'), ('bigred'), ('bigred1'), ('bigrick'), ('bigrig'), ('bigrob'), ('bigrod'), ('bigsam'), ('bigsexxy'),
('bigsexy'), ('bigsexy1'), ('bigshot'), ('bigshow'), ('bigsky'), ('bigsmall'), ('bigsmurf'), ('bigstick'),
('bigstud'), ('bigstuff'), ('bigsur'), ('bigt'), ('bigted'), ('bigtee'), ('bigten'), ('bigtex'), ('bigtim'),
('bigtime'), ('bigtime1'), ('bigtimer'), ('bigtit'), ('bigtits'), ('bigtits1'), ('bigtitts'), ('bigtitty'),
('bigtoe'), ('bigtom'), ('bigtop'), ('bigtruck'), ('bigtuna'), ('bigtymer'), ('bigun'), ('biguns'), ('bigwave'),
('bigwaves'), ('bigwig'), ('bigwill'), ('bigwilli'), ('bigwilly'), ('bigworm'), ('biit'), ('bijoux'), ('bike'),
('bikeboy'), ('biker'), ('biker1'), ('bikerboy'), ('bikers'), ('bikes'), ('biking'), ('bikini'), ('bikman'),
('bilbao'), ('bilbo'), ('bilbo1'), ('bilbob'), ('bilbobag'), ('bilbos'), ('bilder'), ('bill'), ('bill063'),
('bill1'), ('bill123'), ('bill1234'), ('bill2'), ('bill22'), ('bill2455'), ('bill99'), ('billa'), ('billabon'),
('billabong'), ('billard'), ('billbill'), ('billbo'), ('billbob'), ('billee'), ('biller'), ('billet'),
('billgate'), ('billgates'), ('billi'), ('billiam'), ('billiard'), ('billie'), ('billie1'), ('billing'),
('billings'), ('billion'), ('billions'), ('billll'), ('billly'), ('billows'), ('bills'), ('bills1'), ('billy'),
('billy1'), ('billy123'), ('billy2'), ('billy5'), ('billy69'), ('billy8'), ('billyb'), ('billybo'), ('billybob'),
('billyboy'), ('billyc'), ('billyd'), ('billyg'), ('billygoa'), ('billyjo'), ('billyjoe'), ('billyk'),
('billyray'), ('billys'), ('biloute'), ('bimbo'), ('bimbo1'), ('bimbo38'), ('bimbos'), ('bimini'), ('bimmer'),
('bimota'), ('binary'), ('binder'), ('bine'), ('binford'), ('bing'), ('bingbong'), ('binger'), ('bingham'),
('bingo'), ('bingo1'), ('bingo123'), ('bingoo'), ('bingos'), ('bink'), ('binker'), ('binkie'), ('binkley'),
('binky'), ('binky1'), ('binladen'), ('bintang'), ('biochem'), ('biohazar'), ('biohazard'), ('biolog'),
('biologia'), ('biology'), ('bioman'), ('biomed'), ('bionic'), ('bionicle'), ('bioshock'), ('biotch'),
('biotech'), ('biplane'), ('bipolar'), ('birch'), ('bird'), ('bird33'), ('bird333'), ('birdbath'), ('birdcage'),
('birddog'), ('birder'), ('birdhouse'), ('birdie'), ('birdie1'), ('birdies'), ('birdland'), ('birdman'),
('birdman1'), ('birds'), ('birdsong'), ('birdy'), ('birgit'), ('birillo'), ('birmingh'), ('birmingham'),
('birthday'), ('birthday1'), ('birthday10'), ('birthday100'), ('birthday133'), ('birthday2'), ('birthday21'),
('birthday26'), ('birthday27'), ('birthday28'), ('birthday299'), ('birthday3'), ('birthday36'), ('birthday4'),
('birthday5'), ('birthday54'), ('birthday6'), ('biscayne'), ('biscuit'), ('biscuit1'), ('biscuits'),
('bisexual'), ('bishkek'), ('bisho'), ('bishop'), ('bishop1'), ('biskit'), ('bismarck'), ('bismark'),
('bismilah'), ('bismilla'), ('bismillah'), ('bison'), ('bisous'), ('bisquit'), ('bissjop'), ('bistro'),
('bitch'), ('bitch1'), ('bitch123'), ('bitch2'), ('bitch69'), ('bitchass'), ('bitchboy'), ('bitche'),
('bitchedu'), ('bitchedup'), ('bitches'), ('bitches1'), ('bitchin'), ('bitchs'), ('bitchy'), ('bite'), ('bitem'),
('biteme'), ('biteme1'), ('biteme12'), ('biteme2'), ('biteme69'), ('bitten'), ('bitter'), ('bitter1'),
('bittle'), ('bittner'), ('biturbo'), ('bitwise'), ('bizarre'), ('bizarro'), ('bizkit'), ('biznes'), ('bizzare'),
('bj200ex1'), ('bjarne'), ('bjc210'), ('bjhgfi'), ('bjones'), ('bjork'), ('bjorn'), ('bk.irf'), ('bkmifn'),
('bkmlfh'), ('bkmyeh'), ('bkqtza'), ('blaat'), ('blabl'), ('blabla'), ('blablabl'), ('blac'), ('black'),
('black1'), ('black10'), ('black12'), ('black123'), ('black13'), ('black2'), ('black22'), ('black23'),
('black3'), ('black47'), ('black5'), ('black6'), ('black666'), ('black69'), ('black9'), ('black99'),
('blackadd'), ('blackadder'), ('blackand'), ('blackass'), ('blackb'), ('blackbea'), ('blackbel'), ('blackbelt'),
('blackber'), ('blackberry'), ('blackbir'), ('blackbird'), ('blackboo'), ('blackbox'), ('blackboy'),
('blackbur'), ('blackburn'), ('blackcat'), ('blackcoc'), ('blackcock'), ('blackdic'), ('blackdick'),
('blackdog'), ('blackdra'), ('blackdragon'), ('blacke'), ('blacker'), ('blackeye'), ('blackfin'), ('blackfly'),
('blackgir'), ('blackhat'), ('blackhaw'), ('blackhawk'), ('blackhawks'), ('blackhea'), ('blackheart'),
('blackhol'), ('blackhole'), ('blackhorse'), ('blackice'), ('blackie'), ('blackie1'), ('blackjac'),
('blackjack'), ('blacklab'), ('blacklabel'), ('blackmag'), ('blackman'), ('blackmen'), ('blackmetal'),
('blackmor'), ('blackone'), ('blackops'), ('blackout'), ('blackpoo'), ('blackpool'), ('blackpus'), ('blackros'),
('blackrose'), ('blacks'), ('blacksab'), ('blacksex'), ('blackshe'), ('blacksheep'), ('blacksonblon'),
('blacksta'), ('blackstar'), ('blacksun'), ('blacktie'), ('blacktop'), ('blackwell'), ('blackwhite'),
('blackwid'), ('blackwol'), ('blackwoo'), ('blacky'), ('bladder'), ('blade'), ('blade1'), ('blade123'),
('blade2'), ('blade55'), ('blademan'), ('blader'), ('bladerun'), ('bladerunner'), ('blades'), ('bladez'),
('blah'), ('blah12'), ('blah123'), ('blah1234'), ('blahbla'), ('blahblah'), ('blaine'), ('blair'), ('blair1'),
('blaise'), ('blake'), ('blake1'), ('blakeca'), ('blaker'), ('blakes'), ('blakey'), ('blam'), ('blanc'),
('blanca'), ('blanch'), ('blanche'), ('blanco'), ('blank'), ('blank1'), ('blanka'), ('blanked'), ('blanket'),
('blankman'), ('blanks'), ('blarg'), ('blargh'), ('blarney'), ('blasen'), ('blass'), ('blast'), ('blasted'),
('blaster'), ('blaster1'), ('blaster2'), ('blasters'), ('blastoff'), ('blather'), ('blaze'), ('blaze1'),
('blaze420'), ('blazed'), ('blazer'), ('blazer1'), ('blazers'), ('blazin'), ('blazing'), ('blcktrn'), ('bldass'),
('bleach'), ('bleacher'), ('bledsoe'), ('bleed'), ('bleeding'), ('bleh'), ('blender'), ('blenheim'), ('bless'),
('blesse'), ('blessed'), ('blessed1'), ('blessing'), ('blessings'), ('blessme'), ('blessyou'), ('bleu'),
('blight'), ('blimey'), ('blind'), ('blind1'), ('blindax'), ('blindman'), ('blinds'), ('bling'), ('blingbli'),
('blingbling'), ('blink'), ('blink1'), ('blink18'), ('blink182'), ('blinker'), ('blinky'), ('bliss'), ('bliss1'),
('bliss7'), ('blister'), ('blitz'), ('blitz1'), ('blitzen'), ('blitzkri'), ('blitzkrieg'), ('blizzard'),
('blizzard1'), ('blob'), ('blobby'), ('block'), ('blockbus'), ('blocked'), ('blocker'), ('blocks'), ('bloembol'),
('blofeld'), ('blog'), ('blogger'), ('bloke'), ('blome'), ('blond'), ('blonde'), ('blonde1'), ('blondes'),
('blondi'), ('blondie'), ('blondie1'), ('blondie2'), ('blondin'), ('blondinka'), ('blonds'), ('blondy'),
('blood'), ('blood1'), ('blood123'), ('blood666'), ('bloodhou'), ('bloodlus'), ('bloodlust'), ('bloodred'),
('bloods'), ('bloody'), ('bloody1'), ('bloom'), ('bloomberg'), ('bloomer'), ('bloomers'), ('bloomin'),
('blooming'), ('bloop'), ('bloopers'), ('blossom'), ('blossoms'), ('blotter'), ('blotto'), ('blouse'), ('blow'),
('blower'), ('blowfish'), ('blowhard'), ('blowj'), ('blowjo'), ('blowjob'), ('blowjob1'), ('blowjob6'),
('blowjob69'), ('blowjobs'), ('blowme'), ('blowme1'), ('blowme2'), ('blowme69'), ('blown'), ('blowpop'),
('blows'), ('blowup'), ('bltynbabrfwbz'), ('blub'), ('blubber'), ('blucher'), ('blue'), ('blue00'), ('blue01'),
('blue02'), ('blue1'), ('blue10'), ('blue11'), ('blue12'), ('blue123'), ('blue1234'), ('blue13'), ('blue135'),
('blue14'), ('blue15'), ('blue16'), ('blue18'), ('blue2'), ('blue20'), ('blue2000'), ('blue21'), ('blue22'),
('blue222'), ('blue23'), ('blue24'), ('blue25'), ('blue28'), ('blue30'), ('blue32'), ('blue33'), ('blue333'),
('blue34'), ('blue42'), ('blue44'), ('blue45'), ('blue52'), ('blue55'), ('blue56'), ('blue66'), ('blue69'),
('blue72'), ('blue77'), ('blue88'), ('blue92'), ('blue99'), ('bluearmy'), ('blueball'), ('blueballs'),
('bluebear'), ('bluebell'), ('blueberr'), ('blueberry'), ('bluebir'), ('bluebird'), ('blueblue'), ('bluebox'),
('blueboy'), ('blueboys'), ('bluecar'), ('bluecat'), ('bluedevi'), ('bluedevil'), ('bluedevils'), ('bluedog'),
('bluedog1'), ('bluedragon'), ('blueduck'), ('blueee'), ('blueeyes'), ('bluefin'), ('bluefire'), ('bluefish'),
('bluefox'), ('bluegill'), ('bluegras'), ('bluegrass'), ('bluegreen'), ('blueice'), ('bluejay'), ('bluejay1'),
('bluejays'), ('bluejean'), ('bluelight'), ('blueline'), ('blueman'), ('bluemax'), ('bluemoon'), ('bluenose'),
('bluenote'), ('blueone'), ('blueprint'), ('bluered'), ('blueroom'), ('bluerose'), ('blues'), ('blues1'),
('blues2'), ('bluesea'), ('blueskie'), ('blueskies'), ('bluesky'), ('bluesky1'), ('bluesman'), ('bluess'),
('bluestar'), ('bluetick'), ('bluetooth'), ('bluewate'), ('bluewave'), ('blueyes'), ('blume'), ('blumen'),
('blumpkin'), ('blunder'), ('blunt'), ('blunt1'), ('blunt420'), ('blunted'), ('bluntman'), ('blunts'), ('blur'),
('blurry'), ('blythe'), ('bma2002'), ('bman'), ('bmfc2353'), ('bmvm3e46gtr'), ('bmw123'), ('bmw2002'),
('bmw316'), ('bmw318'), ('bmw318i'), ('bmw318is'), ('bmw320'), ('bmw320i'), ('bmw323'), ('bmw325'), ('bmw325i'),
('bmw325is'), ('bmw328'), ('bmw328i'), ('bmw330'), ('bmw330ci'), ('bmw520'), ('bmw525'), ('bmw528'), ('bmw530'),
('bmw535'), ('bmw540'), ('bmw540i'), ('bmw750'), ('bmw750il'), ('bmwk75s'), ('bmwm3'), ('bmwpower'),
('bmx4life'), ('bnfkbz'), ('bnm123'), ('bo243ns'), ('board'), ('boarder'), ('boarding'), ('boards'), ('boat'),
('boater'), ('boating'), ('boating1'), ('boatman'), ('boats'), ('boats1'), ('boaz'), ('bob'), ('bob007'),
('bob1'), ('bob101'), ('bob111'), ('bob123'), ('bob1234'), ('bob12345'), ('bob2'), ('bob2000'), ('bob666'),
('bob69'), ('boba'), ('bobafett'), ('bobb'), ('bobbbb'), ('bobber'), ('bobbi'), ('bobbi1'), ('bobbie'),
('bobbie1'), ('bobbijo'), ('bobbin'), ('bobbins'), ('bobble'), ('bobbles'), ('bobbo'), ('bobbob'), ('bobbob1'),
('bobbobbo'), ('bobby'), ('bobby1'), ('bobby12'), ('bobby123'), ('bobby18'), ('bobby2'), ('bobby4'), ('bobby5'),
('bobbyb'), ('bobbybob'), ('bobbyboy'), ('bobbyd'), ('bobbyg'), ('bobbyj'), ('bobbyjoe'), ('bobbym'),
('bobbyorr'), ('bobbys'), ('bobbyt'), ('bobbyv'), ('bobbyy'), ('bobcat'), ('bobcat1'), ('bobcat12'), ('bobcats'),
('bobdog'), ('bobdole'), ('bobdylan'), ('bobert'), ('bobi'), ('bobjones'), ('bobman'), ('bobmarle'),
('bobmarley'), ('bobo1'), ('bobo12'), ('bobo123'), ('bobo1234'), ('bobob'), ('bobolink'), ('bobrik'), ('bobrov'),
('bobsmith'), ('bobster'), ('boby'), ('boca'), ('bocephus'), ('bochum'), ('bocman'), ('bodean'), ('bodega'),
('bodensee'), ('bodger'), ('bodhi'), ('bodie'), ('bodies'), ('bodine'), ('bodiroga'), ('bodo'), ('body'),
('bodybuil'), ('bodyhamm'), ('bodyshop'), ('boeder'), ('boeing'), ('boeing1'), ('boeing74'), ('boeing747'),
('boeing77'), ('boffin'), ('bogart'), ('bogdan'), ('bogdan123'), ('bogdana'), ('bogdanova'), ('bogey'),
('bogey1'), ('bogeys'), ('boggie'), ('boggle'), ('boggy'), ('bogie'), ('bogies'), ('bogomol'), ('bogos'),
('bogota'), ('bogus'), ('bogus1'), ('bohemia'), ('bohemian'), ('bohica'), ('boiler'), ('boilerma'), ('boilers'),
('boing'), ('boing747'), ('boingo'), ('boink'), ('boise'), ('bojack'), ('bojangle'), ('bokser'), ('bolat'),
('bold'), ('bolero'), ('bolita'), ('bolitas'), ('boliva'), ('bolivar'), ('bolivi'), ('bolivia'), ('bollen'),
('bollix'), ('bollock'), ('bollock1'), ('bollocks'), ('bollox'), ('bolo'), ('bologna'), ('bologna1'), ('boloto'),
('bolt'), ('bolton'), ('boludo'), ('bomb'), ('bomba'), ('bombadil'), ('bombarde'), ('bombay'), ('bomber'),
('bomber1'), ('bomberman'), ('bombero'), ('bombers'), ('bombo'), ('bombs'), ('bombshel'), ('bommel'),
('bonaire'), ('bonanza'), ('bonanza1'), ('bonapart'), ('bond'), ('bond00'), ('bond0007'), ('bond007'),
('bond9007'), ('bondage'), ('bondage1'), ('bondar'), ('bondarenko'), ('bonded'), ('bondone'), ('bondra12'),
('bonds'), ('bonds25'), ('bone'), ('bone1'), ('bonefish'), ('bonehead'), ('boneman'), ('boner'), ('boner1'),
('boner2'), ('boner69'), ('boners'), ('bones'), ('bones1'), ('bones69'), ('boness'), ('bonethug'), ('bonethugs'),
('boney'), ('boneyard'), ('bonfire'), ('bong'), ('bonghit'), ('bonghits'), ('bongo'), ('bongo1'), ('bongos'),
('bongtoke'), ('bongwater'), ('bonham'), ('bonit'), ('bonita'), ('bonita1'), ('bonito'), ('bonjou'), ('bonjour'),
('bonjour1'), ('bonjov'), ('bonjovi'), ('bonk'), ('bonker'), ('bonkers'), ('bonkers1'), ('bonn'), ('bonner'),
('bonni'), ('bonnie'), ('bonnie1'), ('bonnies'), ('bonny'), ('bono'), ('bonobo'), ('bonoedge'), ('bonou2'),
('bonovox'), ('bonsai'), ('bonscott'), ('bonus'), ('bonzai'), ('bonzo'), ('bonzo1'), ('boob'), ('boobear'),
('boobear1'), ('boobed'), ('boober'), ('boobie'), ('boobies'), ('boobies1'), ('boobies2'), ('boobis'),
('boobless'), ('boobman'), ('boobo'), ('booboo'), ('booboo1'), ('booboo11'), ('booboo12'), ('booboo2'),
('booboo69'), ('boobs'), ('boobs1'), ('boobs69'), ('boobss'), ('booby'), ('booby1'), ('boobys'), ('boochie'),
('boodie'), ('boodle'), ('boodles'), ('boodog'), ('boofer'), ('boog'), ('booga'), ('boogaloo'), ('booge'),
('booger'), ('booger1'), ('boogers'), ('boogers1'), ('boogey'), ('boogie'), ('boogie1'), ('boogiema'),
('boogle'), ('boognish'), ('boogs'), ('boogyman'), ('boohoo'), ('boojum'), ('book'), ('bookcase'), ('bookem'),
('booker'), ('bookert'), ('bookie'), ('booking'), ('bookman'), ('bookmark'), ('books'), ('bookworm'),
('boolean'), ('boom'), ('booman'), ('boomba'), ('boomboom'), ('boombox'), ('boome'), ('boomer'), ('boomer1'),
('boomer12'), ('boomer22'), ('boomerang'), ('boomers'), ('boomtown'), ('boon'), ('boondock'), ('boone'),
('boonedog'), ('booner'), ('boonie'), ('booo'), ('booobs'), ('booom'), ('booooo'), ('boop'), ('boop4'),
('booper'), ('boopie'), ('boost'), ('boosted'), ('booster'), ('booster1'), ('boot'), ('bootay'), ('bootcamp'),
('booter'), ('bootie'), ('booties'), ('bootleg'), ('bootmort'), ('bootneck'), ('boots'), ('boots1'),
('boots123'), ('bootsie'), ('bootsman'), ('bootsy'), ('booty'), ('booty1'), ('booty69'), ('bootycal'),
('bootycall'), ('bootyman'), ('bootys'), ('booya'), ('booyaa'), ('booyah'), ('booyaka'), ('booyeah'), ('booze'),
('boozer'), ('bopper'), ('borabora'), ('boracay'), ('bordeaux'), ('bordello'), ('borden'), ('border'),
('borders'), ('bore'), ('borealis'), ('bored'), ('boredboi4u'), ('boredom'), ('borg'), ('borges'), ('boricua'),
('boring'), ('boriqua'), ('boris'), ('boris1'), ('boris123'), ('boris2'), ('borisenko'), ('boriska'),
('borisov'), ('borisova'), ('borland'), ('borman'), ('born'), ('born2run'), ('borneo'), ('bornfree'),
('borntorun'), ('boro'), ('boroda'), ('borodin'), ('borodina'), ('boromir'), ('borracho'), ('borris'),
('borussia'), ('bosch'), ('bosco'), ('bosco1'), ('bosco123'), ('bosco2'), ('boscoe'), ('boscoe01'), ('boscos'),
('bose'), ('bosley'), ('bosnia'), ('bosox'), ('boss'), ('boss1'), ('boss302'), ('boss429'), ('bossdog'),
('bosses'), ('bosshog'), ('bosshogg'), ('bosslady'), ('bossman'), ('bossss'), ('bosstone'), ('bosto'),
('boston'), ('boston1'), ('boston11'), ('boston12'), ('boston99'), ('boswell'), ('bosworth'), ('bot2010'),
('bot_schokk'), ('botafogo'), ('botanik'), ('bother'), ('botswana'), ('bottle'), ('bottles'), ('bottom'),
('bottoms'), ('bouboule'), ('bouboune'), ('bouchard'), ('bouche'), ('boucher'), ('boudin'), ('boulder'),
('boulevar'), ('bounce'), ('bouncer'), ('bouncy'), ('bound'), ('boundary'), ('bounder'), ('bounty'), ('bourbon'),
('bourne'), ('bourque'), ('boutique'), ('boutit'), ('bouvier'), ('bovine'), ('bowden'), ('bowen'), ('bowers'),
('bowhunt'), ('bowhunte'), ('bowhunter'), ('bowie'), ('bowie1'), ('bowl'), ('bowl300'), ('bowl36'), ('bowler'),
('bowler1'), ('bowles'), ('bowlin'), ('bowling'), ('bowling1'), ('bowling3'), ('bowman'), ('bowser'), ('bowtie'),
('bowwow'), ('bowzer'), ('boxcar'), ('boxer'), ('boxer1'), ('boxerdog'), ('boxers'), ('boxing'), ('boxman'),
('boxster'), ('boxster1'), ('boxsters'), ('boxter'), ('boxxer'), ('boy'), ('boy123'), ('boy1cool23'),
('boy4u2ownnyc'), ('boycott'), ('boyd'), ('boyfriend'), ('boyle'), ('boys'), ('boyscout'), ('boytoy'),
('boywonde'), ('boyz'), ('bozeman'), ('bozo'), ('bozo123'), ('bp2002'), ('bpgjldsgjldthnf'), ('bpvtyf'),
('br00klyn'), ('br0d3r'), ('br1ttany'), ('br549'), ('br5490'), ('br5499'), ('brabus'), ('brace'), ('bracelet'),
('braces'), ('bracken'), ('brad'), ('brad22'), ('bradbury'), ('braddock'), ('braden'), ('bradford'), ('bradle'),
('bradley'), ('bradley1'), ('bradly'), ('bradman'), ('bradpitt'), ('bradshaw'), ('brady'), ('brady1'),
('brady12'), ('brahma'), ('brahms'), ('brain'), ('brain1'), ('braindea'), ('brainiac'), ('brains'), ('brainy'),
('brakes'), ('bramble'), ('brampton'), ('bran'), ('branca'), ('branch'), ('branco'), ('brand'), ('brandan'),
('brande'), ('branden'), ('branden1'), ('brandi'), ('brandi1'), ('brandie'), ('brandnew'), ('brando'),
('brando1'), ('brandon'), ('brandon0'), ('brandon00'), ('brandon1'), ('brandon2'), ('brandon3'), ('brandon5'),
('brandon6'), ('brandon7'), ('brandon8'), ('brandonn'), ('brands'), ('brandt'), ('brandy'), ('brandy1'),
('brandy12'), ('brandy2'), ('branford'), ('brannon'), ('branson'), ('branston'), ('brasco'), ('brasi'),
('brasil'), ('brasil1'), ('brasilia'), ('brasov'), ('brass'), ('brassy'), ('brat'), ('bratan'), ('bratpack'),
('brattax'), ('braun'), ('brause'), ('bravada'), ('bravado'), ('brave'), ('brave1'), ('bravehea'),
('braveheart'), ('braves'), ('braves1'), ('braves10'), ('braves95'), ('bravo'), ('bravo1'), ('bravo123'),
('bravo20'), ('bravo7'), ('bravos'), ('braxton'), ('brayden'), ('brazen'), ('brazil'), ('brazil1'), ('brazilia'),
('brazzers'), ('brea'), ('bread'), ('breadfan'), ('breadman'), ('breads'), ('break'), ('break1'), ('breakdance'),
('breaker'), ('breaker1'), ('breakers'), ('breakfas'), ('breakfast'), ('breaking'), ('breakout'), ('breaks'),
('breanna'), ('breanne'), ('breast'), ('breasts'), ('breath'), ('breathe'), ('bree'), ('breed'), ('breeder'),
('breeze'), ('breeze1'), ('breezer'), ('breezy'), ('brehznev'), ('breitlin'), ('breizh'), ('bremen'), ('bren'),
('brend'), ('brenda'), ('brenda1'), ('brenda69'), ('brendan'), ('brendan1'), ('brenden'), ('brendon'),
('brenna'), ('brennan'), ('brennan1'), ('brenner'), ('brent'), ('brent1'), ('brentfor'), ('brentford'),
('brenton'), ('brentwoo'), ('brentwood'), ('brescia'), ('brest'), ('bret'), ('bretagne'), ('brethart'),
('breton'), ('brett'), ('brett1'), ('brett123'), ('brevard'), ('brew'), ('brewcrew'), ('brewer'), ('brewers'),
('brewery'), ('brewski'), ('brewster'), ('bri5kev6'), ('bria'), ('brian'), ('brian1'), ('brian12'), ('brian123'),
('brian2'), ('brian5'), ('briana'), ('brianb'), ('brianc'), ('briand'), ('briane'), ('brianf'), ('briang'),
('brianjo'), ('briank'), ('brianl'), ('brianm'), ('briann'), ('brianna'), ('brianna1'), ('brianne'), ('brianp'),
('brians'), ('briant'), ('brianw'), ('brice'), ('brick'), ('brick1'), ('bricks'), ('bricky'), ('brides'),
('bridge'), ('bridge1'), ('bridger'), ('bridges'), ('bridget'), ('bridget1'), ('bridgett'), ('bridgette'),
('briefs'), ('brielle'), ('brigada'), ('brigade'), ('briggs'), ('brigham'), ('bright'), ('bright1'),
('brighton'), ('brigit'), ('brigitte'), ('brijam'), ('briley2'), ('brille'), ('brillian'), ('brilliant'),
('brillig'), ('brillo'), ('brillo021'), ('brimston'), ('brindle'), ('bringit'), ('bringiton'), ('brinkley'),
('brinks'), ('brisbane'), ('brisco'), ('bristol'), ('bristol1'), ('bristolc'), ('brit'), ('britain'),
('britania'), ('britanni'), ('britches'), ('british'), ('britne'), ('britney'), ('britney1'), ('britneys'),
('britni'), ('britt'), ('britt1'), ('britta'), ('brittan'), ('brittani'), ('brittany'), ('brittany1'),
('britten'), ('brittney'), ('brittni'), ('britton'), ('broad'), ('broadban'), ('broadband'), ('broadway'),
('broccoli'), ('brock'), ('brodeur'), ('brodie'), ('brody'), ('brody1'), ('brogan'), ('broke'), ('broken'),
('broken1'), ('broker'), ('broker1'), ('brolly'), ('bromley'), ('bronc'), ('bronco'), ('bronco1'), ('bronco2'),
('broncos'), ('broncos1'), ('broncos2'), ('broncos7'), ('brondby'), ('bronson'), ('bronte'), ('bronwyn'),
('bronx'), ('bronx1'), ('bronze'), ('brood'), ('broodwar'), ('brook'), ('brooke'), ('brooke1'), ('brookes'),
('brookie'), ('brooking'), ('brooklin'), ('brookly'), ('brooklyn'), ('brooklyn1'), ('brooks'), ('brooks1'),
('brooksie'), ('brooms'), ('brooze'), ('brothe'), ('brothel'), ('brother'), ('brother1'), ('brother2'),
('brothers'), ('broward'), ('brown'), ('brown1'), ('brown123'), ('brown2'), ('browncow'), ('browndog'),
('browne'), ('browneye'), ('browneyes'), ('browni'), ('brownie'), ('brownie1'), ('brownies'), ('browning'),
('brownlov'), ('brownn'), ('browns'), ('browns1'), ('browns99'), ('browny'), ('browser'), ('browseui'),
('bruce'), ('bruce1'), ('bruce10'), ('bruce123'), ('bruce2'), ('bruce69'), ('brucelee'), ('bruces'), ('brucew'),
('brucewayne'), ('brucey'), ('brucie'), ('bruckner'), ('bruder'), ('bruin'), ('bruins'), ('bruins1'),
('bruins77'), ('bruise'), ('bruiser'), ('bruiser1'), ('brujah'), ('brun'), ('brune'), ('brunel'), ('brunette'),
('brunner'), ('bruno'), ('bruno1'), ('bruno12'), ('bruno123'), ('brunob'), ('brunodog'), ('brunos'),
('brunswic'), ('brush'), ('brushy'), ('brussel'), ('brussels'), ('brutal'), ('brutis'), ('brutu'), ('brutus'),
('brutus1'), ('bruxelle'), ('bryan'), ('bryan1'), ('bryan123'), ('bryan2'), ('bryana'), ('bryant'), ('bryce'),
('bryce1'), ('bryguy'), ('bryony'), ('bryson'), ('bs2010'), ('bsheep75'), ('bsmith'), ('btnjey'), ('buba'),
('bubb'), ('bubba'), ('bubba1'), ('bubba11'), ('bubba111'), ('bubba12'), ('bubba123'), ('bubba13'), ('bubba2'),
('bubba22'), ('bubba69'), ('bubba7'), ('bubba8'), ('bubba99'), ('bubbaa'), ('bubbabub'), ('bubbadog'),
('bubbah'), ('bubbaman'), ('bubbas'), ('bubber'), ('bubbie'), ('bubbl'), ('bubble'), ('bubble1'), ('bubblebox'),
('bubblegu'), ('bubblegum'), ('bubbles'), ('bubbles1'), ('bubbles2'), ('bubbly'), ('bubby'), ('bubby1'),
('bublik'), ('bubluk'), ('buccanee'), ('buceta'), ('buchanan'), ('buck'), ('buck01'), ('buck1'), ('buck123'),
('buck13'), ('buckaroo'), ('bucker'), ('bucket'), ('bucket1'), ('buckets'), ('buckey'), ('buckeye'),
('buckeye1'), ('buckeyes'), ('buckfast'), ('buckie'), ('buckle'), ('buckles'), ('buckley'), ('buckman'),
('bucks'), ('bucks1'), ('buckshot'), ('buckskin'), ('buckster'), ('buckwhea'), ('buckwheat'), ('buckwild'),
('bucky'), ('bucky1'), ('bucs'), ('bud420'), ('buda'), ('budapest'), ('budd'), ('budda'), ('budda1'), ('buddah'),
('buddha'), ('buddha1'), ('buddie'), ('buddies'), ('buddog'), ('buddy'), ('buddy01'), ('buddy1'), ('buddy111'),
('buddy12'), ('buddy123'), ('buddy2'), ('buddy23'), ('buddy3'), ('buddy4'), ('buddy5'), ('buddy7'), ('buddy9'),
('buddyboy'), ('buddycat'), ('buddydog'), ('buddylee'), ('buddys'), ('buddyy'), ('budge'), ('budget'),
('budgie'), ('budice'), ('budligh'), ('budlight'), ('budlight1'), ('budlite'), ('budman'), ('budman1'), ('buds'),
('budster'), ('budweise'), ('budweiser'), ('budwiser'), ('budz'), ('bueller'), ('bueno'), ('buenos'), ('buff'),
('buffa'), ('buffa1'), ('buffal'), ('buffalo'), ('buffalo1'), ('buffalo7'), ('buffaloe'), ('buffalos'),
('buffer'), ('buffet'), ('buffett'), ('buffett1'), ('buffie'), ('buffon'), ('buffs'), ('buffy'), ('buffy1'),
('buffy123'), ('buffy16'), ('buffy1ma'), ('buffy2'), ('buffy44'), ('buffys'), ('buford'), ('bugaboo'),
('bugaga'), ('bugatti'), ('bugeye'), ('bugg'), ('bugged'), ('bugger'), ('bugger1'), ('buggerme'), ('buggie'),
('buggin'), ('buggsy'), ('buggy'), ('bugman'), ('bugmenot'), ('bugs'), ('bugsbunn'), ('bugsbunny'), ('bugssgub'),
('bugsy'), ('bugsy1'), ('buheirf'), ('buhjvfybz'), ('buick'), ('buick1'), ('buicks'), ('build'), ('builder'),
('builders'), ('building'), ('bujhm'), ('bujhm123'), ('bujhmbujhm'), ('bujhtdbx'), ('bujhtr'), ('bujinkan'),
('bukkake'), ('bukowski'), ('buldog'), ('buldozer'), ('bulgakov'), ('bulgaria'), ('bull'), ('bullard'),
('bulldawg'), ('bulldo'), ('bulldog'), ('bulldog1'), ('bulldog2'), ('bulldog3'), ('bulldog5'), ('bulldog6'),
('bulldog7'), ('bulldog8'), ('bulldogg'), ('bulldogs'), ('bulldogs1'), ('bulldoze'), ('bulldozer'), ('bulle'),
('buller'), ('bullet'), ('bullet1'), ('bulletin'), ('bullets'), ('bullfrog'), ('bullgod'), ('bullhead'),
('bullit'), ('bullitt'), ('bullnuts'), ('bullnuts2003'), ('bullock'), ('bullpen'), ('bullride'), ('bullrun'),
('bulls'), ('bulls1'), ('bulls123'), ('bulls23'), ('bullseye'), ('bullshi'), ('bullshit'), ('bullshit1'),
('bullwink'), ('bullwinkle'), ('bully'), ('bully1'), ('bullyboy'), ('bulova'), ('bultaco'), ('bumble'),
('bumblebe'), ('bumblebee'), ('bumerang'), ('bumfuck'), ('bumhole'), ('bummer'), ('bump'), ('bumper'), ('bums'),
('bumsen'), ('bunch'), ('bunches'), ('bundao'), ('bundas'), ('bundle'), ('bundy'), ('bundy1'), ('bung'),
('bungalow'), ('bungee'), ('bunghole'), ('bungie'), ('bungle'), ('bunia3'), ('bunker'), ('bunkie'), ('bunko18'),
('bunky'), ('bunky1'), ('bunner'), ('bunnie'), ('bunnies'), ('bunnies1'), ('bunns'), ('bunny'), ('bunny1'),
('bunny123'), ('bunny2'), ('bunnyman'), ('bunnys'), ('buns'), ('bunsen'), ('bunter'), ('bunyan'), ('buratino'),
('burbank'), ('burberry'), ('burbon'), ('burden'), ('bureau'), ('burford'), ('burg'), ('burger'), ('burgerki'),
('burgers'), ('burgess'), ('burgos'), ('burgundy'), ('burke'), ('burley'), ('burlpony'), ('burltree'), ('burly'),
('burmese'), ('burn'), ('burned'), ('burner'), ('burner1'), ('burnett'), ('burning'), ('burnley'), ('burnout'),
('burns'), ('burnside'), ('burnt'), ('burp'), ('burr'), ('burrell'), ('burrfoot'), ('burrito'), ('burrito1'),
('burritos'), ('burro'), ('burrows'), ('burt'), ('burton'), ('burton1'), ('burton12'), ('burundi'), ('burunduk'),
('burzum'), ('busch'), ('busdrive'), ('busen'), ('bush'), ('bushed'), ('bushel'), ('bushes'), ('bushido'),
('bushka'), ('bushman'), ('bushmast'), ('bushmaster'), ('bushra'), ('bushwack'), ('bushwick'), ('busines'),
('business'), ('businessbabe'), ('businka'), ('busman'), ('busstop'), ('bust'), ('busta'), ('bustanut'),
('buste'), ('busted'), ('buster'), ('buster01'), ('buster1'), ('buster11'), ('buster12'), ('buster123'),
('buster2'), ('buster21'), ('buster22'), ('buster3'), ('buster69'), ('buster88'), ('buster99'), ('busters'),
('bustle'), ('busty'), ('busybee'), ('butane'), ('butch'), ('butch1'), ('butcher'), ('butchie'), ('butchy'),
('buterfly'), ('buthead'), ('butkis'), ('butkus'), ('butler'), ('butler1'), ('butt'), ('butt1'), ('buttboy'),
('buttbutt'), ('butte'), ('butter'), ('butter1'), ('butter11'), ('butterba'), ('butterbe'), ('butterbean'),
('buttercu'), ('buttercup'), ('butterfl'), ('butterfly'), ('butterfly1'), ('butters'), ('buttface'),
('buttfuck'), ('butthea'), ('butthea1'), ('butthead'), ('butthole'), ('buttlove'), ('buttman'), ('buttmunc'),
('buttmunch'), ('buttnut'), ('buttnutt'), ('buttock'), ('buttocks'), ('button'), ('button1'), ('buttons'),
('buttons1'), ('buttplug'), ('butts'), ('buttsex'), ('buttss'), ('butttt'), ('buxton'), ('buyer'), ('buzz'),
('buzzard'), ('buzzard1'), ('buzzed'), ('buzzer'), ('buzzers'), ('buzzkill'), ('buzzman'), ('buzzsaw'),
('buzzword'), ('buzzy'), ('buzzy1'), ('buzzzz'), ('bvgthbz'), ('bvgthfnjh'), ('bvlgari'), ('bvncnbnvvbn'),
('bwana'), ('bxdumb'), ('byabybnb'), ('byajhvfnbrf'), ('bycnbnen'), ('bydand'), ('byers'), ('bykemo'),
('bynthytn'), ('byoung'), ('bypass'), ('bypop'), ('byrjuybnj'), ('byrne'), ('byron'), ('byron1'), ('bysunsu'),
('byteme'), ('byteme1'), ('c00kie'), ('c00li0'), ('c00per'), ('c0l0rad0'), ('c0rvette'), ('c12345'), ('c123456'),
('c2h5oh'), ('c32649135'), ('c3po'), ('c3por2d2'), ('c43dae874d'), ('c43qpul5rz'), ('c6h12o6'), ('c7e4f8ezqh'),
('c7lrwu'), ('cab4ma99'), ('caball'), ('caballer'), ('caballero'), ('caballo'), ('cabana'), ('cabaret'),
('cabbage'), ('cabbages'), ('cabbie'), ('cabernet'), ('cabeza'), ('cabezon'), ('cabibble'), ('cabible'),
('cabin'), ('cabin1'), ('cabinboy'), ('cabinet'), ('cabinets'), ('cabins'), ('cable'), ('cable1'), ('cabledog'),
('cableguy'), ('cableman'), ('cables'), ('cabo'), ('caboose'), ('cabot'), ('cabowabo'), ('cabrio'), ('cabron'),
('cacapipi'), ('cache'), ('cachero'), ('cachondo'), ('cachorro'), ('cachou'), ('cacique'), ('cactus'),
('cactus1'), ('cadaver'), ('cadbury'), ('caddie'), ('caddis'), ('caddy'), ('caddy1'), ('cade'), ('cadence'),
('cadet'), ('cadets'), ('cadillac'), ('cadman'), ('cadmus'), ('cadr14nu'), ('caesa'), ('caesar'), ('caesar1'),
('caesar12'), ('caesars'), ('caeser'), ('cafc91'), ('cafe'), ('caffeine'), ('caffreys'), ('cage'), ('cagiva'),
('cagliari'), ('cagney'), ('cahek0980'), ('cahill'), ('caillou'), ('caiman'), ('cain'), ('caine'), ('caio'),
('cairn'), ('cairns'), ('cairo'), ('caitlin'), ('caitlin1'), ('caitlyn'), ('cajun'), ('cajun1'), ('cajuns'),
('cake'), ('cakes'), ('cakewalk'), ('calabria'), ('caladan'), ('calais'), ('calamar'), ('calamari'),
('calamity'), ('calavera'), ('calbear'), ('calbears'), ('calcio'), ('calculator'), ('calculus'), ('calcutta'),
('calder'), ('caldera'), ('calderon'), ('caldwell'), ('caleb'), ('caleb1'), ('caleb123'), ('caledoni'),
('calendar'), ('calender'), ('calgary'), ('calgary1'), ('calhoun'), ('cali'), ('caliban'), ('caliber'),
('calibra'), ('calibre'), ('caliburn'), ('calico'), ('calida'), ('calient'), ('caliente'), ('calif'),
('californ'), ('californi'), ('california'), ('california1'), ('caligula'), ('calimer'), ('calimero'),
('calipso'), ('call'), ('call06'), ('call911'), ('calla'), ('callahan'), ('callan'), ('callas'), ('callaway'),
('calle'), ('caller'), ('calli'), ('callie'), ('callie1'), ('calling'), ('calliope'), ('callista'), ('callisto'),
('callme'), ('callofduty'), ('calloway'), ('callum'), ('calpoly'), ('calumet'), ('calvary'), ('calvert'),
('calves'), ('calvi'), ('calvin'), ('calvin1'), ('calvin12'), ('calvin69'), ('calypso'), ('calypso1'),
('camacho'), ('camaleon'), ('camaleun'), ('camano'), ('camar'), ('camara'), ('camaro'), ('camaro1'),
('camaro67'), ('camaro69'), ('camaron'), ('camaross'), ('camaroz2'), ('camaroz28'), ('camber'), ('cambiami'),
('cambodia'), ('cambria'), ('cambridg'), ('cambridge'), ('camden'), ('came11'), ('camel'), ('camel1'),
('camel123'), ('cameleon'), ('camelia'), ('camell'), ('camelo'), ('camelot'), ('camelot1'), ('camels'),
('cameltoe'), ('cameo'), ('camera'), ('camera1'), ('camero'), ('camero1'), ('cameron'), ('cameron0'),
('cameron1'), ('cameron2'), ('cameron6'), ('cameron7'), ('cameron9'), ('camil'), ('camila'), ('camilit'),
('camill'), ('camilla'), ('camilla1'), ('camille'), ('camille1'), ('camillo'), ('camilo'), ('camino'),
('camion'), ('camman'), ('cammer'), ('cammie'), ('camneely'), ('camp'), ('camp0017'), ('campari'), ('campbell'),
('campeo'), ('campeon'), ('camper'), ('camping'), ('campion'), ('campo'), ('campos'), ('campus'), ('campus100'),
('camron'), ('camry'), ('camry1'), ('camryn'), ('cams'), ('camshaft'), ('camster'), ('camus'), ('camus1'),
('canabis'), ('canad'), ('canada'), ('canada1'), ('canada12'), ('canada99'), ('canadian'), ('canadien'),
('canadiens'), ('canal'), ('canalc'), ('canales'), ('canard'), ('canarias'), ('canaries'), ('canario'),
('canary'), ('canbeef'), ('canberra'), ('cance'), ('cancel'), ('cancer'), ('cancer69'), ('cancun'), ('cancun1'),
('cand'), ('candace'), ('candance'), ('candela'), ('candi'), ('candice'), ('candid'), ('candide'), ('candie'),
('candies'), ('candle'), ('candle1'), ('candlebo'), ('candles'), ('cando'), ('candoo'), ('candy'), ('candy1'),
('candy123'), ('candy2'), ('candy69'), ('candyass'), ('candybar'), ('candycan'), ('candycane'), ('candyeater'),
('candyfinger'), ('candyman'), ('candys'), ('cane'), ('canela'), ('canes'), ('canes1'), ('canesfan'),
('canfield'), ('cang'), ('canibus'), ('canine'), ('canino'), ('canis'), ('canman'), ('cannabis'), ('cannelle'),
('cannes'), ('cannibal'), ('cannibus'), ('canno'), ('cannon'), ('cannon1'), ('cannonba'), ('cannonda'),
('cannondale'), ('cannot'), ('canoe'), ('canoes'), ('canon'), ('canon1'), ('canoneos'), ('canopus'), ('canopy'),
('canseco'), ('cant'), ('canter'), ('cantik'), ('cantina'), ('canto'), ('canton'), ('cantona'), ('cantona1'),
('cantona7'), ('cantor'), ('cantrell'), ('cantstop'), ('canuck'), ('canucks'), ('canucks1'), ('canvas'),
('canyon'), ('capa'), ('capa200'), ('capcom'), ('cape'), ('capecod'), ('capella'), ('caper'), ('capetown'),
('capita'), ('capital'), ('capital1'), ('capital5'), ('capitals'), ('capitan'), ('capitano'), ('capitol'),
('capo'), ('capoeira'), ('capone'), ('capone1'), ('cappy'), ('cappy1'), ('capri'), ('capri50'), ('caprice'),
('capricor'), ('capricorn'), ('caps'), ('capslock'), ('capstan'), ('capsule'), ('capt'), ('captai'), ('captain'),
('captain1'), ('captain2'), ('captain7'), ('captaink'), ('caption'), ('captiva'), ('capture'), ('capucine'),
('capulet'), ('car123'), ('car12345'), ('cara'), ('caraca'), ('caracas'), ('caracol'), ('caraj'), ('carajo'),
('caralho'), ('caramba'), ('carame'), ('caramel'), ('caramelo'), ('caramon'), ('caravan'), ('carbine'),
('carbon'), ('carbone'), ('carcass'), ('card'), ('carded'), ('cardenas'), ('cardiac'), ('cardiff'), ('cardigan'),
('cardinal'), ('cardinals'), ('cardio'), ('cardman'), ('cards'), ('cards1'), ('cardss'), ('care'), ('care1839'),
('carebear'), ('career'), ('carefree'), ('careful'), ('carey'), ('cargo'), ('carguy'), ('cari'), ('caribe'),
('caribou'), ('carin'), ('carina'), ('carine'), ('caring'), ('carino'), ('carioca'), ('carisma'), ('carissa'),
('carita'), ('caritas'), ('carl'), ('carla'), ('carla1'), ('carla10'), ('carla123'), ('carla51'), ('carlas'),
('carleton'), ('carley'), ('carlie'), ('carlin'), ('carling'), ('carlisle'), ('carlit'), ('carlito'),
('carlitos'), ('carlo'), ('carlo1'), ('carlos'), ('carlos1'), ('carlos10'), ('carlos12'), ('carlos123'),
('carlos2'), ('carlos6'), ('carlos68'), ('carlotta'), ('carlsbad'), ('carlsber'), ('carlsberg'), ('carlson'),
('carlton'), ('carlton1'), ('carly'), ('carly1'), ('carlyle'), ('carmack'), ('carman'), ('carme'), ('carmel'),
('carmela'), ('carmelit'), ('carmella'), ('carmelo'), ('carmen'), ('carmen00'), ('carmen1'), ('carmen2'),
('carmex'), ('carmex2'), ('carmina'), ('carmine'), ('carmine1'), ('carmona'), ('carnage'), ('carnal'),
('carnaval'), ('carnegie'), ('carney'), ('carnival'), ('carnivor'), ('caro'), ('carol'), ('carol1'), ('carola'),
('carolann'), ('carolcox'), ('carole'), ('carole1'), ('carolin'), ('carolin1'), ('carolina'), ('carolina1'),
('caroline'), ('caroline1'), ('carols'), ('carolyn'), ('carolyn1'), ('carolynn'), ('carousel'), ('carp'),
('carpe'), ('carpedie'), ('carpediem'), ('carpente'), ('carpenter'), ('carper'), ('carpet'), ('carpet1'),
('carpets'), ('carr'), ('carrera'), ('carrera1'), ('carrera4'), ('carreras'), ('carri'), ('carriage'),
('carrick'), ('carrie'), ('carrie1'), ('carrier'), ('carrillo'), ('carrion'), ('carro'), ('carrol'), ('carroll'),
('carros'), ('carrot'), ('carrot1'), ('carrots'), ('cars'), ('carsca'), ('carson'), ('carson1'), ('carsten'),
('cart'), ('cartagen'), ('carte'), ('carter'), ('carter1'), ('carter12'), ('carter15'), ('carter80'),
('carthage'), ('cartier'), ('cartma'), ('cartman'), ('cartman1'), ('cartman2'), ('cartmen'), ('carton'),
('cartoon'), ('cartoon1'), ('cartoons'), ('caruso'), ('carvalho'), ('carver'), ('carvin'), ('carwash'),
('carwash1'), ('cary'), ('casa'), ('casablan'), ('casablanca'), ('casado'), ('casandra'), ('casanova'),
('casbah'), ('cascada'), ('cascade'), ('cascades'), ('case'), ('caseih'), ('caserta'), ('casey'), ('casey1'),
('casey12'), ('casey123'), ('casey2'), ('casey22'), ('caseyboy'), ('caseydog'), ('caseys'), ('cash'), ('cash1'),
('cash12'), ('cashed'), ('cashew'), ('cashflow'), ('cashin'), ('cashman'), ('cashmere'), ('cashmone'),
('cashmoney'), ('casillas'), ('casimir'), ('casin'), ('casino'), ('casio'), ('casio1'), ('casita'), ('caso'),
('caspar'), ('caspe'), ('casper'), ('casper1'), ('casper12'), ('casper123'), ('casper13'), ('casper2'),
('casper99'), ('caspian'), ('cass'), ('cassandr'), ('cassandra'), ('cassell'), ('cassey'), ('cassey1'),
('cassi'), ('cassidy'), ('cassidy1'), ('cassie'), ('cassie1'), ('cassie12'), ('cassiope'), ('cassis'),
('cassius'), ('cassy'), ('cast'), ('casta'), ('castaway'), ('castell'), ('castello'), ('caster'), ('castill'),
('castilla'), ('castillo'), ('casting'), ('castings'), ('castle'), ('castle1'), ('castles'), ('castor'),
('castro'), ('casual'), ('cat'), ('cat1'), ('cat123'), ('cat222'), ('catalan'), ('catalin'), ('catalina'),
('catalog'), ('catalyst'), ('catania'), ('catapult'), ('cataract'), ('catarina'), ('catbert'), ('catbird'),
('catboy'), ('catch'), ('catch2'), ('catch22'), ('catcher'), ('catchme'), ('catdaddy'), ('catdog'), ('catdog1'),
('cater'), ('caterham'), ('caterina'), ('catering'), ('caterpil'), ('caterpillar'), ('cateye'), ('catfight'),
('catfish'), ('catfish1'), ('catfood'), ('cathay'), ('catherin'), ('catherine'), ('cathie'), ('cathleen'),
('catholic'), ('cathouse'), ('cathrine'), ('cathryn'), ('cathy'), ('cathy1'), ('catinhat'), ('catlin'),
('catlover'), ('catman'), ('catman1'), ('catmando'), ('catnip'), ('catolica'), ('catrin'), ('catrina'),
('catriona'), ('cats'), ('catsdogs'), ('catseye'), ('catskill'), ('catsmeow'), ('catsss'), ('catsup'), ('catt'),
('catter'), ('cattle'), ('catty'), ('catullus'), ('catwalk'), ('catwoman'), ('caught'), ('cause'), ('caustic'),
('caution'), ('caution1'), ('cavalier'), ('cavaliers'), ('cavalla'), ('cavallo'), ('cavalo'), ('cavalry'),
('cave'), ('caveat'), ('caveman'), ('caveman1'), ('cavern'), ('caviar'), ('cavid'), ('cavscout'), ('cayenne'),
('cayman'), ('cayuga'), ('cazzo'), ('cazzo1'), ('cazzone'), ('cb207sl'), ('cba321'), ('cbarkley'), ('cbcmrb'),
('cbcmrf'), ('cbcntvf'), ('cbhbec'), ('cbhtqa'), ('cbhtym'), ('cbkmdf'), ('cbljhjdf'), ('cbljhtyrj'),
('cbr1000'), ('cbr600'), ('cbr600f2'), ('cbr600f3'), ('cbr600f4'), ('cbr600rr'), ('cbr900'), ('cbr900rr'),
('cbr929'), ('cbr929rr'), ('cbreeze'), ('cbrown'), ('cbufhtnf'), ('cbvjyf'), ('ccbill'), ('cccc1'), ('ccccc1'),
('cccccc1'), ('ccccccc1'), ('cccdemo'), ('cccp'), ('cchaiyas'), ('cdavis'), ('cdbymz'), ('cde34rfv'), ('cderfv'),
('cdexswzaq'), ('cdfoli'), ('cdgirls'), ('cdjkjxm'), ('cdog'), ('cdtnbr'), ('cdtnf'), ('cdtnjxrf'), ('cdtnkfy'),
('cdtnkfyf'), ('cdtnkfyrf'), ('cdtnkzxjr'), ('cdtnrf'), ('cdznjckfd'), ('ceasar'), ('ceaser'), ('cecelia'),
('cecil'), ('cecil1'), ('cecile'), ('cecili'), ('cecilia'), ('cecilia1'), ('cecily'), ('ceckbr'), ('cedar'),
('cedar1'), ('cedars'), ('cedric'), ('ceejay'), ('cegthgegth'), ('cegthgfhjkm'), ('ceilidh'), ('ceisi123'),
('celeb'), ('celebrat'), ('celebrit'), ('celebrity'), ('celebs'), ('celeron'), ('celery'), ('celest'),
('celeste'), ('celeste1'), ('celestia'), ('celestin'), ('celia'), ('celica'), ('celicagt'), ('celin'),
('celina'), ('celine'), ('cell'), ('cellar'), ('cello'), ('cellphon'), ('cellphone'), ('cellular'), ('celos1'),
('celt'), ('celt29'), ('celti'), ('celtic'), ('celtic1'), ('celtic1888'), ('celtic67'), ('celtic88'),
('celticfc'), ('celtics'), ('celtics1'), ('celula'), ('celular'), ('cement'), ('ceng'), ('censor'), ('centaur'),
('centauri'), ('center'), ('centra'), ('central'), ('central1'), ('centre'), ('centric'), ('centrino'),
('centro'), ('centrum'), ('centurion'), ('century'), ('cepseoun'), ('cer980'), ('ceramic'), ('ceramics'),
('cerber'), ('cerbera'), ('cerberus'), ('cereal'), ('cerebro'), ('cerebus'), ('ceres'), ('cerf123'), ('cerise'),
('cerro'), ('certclas'), ('certified'), ('cerulean'), ('cervantes'), ('cerveza'), ('cesa'), ('cesar'),
('cesare'), ('cesare5'), ('cessna'), ('cessna1'), ('cessna15'), ('cessna17'), ('cessna172'), ('cestmoi'),
('cevthrb'), ('cexfhf'), ('cezanne'), ('cezer121'), ('cfdbyf'), ('cfdtkbq'), ('cfgfa03'), ('cfhfnjd'),
('cfiekmrf'), ('cfiekz'), ('cfif'), ('cfif123'), ('cfitymrf'), ('cfkfvfylhf'), ('cfnfyf'), ('cfrehf'),
('cfvceyu'), ('cfvehfq'), ('cfvfhf'), ('cfvjktn'), ('cfvlehfr'), ('cfymrf'), ('cfytxrf'), ('cgfhnfr'),
('cghfdjxybr'), ('cgtwbfkbcn'), ('cgzfrhuf'), ('ch1tt1ck'), ('ch33s3'), ('ch3ch2oh'), ('ch3cooh'), ('ch5nmk'),
('chablis'), ('chacal'), ('chach'), ('chacha1'), ('chachi'), ('chaching'), ('chacho'), ('chad'), ('chad1'),
('chaddy'), ('chadwick'), ('chai'), ('chaika'), ('chain'), ('chains'), ('chainsaw'), ('chair'), ('chairman'),
('chairs'), ('chaise'), ('chaka'), ('chakra'), ('chalice'), ('chalky'), ('challeng'), ('challenge'),
('challenger'), ('chalmers'), ('chalupa'), ('chamber'), ('chamberl'), ('chambers'), ('chameleo'), ('chameleon'),
('chamois'), ('chamonix'), ('chamorro'), ('champ'), ('champ1'), ('champ123'), ('champagn'), ('champagne'),
('champio'), ('champion'), ('champion1'), ('champions'), ('champo'), ('champs'), ('champy'), ('chan'), ('chanc'),
('chance'), ('chance1'), ('chances'), ('chancey'), ('chancho'), ('chancy'), ('chand'), ('chanda'), ('chandle'),
('chandler'), ('chandos'), ('chandra'), ('chandu'), ('chane'), ('chanel'), ('chanel1'), ('chanel5'),
('chanelle'), ('chaney'), ('chang'), ('changa'), ('change'), ('change1'), ('change12'), ('changed'),
('changeit'), ('changeme'), ('changeme1'), ('changepa'), ('changer'), ('changes'), ('changing'), ('chango'),
('channel'), ('channel1'), ('channels'), ('channing'), ('chantal'), ('chantal1'), ('chante'), ('chantel'),
('chantell'), ('chantelle'), ('chao'), ('chaos'), ('chaos1'), ('chaos666'), ('chaoss'), ('chaotic'), ('chap'),
('chaparra'), ('chapel'), ('chapin'), ('chaplain'), ('chaplin'), ('chapman'), ('chapper'), ('chappie'),
('chappy'), ('chapstic'), ('chapter'), ('char'), ('char4u'), ('characte'), ('character'), ('charade'),
('charcoal'), ('chard'), ('charge'), ('charged'), ('charger'), ('charger1'), ('chargers'), ('chargers1'),
('chariot'), ('charis'), ('charisma'), ('charissa'), ('charisse'), ('charit'), ('charity'), ('charizard'),
('charl'), ('charle'), ('charle1'), ('charlee'), ('charlene'), ('charles'), ('charles0'), ('charles1'),
('charles2'), ('charles3'), ('charles4'), ('charles7'), ('charles9'), ('charless'), ('charlest'), ('charleston'),
('charley'), ('charli'), ('charlie'), ('charlie0'), ('charlie1'), ('charlie111'), ('charlie123'), ('charlie2'),
('charlie3'), ('charlie4'), ('charlie5'), ('charlie6'), ('charlie7'), ('charlie8'), ('charlie9'), ('charlieb'),
('charlied'), ('charliem'), ('charlies'), ('charlize'), ('charlot'), ('charlott'), ('charlotte'), ('charlotte1'),
('charlton'), ('charlus'), ('charly'), ('charly1'), ('charm'), ('charmain'), ('charmaine'), ('charme'),
('charmed'), ('charmed1'), ('charmer'), ('charmin'), ('charming'), ('charms'), ('charon'), ('charro'), ('chart'),
('charter'), ('charter1'), ('charvel'), ('chas'), ('chase'), ('chase1'), ('chase123'), ('chaser'), ('chaser1'),
('chases'), ('chasey'), ('chasm'), ('chasman'), ('chasmo'), ('chastity'), ('chat'), ('chateau'), ('chatham'),
('chato'), ('chaton'), ('chatte'), ('chatter'), ('chatting'), ('chatty'), ('chaucer'), ('chauncey'), ('chauncy'),
('chavez'), ('chaz'), ('chazz'), ('chbjun'), ('cheap'), ('cheat'), ('cheater'), ('cheaters'), ('cheating'),
('cheats'), ('cheburashka'), ('cheburek'), ('chech'), ('check'), ('check1'), ('check6'), ('checked'),
('checker'), ('checkers'), ('checkin'), ('checking'), ('checkit'), ('checkito'), ('checkm8'), ('checkmat'),
('checkmate'), ('checkout'), ('checks'), ('checkup'), ('cheddar'), ('cheeba'), ('cheech'), ('cheek'), ('cheeks'),
('cheeky'), ('cheer'), ('cheer1'), ('cheerio'), ('cheerios'), ('cheerlea'), ('cheerleader'), ('cheerleaers'),
('cheers'), ('chees'), ('cheese'), ('cheese1'), ('cheese12'), ('cheese2'), ('cheeseburger'), ('cheeseca'),
('cheesecake'), ('cheeser'), ('cheesey'), ('cheesy'), ('cheeta'), ('cheetah'), ('cheetah1'), ('cheetahs'),
('cheeto'), ('cheetos'), ('cheez'), ('cheeze'), ('cheezit'), ('cheezy'), ('chef'), ('chefdom'), ('chelios'),
('chelle'), ('chello'), ('chelly'), ('chelse'), ('chelsea'), ('chelsea0'), ('chelsea1'), ('chelsea2'),
('chelsea3'), ('chelsea4'), ('chelsea5'), ('chelsea6'), ('chelsea7'), ('chelsea8'), ('chelseaf'), ('chelseafc'),
('chelsey'), ('chelsi'), ('chelsie'), ('chelsy'), ('chem'), ('chemical'), ('chemist'), ('chemistr'),
('chemistry'), ('chen'), ('cheney'), ('cheng'), ('chennai'), ('cheops'), ('cher'), ('cheri'), ('cherie'),
('cherise'), ('cherish'), ('chernov'), ('cheroke'), ('cherokee'), ('cherokee1'), ('cherr'), ('cherri'),
('cherries'), ('cherry'), ('cherry1'), ('cherry12'), ('cherrypi'), ('cherub'), ('chery'), ('cheryl'),
('cheryl1'), ('cheshire'), ('chesney'), ('chess'), ('chess1'), ('chessie'), ('chessman'), ('chessmas'),
('chessmaster'), ('chesss'), ('chessy'), ('chest'), ('cheste'), ('chester'), ('chester1'), ('chester123'),
('chester2'), ('chester3'), ('chester7'), ('chester8'), ('chester9'), ('chesterfield'), ('chesters'),
('chestnut'), ('chesty'), ('chet'), ('cheung'), ('chev'), ('cheval'), ('chevalier'), ('chevell'), ('chevelle'),
('chevette'), ('chevrole'), ('chevrolet'), ('chevron'), ('chevvy'), ('chevy'), ('chevy01'), ('chevy1'),
('chevy11'), ('chevy2'), ('chevy3'), ('chevy350'), ('chevy454'), ('chevy57'), ('chevy69'), ('chevyman'),
('chevys'), ('chevys10'), ('chevyss'), ('chevytru'), ('chevyy'), ('chevyz71'), ('chew'), ('chewbaca'),
('chewbacc'), ('chewbacca'), ('chewey'), ('chewie'), ('chewy'), ('chewy1'), ('cheyanne'), ('cheyenn'),
('cheyenne'), ('cheyenne1'), ('chez'), ('chgobndg'), ('chia'), ('chianti'), ('chiapet'), ('chiar'), ('chiara'),
('chibears'), ('chic'), ('chica'), ('chica1'), ('chicag'), ('chicago'), ('chicago0'), ('chicago1'), ('chicago2'),
('chicago23'), ('chicago3'), ('chicago5'), ('chicago7'), ('chicago9'), ('chicane'), ('chicano'), ('chicas'),
('chicc'), ('chicca'), ('chicco'), ('chicco22'), ('chich'), ('chichi'), ('chicho'), ('chick'), ('chick1'),
('chicke'), ('chicken'), ('chicken0'), ('chicken1'), ('chicken123'), ('chicken2'), ('chicken4'), ('chicken6'),
('chickens'), ('chickenwing101'), ('chicklet'), ('chicks'), ('chicky'), ('chico'), ('chico1'), ('chico123'),
('chicony'), ('chicos'), ('chicubs'), ('chidori'), ('chief'), ('chief1'), ('chief123'), ('chief2'), ('chiefs'),
('chiefs1'), ('chieftai'), ('chiefy'), ('chiemsee'), ('chien'), ('chiffon'), ('chigger'), ('chihuahu'),
('chihuahua'), ('chika'), ('chikara'), ('chiken'), ('chiks'), ('chilango'), ('child'), ('childre'), ('children'),
('children2'), ('chile'), ('chile1'), ('chileno'), ('chiles'), ('chili'), ('chilidog'), ('chilis'), ('chill'),
('chiller'), ('chilli'), ('chillin'), ('chilling'), ('chillout'), ('chills'), ('chilly'), ('chilton'),
('chimaera'), ('chimaira'), ('chimay'), ('chimera'), ('chimera1'), ('chimney'), ('chimp'), ('chimps'),
('chimpy'), ('chin'), ('china'), ('china1'), ('chinacat'), ('chinadol'), ('chinadoll'), ('chinaman'),
('chinaski'), ('chinatow'), ('chinatown'), ('chinchil'), ('chinchilla'), ('chinchin'), ('chinese'), ('chinese1'),
('ching'), ('chinga'), ('chingada'), ('chingon'), ('chingy'), ('chinita'), ('chinito'), ('chink'), ('chinky'),
('chinna'), ('chinni'), ('chinnu'), ('chino'), ('chino1'), ('chinook'), ('chinos'), ('chip'), ('chipchop'),
('chiper'), ('chiphi'), ('chipie'), ('chipmonk'), ('chipmunk'), ('chipotle'), ('chippe'), ('chipper'),
('chipper1'), ('chippers'), ('chippewa'), ('chippie'), ('chippy'), ('chips'), ('chips1'), ('chipster'),
('chiqui'), ('chiquit'), ('chiquita'), ('chiquito'), ('chiro'), ('chiron'), ('chisel'), ('chisholm'), ('chisox'),
('chispa'), ('chitarra'), ('chitown'), ('chitra'), ('chitty'), ('chiva'), ('chivalry'), ('chivas'), ('chivas1'),
('chkdsk'), ('chloe'), ('chloe1'), ('chloe123'), ('chloedog'), ('chloes'), ('chlorine'), ('chobits'), ('choc'),
('choccy'), ('chocha'), ('chochoz'), ('choclate'), ('choco'), ('chocobo'), ('chocolat'), ('chocolate'),
('chocolate1'), ('choctaw'), ('chode'), ('chodu'), ('choice'), ('choices'), ('choirboy'), ('choke'), ('choker'),
('cholera'), ('chomp'), ('chomper'), ('chomsky'), ('chong'), ('chongo'), ('chooch'), ('choochoo'), ('choose'),
('chop'), ('chopin'), ('choppe'), ('chopper'), ('chopper1'), ('choppers'), ('choppy'), ('chops'), ('chopsuey'),
('chorizo'), ('chorus'), ('chosen'), ('chosen1'), ('chou'), ('choucho'), ('chouchou'), ('chouette'), ('chow'),
('chowchow'), ('chowder'), ('chowmein'), ('chri'), ('chris'), ('chris01'), ('chris1'), ('chris10'), ('chris100'),
('chris11'), ('chris12'), ('chris123'), ('chris13'), ('chris198'), ('chris2'), ('chris200'), ('chris21'),
('chris22'), ('chris23'), ('chris24'), ('chris25'), ('chris26'), ('chris3'), ('chris33'), ('chris5'), ('chris6'),
('chris69'), ('chris77'), ('chris8'), ('chris99'), ('chris999'), ('chrisa'), ('chrisb'), ('chrisbl'),
('chrisbln'), ('chrisbrown'), ('chrisc'), ('chrisd'), ('chrisg'), ('chrish'), ('chrisi'), ('chrisj'), ('chrisk'),
('chrisl'), ('chrism'), ('chrisn'), ('chrisp'), ('chrisrey'), ('chriss'), ('chrissi'), ('chrissie'), ('chrissy'),
('chrissy1'), ('christ'), ('christ1'), ('christa'), ('christa1'), ('christal'), ('christel'), ('christen'),
('christer'), ('christi'), ('christi1'), ('christia'), ('christiaan'), ('christian'), ('christian1'),
('christie'), ('christin'), ('christina'), ('christine'), ('christma'), ('christmas'), ('christo'), ('christo1'),
('christof'), ('christop'), ('christoph'), ('christophe'), ('christopher'), ('christopher1'), ('christos'),
('christy'), ('christy1'), ('chrisw'), ('chrisx'), ('chrome'), ('chronic'), ('chronic1'), ('chrono'),
('chronos'), ('chrysler'), ('chrystal'), ('chuai'), ('chuan'), ('chuang'), ('chubb'), ('chubba'), ('chubbs'),
('chubby'), ('chubby1'), ('chuch'), ('chucha'), ('chuchi'), ('chucho'), ('chuck'), ('chuck1'), ('chuck123'),
('chuck2'), ('chuckd'), ('chucker'), ('chuckie'), ('chuckie1'), ('chuckle'), ('chuckles'), ('chucko'),
('chucks'), ('chucky'), ('chui'), ('chula'), ('chulita'), ('chulo'), ('chuluthu'), ('chum'), ('chumley'),
('chumly'), ('chummy'), ('chump'), ('chumpy'), ('chun'), ('chung'), ('chunk'), ('chunks'), ('chunky'),
('chunli'), ('chuo'), ('chupa'), ('chupakabra'), ('church'), ('church1'), ('churchil'), ('churchill'),
('chutney'), ('chuvak'), ('chyna'), ('chynna'), ('cia123'), ('ciao'), ('ciaociao'), ('ciara'), ('cicci'),
('ciccia'), ('ciccio'), ('ciccione'), ('cicero'), ('cichlid'), ('cider'), ('cidkid86'), ('cielo'), ('cierra'),
('cigar'), ('cigar1'), ('cigarett'), ('cigarette'), ('cigars'), ('cimbo'), ('cimbom'), ('cincinna'),
('cincinnati'), ('cinco'), ('cincy'), ('cindee'), ('cinder'), ('cinderel'), ('cinderella'), ('cinders'),
('cindy'), ('cindy1'), ('cindy2'), ('cindy69'), ('cindyl'), ('cindylou'), ('cindys'), ('cinema'), ('cinemax'),
('cingular'), ('cinnamon'), ('cinque'), ('cinta'), ('cintaku'), ('cinzia'), ('cious'), ('cipher'), ('cipolla'),
('circle'), ('circles'), ('circuit'), ('circus'), ('cire'), ('cirque'), ('cirrus'), ('cisco'), ('cisco1'),
('cisco123'), ('cisco69'), ('ciscokid'), ('citabria'), ('citadel'), ('citation'), ('citbanna'), ('citibank'),
('cities'), ('citizen'), ('citroen'), ('citron'), ('citrus'), ('city'), ('city1'), ('cityboy'), ('cium'),
('civic'), ('civic1'), ('civic97'), ('civicex'), ('civics'), ('civicsi'), ('civil'), ('civilian'),
('civilization'), ('civilwar'), ('cjcbcrf'), ('cjdtcnm'), ('cjdthitycndj'), ('cjfrf'), ('cjhjrbyf'), ('cjhjrf'),
('cjkjdtq'), ('cjkysir'), ('cjkysirj'), ('cjkytxyfz'), ('cjkywt'), ('cjlove'), ('cjrjkjdf'), ('cjxb2014'),
('cjymrf'), ('cjytxrf'), ('cjytxrj'), ('ck6znp42'), ('ckfdbr'), ('ckfdrf'), ('ckflrbq'), ('ckjybr'),
('ckjytyjr'), ('claddagh'), ('clahay'), ('claims'), ('clair'), ('claire'), ('claire1'), ('claire2'), ('clam'),
('clambake'), ('clancy'), ('clancy1'), ('clapper'), ('clapton'), ('clapton1'), ('clara'), ('clara1'), ('clare'),
('clarence'), ('claret'), ('clarets'), ('clarice'), ('clarinet'), ('clarion'), ('clarissa'), ('clarisse'),
('clarity'), ('clark'), ('clark1'), ('clarke'), ('clarkie'), ('clarkken'), ('clarkkent'), ('clarks'),
('clarkson'), ('clash'), ('class'), ('classact'), ('classe'), ('classi'), ('classic'), ('classic1'),
('classics'), ('classy'), ('claude'), ('claude1'), ('claudi'), ('claudia'), ('claudia1'), ('claudine'),
('claudio'), ('claudiu'), ('claudius'), ('claus'), ('clause'), ('clave'), ('claw'), ('claws'), ('clay'),
('claybird'), ('clayman'), ('claymore'), ('claypool'), ('clayton'), ('clayton1'), ('clean'), ('clean1'),
('cleaner'), ('cleaners'), ('cleaning'), ('cleanup'), ('clear'), ('clear1'), ('clearwat'), ('cleary'),
('cleavage'), ('cleaver'), ('clem'), ('clemen'), ('clemence'), ('clemens'), ('clement'), ('clemente'),
('clementi'), ('clements'), ('clemson'), ('clemson1'), ('cleo'), ('cleo123'), ('cleocat'), ('cleodog'),
('cleopatr'), ('cleopatra'), ('cleric'), ('clerks'), ('clermont'), ('cletus'), ('clevelan'), ('cleveland'),
('clever'), ('click'), ('clicker'), ('clickit'), ('client'), ('cliff'), ('cliff1'), ('clifford'), ('cliffy'),
('clifton'), ('climax'), ('climb'), ('climb7'), ('climber'), ('climber1'), ('climbing'), ('climbon'), ('clinch'),
('clinic'), ('clint'), ('clint1'), ('clinton'), ('clinton1'), ('clio'), ('clipper'), ('clipper1'), ('clippers'),
('clips'), ('clique'), ('clit'), ('clitlick'), ('clitoris'), ('clitring'), ('clitty'), ('clive'), ('clk320'),
('clk430'), ('cloak'), ('clock'), ('clock1'), ('clocker'), ('clocks'), ('clockwor'), ('cloggy'), ('clone'),
('clones'), ('clooney'), ('close'), ('close-up'), ('closed'), ('closer'), ('closet'), ('closeup'), ('closter'),
('cloth'), ('clothes'), ('clothing'), ('cloud'), ('cloud1'), ('cloud69'), ('cloud9'), ('clouds'), ('cloudy'),
('clough'), ('clove'), ('clover'), ('clovis'), ('clown'), ('clown1'), ('clownboy'), ('clowns'), ('clticic'),
('club'), ('clubber'), ('clubbing'), ('clubcapt'), ('clubmed'), ('clubpenguin'), ('clubs'), ('clueless'),
('clues'), ('clumsy'), ('cluster'), ('clusters'), ('clutch'), ('clyde'), ('clyde1'), ('cmc09'), ('cmfnpu'),
('cmgang1'), ('cmigtvo7'), ('cmoney'), ('cmu9ggzh'), ('cn42qj'), ('cneltyn'), ('cnfc35762209'), ('cnfcbr'),
('cnfhsq'), ('cnfkrth'), ('cnfnbcnbrf'), ('cnfybckfd'), ('cnhfcnm'), ('cnhfyybr'), ('cnhjbntkm'), ('cnhjqrf'),
('cnhtkjr'), ('cnhtktw'), ('cnhtrjpf'), ('cnjvfnjkju'), ('cntgfirf'), ('cntgfy'), ('cntgfyjd'), ('cntgfyjdf'),
('cnthdf'), ('cnthdjxrf'), ('cntkkf'), ('cnttcb'), ('co2000'), ('co437at'), ('coach'), ('coach1'), ('coachk'),
('coachman'), ('coal'), ('coast'), ('coastal'), ('coaster'), ('coasters'), ('coastie'), ('coates'), ('cobain'),
('cobaka'), ('cobalt'), ('cobb'), ('cobber'), ('cobble'), ('cobbler'), ('cobblers'), ('cobra'), ('cobra1'),
('cobra12'), ('cobra123'), ('cobra2'), ('cobra427'), ('cobra5'), ('cobra777'), ('cobra99'), ('cobrajet'),
('cobras'), ('cobraya'), ('cobweb'), ('coby'), ('coca'), ('cocacol'), ('cocacola'), ('cocacola1'), ('cocaine'),
('cochabamb'), ('cochino'), ('cochise'), ('cochon'), ('cochran'), ('cochrane'), ('cock'), ('cock1'), ('cock22'),
('cock69'), ('cocker'), ('cockgobbler'), ('cocklover'), ('cockman'), ('cockring'), ('cocks'), ('cocksuck'),
('cocksucker'), ('cocktail'), ('cocky'), ('coco11'), ('coco12'), ('coco123'), ('coco1234'), ('cocoa'),
('cocoa1'), ('cocodog'), ('cocoloco'), ('cocomo'), ('coconut'), ('coconuts'), ('cocoon'), ('cocopuff'),
('cocorico'), ('cocotte'), ('cocteau'), ('code'), ('code3'), ('codeblue'), ('codeman'), ('codename'),
('codered'), ('codered1'), ('codfish'), ('codie'), ('cody'), ('cody01'), ('cody1'), ('cody11'), ('cody123'),
('cody13'), ('codyboy'), ('codydog'), ('codyman'), ('coffe'), ('coffee'), ('coffee1'), ('coffee11'),
('coffee12'), ('coffee2'), ('coffees'), ('coffey'), ('coffin'), ('cogito'), ('cognac'), ('cognit'), ('cohen'),
('cohiba'), ('coimbra'), ('coin'), ('cojones'), ('coke'), ('coke1'), ('cokeisit'), ('cokeman'), ('cola'),
('colbert'), ('colby'), ('cold'), ('coldbeer'), ('colder'), ('coldfire'), ('coldone'), ('coldplay'), ('cole'),
('cole12'), ('coleen'), ('colegiata'), ('coleman'), ('coleman1'), ('coleslaw'), ('coleta'), ('colette'),
('colfax'), ('colgate'), ('colibri'), ('colin'), ('colin1'), ('colin123'), ('colins'), ('collant'), ('collants'),
('collar'), ('collect'), ('collect1'), ('collecti'), ('collection'), ('collecto'), ('colleen'), ('colleen1'),
('college'), ('college1'), ('college2'), ('collette'), ('collie'), ('collier'), ('collin'), ('collingw'),
('collins'), ('collins1'), ('colnago'), ('colo'), ('cologne'), ('colole57'), ('colombi'), ('colombia'),
('colombo'), ('colon'), ('colonel'), ('colonia'), ('colonial'), ('colony'), ('color'), ('color1'), ('colorado'),
('coloring'), ('colors'), ('colossus'), ('colour'), ('colours'), ('colt'), ('colt1911'), ('colt45'), ('colton'),
('coltrane'), ('colts'), ('colts1'), ('colts18'), ('colucci'), ('columbia'), ('columbo'), ('columbus'),
('column'), ('com'), ('com2'), ('coma'), ('comanche'), ('comand'), ('comander'), ('comando'), ('comatose'),
('combat'), ('combat123654'), ('combine'), ('combos'), ('combs'), ('comcast'), ('comcast1'), ('come'),
('come2me'), ('comeback'), ('comedy'), ('comein'), ('comeon'), ('comet'), ('comet1'), ('cometa'), ('cometh'),
('comets'), ('comfort'), ('comfort1'), ('comic'), ('comicbook'), ('comicbookdb'), ('comicbooks'), ('comics'),
('comicsans'), ('comida'), ('coming'), ('command'), ('command1'), ('command2'), ('commande'), ('commander'),
('commando'), ('commandos'), ('comment'), ('comments'), ('commerce'), ('commercial'), ('commie'), ('commish'),
('commo'), ('commodor'), ('commodore'), ('common'), ('communic'), ('communit'), ('community'), ('comp'),
('compa'), ('compac'), ('compact'), ('company'), ('compaq'), ('compaq1'), ('compaq12'), ('compaq123'),
('compaq3'), ('compass'), ('compass1'), ('compatible'), ('compete'), ('compiling'), ('complete'), ('completed'),
('complex'), ('component'), ('compose'), ('composer'), ('compost'), ('compound'), ('compress'), ('compton'),
('compusa'), ('computador'), ('computadora'), ('compute'), ('compute1'), ('computer'), ('computer1'),
('computer12'), ('computers'), ('comrade'), ('comrades'), ('conair'), ('conan'), ('conan1'), ('concac'),
('concept'), ('concepts'), ('concern'), ('concert'), ('concerto'), ('concha'), ('conchita'), ('concise'),
('concord'), ('concorde'), ('concordi'), ('concrete'), ('conditio'), ('condition'), ('condo'), ('condom'),
('condoms'), ('condon'), ('condor'), ('condos'), ('conducto'), ('conduit'), ('conehead'), ('conej'), ('conejo'),
('confed'), ('confess'), ('confetti'), ('confiden'), ('confidence'), ('config'), ('configuratio'), ('confirm'),
('conflict'), ('confuse'), ('confused'), ('cong'), ('congas'), ('congo'), ('congress'), ('conker'), ('conklin'),
('conley'), ('conman'), ('conn'), ('connard'), ('connect'), ('connect1'), ('connecte'), ('connecti'),
('connection'), ('connecto'), ('connell'), ('connelly'), ('conner'), ('conner1'), ('connery'), ('connex'),
('conni'), ('connie'), ('connie1'), ('conno'), ('connolly'), ('connor'), ('connor1'), ('connor11'), ('connor12'),
('connors'), ('conny'), ('conor'), ('conor1'), ('conover'), ('conquer'), ('conquest'), ('conrad'), ('conrad1'),
('conrail'), ('conroy'), ('consense'), ('console'), ('constanc'), ('constance'), ('constant'), ('constanta'),
('constantin'), ('constantine'), ('construc'), ('construction'), ('consuelo'), ('consul'), ('consult'),
('consult1'), ('consulta'), ('consume'), ('consumer'), ('contact'), ('contacts'), ('containe'), ('contains'),
('contax'), ('content'), ('contessa'), ('contest'), ('contests'), ('contex'), ('continue'), ('contortionist'),
('contour'), ('contra'), ('contract'), ('contrasena'), ('contrast'), ('contrera'), ('contro'), ('control'),
('control1'), ('control2'), ('controll'), ('controller'), ('controls'), ('convair'), ('converge'), ('converse'),
('convert'), ('convict'), ('convoy'), ('conway'), ('coochie'), ('cooder'), ('cook'), ('cookbook'), ('cooke'),
('cooker'), ('cooki'), ('cookie'), ('cookie1'), ('cookie11'), ('cookie12'), ('cookie123'), ('cookie13'),
('cookie2'), ('cookie59'), ('cookies'), ('cookies1'), ('cookin'), ('cooking'), ('cooking1'), ('cookman'),
('cooky'), ('cool'), ('cool-ca'), ('cool1'), ('cool11'), ('cool12'), ('cool123'), ('cool1234'), ('cool22'),
('cool23'), ('cool69'), ('cool99'), ('coolbean'), ('coolbeans'), ('coolboy'), ('coolbree'), ('coolcat'),
('coolcool'), ('cooldog'), ('cooldude'), ('cooler'), ('coolest'), ('cooley'), ('coolfool'), ('coolgirl'),
('coolguy'), ('coolguy1'), ('coolhand'), ('coolidge'), ('coolie'), ('coolin'), ('cooling'), ('coolio'),
('coolio1'), ('coolkid'), ('coolman'), ('coolman1'), ('coolness'), ('coolone'), ('cools'), ('coolwhip'),
('coon'), ('coonass'), ('coondog'), ('cooney'), ('cooool'), ('coop'), ('coope'), ('cooper'), ('cooper1'),
('cooper11'), ('cooper12'), ('cooper2'), ('coopers'), ('coors'), ('coors1'), ('coorslig'), ('coorslight'),
('coorslit'), ('cooter'), ('cootie'), ('cope'), ('copeland'), ('copenhag'), ('copenhagen'), ('copernic'),
('copier'), ('copies'), ('copland'), ('copley'), ('coppe'), ('copper'), ('copper1'), ('copperco'), ('copperfi'),
('coppers'), ('cops'), ('copter'), ('copy'), ('copycat'), ('copyright'), ('cora'), ('coral'), ('coralie'),
('corazo'), ('corazon'), ('corbett'), ('corbin'), ('corcoran'), ('cordelia'), ('cordell'), ('cordero'),
('cordless'), ('cordoba'), ('cordova'), ('core'), ('core2duo'), ('corey'), ('corey1'), ('corgan'), ('corgi'),
('corina'), ('corine'), ('corinna'), ('corinne'), ('corinth'), ('cork'), ('corkey'), ('corkie'), ('corky'),
('corky1'), ('corleone'), ('cormac'), ('corn'), ('cornball'), ('cornbrea'), ('cornbread'), ('corndog'),
('cornel'), ('cornelia'), ('cornelis'), ('corneliu'), ('cornelius'), ('cornell'), ('cornell1'), ('corner'),
('cornet'), ('corney'), ('cornfed'), ('cornflak'), ('cornhole'), ('cornholi'), ('cornholio'), ('cornhusk'),
('cornish'), ('cornwall'), ('corny'), ('corolla'), ('corona'), ('corona1'), ('coronado'), ('coronas'),
('corone'), ('coronet'), ('corp'), ('corperfmonsy'), ('corporal'), ('corporat'), ('corporation'), ('corps'),
('corpse'), ('corpsman'), ('corpus'), ('corrado'), ('corrado1'), ('corran'), ('corratec'), ('correct'),
('corrie'), ('corrigan'), ('corrina'), ('corrine'), ('corrupt'), ('corsa'), ('corsair'), ('corsair1'),
('corsano'), ('corsar'), ('corset'), ('corsica'), ('cortes'), ('cortex'), ('cortez'), ('cortina'), ('cortland'),
('cortney'), ('corvair'), ('corvet'), ('corvet07'), ('corvett'), ('corvett1'), ('corvette'), ('corvette1'),
('corvus'), ('corwin'), ('cory'), ('cosenza'), ('cosette'), ('cosimo'), ('cosita'), ('cosmetic'), ('cosmic'),
('cosmin'), ('cosmo'), ('cosmo1'), ('cosmo123'), ('cosmodog'), ('cosmopolitan'), ('cosmos'), ('cossack'),
('cossie'), ('costa'), ('costanza'), ('costaric'), ('costarica'), ('costas'), ('costco'), ('costello'),
('costume'), ('cosworth'), ('cottage'), ('cottage1'), ('cottages'), ('cotton'), ('cotton1'), ('couch'),
('couga'), ('cougar'), ('cougar1'), ('cougar11'), ('cougars'), ('cougars1'), ('couger'), ('coulter'),
('counchac'), ('council'), ('counsel'), ('count'), ('count0'), ('countach'), ('counte'), ('counter'),
('counter1'), ('counters'), ('counterstrike'), ('countess'), ('counting'), ('countr'), ('country'), ('country1'),
('countryb'), ('county'), ('countyli'), ('coupe'), ('couple'), ('couples'), ('coupon'), ('courage'), ('courier'),
('course'), ('court'), ('court1'), ('courtne'), ('courtney'), ('courtney1'), ('courts'), ('courty'), ('cousin'),
('cousins'), ('cousteau'), ('coven'), ('covenant'), ('coventry'), ('cover'), ('coverall'), ('covers'),
('covert'), ('covingto'), ('cowabung'), ('cowbo'), ('cowboy'), ('cowboy1'), ('cowboy12'), ('cowboy22'),
('cowboys'), ('cowboys0'), ('cowboys1'), ('cowboys2'), ('cowboys3'), ('cowboyup'), ('cowd00d'), ('cowdog'),
('cowgirl'), ('cowman'), ('cowpie'), ('cows'), ('cowsrule'), ('coyote'), ('coyote1'), ('coyotes'), ('cozumel'),
('cptnz062'), ('cq2kph'), ('cqnwhy'), ('cqub6553'), ('cr250r'), ('crab'), ('crabby'), ('crabcake'), ('crabtree'),
('crack'), ('crack1'), ('cracked'), ('cracker'), ('cracker1'), ('crackers'), ('crackhea'), ('crackhead'),
('crackpot'), ('cracksevi'), ('cracky'), ('cradle'), ('craft'), ('crafts'), ('crafty'), ('craig'), ('craig1'),
('craig123'), ('craiger'), ('craigs'), ('cram'), ('cramer'), ('cramps'), ('cranberr'), ('cranberry'), ('crane'),
('cranes'), ('crank'), ('cranky'), ('cranston'), ('crap'), ('crapola'), ('crapper'), ('crappie'), ('crappy'),
('craps'), ('crash'), ('crash1'), ('crashed'), ('crasher'), ('crass'), ('crate'), ('crave'), ('craven'),
('craving'), ('crawdad'), ('crawfish'), ('crawford'), ('crawler'), ('craxxxs'), ('crayfish'), ('crayola'),
('crayon'), ('crazed'), ('crazy'), ('crazy1'), ('crazy123'), ('crazy2'), ('crazy4u'), ('crazy8'), ('crazybab'),
('crazyboy'), ('crazyc'), ('crazycat'), ('crazyd'), ('crazyfrog'), ('crazyhor'), ('crazyhorse'), ('crazyj'),
('crazyman'), ('crazyzil'), ('crazzy'), ('cream'), ('cream1'), ('creamer'), ('creampie'), ('creams'), ('creamy'),
('creamyou'), ('crease'), ('create'), ('creatine'), ('creation'), ('creativ'), ('creativ1'), ('creative'),
('creative1'), ('creator'), ('creature'), ('creaven'), ('credit'), ('creditca'), ('creed'), ('creed1'),
('creek'), ('creek1'), ('creep'), ('creeper'), ('creepers'), ('creepy'), ('crenshaw'), ('creole'), ('creosote'),
('crepusculo'), ('crescent'), ('crespo'), ('cressida'), ('crest'), ('cresta'), ('cretin'), ('crevette'),
('crevice'), ('crew'), ('crewcom'), ('crf450'), ('crfnbyf'), ('crfprf'), ('crhbgrf'), ('cribbage'), ('crichton'),
('cricke'), ('cricket'), ('cricket1'), ('crickets'), ('crickett'), ('criket'), ('crime'), ('crimea'),
('criminal'), ('crimson'), ('crimson1'), ('crip'), ('cripple'), ('crippler'), ('cris'), ('crisco'), ('crisis'),
('crisp'), ('crispin'), ('crispy'), ('criss'), ('crissy'), ('crist'), ('crista'), ('cristal'), ('cristi'),
('cristia'), ('cristian'), ('cristiano'), ('cristin'), ('cristina'), ('cristo'), ('cristobal'), ('cristopher'),
('cristy'), ('critic'), ('critical'), ('critter'), ('critter1'), ('critters'), ('crjhgbjy'), ('crjhjcnm'),
('crm0624'), ('crm114'), ('croaker'), ('croatia'), ('croc'), ('crock'), ('crocker'), ('crocket'), ('crockett'),
('croco'), ('crocodil'), ('crocodile'), ('crocus'), ('croft'), ('cromwell'), ('cronaldo'), ('cronic'),
('cronos'), ('cronus'), ('crooked'), ('crooks'), ('crooner'), ('crosby'), ('crosby87'), ('cross'), ('cross1'),
('crossbow'), ('crossfir'), ('crossfire'), ('crossing'), ('crossman'), ('crossroa'), ('crotch'), ('croucher'),
('crouton'), ('crow'), ('crowbar'), ('crowes'), ('crowley'), ('crown'), ('crown1'), ('crowns'), ('crownvic'),
('crows'), ('croydon'), ('crue'), ('cruel'), ('cruella'), ('cruise'), ('cruiser'), ('cruiser1'), ('cruises'),
('cruising'), ('crumbs'), ('crumpet'), ('crunch'), ('crunchy'), ('crusade'), ('crusader'), ('crush'),
('crushed'), ('crusher'), ('crushme'), ('crust'), ('crusty'), ('crutch'), ('cruz'), ('cruzan'), ('cruzazul'),
('cruzeiro'), ('cruzer'), ('crybaby'), ('crying'), ('crypt'), ('cryptic'), ('crypto'), ('crysis'), ('crysta'),
('crystal'), ('crystal0'), ('crystal1'), ('crystal2'), ('crystal7'), ('crystals'), ('cscomp'), ('csfbr5yy'),
('csm101'), ('cstock'), ('cstrike'), ('csyekmrf'), ('csyekz'), ('csyjxtr'), ('ctcnhf'), ('ctdfcnjgjkm'),
('ctdthysq'), ('cthdbc'), ('cthlwt'), ('cthtuf'), ('cthueyz'), ('cthulhu'), ('cthulhu1'), ('cthulu'), ('cthutq'),
('cthuttdbx'), ('cthuttdf'), ('cthuttdyf'), ('ctrhtn'), ('ctrhtnyj'), ('ctvtyjd'), ('ctvtyjdf'), ('cuan'),
('cuba'), ('cubalibr'), ('cubalibre'), ('cuban'), ('cubana'), ('cubano'), ('cubans'), ('cubase'), ('cubbie'),
('cubbies'), ('cubbies1'), ('cubby'), ('cubby1'), ('cube'), ('cubfan'), ('cubs'), ('cubs1'), ('cubsfan'),
('cubswin'), ('cubswin1'), ('cuca'), ('cucciol'), ('cucciolo'), ('cucina'), ('cuckold'), ('cuckoo'), ('cuco'),
('cucumber'), ('cuda'), ('cuddle'), ('cuddles'), ('cuddles1'), ('cuddly'), ('cueball'), ('cuervo'), ('cuisine'),
('cujo'), ('cujo31'), ('culebra'), ('culero'), ('culinary'), ('culito'), ('cullen'), ('culo'), ('culture'),
('culver'), ('cum'), ('cum123'), ('cum2me'), ('cum4me'), ('cum69'), ('cumalot'), ('cumberla'), ('cumbria'),
('cumeater'), ('cumface'), ('cumhard'), ('cumin'), ('cuminme'), ('cumload'), ('cumlover'), ('cumm'), ('cummer'),
('cummin'), ('cumming'), ('cummings'), ('cummins'), ('cumnow'), ('cumonme'), ('cumquat'), ('cums'), ('cumsalot'),
('cumshot'), ('cumshot1'), ('cumshots'), ('cumslut'), ('cumstain'), ('cumsuck'), ('cumsucker'), ('cumtome'),
('cumulus'), ('cunning'), ('cunningh'), ('cunt'), ('cunt1'), ('cunt69'), ('cuntfinger'), ('cunthole'),
('cuntlick'), ('cunts'), ('cuntsoup'), ('cup2006'), ('cupcake'), ('cupcake1'), ('cupcakes'), ('cupid'),
('cupoi'), ('cure'), ('curioso'), ('curious'), ('curious1'), ('curitiba'), ('curiva'), ('curlew'), ('curley'),
('curly'), ('curly1'), ('currahee'), ('curran'), ('current'), ('currie'), ('curry'), ('cursor'), ('curt'),
('curtain'), ('curtains'), ('curtis'), ('curtis1'), ('curve'), ('curves'), ('curzon'), ('custard'), ('custer'),
('custom'), ('customer'), ('customs'), ('cute'), ('cuteako'), ('cutegirl'), ('cuthbert'), ('cutie'), ('cutie1'),
('cutiepie'), ('cuties'), ('cutlass'), ('cutlass1'), ('cutler'), ('cutoff'), ('cutout'), ('cutter'), ('cutting'),
('cuxldv'), ('cuyahoga'), ('cuzz'), ('cv141ab'), ('cvbhyjd'), ('cvbhyjdf'), ('cvbn123'), ('cvetok'), ('cvthnm'),
('cvtifhbrb'), ('cvtnfyf'), ('cvyx76h'), ('cvzefh1gk'), ('cvzefh1gkc'), ('cwoui'), ('cx18ka'), ('cxfcnkbdfz'),
('cxfcnm'), ('cxfcnmt'), ('cxfcnmttcnm'), ('cxzdsaewq'), ('cyanide'), ('cyber'), ('cyber1'), ('cyberia'),
('cyberman'), ('cybernet'), ('cyberonline'), ('cybersex'), ('cyborg'), ('cybrthc'), ('cycle'), ('cycle1'),
('cycles'), ('cycling'), ('cyclist'), ('cyclone'), ('cyclone1'), ('cyclones'), ('cyclops'), ('cyclops1'),
('cyecvevhbr'), ('cyfqgth'), ('cygnet'), ('cygnus'), ('cygnusx1'), ('cyjdsvujljv'), ('cyklone'), ('cymru'),
('cynthi'), ('cynthia'), ('cynthia1'), ('cypher'), ('cypress'), ('cypress1'), ('cyprus'), ('cyrano'), ('cyril'),
('cyrille'), ('cyrus'), ('cyrus1'), ('cytuehjxrf'), ('cytujdbr'), ('cyzkhw'), ('czar'), ('czarny'),
('czekolada'), ('d0ct0r'), ('d12345'), ('d123456'), ('d1234567'), ('d1d2d3'), ('d1i2m3a4'), ('d1lakiss'),
('d2000lb'), ('d36rkqdff'), ('d41d8c'), ('d50gnn'), ('d6o8pm'), ('d6wnro'), ('d78unhxq'), ('d9ebk7'), ('d9ungl'),
('dabble'), ('dabear'), ('dabears'), ('dabl1125'), ('dabomb'), ('daboss'), ('daboys'), ('dabulls'), ('dackel'),
('dad123'), ('dad2ownu'), ('dadd'), ('daddie'), ('daddio'), ('daddy'), ('daddy1'), ('daddy123'), ('daddy2'),
('daddy21'), ('daddy3'), ('daddy69'), ('daddymac'), ('daddyo'), ('daddys'), ('daddysgirl'), ('daddyy'), ('dado'),
('daedalus'), ('daemon'), ('daewoo'), ('daffodil'), ('daffy'), ('daffyd'), ('daffyduc'), ('daffyduck'),
('daftpunk'), ('dagestan'), ('dagger'), ('dagger1'), ('daggers'), ('dagmar'), ('dagny'), ('dago'), ('dagobah'),
('dagobert'), ('dagwood'), ('dahc1'), ('dahlia'), ('dahmer'), ('dailey'), ('daily'), ('daimler'), ('daimon'),
('dairy'), ('daisey'), ('daishi'), ('daisie'), ('daisies'), ('daisuke'), ('daisy'), ('daisy1'), ('daisy123'),
('daisy2'), ('daisy3112'), ('daisydog'), ('daisymae'), ('daisymay'), ('daisys'), ('dak001'), ('dakary'),
('dakine'), ('daking'), ('dakot'), ('dakota'), ('dakota01'), ('dakota1'), ('dakota11'), ('dakota12'),
('dakota2'), ('dakota99'), ('dakotah'), ('dakotas'), ('dalamar'), ('dale'), ('dale03'), ('dale3'), ('dale33'),
('dale38'), ('dale88'), ('dalejr'), ('dalejr8'), ('dalejr88'), ('daleks'), ('dalglish'), ('dali'), ('dalia'),
('dalila'), ('dalla'), ('dallas'), ('dallas01'), ('dallas1'), ('dallas11'), ('dallas12'), ('dallas21'),
('dallas22'), ('dallas33'), ('dallas88'), ('dallastx'), ('dallen'), ('dalmatio'), ('dalshe'), ('dalto'),
('dalton'), ('dalton1'), ('damage'), ('damage11'), ('damager'), ('daman'), ('daman1'), ('damaris'), ('damascus'),
('damasta'), ('dame'), ('dameon'), ('damia'), ('damian'), ('damian1'), ('damiano'), ('damien'), ('damilola'),
('damion'), ('damir'), ('damirka'), ('dammit'), ('damn'), ('damned'), ('damned69'), ('damngood'), ('damnit'),
('damnyou'), ('damocles'), ('damon'), ('damon1'), ('damp'), ('damsel'), ('dan'), ('dan123'), ('dan3'), ('dana'),
('danang'), ('danbury'), ('dance'), ('dance1'), ('dance123'), ('dancer'), ('dancer1'), ('dancer2'), ('dancers'),
('dances'), ('dancin'), ('dancing'), ('dandelio'), ('dandelion'), ('dandfa'), ('dandie'), ('dandy'), ('dane'),
('danechka'), ('dang'), ('dange'), ('dangel'), ('danger'), ('danger1'), ('dangerou'), ('dangerous'), ('dangit'),
('dani'), ('danial'), ('danica'), ('danie'), ('daniel'), ('daniel0'), ('daniel00'), ('daniel01'), ('daniel1'),
('daniel10'), ('daniel11'), ('daniel12'), ('daniel123'), ('daniel19'), ('daniel2'), ('daniel20'), ('daniel21'),
('daniel26'), ('daniel3'), ('daniel4'), ('daniel5'), ('daniel6'), ('daniel69'), ('daniel7'), ('daniel9'),
('daniela'), ('daniela1'), ('daniele'), ('danielit'), ('daniell'), ('daniella'), ('danielle'), ('danielle1'),
('daniels'), ('daniil'), ('danijela'), ('danika'), ('danil'), ('danil8098'), ('danila'), ('danilka'), ('danilo'),
('danilov'), ('danilova'), ('danimal'), ('danish'), ('dank'), ('dank420'), ('danknugs'), ('danman'), ('danmark'),
('dann'), ('danna'), ('danni'), ('danni1'), ('danniash'), ('dannie'), ('dannii'), ('danno'), ('dannon'),
('dannon4'), ('danny'), ('danny001'), ('danny1'), ('danny123'), ('danny2'), ('dannyb'), ('dannyboy'), ('dannyd'),
('dannyg'), ('dannym88'), ('dannys'), ('dano'), ('danone'), ('dante'), ('dante1'), ('dante123'), ('dantes'),
('danthema'), ('dantheman'), ('dantist'), ('danton'), ('danube'), ('danuta'), ('danville'), ('dany'), ('danzig'),
('danziger'), ('daphne'), ('daphne1'), ('dapimp'), ('dapper'), ('dapzu455'), ('darb'), ('darby'), ('darby1'),
('darcey'), ('darcy'), ('darcy1'), ('dare'), ('daredevi'), ('daredevil'), ('dari'), ('daria'), ('darian'),
('darien'), ('darin'), ('darina'), ('dario'), ('darion'), ('darius'), ('dark'), ('dark1'), ('dark123'),
('dark666'), ('darkange'), ('darkangel'), ('darkelf'), ('darken'), ('darker'), ('darkfire'), ('darkhors'),
('darkie'), ('darkjedi'), ('darkknig'), ('darkknight'), ('darklord'), ('darkmage'), ('darkman'), ('darkmanx'),
('darkmoon'), ('darknes'), ('darkness'), ('darkness1'), ('darknigh'), ('darknight'), ('darknite'), ('darkone'),
('darkroom'), ('darkseed'), ('darkside'), ('darksoul'), ('darksta'), ('darkstar'), ('darksun'), ('darkwing'),
('darkwolf'), ('darla'), ('darlene'), ('darlin'), ('darling'), ('darling1'), ('darnell'), ('darnit'), ('darock'),
('darre'), ('darrel'), ('darrell'), ('darren'), ('darren1'), ('darrian'), ('darrin'), ('darrow'), ('darryl'),
('dart'), ('darter'), ('darth'), ('darth1'), ('darthmau'), ('darthmaul'), ('darthvad'), ('darthvader'),
('dartmout'), ('dartmouth'), ('darts'), ('daruma'), ('darvin'), ('darwin'), ('darwin1'), ('darya'), ('daryl'),
('dasani'), ('dasboot'), ('dascha'), ('dasein'), ('dash'), ('dasha'), ('dasha1'), ('dasha123'), ('dasha2010'),
('dashadasha'), ('dashenka'), ('dasher'), ('dashit'), ('dashka'), ('dass'), ('dastan'), ('data'), ('database'),
('datalife'), ('datalore'), ('date'), ('datho'), ('dating'), ('datnigga'), ('datsun'), ('daughter'), ('daulet'),
('dauntivi'), ('dauphin'), ('dauren'), ('dav123'), ('dave'), ('dave01'), ('dave1'), ('dave11'), ('dave12'),
('dave123'), ('dave1234'), ('dave13'), ('dave2'), ('dave22'), ('dave41'), ('dave55'), ('dave69'), ('dave77'),
('dave99'), ('davecole'), ('davedave'), ('daveman'), ('davex'), ('davey'), ('daveyboy'), ('davi'), ('david'),
('david01'), ('david1'), ('david10'), ('david11'), ('david12'), ('david123'), ('david13'), ('david2'),
('david21'), ('david22'), ('david25'), ('david26'), ('david3'), ('david4'), ('david5'), ('david6'), ('david69'),
('david7'), ('david77'), ('david777'), ('david9'), ('david99'), ('davida'), ('davidb'), ('davidc'), ('davidd'),
('davide'), ('davidg'), ('davidh'), ('davidj'), ('davidk'), ('davidkin'), ('davidl'), ('davidlee'), ('davidm'),
('davido'), ('davidoff'), ('davidp'), ('davidr'), ('davidruiz'), ('davids'), ('davids1'), ('davidson'),
('davidt'), ('davidw'), ('davies'), ('davin'), ('davina'), ('davinchi'), ('davinci'), ('davion'), ('davis'),
('davis1'), ('davison'), ('davros'), ('dawg'), ('dawg1'), ('dawg69'), ('dawggy'), ('dawgs'), ('dawgs1'),
('dawid1'), ('dawidek'), ('dawkins'), ('dawn'), ('dawnie'), ('dawns'), ('dawson'), ('daxada'), ('daxter'),
('dayan'), ('dayana'), ('daybreak'), ('daycare'), ('daydream'), ('daylight'), ('days'), ('daystar'), ('daytek'),
('daytime'), ('dayton'), ('daytona'), ('daytona1'), ('daywalke'), ('daywalker'), ('dazed'), ('dazzle'),
('dazzler'), ('dbacks'), ('dbityrf'), ('dbjktnnf'), ('dblock'), ('dbm123dm'), ('dbnfkbq'), ('dbnfkbr'),
('dbnfkbyf'), ('dbnfkz'), ('dbrbyu'), ('dbrecmrf'), ('dbrecz'), ('dbrekz'), ('dbrf134'), ('dbrnjh'),
('dbrnjhbz'), ('dbrnjhjdbx'), ('dbrnjhjdyf'), ('dbrown'), ('dbyjuhfl'), ('dc3ubn'), ('dclxvi'), ('dcowboys'),
('dcp500'), ('dcpugh'), ('dctdjkjl'), ('dctktyyfz'), ('dctulf'), ('dctvcjcfnm'), ('dctvgbplf'), ('dctvghbdf'),
('dctvghbdtn'), ('dcunited'), ('ddd123'), ('dddd1'), ('ddddd1'), ('dddddd1'), ('ddddddd1'), ('dddsss'),
('ddgirls'), ('de1987ma'), ('de7mdf'), ('deacon'), ('deacons'), ('dead'), ('dead1'), ('dead13'), ('deadbeat'),
('deaddog'), ('deadend'), ('deadeye'), ('deadfish'), ('deadfred'), ('deadhead'), ('deadlift'), ('deadline'),
('deadlock'), ('deadly'), ('deadman'), ('deadman1'), ('deadmau5'), ('deadmeat'), ('deadmoin'), ('deadpool'),
('deadsexy'), ('deadsoul'), ('deadspin'), ('deadwood'), ('deadzone'), ('deagle'), ('deal'), ('dealer'),
('deamon'), ('dean'), ('dean1'), ('deandre'), ('deangelo'), ('deanna'), ('deanne'), ('deano'), ('dear'),
('dearborn'), ('death'), ('death1'), ('death123'), ('death13'), ('death2'), ('death6'), ('death66'),
('death666'), ('deathblo'), ('deathnote'), ('deathrow'), ('deaths'), ('deathsta'), ('deathstar'), ('debaser'),
('debate'), ('debbi'), ('debbie'), ('debbie1'), ('debbie69'), ('debby'), ('debeers'), ('debi'), ('debora'),
('deborah'), ('deborah1'), ('debra'), ('debra1'), ('debtfree'), ('debugger'), ('debussy'), ('decade'),
('decatur'), ('decay'), ('decembe'), ('december'), ('december1'), ('december2'), ('decembre'), ('decent'),
('decibel'), ('decimal'), ('decipher'), ('decision'), ('deck'), ('deckard'), ('decker'), ('declan'), ('decline'),
('decoy'), ('dedalus'), ('dedbol'), ('dedham'), ('dedhed'), ('dee123'), ('deeann'), ('deebee'), ('deedee'),
('deedee1'), ('deedlit'), ('deejay'), ('deeman'), ('deep'), ('deep111'), ('deepak'), ('deepblue'), ('deepdive'),
('deeper'), ('deepika'), ('deeppurple'), ('deepred'), ('deepsea'), ('deepsix'), ('deepthro'), ('deepthroat'),
('deepwate'), ('deer'), ('deere'), ('deerhunt'), ('deerhunter'), ('deering'), ('deerpark'), ('deez'),
('deeznuts'), ('deeznutz'), ('def456'), ('defamer'), ('default'), ('default1'), ('defcon'), ('defcon1'),
('defcon4'), ('defeat'), ('defect'), ('defence'), ('defend'), ('defender'), ('defense'), ('defiance'),
('defiant'), ('defiant1'), ('defjam'), ('deflep'), ('deflep27'), ('deftone'), ('deftones'), ('degauss'),
('degree'), ('dehpye'), ('dei008'), ('deicide'), ('deidara'), ('deidre'), ('deimos'), ('deion21'), ('deirdre'),
('deisel'), ('deivis'), ('dejavu'), ('dejesus'), ('dekal'), ('dekalb'), ('dekcah'), ('dekker'), ('delacruz'),
('delaney'), ('delano'), ('delasoul'), ('delaware'), ('delay'), ('delbert'), ('delboy'), ('delenn'), ('deleon'),
('delerium'), ('deles'), ('delete'), ('deleted'), ('delfi'), ('delfin'), ('delfino'), ('delgado'), ('delhi'),
('deli'), ('delia'), ('deliciou'), ('delicious'), ('delight'), ('delights'), ('delila'), ('delilah'),
('delirium'), ('delite'), ('deliver'), ('delivery'), ('dell'), ('dell11'), ('dell123'), ('dell50'), ('della'),
('delldell'), ('delmar'), ('delong'), ('delonge'), ('delorean'), ('delores'), ('delphi'), ('delphin'),
('delphine'), ('delpiero'), ('delray'), ('delrio'), ('delsol'), ('delta'), ('delta1'), ('delta12'), ('delta123'),
('delta2'), ('delta3'), ('delta4'), ('delta5'), ('delta6'), ('delta7'), ('delta88'), ('delta9'), ('deltachi'),
('deltaforce'), ('deltaone'), ('deltas'), ('deltasig'), ('deltatau'), ('deltic'), ('deluca'), ('deluge'),
('deluxe'), ('demand'), ('demarco'), ('dembel'), ('demchenko'), ('demented'), ('dementia'), ('demeter'),
('demetra'), ('demetri'), ('demetria'), ('demetrio'), ('demetriu'), ('demi'), ('demian'), ('demidov'),
('demigod'), ('demise'), ('demiurg'), ('demo'), ('democrat'), ('demolay'), ('demolition'), ('demoman'),
('demon'), ('demon1'), ('demon123'), ('demon13'), ('demon2'), ('demon6'), ('demon666'), ('demona'), ('demond'),
('demonic'), ('demonik'), ('demonio'), ('demons'), ('dempsey'), ('den040791'), ('den123'), ('den12345'),
('denali'), ('denali1'), ('deneme'), ('deng'), ('dengad'), ('denhaag'), ('deni'), ('denial'), ('denied'),
('deniro'), ('denis'), ('denis1'), ('denis123'), ('denis1983'), ('denis1984'), ('denis1987'), ('denis1988'),
('denis1989'), ('denis2011'), ('denisa'), ('denise'), ('denise01'), ('denise1'), ('deniska'), ('deniska1'),
('denison'), ('denisov'), ('deniss'), ('denisz'), ('denman85'), ('denmark'), ('denn'), ('denni'), ('dennie'),
('dennis'), ('dennis1'), ('dennis12'), ('dennis2'), ('denny'), ('denny1'), ('dennys'), ('density'), ('dent'),
('dental'), ('dentist'), ('dentista'), ('dentman'), ('denton'), ('denture'), ('denver'), ('denver1'),
('denver7'), ('denwer'), ('denzel'), ('department'), ('depaul'), ('depeche'), ('depeche1'), ('depechemode'),
('deploy'), ('deposit'), ('depot'), ('depp'), ('deputy'), ('derby'), ('derby1'), ('derek'), ('derek1'),
('dereks'), ('derelict'), ('derevo'), ('derf'), ('derfla'), ('derick'), ('dermot'), ('derosa'), ('derparol'),
('derrek'), ('derren'), ('derrick'), ('derrick1'), ('derrickh'), ('dervish'), ('desade'), ('desant'),
('descent'), ('description'), ('desdemon'), ('desember'), ('desert'), ('deshaun'), ('deshawn'), ('deshon'),
('desi'), ('desig'), ('design'), ('design1'), ('designer'), ('designs'), ('desirae'), ('desire'), ('desiree'),
('desires'), ('desk'), ('deskjet'), ('deskjet1'), ('deskpro'), ('desktop'), ('desmond'), ('desoto'), ('despair'),
('desperad'), ('desperado'), ('desperados'), ('despina'), ('dessar'), ('dessert'), ('dessie'), ('destin'),
('destinee'), ('destini'), ('destiny'), ('destiny1'), ('destiny2'), ('destiny7'), ('destro'), ('destroy'),
('destroye'), ('destroyer'), ('destruct'), ('destruction'), ('detail'), ('details'), ('detect'), ('detectiv'),
('detective'), ('dethklok'), ('detlef'), ('detour'), ('detroit'), ('detroit1'), ('deuce'), ('deuce1'),
('deuce2'), ('deuce22'), ('deusex'), ('deutsch'), ('deutsche'), ('deutschl'), ('deutschland'), ('devan'),
('devante'), ('devastator'), ('develop'), ('develope'), ('developer'), ('deviant'), ('device'), ('devices'),
('devil'), ('devil1'), ('devil123'), ('devil66'), ('devil666'), ('devil69'), ('devilboy'), ('devildog'),
('devildriver'), ('devilish'), ('deville'), ('devilman'), ('devilmay'), ('devilmaycry'), ('devilmaycry4'),
('devils'), ('devils1'), ('devils2'), ('devin'), ('devin1'), ('devine'), ('devious'), ('devlin'), ('devlt4'),
('devo'), ('devo2706'), ('devochka'), ('devon'), ('devon1'), ('devotee'), ('devotion'), ('dewalt'), ('dewar'),
('dewars'), ('dewayne'), ('dewdrop'), ('dewey'), ('dewey1'), ('dewitt'), ('dexte'), ('dexter'), ('dexter1'),
('dexter12'), ('dextur'), ('dezember'), ('dfadan'), ('dfcbkbcf'), ('dfcbkbq'), ('dfcbkmtd'), ('dfcbkmtdf'),
('dfcbktr'), ('dfcmrf'), ('dfcz'), ('dfcz123'), ('dfghjc'), ('dfhbfyn'), ('dfhdfhf'), ('dfhrhfan'), ('dfhtybr'),
('dfhtymt'), ('dfkmltvfh'), ('dfkmrbhbz'), ('dfkthbq'), ('dfkthbr'), ('dfkthbz'), ('dfkthf'), ('dfktxrf'),
('dfktyjr'), ('dfktynby'), ('dfktynbyf'), ('dfktynbyrf'), ('dfktyrb'), ('dflbvrf'), ('dfnheirf'), ('dfvgbh'),
('dfyjdf846'), ('dfymrf'), ('dfytxrf'), ('dga9la'), ('dgl70460'), ('dgoins'), ('dgthtl'), ('dharma'), ('dhip6a'),
('dhjnvytyjub'), ('dhtlbyf'), ('diabetes'), ('diabl'), ('diablo'), ('diablo1'), ('diablo11'), ('diablo123'),
('diablo2'), ('diablo23'), ('diablo66'), ('diablo666'), ('diablo69'), ('diablos'), ('diabolic'), ('diabolik'),
('diabolo'), ('diadora'), ('diagonal'), ('dial'), ('dialer'), ('dialog'), ('diamand'), ('diamant'), ('diamante'),
('diamon'), ('diamond'), ('diamond0'), ('diamond1'), ('diamond2'), ('diamond3'), ('diamond4'), ('diamond6'),
('diamond7'), ('diamond8'), ('diamond9'), ('diamondb'), ('diamondd'), ('diamonds'), ('dian'), ('diana'),
('diana1'), ('diana123'), ('diana2'), ('diana2002'), ('dianas'), ('diane'), ('diane1'), ('dianka'), ('diann'),
('dianna'), ('dianne'), ('dianne1'), ('dianochka'), ('diao'), ('diapason'), ('diaper'), ('diapers'), ('diario'),
('diavolo'), ('diaz'), ('dibble'), ('dicanio'), ('dice'), ('diceman'), ('diciembr'), ('dick'), ('dick1'),
('dick11'), ('dick12'), ('dick123'), ('dick69'), ('dickdick'), ('dickens'), ('dickens1'), ('dicker'), ('dickey'),
('dickface'), ('dickhead'), ('dickie'), ('dickies'), ('dickless'), ('dicklick'), ('dickman'), ('dickme'),
('dicks'), ('dickson'), ('dickster'), ('dicksuck'), ('dickweed'), ('dicky'), ('dictator'), ('dictiona'),
('dictionary'), ('diddle'), ('diddy'), ('didenko'), ('didier'), ('didit'), ('diebitch'), ('diebold'), ('dieg'),
('diego'), ('diego1'), ('diego123'), ('diehard'), ('diehard1'), ('diem'), ('dienstag'), ('diese'), ('diesel'),
('diesel1'), ('diesirae'), ('diet'), ('dietcoke'), ('dieter'), ('dietmar'), ('dietpeps'), ('dietrich'),
('differen'), ('difference'), ('digby'), ('digdog'), ('digdug'), ('digest'), ('digge'), ('digger'), ('digger1'),
('diggers'), ('diggit'), ('diggity'), ('diggler'), ('digi'), ('digimon'), ('digit'), ('digita'), ('digital'),
('digital1'), ('digital2'), ('digitalprodu'), ('digitex'), ('digits'), ('digiview'), ('digler'), ('dignity'),
('dignity7'), ('digweed'), ('dilara'), ('dilbert'), ('dilbert1'), ('dildo'), ('dildo1'), ('dildos'), ('dill'),
('dillard'), ('diller'), ('dilligaf'), ('dilligas'), ('dillinge'), ('dillion'), ('dillon'), ('dillweed'),
('dilly'), ('dilnoza'), ('dilshod'), ('dima'), ('dima12'), ('dima123'), ('dima1234'), ('dima12345'), ('dima13'),
('dima1983'), ('dima1985'), ('dima1989'), ('dima1990'), ('dima1991'), ('dima1992'), ('dima1993'), ('dima1994'),
('dima1995'), ('dima1996'), ('dima1997'), ('dima1998'), ('dima1999'), ('dima2000'), ('dima2009'), ('dima2010'),
('dima2011'), ('dima3452'), ('dima55'), ('dima77'), ('dima777'), ('dimabilan'), ('dimadima'), ('diman'),
('dimanche'), ('dimarik'), ('dimas'), ('dimasik'), ('dimazarya'), ('dime'), ('dimebag'), ('dimedrol'),
('dimensio'), ('dimension'), ('dimes'), ('dimidrol'), ('dimitri'), ('dimitris'), ('dimitry'), ('dimka'),
('dimo4ka'), ('dimochka'), ('dimon'), ('dimon4ik'), ('dimon95'), ('dimple'), ('dimples'), ('dimsum'), ('dimwit'),
('dina'), ('dinah'), ('dinamit'), ('dinamite'), ('dinamo'), ('dinara'), ('dindom'), ('dinero'), ('dinesh'),
('ding'), ('dingbat'), ('dingdong'), ('dinger'), ('dingle'), ('dingo'), ('dingo1'), ('dingos'), ('dingus'),
('dinho'), ('dink'), ('dinkie'), ('dinkle'), ('dinkus'), ('dinky'), ('dinky1'), ('dinmamma'), ('dinner'),
('dino'), ('dino12'), ('dinochka'), ('dinodog'), ('dinosaur'), ('dinsdale'), ('diode'), ('diogenes'), ('dion'),
('dionis'), ('dionne'), ('dionysus'), ('dios'), ('diosesamo'), ('dipascuc'), ('diplom'), ('diploma'),
('diplomat'), ('dipper'), ('dippy'), ('dipset'), ('dipshit'), ('dipstick'), ('dirac'), ('direct'), ('director'),
('directory'), ('direktor'), ('direwolf'), ('dirk'), ('dirkpitt'), ('dirt'), ('dirt49'), ('dirtbag'),
('dirtball'), ('dirtbike'), ('dirty'), ('dirty1'), ('dirtybir'), ('dirtyboy'), ('dirtycunt'), ('dirtyd'),
('dirtydog'), ('dirtygirl'), ('dirtyman'), ('disable'), ('disabled'), ('disarm'), ('disaster'), ('disc'),
('discgolf'), ('disciple'), ('discman'), ('disco'), ('disco1'), ('discord'), ('discordi'), ('discos'),
('discount'), ('discover'), ('discovery'), ('discreet'), ('discus'), ('disease'), ('dishes'), ('dishwash'),
('disk'), ('diskette'), ('disne'), ('disney'), ('disney1'), ('disneyland'), ('disorder'), ('dispatch'),
('display'), ('dispute'), ('distal'), ('distance'), ('distant'), ('district'), ('disturbe'), ('disturbed'),
('ditch'), ('ditka'), ('ditto'), ('ditty'), ('diva'), ('divad'), ('dive'), ('divedeep'), ('diver'), ('diver1'),
('diverdow'), ('divers'), ('diversio'), ('divide'), ('divider'), ('divin'), ('divina'), ('divine'), ('divine1'),
('divine2'), ('divine5'), ('diving'), ('divinity'), ('division'), ('divorce'), ('divorced'), ('divx'), ('divx1'),
('dixie'), ('dixie1'), ('dixiedog'), ('dixon'), ('dixon1'), ('diya2003'), ('dizzle'), ('dizzy'), ('dizzy1'),
('djamaal'), ('django'), ('djctvm'), ('djdjxrf'), ('djdxbr'), ('djembe'), ('djeter'), ('djeter2'), ('djfpass'),
('djg4bb4b'), ('djgabbab'), ('djghjc'), ('djhjyf'), ('djhvbrc'), ('djkjlz'), ('djkrjd'), ('djkrjdf'),
('djkrjlfd'), ('djkujuhfl'), ('djkxbwf'), ('djljgfl'), ('djljghjdjl'), ('djljktq'), ('djohn11'), ('djtiesto'),
('dkalis'), ('dkfcntkby'), ('dkflbckfd'), ('dkflbdjcnjr'), ('dkflbr'), ('dkflbvbh'), ('dkflbvbhjdbx'),
('dkflbvbhjdyf'), ('dkjfghdk'), ('dknight'), ('dlanod'), ('dlanor'), ('dm6tzsgp'), ('dman'), ('dmarink'),
('dmb2010'), ('dmb2011'), ('dmband'), ('dmfxhkju'), ('dmh415'), ('dmiller12as'), ('dmitri'), ('dmitriev'),
('dmitrii'), ('dmitrij'), ('dmitriy'), ('dmitry'), ('dmoney'), ('dnevnik'), ('dnomyar'), ('dnsadm'), ('dnstuff'),
('dobber'), ('dobbin'), ('dobbs'), ('doberman'), ('dobie'), ('dobson'), ('doc123'), ('doc_0815'), ('dochenka'),
('dochka'), ('dock'), ('docker'), ('dockers'), ('docter'), ('docto'), ('doctor'), ('doctor1'), ('doctorj'),
('doctorwh'), ('document'), ('doda99'), ('dodge'), ('dodge1'), ('dodger'), ('dodger1'), ('dodgeram'),
('dodgers'), ('dodgers1'), ('dodges'), ('dodgeviper'), ('dodobird'), ('dodson'), ('doedel'), ('doesit'), ('dog'),
('dog1'), ('dog123'), ('dog2'), ('dogballs'), ('dogbert'), ('dogbert1'), ('dogbite'), ('dogbone'), ('dogbones'),
('dogboy'), ('dogbreat'), ('dogbreath'), ('dogbutt'), ('dogcat'), ('dogday'), ('dogdays'), ('dogface'),
('dogfart'), ('dogfight'), ('dogfish'), ('dogfood'), ('dogfuck'), ('dogg'), ('dogger'), ('dogggg'), ('dogggy'),
('doggie'), ('doggie1'), ('doggies'), ('doggod'), ('doggone'), ('doggy'), ('doggy1'), ('doggy123'), ('doggydog'),
('doggys'), ('doggysty'), ('doggystyle'), ('doghead'), ('doghot'), ('doghouse'), ('dogleg'), ('doglover'),
('dogma'), ('dogma1'), ('dogman'), ('dogman1'), ('dogmatic'), ('dogmatix'), ('dogmeat'), ('dogmeat1'),
('dogphil3650'), ('dogpile'), ('dogpound'), ('dogs'), ('dogs1'), ('dogshit'), ('dogstar'), ('dogstyle'),
('dogtown'), ('dogwood'), ('dohcvtec'), ('doherty'), ('doingit'), ('doit'), ('doitnow'), ('dokken'), ('doktor'),
('dolby'), ('dolce'), ('dole'), ('dolemit1'), ('dolemite'), ('dolfan'), ('dolfin'), ('dolina'), ('dolittle'),
('doll'), ('dolla'), ('dollar'), ('dollar1'), ('dollarbi'), ('dollars'), ('doller'), ('dollface'), ('dollie'),
('dolls'), ('dolly'), ('dolly1'), ('dolomite'), ('dolore'), ('dolores'), ('dolphi'), ('dolphin'), ('dolphin1'),
('dolphin2'), ('dolphin5'), ('dolphin6'), ('dolphin9'), ('dolphins'), ('dolphins1'), ('doma77ns'), ('domain'),
('domainlock2005'), ('domani'), ('dome'), ('dome69'), ('domenic'), ('domenico'), ('domenow'), ('domestic'),
('domi'), ('domin'), ('domina'), ('dominant'), ('dominate'), ('dominati'), ('domination'), ('dominator'),
('doming'), ('domingo'), ('domingue'), ('domini'), ('dominic'), ('dominic1'), ('dominica'), ('dominick'),
('dominik'), ('dominik1'), ('dominika'), ('dominion'), ('dominiqu'), ('dominique'), ('domino'), ('domino1'),
('dominoes'), ('dominos'), ('dominus'), ('domodedovo'), ('domodo'), ('domovoy'), ('don123'), ('donahue'),
('donal'), ('donald'), ('donald1'), ('donaldduck'), ('donaldo'), ('donatella'), ('donatello'), ('donato'),
('done'), ('donegal'), ('doneit'), ('dong'), ('donger'), ('dongle'), ('donita'), ('donjuan'), ('donke'),
('donkey'), ('donkey1'), ('donkeykong'), ('donkeys'), ('donking'), ('donn'), ('donna'), ('donna1'), ('donna123'),
('donnas'), ('donnell'), ('donnelly'), ('donner'), ('donnie'), ('donny'), ('donovan'), ('donsdad'), ('dont'),
('dont4get'), ('dontae'), ('dontask'), ('dontcare'), ('dontdoit'), ('dontforg'), ('dontgotm'), ('donthate'),
('dontknow'), ('donttell'), ('donut'), ('donuts'), ('donvito'), ('doober'), ('doobie'), ('dooby'), ('dood'),
('doodad'), ('doodah'), ('doodie'), ('doodle'), ('doodle1'), ('doodlebu'), ('doodles'), ('doody'), ('doofer'),
('doofus'), ('doog'), ('doogie'), ('doogie1'), ('doogle'), ('doohan'), ('dooker'), ('dookie'), ('dooley'),
('doom'), ('doom12'), ('doomed'), ('doomer'), ('doomsday'), ('dooper'), ('door'), ('doorbell'), ('doorknob'),
('doorman'), ('doormat'), ('doors'), ('doors1'), ('doorway'), ('doozer'), ('dopamine'), ('dope'), ('dopehead'),
('dopeman'), ('dopey'), ('dopey01'), ('doppler'), ('doqvq3'), ('dora'), ('dorado'), ('doraemon'), ('dorcas'),
('doreen'), ('doremi'), ('dorene'), ('dori'), ('doria'), ('dorian'), ('doright'), ('dorina'), ('doris'),
('doris1'), ('doritos'), ('dork'), ('dorkboy'), ('dorkus'), ('dorman'), ('doroga'), ('doromich'), ('dorota'),
('doroth'), ('dorothea'), ('dorothee'), ('dorothy'), ('dorothy1'), ('dorsai'), ('dorset'), ('dorsett'),
('dorsey'), ('dorthe'), ('dortmund'), ('doss'), ('dotcom'), ('dothedew'), ('dotnet'), ('dotson'), ('dott'),
('dottie'), ('double'), ('doubled'), ('doublej'), ('doubles'), ('doublet'), ('doubt'), ('douche'), ('douchebag'),
('doudo'), ('doug'), ('doug1'), ('dougal'), ('dough'), ('doughboy'), ('doughnut'), ('dougie'), ('dougla'),
('douglas'), ('douglas1'), ('douglass'), ('doulos'), ('dovajb'), ('dove'), ('dover'), ('dover1'), ('dovetail'),
('dowjones'), ('dowling'), ('down'), ('down1'), ('downer'), ('downey'), ('downfall'), ('downhill'), ('downing'),
('download'), ('downlow'), ('downtime'), ('downtown'), ('downunde'), ('doyle'), ('dozer'), ('dozer1'),
('dozzer'), ('dposton'), ('dr8350'), ('drac'), ('drache'), ('drachen'), ('draco'), ('draco1'), ('dracon'),
('draconis'), ('dracos'), ('dracul'), ('dracula'), ('dracula1'), ('draft'), ('drafting'), ('drag'), ('drag0n'),
('dragan'), ('dragnet'), ('drago'), ('dragon'), ('dragon0'), ('dragon00'), ('dragon01'), ('dragon05'),
('dragon06'), ('dragon1'), ('dragon10'), ('dragon11'), ('dragon12'), ('dragon123'), ('dragon13'), ('dragon17'),
('dragon18'), ('dragon19'), ('dragon2'), ('dragon20'), ('dragon21'), ('dragon22'), ('dragon23'), ('dragon25'),
('dragon3'), ('dragon33'), ('dragon35'), ('dragon4'), ('dragon44'), ('dragon5'), ('dragon6'), ('dragon64'),
('dragon66'), ('dragon666'), ('dragon69'), ('dragon7'), ('dragon76'), ('dragon77'), ('dragon88'), ('dragon9'),
('dragon98'), ('dragon99'), ('dragonage'), ('dragonba'), ('dragonball'), ('dragonballz'), ('dragonfi'),
('dragonfire'), ('dragonfl'), ('dragonfly'), ('dragonforce'), ('dragonla'), ('dragonma'), ('dragonman'),
('dragons'), ('dragons1'), ('dragonss'), ('dragonz'), ('dragoon'), ('dragoon1'), ('dragos'), ('dragrace'),
('dragstar'), ('dragster'), ('dragula'), ('drahcir'), ('drain'), ('drains'), ('drakcap'), ('drake'), ('drake1'),
('drake2'), ('draken'), ('drakes'), ('drakkar'), ('drako'), ('drakon'), ('drakula'), ('drama'), ('dranreb'),
('draper'), ('drastic'), ('draven'), ('draw'), ('drawde'), ('drawer'), ('drawing'), ('drawoh'), ('drdeath'),
('drdoom'), ('drdre'), ('drea'), ('dread'), ('dreadful'), ('dreads'), ('dream'), ('dream1'), ('dream2'),
('dreamcas'), ('dreamcast'), ('dreame'), ('dreamer'), ('dreamer1'), ('dreamer2'), ('dreamers'), ('dreamgirl'),
('dreaming'), ('dreamon'), ('dreamonline'), ('dreams'), ('dreams1'), ('dreamteam'), ('dreamy'), ('dreday'),
('dredd'), ('dreher'), ('dresden'), ('dress'), ('dressage'), ('dresser'), ('drevil'), ('drew'), ('drew1'),
('drew11'), ('drew123'), ('drewman'), ('drexel'), ('drexler'), ('dreyfus'), ('drgonzo'), ('dribble'), ('drift'),
('drifter'), ('drifting'), ('drill'), ('driller'), ('drilling'), ('drills'), ('drink'), ('drinker'),
('drinking'), ('drinks'), ('dripik'), ('dripping'), ('driscoll'), ('drive'), ('driven'), ('driver'), ('driver1'),
('driver8'), ('drivers'), ('drives'), ('driving'), ('drizzit'), ('drizzt'), ('drizzt1'), ('drjynfrnt'),
('drlove'), ('dro8smwq'), ('drogba'), ('dron'), ('drone'), ('drones'), ('drongo'), ('drool'), ('droopy'),
('drop'), ('dropdead'), ('dropkick'), ('dropzone'), ('drowning'), ('drowssap'), ('drpepper'), ('drstrang'),
('drucker'), ('drugfree'), ('drugs'), ('druhay17'), ('druid'), ('druids'), ('drum'), ('drum66'), ('drumandbass'),
('drumer'), ('drumline'), ('drumme'), ('drummer'), ('drummer1'), ('drummers'), ('drumming'), ('drummond'),
('drumnbass'), ('drums'), ('drums1'), ('drumset'), ('drumss'), ('drunk'), ('drunk1'), ('drunken'), ('drusilla'),
('druss'), ('druuna'), ('drwho'), ('dryden'), ('dryfly'), ('drywall'), ('ds7zamnw'), ('dshade'), ('dsmith'),
('dsobwick'), ('dstars'), ('dtcyeirf'), ('dte4uw'), ('dtheyxbr'), ('dthjxrf'), ('dthjybrf'), ('dthjybxrf'),
('dthyjcnm'), ('dtkjcbgtl'), ('dtlmvf'), ('dtnfkm'), ('dtrain'), ('dtxyjcnm'), ('dtybfvby'), ('dtynbkznjh'),
('dtythf'), ('dually'), ('duan'), ('duane'), ('duane1'), ('duarte'), ('dubai'), ('dubbie'), ('dubesor'),
('dublin'), ('dubois'), ('ducat'), ('ducati'), ('ducati1'), ('ducati74'), ('ducati99'), ('duce'), ('duchess'),
('duchess1'), ('duck'), ('duck1'), ('duckbutt'), ('duckduck'), ('ducker'), ('duckey'), ('duckhead'),
('duckhunt'), ('duckie'), ('duckling'), ('duckman'), ('duckpond'), ('ducks'), ('ducks1'), ('ducksoup'),
('ducky'), ('ducky1'), ('ducttape'), ('dudder'), ('dude'), ('dude1'), ('dude11'), ('dude12'), ('dude123'),
('dude1234'), ('dude1998'), ('dude22'), ('dude69'), ('dudedude'), ('dudelove'), ('dudeman'), ('duder'),
('dudes'), ('dudley'), ('dudley1'), ('duende'), ('duetto'), ('duff'), ('duffbeer'), ('duffel'), ('duffer'),
('duffie'), ('duffman'), ('duffy'), ('duffy1'), ('duffydog'), ('dufus'), ('dugan'), ('dugan1'), ('duggan'),
('dugway'), ('duhast'), ('duisburg'), ('duke'), ('duke01'), ('duke1'), ('duke11'), ('duke12'), ('duke123'),
('duke13'), ('duke33'), ('duke3d'), ('dukeblue'), ('dukedog'), ('dukeduke'), ('dukeman'), ('dukenuke'),
('dukenukem'), ('dukers'), ('dukes'), ('dukester'), ('dukey'), ('dukies'), ('dulce'), ('dulcinea'), ('duluth'),
('dumars'), ('dumass'), ('dumb'), ('dumbass'), ('dumbass1'), ('dumber'), ('dumbfuck'), ('dumbo'), ('dumbshit'),
('dummer'), ('dummie'), ('dummies'), ('dummy'), ('dummy1'), ('dummys'), ('dumont'), ('dump'), ('dumper'),
('dumpling'), ('dumpster'), ('dumpy'), ('dun6sm'), ('dunamis'), ('dunbar'), ('dunca'), ('duncan'), ('duncan1'),
('duncan21'), ('dunce1'), ('dundas'), ('dundee'), ('dundee1'), ('dune'), ('dune2000'), ('dunedin'), ('dungeon'),
('dunham'), ('dunhill'), ('dunk'), ('dunker'), ('dunkin'), ('dunlap'), ('dunlop'), ('dunn'), ('dunno'),
('dunnowho89'), ('dunwoody'), ('dupa'), ('dupa123'), ('duper'), ('duplex'), ('duplicate'), ('dupont'),
('dupont24'), ('dupree'), ('duracell'), ('duramax'), ('duran'), ('durand'), ('durandal'), ('duranduran'),
('durango'), ('durango1'), ('durant'), ('durban'), ('durden'), ('durdom'), ('durex'), ('durham'), ('dust'),
('dustbin'), ('dusted'), ('duster'), ('dusti'), ('dustin'), ('dustin1'), ('dustin23'), ('dustman'), ('dustoff'),
('dusty'), ('dusty1'), ('dusty123'), ('dusty197'), ('dustydog'), ('dutch'), ('dutch1'), ('dutches'),
('dutchess'), ('dutchie'), ('dutchman'), ('dutchy'), ('dutton'), ('duty'), ('duval'), ('duvall'), ('dvader'),
('dvdcom'), ('dvorak'), ('dwarf'), ('dwarf1'), ('dwayne'), ('dwdrums'), ('dweeb'), ('dwell'), ('dwells'),
('dwight'), ('dwl610'), ('dwml9f'), ('dyanna'), ('dyexrf'), ('dylan'), ('dylan1'), ('dylan123'), ('dylan2'),
('dylandog'), ('dylans'), ('dynamic'), ('dynamics'), ('dynamite'), ('dynamo'), ('dynastar'), ('dynasty'),
('dyno'), ('dynomite'), ('dynxyu'), ('dzakuni'), ('dzxtckfd'), ('e12345'), ('e123456'), ('e214fre21'),
('e2fq7fzj'), ('e3w2q1'), ('e5pftu'), ('e6pz84qfcj'), ('e6z8jh'), ('ea53g5'), ('eadgbe'), ('eae21157'),
('eager'), ('eagle'), ('eagle1'), ('eagle123'), ('eagle2'), ('eagle21'), ('eagle3'), ('eagle5'), ('eagle69'),
('eagle7'), ('eagle9'), ('eagle99'), ('eagleeye'), ('eagleman'), ('eagleone'), ('eagles'), ('eagles05'),
('eagles1'), ('eagles11'), ('eagles12'), ('eagles20'), ('eagles22'), ('eagles5'), ('eamonn'), ('earl'),
('earlgrey'), ('early'), ('earn381'), ('earnest'), ('earnhard'), ('earnhardt'), ('earnhart'), ('ears'),
('earth'), ('earth1'), ('earthlin'), ('earthlink'), ('earwax'), ('earwig'), ('easier'), ('easley'), ('east'),
('eastbay'), ('easter'), ('eastern'), ('eastern1'), ('easton'), ('eastside'), ('eastwest'), ('eastwood'),
('easy'), ('easy1'), ('easy123'), ('easy1234'), ('easygo'), ('easypass'), ('easypay'), ('easyride'),
('eatadick'), ('eatass'), ('eatcum'), ('eater'), ('eather'), ('eating'), ('eatit'), ('eatme'), ('eatme1'),
('eatme2'), ('eatme69'), ('eatmeat'), ('eatmee'), ('eatmenow'), ('eatmeraw'), ('eatmyass'), ('eatpie'),
('eatpussy'), ('eatshit'), ('eatshit1'), ('ebenezer'), ('ebonee'), ('ebony'), ('ebony1'), ('eccles'),
('echelon'), ('echo'), ('echo45'), ('echoes'), ('eckerd'), ('eclectic'), ('eclips'), ('eclipse'), ('eclipse1'),
('eclipse2'), ('eclipse9'), ('ecnirp'), ('economia'), ('economic'), ('economics'), ('economist'), ('economy'),
('ecosse'), ('ecstacy'), ('ecstasy'), ('ecuador'), ('ecurb'), ('ed1234'), ('edcrfv'), ('edcwsxqaz'), ('eddie'),
('eddie1'), ('eddie123'), ('eddie2'), ('eddie3'), ('eddie666'), ('eddieboy'), ('eddies'), ('eddings'), ('eddy'),
('edelweis'), ('eden'), ('edgar'), ('edgar1'), ('edgard'), ('edge'), ('edgewise'), ('edgewood'), ('edibey'),
('edifier'), ('edik123'), ('edinburg'), ('edinburgh'), ('edinorog'), ('edisni'), ('edison'), ('edit'), ('edith'),
('edition'), ('editor'), ('edmond'), ('edmonds'), ('edmonton'), ('edmund'), ('edmundo'), ('edna'), ('edoardo'),
('edouard'), ('edthom'), ('eduard'), ('eduard1'), ('eduardo'), ('eduardo1'), ('educatio'), ('education'),
('edvard'), ('edwar'), ('edward'), ('edward1'), ('edward11'), ('edward12'), ('edward2'), ('edwardcullen'),
('edwardo'), ('edwards'), ('edwards1'), ('edwardss'), ('edwin'), ('edwin1'), ('edwina'), ('eeeee1'), ('eeeeee1'),
('eeeeeee1'), ('eek'), ('eetfuk'), ('eeyore'), ('eeyore1'), ('efbcapa201'), ('effect'), ('effects'), ('effie'),
('efrai'), ('efremov'), ('efyreg'), ('egbert'), ('eggbert'), ('egghead'), ('eggman'), ('eggplant'), ('eggroll'),
('eggs'), ('eghfdktybt'), ('egoist'), ('egoiste'), ('egon'), ('egor'), ('egor123'), ('egorka'), ('egorov'),
('egorova'), ('egroeg'), ('egypt'), ('egypt1'), ('egyptian'), ('ehidkbd'), ('eider'), ('eieio'), ('eiffel'),
('eight'), ('eight8'), ('eight888'), ('eightbal'), ('eightball'), ('eighteen'), ('eighty'), ('eileen'),
('eingang'), ('einstei'), ('einstein'), ('einstien'), ('eintrach'), ('eintritt'), ('eire'), ('eisbaer'),
('eistee'), ('ejaculation'), ('ekaterina'), ('ekaterina20'), ('ekbnrf'), ('ekilpool'), ('ekim'), ('eklhigcz'),
('ekmzyf'), ('eknock'), ('el345612'), ('el546218'), ('elain'), ('elaina'), ('elaine'), ('elaine1'), ('elaine22'),
('elaman'), ('elanor'), ('elastic'), ('elates_y'), ('elayne'), ('elbarto'), ('elbereth'), ('elbert'), ('elbow'),
('elbows'), ('elcamino'), ('eldar'), ('elder'), ('eldest'), ('eldiablo'), ('eldon'), ('eldora'), ('eldorado'),
('eldred'), ('eldridge'), ('eldritch'), ('eleanor'), ('eleanor1'), ('election'), ('electr'), ('electra'),
('electra1'), ('electric'), ('electro'), ('electro1'), ('electron'), ('electronic'), ('electronics'),
('elefant'), ('elefante'), ('elegance'), ('elegant'), ('elektra'), ('elektrik'), ('elektro'), ('elemen'),
('element'), ('element1'), ('element2'), ('elementa'), ('elemental'), ('elements'), ('elena'), ('elena1'),
('elena123'), ('elena1971'), ('elena1975'), ('elena2010'), ('elenas'), ('elenberg'), ('elendil'), ('elenka'),
('elenor'), ('eleonor'), ('eleonora'), ('elephan'), ('elephant'), ('elephant1'), ('elessar'), ('elevatio'),
('elevation'), ('elevator'), ('eleven'), ('eleven11'), ('elfquest'), ('elfriede'), ('elfstone'), ('elgato'),
('elgin'), ('elgordo'), ('elguapo'), ('elia'), ('eliana'), ('eliane'), ('elias'), ('eliezer'), ('elijah'),
('elina'), ('elinor'), ('eliot'), ('elisa'), ('elisabet'), ('elisabeth'), ('elise'), ('elise1'), ('elisha'),
('elissa'), ('eliston'), ('elite'), ('elite1'), ('elite11'), ('elite2'), ('elites'), ('elixir'), ('eliza'),
('eliza1'), ('elizabet'), ('elizabeth'), ('elizabeth1'), ('elizaveta'), ('eljefe'), ('elkcit'), ('elke'),
('ella'), ('ellada'), ('elland'), ('elle'), ('ellehcim'), ('ellen'), ('ellen1'), ('elli'), ('ellie'), ('ellie1'),
('elliot'), ('elliott'), ('elliott1'), ('ellis'), ('ellis1'), ('ellison'), ('ellobo'), ('elloco'), ('ellswort'),
('elmer'), ('elmer1'), ('elmer251'), ('elmers'), ('elmhurst'), ('elmira'), ('elmo'), ('elmore'), ('elmwood'),
('elnino'), ('elocin'), ('elodi'), ('elodie'), ('elohim'), ('eloise'), ('elpaso'), ('elric'), ('elric1'),
('elrond'), ('elroy'), ('elsa'), ('elsalvador'), ('elsie'), ('elsinore'), ('elspeth'), ('elton'), ('eltoro'),
('elusive'), ('elves'), ('elvin'), ('elvina'), ('elvir'), ('elvira'), ('elvira26'), ('elvis'), ('elvis1'),
('elvis123'), ('elvis69'), ('elvis77'), ('elvis99'), ('elvisp'), ('elviss'), ('elway'), ('elway07'), ('elway1'),
('elway7'), ('elwood'), ('elysium'), ('elzorro'), ('emachine'), ('emachines'), ('email'), ('email1'), ('eman'),
('emanue'), ('emanuel'), ('emanuela'), ('emanuele'), ('emb377'), ('embalm'), ('embalmer'), ('embassy'),
('ember'), ('emblem'), ('embrace'), ('emely'), ('emerald'), ('emerald1'), ('emergenc'), ('emergency'),
('emerica'), ('emerso'), ('emerson'), ('emerson1'), ('emery'), ('emil'), ('emilee'), ('emili'), ('emilia'),
('emiliano'), ('emilie'), ('emilio'), ('emilka'), ('emily'), ('emily1'), ('emily123'), ('emily2'), ('emilyann'),
('emilyb'), ('emilys'), ('emine'), ('eminem'), ('eminem1'), ('eminem11'), ('eminem12'), ('emirates'), ('emma'),
('emma01'), ('emma123'), ('emma22'), ('emmajane'), ('emmanue'), ('emmanuel'), ('emmarose'), ('emmaus'),
('emmett'), ('emmit'), ('emmitt'), ('emmitt22'), ('emmons'), ('emokid'), ('emoney'), ('emory'), ('emotion'),
('emotions'), ('empathy'), ('emperor'), ('empire'), ('empire1'), ('empire11'), ('empires'), ('employee'),
('emporium'), ('empress'), ('empty'), ('emyeuanh'), ('enable'), ('enamorad'), ('encarta'), ('enchante'),
('enclave'), ('encore'), ('encounter'), ('endeavor'), ('ender'), ('ender1'), ('enders'), ('endgame'), ('ending'),
('endless'), ('endure'), ('enduro'), ('endymion'), ('endzone'), ('enemy'), ('energia'), ('energie'),
('energize'), ('energizer'), ('energy'), ('energy1'), ('energy12'), ('enfant'), ('enfield'), ('enforcer'),
('enfuego'), ('engage'), ('engaged'), ('engel'), ('engels'), ('engine'), ('engine1'), ('engine2'), ('engine3'),
('engineer'), ('engineering'), ('engines'), ('englan'), ('england'), ('england1'), ('english'), ('english1'),
('enhanced'), ('enigm'), ('enigma'), ('enigma1'), ('enigma2'), ('enjoy'), ('enjoy1'), ('enjoyit'), ('enkeli'),
('enkidu'), ('enlighte'), ('enolagay'), ('enormous'), ('enough'), ('enrico'), ('enriqu'), ('enrique'),
('enrique1'), ('enron714'), ('ensemble'), ('ensign'), ('enter'), ('enter1'), ('enter123'), ('enter2'),
('entering'), ('enterme'), ('enternow'), ('enterpri'), ('enterprise'), ('enters'), ('entertai'),
('entertainment'), ('entrada'), ('entrance'), ('entrar'), ('entre'), ('entropy'), ('entry'), ('envelope'),
('envision'), ('enzo'), ('enzyme'), ('epatb1'), ('epaulson'), ('epervier'), ('epic'), ('epidemia'), ('epiphany'),
('epiphone'), ('episode'), ('episode1'), ('epoch'), ('epsilon'), ('epsilon1'), ('epson'), ('epson1'),
('epstein'), ('epvjb6'), ('epwr49'), ('equal'), ('equate'), ('equine'), ('equinox'), ('equity'), ('eragon'),
('eraser'), ('erasmus'), ('erasure'), ('erathia'), ('erbol'), ('ercole'), ('erdfcv'), ('erdna'), ('erebus'),
('erection'), ('ereiamjh'), ('erevan'), ('erfolg'), ('erhfbyf'), ('eric'), ('eric1'), ('eric11'), ('eric1132'),
('eric12'), ('eric123'), ('eric1234'), ('eric69'), ('eric99'), ('erica'), ('erica1'), ('ericcc'), ('ericeric'),
('erich'), ('erick'), ('ericka'), ('erickson'), ('ericson'), ('ericsson'), ('eriepa'), ('erik'), ('erika'),
('erika1'), ('eriksson'), ('erin'), ('erkebulan'), ('erkina'), ('erlan'), ('ermine'), ('ern3sto'), ('ernes'),
('ernest'), ('ernest1'), ('ernesto'), ('ernie'), ('ernie1'), ('ernies'), ('ernst'), ('eroica'), ('eros'),
('erotic'), ('erotica'), ('erotica1'), ('erotik'), ('erreway'), ('error'), ('errors'), ('ersatz'), ('ershov'),
('erskine'), ('erunda'), ('eruption'), ('ervin'), ('erwin'), ('erwin1'), ('erxtgb'), ('es206en'), ('esbjerg'),
('escada'), ('escaflowne'), ('escalade'), ('escape'), ('escape1'), ('escher'), ('escobar'), ('escola'),
('escorpi'), ('escorpio'), ('escorpion'), ('escort'), ('escort1'), ('escrima'), ('escrow'), ('esenin'),
('eshort'), ('eskimo'), ('esmerald'), ('esmeralda'), ('esmith'), ('esoteric'), ('espace'), ('espada'),
('espagne'), ('espana'), ('espanol'), ('esperanz'), ('esperanza'), ('espero'), ('espinosa'), ('espinoza'),
('espiritu'), ('espn'), ('espoir'), ('esposito'), ('espresso'), ('esprit'), ('esquire'), ('essayons'), ('essen'),
('essence'), ('essendon'), ('essential'), ('essex'), ('estate'), ('esteba'), ('esteban'), ('esteem'),
('estefan'), ('estefani'), ('estefania'), ('estela'), ('estell'), ('estella'), ('estelle'), ('ester'), ('estes'),
('esthe'), ('esther'), ('estonia'), ('estoppel'), ('estrada'), ('estreet'), ('estrela'), ('estrell'),
('estrella'), ('estrellit'), ('eternal'), ('eternal1'), ('eternity'), ('ethan'), ('ethan1'), ('ethan123'),
('ethel'), ('ether'), ('ethereal'), ('ethernet'), ('ethics'), ('ethiopia'), ('etienne'), ('etnies'), ('etoile'),
('etower'), ('ettore'), ('etvww4'), ('euclid'), ('euclid90'), ('eudora'), ('eugen'), ('eugene'), ('eugene1'),
('eugeni'), ('eugenia'), ('eugenio'), ('eumesmo'), ('eunice'), ('euphoria'), ('eureka'), ('euro'), ('euro2000'),
('eurocard'), ('euroline'), ('europ'), ('europa'), ('europe'), ('european'), ('eus1sue1'), ('eusebio'),
('euskadi'), ('ev700'), ('ev7000'), ('evad'), ('evaluate'), ('evan'), ('evan1'), ('evander'), ('evanescence'),
('evangeli'), ('evangelion'), ('evans'), ('evanston'), ('evbukb'), ('eveli'), ('evelin'), ('evelina'),
('eveline'), ('evely'), ('evelyn'), ('evelyne'), ('evenflow'), ('evening'), ('evenpar'), ('evenstar'), ('event'),
('eventlog'), ('events'), ('ever'), ('everclea'), ('everest'), ('everest1'), ('everett'), ('evergree'),
('evergreen'), ('everlast'), ('everlong'), ('evermore'), ('everques'), ('everquest'), ('everto'), ('everton'),
('everton1'), ('evertonf'), ('every'), ('every1'), ('everyday'), ('everyone'), ('everythi'), ('everything'),
('evets'), ('evets1'), ('evette'), ('evgen'), ('evgeni'), ('evgenia'), ('evgenii'), ('evgenij'), ('evgeniy'),
('evgeniya'), ('evgeny'), ('evgesha'), ('evh5150'), ('evidence'), ('evil'), ('evil1'), ('evil666'), ('evildead'),
('evillive'), ('evilone'), ('evita'), ('evol'), ('evolutio'), ('evolution'), ('evolve'), ('evrika'), ('evropa'),
('ewanko'), ('ewelina'), ('ewing'), ('ewing33'), ('ewq321'), ('ewtosi'), ('ewyuza'), ('examiner'), ('example'),
('exbntkm'), ('excalibe'), ('excaliber'), ('excalibu'), ('excalibur'), ('exceed'), ('excel'), ('excel1'),
('excell'), ('excellen'), ('excellence'), ('excellent'), ('excelsio'), ('excess'), ('exchange'), ('excite'),
('excited'), ('exciter'), ('exciting'), ('exclusiv'), ('exclusive'), ('execute'), ('executiv'), ('executive'),
('executor'), ('exercise'), ('exeter'), ('exhaust'), ('exigen'), ('exigent'), ('exile'), ('exit'), ('exocet'),
('exodus'), ('exorcist'), ('exotic'), ('expediti'), ('experience'), ('experienced'), ('expert'), ('expired'),
('explicit'), ('explode'), ('exploite'), ('exploiter'), ('explore'), ('explore1'), ('explorer'), ('explorer1'),
('explosiv'), ('export'), ('expos'), ('exposed'), ('exposure'), ('express'), ('express1'), ('express2'),
('expresso'), ('extacy'), ('extasy'), ('extensa'), ('external'), ('extra'), ('extra1'), ('extra300'),
('extra330'), ('extras'), ('extrem'), ('extreme'), ('extreme1'), ('exupery'), ('exxon'), ('eybdthcbntn'),
('eyeball'), ('eyeballs'), ('eyebrow'), ('eyecandy'), ('eyedoc'), ('eyes'), ('eyesonly'), ('eyespy'), ('eyphed'),
('ezekiel'), ('ezequiel'), ('ezmoney'), ('ezra'), ('f**k'), ('f00b4r'), ('f00bar'), ('f00tball'), ('f0cus1'),
('f12345'), ('f123456'), ('f14tomcat'), ('f150'), ('f15eagle'), ('f1f2f3'), ('f1f2f3f4'), ('f22raptor'),
('f3gh65'), ('f56307'), ('f67342'), ('f8yruxoj'), ('f9lmwd'), ('faber'), ('fabfive'), ('fabfour'), ('fabi'),
('fabia'), ('fabian'), ('fabiana'), ('fabiano'), ('fabie'), ('fabien'), ('fabienn'), ('fabienne'), ('fabio'),
('fabio1'), ('fabiol'), ('fabiola'), ('fabius'), ('fabolous'), ('fabregas'), ('fabric'), ('fabrice'),
('fabrika'), ('fabrizi'), ('fabrizio'), ('fabulous'), ('facade'), ('face'), ('face2face'), ('facebook'),
('facefuck'), ('facelift'), ('faceman'), ('faceoff'), ('faces'), ('facesit'), ('facial'), ('facial1'),
('facials'), ('facile'), ('fackyou'), ('factor'), ('factory'), ('faerie'), ('fafnir'), ('fafyfcbq'),
('fafyfcmtd'), ('fagget'), ('faggot'), ('faggot1'), ('fahayek'), ('fahbrf'), ('fahjlbnf'), ('failed'),
('failsafe'), ('failte'), ('failure'), ('fair'), ('fairbank'), ('fairchil'), ('fairfax'), ('fairfiel'),
('fairlady'), ('fairlane'), ('fairless'), ('fairmont'), ('fairview'), ('fairway'), ('fairy'), ('fairytail'),
('faisal'), ('faith'), ('faith1'), ('faith123'), ('faith2'), ('faithful'), ('faithless'), ('faiths'), ('faithy'),
('fajita'), ('fake'), ('fakepass'), ('faktor'), ('falco'), ('falco02'), ('falcon'), ('falcon01'), ('falcon1'),
('falcon11'), ('falcon12'), ('falcon16'), ('falcon2'), ('falcon21'), ('falcon3'), ('falcon4'), ('falcon5'),
('falcon69'), ('falcon7'), ('falcone'), ('falconer'), ('falcons'), ('falcons1'), ('falcor'), ('falken'),
('falkland'), ('fall'), ('fall99'), ('fallacy'), ('fallen'), ('fallen1'), ('fallenangel'), ('fallengun'),
('falling'), ('fallon'), ('fallout'), ('fallout1'), ('fallout2'), ('fallout3'), ('falloutboy'), ('falls'),
('false'), ('falstaff'), ('famil'), ('famili'), ('familia'), ('familie'), ('famille'), ('family'), ('family01'),
('family1'), ('family5'), ('familyguy'), ('famine'), ('famous'), ('fanatic'), ('fanatik'), ('fanboy'),
('fanclub'), ('fancy'), ('fancy1'), ('fandango'), ('fanfare'), ('fang'), ('fann'), ('fannie'), ('fannies'),
('fanny'), ('fanny1'), ('fanta'), ('fanta123'), ('fantas'), ('fantasia'), ('fantasie'), ('fantasies'),
('fantasm'), ('fantasma'), ('fantasti'), ('fantastic'), ('fantasy'), ('fantasy1'), ('fantasy7'), ('fantasy8'),
('fantazy'), ('fantik'), ('fantom'), ('fantomas'), ('fantomen'), ('far7766'), ('farah'), ('faramir'), ('faraon'),
('farber'), ('farcry'), ('farfalla'), ('fargo'), ('fargus'), ('farhad'), ('farhan'), ('farida'), ('farina'),
('farkle'), ('farley'), ('farm'), ('farmall'), ('farmboy'), ('farme'), ('farmer'), ('farmer1'), ('farmers'),
('farmhous'), ('farming'), ('farmland'), ('farmvill'), ('farooq'), ('farouk'), ('farout'), ('farragut'),
('farrah'), ('farrar'), ('farrell'), ('farrier'), ('farris'), ('farrow'), ('farscape'), ('farside'),
('farside1'), ('fart'), ('farted'), ('farter'), ('fartface'), ('farting'), ('fartman'), ('fartripper'),
('farts'), ('fashion'), ('fashist'), ('fast'), ('fast1'), ('fastback'), ('fastball'), ('fastcar'), ('fastcars'),
('fastdraw'), ('fasted'), ('faster'), ('fastest'), ('fastfood'), ('fastfun'), ('fastlane'), ('fastman'),
('fastone'), ('fatal'), ('fatal1ty'), ('fatality'), ('fatass'), ('fatass1'), ('fatb0y'), ('fatback'),
('fatbitch'), ('fatbob'), ('fatboy'), ('fatboy1'), ('fatcat'), ('fatcat1'), ('fatcock'), ('fatcow'),
('fatdaddy'), ('fatdick'), ('fatdog'), ('fate'), ('fatfree'), ('fatgirl'), ('fatgirls'), ('fathe'), ('fathead'),
('fathead1'), ('father'), ('father1'), ('fathom'), ('fatim'), ('fatima'), ('fatima753357'), ('fatjoe'),
('fatkid'), ('fatluvr69'), ('fatman'), ('fatman1'), ('fatmike'), ('fatone'), ('fatpig'), ('fatpussy'),
('fatrat'), ('fats'), ('fatso'), ('fatty'), ('fatty1'), ('faucet'), ('faulkner'), ('faulty'), ('faust'),
('faustino'), ('fausto'), ('faustus'), ('favorit'), ('favorite'), ('favorite2'), ('favorite3'), ('favorite4'),
('favorite5'), ('favorite6'), ('favorite7'), ('favorite8'), ('favour'), ('favre'), ('favre4'), ('faye'),
('fazer'), ('fbi11213'), ('fcazmj'), ('fcbarcelona'), ('fcbayern'), ('fcc5nky2'), ('fcgbhby'), ('fcnfkfdbcnf'),
('fcporto'), ('fdfnfh'), ('fdfsfaf'), ('fdfyufhl'), ('fdhjhf'), ('fdjtsa'), ('fdm7ed'), ('fdnjhbpfwbz'),
('fdsaf'), ('fduecn'), ('fe126fd'), ('feanor'), ('fear'), ('fearless'), ('fearme'), ('feast'), ('feather'),
('feather1'), ('feathers'), ('feature'), ('feb2000'), ('februar'), ('february'), ('federal'), ('federer'),
('federic'), ('federica'), ('federico'), ('federov'), ('fedex'), ('fedor'), ('fedora'), ('fedorov'),
('fedorova'), ('fedotov'), ('feeble'), ('feedback'), ('feeder'), ('feedme'), ('feeds'), ('feel'), ('feelgood'),
('feeling'), ('feelme'), ('feeney'), ('feet'), ('feetfeet'), ('feets'), ('fefolico'), ('felder'), ('feldman'),
('feldspar'), ('felecia'), ('feli'), ('felice'), ('felici'), ('felicia'), ('felicia1'), ('felicida'),
('felicidad'), ('felicidade'), ('felicita'), ('felicity'), ('feliks'), ('felina'), ('feline'), ('felip'),
('felipe'), ('felipe1'), ('felix'), ('felix1'), ('felix123'), ('felix2'), ('felixcat'), ('felixx'), ('felixxxx'),
('fellatio'), ('feller'), ('fellini'), ('fellow'), ('fellowes'), ('fellows'), ('felony'), ('felton'), ('female'),
('females'), ('femmes'), ('fence'), ('fencer'), ('fences'), ('fencing'), ('fende'), ('fender'), ('fender1'),
('fender12'), ('fenerbahc'), ('fenerbahce'), ('feng'), ('fengshui'), ('feniks'), ('fenix'), ('fenomen'),
('fenomeno'), ('fenrir'), ('fenris'), ('fenster'), ('fenton'), ('fenway'), ('fenwick'), ('ferari'), ('ferarri'),
('ferch'), ('ferdi'), ('ferdie'), ('ferdinan'), ('ferdinand'), ('ferenc'), ('fergie'), ('fergus'), ('ferguson'),
('ferien12'), ('fermat'), ('fermer'), ('fern'), ('fernan'), ('fernand'), ('fernanda'), ('fernande'),
('fernandes'), ('fernandez'), ('fernando'), ('fernando1'), ('ferndale'), ('fernie'), ('fernwood'), ('ferrar'),
('ferrara'), ('ferrari'), ('ferrari1'), ('ferrari2'), ('ferrari3'), ('ferrari4'), ('ferrari5'), ('ferrarif'),
('ferraris'), ('ferraro'), ('ferre'), ('ferreira'), ('ferrell'), ('ferrer'), ('ferrero'), ('ferret'),
('ferret1'), ('ferrets'), ('ferrina'), ('ferris'), ('ferrum'), ('ferry'), ('fest'), ('fester'), ('festina'),
('festiva'), ('festival'), ('festus'), ('fetch'), ('fetisch'), ('fetish'), ('fetish01'), ('fetish69'), ('fett'),
('fetter'), ('fettish'), ('fetus'), ('feuerweh'), ('feuerwehr'), ('fever'), ('fevers'), ('fevral'), ('feyenoor'),
('feyenoord'), ('feynman'), ('ffej'), ('ffff1'), ('fffff1'), ('ffffff1'), ('fffffff1'), ('ffggyyo'),
('ffvdj474'), ('ffviii'), ('fgdfgdfg'), ('fghbjhb'), ('fghghgh'), ('fghtkm'), ('fgjcnjk'), ('fgjkbyfhbz'),
('fgjrfkbgcbc'), ('fgntrf'), ('fgtkmcby'), ('fhbirf'), ('fhbyjxrf'), ('fhctybq'), ('fhifdby'), ('fhnehxbr'),
('fhntv1998'), ('fhntvbq'), ('fhntvrf'), ('fhrflbq'), ('fhutynbyf'), ('fhvfutljy'), ('fialka'), ('fianna'),
('fiasco'), ('fiat'), ('fibonacci'), ('fica'), ('fick'), ('fickdich'), ('ficken'), ('ficker'), ('ficktjuv'),
('fiction'), ('fiction6'), ('fiction7'), ('fiction9'), ('fiddle'), ('fiddler'), ('fidel'), ('fidelio'),
('fidelis'), ('fidelity'), ('fidget'), ('fido'), ('fidodido'), ('field'), ('field1'), ('fielding'), ('fields'),
('fiend'), ('fierce'), ('fiero'), ('fiesta'), ('fietsbel'), ('fifa'), ('fifa2000'), ('fifa2008'), ('fifa2010'),
('fifa2011'), ('fifnfy'), ('fifteen'), ('fifth'), ('fifty'), ('fifty5'), ('fifty50'), ('figa'), ('figaro'),
('fight'), ('fight1'), ('fightclu'), ('fightclub'), ('fighter'), ('fighter1'), ('fighters'), ('fighting'),
('fighting54'), ('fighton'), ('fights'), ('figment'), ('figona'), ('figtree'), ('figure'), ('figure8'),
('figvam'), ('fihdfv'), ('fiji'), ('fila'), ('filatov'), ('filatova'), ('filbert'), ('file'), ('files'),
('filial'), ('filibert'), ('filimon'), ('filip'), ('filipe'), ('filipino'), ('filipp'), ('filippo'),
('filippov'), ('filler'), ('filles'), ('fillmore'), ('filly'), ('film'), ('films'), ('filmstar'), ('filofax'),
('filomena'), ('filter'), ('filters'), ('filth'), ('filthy'), ('final'), ('final1'), ('final4'), ('finale'),
('finalfan'), ('finalfantasy'), ('finally'), ('finals'), ('finance'), ('finance1'), ('financia'), ('financial'),
('finbar'), ('finch'), ('fincher'), ('find'), ('findaupair007'), ('finder'), ('finding'), ('findme'),
('findout'), ('findus'), ('fine'), ('fine1'), ('finesse'), ('finest'), ('finger'), ('finger1'), ('fingers'),
('finish'), ('finished'), ('finite'), ('fink'), ('finland'), ('finley'), ('finnegan'), ('finney'), ('finnland'),
('finster'), ('fiocco'), ('fiona'), ('fiona1'), ('fiorell'), ('fiorentina'), ('firdaus'), ('fire'), ('fire1'),
('fire12'), ('fire123'), ('fire1234'), ('fire13'), ('fire69'), ('fire777'), ('fire911'), ('fireball'),
('firebir'), ('firebird'), ('fireblad'), ('fireblade'), ('fireboy'), ('firebug'), ('firecat'), ('fired'),
('firedawg'), ('firedept'), ('firedog'), ('firefigh'), ('firefighter'), ('firefire'), ('firefly'), ('firefly1'),
('firefox'), ('firegod'), ('firehawk'), ('firehose'), ('firehous'), ('fireice'), ('firema'), ('fireman'),
('fireman1'), ('firenze'), ('fireplug'), ('fires'), ('firestar'), ('firestarter'), ('fireston'), ('firestor'),
('firestorm'), ('firetruc'), ('firetruck'), ('firewalk'), ('firewall'), ('firewate'), ('firewire'), ('firewood'),
('firework'), ('fireworks'), ('first'), ('first1'), ('firstaid'), ('firstone'), ('firstone123'), ('firstson'),
('firsttim'), ('fiscal'), ('fisch'), ('fische'), ('fischer'), ('fish'), ('fish1'), ('fish11'), ('fish12'),
('fish123'), ('fish1234'), ('fish99'), ('fishbait'), ('fishbone'), ('fishbowl'), ('fishboy'), ('fishcake'),
('fishe'), ('fishead'), ('fisher'), ('fisher1'), ('fisherma'), ('fisherman'), ('fishers'), ('fishes'),
('fisheye'), ('fishface'), ('fishfinger'), ('fishfish'), ('fishfood'), ('fishfry'), ('fishhead'), ('fishhook'),
('fishie'), ('fishin'), ('fishing'), ('fishing1'), ('fishing4'), ('fishka'), ('fishlips'), ('fishman'),
('fishnet'), ('fishon'), ('fishpond'), ('fishtank'), ('fishy'), ('fishy1'), ('fist'), ('fister'), ('fistfuck'),
('fisting'), ('fitnes'), ('fitness'), ('fitness1'), ('fitta'), ('fittan'), ('fitte'), ('fitter'), ('fitz'),
('fitzer'), ('fitzgera'), ('fitzgerald'), ('fitzroy'), ('five'), ('five55'), ('fiveiron'), ('fivekids'),
('fiver'), ('fivestar'), ('fixed'), ('fixit'), ('fixitman'), ('fizban'), ('fizika'), ('fizzle'), ('fj1200'),
('fjdksl'), ('fjnq8915'), ('fjysk762'), ('fk8bhydb'), ('fkbcrf'), ('fkbyf001'), ('fkbyf123'), ('fkbyjxrf'),
('fkbyrf'), ('fkg7h4f3v6'), ('fkmabz'), ('fkmnfbh'), ('fkmnthyfnbdf'), ('fkojn6gb'), ('fkrjujkbr'), ('fktdnbyf'),
('fktif6115'), ('fktirf'), ('fktrcf'), ('fktrcfyl'), ('fktrcfylh'), ('fktrcfylh1'), ('fktrcfylhf'),
('fktrcfylhjd'), ('fktrcfylhjdbx'), ('fktrcfylhjdf'), ('fktrcfylhjdyf'), ('fktrcfylth'), ('fktrctq'),
('fktrcttd'), ('fktrcttdf'), ('fktyeirf'), ('fktyjxrf'), ('fktyrf'), ('flabby'), ('flaco1'), ('flag'),
('flagman'), ('flagpole'), ('flagship'), ('flair'), ('flake'), ('flakes'), ('flame'), ('flame1'), ('flameboy'),
('flamenco'), ('flamengo'), ('flameon'), ('flamer'), ('flames'), ('flaming'), ('flamingo'), ('flanders'),
('flange'), ('flanker'), ('flanker7'), ('flannery'), ('flap'), ('flapjack'), ('flapper'), ('flappy'),
('flaquit'), ('flare'), ('flash'), ('flash1'), ('flash123'), ('flash2'), ('flash33'), ('flash5'), ('flashbac'),
('flasher'), ('flashes'), ('flashg'), ('flashman'), ('flashme'), ('flashnet'), ('flashy'), ('flat'), ('flatbed'),
('flatboat'), ('flatbush'), ('flathead'), ('flatland'), ('flatline'), ('flatron'), ('flatron1'), ('flattop'),
('flatus'), ('flavi'), ('flavia'), ('flavio'), ('flavor'), ('flavour'), ('flawless'), ('flblfc'), ('fldjrfn'),
('flea'), ('fleabag'), ('fleck'), ('fleece'), ('fleet'), ('fleetwoo'), ('fleetwood'), ('fleming'), ('flemming'),
('flesh'), ('fleshbot'), ('fleshy'), ('fletch'), ('fletch1'), ('fletcher'), ('fleur'), ('fleury'), ('flex'),
('flexible'), ('flexscan'), ('flhrci'), ('flhtyfkby'), ('flibble'), ('flick'), ('flicka'), ('flicker'),
('flicks'), ('fliege'), ('flight'), ('flight1'), ('flights'), ('flimflam'), ('flinders'), ('fling'), ('flint'),
('flint1'), ('flintsto'), ('flintstone'), ('flip'), ('fliper'), ('flipflop'), ('flipmode'), ('flipoff'),
('flippe'), ('flipper'), ('flipper1'), ('flippers'), ('flippo'), ('flippy'), ('flipside'), ('flipyou'),
('flirt'), ('flog'), ('flogger'), ('flood'), ('floods'), ('floor'), ('flooring'), ('floors'), ('floppy'),
('flopsy'), ('flor'), ('flora'), ('floral'), ('flore'), ('floren'), ('florenc'), ('florence'), ('florenci'),
('florencia'), ('florent'), ('flores'), ('flori'), ('floria'), ('florian'), ('florian1'), ('florid'),
('florida'), ('florida1'), ('florida2'), ('florin'), ('flossie'), ('flossy'), ('flotsam'), ('flounder'),
('flow'), ('flowe'), ('flower'), ('flower1'), ('flower12'), ('flower2'), ('flowers'), ('flowers1'), ('flowers2'),
('flowing'), ('floyd'), ('floyd1'), ('floyds'), ('fltkbyf'), ('flubber'), ('fluff'), ('fluffy'), ('fluffy1'),
('fluke'), ('flurry'), ('flush'), ('flushing'), ('flute'), ('flute1'), ('flutie'), ('flutter'), ('flux'),
('flvbhfk'), ('flvbybcnhfnjh'), ('flyaway'), ('flyboy'), ('flyboy1'), ('flyer'), ('flyer1'), ('flyers'),
('flyers1'), ('flyers88'), ('flyers99'), ('flyfish'), ('flyfishi'), ('flyguy'), ('flyhigh'), ('flying'),
('flyingv'), ('flyman'), ('flynavy'), ('flynn'), ('flyrod'), ('flyvholm'), ('flywheel'), ('fm12mn12'), ('fmale'),
('fnkfynblf'), ('fnord'), ('foamy'), ('focker'), ('focus'), ('focus1'), ('focused'), ('foda'), ('fodase'),
('fodder'), ('foggy'), ('foghat'), ('foghorn'), ('foiegras'), ('fokker'), ('folder'), ('folders'), ('foley'),
('folgers'), ('folgore'), ('folio'), ('follett'), ('follow'), ('followme'), ('folly'), ('folsom'), ('fomina'),
('fomoco'), ('fondle'), ('fonseca'), ('fontaine'), ('fontana'), ('fonzie'), ('foo123'), ('foobar'), ('food'),
('foodie'), ('foods'), ('fooey'), ('foofer'), ('foofight'), ('fool'), ('foolio'), ('foolish'), ('foolish1'),
('foosball'), ('foot'), ('footbal'), ('footbal1'), ('football'), ('football1'), ('football10'), ('football12'),
('football123'), ('football2'), ('football5'), ('football6'), ('football7'), ('footballs'), ('footboy'),
('footer'), ('footfuck'), ('foothill'), ('footie'), ('footjob'), ('footlong'), ('footloos'), ('footlove'),
('footman'), ('footsie'), ('footslav'), ('footsy'), ('forall'), ('forbes'), ('forbidde'), ('forbidden'),
('forbin'), ('force'), ('force1'), ('forced'), ('forces'), ('ford'), ('ford01'), ('ford1'), ('ford11'),
('ford123'), ('ford150'), ('ford22'), ('ford350'), ('ford4x4'), ('ford50'), ('ford9402'), ('ford99'),
('fordf150'), ('fordf250'), ('fordf350'), ('fordfocu'), ('fordfocus'), ('fordgt'), ('fordgt40'), ('fordham'),
('fordman'), ('fords'), ('fordtruc'), ('fordtruck'), ('fore'), ('forecast'), ('foreign'), ('foreman'),
('forensic'), ('foreplay'), ('fores'), ('foreskin'), ('forest'), ('forest1'), ('forest11'), ('forest99'),
('forester'), ('forestman'), ('forestry'), ('foreve'), ('forever'), ('forever1'), ('forever21'),
('foreveryoung'), ('forfar'), ('forfree'), ('forfun'), ('forge'), ('forget'), ('forget1'), ('forgetit'),
('forgetme'), ('forgetmenot'), ('forgive'), ('forgiven'), ('forgot'), ('forgotit'), ('forgotte'), ('forgotten'),
('fork'), ('forklift'), ('forlife'), ('forlorn'), ('form'), ('forman'), ('format'), ('formatters'), ('forme'),
('formel1'), ('formula'), ('formula1'), ('fornow'), ('forplay'), ('forreal'), ('forrest'), ('forrest1'),
('forsaken'), ('forsale'), ('forsberg'), ('forster'), ('forsure'), ('forsythe'), ('fort'), ('forte'), ('fortis'),
('fortknox'), ('fortran'), ('fortress'), ('fortun'), ('fortuna'), ('fortunat'), ('fortune'), ('fortune1'),
('fortune12'), ('forty'), ('forty1'), ('forty2'), ('fortyone'), ('fortytwo'), ('foru'), ('forum'), ('forum1'),
('forums'), ('forumwp'), ('forward'), ('forward1'), ('foryou'), ('forza'), ('forzaroma'), ('forzima'),
('fosgate'), ('fossil'), ('fossil1'), ('foster'), ('foster1'), ('fosters'), ('fostex'), ('fotball'),
('fotograf'), ('fotze'), ('foucault'), ('foulball'), ('found'), ('foundati'), ('foundation'), ('founder'),
('fountain'), ('four'), ('four20'), ('fourier'), ('fourkids'), ('fournier'), ('fourplay'), ('fourstar'),
('fourteen'), ('fourth'), ('fourtrax'), ('fourty'), ('fourx4'), ('foutre'), ('fowler'), ('fox1'), ('fox123'),
('fox12345'), ('foxbat'), ('foxcg33'), ('foxdie'), ('foxes'), ('foxfire'), ('foxglove'), ('foxhound'),
('foxmulder'), ('foxrun'), ('foxs14'), ('foxtrot'), ('foxtrot1'), ('foxwoods'), ('foxx'), ('foxxx'), ('foxy'),
('foxylady'), ('foxyroxy'), ('fozzie'), ('fozzy'), ('fqkw5m'), ('fquekm'), ('fr33d0m'), ('fractal'),
('fractals'), ('fraggle'), ('fragile'), ('fragment'), ('fraise'), ('frame'), ('frame1'), ('framer'), ('frames'),
('fran'), ('franc'), ('franca'), ('francais'), ('france'), ('france1'), ('france98'), ('frances'), ('frances1'),
('francesc'), ('francesca'), ('francesco'), ('franchis'), ('franci'), ('francia'), ('francine'), ('francis'),
('francis1'), ('francis2'), ('francisc'), ('francisca'), ('francisco'), ('franck'), ('franco'), ('franco1'),
('francoi'), ('francois'), ('francy'), ('frank'), ('frank1'), ('frank12'), ('frank123'), ('frank2'), ('frank21'),
('frank51'), ('frank69'), ('franka'), ('franke'), ('franken'), ('frankfur'), ('frankfurt'), ('franki'),
('frankie'), ('frankie1'), ('franklin'), ('frankly'), ('franklyn'), ('franko'), ('franks'), ('franky'),
('franky1'), ('frankzap'), ('frankzappa'), ('frannie'), ('franny'), ('frantic'), ('franway'), ('franz'),
('franzi'), ('fraser'), ('frasier'), ('frasse'), ('fraud'), ('frazer'), ('frazier'), ('frdfhbev'), ('frdfkfyu'),
('fre_ak8yj'), ('freak'), ('freak1'), ('freakboy'), ('freakdog'), ('freaked'), ('freaker'), ('freakin'),
('freakme'), ('freakout'), ('freaks'), ('freaksho'), ('freakshow'), ('freaky'), ('freaky1'), ('freckle'),
('freckles'), ('fred'), ('fred01'), ('fred1'), ('fred11'), ('fred12'), ('fred123'), ('fred1234'), ('fred20'),
('fred22'), ('fred66'), ('fred69'), ('fred99'), ('freda'), ('fredd'), ('freddd'), ('fredderf'), ('freddi'),
('freddie'), ('freddie1'), ('freddo'), ('freddy'), ('freddy1'), ('freddy12'), ('freder'), ('frederi'),
('frederic'), ('frederick'), ('frederico'), ('frederik'), ('frederiksberg'), ('fredfred'), ('fredi'), ('fredie'),
('fredo'), ('fredonia'), ('fredrau'), ('fredric'), ('fredrick'), ('fredrik'), ('fredy'), ('free'), ('free1'),
('free12'), ('free123'), ('free30'), ('free4all'), ('free4me'), ('free99'), ('freebie'), ('freebird'),
('freecell'), ('freeclus'), ('freed'), ('freedo'), ('freedom'), ('freedom0'), ('freedom1'), ('freedom2'),
('freedom3'), ('freedom4'), ('freedom5'), ('freedom7'), ('freedom8'), ('freedom9'), ('freedoms'), ('freee'),
('freeee'), ('freefall'), ('freefree'), ('freehand'), ('freehold'), ('freejack'), ('freek'), ('freeky'),
('freelanc'), ('freelancer'), ('freeland'), ('freelove'), ('freema'), ('freemail'), ('freeman'), ('freeman1'),
('freeme'), ('freemind'), ('freemont'), ('freenet'), ('freeones'), ('freepass'), ('freeporn'), ('freeport'),
('freeride'), ('freesex'), ('freesex1'), ('freespace'), ('freestuff'), ('freestyl'), ('freestyle'), ('freesurf'),
('freetime'), ('freeuse'), ('freeuser'), ('freeway'), ('freeway1'), ('freewill'), ('freewin'), ('freeze'),
('freezer'), ('freezing'), ('fregat'), ('frehley'), ('freiburg'), ('freight'), ('freiheit'), ('freitag'),
('frem77'), ('fremont'), ('french'), ('french1'), ('frenchfr'), ('frenchie'), ('frenchy'), ('frenzy'),
('frequenc'), ('fresca'), ('fresco'), ('fresh'), ('fresh1'), ('fresher'), ('freshman'), ('fresno'), ('freud'),
('freude'), ('freund'), ('freya'), ('freyfvfnfnf'), ('freyja'), ('frfltvbz'), ('friars'), ('frick'),
('friction'), ('frida'), ('friday'), ('friday1'), ('friday13'), ('fridays'), ('fridge'), ('fridolin'), ('fried'),
('frieda'), ('friedman'), ('friedric'), ('frien'), ('friend'), ('friend1'), ('friendly'), ('friends'),
('friends1'), ('friendship'), ('friendste'), ('friendster'), ('fries'), ('frigate'), ('fright'), ('frigid'),
('fringe'), ('frisbee'), ('frisco'), ('friskie'), ('frisky'), ('fritolay'), ('fritos'), ('fritter'), ('fritz'),
('fritz1'), ('fritze'), ('fritzy'), ('fritzz'), ('frnhbcf'), ('frodo'), ('frodo1'), ('frodo2'), ('frodobag'),
('frog'), ('frog1'), ('frogface'), ('frogfrog'), ('frogg'), ('frogger'), ('frogger1'), ('froggie'), ('froggies'),
('froggy'), ('froggy1'), ('froglegs'), ('frogman'), ('frogman1'), ('frogs'), ('frogss'), ('froinlaven'),
('frolic'), ('frolov'), ('frolova'), ('from'), ('fromage'), ('fromhell'), ('fromme'), ('fromv'), ('fromvermine'),
('front'), ('front242'), ('frontera'), ('frontier'), ('frontline'), ('frontosa'), ('frosch'), ('frost'),
('frost1'), ('frost1996'), ('frostbit'), ('frostbite'), ('frosty'), ('frosty1'), ('frosya'), ('frown'),
('frozen'), ('frozenfish'), ('frugal'), ('fruit'), ('fruit1'), ('fruitbat'), ('fruitcak'), ('fruitcake'),
('fruits'), ('fruity'), ('frxtgb'), ('fsd9shtyu'), ('fsid3n'), ('fsunoles'), ('fuaqz4'), ('fubar'), ('fubar1'),
('fubar123'), ('fubar69'), ('fubared'), ('fubu'), ('fubu05'), ('fuchs'), ('fucing'), ('fuck'), ('fuck0ff'),
('fuck1'), ('fuck11'), ('fuck12'), ('fuck123'), ('fuck1234'), ('fuck666'), ('fuck69'), ('fuck777'), ('fuck99'),
('fuck_inside'), ('fucka'), ('fuckall'), ('fuckass'), ('fucke'), ('fucked'), ('fuckedup'), ('fuckem'),
('fucker'), ('fucker1'), ('fucker11'), ('fucker12'), ('fucker69'), ('fuckers'), ('fuckersss'), ('fuckface'),
('fuckfest'), ('fuckfuck'), ('fuckgirl'), ('fuckhard'), ('fuckhead'), ('fuckher'), ('fuckher1'), ('fuckhole'),
('fuckin'), ('fuckina'), ('fucking'), ('fucking1'), ('fuckinside'), ('fuckinti'), ('fuckit'), ('fuckit1'),
('fuckitall'), ('fucklife'), ('fucklove'), ('fuckm'), ('fuckme'), ('fuckme1'), ('fuckme2'), ('fuckme69'),
('fuckmeha'), ('fuckmehard'), ('fuckmeno'), ('fuckmenow'), ('fuckmyass'), ('fuckmylife'), ('fucknut'),
('fucknuts'), ('fuckof'), ('fuckoff'), ('fuckoff1'), ('fuckoff2'), ('fuckoff666'), ('fucks'), ('fuckshit'),
('fuckslut'), ('fuckstic'), ('fuckstick'), ('fucktard'), ('fuckthat'), ('fuckthem'), ('fuckthemall'),
('fucktheworld'), ('fuckthis'), ('fuckthroat'), ('fucktoy'), ('fucku'), ('fucku1'), ('fucku2'), ('fuckuall'),
('fuckup'), ('fuckwit'), ('fucky'), ('fuckya'), ('fuckyeah'), ('fuckyo'), ('fuckyou'), ('fuckyou!'),
('fuckyou0'), ('fuckyou1'), ('fuckyou12'), ('fuckyou123'), ('fuckyou2'), ('fuckyou6'), ('fuckyou69'),
('fuckyou7'), ('fuckyou8'), ('fuckyoua'), ('fuckyoubitch'), ('fuckyouguys'), ('fuckyour'), ('fucmy69'),
('fudge'), ('fudge1'), ('fuel'), ('fuels'), ('fuente'), ('fuentes'), ('fuerte'), ('fuesse'), ('fufnfrhbcnb'),
('fugazi'), ('fugitive'), ('fuhrer'), ('fuhrfzgc'), ('fuji'), ('fujifilm'), ('fujiko'), ('fujimo'), ('fujitsu'),
('fuking'), ('fukoff'), ('fulcrum'), ('fulham'), ('fulhamfc'), ('full'), ('fullback'), ('fulle'), ('fuller'),
('fullhous'), ('fullmetal'), ('fullmoon'), ('fullred'), ('fullsail'), ('fulton'), ('fumanchu'), ('fumble'),
('fun'), ('fun123'), ('fun4all'), ('fun4me'), ('funbags'), ('funboy'), ('function'), ('funeral'), ('funforme'),
('funfunfu'), ('fungible'), ('fungus'), ('funguy'), ('funhouse'), ('funk'), ('funker'), ('funkey'), ('funkie'),
('funkster'), ('funky'), ('funky1'), ('funn'), ('funnel'), ('funnies'), ('funny'), ('funny1'), ('funnycar'),
('funnyguy'), ('funnyman'), ('funnys'), ('funone'), ('funsex'), ('funstuff'), ('funtik'), ('funtime'),
('funtime1'), ('funtimes'), ('furball'), ('furby'), ('furelise'), ('furious'), ('furka'), ('furman'),
('furnace'), ('furnitur'), ('furry'), ('furtado'), ('further'), ('fury'), ('fusilier'), ('fusion'), ('fusion1'),
('fussbal'), ('fussball'), ('futball'), ('futbo'), ('futbol'), ('futebol'), ('futile'), ('futur'), ('futura'),
('futurama'), ('future'), ('future1'), ('futures'), ('futuro'), ('futyn007'), ('fuzz'), ('fuzzball'),
('fuzzbutt'), ('fuzzie'), ('fuzzy'), ('fuzzy1'), ('fvcnthlfv'), ('fvfnjhb'), ('fvthbrf'), ('fw190d'), ('fwsadn'),
('fx3tuo'), ('fy.njxrf'), ('fy.nrf'), ('fyabcf'), ('fyfcnfcbz'), ('fyfcnfcbz1'), ('fyfnjkbq'), ('fyfnjkmtdbx'),
('fyfnjkmtdyf'), ('fyfrjylf'), ('fyfyfc'), ('fylh.irf'), ('fylhjvtlf'), ('fylhsq'), ('fylhtq'), ('fylhtq1'),
('fylhtq123'), ('fylhtq95'), ('fylhtqrf'), ('fylhttdf'), ('fynfyfyfhbde'), ('fynjif'), ('fynjirf'), ('fynjy'),
('fynjy123'), ('fynjybj'), ('fynjybyf'), ('fynjyjdf'), ('fyodor'), ('fytxrf'), ('fyutk'), ('fyutkbyf'),
('fyutkjr'), ('fyutkjxtr'), ('fyyeirf'), ('fzappa'), ('fzr600'), ('g00ber'), ('g00gle'), ('g0away'),
('g0dz1ll4'), ('g12345'), ('g123456'), ('g1234567'), ('g3ujwg'), ('g5wks9'), ('g9zns4'), ('gabbana'), ('gabber'),
('gabbie'), ('gabby'), ('gabby1'), ('gabe'), ('gabi'), ('gable'), ('gabrie'), ('gabriel'), ('gabriel1'),
('gabriel12'), ('gabriel2'), ('gabriela'), ('gabriele'), ('gabriell'), ('gabriella'), ('gabrielle'), ('gaby'),
('gadfly'), ('gadget'), ('gadina'), ('gadzooks'), ('gaelic'), ('gaell'), ('gaelle'), ('gaeta'), ('gaetan'),
('gaetano'), ('gaffer'), ('gaffney'), ('gagarin'), ('gage'), ('gagged'), ('gagger'), ('gagging'), ('gaggle'),
('gagher'), ('gaijin'), ('gail'), ('gaines'), ('gala'), ('galactic'), ('galactica'), ('galactus'), ('galadriel'),
('galahad'), ('galan'), ('galant'), ('galapago'), ('galary'), ('galatasa'), ('galatasara'), ('galatasaray'),
('galatea'), ('galax'), ('galaxie'), ('galaxy'), ('galaxy1'), ('galen'), ('galena'), ('galeries'), ('galileo'),
('galina'), ('galinka'), ('gallaghe'), ('gallardo'), ('gallaries'), ('gallego'), ('gallen'), ('galleon'),
('galleries'), ('gallery'), ('gallo'), ('gallon'), ('gallop'), ('galloway'), ('gallup'), ('gallus'), ('galore'),
('galvesto'), ('galway'), ('gambino'), ('gambit'), ('gambit1'), ('gamble'), ('gambler'), ('game'), ('gameboy'),
('gamecock'), ('gamecocks'), ('gamecube'), ('gameday'), ('gameman'), ('gamemaster'), ('gameon'), ('gameover'),
('gameplay'), ('gamer'), ('gamer1'), ('gamer123'), ('gamera'), ('gamers'), ('games'), ('games1'), ('gamess'),
('gametime'), ('gamgee'), ('gaming'), ('gamlet'), ('gamma'), ('gamma1'), ('gammas'), ('gammel'), ('gammon'),
('gandako'), ('gandal'), ('gandalf'), ('gandalf0'), ('gandalf1'), ('gandalf2'), ('gandalf3'), ('gandalf7'),
('gander'), ('gandhi'), ('gandolf'), ('gandon'), ('ganesh'), ('ganesha'), ('gang'), ('gangbang'), ('gangbanged'),
('ganges'), ('gangrel'), ('gangst'), ('gangsta'), ('gangsta1'), ('gangstar'), ('gangste'), ('gangster'),
('gangster1'), ('gangsters'), ('ganibal'), ('ganja'), ('ganjaman'), ('ganjubas'), ('gannibal'), ('gannon'),
('gansta'), ('ganster'), ('ganteng'), ('ganymede'), ('gaping'), ('garage'), ('garand'), ('garbage'),
('garbage1'), ('garbo'), ('garci'), ('garcia'), ('garcia1'), ('garcia12'), ('garden'), ('garden1'), ('gardener'),
('gardenia'), ('gardens'), ('gardiner'), ('gardner'), ('garena'), ('gareth'), ('gareth1'), ('garfiel'),
('garfield'), ('garfield1'), ('garfild'), ('gargamel'), ('gargle'), ('gargoyle'), ('garibald'), ('garik'),
('garion'), ('garland'), ('garlic'), ('garner'), ('garnet'), ('garnett'), ('garnier'), ('garp'), ('garret'),
('garrett'), ('garrett1'), ('garrick'), ('garrison'), ('garry'), ('garten'), ('garter'), ('garters'), ('garth'),
('gartner'), ('garuda'), ('garvey'), ('garvin'), ('gary'), ('gary1'), ('gary123'), ('gasanov'), ('gash'),
('gasket'), ('gasman'), ('gasoline'), ('gaspar'), ('gasper'), ('gass'), ('gasser'), ('gasto'), ('gaston'),
('gastone'), ('gate'), ('gatech'), ('gateee'), ('gatekeep'), ('gatekeeper'), ('gates'), ('gates1'), ('gatewa'),
('gateway'), ('gateway0'), ('gateway1'), ('gateway2'), ('gateway3'), ('gateway5'), ('gateway6'), ('gateway7'),
('gateway9'), ('gateways'), ('gathering'), ('gatinha'), ('gatinho'), ('gatit'), ('gatita'), ('gatito'),
('gatlin'), ('gato'), ('gator'), ('gator1'), ('gator2'), ('gatorade'), ('gatorfan'), ('gatorman'), ('gators'),
('gators1'), ('gators96'), ('gatsby'), ('gattaca'), ('gatto'), ('gattone'), ('gaucho'), ('gaudeamus'),
('gauhar'), ('gauloise'), ('gauntlet'), ('gaura'), ('gaurav'), ('gauss'), ('gautam'), ('gauthie'), ('gauthier'),
('gautie'), ('gautier'), ('gavaec'), ('gavilan'), ('gavin'), ('gavin1'), ('gaviota'), ('gavrik'), ('gavrilov'),
('gawain'), ('gawker'), ('gawker1'), ('gay'), ('gayathri'), ('gayboy'), ('gaydar'), ('gayguy'), ('gayle'),
('gaylor'), ('gaylord'), ('gayman'), ('gaymen'), ('gaynor'), ('gaysex'), ('gazelle'), ('gazeta'), ('gazette'),
('gazza'), ('gazza1'), ('gb15kv99'), ('gbcmrf'), ('gbfcnhs'), ('gbgbcmrf'), ('gbgtnrf'), ('gbhcf2'),
('gbhfvblf'), ('gbjyth'), ('gbkbuhbv'), ('gblfhfc'), ('gblfhfcbyf'), ('gblfhfcs'), ('gbljhfc'), ('gbljhfcs'),
('gborv526'), ('gbpacker'), ('gbplf123'), ('gbpltw'), ('gbpltw123'), ('gbpltw147'), ('gbrfxe'), ('gbyudby'),
('gcheckou'), ('gcheckout'), ('gdansk'), ('gdog'), ('gdtrfb'), ('ge0rge'), ('gear'), ('gearbox'), ('gearhead'),
('gearsofwar'), ('gecko'), ('gecko1'), ('geckos'), ('geddon'), ('geddylee'), ('gedeon'), ('geek'), ('geek01d'),
('geekboy'), ('geelong'), ('geeman'), ('geemoney'), ('geeque'), ('geetha'), ('geezer'), ('gefccga'), ('gefest'),
('geforce'), ('gegcbr'), ('geheim'), ('gehenna'), ('gehrig'), ('geibcnbr'), ('geiger'), ('geil'), ('geilesau'),
('geirby'), ('geisha'), ('gellar'), ('gembird'), ('gemeni'), ('gemin'), ('gemini'), ('gemini1'), ('gemini12'),
('gemini13'), ('gemini6'), ('gemini69'), ('geminis'), ('gemma'), ('gemma1'), ('gems'), ('gemstone'), ('gen0303'),
('gena'), ('gendalf'), ('gender'), ('gene'), ('genera'), ('general'), ('general1'), ('general2'), ('generale'),
('generals'), ('generation'), ('generator'), ('generic'), ('generic1'), ('geneseo'), ('genesi'), ('genesis'),
('genesis1'), ('genesis2'), ('genetic'), ('genetics'), ('geneva'), ('geneve'), ('geneviev'), ('genevieve'),
('geng'), ('genghis'), ('genial'), ('genie'), ('geniu'), ('genius'), ('genius1'), ('genius123'), ('geniusnet'),
('genlee'), ('gennadiy'), ('gennaro'), ('geno'), ('genocide'), ('genova'), ('genoveva'), ('gentle'),
('gentleman'), ('gentry'), ('genuine'), ('geoff'), ('geoffre'), ('geoffrey'), ('geolog'), ('geolog323'),
('geology'), ('geometry'), ('geordie'), ('georg'), ('george'), ('george01'), ('george1'), ('george10'),
('george11'), ('george12'), ('george123'), ('george13'), ('george2'), ('george3'), ('george69'), ('george99'),
('georges'), ('georgetown'), ('georgi'), ('georgia'), ('georgia1'), ('georgia2'), ('georgie'), ('georgie1'),
('georgin'), ('georgina'), ('georgio'), ('georgiy'), ('georgy'), ('gepard'), ('gera'), ('geral'), ('gerald'),
('gerald1'), ('geraldin'), ('geraldine'), ('geraldo'), ('geranium'), ('gerar'), ('gerard'), ('gerardo'),
('gerasim'), ('gerasimov'), ('gerasimova'), ('gerber'), ('gerbera'), ('gerbil'), ('gerd'), ('gerda'),
('gerhard'), ('gerhardt'), ('geri'), ('gericom'), ('gerlinde'), ('germa'), ('germain'), ('germaine'), ('german'),
('german1'), ('germania'), ('germano'), ('germany'), ('germany1'), ('germes'), ('geroin'), ('geronim'),
('geronimo'), ('geronto'), ('gerrard'), ('gerrard8'), ('gerri1'), ('gerrit'), ('gerrity1'), ('gerry'),
('gerry1'), ('gerryber'), ('gershwin'), ('gert'), ('gertie'), ('gertrud'), ('gertrude'), ('gervais'), ('geryfe'),
('gesperrt'), ('gestalt'), ('gestapo'), ('getajob'), ('getalife'), ('getaway'), ('getback'), ('getbent'),
('getdown'), ('getfucked'), ('gethigh'), ('getin'), ('getin1'), ('getinnow'), ('getit'), ('getitnow'),
('getiton'), ('getlaid'), ('getlost'), ('getmein'), ('getmoney'), ('getnaked'), ('getoff'), ('getout'),
('getpaid'), ('getreal'), ('getrich'), ('getsdown'), ('getsmart'), ('getsome'), ('getsome1'), ('getsum'),
('getting'), ('getty'), ('gettysbu'), ('gettysburg'), ('geujdrf'), ('gevaudan'), ('gevorg'), ('geyser'),
('gfccdjhl'), ('gfccgjhn'), ('gfcgjhn'), ('gfdkbr'), ('gfdkjd'), ('gfdkjdf'), ('gfg65h7'), ('gfgekz'),
('gfgf123'), ('gfgf1234'), ('gfgfif'), ('gfgfrfhkj'), ('gfgfvfvf'), ('gfghbrf'), ('gfgjxrf'), ('gfhfcjkmrf'),
('gfhfdjp'), ('gfhfdjpbr'), ('gfhfif'), ('gfhfktkjuhfv'), ('gfhfljrc'), ('gfhfpbn'), ('gfhfvgfvgfv'),
('gfhfyjbr'), ('gfhfyjqz'), ('gfhfyjz'), ('gfhjdjp'), ('gfhjk'), ('gfhjkbot'), ('gfhjkl'), ('gfhjkm'),
('gfhjkm007'), ('gfhjkm1'), ('gfhjkm11'), ('gfhjkm12'), ('gfhjkm123'), ('gfhjkm13'), ('gfhjkm135'), ('gfhjkm2'),
('gfhjkm22'), ('gfhjkm777'), ('gfhjkmgfhjkm'), ('gfhjkmm'), ('gfhjkmrf'), ('gfhjkmxbr'), ('gfhjkzytn'),
('gfhkfvtyn'), ('gfhnbpfy'), ('gfhreh'), ('gfhtym'), ('gfif1991'), ('gfitymrf'), ('gfkmvf'), ('gfnhbjn'),
('gfnhbr'), ('gfnhjy'), ('gforce'), ('gfvznm'), ('gfxqx686'), ('gfyfcjybr'), ('gfynthf'), ('gggg1'), ('ggggg1'),
('gggggg1'), ('ggggggg1'), ('ghana'), ('ghandi'), ('ghbcnfd'), ('ghbdfn'), ('ghbdt'), ('ghbdtn'), ('ghbdtn1'),
('ghbdtn12'), ('ghbdtn123'), ('ghbdtnbr'), ('ghbdtnbr1'), ('ghbdtnbrb'), ('ghbdtndctv'), ('ghbdtnghbdtn'),
('ghbdtngjrf'), ('ghbdtnrfrltkf'), ('ghbhjlf'), ('ghbjhbntn'), ('ghblehjr'), ('ghblehrb'), ('ghbphfr'),
('ghbrjk'), ('ghbrjkbcn'), ('ghbrjkmyj'), ('ghbynth'), ('ghbywtccf'), ('gherkin'), ('ghetto'), ('ghfdlf'),
('ghfgjh'), ('ghfplybr'), ('ghhh47hj764'), ('ghhh47hj7649'), ('ghibli'), ('ghislain'), ('ghjatccbjyfk'),
('ghjatccjh'), ('ghjcgtrn'), ('ghjcnb'), ('ghjcnbnenrf'), ('ghjcnbvtyz'), ('ghjcnj'), ('ghjcnj123'),
('ghjcnjabkz'), ('ghjcnjgbpltw'), ('ghjcnjgfhjkm'), ('ghjcnjghjcnj'), ('ghjcnjnf'), ('ghjcnjnfr'),
('ghjcnjnfr1'), ('ghjcnjq'), ('ghjcnjqgfhjkm'), ('ghjcnjrdfibyj'), ('ghjcnjrdfif'), ('ghjcnjz'), ('ghjdthrf'),
('ghjgecr'), ('ghjgfufylf'), ('ghjhjr'), ('ghjkju'), ('ghjnbdjcnjzybt'), ('ghjnbdjufp'), ('ghjnjnbg'),
('ghjnjrjk'), ('ghjrehfnehf'), ('ghjrehjh'), ('ghjrjgtyrj'), ('ghjtrn'), ('ghjuhfvbcn'), ('ghjuhfvvbcn'),
('ghjuhfvvf'), ('ghjuhtcc'), ('ghjvtntq'), ('ghost'), ('ghost1'), ('ghost123'), ('ghost16'), ('ghostdog'),
('ghoster'), ('ghostly'), ('ghostman'), ('ghostrecon'), ('ghostrid'), ('ghostrider'), ('ghosts'), ('ghosty'),
('ghoti'), ('ghtdtlvtldtl'), ('ghtktcnm'), ('ghtlfntkm'), ('ghtpbltyn'), ('ghzybr'), ('giacomo'), ('giallo'),
('giampaolo'), ('giampi'), ('giancarl'), ('giancarlo'), ('gianluca'), ('gianna'), ('gianni'), ('giant'),
('giant1'), ('giantess'), ('giants'), ('giants1'), ('giants56'), ('gibb'), ('gibbon'), ('gibbons'), ('gibby'),
('giblet'), ('gibralta'), ('gibso'), ('gibson'), ('gibson1'), ('gibsonsg'), ('giddyup'), ('gideon'), ('gidget'),
('gifford'), ('gift'), ('gifted'), ('giga'), ('gigabyte'), ('gigant'), ('gigante'), ('gigantic'), ('gigantor'),
('gigemags'), ('giggalo'), ('giggle'), ('giggles'), ('giggs11'), ('giggsy'), ('gigolo'), ('gijoe'), ('gilber'),
('gilbert'), ('gilbert1'), ('gilbert2707'), ('gilberto'), ('gilead'), ('giles'), ('gilgames'), ('gilgamesh'),
('gill'), ('gille'), ('gilles'), ('gillespi'), ('gillette'), ('gillian'), ('gillian1'), ('gillie'), ('gilligan'),
('gillis'), ('gilly'), ('gilman'), ('gilmore'), ('gilmour'), ('gilroy'), ('gimlet'), ('gimme'), ('gimmesum'),
('gimmie'), ('gimp'), ('gimpy'), ('gina'), ('gineok'), ('ginette'), ('ginge'), ('ginger'), ('ginger01'),
('ginger1'), ('ginger11'), ('ginger12'), ('ginger123'), ('ginger2'), ('ginger69'), ('ginger99'), ('ginnie'),
('ginny'), ('ginny1'), ('gino'), ('ginola'), ('ginsberg'), ('ginscoot'), ('ginseng'), ('gintonic'), ('ginuwine'),
('giordano'), ('giorgi'), ('giorgia'), ('giorgio'), ('giotto'), ('giovani'), ('giovann'), ('giovanna'),
('giovanni'), ('gipper'), ('gipsy'), ('giraffe'), ('girasole'), ('girdle'), ('girfriend'), ('girish'), ('girl'),
('girl1'), ('girl78'), ('girlfrie'), ('girlfriend'), ('girlie'), ('girlies'), ('girls'), ('girls1'), ('girls2'),
('girls4me'), ('girls69'), ('girlss'), ('girly'), ('girlygirl'), ('girlz'), ('girsl'), ('gisel'), ('gisela'),
('gisele'), ('giselle'), ('gismo'), ('gismo1'), ('gitanes'), ('gitara'), ('gitler'), ('giucil'), ('giuli'),
('giulia'), ('giuliana'), ('giuliano'), ('giulio'), ('giusepp'), ('giuseppe'), ('give'), ('giveit'),
('giveitup'), ('giveme'), ('given'), ('gixxer'), ('gizmo'), ('gizmo1'), ('gizmo123'), ('gizmo2'), ('gizmo69'),
('gizmocat'), ('gizmodo'), ('gizmodo1'), ('gizmodo2'), ('gizmodog'), ('gizmoe'), ('gizmos'), ('gizzmo'),
('gizzy'), ('gjdtkbntkm'), ('gjgeufq'), ('gjgjdf'), ('gjgjxrf'), ('gjhjctyjr'), ('gjhjkm'), ('gjhjlfcjqrb'),
('gjikbdctyf'), ('gjkbyf'), ('gjkbyjxrf'), ('gjkbyrf'), ('gjkjdbyrf'), ('gjkrjdybr'), ('gjkysqgbpltw'),
('gjkzrjdf'), ('gjlcnfdf'), ('gjlfhjr'), ('gjmptw'), ('gjpbnbd'), ('gjrtvjy'), ('gjvbljh'), ('gjyjvfhtdf'),
('gjytltkmybr'), ('gjyxbr'), ('gkfdfybt'), ('gkfnjy'), ('gkfytnf'), ('glacier'), ('glacius'), ('glad'),
('gladbach'), ('gladiato'), ('gladiator'), ('gladiolus'), ('gladston'), ('gladys'), ('glamis'), ('glamour'),
('glamur'), ('glance'), ('glasgow'), ('glasgow1'), ('glasha'), ('glasnost'), ('glass'), ('glass1'), ('glasses'),
('glassic'), ('glassjaw'), ('glassman'), ('glasss'), ('glastron'), ('glavine'), ('gldmeo'), ('gleb'), ('glen'),
('glencoe'), ('glenda'), ('glendale'), ('glenn'), ('glenn1'), ('glenn74'), ('glenna'), ('glennwei'), ('glenny'),
('glenwood'), ('glide'), ('glider'), ('glimmer'), ('glist'), ('glitch'), ('glitter'), ('global'), ('global1'),
('globe'), ('globe1'), ('globes'), ('globus'), ('glock'), ('glock1'), ('glock17'), ('glock19'), ('glock21'),
('glock22'), ('glock23'), ('glock40'), ('glock45'), ('glock9'), ('glock9mm'), ('glori'), ('gloria'), ('gloria1'),
('glorious'), ('glory'), ('glory1'), ('glossy'), ('glotest'), ('glove'), ('glover'), ('gloves'), ('glow'),
('glowworm'), ('glucas'), ('glue'), ('glueck'), ('gmac'), ('gman'), ('gmcjimmy'), ('gmctruck'), ('gmcz71'),
('gmoney'), ('gmoney1'), ('gn56gn56'), ('gnaget'), ('gnarly'), ('gnasher'), ('gnasher23'), ('gnatsum'),
('gnbxrf'), ('gnocca'), ('gnome'), ('gnomes'), ('gnomik'), ('gnorman'), ('gnosis'), ('gnusmas'), ('go1234'),
('go2hell'), ('go49ers'), ('go4broke'), ('go4it'), ('go4itnow'), ('goahead'), ('goal'), ('goalie'), ('goals'),
('goarmy'), ('goat'), ('goatboy'), ('goater'), ('goathead'), ('goatman'), ('goats'), ('goaway'), ('gobama'),
('gobble'), ('gobbler'), ('gobears'), ('gobigred'), ('gobills'), ('goblet'), ('goblin'), ('goblue'), ('goblue1'),
('goblues'), ('gobrowns'), ('gobruins'), ('gobucks'), ('gobucks1'), ('gobucs'), ('gobuffs'), ('gobuffs2'),
('gobulls'), ('gocanes'), ('gocards'), ('gocart'), ('gocats'), ('gococks'), ('gocubs'), ('god123'), ('god666'),
('godard'), ('godawgs'), ('godbless'), ('godboy'), ('goddamn'), ('goddard'), ('goddes'), ('goddess'),
('goddess1'), ('goddog'), ('godeep'), ('godess'), ('godfathe'), ('godfather'), ('godflesh'), ('godfrey'),
('godhead'), ('godisgoo'), ('godisgood'), ('godisgreat'), ('godislov'), ('godislove'), ('godiva'), ('godless'),
('godlike'), ('godloves'), ('godofwar'), ('godogs'), ('godown'), ('godpasi'), ('gods'), ('godsend'),
('godsgift'), ('godslove'), ('godsmack'), ('godson'), ('godspeed'), ('godswill'), ('goducks'), ('goduke'),
('godwin'), ('godzila'), ('godzill'), ('godzilla'), ('godzils4s7'), ('goeagles'), ('goethe'), ('gofast'),
('gofaster'), ('goffer'), ('gofish'), ('goforit'), ('goforit1'), ('gofsu338'), ('goga'), ('gogators'),
('gogeta'), ('gogetit'), ('gogetter'), ('goggle'), ('goggles'), ('gogiants'), ('gogirl'), ('gogolf'),
('gogosox'), ('gogreen'), ('gohabs'), ('gohabsgo'), ('gohan'), ('gohawks'), ('goheels'), ('goherd'), ('gohogs'),
('gohogsgo'), ('gohome'), ('goin'), ('going'), ('goirish'), ('goirish1'), ('gojets'), ('gojira'), ('gokart'),
('goku'), ('golakers'), ('gold'), ('gold1'), ('gold12'), ('gold123'), ('goldberg'), ('golde'), ('golden'),
('golden1'), ('goldenbo'), ('goldenboy'), ('goldeney'), ('goldeneye'), ('goldfing'), ('goldfinger'),
('goldfish'), ('goldi'), ('goldie'), ('goldie1'), ('goldman'), ('goldmine'), ('goldone'), ('goldorak'),
('goldrush'), ('goldsink'), ('goldstar'), ('goldstei'), ('goldtop'), ('goldtree'), ('goldwing'), ('goldz'),
('goleafs'), ('goleafsg'), ('goleta'), ('golf'), ('golf01'), ('golf1'), ('golf11'), ('golf12'), ('golf123'),
('golf1234'), ('golf18'), ('golf56'), ('golf69'), ('golf72'), ('golf99'), ('golfball'), ('golfcart'),
('golfclub'), ('golfe'), ('golfer'), ('golfer01'), ('golfer1'), ('golfer11'), ('golfer12'), ('golfer20'),
('golfer23'), ('golfer69'), ('golfers'), ('golfgolf'), ('golfgti'), ('golfin'), ('golfing'), ('golfing1'),
('golfman'), ('golfnut'), ('golfpro'), ('golfvr6'), ('golgo13'), ('golgotha'), ('goliat'), ('goliath'),
('goliath1'), ('golions'), ('golive'), ('gollum'), ('golos1'), ('golova'), ('golovin'), ('gomango'), ('gomer'),
('gomer1'), ('gomes'), ('gomets'), ('gomez'), ('gomez1'), ('gonad'), ('gonads'), ('gonavy'), ('gonchar'),
('gondola'), ('gondolin'), ('gondor'), ('gone'), ('gonefish'), ('gong'), ('goniners'), ('gonoles'), ('gonzaga'),
('gonzal'), ('gonzale'), ('gonzales'), ('gonzalez'), ('gonzalo'), ('gonzo'), ('gonzo1'), ('gonzo123'),
('gonzos'), ('goobe'), ('goober'), ('goober1'), ('goober12'), ('goobers'), ('gooch'), ('goochi'), ('good'),
('good1'), ('good123'), ('good12345'), ('good123654'), ('good2go'), ('good4me'), ('good4now'), ('good4u'),
('good4you'), ('goodall'), ('goodbeer'), ('goodboss'), ('goodboy'), ('goodboy1'), ('goodby'), ('goodbye'),
('goodbye1'), ('goodday'), ('gooddog'), ('goodfell'), ('goodfella'), ('goodfellas'), ('goodfood'), ('goodgame'),
('goodgirl'), ('goodgod'), ('goodguy'), ('goodguys'), ('goodhead'), ('goodie'), ('goodies'), ('gooding'),
('goodison'), ('goodjob'), ('goodlife'), ('goodlord'), ('goodlove'), ('goodluck'), ('goodman'), ('goodmorning'),
('goodness'), ('goodnews'), ('goodnigh'), ('goodnight'), ('goodone'), ('goodpussy'), ('goodrich'), ('goodsex'),
('goodstuf'), ('goodstuff'), ('goodtime'), ('goodtimes'), ('goodtogo'), ('goodwill'), ('goodwin'), ('goodwood'),
('goody'), ('goodyear'), ('goof'), ('goofball'), ('goofus'), ('goofy'), ('goofy1'), ('goofy123'), ('googie'),
('googl'), ('google'), ('google1'), ('google10'), ('google12'), ('google123'), ('google2'), ('googly'),
('gooliner'), ('goomba'), ('goomie'), ('goon'), ('gooner'), ('gooner01'), ('gooner1'), ('gooners'), ('goonie'),
('goonies'), ('goose'), ('goose1'), ('goose2'), ('goose5'), ('gooseman'), ('gooses'), ('goosey'), ('goosie'),
('gopack'), ('gopackgo'), ('gopher'), ('gophers'), ('gopinath'), ('gopnik'), ('gopokes'), ('gorams'), ('goran'),
('gorbunov'), ('gorbunova'), ('gordan'), ('gorden'), ('gordie'), ('gordienko'), ('gordit'), ('gordita'),
('gordito'), ('gordo'), ('gordo1'), ('gordolee85'), ('gordon'), ('gordon1'), ('gordon2'), ('gordon24'),
('gordy'), ('gordy1'), ('gore'), ('goredsox'), ('gorge'), ('gorgeous'), ('gorges'), ('gorgon'), ('gorila'),
('gorilla'), ('gorilla1'), ('gorilla9'), ('gorillas'), ('gorillaz'), ('gorky'), ('gorman'), ('gorodok'),
('gosha'), ('goshawk'), ('goshen'), ('gosia'), ('goskins'), ('gosling'), ('gospel'), ('gospurs'), ('gossamer'),
('gosselin'), ('gossip'), ('gostate'), ('gostosa'), ('gostosao'), ('gostoso'), ('gotcha'), ('goteam'), ('goten'),
('gotenks'), ('goterps'), ('goth'), ('gotham'), ('gothi'), ('gothic'), ('gothic1'), ('gotigers'), ('gotika'),
('gotime'), ('gotit'), ('gotlove'), ('gotmilk'), ('goto'), ('gotohell'), ('gotoit'), ('gotribe'), ('gotribe1'),
('gotrice'), ('gotten'), ('gotti'), ('gottlieb'), ('gotyoass'), ('gotyou'), ('gould'), ('gourmet'), ('goutdb'),
('governor'), ('govinda'), ('govols'), ('gowest'), ('gowings'), ('gowron'), ('goyanks'), ('gq361hy'), ('gr00vy'),
('gr8ful'), ('gr8one'), ('grabber'), ('gracchus'), ('grace'), ('grace1'), ('grace123'), ('grace17'), ('grace2'),
('grace7'), ('graceful'), ('gracelan'), ('graceland'), ('graces'), ('gracey'), ('graci'), ('gracia'),
('gracias'), ('gracie'), ('gracie1'), ('grades'), ('graduate'), ('grady'), ('graeme'), ('graffiti'), ('graffix'),
('grafix'), ('grafton'), ('graham'), ('graham1'), ('graikos'), ('grail'), ('grainger'), ('gram'), ('gramma'),
('grammar'), ('grammy'), ('gramps'), ('granada'), ('granat'), ('granata'), ('grand'), ('grand1'), ('grandad'),
('grandam'), ('grandam1'), ('grande'), ('grandkid'), ('grandkids'), ('grandma'), ('grandma1'), ('grandmas'),
('grandmaster'), ('grandorgue'), ('grandpa'), ('grandpri'), ('grandprix'), ('grandson'), ('grange'), ('granger'),
('granit'), ('granite'), ('granny'), ('granp'), ('grant'), ('grant1'), ('granted'), ('granvill'), ('grape'),
('grapeape'), ('grapes'), ('graphic'), ('graphics'), ('graphite'), ('graphix'), ('grappa'), ('grapple'),
('grappler'), ('grass'), ('grass1'), ('grasshop'), ('grasshopper'), ('grasso'), ('grasss'), ('grassy'),
('grateful'), ('gratis'), ('grave'), ('grave1'), ('gravedig'), ('gravel'), ('graves'), ('gravis'), ('gravity'),
('gravy'), ('gravy1'), ('gray'), ('graycat'), ('grayfox'), ('grayson'), ('grayson1'), ('graywolf'), ('grazia'),
('gre69kik'), ('grease'), ('greaser'), ('greasy'), ('great'), ('great1'), ('great123'), ('greatdan'),
('greater'), ('greatest'), ('greatgoo'), ('greatman'), ('greatnes'), ('greatone'), ('greats'), ('greatsex'),
('greatwhi'), ('greatzyo'), ('greddy'), ('gree'), ('greece'), ('greed'), ('greedisgood'), ('greedo'), ('greedy'),
('greek'), ('greek1'), ('greekboy'), ('greekgod'), ('greeks'), ('green'), ('green1'), ('green11'), ('green12'),
('green123'), ('green13'), ('green15'), ('green17'), ('green2'), ('green22'), ('green23'), ('green3'),
('green33'), ('green4'), ('green42'), ('green420'), ('green45'), ('green5'), ('green55'), ('green6'),
('green69'), ('green7'), ('green75'), ('green77'), ('green8'), ('green88'), ('green9'), ('green99'),
('greenbay'), ('greenber'), ('greenbud'), ('greencat'), ('greenda'), ('greenday'), ('greenday1'), ('greendog'),
('greene'), ('greenegg'), ('greener'), ('greenery'), ('greeneye'), ('greeneyes'), ('greengre'), ('greengreen'),
('greenguy'), ('greenhouse'), ('greenie'), ('greenlan'), ('greenlantern'), ('greenlea'), ('greenlee'),
('greenman'), ('greenn'), ('greenpea'), ('greens'), ('greentea'), ('greentre'), ('greentree'), ('greenwav'),
('greenway'), ('greenwic'), ('greenwoo'), ('greenwood'), ('greeny'), ('greer'), ('greese'), ('greeting'),
('greetings'), ('greg'), ('greg13'), ('greg78'), ('greger'), ('gregg'), ('greggy'), ('grego'), ('gregor'),
('gregori'), ('gregorio'), ('gregory'), ('gregory1'), ('gregster'), ('gremio'), ('gremlin'), ('gremlin1'),
('gremlins'), ('grenada'), ('grenade'), ('grendal'), ('grendel'), ('grendel1'), ('grenden'), ('grenoble'),
('grepw'), ('gresham'), ('greshnik'), ('greta'), ('greta1'), ('gretchen'), ('gretel'), ('gretsch'), ('gretta'),
('gretzky'), ('gretzky9'), ('grey'), ('greybear'), ('greyfox'), ('greyhawk'), ('greyhoun'), ('greyhound'),
('greyson'), ('greywolf'), ('gribble'), ('gridiron'), ('gridlock'), ('griff'), ('griffen'), ('griffey'),
('griffey1'), ('griffin'), ('griffin1'), ('griffins'), ('griffith'), ('griffon'), ('griffy'), ('grifon'),
('grifter'), ('griggs'), ('grigio'), ('grigoryan'), ('grill'), ('grillo'), ('grils'), ('grim'), ('grimace'),
('grime'), ('grimes'), ('grimlock'), ('grimm'), ('grimmy'), ('grimreap'), ('grimreaper'), ('grimsby'), ('grin'),
('grinch'), ('grind'), ('grind1'), ('grinder'), ('grinders'), ('grinding'), ('gringo'), ('grip'), ('gripe'),
('gripper'), ('gris'), ('grisha'), ('grisou'), ('grissom'), ('grits'), ('gritty'), ('grizli'), ('grizz'),
('grizzle'), ('grizzley'), ('grizzlie'), ('grizzly'), ('grizzly1'), ('grizzy'), ('groan'), ('grocery'), ('grog'),
('grogan'), ('groggy'), ('groin'), ('grolsch'), ('gromit'), ('grommet'), ('grommit'), ('gromov'), ('gromova'),
('groom'), ('groove'), ('groover'), ('groovin'), ('groovy'), ('groovy1'), ('gross'), ('grosse'), ('grossman'),
('grouch'), ('groucho'), ('groucho1'), ('ground'), ('groundho'), ('group'), ('groupd2013'), ('grouper'),
('groups'), ('grouse'), ('grove'), ('grover'), ('groves'), ('grow'), ('growing'), ('growler'), ('growth'),
('grubber'), ('grubby'), ('gruber'), ('grudge'), ('grumble'), ('grumman'), ('grump'), ('grumpy'), ('grumpy1'),
('grundle'), ('grundy'), ('grunge'), ('grunt'), ('grunt1'), ('grunts'), ('gruppa'), ('grusha'), ('gryphon'),
('gsewfmck'), ('gsgba368'), ('gshock'), ('gspot'), ('gstring'), ('gsxr'), ('gsxr1000'), ('gsxr11'), ('gsxr1100'),
('gsxr600'), ('gsxr750'), ('gtfullam'), ('gthang'), ('gthcbr'), ('gthcjyfk'), ('gthtcnhjqrf'), ('gthtrfnbgjkt'),
('gthtrhtcnjr'), ('gti16v'), ('gtivr6'), ('gtkmvtyb'), ('gtkmvtym'), ('gtnheirf'), ('gtnhjczy'), ('gtnhjd'),
('gtnhjdbx'), ('gtnhjdf'), ('gtnhjdyf'), ('gtnhjpfdjlcr'), ('gtogto43'), ('gtxtymrf'), ('gtynfujy'),
('guadalup'), ('guadalupe'), ('guai'), ('guam'), ('guan'), ('guang'), ('guano'), ('guapo'), ('guard'),
('guardia'), ('guardian'), ('guards'), ('guarra'), ('guatemal'), ('guatemala'), ('gubber'), ('gucci'),
('gucci1'), ('guderian'), ('gudrun'), ('guelph'), ('guenter'), ('guenther'), ('guerilla'), ('guernsey'),
('guerra'), ('guerrero'), ('gues'), ('guess'), ('guess1'), ('guessit'), ('guesss'), ('guesswho'), ('guest'),
('guest1'), ('guevara'), ('guide'), ('guide1'), ('guido'), ('guido1'), ('guido8'), ('guild'), ('guildwars'),
('guilherme'), ('guillaum'), ('guillaume'), ('guille'), ('guillerm'), ('guillermo'), ('guilty'), ('guinea'),
('guiness'), ('guinnes'), ('guinness'), ('guinness1'), ('guita'), ('guitar'), ('guitar01'), ('guitar1'),
('guitar11'), ('guitar12'), ('guitar69'), ('guitare'), ('guitarhero'), ('guitarist'), ('guitarma'),
('guitarman'), ('guitarra'), ('guitars'), ('gulf'), ('gulfstre'), ('gulla'), ('gullit'), ('gulliver'),
('gulmira'), ('gulnar'), ('gulnara'), ('gulnaz'), ('gulnur'), ('gumball'), ('gumbo'), ('gumby'), ('gumby1'),
('gumdrop'), ('gump'), ('gumper'), ('gumshoe'), ('gunblade'), ('gundam'), ('gundam00'), ('gundamwing'),
('gundog'), ('gunfight'), ('gungadin'), ('gungho'), ('gungrave'), ('gunit'), ('gunite'), ('gunman'), ('gunn'),
('gunnar'), ('gunner'), ('gunner01'), ('gunner1'), ('gunners'), ('gunners1'), ('gunnison'), ('gunny'),
('gunny1'), ('guns'), ('gunship'), ('gunsling'), ('gunslinger'), ('gunsmith'), ('gunsmoke'), ('gunter'),
('gunther'), ('gunther1'), ('gunz'), ('guppie'), ('guppy'), ('guppy1'), ('gurami'), ('gurkan'), ('gurken'),
('gurpreet'), ('guru'), ('gurumayi'), ('gus123'), ('gusev'), ('gusher'), ('gusman'), ('guss'), ('gusset'),
('gussie'), ('gustaf'), ('gustav'), ('gustave'), ('gustavo'), ('gustavo1'), ('guster'), ('gusto'), ('gutentag'),
('guthrie'), ('gutierre'), ('gutierrez'), ('gutter'), ('guy123'), ('guyana'), ('guybrush'), ('guys'), ('guyute'),
('guyver'), ('guyver1'), ('guzman'), ('guzzi'), ('gvanca'), ('gwar'), ('gwbush'), ('gwbush1'), ('gwen'),
('gwendoli'), ('gwju3g'), ('gxlmxbewym'), ('gy3yt2rgls'), ('gymnast'), ('gymnast1'), ('gymnastic'), ('gyozo'),
('gypsum'), ('gypsy'), ('gypsy1'), ('gypsydog'), ('gznfxjr'), ('gznybwf'), ('gznybwf13'), ('h00ters'),
('h0ckey'), ('h0lygr41l'), ('h12345'), ('h1d2b3'), ('h200svrm'), ('h2opolo'), ('h2oski'), ('h2slca'),
('h397pnvr'), ('h4x3d'), ('h72sfibbnl'), ('h9iymxmc'), ('ha8fyp'), ('habana'), ('habanero'), ('habari'),
('habbo123'), ('habib'), ('habibi'), ('habit'), ('habitat'), ('habs'), ('hacienda'), ('hack'), ('hackaren'),
('hacke'), ('hacked'), ('hacked1'), ('hackedit'), ('hacker'), ('hacker1'), ('hackers'), ('hackerz'), ('hackett'),
('hacking'), ('hackman'), ('hackme'), ('hackney'), ('hacksaw'), ('haddock'), ('hades'), ('hadley'), ('hadoken'),
('hadrian'), ('hagakure'), ('hagar'), ('hagen'), ('haggard'), ('haggis'), ('hagler'), ('hagrid'), ('haguenau'),
('haha12'), ('haha123'), ('haha1234'), ('hahah'), ('hahaha1'), ('hahahah'), ('haider'), ('haileris'), ('hailey'),
('hailey1'), ('haines'), ('hair'), ('hairball'), ('haircut'), ('hairdo'), ('hairless'), ('hairpie'), ('hairy'),
('hairy1'), ('hajime'), ('hakan'), ('hakaone'), ('hakeem'), ('haker'), ('hakim'), ('hakkinen'), ('hakr'),
('hakuna'), ('hal2000'), ('hal2001'), ('hal9000'), ('halberd'), ('halcyon'), ('hale'), ('haley'), ('haley1'),
('half'), ('halflife'), ('halflife2'), ('halfmoon'), ('halford'), ('halfpint'), ('halftime'), ('halfway'),
('halibut'), ('halifax'), ('halima'), ('hall'), ('halle'), ('hallelujah'), ('halley'), ('hallie'), ('hallmark'),
('hallo'), ('hallo1'), ('hallo12'), ('hallo123'), ('hallodu'), ('halloo'), ('hallow'), ('hallowboy'),
('hallowee'), ('halloween'), ('hallway'), ('halo'), ('halo123'), ('halogen'), ('haloreach'), ('halsted'),
('halt'), ('hamada'), ('hamal'), ('hamann'), ('hambone'), ('hambone1'), ('hambur'), ('hamburg'), ('hamburg1'),
('hamburge'), ('hamburger'), ('hamdan'), ('hamid'), ('hamilton'), ('hamish'), ('hamlet'), ('hamlet1'),
('hamlin'), ('hamm'), ('hammarby'), ('hamme'), ('hammer'), ('hammer00'), ('hammer01'), ('hammer1'), ('hammer11'),
('hammer12'), ('hammer22'), ('hammer69'), ('hammer99'), ('hammered'), ('hammerhe'), ('hammerhead'), ('hammers'),
('hammers1'), ('hammertime'), ('hammett'), ('hammie'), ('hammock'), ('hammond'), ('hamper'), ('hampster'),
('hampton'), ('hamradio'), ('hamster'), ('hamster1'), ('hamsters'), ('hamtaro'), ('hamzah'), ('hana'),
('hanako'), ('hanalei'), ('hancock'), ('hand'), ('hand2000'), ('handbag'), ('handbags'), ('handball'),
('handbook'), ('handcuff'), ('handel'), ('handicap'), ('handily'), ('handjob'), ('handle'), ('handler'),
('hands'), ('handsoff'), ('handsome'), ('handy'), ('handy1'), ('handyman'), ('hanford'), ('hang'), ('hang10'),
('hanger'), ('hangers'), ('hangman'), ('hangout'), ('hangover'), ('hangten'), ('hangtime'), ('hanibal'),
('hank'), ('hank1'), ('hankster'), ('hanley'), ('hann'), ('hanna'), ('hanna1'), ('hannah'), ('hannah01'),
('hannah1'), ('hannah11'), ('hannah12'), ('hannah22'), ('hannelor'), ('hannes'), ('hannibal'), ('hannover'),
('hanover'), ('hans'), ('hanse'), ('hansel'), ('hansen'), ('hansol'), ('hansolo'), ('hansolo1'), ('hanson'),
('hanswurst'), ('hanter'), ('hanuman'), ('hapkido'), ('happen'), ('happens'), ('happie'), ('happier'),
('happiest'), ('happines'), ('happiness'), ('happy'), ('happy1'), ('happy100'), ('happy11'), ('happy12'),
('happy123'), ('happy13'), ('happy2'), ('happy200'), ('happy21'), ('happy5'), ('happy6'), ('happy69'),
('happy7'), ('happy8'), ('happy99'), ('happyboy'), ('happycat'), ('happyday'), ('happydays'), ('happydog'),
('happyface'), ('happyguy'), ('happyhap'), ('happyhappy'), ('happyjoy'), ('happylife'), ('happyman'),
('happyme'), ('happyness'), ('happyone'), ('happys'), ('happytim'), ('happyy'), ('harada'), ('harakiri'),
('harald'), ('harami'), ('harbinger'), ('harbor'), ('harbour'), ('harcore'), ('hard'), ('hard1'), ('hard4u'),
('hard69'), ('hardass'), ('hardaway'), ('hardball'), ('hardbody'), ('hardc0re'), ('hardcock'), ('hardcor'),
('hardcor1'), ('hardcore'), ('hardcore1'), ('harddick'), ('harddriv'), ('hardee'), ('harder'), ('hardest'),
('hardguy'), ('hardhat'), ('hardhead'), ('hardie'), ('hardin'), ('harding'), ('hardkore'), ('hardline'),
('hardman'), ('hardon'), ('hardon1'), ('hardone'), ('hardpack'), ('hardrock'), ('hardtail'), ('hardtime'),
('hardtoon'), ('hardup'), ('hardware'), ('hardwareid'), ('hardwick'), ('hardwood'), ('hardwork'), ('hardy'),
('hardy1'), ('haribo'), ('haribol'), ('haring'), ('hariom'), ('harish'), ('harlan'), ('harle'), ('harlee'),
('harlem'), ('harlequi'), ('harley'), ('harley01'), ('harley03'), ('harley1'), ('harley11'), ('harley12'),
('harley13'), ('harley2'), ('harley20'), ('harley4'), ('harley69'), ('harley88'), ('harley99'), ('harleyd'),
('harleyma'), ('harleys'), ('harlie'), ('harlock'), ('harlot'), ('harlow'), ('harman'), ('harmless'), ('harmon'),
('harmonic'), ('harmony'), ('harmony1'), ('harness'), ('harol'), ('harold'), ('harold1'), ('harp'), ('harper'),
('harpo'), ('harpoon'), ('harpua'), ('harr'), ('harri'), ('harrie'), ('harrier'), ('harriet'), ('harringt'),
('harris'), ('harris1'), ('harriso'), ('harrison'), ('harrison1'), ('harrow'), ('harry'), ('harry1'),
('harry123'), ('harry2'), ('harry5'), ('harryb'), ('harrydog'), ('harryhoo'), ('harryp'), ('harrypot'),
('harrypotter'), ('harrys'), ('harsha'), ('harsingh'), ('hart'), ('hartford'), ('hartland'), ('hartley'),
('hartman'), ('hartmann'), ('haruka'), ('harumi'), ('harvard'), ('harve'), ('harvest'), ('harvest1'), ('harvey'),
('harvey1'), ('harveys'), ('harvick'), ('harwood'), ('hasan'), ('hasbeen'), ('hasbro'), ('hase'), ('hash'),
('hashem'), ('hasher'), ('hashish'), ('haslo'), ('haslo1'), ('hasmik'), ('hass'), ('hassagjs'), ('hassan'),
('hassel'), ('hassle'), ('hasting'), ('hastings'), ('hastur'), ('hasty'), ('hatcher'), ('hatchet'), ('hate'),
('hatebree'), ('hatelove'), ('hateme'), ('hater'), ('haters'), ('hates'), ('hatesyou'), ('hateyou'),
('hatfield'), ('hathaway'), ('hathor'), ('hatman'), ('hatred'), ('hatrick'), ('hatter'), ('hatteras'),
('hattie'), ('hattori'), ('hattrick'), ('haunted'), ('haus'), ('hauser'), ('haustool'), ('havana'), ('havanna'),
('havasu'), ('have'), ('havefun'), ('havefun1'), ('haven'), ('having'), ('havoc'), ('havok'), ('havvoc'),
('hawai'), ('hawaii'), ('hawaii1'), ('hawaii50'), ('hawaiian'), ('hawaiiguy'), ('hawk'), ('hawk12'),
('hawkdog79'), ('hawker'), ('hawkes'), ('hawkey'), ('hawkeye'), ('hawkeye1'), ('hawkeyes'), ('hawking'),
('hawkins'), ('hawkman'), ('hawkmoon'), ('hawks'), ('hawks1'), ('hawkwind'), ('hawkwood'), ('hawthorn'),
('hax0red'), ('hayabusa'), ('hayashi'), ('hayastan'), ('hayden'), ('hayden1'), ('hayduke'), ('hayek'), ('hayes'),
('hayle'), ('haylee'), ('hayley'), ('hayman'), ('haynes'), ('hayward'), ('haywood'), ('hazard'), ('haze'),
('hazel'), ('hazel1'), ('hazel5'), ('hazelnut'), ('hazmat'), ('hazzard'), ('hball'), ('hbhlair'), ('hbxfhl'),
('hcir'), ('hcleeb'), ('hd764nw5d7e1vb1'), ('hd764nw5d7e1vbv'), ('hdbiker'), ('hea666'), ('head'), ('head1'),
('headache'), ('headcase'), ('header'), ('headers'), ('headhunt'), ('headhunter'), ('headless'), ('headroom'),
('heads'), ('headshot'), ('headspin'), ('heady'), ('healer'), ('healey'), ('healing'), ('health'), ('healthy'),
('hearse'), ('heart'), ('heart1'), ('heartbre'), ('heartless'), ('hearts'), ('hearts1'), ('heat'), ('heat7777'),
('heater'), ('heath'), ('heath1'), ('heathe'), ('heathen'), ('heather'), ('heather1'), ('heather2'),
('heather4'), ('heather6'), ('heather7'), ('heather9'), ('heathers'), ('heathrow'), ('heating'), ('heatwave'),
('heave'), ('heaven'), ('heaven1'), ('heavenly'), ('heavy'), ('heavy1'), ('heavyd'), ('heavymet'),
('heavymetal'), ('hebert'), ('hebrew'), ('hebron'), ('hecate'), ('heccrbq'), ('heckfy'), ('heckfyf'),
('heckfyxbr'), ('heckle'), ('heckler'), ('hecmax'), ('hecnfv'), ('hecto'), ('hector'), ('hector1'), ('hedge'),
('hedgehog'), ('hedges'), ('hedimaptfcor'), ('hedj2n4q'), ('hedonism'), ('hedonist'), ('hedwig'), ('heehaw'),
('heel'), ('heeled'), ('heeler'), ('heels'), ('heffer'), ('heffner'), ('hefner'), ('hegemon'), ('heidi'),
('heidi1'), ('heidie'), ('heidiho'), ('heidis'), ('heike'), ('heiko'), ('heimdall'), ('heimer'), ('heimlich'),
('hein'), ('heineken'), ('heinlein'), ('heinrich'), ('heinz'), ('heinz57'), ('heisman'), ('hej123'),
('hejmeddig'), ('hejsan'), ('hejsan123'), ('hektor'), ('helen'), ('helen1'), ('helena'), ('helene'), ('helens'),
('helga'), ('helge'), ('heli'), ('helicopt'), ('helicopter'), ('helios'), ('helium'), ('helix'), ('hell'),
('hell666'), ('hella'), ('hellas'), ('hellbent'), ('hellboun'), ('hellbound'), ('hellboy'), ('hellcat'),
('hellen'), ('heller'), ('hellfire'), ('hellgate'), ('hellhole'), ('hellhoun'), ('hellion'), ('hellno'),
('hello'), ('hello1'), ('hello101'), ('hello11'), ('hello12'), ('hello123'), ('hello1234'), ('hello2'),
('hello22'), ('hello23'), ('hello2u'), ('hello3'), ('hello5'), ('hello6'), ('hello69'), ('hello7'), ('hello9'),
('hello99'), ('helloall'), ('hellohel'), ('hellohello'), ('hellokit'), ('hellokitty'), ('helloman'), ('hellome'),
('hellomoto'), ('helloo'), ('hellos'), ('hellothe'), ('hellothere'), ('hellou'), ('hellow'), ('helloween'),
('hellowor'), ('helloworld'), ('helloyou'), ('hellrais'), ('hellraiser'), ('hellsbel'), ('hellsing'),
('hellspaw'), ('hellspawn'), ('hellya'), ('hellyea'), ('hellyeah'), ('hellyes'), ('helmet'), ('helmut'),
('help'), ('help123'), ('helpctr'), ('helpdesk'), ('helper'), ('helpful'), ('helphelp'), ('helping'),
('helpless'), ('helpm'), ('helpme'), ('helpme1'), ('helpme2'), ('helpme96'), ('helsinki'), ('helter'), ('heman'),
('hemant'), ('hemi'), ('hemi426'), ('hemicuda'), ('hemingwa'), ('hemligt'), ('hemlock'), ('hemmelig'), ('hemp'),
('hen3ry'), ('henderso'), ('henderson'), ('hendri'), ('hendrick'), ('hendrik'), ('hendrix'), ('hendrix1'),
('hendrix2'), ('heng'), ('henkie'), ('henley'), ('hennepin'), ('hennessy'), ('henning'), ('henr'), ('henri'),
('henrie'), ('henriett'), ('henrik'), ('henrique'), ('henry'), ('henry1'), ('henry12'), ('henry123'),
('henry14'), ('henry5'), ('henry8'), ('henrys'), ('henson'), ('hentai'), ('henti'), ('hepburn'), ('hepcat'),
('heracles'), ('herald'), ('herb'), ('herbal'), ('herber'), ('herbert'), ('herbert0'), ('herbert1'), ('herbi'),
('herbie'), ('herbie1'), ('herbs'), ('herbst'), ('herc'), ('hercule'), ('hercules'), ('herder'), ('here'),
('hereford'), ('hereiam'), ('heresy'), ('heretic'), ('herewego'), ('hergood'), ('heritage'), ('herkules'),
('herman'), ('herman1'), ('hermann'), ('hermes'), ('hermes1'), ('hermine'), ('hermione'), ('hermit'), ('hermos'),
('hermosa'), ('hernan'), ('hernande'), ('hernandez'), ('hernando'), ('hero'), ('hero63'), ('heroes'), ('heroin'),
('heroine'), ('heron'), ('herons'), ('herpderp'), ('herpes'), ('herrera'), ('herring'), ('herschel'), ('hershe'),
('hershey'), ('hershey1'), ('hershil'), ('herson'), ('hertha'), ('hertz'), ('herve'), ('herzog'), ('heskey'),
('heslo'), ('hesoyam'), ('hesoyam1'), ('hesoyam123'), ('hesse'), ('hester'), ('heston'), ('hetfield'),
('hevnm4'), ('hevonen'), ('hewitt'), ('hewlett'), ('hewson'), ('hexagon'), ('hextall'), ('heybaby'), ('heydude'),
('heyjoe'), ('heyjude'), ('heyman'), ('heynow'), ('heythere'), ('heywood'), ('heyyou'), ('hfccbz'), ('hfccdtn'),
('hfcgbplzq'), ('hfcnbirf'), ('hfcnfvfy'), ('hfgbhf'), ('hfgcjlbz'), ('hfleuf'), ('hfljcnm'), ('hfnfneq'),
('hfpdjl'), ('hfpldfnhb'), ('hfrtnf'), ('hfvbkm'), ('hfytnrb'), ('hhhh1'), ('hhhhh1'), ('hhhhhh1'), ('hhhhhhh1'),
('hiawatha'), ('hibees'), ('hibernia'), ('hibernian'), ('hibiscus'), ('hiccup'), ('hickey'), ('hickman'),
('hickory'), ('hicks'), ('hidalgo'), ('hidden'), ('hidden1'), ('hide'), ('hideaway'), ('hideki'), ('hideout'),
('hifive'), ('higashi'), ('higgins'), ('higgins1'), ('high'), ('highball'), ('highbury'), ('higher'),
('highest'), ('highfive'), ('highgate'), ('highheel'), ('highjump'), ('highland'), ('highlander'), ('highlife'),
('highspee'), ('hightech'), ('hightide'), ('hightime'), ('highway'), ('highway1'), ('highwind'), ('hiheels'),
('hihje863'), ('hijack'), ('hijinx'), ('hijodeputa'), ('hikari'), ('hikaru'), ('hiker'), ('hiking'), ('hilary'),
('hilda'), ('hilde'), ('hilfiger'), ('hill'), ('hillary'), ('hillary1'), ('hillbill'), ('hillbilly'),
('hillcres'), ('hillel'), ('hiller'), ('hilliard'), ('hillman'), ('hills'), ('hillside'), ('hilltop'), ('hilly'),
('hilton'), ('himalaya'), ('himera'), ('himitsu'), ('himmel'), ('himmler'), ('himself'), ('himura'), ('hinata'),
('hindustan'), ('hines'), ('hingis'), ('hinton'), ('hip-hop'), ('hipho'), ('hiphop'), ('hiphop1'), ('hippie'),
('hippies'), ('hippo'), ('hippo1'), ('hippos'), ('hippy'), ('hipster'), ('hiram'), ('hiro'), ('hiroki'),
('hiroko'), ('hiromi'), ('hiroshi'), ('hiroyuki'), ('hirsch'), ('hirsute'), ('hisashi'), ('hispanic'),
('history'), ('history1'), ('hitachi'), ('hitch'), ('hitech'), ('hithere'), ('hithere1'), ('hitler'), ('hitman'),
('hitman1'), ('hitman47'), ('hitme'), ('hitmen'), ('hitomi'), ('hits'), ('hitter'), ('hiziad'), ('hj8z6e'),
('hjccbz'), ('hjcnbckfd'), ('hjcnbr'), ('hjcnjd'), ('hjlbjy'), ('hjlbntkb'), ('hjlbyf'), ('hjpjxrf'), ('hjvfir'),
('hjvfirf'), ('hjvfirf1'), ('hjvfy'), ('hjvfyjdf'), ('hjvfynbr'), ('hjvfynbrf'), ('hjvjxrf'), ('hkger286'),
('hoagie'), ('hoangen'), ('hobart'), ('hobbe'), ('hobbes'), ('hobbes1'), ('hobbes12'), ('hobbit'), ('hobbiton'),
('hobbits'), ('hobbs'), ('hobby'), ('hobgoblin'), ('hobie'), ('hobiecat'), ('hobnob'), ('hobo'), ('hoboken'),
('hobson'), ('hocke'), ('hockey'), ('hockey1'), ('hockey10'), ('hockey11'), ('hockey12'), ('hockey123'),
('hockey13'), ('hockey14'), ('hockey19'), ('hockey2'), ('hockey21'), ('hockey22'), ('hockey30'), ('hockey33'),
('hockey4'), ('hockey69'), ('hockey77'), ('hockey9'), ('hockey99'), ('hocuspocus'), ('hoddle'), ('hoddling'),
('hodge'), ('hodges'), ('hoes'), ('hoffman'), ('hoffmann'), ('hofner'), ('hogan'), ('hogan1'), ('hogans'),
('hogdog'), ('hogfan'), ('hogg'), ('hogger'), ('hoghead'), ('hogs'), ('hogtie'), ('hogtied'), ('hogwarts'),
('hogwash'), ('hogwild'), ('hohner'), ('hokie'), ('hokies'), ('hokuto'), ('hol'), ('hola'), ('hola123'),
('holahola'), ('holas'), ('holbrook'), ('holcomb'), ('hold'), ('holde'), ('holdem'), ('holden'), ('holden1'),
('holder'), ('holding'), ('holdon'), ('holdup'), ('hole'), ('holein1'), ('holeinon'), ('holen1'), ('holera'),
('holes'), ('holeshot'), ('holger'), ('holida'), ('holiday'), ('holiday1'), ('holidays'), ('holiness'),
('holio'), ('holl'), ('holla'), ('holla1'), ('hollage'), ('holland'), ('holland1'), ('holle'), ('holler'),
('holley'), ('holliday'), ('hollie'), ('hollis'), ('holliste'), ('hollister'), ('hollister1'), ('hollow'),
('holloway'), ('holly'), ('holly1'), ('holly12'), ('holly123'), ('holly2'), ('hollyb'), ('hollydog'), ('hollys'),
('hollywoo'), ('hollywood'), ('hollywood1'), ('hollyy'), ('holman'), ('holmes'), ('hologram'), ('holstein'),
('holsten'), ('holt'), ('holton'), ('holy'), ('holycow'), ('holycrap'), ('holyman'), ('holymoly'), ('holyshit'),
('holywood'), ('homage'), ('hombre'), ('home'), ('home1'), ('home12'), ('home123'), ('home77'), ('homebase'),
('homeboy'), ('homebrew'), ('homedepo'), ('homefree'), ('homegrow'), ('homeland'), ('homeless'), ('homely'),
('homemade'), ('homepage'), ('homer'), ('homer1'), ('homer123'), ('homer2'), ('homer22'), ('homer69'),
('homerj'), ('homerjay'), ('homero'), ('homers'), ('homersim'), ('homerun'), ('homerun1'), ('homes'),
('homesick'), ('hometown'), ('homewood'), ('homework'), ('homeworld'), ('homey'), ('homicide'), ('homie'),
('homies'), ('hommer'), ('homo'), ('homyak'), ('honcho'), ('honda'), ('honda01'), ('honda1'), ('honda123'),
('honda2'), ('honda200'), ('honda2000'), ('honda250'), ('honda450'), ('honda99'), ('hondaa'), ('hondac'),
('hondacar'), ('hondacbr'), ('hondaciv'), ('hondacivic'), ('hondacr'), ('hondacrv'), ('hondacrx'), ('hondaman'),
('hondas'), ('hondas2000'), ('hondavfr'), ('hondo'), ('hondo1'), ('hondo17'), ('honduras'), ('hone'), ('honest'),
('honesty'), ('honey'), ('honey1'), ('honey12'), ('honey123'), ('honey2'), ('honey69'), ('honeyb'), ('honeybea'),
('honeybear'), ('honeybee'), ('honeybun'), ('honeydew'), ('honeydog'), ('honeymoon'), ('honeypie'), ('honeypot'),
('honeys'), ('hong'), ('hongfund'), ('hongkong'), ('honker'), ('honkey'), ('honky'), ('honolulu'), ('honor'),
('honor1'), ('honors'), ('hooch'), ('hooch1'), ('hoochie'), ('hood'), ('hoodlum'), ('hoodoo'), ('hook'),
('hookah'), ('hooked'), ('hookedup'), ('hookem'), ('hooker'), ('hooker1'), ('hookers'), ('hooks'), ('hookup'),
('hooligan'), ('hooligans'), ('hoop'), ('hooper'), ('hoopla'), ('hoople'), ('hoops'), ('hoops1'), ('hoopstar'),
('hoopster'), ('hoopty'), ('hooray'), ('hoosier'), ('hoosier1'), ('hoosiers'), ('hoot'), ('hooter'), ('hooters'),
('hooters1'), ('hooters6'), ('hootie'), ('hoover'), ('hooyah'), ('hopalong'), ('hope'), ('hopeful'),
('hopeful1'), ('hopefull'), ('hopeless'), ('hoping'), ('hopkig'), ('hopkins'), ('hopkins1'), ('hoppel'),
('hopper'), ('hopper1'), ('hoppers'), ('hoppie'), ('hopping'), ('hoppy'), ('hops'), ('horace'), ('horacio'),
('horatio'), ('hores'), ('horizon'), ('horizon1'), ('hormone'), ('horn'), ('hornball'), ('horndog'),
('horndog1'), ('horndogg'), ('horne'), ('horned'), ('horner'), ('hornet'), ('hornet1'), ('hornets'),
('hornets1'), ('horney'), ('horney1'), ('hornie'), ('hornier'), ('horns'), ('horny'), ('horny1'), ('horny123'),
('horny2'), ('horny69'), ('hornyboy'), ('hornydog'), ('hornyguy'), ('hornyman'), ('hornyme'), ('hornyone'),
('hornys'), ('horosho'), ('horror'), ('horse'), ('horse1'), ('horseman'), ('horsemen'), ('horsepower'),
('horses'), ('horses1'), ('horseshit'), ('horsesho'), ('horsey'), ('horst'), ('hortense'), ('horton'), ('horus'),
('hoschi'), ('hose'), ('hosehead'), ('hoseman'), ('hoser'), ('hoser1'), ('hosers'), ('hoskins'), ('hospital'),
('hoss'), ('host'), ('hosted'), ('hostile'), ('hosty'), ('hot'), ('hot1'), ('hot123'), ('hot2trot'), ('hot4you'),
('hotass'), ('hotbabe'), ('hotbabes'), ('hotbitch'), ('hotbod'), ('hotbody'), ('hotboi'), ('hotbot'), ('hotbox'),
('hotboy'), ('hotboy1'), ('hotboys'), ('hotchick'), ('hotchkis'), ('hotcock'), ('hotcum'), ('hotcunt'),
('hotdamn'), ('hotdick'), ('hotdo'), ('hotdog'), ('hotdog1'), ('hotdog12'), ('hotdogs'), ('hotel'), ('hotel1'),
('hotel6'), ('hotels'), ('hotfeet'), ('hotfun'), ('hotgirl'), ('hotgirls'), ('hotguy'), ('hothead'), ('hotice'),
('hotlanta'), ('hotlegs'), ('hotline'), ('hotlips'), ('hotlove'), ('hotmale'), ('hotmama'), ('hotman'),
('hotmom'), ('hotmove'), ('hotness'), ('hotone'), ('hotpants'), ('hotporn'), ('hotpussy'), ('hotrats'),
('hotred'), ('hotrod'), ('hotrod1'), ('hotrods'), ('hots'), ('hotsauce'), ('hotsex'), ('hotsex69'), ('hotshit'),
('hotshot'), ('hotshot1'), ('hotspot'), ('hotspur'), ('hotspurs'), ('hotstud'), ('hotstuf'), ('hotstuff'),
('hott'), ('hotter'), ('hottest'), ('hotti'), ('hottie'), ('hottie1'), ('hotties'), ('hottsexx'), ('hottub'),
('hottuna'), ('hotty'), ('hotty1'), ('hotwater'), ('hotwheel'), ('hotwheels'), ('hotwife'), ('houdini'),
('houghton'), ('hound'), ('hound1'), ('hounddog'), ('houndog'), ('hounds'), ('hour'), ('house'), ('house1'),
('house12'), ('house123'), ('house2'), ('housebed'), ('housecat'), ('housemusic'), ('housepen'), ('houser'),
('houses'), ('housewife'), ('housewifes'), ('housing'), ('houston'), ('houston1'), ('hovepark'), ('hover'),
('howard'), ('howard1'), ('howareyo'), ('howareyou'), ('howdie'), ('howdy'), ('howdy1'), ('howell'), ('howhigh'),
('howie'), ('howie1'), ('howies'), ('howitzer'), ('howl'), ('howler'), ('howlin'), ('howling'), ('hownow'),
('hoyas'), ('hoyasaxa'), ('hp189dn'), ('hpesoj'), ('hpk2qc'), ('hpmrbm41'), ('hpsalgay'), ('hpvteb'), ('hr3ytm'),
('hrfzlz'), ('hrothgar'), ('hrvatska'), ('hshfd4n279'), ('htcnjhfy'), ('htlbcrf'), ('html'), ('htmlctl'),
('htubcnhfwbz'), ('htubyf'), ('htyfnf'), ('huai'), ('huan'), ('huang'), ('hubba'), ('hubbahub'), ('hubbard'),
('hubbell'), ('hubble'), ('hubby'), ('hubcap'), ('hubert'), ('hubertus'), ('hubris'), ('huck'), ('huckle'),
('huckster'), ('hudson'), ('huevos'), ('huey'), ('huffman'), ('hufmqw'), ('huge'), ('hugecock'), ('hugedick'),
('hugetits'), ('hugger'), ('huggies'), ('hugh'), ('hughes'), ('hughjass'), ('hugo'), ('hugoboss'), ('hugues'),
('hulahoop'), ('huligan'), ('hulk'), ('hulkster'), ('hull'), ('hullcity'), ('human'), ('humanity'), ('humanoid'),
('humans'), ('humber'), ('humbert'), ('humberto'), ('humble'), ('humboldt'), ('humbug'), ('humme'), ('hummel'),
('hummer'), ('hummer1'), ('hummer99'), ('hummerh2'), ('hump'), ('humper'), ('humphrey'), ('humpin'), ('humpty'),
('humtum'), ('hun999'), ('hund'), ('hunden'), ('hundred'), ('hung'), ('hungary'), ('hunger'), ('hunglow'),
('hungry'), ('hungwell'), ('hunk'), ('hunnie'), ('hunny'), ('hunnybun'), ('hunt'), ('hunt0802'), ('hunt4red'),
('hunte'), ('hunted'), ('hunter'), ('hunter01'), ('hunter1'), ('hunter11'), ('hunter12'), ('hunter123'),
('hunter2'), ('hunter22'), ('hunter5'), ('hunter69'), ('hunter99'), ('hunters'), ('huntin'), ('hunting'),
('hunting1'), ('huntress'), ('huntsman'), ('hurdle'), ('hurley'), ('hurrican'), ('hurricane'), ('hurricanes'),
('hurryup'), ('hurst'), ('hurtme'), ('hurts'), ('husain'), ('husband'), ('hush'), ('husker'), ('husker1'),
('huskerdu'), ('huskers'), ('huskers1'), ('huskie'), ('huskies'), ('huskies1'), ('husky'), ('husky1'),
('hussain'), ('hussar'), ('hussein'), ('hustle'), ('hustler'), ('hustler1'), ('huston'), ('hutch'), ('hutchins'),
('hutton'), ('huxley'), ('hv120dv'), ('hvidovre'), ('hxp4life'), ('hxxrvwcy'), ('hyacinth'), ('hybrid'),
('hyde'), ('hydepark'), ('hyderabad'), ('hydra'), ('hydrant'), ('hydro'), ('hydrogen'), ('hygge'), ('hyman'),
('hymen'), ('hyper'), ('hyper1'), ('hyperion'), ('hyperlit'), ('hypnodanny'), ('hyrule'), ('hysteria'),
('hyundai'), ('hzgg9umc'), ('hzze929b'), ('i12345'), ('i62gbq'), ('i81b4u'), ('i81u812'), ('iaapptfcor'),
('iago'), ('iamawesome'), ('iambigal'), ('iamcool'), ('iamfree'), ('iamgay'), ('iamgod'), ('iamgreat'),
('iamhappy'), ('iamhere'), ('iamhorny'), ('iamking'), ('iampurehaha2'), ('iamsam'), ('iamsexy'), ('iamsocool'),
('iamthe1'), ('iamthema'), ('iamtheman'), ('iamtheone'), ('ias100'), ('iawgk2'), ('ib6ub9'), ('ibanez'),
('ibelieve'), ('iberia'), ('ibill'), ('ibill01'), ('ibill123'), ('ibilljpf'), ('ibilltes'), ('ibiza'),
('ibragim'), ('ibragimov'), ('ibrahim'), ('ibxnsm'), ('icam4usb'), ('icandoit'), ('icarus'), ('icculus'),
('icebaby'), ('icebear'), ('iceberg'), ('icebox'), ('icecold'), ('icecrea'), ('icecream'), ('icecube'),
('icecube1'), ('iced'), ('icefire'), ('icehouse'), ('iceland'), ('icema'), ('iceman'), ('iceman01'), ('iceman1'),
('iceman11'), ('iceman22'), ('iceman44'), ('iceman69'), ('icenine'), ('icepick'), ('icequeen'), ('icetea'),
('icewater'), ('icewind'), ('ichabod'), ('ichbin'), ('ichbins'), ('ichiban'), ('ichiban1'), ('ichigo'),
('ichiro'), ('ichiro51'), ('ichwill'), ('icicle'), ('icky'), ('icon'), ('icu812'), ('idaho'), ('iddqd'),
('iddqd88'), ('iddqd890'), ('iddqdiddqd'), ('iddqdidkfa'), ('idea'), ('ideal'), ('ideas'), ('idefix'),
('identity'), ('ididit'), ('idinahui'), ('idiom'), ('idiot'), ('idiot1'), ('idiota'), ('idiots'), ('idkfa'),
('idlewild'), ('idontcar'), ('idontcare'), ('idontkno'), ('idontknow'), ('idontknow1'), ('idontno'), ('idteul'),
('idunno'), ('iecnhbr'), ('ieinfo5'), ('ifghjb'), ('ifiksr'), ('ifkfdf'), ('ifoptfcor'), ('iforget'),
('iforgot'), ('iforgot1'), ('iforgoti'), ('iforgotit'), ('ifufkbyf'), ('iggy'), ('iggypop'), ('iglesias'),
('igloo'), ('igmtva'), ('ignaci'), ('ignacio'), ('ignatius'), ('ignatz'), ('ignite'), ('igor'), ('igor123'),
('igor1234'), ('igor1994'), ('igorek'), ('igromania'), ('iguana'), ('ihateu'), ('ihateyo'), ('ihateyou'),
('ihateyou1'), ('iiiii1'), ('iiiiii1'), ('iiiiiii1'), ('iiyama'), ('ijrjkfl'), ('ijrjkflrf'), ('ikalcr'),
('ikarus'), ('ikilz083'), ('ikke'), ('iklo'), ('ikmvw103'), ('il2fw2'), ('ilaria'), ('ileana'), ('ilford'),
('ilike69'), ('ilikeike'), ('ilikeit'), ('ilikepie'), ('ilikeporn'), ('ilikepussy'), ('ilikesex'), ('ilikeyou'),
('ilkaev'), ('illegal'), ('illest'), ('illiad'), ('illicit'), ('illini'), ('illini1'), ('illinois'),
('illmatic'), ('illumina'), ('illuminati'), ('illusion'), ('illusions'), ('illwill'), ('ilona'), ('ilonka'),
('ilove'), ('ilove69'), ('iloveamy'), ('iloveass'), ('iloveboobies'), ('ilovebri'), ('ilovecock'), ('ilovedick'),
('ilovefee'), ('ilovegirls'), ('ilovegod'), ('iloveher'), ('ilovehim'), ('iloveit'), ('ilovejen'), ('ilovejes'),
('ilovejesus'), ('ilovekim'), ('ilovelife'), ('iloveluc'), ('ilovelucy'), ('ilovemar'), ('iloveme'),
('iloveme1'), ('iloveme2'), ('ilovemom'), ('ilovemusic'), ('ilovemyfamily'), ('ilovemylife'), ('ilovemyself'),
('ilovepor'), ('iloveporn'), ('ilovepus'), ('ilovepussy'), ('ilovesam'), ('ilovesex'), ('ilovetit'),
('ilovetits'), ('iloveu'), ('iloveu1'), ('iloveu2'), ('iloveyo'), ('iloveyou'), ('iloveyou!'), ('iloveyou1'),
('iloveyou11'), ('iloveyou12'), ('iloveyou123'), ('iloveyou143'), ('iloveyou2'), ('iloveyou22'), ('ilusha'),
('iluv69'), ('iluvatar'), ('iluvit'), ('iluvme'), ('iluvporn'), ('iluvsex'), ('iluvtits'), ('iluvu'), ('ilya'),
('ilya1234'), ('ilya1992'), ('ilyas'), ('im2cool'), ('imac'), ('imaccess'), ('image'), ('image1'), ('images'),
('imagination'), ('imagine'), ('imagine1'), ('imaging'), ('imajica'), ('imaloser'), ('iman'), ('imani'),
('imation'), ('imback'), ('imbored'), ('imbue'), ('imcool'), ('imelda'), ('imemine'), ('imes'), ('imesh'),
('imfree'), ('imhere'), ('imhome'), ('imhorny'), ('imhotep'), ('imissu'), ('imissyou'), ('imjakie123'),
('imladris'), ('immortal'), ('immune'), ('imogen'), ('impact'), ('impala'), ('impalass'), ('impaler'),
('imperato'), ('imperator'), ('imperia'), ('imperial'), ('imperium'), ('implant'), ('implants'), ('import'),
('importan'), ('important'), ('impossib'), ('impossible'), ('impress'), ('impreza'), ('impulse'), ('imran'),
('imtheman'), ('imzadi'), ('inandout'), ('inbed'), ('inbhkbw'), ('inca'), ('incest'), ('inches'), ('incident'),
('include'), ('incognit'), ('incognito'), ('income'), ('incoming'), ('incorrect'), ('incredible'), ('incubus'),
('incubus1'), ('indahous'), ('indahouse'), ('indain'), ('indeed'), ('indeep'), ('independ'), ('independent'),
('index'), ('indi'), ('india'), ('india1'), ('india123'), ('indian'), ('indian1'), ('indiana'), ('indiana1'),
('indiana7'), ('indianali'), ('indianer'), ('indians'), ('indians1'), ('indica'), ('indien'), ('indies'),
('indig'), ('indiglo'), ('indigo'), ('indigo1'), ('indira'), ('indobokep'), ('indon'), ('indonesi'),
('indonesia'), ('indoor'), ('indurain'), ('industry'), ('indy'), ('indy500'), ('indycar'), ('ineedsex'),
('inertia'), ('inessa'), ('inetcfg'), ('infalicall'), ('infamous'), ('infantry'), ('infected'), ('infernal'),
('inferno'), ('inferno1'), ('infidel'), ('infinit'), ('infinite'), ('infiniti'), ('infinity'), ('infix'),
('inflames'), ('info'), ('inform'), ('informat'), ('information'), ('informer'), ('infotech'), ('infra'),
('infrared'), ('inga'), ('ingeborg'), ('ingenier'), ('ingersol'), ('ingo'), ('ingodwetrust'), ('ingram'),
('ingram01'), ('ingres'), ('ingress'), ('ingri'), ('ingrid'), ('inheat'), ('inhere'), ('inhouse'), ('initial'),
('inkjet'), ('inkognito'), ('inline'), ('inlove'), ('inna'), ('innate'), ('innocent'), ('innova'), ('innow'),
('innuendo'), ('inout'), ('insane'), ('insane1'), ('insanity'), ('insect'), ('insecure'), ('insert'),
('insertion'), ('insertions'), ('inshallah'), ('inside'), ('inside1'), ('insider'), ('insight'), ('insignia'),
('insomnia'), ('inspect'), ('inspecto'), ('inspector'), ('inspire'), ('inspiron'), ('install'), ('installdevic'),
('installsqlst'), ('installutil'), ('instant'), ('instinct'), ('institut'), ('instruct'), ('insulin'),
('insuranc'), ('insurance'), ('insure'), ('integer'), ('integra'), ('integra1'), ('integral'), ('integrit'),
('intel'), ('intel1'), ('intelinside'), ('intell'), ('intelligence'), ('intense'), ('intent'), ('inter'),
('inter1'), ('interacial'), ('interact'), ('intercom'), ('intercourse'), ('interest'), ('interests'),
('interex'), ('interior'), ('intermilan'), ('intern'), ('internal'), ('internat'), ('international'),
('interne'), ('internet'), ('internet1'), ('interpol'), ('interrupt'), ('intersta'), ('intheass'), ('intheend'),
('intimate'), ('intj3a'), ('into'), ('intoit'), ('intranet'), ('intrepid'), ('intrigue'), ('introubl'),
('intrude'), ('intruder'), ('intubate'), ('inuyash'), ('inuyasha'), ('invader'), ('invalid'), ('invalidp'),
('invasion'), ('invent'), ('inventor'), ('invernes'), ('inverse'), ('invest'), ('invest1'), ('investor'),
('invictus'), ('invis'), ('invisibl'), ('invisible'), ('invite'), ('invoice'), ('inxs'), ('ioanna'), ('iomega'),
('iop890'), ('iowa'), ('iownyou'), ('ipanema'), ('iphone'), ('ipo54tj45uy856'), ('ipswich'), ('ipswich1'),
('ipvteb'), ('iqzzt580'), ('iraffert'), ('iraida'), ('irairaa'), ('irakli'), ('iraq'), ('irelan'), ('ireland'),
('ireland1'), ('ireland3'), ('irena'), ('irene'), ('irene1'), ('iridium'), ('irie'), ('irina'), ('irina1'),
('irina123'), ('irina1989'), ('irina1991'), ('irinka'), ('iris'), ('irish'), ('irish1'), ('irish123'),
('irish88'), ('irisha'), ('irishboy'), ('irishka'), ('irishlad'), ('irishman'), ('iriska'), ('irkutsk'),
('irland'), ('irma'), ('irnbru'), ('iro4ka'), ('irochka'), ('irock'), ('irock.'), ('irocz28'), ('iron'),
('ironbird'), ('ironchef'), ('ironcity'), ('irondesk'), ('irondoor'), ('ironfish'), ('ironfist'), ('irongoat'),
('ironhead'), ('ironhors'), ('ironhorse'), ('ironic'), ('ironlung'), ('ironma'), ('ironmaid'), ('ironmaiden'),
('ironman'), ('ironman1'), ('ironman2'), ('ironmike'), ('ironpony'), ('ironroad'), ('ironside'), ('ironsink'),
('irontree'), ('irusik'), ('irvin'), ('irvine'), ('irving'), ('irwin'), ('is211tn'), ('is3yeusc'), ('is_a_bot'),
('isaac'), ('isaac1'), ('isaacs'), ('isabe'), ('isabel'), ('isabel1'), ('isabela'), ('isabell'), ('isabella'),
('isabella1'), ('isabelle'), ('isacs155'), ('isaeva'), ('isaia'), ('isaiah'), ('isaiah1'), ('isakov'),
('isbest'), ('iscool'), ('isdaman'), ('isdead'), ('iseedeadpeople'), ('iseeyou'), ('isengard'), ('isgay'),
('isgod'), ('isgood'), ('isgreat'), ('ishard'), ('ishikawa'), ('ishmael'), ('ishorny'), ('ishot'), ('ishtar'),
('isidor'), ('iskandar'), ('iskander'), ('islam'), ('islamabad'), ('island'), ('island1'), ('islander'),
('islanders'), ('islands'), ('ismael'), ('ismail'), ('isobel'), ('isolde'), ('isotwe'), ('israe'), ('israel'),
('issexy'), ('issmall'), ('issue43'), ('issues'), ('istanbul'), ('isthebes'), ('isthebest'), ('istheman'),
('istina'), ('itachi'), ('itali'), ('italia'), ('italia1'), ('italian'), ('italian1'), ('italiano'),
('italias1'), ('italie'), ('italien'), ('italy'), ('italy1'), ('itchy'), ('itdoes'), ('itdxtyrj'), ('ithaca'),
('itisme'), ('itout'), ('its420'), ('itsasecret'), ('itsme'), ('itsme1'), ('itsme2'), ('itsmee'), ('itsmine'),
('itstime'), ('itworks'), ('iubire'), ('ivan'), ('ivan123'), ('ivan1985'), ('ivan1996'), ('ivan2010'), ('ivana'),
('ivanhoe'), ('ivanivanov'), ('ivanka'), ('ivanko'), ('ivanna'), ('ivanov'), ('ivanova'), ('iverso'),
('iverson'), ('iverson1'), ('iverson3'), ('ivette'), ('ivonne'), ('ivory'), ('ivory1'), ('iwanna'), ('iwantin'),
('iwantit'), ('iwantsex'), ('iwantu'), ('iwantyou'), ('iwillwin'), ('iwojima'), ('iyaayas'), ('iyaoyas'),
('izabela'), ('izabella'), ('izumrud'), ('izzard'), ('izzicam'), ('izzy'), ('j0nathan'), ('j0shua'), ('j10e5d4'),
('j12345'), ('j123456'), ('j1234567'), ('j1964'), ('j3qq4h7h2v'), ('ja0000'), ('jaan'), ('jaba'), ('jabari'),
('jabba'), ('jabba1'), ('jabbar'), ('jabber'), ('jabberwo'), ('jabell'), ('jabo'), ('jabroni'), ('jabroni1'),
('jachin'), ('jacinta'), ('jack'), ('jack01'), ('jack1'), ('jack10'), ('jack11'), ('jack12'), ('jack123'),
('jack1234'), ('jack13'), ('jack2'), ('jack2000'), ('jack22'), ('jack23'), ('jack5225'), ('jack55'), ('jack99'),
('jackal'), ('jackaroo'), ('jackas'), ('jackass'), ('jackass1'), ('jackass2'), ('jackasss'), ('jackdani'),
('jackdaniels'), ('jackdaw'), ('jackdog'), ('jacked'), ('jackel'), ('jacker'), ('jacket'), ('jackets'),
('jackfros'), ('jackfrost'), ('jackfrui'), ('jackhamm'), ('jackhammer'), ('jacki'), ('jackie'), ('jackie01'),
('jackie1'), ('jackie2'), ('jackie69'), ('jackiech'), ('jackin'), ('jackjack'), ('jacklyn'), ('jackman'),
('jackme'), ('jackmeof'), ('jacko'), ('jackoff'), ('jackoff1'), ('jackpot'), ('jackpot1'), ('jackpot3'),
('jackruss'), ('jackryan'), ('jacks'), ('jackso'), ('jackson'), ('jackson1'), ('jackson2'), ('jackson4'),
('jackson5'), ('jackson6'), ('jackson9'), ('jacksons'), ('jackster'), ('jacky'), ('jackyl'), ('jaclyn'),
('jaco'), ('jacob'), ('jacob1'), ('jacob123'), ('jacob2'), ('jacob6'), ('jacobb'), ('jacobs'), ('jacobsen'),
('jacobson'), ('jacobus'), ('jacopo'), ('jacque'), ('jacqueli'), ('jacqueline'), ('jacques'), ('jacqui'),
('jacuzzi'), ('jada'), ('jadakiss'), ('jade'), ('jade1'), ('jaded'), ('jaden'), ('jadzia'), ('jaeger'),
('jaffa'), ('jager'), ('jager1'), ('jagged'), ('jagger'), ('jagger1'), ('jagman'), ('jagr'), ('jagr68'),
('jagua'), ('jaguar'), ('jaguar1'), ('jaguars'), ('jaguarxj'), ('jahbless'), ('jahlove'), ('jaiden'),
('jaihind'), ('jail'), ('jailbait'), ('jailbird'), ('jaimatadi'), ('jaime'), ('jaime1'), ('jaimie'), ('jakarta'),
('jake'), ('jake00'), ('jake01'), ('jake02'), ('jake1'), ('jake11'), ('jake12'), ('jake123'), ('jake1234'),
('jake13'), ('jake22'), ('jake5253'), ('jake69'), ('jake99'), ('jakedog'), ('jakejake'), ('jakeman'), ('jakers'),
('jakes'), ('jakester'), ('jakeyboy'), ('jakob'), ('jalal123'), ('jalapeno'), ('jalisco'), ('jam123'), ('jama'),
('jamaal'), ('jamaic'), ('jamaica'), ('jamaica1'), ('jamaican'), ('jamal'), ('jamal1'), ('jambo'), ('jamboree'),
('jambos'), ('jamdown'), ('jame'), ('james'), ('james00'), ('james007'), ('james01'), ('james1'), ('james10'),
('james11'), ('james12'), ('james123'), ('james13'), ('james19'), ('james2'), ('james22'), ('james23'),
('james3'), ('james4'), ('james5'), ('james6'), ('james69'), ('james7'), ('james777'), ('james8'), ('james99'),
('jamesa'), ('jamesb'), ('jamesbon'), ('jamesbond'), ('jamesbond007'), ('jamesc'), ('jamesd'), ('jamesdea'),
('jamese'), ('jamesg'), ('jamesh'), ('jamesj'), ('jamesjames'), ('jamesk'), ('jamesl'), ('jamesm'), ('jameson'),
('jameson1'), ('jamesp'), ('jamesr'), ('jamess'), ('jamessss'), ('jamest'), ('jamesw'), ('jamesy'), ('jami'),
('jamie'), ('jamie1'), ('jamie12'), ('jamie123'), ('jamie2'), ('jamieb'), ('jamielee'), ('jamies'), ('jamila'),
('jamison'), ('jamjar'), ('jammer'), ('jammers'), ('jammie'), ('jammin'), ('jamming'), ('jammygirl'), ('jams'),
('jamshid'), ('jan123'), ('jana'), ('janbam'), ('jane'), ('janeen'), ('janeiro'), ('janel'), ('janell'),
('janelle'), ('janessa'), ('janet'), ('janet1'), ('janets'), ('janette'), ('janeway'), ('janice'), ('janice1'),
('janie'), ('janin'), ('janina'), ('janine'), ('janis'), ('janitor'), ('janna'), ('janne'), ('jannie'),
('jannik'), ('janos'), ('jansen'), ('jansport'), ('janssen'), ('jansson'), ('januar'), ('januari'), ('january'),
('january1'), ('january2'), ('janus'), ('janus1'), ('janusz'), ('janvier'), ('japan'), ('japan1'), ('japan10'),
('japanees'), ('japanes'), ('japanese'), ('jardin'), ('jared'), ('jared1'), ('jaredleto'), ('jareth'),
('jarhead'), ('jarhead1'), ('jarman'), ('jarod'), ('jaroslav'), ('jarred'), ('jarret'), ('jarrett'), ('jarrod'),
('jarule'), ('jarvis'), ('jas4an'), ('jasmi'), ('jasmin'), ('jasmin1'), ('jasmina'), ('jasmine'), ('jasmine0'),
('jasmine1'), ('jasmine123'), ('jasmine2'), ('jasmine3'), ('jasmine5'), ('jasmine7'), ('jasmine9'), ('jaso'),
('jason'), ('jason01'), ('jason1'), ('jason11'), ('jason12'), ('jason123'), ('jason13'), ('jason2'), ('jason22'),
('jason23'), ('jason25'), ('jason3'), ('jason5'), ('jason69'), ('jasona'), ('jasonb'), ('jasonc'), ('jasond'),
('jasong'), ('jasonh'), ('jasonj'), ('jasonk'), ('jasonlee'), ('jasonm'), ('jasonn'), ('jasonp'), ('jasonr'),
('jasons'), ('jasont'), ('jasonw'), ('jasonx'), ('jaspe'), ('jasper'), ('jasper01'), ('jasper1'), ('jasper12'),
('jasper2'), ('java'), ('javabean'), ('javaman'), ('javelin'), ('javert'), ('javie'), ('javier'), ('javier1'),
('jawa350'), ('jawbone'), ('jawbreak'), ('jaws'), ('jaws1221'), ('jaxson'), ('jay123'), ('jaybee'), ('jaybird'),
('jayboy'), ('jaycee'), ('jaycob'), ('jayde'), ('jaydee'), ('jayden'), ('jaydog'), ('jaydog472'), ('jayhawk'),
('jayhawk1'), ('jayhawks'), ('jayjay1'), ('jaykay'), ('jaylen'), ('jayman'), ('jayman1'), ('jayme'), ('jayne'),
('jays'), ('jayson'), ('jaysoncj'), ('jaytee'), ('jayz'), ('jazman'), ('jazmi'), ('jazmin'), ('jazmine'),
('jazmine1'), ('jazmyn'), ('jazz'), ('jazz1234'), ('jazzbass'), ('jazzbo'), ('jazzed'), ('jazzer'), ('jazzie'),
('jazziz'), ('jazzman'), ('jazzman1'), ('jazzmin'), ('jazzmine'), ('jazzy'), ('jazzy1'), ('jazzzz'), ('jb007'),
('jbaby'), ('jbird'), ('jblaze'), ('jblpro'), ('jbond007'), ('jbruton'), ('jc05595'), ('jcnhjd'), ('jcyjdf'),
('jdavis'), ('jdeere'), ('jdog'), ('jeadmi'), ('jean'), ('jeanett'), ('jeanette'), ('jeanie'), ('jeanine'),
('jeanluc'), ('jeanmarc'), ('jeanna'), ('jeanne'), ('jeannett'), ('jeannie'), ('jeannine'), ('jeanpaul'),
('jeans'), ('jearly'), ('jed1054'), ('jedi'), ('jedi01'), ('jedi1'), ('jedi99'), ('jedidiah'), ('jediknig'),
('jediknight'), ('jedimast'), ('jedimaster'), ('jeebus'), ('jeep'), ('jeep95'), ('jeep99'), ('jeepcj5'),
('jeepcj7'), ('jeeper'), ('jeepers'), ('jeepin'), ('jeepjeep'), ('jeepman'), ('jeepster'), ('jeeves'), ('jeff'),
('jeff1'), ('jeff12'), ('jeff123'), ('jeff1234'), ('jeff24'), ('jeffbeck'), ('jeffer'), ('jeffers'),
('jefferso'), ('jefferson'), ('jeffery'), ('jeffery1'), ('jeffhardy'), ('jeffie'), ('jeffjeff'), ('jeffre'),
('jeffrey'), ('jeffrey1'), ('jeffrey4'), ('jeffro'), ('jeffry'), ('jeffwsb1'), ('jeffy'), ('jegr2d2'),
('jehova'), ('jehovah'), ('jehuty'), ('jekyll'), ('jelena'), ('jello'), ('jello1'), ('jelly'), ('jelly1'),
('jellybea'), ('jellybean'), ('jellyfis'), ('jellyfish'), ('jellyman'), ('jelszo'), ('jelway'), ('jemima'),
('jemoeder'), ('jen123'), ('jenelle'), ('jenifer'), ('jeniffer'), ('jenkin'), ('jenkins'), ('jenmt3'), ('jenn'),
('jenn1fer'), ('jenna'), ('jenna1'), ('jenna123'), ('jennah'), ('jennaj'), ('jennan'), ('jenner'), ('jenni'),
('jennie'), ('jennife'), ('jennife1'), ('jennifer'), ('jennifer1'), ('jennings'), ('jenny'), ('jenny1'),
('jenny123'), ('jenny2'), ('jenny69'), ('jennyb'), ('jennyc'), ('jennyff'), ('jennyk'), ('jennys'), ('jennyy'),
('jenova'), ('jens'), ('jensen'), ('jensen1'), ('jenson'), ('jeopardy'), ('jerald'), ('jerbear'), ('jerem'),
('jeremi'), ('jeremia'), ('jeremiah'), ('jeremias'), ('jeremy'), ('jeremy1'), ('jeremy2'), ('jergens'), ('jeri'),
('jericho'), ('jericho1'), ('jerico'), ('jerk'), ('jerker'), ('jerkin'), ('jerking'), ('jerkit'), ('jerkoff'),
('jerky'), ('jerky1'), ('jerkyboy'), ('jermaine'), ('jeroen'), ('jerom'), ('jerome'), ('jerome1'), ('jeronimo'),
('jerr'), ('jerrod'), ('jerry'), ('jerry1'), ('jerry123'), ('jerry2'), ('jerry69'), ('jerryb'), ('jerryg'),
('jerrylee'), ('jerrys'), ('jersey'), ('jersey1'), ('jertoot'), ('jerusale'), ('jerusalem'), ('jesica'),
('jesper'), ('jess'), ('jess1ca'), ('jesse'), ('jesse1'), ('jesse123'), ('jessee'), ('jessejames'), ('jessi'),
('jessic'), ('jessica'), ('jessica0'), ('jessica1'), ('jessica2'), ('jessica3'), ('jessica6'), ('jessica7'),
('jessica8'), ('jessicam'), ('jessicas'), ('jessie'), ('jessie1'), ('jessika'), ('jessup'), ('jessy'),
('jester'), ('jester1'), ('jesu'), ('jesucrist'), ('jesuit'), ('jesus'), ('jesus01'), ('jesus1'), ('jesus12'),
('jesus123'), ('jesus2'), ('jesus3'), ('jesus33'), ('jesus4me'), ('jesus7'), ('jesus777'), ('jesusc'),
('jesuschr'), ('jesuschris'), ('jesuschrist'), ('jesusfreak'), ('jesusgod'), ('jesusis'), ('jesusis1'),
('jesusislord'), ('jesuss'), ('jesussaves'), ('jetaime'), ('jetbalance'), ('jetblack'), ('jetblue'), ('jetboat'),
('jetboy'), ('jeter'), ('jeter02'), ('jeter1'), ('jeter2'), ('jethro'), ('jethro1'), ('jetlag'), ('jetman'),
('jets'), ('jetset'), ('jetski'), ('jetson'), ('jett'), ('jetta'), ('jetta1'), ('jettas'), ('jewboy'), ('jewel'),
('jewel1'), ('jewell'), ('jewelry'), ('jewels'), ('jewish'), ('jezebel'), ('jg3h4hfn'), ('jgjesq'), ('jgordon'),
('jgthfnjh'), ('jgtxzbhr'), ('jhendrix'), ('jhereg'), ('jhnjgtl12'), ('jhonatan'), ('jhonny'), ('jhrl0821'),
('jian'), ('jiang'), ('jiao'), ('jibber'), ('jibxhq'), ('jiffy'), ('jigaboo'), ('jigei743ks'), ('jigga'),
('jigga1'), ('jiggaman'), ('jiggas'), ('jigger'), ('jiggle'), ('jiggles'), ('jiggly'), ('jiggy'), ('jigsaw'),
('jill'), ('jillian'), ('jillian1'), ('jilly'), ('jim123'), ('jimandanne'), ('jimb'), ('jimbeam'), ('jimbo'),
('jimbo1'), ('jimbo123'), ('jimbo2'), ('jimbo69'), ('jimbob'), ('jimbob1'), ('jimboo'), ('jimbos'), ('jimboy'),
('jimdavis'), ('jimenez'), ('jimi'), ('jiminy'), ('jimjam'), ('jimkirk'), ('jimm'), ('jimmer'), ('jimmi'),
('jimmie'), ('jimmmy'), ('jimmy'), ('jimmy1'), ('jimmy11'), ('jimmy12'), ('jimmy123'), ('jimmy2'), ('jimmy5'),
('jimmy6'), ('jimmy69'), ('jimmy99'), ('jimmyb'), ('jimmyboy'), ('jimmyc'), ('jimmyd'), ('jimmyg'), ('jimmyj'),
('jimmyjam'), ('jimmyp'), ('jimmypag'), ('jimmys'), ('jimmyz'), ('jing'), ('jingle'), ('jingles'), ('jinx'),
('jinxed'), ('jiong'), ('jitendra'), ('jitter'), ('jitterbu'), ('jitters'), ('jiujitsu'), ('jive'), ('jixian'),
('jizz'), ('jizzeater'), ('jizzman'), ('jj9999'), ('jjames'), ('jjj123'), ('jjjdsl'), ('jjjj1'), ('jjjjj1'),
('jjjjjj1'), ('jjjjjjj1'), ('jjjkkk'), ('jjohnson'), ('jjones'), ('jjvwd4'), ('jkbvgbflf'), ('jkelly'),
('jkl123'), ('jkmuf'), ('jkmxbr'), ('jkne9y'), ('jktcmrf'), ('jktrcfylh'), ('jktujdbx'), ('jktxrf'), ('jktymrf'),
('jkz123'), ('jlaudio'), ('jlbyjxrf'), ('jlbyjxtcndj'), ('jledfyxbr'), ('jlettier'), ('jlhanes'), ('jman'),
('jmh1978'), ('jmol01'), ('jmoney'), ('jmzacf'), ('jndfkb'), ('jnrhjqcz'), ('jo9k2jw2'), ('joachim'), ('joakim'),
('joan'), ('joanie'), ('joann'), ('joanna'), ('joanna1'), ('joanne'), ('joanne1'), ('joao'), ('joaqui'),
('joaquim'), ('joaquin'), ('job314'), ('jobber'), ('jobs'), ('jobsearc'), ('jobsearch'), ('jocelyn'), ('jochen'),
('jock'), ('jocker'), ('jockey'), ('jocko'), ('jockstra'), ('jodeci'), ('jodi'), ('jodie'), ('jody'), ('joe'),
('joe123'), ('joe999'), ('joeblack'), ('joeblow'), ('joebob'), ('joeboo'), ('joeboy'), ('joecool'), ('joedog'),
('joejoe'), ('joel'), ('joelle'), ('joemama'), ('joeman'), ('joes'), ('joesakic'), ('joeseph'), ('joesmith'),
('joesph'), ('joey'), ('joey1'), ('joey123'), ('joey21'), ('joeyjojo'), ('johan'), ('johan1'), ('johann'),
('johanna'), ('johanna1'), ('johanne'), ('johannes'), ('johansen'), ('john'), ('john01'), ('john1'), ('john10'),
('john11'), ('john12'), ('john123'), ('john1234'), ('john13'), ('john2'), ('john21'), ('john22'), ('john23'),
('john25'), ('john31'), ('john316'), ('john33'), ('john44'), ('john55'), ('john69'), ('john77'), ('john99'),
('johnatha'), ('johnathan'), ('johnboy'), ('johnboy1'), ('johncen'), ('johncena'), ('johnd'), ('johndeer'),
('johndeere'), ('johndoe'), ('johngalt'), ('johnie'), ('johnjohn'), ('johnjr'), ('johnmc'), ('johnmish'),
('johnn'), ('johnna'), ('johnnie'), ('johnnn'), ('johnno'), ('johnny'), ('johnny1'), ('johnny12'), ('johnny5'),
('johnny69'), ('johnny99'), ('johnnyb'), ('johnnybo'), ('johnnyd'), ('johnpass'), ('johnpaul'), ('johns'),
('johnsmith'), ('johnso'), ('johnson'), ('johnson1'), ('johnson2'), ('johnson4'), ('johnston'), ('johnwayn'),
('johny'), ('join'), ('joiner'), ('joint'), ('joints'), ('jojo12'), ('jojo123'), ('jojoba'), ('joke'), ('joker'),
('joker1'), ('joker12'), ('joker123'), ('joker13'), ('joker2'), ('joker666'), ('joker69'), ('joker7'),
('joker777'), ('jokerjoker'), ('jokerman'), ('jokerr'), ('jokers'), ('joking'), ('jokker'), ('jolanda'),
('jolene'), ('jolie'), ('joliet'), ('jolly'), ('jollymon'), ('jomama'), ('jona'), ('jonah'), ('jonah1'),
('jonas'), ('jonass'), ('jonatha'), ('jonathan'), ('jonathan1'), ('jonathon'), ('jonboy'), ('jones'), ('jones1'),
('jones123'), ('jones2'), ('joness'), ('jonesy'), ('jong'), ('joni'), ('jonnie'), ('jonny'), ('jonny1'),
('jonny123'), ('jonny5'), ('jonnyb'), ('jonnyboy'), ('jonson'), ('joonas'), ('joop'), ('joplin'), ('jor23dan'),
('jorda'), ('jordan'), ('jordan00'), ('jordan01'), ('jordan1'), ('jordan10'), ('jordan11'), ('jordan12'),
('jordan123'), ('jordan18'), ('jordan2'), ('jordan20'), ('jordan22'), ('jordan23'), ('jordan45'), ('jordan6'),
('jordan7'), ('jordan9'), ('jordan98'), ('jordan99'), ('jordana'), ('jordans'), ('jorden'), ('jordon'),
('jordy'), ('jordyn'), ('jorel'), ('jorge'), ('jorge1'), ('jorge123'), ('jorgen'), ('jos'), ('joschi'), ('jose'),
('jose1'), ('jose12'), ('jose123'), ('jose98'), ('josef'), ('josefa'), ('josefin'), ('josefina'), ('joselit'),
('joselito'), ('joselui'), ('joseluis'), ('josep'), ('joseph'), ('joseph1'), ('joseph10'), ('joseph11'),
('joseph12'), ('joseph2'), ('josepha'), ('josephin'), ('josephine'), ('josephphone7'), ('josh'), ('josh1'),
('josh12'), ('josh123'), ('joshie'), ('joshman'), ('joshu'), ('joshua'), ('joshua0'), ('joshua01'), ('joshua04'),
('joshua1'), ('joshua10'), ('joshua11'), ('joshua12'), ('joshua123'), ('joshua19'), ('joshua2'), ('joshua23'),
('joshua3'), ('joshua5'), ('joshua7'), ('joshua99'), ('joshy'), ('josiah'), ('josie'), ('josie1'), ('josiew'),
('jossie'), ('joung'), ('jourdan'), ('journal'), ('journey'), ('journey1'), ('jowgnx'), ('joxury8f'), ('joy123'),
('joyce'), ('joyce1'), ('joyful'), ('joyous'), ('joyride'), ('joystick'), ('jpthjdf'), ('jq24nc'), ('jr1234'),
('jrcfyf'), ('jrcfyjxrf'), ('jrracing'), ('jsbach'), ('jscript'), ('jsmith'), ('jtkirk'), ('jtuac3my'), ('juan'),
('juanas'), ('juancarlo'), ('juancarlos'), ('juanch'), ('juancho'), ('juanit'), ('juanita'), ('juanito'),
('juanjo'), ('juanjose'), ('juanma'), ('juanpabl'), ('juarez'), ('jubilee'), ('judas'), ('jude'), ('judge'),
('judges'), ('judit'), ('judith'), ('judoka'), ('judson'), ('judy'), ('juehtw'), ('juergen'), ('juggalo'),
('juggalo1'), ('jugger'), ('juggerna'), ('juggernaut'), ('juggle'), ('juggler'), ('juggs'), ('jughead'),
('jugs'), ('juhani'), ('juice'), ('juice1'), ('juice2'), ('juice5'), ('juicebox'), ('juiceman'), ('juicer'),
('juices'), ('juicey'), ('juicy'), ('juicy1'), ('juillet'), ('jujitsu'), ('jujube'), ('jukebox'), ('julemand'),
('jules'), ('juli'), ('julia'), ('julia1'), ('julia123'), ('julia666'), ('julian'), ('julian1'), ('juliana'),
('juliana1'), ('juliane'), ('julianna'), ('julianne'), ('julias'), ('julie'), ('julie1'), ('julie123'),
('julie2'), ('julie456'), ('julieann'), ('julieb'), ('julien'), ('julies'), ('juliet'), ('julieta'), ('juliett'),
('julietta'), ('juliette'), ('julija'), ('julio'), ('julio1'), ('julit'), ('julius'), ('julius1'), ('juliya'),
('july'), ('july1'), ('july12'), ('july16'), ('july20'), ('july21'), ('july23'), ('july27'), ('july31'),
('jumanji'), ('jumble'), ('jumbo'), ('jumbo1'), ('jumbos'), ('jump'), ('jump23'), ('jumper'), ('jumpin'),
('jumping'), ('jumpjet'), ('jumpman'), ('jumpman23'), ('jumpshot'), ('jumpup'), ('junaid'), ('junction'),
('june'), ('june1'), ('june12'), ('june14'), ('june15'), ('june1503'), ('june16'), ('june17'), ('june21'),
('june22'), ('june23'), ('june24'), ('june26'), ('june27'), ('june28'), ('june29'), ('june30'), ('juneau'),
('junebug'), ('junebug1'), ('junfan'), ('jungfrau'), ('jungle'), ('jungle1'), ('junglist'), ('juni'),
('juninho'), ('junio'), ('junior'), ('junior01'), ('junior1'), ('junior12'), ('junior123'), ('junior13'),
('junior2'), ('junior24'), ('junior8'), ('juniper'), ('junito'), ('junk'), ('junker'), ('junkfood'), ('junkie'),
('junkies'), ('junkmail'), ('junkman'), ('junky'), ('junkyard'), ('juno'), ('junta'), ('juntas'), ('jupiler'),
('jupite'), ('jupiter'), ('jupiter1'), ('jupiter2'), ('jurassic'), ('jurgen'), ('juris01'), ('just'),
('just4fun'), ('just4me'), ('just4u'), ('just4you'), ('justdoit'), ('juster'), ('justforf'), ('justforfun'),
('justfun'), ('justi'), ('justic'), ('justice'), ('justice1'), ('justice2'), ('justin'), ('justin01'),
('justin1'), ('justin10'), ('justin11'), ('justin12'), ('justin123'), ('justin2'), ('justin3'), ('justin99'),
('justina'), ('justinb'), ('justinbiebe'), ('justinbieber'), ('justine'), ('justine1'), ('justlook'), ('justme'),
('justme1'), ('justmine'), ('justonce'), ('justus'), ('justyna'), ('jutta'), ('juttu123'), ('juve'),
('juvenile'), ('juventu'), ('juventus'), ('juvis123'), ('jvtuepip'), ('jwest'), ('jxfhjdfirf'), ('jyothi'),
('jys6wz'), ('jzf7qf2e'), ('k.jdm'), ('k.ljxrf'), ('k.lvbkf'), ('k1200rs'), ('k12345'), ('k123456'),
('k1234567'), ('k123456789'), ('k1f4c8'), ('k1ller'), ('k2trix'), ('k9dls02a'), ('k9vvos0a'), ('ka12rm12'),
('kabanchik'), ('kablam'), ('kaboom'), ('kabouter'), ('kabuki'), ('kabuto'), ('kacie'), ('kacper'), ('kadett'),
('kafedra'), ('kaffee'), ('kafka'), ('kafka1'), ('kagome'), ('kahala'), ('kahlan'), ('kahless'), ('kahlua'),
('kahn'), ('kahuna'), ('kailayu'), ('kailey'), ('kailua'), ('kain'), ('kaioken'), ('kairat'), ('kairos'),
('kaisar'), ('kaiser'), ('kaitlin'), ('kaitlyn'), ('kaitlyn1'), ('kaitlynn'), ('kaizen'), ('kaizer'), ('kajak'),
('kajlas'), ('kaka123'), ('kaka22'), ('kakadu'), ('kakaha'), ('kakarot'), ('kakaroto'), ('kakashi'),
('kakashka'), ('kakawka'), ('kakdela'), ('kakka'), ('kakka12'), ('kakosja'), ('kaktus'), ('kaktys'), ('kala'),
('kalamata'), ('kalamazo'), ('kalamazoo'), ('kalambur'), ('kalani'), ('kalash'), ('kaleigh'), ('kaleka'),
('kalel'), ('kalender'), ('kali'), ('kalifornia'), ('kaligula'), ('kalima'), ('kalimera'), ('kalina'),
('kalinin'), ('kalinina'), ('kaliningrad'), ('kalinka'), ('kalle'), ('kalle1'), ('kalle123'), ('kalleank'),
('kalleanka'), ('kallie'), ('kallis'), ('kallisti'), ('kalman'), ('kalo'), ('kalpana'), ('kaluga'), ('kalvin'),
('kalyan'), ('kalyani'), ('kama'), ('kamakazi'), ('kamakiri'), ('kamal'), ('kamala'), ('kamasutr'),
('kamasutra'), ('kamaz'), ('kambing'), ('kamchatka'), ('kamehame'), ('kamehameha'), ('kamel'), ('kamelia2011'),
('kamelot'), ('kamera'), ('kameron'), ('kami'), ('kamikadze'), ('kamikaze'), ('kamikazi'), ('kamil'), ('kamil1'),
('kamila'), ('kamilek'), ('kamilka'), ('kamilla'), ('kamina'), ('kamran'), ('kanabis'), ('kanada'), ('kanako'),
('kanat'), ('kane'), ('kaneda'), ('kang'), ('kangaroo'), ('kangol'), ('kangoo'), ('kanker'), ('kanmax1994'),
('kannan'), ('kansas'), ('kansas1'), ('kantot'), ('kanus1'), ('kaos'), ('kapitan'), ('kaplan'), ('kappa'),
('kappa1'), ('kappaman'), ('kappas'), ('kappasig'), ('kapriz'), ('kapusta'), ('kar120c'), ('kara'), ('karabas'),
('karachi'), ('karaganda'), ('karamba'), ('karamel'), ('karamelka'), ('karan'), ('karandash'), ('karaoke'),
('karapuz'), ('karasik'), ('karat'), ('karate'), ('karate1'), ('kardelen'), ('kardinal'), ('kardon'), ('kare'),
('kareem'), ('kareena'), ('karel'), ('kareltje'), ('karen'), ('karen1'), ('karen123'), ('karen2'), ('karend'),
('karens'), ('karenw'), ('kareta'), ('kari'), ('karim'), ('karima'), ('karimov'), ('karimova'), ('karin'),
('karin1'), ('karina'), ('karina1'), ('karine'), ('karinka'), ('karishma'), ('kariya'), ('karizma'), ('karl'),
('karla'), ('karla1'), ('karlito'), ('karlmarx'), ('karlmasc'), ('karloff'), ('karlos'), ('karma'), ('karma1'),
('karman'), ('karmann'), ('karmen'), ('karol'), ('karol1'), ('karola'), ('karolin'), ('karolina'), ('karolina1'),
('karoline'), ('karolinka'), ('karpov'), ('karpova'), ('karrie'), ('karsten'), ('kartal'), ('karter'),
('karthik'), ('kartina'), ('karting'), ('kartoshka'), ('karuna'), ('karups'), ('karupspc'), ('kasandra'),
('kasatka'), ('kasey'), ('kasey1'), ('kashif'), ('kashmir'), ('kasi'), ('kasia'), ('kasia1'), ('kasimir'),
('kaskad'), ('kaspar'), ('kasparov'), ('kasper'), ('kasperok'), ('kassa1'), ('kassandra'), ('kassel'),
('kassidy'), ('kassie'), ('kasumi'), ('kat123'), ('kata'), ('katana'), ('katana1'), ('katarina'), ('kate'),
('katebush'), ('katelyn'), ('katelynn'), ('katemoss'), ('katenka'), ('katenok'), ('katerin'), ('katerina'),
('katerinka'), ('kath'), ('katharin'), ('katharina'), ('katherin'), ('katherine'), ('kathi'), ('kathie'),
('kathleen'), ('kathmandu'), ('kathrin'), ('kathrine'), ('kathryn'), ('kathryn1'), ('kathy'), ('kathy1'),
('kathy69'), ('kati'), ('katia'), ('katie'), ('katie1'), ('katie12'), ('katie123'), ('katie2'), ('katieb'),
('katiebug'), ('katiedog'), ('katiee'), ('katieh'), ('katies'), ('katiew'), ('katina'), ('katinas'), ('katinka'),
('katja'), ('katlyn'), ('katman'), ('katmandu'), ('kato'), ('katoom'), ('katrin'), ('katrina'), ('katrina1'),
('katrine'), ('katrinka'), ('kats'), ('katt'), ('katten'), ('katter'), ('kattie'), ('katuha'), ('katusha'),
('katushka'), ('katy'), ('katya'), ('katya123'), ('katyakatya'), ('katydid'), ('katyusha'), ('katze'),
('katzen'), ('kaufman'), ('kaufmann'), ('kaulitz'), ('kaunas'), ('kaviar'), ('kavita'), ('kavitha'), ('kavkaz'),
('kawaii'), ('kawasak'), ('kawasaki'), ('kawika'), ('kaya'), ('kayak'), ('kayak1'), ('kayaker'), ('kayaking'),
('kayaks'), ('kaycee'), ('kaye'), ('kayla'), ('kayla1'), ('kayla123'), ('kaylee'), ('kayleen'), ('kayleigh'),
('kayley'), ('kaylie'), ('kaylin'), ('kaylynn'), ('kayode'), ('kaytee'), ('kazak'), ('kazakhstan'), ('kazakov'),
('kazakova'), ('kazama'), ('kazanova'), ('kazantip'), ('kazbek'), ('kazman'), ('kazoo'), ('kazu'), ('kazumi'),
('kazuya'), ('kban667'), ('kbcbxrf'), ('kbctyjr'), ('kbdthgekm'), ('kbkbxrf'), ('kbnthfnehf'), ('kbpfdtnf'),
('kbpjxrf'), ('kbytqrf'), ('kcaj'), ('kcchiefs'), ('kcid'), ('kcj9wx5n'), ('kcmfwesg'), ('kcng'), ('kcuf'),
('kd189nlcih'), ('kd5396b'), ('ke12fe13'), ('keanu'), ('kearney'), ('keating'), ('keaton'), ('keats'),
('keebler'), ('keefer'), ('keegan'), ('keegan1'), ('keeley'), ('keen'), ('keenan'), ('keener'), ('keeper'),
('keeper1'), ('keepout'), ('keepsake'), ('kees'), ('keesha'), ('kegger'), ('keifer'), ('keiko'), ('keines'),
('keisha'), ('keith'), ('keith1'), ('keith123'), ('keithb'), ('keiths'), ('kekkut'), ('keks'), ('keksa12'),
('keksa2'), ('kekskek1'), ('kelebek'), ('keli_14'), ('kell'), ('kellen'), ('keller'), ('kelley'), ('kelli'),
('kelli1'), ('kellie'), ('kellie1'), ('kellogg'), ('kelloggs'), ('kelly'), ('kelly001'), ('kelly1'), ('kelly12'),
('kelly123'), ('kelly2'), ('kelly5'), ('kelly69'), ('kellyann'), ('kellyb'), ('kellyj'), ('kellym'), ('kellys'),
('kelse'), ('kelsey'), ('kelsey1'), ('kelsie'), ('kelton'), ('kelvin'), ('kemerovo'), ('kemp'), ('kemper'),
('ken123'), ('kenaidog'), ('kendal'), ('kendall'), ('kendall1'), ('kender'), ('kendo'), ('kendra'), ('kendrick'),
('keneand'), ('keng'), ('kenichi'), ('kenji'), ('kenmore'), ('kenn'), ('kenned'), ('kennedy'), ('kennedy1'),
('kennedy12'), ('kennel'), ('kenner'), ('kennet'), ('kenneth'), ('kenneth1'), ('kenneth2'), ('kenney'),
('kennwort'), ('kenny'), ('kenny1'), ('kenny123'), ('kennyb'), ('kennyg'), ('kennys'), ('keno'), ('kenobi'),
('kenpo'), ('kenpo1'), ('kensai'), ('kenseth'), ('kenshin'), ('kenshin1'), ('kenshiro'), ('kensingt'),
('kensington'), ('kent'), ('kent1'), ('kentavr'), ('kenton'), ('kentucky'), ('kenwood'), ('kenwood1'),
('kenworth'), ('kenya'), ('kenya1'), ('kenyatta'), ('kenyon'), ('kenzie'), ('kerala'), ('kerberos'), ('keren'),
('keri'), ('kermit'), ('kermit1'), ('kernel'), ('kernow'), ('kerouac'), ('kerplunk'), ('kerri'), ('kerrie'),
('kerrigan'), ('kerry'), ('kerry1'), ('kershaw'), ('kerstin'), ('kerstin1'), ('kerygma'), ('kesha'), ('kessel'),
('kessler'), ('kestrel'), ('ketamine'), ('ketchum'), ('ketchup'), ('kettle'), ('kev123'), ('kevi'), ('kevin'),
('kevin1'), ('kevin11'), ('kevin12'), ('kevin123'), ('kevin2'), ('kevin69'), ('kevin7'), ('kevin9'), ('kevinb'),
('kevinc'), ('kevind'), ('keving'), ('kevinh'), ('kevink'), ('kevinl'), ('kevinm'), ('kevinn'), ('kevinr'),
('kevins'), ('kevlar'), ('kewell'), ('kewl'), ('keyboard'), ('keyhole'), ('keylargo'), ('keyman'), ('keys'),
('keyser'), ('keystone'), ('keywest'), ('keywest1'), ('keyword'), ('kfcnjxrf'), ('kfdfylf'), ('kfgecbr'),
('kfgeirf'), ('kfgekz'), ('kfgjxrf'), ('kfhbcf'), ('kfnju842'), ('kfrhbvjpf'), ('kfvgjxrf'), ('kfylsi'),
('kg5698'), ('kgmtva'), ('kgvebmqy'), ('khaled'), ('khalid'), ('khalif'), ('khalil'), ('khan'), ('khmer'),
('khongbiet'), ('khorne'), ('khushi'), ('kiara'), ('kiba1z'), ('kibble'), ('kiborg'), ('kick'), ('kickass'),
('kickass1'), ('kickbox'), ('kickbutt'), ('kicker'), ('kicker1'), ('kickflip'), ('kickin'), ('kicking'),
('kickit'), ('kickme'), ('kicksass'), ('kidd'), ('kidder'), ('kiddie'), ('kidding'), ('kiddo'), ('kidman'),
('kidney'), ('kidrock'), ('kids'), ('kiefer'), ('kieran'), ('kierra'), ('kiersten'), ('kikimora'), ('kikiriki'),
('kikker'), ('kiko'), ('kikowu'), ('kilbosik'), ('kiler'), ('kiley'), ('kilgore'), ('kilian'), ('kilkenny'),
('kill'), ('kill123'), ('kill666'), ('killa'), ('killa1'), ('killabee'), ('killah'), ('killall'), ('killas'),
('killbill'), ('kille'), ('killed'), ('killeen'), ('killem'), ('killemal'), ('killemall'), ('killer'),
('killer00'), ('killer01'), ('killer1'), ('killer11'), ('killer12'), ('killer123'), ('killer13'), ('killer2'),
('killer21'), ('killer22'), ('killer23'), ('killer45'), ('killer6'), ('killer66'), ('killer666'), ('killer69'),
('killer7'), ('killer77'), ('killer9'), ('killer99'), ('killerb'), ('killerbe'), ('killerbee'), ('killerman'),
('killers'), ('killian'), ('killians'), ('killie'), ('killin'), ('killing'), ('killit'), ('killjoy'),
('killkill'), ('killme'), ('killroy'), ('killswit'), ('killyou'), ('killzone'), ('kilmer'), ('kilo'),
('kilowatt'), ('kilroy'), ('kils123'), ('kim123'), ('kimba'), ('kimba1'), ('kimball'), ('kimber'), ('kimber1'),
('kimber45'), ('kimberl'), ('kimberle'), ('kimberley'), ('kimberly'), ('kimberly1'), ('kimble'), ('kimbo'),
('kimbo1'), ('kimchee'), ('kimchi'), ('kimiko'), ('kimm'), ('kimmer'), ('kimmi'), ('kimmie'), ('kimmy'),
('kimmy1'), ('kimo'), ('kimono'), ('kimota'), ('kin'), ('kincaid'), ('kind'), ('kindbud'), ('kindbuds'),
('kinder'), ('kindness'), ('kindred'), ('kinetic'), ('king'), ('king1'), ('king10'), ('king11'), ('king12'),
('king123'), ('king1234'), ('king13'), ('king69'), ('king99'), ('kingair'), ('kingdom'), ('kingdom1'),
('kinger'), ('kingfish'), ('kingfisher'), ('kingking'), ('kingkon'), ('kingkong'), ('kinglear'), ('kingman'),
('kingme'), ('kingpin'), ('kingpins'), ('kingrat'), ('kingrich'), ('kingring'), ('kings'), ('kings1'),
('kingshit'), ('kingsize'), ('kingsley'), ('kingss'), ('kingston'), ('kingsx'), ('kingtut'), ('kink'),
('kinkos'), ('kinky'), ('kinky1'), ('kinkysex'), ('kinney'), ('kinsella'), ('kinsey'), ('kinshasa'), ('kinski'),
('kipelov'), ('kipling'), ('kippax'), ('kipper'), ('kipper1'), ('kippers'), ('kippy'), ('kips'), ('kira'),
('kiran'), ('kirby'), ('kirby1'), ('kirbys'), ('kiril'), ('kirill'), ('kirill123'), ('kirillov'), ('kirk'),
('kirkland'), ('kirkwood'), ('kirpich'), ('kirsten'), ('kirsten1'), ('kirstin'), ('kirsty'), ('kirusha'),
('kisa'), ('kiselev'), ('kiseleva'), ('kishore'), ('kiska'), ('kismet'), ('kiss'), ('kiss123'), ('kissa'),
('kissarmy'), ('kissass'), ('kissed'), ('kisser'), ('kisses'), ('kissfan'), ('kissing'), ('kissit'), ('kisska'),
('kisskiss'), ('kissm'), ('kissme'), ('kissme1'), ('kissmy'), ('kissmyas'), ('kissmyass'), ('kissss'),
('kissthis'), ('kissy'), ('kisulya'), ('kita'), ('kitana'), ('kitcat'), ('kitchen'), ('kite'), ('kiteboy'),
('kitkat'), ('kitsune'), ('kitt'), ('kitte'), ('kitten'), ('kitten1'), ('kittens'), ('kittie'), ('kitties'),
('kitty'), ('kitty1'), ('kitty123'), ('kitty2'), ('kitty7'), ('kittycat'), ('kittycat1'), ('kittyhaw'),
('kittykat'), ('kittykit'), ('kittykitty'), ('kittys'), ('kiuhnm1'), ('kiwi'), ('kizzie'), ('kjgfnf'),
('kjifhf'), ('kjiflm'), ('kjiflrf'), ('kjkbnf'), ('kjkszpj'), ('kjrjvjnbd'), ('kki177hk'), ('kkk666'),
('kkkddd'), ('kkkkk1'), ('kkkkkk1'), ('kkkkkkk1'), ('kl?benhavn'), ('klaatu'), ('klaipeda'), ('klapaucius'),
('klara'), ('klaste'), ('klaster'), ('klaudia'), ('klaudia1'), ('klaus'), ('klaus1'), ('klausi'), ('klavier'),
('kleaner'), ('kleenex'), ('klein'), ('kleiner'), ('klem1'), ('kleopatra'), ('klep'), ('klepto'), ('klesko'),
('klimenko'), ('klimova'), ('kline'), ('klinger'), ('klingon'), ('klingon1'), ('klinker'), ('klipsch'),
('klizma'), ('klondike'), ('klootzak'), ('klop'), ('klopik'), ('klopklop'), ('kloster'), ('klovn'),
('klubnichka'), ('klubnika'), ('kluivert'), ('km83wa00'), ('kman'), ('kmdbwf'), ('kmdtyjr'), ('kmfdm'),
('kmfdm1'), ('kmg365'), ('kmn5hc'), ('knarf'), ('kneecap'), ('kneel'), ('knick'), ('knickerless'), ('knickers'),
('knicks'), ('knicks1'), ('knife'), ('knigh'), ('knight'), ('knight1'), ('knight12'), ('knight7'), ('knight99'),
('knights'), ('knights1'), ('knitting'), ('knives'), ('knob'), ('knobby'), ('knock'), ('knocker'), ('knockers'),
('knockout'), ('knocks'), ('knopfler'), ('knopka'), ('knopo4ka'), ('knothead'), ('knotty'), ('know'),
('knowledg'), ('knowledge'), ('knowles'), ('knows'), ('knuckle'), ('knucklehead'), ('knuckles'), ('knuddel'),
('knudsen'), ('knulla'), ('knute'), ('koala'), ('koala1'), ('koalas'), ('kobayash'), ('kobe'), ('kobe08'),
('kobe24'), ('kobebrya'), ('kobebryant'), ('koblenz'), ('kobold'), ('kocham'), ('kochamcie'), ('kochanie'),
('kociak'), ('kodaira52'), ('kodak'), ('kodeord'), ('kodiak'), ('kodiak1'), ('koenig'), ('koetsu13'), ('koffie'),
('kohler'), ('kohsamui'), ('koichi'), ('kojack'), ('kojak'), ('kokain'), ('kokaine'), ('kokakola'), ('kokanee'),
('koketka'), ('kokomo'), ('kokopell'), ('kokoro'), ('kokot'), ('koks888'), ('kola'), ('kolawole'), ('kolbasa'),
('kolding'), ('koldun'), ('kolesnik'), ('koleso'), ('kolia123'), ('kolibri'), ('koller'), ('kolobok'),
('kolokol'), ('kolomna'), ('kolonka'), ('kolort'), ('kolosov'), ('kolovrat'), ('kolya'), ('kolya1'), ('kolyan'),
('komarov'), ('komarova'), ('komatsu'), ('kombat'), ('komlos'), ('komodo'), ('kompas'), ('komputer'), ('kona'),
('konami'), ('kondom25'), ('kondor'), ('kondrat'), ('konfeta'), ('konfetka'), ('kong'), ('kongen'), ('konica'),
('konijn'), ('konnichi'), ('kononenko'), ('konoplya'), ('konovalov'), ('konovalova'), ('konrad'), ('konstantin'),
('kontakt'), ('kontiki'), ('kontol'), ('konyor'), ('kook'), ('kookie'), ('kool'), ('koolaid'), ('koolhaas'),
('koolio'), ('koolkat'), ('koontz'), ('kopa1994'), ('kordell'), ('kordell1'), ('korea'), ('korean'), ('koresh'),
('korgm1'), ('korn'), ('kornet'), ('korolev'), ('koroleva'), ('korona'), ('korova'), ('korsar'), ('korvet'),
('korvin'), ('koshechka'), ('kosher'), ('koshka'), ('koskesh'), ('kosmonavt'), ('kosmos'), ('kosova'),
('kosovo'), ('koss'), ('kosssss'), ('kosta1'), ('kostas'), ('kostik'), ('koston'), ('kostya'), ('kostyan'),
('kot123'), ('kotaku'), ('koteczek'), ('kotek1'), ('kotenok'), ('kotik'), ('kotopes'), ('kotova'), ('kottayam'),
('kotton'), ('kotyara'), ('koufax'), ('koufax32'), ('koukla'), ('kourniko'), ('kovacs'), ('kovalenko'),
('kovalev'), ('kovaleva'), ('kowloon'), ('kozanostra'), ('kozerog'), ('kozlov'), ('kozlova'), ('kpcofgs'),
('kpydskcw'), ('kqigb7'), ('kr9z40sy'), ('kracker'), ('kraft'), ('krakatoa'), ('kraken'), ('krakow'), ('kram'),
('kramer'), ('kramer1'), ('kramit'), ('krasavchik'), ('krasavica'), ('krasnodar'), ('krasota'), ('krasotka'),
('kratos'), ('krause'), ('krauss'), ('kravchenko'), ('kravin'), ('kravitz'), ('krayzie'), ('krazy'), ('kreator'),
('krebsen'), ('kreker'), ('kremlin'), ('krieger'), ('krille'), ('krillin'), ('krimml'), ('kringle'), ('kris'),
('kris123'), ('krishn'), ('krishna'), ('krishna1'), ('krishnan'), ('kriss'), ('krissy'), ('krist'), ('krista'),
('krista1'), ('kristal'), ('kristall'), ('kriste'), ('kristel'), ('kristen'), ('kristen1'), ('kristi'),
('kristi1'), ('kristian'), ('kristie'), ('kristie1'), ('kristin'), ('kristin1'), ('kristina'), ('kristina1'),
('kristine'), ('kristinka'), ('kristjan'), ('kristo'), ('kristof'), ('kristofer'), ('kristopher'), ('kristy'),
('kroger'), ('krokodil'), ('krokus'), ('krolik'), ('krondor'), ('kronic'), ('kronik'), ('kronos'), ('kroshka'),
('krueger'), ('kruemel'), ('kruger'), ('krusty'), ('krypto'), ('krypton'), ('krypton1'), ('kryptoni'),
('kryptonite'), ('krysta'), ('krystal'), ('krystle'), ('kryten'), ('ks1977'), ('ksenia'), ('kseniya'),
('kss2773'), ('kstate'), ('ksusha'), ('kswbdu'), ('kswiss'), ('ksyusha'), ('ktc110'), ('kthjxrf'), ('ktjybl'),
('ktjynsq40147'), ('ktm250'), ('ktnj2010'), ('ktr1996'), ('ktrcec'), ('ktutylf'), ('ktybyuhfl'), ('ktyecbr'),
('ktyj4rf'), ('ktyjxrf'), ('ktyxbr'), ('kuai'), ('kuan'), ('kuang'), ('kubota'), ('kubrick'), ('kucing'),
('kudos'), ('kudos4ever'), ('kugm7b'), ('kukaracha'), ('kukareku'), ('kuken'), ('kukolka'), ('kukuruku'),
('kukuruza'), ('kukushka'), ('kuleshov'), ('kulikov'), ('kulikova'), ('kuma'), ('kumar'), ('kumar1'),
('kumar123'), ('kumari'), ('kume'), ('kumiko'), ('kumite'), ('kumquat'), ('kungen'), ('kungfu'), ('kungsan'),
('kunt'), ('kuolema'), ('kurama'), ('kurgan'), ('kurgn01'), ('kurica'), ('kurosaki'), ('kurosawa'), ('kursant'),
('kurt'), ('kurtcobain'), ('kurtis'), ('kurupt'), ('kurwa'), ('kurwamac'), ('kusanagi'), ('kutter'), ('kuwait'),
('kuzmich'), ('kuzmina'), ('kvartira'), ('kwan'), ('kwiatek'), ('kwiatuszek'), ('kwiettie'), ('kyjelly'),
('kyla'), ('kyle'), ('kyle1'), ('kyle11'), ('kyle123'), ('kyleregn'), ('kylie'), ('kylie1'), ('kyliem'),
('kyocera'), ('kyoto'), ('kzinti'), ('kzkmrf'), ('kzktxrf'), ('kzsfj874'), ('kzueirf'), ('l0nd0n'), ('l0swf9gx'),
('l12345'), ('l123456'), ('l1750sq'), ('l2g7k3'), ('l3tm31n'), ('l58jkdjp!'), ('l8g3bkde'), ('l8v53x'),
('labamba'), ('labatt'), ('labatts'), ('label'), ('labelle'), ('labels'), ('labia'), ('labonte'), ('labour'),
('labrador'), ('labrat'), ('labtec'), ('labuda'), ('labyrinth'), ('lace'), ('lacey'), ('lacey1'), ('lachen'),
('lachesis'), ('lachlan'), ('lackey'), ('lacoste'), ('lacrimos'), ('lacrimosa'), ('lacroix'), ('lacross'),
('lacrosse'), ('lacrosse1'), ('lacsap'), ('lactate'), ('lacuna'), ('lacy'), ('lada'), ('lada2110'), ('ladder'),
('ladder1'), ('laddie'), ('ladeda'), ('laden'), ('ladies'), ('ladies1'), ('ladle'), ('ladles'), ('ladoga'),
('ladonna'), ('lady'), ('lady12'), ('ladybird'), ('ladyboy'), ('ladybu'), ('ladybug'), ('ladybug1'), ('ladydi'),
('ladydog'), ('ladyffesta'), ('ladygaga'), ('ladygirl'), ('ladylove'), ('ladyluck'), ('laetiti'), ('laetitia'),
('lafayett'), ('lafleur'), ('laforge'), ('lafrance'), ('lagarto'), ('lager'), ('lagers'), ('lagnaf'), ('lagoon'),
('lagrange'), ('laguna'), ('lagwagon'), ('lahore'), ('laika'), ('laila'), ('lainth88'), ('lajolla'), ('lake'),
('lakeland'), ('laker'), ('lakerfan'), ('lakers'), ('lakers08'), ('lakers1'), ('lakers12'), ('lakers2'),
('lakers24'), ('lakers32'), ('lakers34'), ('lakers8'), ('lakes'), ('lakeshow'), ('lakeside'), ('laketaho'),
('lakeview'), ('lakewood'), ('lakings'), ('lakota'), ('lakshmi'), ('lala123'), ('lalakers'), ('lalal'),
('lalala1'), ('lalala123'), ('lalaland'), ('lalit'), ('lalo'), ('laluna'), ('lama'), ('lamar'), ('lamb'),
('lambada'), ('lambchop'), ('lambda'), ('lambert'), ('lambert1'), ('lambo1'), ('lamborghini'), ('lamborgini'),
('lambrett'), ('lame'), ('lament'), ('lamer'), ('lamer1'), ('lamers'), ('lamerz'), ('lamesa'), ('lamina'),
('lammas'), ('lammer'), ('lamont'), ('lamonte'), ('lamour'), ('lamp'), ('lampar'), ('lampard'), ('lampard8'),
('lampoon'), ('lamppost'), ('lampshade'), ('lana'), ('lancaste'), ('lancaster'), ('lance'), ('lance1'),
('lancelo'), ('lancelot'), ('lancer'), ('lancer1'), ('lancers'), ('lances'), ('lancia'), ('land'), ('landau'),
('lander'), ('landers'), ('landing'), ('landis'), ('landlord'), ('landman'), ('landmark'), ('lando'), ('landon'),
('landrove'), ('landrover'), ('landry'), ('landscap'), ('landscape'), ('lane'), ('lanesra'), ('lanfear'),
('lang'), ('lange9x'), ('langer'), ('langley'), ('langston'), ('language'), ('lani'), ('lanier'), ('lankford'),
('lanky'), ('lanman'), ('lansing'), ('lantana'), ('lantern'), ('lantern1'), ('lanzarot'), ('laotzu'),
('lapdance'), ('lapdog'), ('lapin'), ('laplace'), ('lapo4ka'), ('lapochka'), ('lapper'), ('laptop'), ('laptop1'),
('laputa'), ('laputaxx'), ('lara'), ('laracrof'), ('laracroft'), ('laramie'), ('laranja'), ('lardass'),
('laredo'), ('large'), ('larger'), ('largo'), ('larina'), ('larinso'), ('larionov'), ('larisa'), ('larissa'),
('lark'), ('larkin'), ('larkspur'), ('larousse'), ('larry'), ('larry1'), ('larry123'), ('larry33'), ('larryb'),
('larrybir'), ('larryboy'), ('larryg'), ('larrys'), ('larrywn'), ('lars'), ('larsen'), ('larson'), ('larsson'),
('lasagna'), ('lasagne'), ('lasalle'), ('laser'), ('laser1'), ('laser123'), ('laserjet'), ('lasers'), ('lasher'),
('lasombra'), ('lasse'), ('lassie'), ('lassiter'), ('last'), ('lastcall'), ('laster'), ('lasting'),
('lastochka'), ('lastone'), ('lasttime'), ('lasvega'), ('lasvegas'), ('laszlo'), ('latching'), ('late'),
('lately'), ('latenite'), ('later'), ('lateralu'), ('lateralus'), ('latex'), ('latexx'), ('latham'), ('lathrop'),
('latics'), ('latin'), ('latin1'), ('latina'), ('latinas'), ('latino'), ('latinos'), ('latinus'), ('latisha'),
('latitude'), ('latour'), ('latoya'), ('latrell'), ('latrice'), ('latrobe'), ('latte'), ('latter'), ('lattice'),
('latvia'), ('laudrup'), ('laufen'), ('laugh'), ('laughing'), ('laughs'), ('laughter'), ('launch'), ('laundry'),
('laur'), ('laura'), ('laura1'), ('laura123'), ('laura2'), ('laurab'), ('laural'), ('lauras'), ('laure'),
('laurel'), ('lauren'), ('lauren1'), ('lauren12'), ('laurenc'), ('laurence'), ('laurent'), ('lauretta'),
('lauri'), ('laurie'), ('laurita'), ('lauryn'), ('lausanne'), ('lava'), ('lavalamp'), ('lavanda'), ('lavender'),
('laverda'), ('lavern'), ('laverne'), ('lavigne'), ('lavinia'), ('lavonne'), ('lavrik'), ('lawdog'), ('lawina'),
('lawler'), ('lawless'), ('lawman'), ('lawn'), ('lawnboy'), ('lawncare'), ('lawnmowe'), ('lawntrax'),
('lawrence'), ('lawrun'), ('lawson'), ('lawsons'), ('lawton'), ('lawyer'), ('laxman'), ('layer'), ('layla'),
('layla1'), ('layout'), ('layton'), ('laz2937'), ('lazarev'), ('lazareva'), ('lazarus'), ('lazer'), ('lazer1'),
('lazio'), ('lazy'), ('lazyacres'), ('lazyboy'), ('lback'), ('lbc999'), ('lbfyjxrf'), ('lbhtrnjh'), ('lbnjgtmp'),
('lbpfqyth'), ('lbtest'), ('lbvekmrf'), ('lbvekz'), ('lbvfcbr'), ('lbvfhbr'), ('lbvjxrf'), ('lbyfhf'),
('lbyfvbn'), ('lbyfvj'), ('lcrastes'), ('le33px'), ('leachim'), ('lead'), ('leader'), ('leader1'), ('leaders'),
('leadfoot'), ('leading'), ('leaf'), ('leafs'), ('leafs1'), ('league'), ('leah'), ('leahcim'), ('leander'),
('leandra'), ('leandro'), ('leann'), ('leanna'), ('leanne'), ('leapfrog'), ('learjet'), ('learning'), ('lease'),
('leather'), ('leather1'), ('leather9'), ('leave'), ('leavemealone'), ('leaves'), ('leaving'), ('lebanon'),
('lebaron'), ('lebedev'), ('lebedeva'), ('leblanc'), ('lebowski'), ('lebron'), ('lebron23'), ('lechat'),
('lechef'), ('leclair'), ('leclerc'), ('lecter'), ('lecture'), ('ledger'), ('leduc'), ('ledzep'), ('ledzep1'),
('ledzeppe'), ('ledzeppelin'), ('lee'), ('lee123'), ('leeann'), ('leecher'), ('leeds'), ('leeds1'), ('leedsu'),
('leedsuni'), ('leedsutd'), ('leee'), ('leeloo'), ('leeroy'), ('leet'), ('leetch'), ('left'), ('left4dead'),
('left4dead2'), ('leftee'), ('lefthand'), ('leftie'), ('leftover'), ('lefty'), ('lefty1'), ('legacy'), ('legal'),
('legalize'), ('legato'), ('legend'), ('legend1'), ('legend2'), ('legenda'), ('legendar'), ('legendary'),
('legends'), ('legends1'), ('leggy'), ('leghorn'), ('legion'), ('legion1'), ('legioner'), ('leglover'),
('legman'), ('lego'), ('legola'), ('legoland'), ('legolas'), ('legolas1'), ('legoman'), ('legos'), ('legrand'),
('legs'), ('legs11'), ('legsex'), ('legshow'), ('lehigh'), ('lehjxrf'), ('lehman'), ('leia'), ('leica'),
('leiceste'), ('leicester'), ('leigh'), ('leigh1'), ('leighann'), ('leighton'), ('leihak'), ('leila'),
('leilani'), ('leinad'), ('leipzig'), ('leisure'), ('lekbyxxx'), ('lekker'), ('lektor'), ('leland'), ('lemans'),
('lemieux'), ('lemmein'), ('lemming'), ('lemmings'), ('lemmon'), ('lemon'), ('lemon1'), ('lemonade'), ('lemond'),
('lemons'), ('lemont'), ('lemuel'), ('len2ski1'), ('lena'), ('lena12'), ('lena123'), ('lena1234'), ('lena1982'),
('lena2010'), ('lena2011'), ('lena22'), ('lenard'), ('lenchik'), ('leng'), ('length'), ('lenin'), ('lenina'),
('leningrad'), ('lennart'), ('lennie'), ('lennon'), ('lennon1'), ('lennox'), ('lenny'), ('lenny1'), ('leno4ka'),
('lenochka'), ('lenora'), ('lenore'), ('lenovo'), ('lenusik'), ('leo123'), ('leodog'), ('leolion'), ('leon'),
('leon123'), ('leona'), ('leonard'), ('leonard1'), ('leonardo'), ('leonardo1'), ('leone'), ('leonel'),
('leones'), ('leonid'), ('leonida'), ('leonidas'), ('leonie'), ('leonor'), ('leonora'), ('leonov'), ('leopard'),
('leopard1'), ('leopards'), ('leopold'), ('leopoldo'), ('leppard'), ('lepton'), ('lera'), ('lera2000'),
('lero4ka'), ('lerochka'), ('leroy'), ('leroy1'), ('lerxst'), ('lesabre'), ('lesbain'), ('lesbean'), ('lesbens'),
('lesbia'), ('lesbian'), ('lesbian1'), ('lesbians'), ('lesbo'), ('lesbos'), ('leshka'), ('lesley'), ('lesley1'),
('lesli'), ('leslie'), ('leslie1'), ('lesmis'), ('lesnik'), ('lespaul'), ('lespaul1'), ('less'), ('lesson'),
('lesta'), ('lestat'), ('lestat1'), ('lester'), ('lester1'), ('lesya'), ('lethal'), ('letici'), ('leticia'),
('letitbe'), ('letitia'), ('letitrid'), ('letizia'), ('letme1n'), ('letmego'), ('letmei'), ('letmein'),
('letmein0'), ('letmein1'), ('letmein123'), ('letmein2'), ('letmein22'), ('letmein3'), ('letmein4'),
('letmein5'), ('letmein6'), ('letmein7'), ('letmein9'), ('letmeinn'), ('letmeinnow'), ('letmeino'), ('letmeon'),
('letmeout'), ('letmesee'), ('leto'), ('leto2010'), ('letsdoit'), ('letsfuck'), ('letsgo'), ('letsplay'),
('letssee'), ('letter'), ('letterma'), ('letters'), ('lettuce'), ('levani'), ('level'), ('level1'), ('level42'),
('leveller'), ('levelone'), ('levent'), ('lever'), ('leverage'), ('levi'), ('leviatha'), ('leviathan'),
('levin'), ('levine'), ('lewie622'), ('lewis'), ('lewis1'), ('lewiston'), ('lexa'), ('lexi'), ('lexicon'),
('lexingky'), ('lexingto'), ('lexington'), ('lexmark'), ('lexmark1'), ('lexus'), ('lexus1'), ('lexus11'),
('lexus300'), ('lexusis'), ('lexx'), ('lexxus'), ('leyden'), ('leyton'), ('lfdbl11'), ('lfhbyf'), ('lfiekmrf'),
('lfiekz'), ('lfieyz'), ('lfitymrf'), ('lfplhfgthvf'), ('lfybbk'), ('lfybkf'), ('lfybkjd'), ('lfybkrf'),
('lfytxrf'), ('lg2wmgvr'), ('lgkp500'), ('lgnu9d'), ('lhbjkjubz2957704'), ('lhepmz'), ('lhfrjy'), ('liam'),
('lian'), ('liana'), ('liane'), ('liang'), ('liao'), ('liar'), ('libby'), ('libby1'), ('liberal'), ('liberate'),
('liberdade'), ('liberia'), ('libero'), ('libert'), ('liberta'), ('libertad'), ('libertas'), ('liberte'),
('libertin'), ('liberty'), ('liberty1'), ('liberty2'), ('liberty7'), ('liberty9'), ('libido'), ('libra'),
('libra1'), ('library'), ('library1'), ('libras'), ('libtech'), ('license'), ('lichen'), ('lichking'), ('lick'),
('lick1'), ('lick69'), ('licked'), ('lickem'), ('licker'), ('lickher'), ('lickin'), ('licking'), ('lickit'),
('lickme'), ('lickme2'), ('lickme69'), ('lickpuss'), ('lickpussy'), ('licks'), ('licorice'), ('lida'),
('lidiya'), ('liebe'), ('lieben'), ('liebherr'), ('liebling'), ('liefde'), ('lies'), ('lietuva'), ('lieve27'),
('life'), ('lifeboat'), ('lifeguar'), ('lifeguard'), ('lifehack'), ('lifeis'), ('lifeisgood'), ('lifeless'),
('lifeline'), ('lifeson'), ('lifestyl'), ('lifestyle'), ('lifesuck'), ('lifesucks'), ('lifesux'), ('lifetec'),
('lifetime'), ('lift'), ('lifted'), ('lifter'), ('lifting'), ('ligeti'), ('light'), ('light1'), ('light2'),
('lightbul'), ('lightbulb'), ('lighter'), ('lighters'), ('lightfoo'), ('lighthou'), ('lighthouse'), ('lighting'),
('lightman'), ('lightnin'), ('lightning'), ('lights'), ('lights1'), ('lightsab'), ('lightsaber'), ('lightspe'),
('like'), ('like123'), ('likeit'), ('likeme'), ('likemike'), ('likesdick'), ('likesit'), ('likethis'),
('likewhoa'), ('lila'), ('lilac'), ('lilacs'), ('lilbit'), ('lilcrowe'), ('lildevil'), ('lilia'), ('lilian'),
('liliana'), ('liliput'), ('lilith'), ('liliya'), ('liljoe'), ('liljon'), ('lilkim'), ('lill'), ('lilleke'),
('lilli'), ('lillian'), ('lillian1'), ('lillie'), ('lillo'), ('lilly'), ('lilly1'), ('lillys'), ('lilmac'),
('lilmama'), ('lilman'), ('lilmike'), ('lilo'), ('lilone'), ('lilred'), ('lilwayne'), ('lily'), ('lima'),
('limabean'), ('limaperu'), ('limbaugh'), ('limbo'), ('lime'), ('limeligh'), ('limerick'), ('limewire'),
('limit'), ('limited'), ('limits'), ('limo'), ('limonad'), ('limonade'), ('limp'), ('limpbizk'), ('limpbizkit'),
('limpdick'), ('limpone'), ('limpopo'), ('lina'), ('lincol'), ('lincoln'), ('lincoln1'), ('lincoln2'),
('lincoln7'), ('lind'), ('linda'), ('linda1'), ('linda123'), ('lindaa'), ('lindac'), ('lindalou'), ('lindam'),
('lindas'), ('lindeman'), ('linden'), ('lindros'), ('lindros8'), ('lindsay'), ('lindsay1'), ('lindsay2'),
('lindsey'), ('lindsey1'), ('lindy'), ('line'), ('lineage'), ('lineage123'), ('lineage2'), ('linear'),
('lineback'), ('lineman'), ('lines'), ('linette'), ('ling'), ('linger'), ('lingerie'), ('lingus'), ('link'),
('linkin'), ('linkinpark'), ('links'), ('linksys'), ('linnea'), ('linsey'), ('linton'), ('linus'), ('linus1'),
('linux'), ('linwood'), ('lion'), ('lion12'), ('lion123'), ('lionel'), ('lioness'), ('lionhart'), ('lionhear'),
('lionheart'), ('lionking'), ('lionlion'), ('lions'), ('lions1'), ('lionsden'), ('lipid'), ('lipinski'),
('lipper'), ('lipps'), ('lips'), ('lipstick'), ('lipton'), ('liquid'), ('liquor'), ('lirika'), ('lisa'),
('lisa01'), ('lisa1'), ('lisa12'), ('lisa123'), ('lisa1234'), ('lisa69'), ('lisaann'), ('lisabeth'),
('lisalisa'), ('lisalove'), ('lisamari'), ('lisbeth'), ('lisboa'), ('lisbon'), ('lise'), ('lisenok'),
('lisette'), ('lisica'), ('lisichka'), ('lissalissa'), ('list'), ('listen'), ('lister'), ('listing'),
('listopad'), ('lita'), ('lite'), ('litebeer'), ('liten'), ('liteon'), ('litespee'), ('lithium'), ('lithium1'),
('litle'), ('litter'), ('little'), ('little1'), ('littleb'), ('littlebear'), ('littlebi'), ('littlebit'),
('littlebitch'), ('littlebo'), ('littledo'), ('littlee'), ('littlefo'), ('littlefuck'), ('littlegi'),
('littlegirl'), ('littleguy'), ('littlejo'), ('littlema'), ('littleman'), ('littleminge'), ('littleon'),
('littleone'), ('littleslut'), ('littleton'), ('littlewhore'), ('liudmila'), ('live'), ('liveevil'),
('livefree'), ('livelife'), ('lively'), ('liveoak'), ('liver'), ('liverp00l'), ('liverpoo'), ('liverpool'),
('liverpool1'), ('liverpoolfc'), ('liverune'), ('lives'), ('livestrong'), ('livewire'), ('livia'), ('livid'),
('living'), ('liz8tysiu'), ('liza'), ('liza2000'), ('liza2009'), ('lizabeth'), ('lizar'), ('lizard'),
('lizard1'), ('lizardki'), ('lizards'), ('lizaveta'), ('lizbeth'), ('lizette'), ('liziko'), ('lizottes'),
('lizzard'), ('lizzie'), ('lizzie1'), ('lizzy'), ('lizzy1'), ('lizzy123'), ('ljb4dt7n'), ('ljcneg'), ('ljcnfkb'),
('ljhjuf'), ('ljkkfh'), ('ljrnjh'), ('ljxtymrf'), ('lkjhgfdsazx'), ('llabesab'), ('llabtoof'), ('llama'),
('llama1'), ('llamas'), ('llbean'), ('llcoolj'), ('llebpmac'), ('llib'), ('lllll1'), ('llllll1'), ('lllllll1'),
('lllooottt'), ('lloo999'), ('lloyd'), ('lloyd1'), ('lloyds'), ('lmao'), ('lmfao'), ('load'), ('loaded'),
('loader'), ('loading'), ('loafer'), ('lobito'), ('lobo'), ('lobster'), ('lobster1'), ('lobster2'), ('lobsters'),
('lobzik'), ('loc'), ('loca'), ('local'), ('local1'), ('locate'), ('location'), ('locdog'), ('lochness'),
('lock'), ('lockdown'), ('locke'), ('locked'), ('lockedup'), ('locker'), ('lockerroom'), ('lockhart'),
('lockheed'), ('lockout'), ('locks'), ('locksley'), ('locksmit'), ('lockup'), ('lockwood'), ('loco'),
('locoloco'), ('locoman0'), ('locos'), ('locura'), ('locust'), ('locutus'), ('locutus1'), ('lodge'), ('lodoss'),
('lofton'), ('loftus'), ('logan'), ('logan1'), ('logan123'), ('logan2'), ('logan5'), ('logans'), ('logcabin'),
('logger'), ('logging'), ('logging7'), ('loggins'), ('logic'), ('logica'), ('logical'), ('login1'), ('loginov'),
('loginova'), ('logistic'), ('logistics'), ('logitec'), ('logitech'), ('logitech1'), ('logjam'), ('loglatin'),
('logo'), ('logoff'), ('logon'), ('logos'), ('logout'), ('loh123'), ('lohotron'), ('lois'), ('loislane'),
('lokator'), ('loki'), ('lokiju'), ('lokiloki'), ('lokit'), ('lokomoti'), ('lokomotiv'), ('lol1'), ('lol12'),
('lol123'), ('lol123123'), ('lol1234'), ('lol12345'), ('lol123456'), ('lol5'), ('lola'), ('loli'), ('lolipop'),
('lolit'), ('lolita'), ('lolita1'), ('lolitas'), ('lolkin09'), ('loll'), ('loller'), ('lollie'), ('lollipo'),
('lollipop'), ('lollipop1'), ('lollo'), ('lollol'), ('lollol1'), ('lollol12'), ('lollol123'), ('lollone'),
('lolly'), ('lollypop'), ('lolman'), ('lolnoob'), ('lolol'), ('lololol'), ('lololyo123'), ('lolomg'), ('lolopc'),
('loloxx'), ('lolpop'), ('lolwut'), ('lolz'), ('lombard'), ('lombardi'), ('lombardo'), ('lommerse'), ('lomond'),
('lomonosov'), ('lompoc'), ('londo'), ('london'), ('london01'), ('london1'), ('london11'), ('london12'),
('london123'), ('london2'), ('london20'), ('london22'), ('london99'), ('londres'), ('lone'), ('lonely'),
('lonely1'), ('loner'), ('lonesome'), ('lonestar'), ('lonewolf'), ('long'), ('longball'), ('longbeac'),
('longbeach'), ('longboar'), ('longboard'), ('longbow'), ('longcut'), ('longdick'), ('longdong'), ('longer'),
('longest'), ('longfell'), ('longford'), ('longhair'), ('longhaul'), ('longhorn'), ('longhorns'), ('longing'),
('longjohn'), ('longjump'), ('longlegs'), ('longlife'), ('longman'), ('longone'), ('longshot'), ('longtail'),
('longtime'), ('longtong'), ('longview'), ('longwood'), ('lonley'), ('lonnie'), ('lonsdale'), ('look'),
('lookat'), ('lookatme'), ('looker'), ('lookie'), ('lookin'), ('looking'), ('looking1'), ('looking4'),
('lookout'), ('looksee'), ('lookup'), ('lool'), ('loomis'), ('looner'), ('looney'), ('loonie'), ('loop'),
('looped'), ('looper'), ('loophole'), ('looping'), ('loopy'), ('loose'), ('loosee123'), ('looser'), ('lopas'),
('lopas123'), ('lopata'), ('lope'), ('lopesk'), ('lopez'), ('lopez1'), ('lopi'), ('loploprock'), ('lopotok01'),
('loppol'), ('loqse'), ('loquit'), ('lora'), ('loraine'), ('loranthos'), ('lord'), ('lordik'), ('lords'),
('lordsoth'), ('lore'), ('loreal'), ('loredana'), ('lorelei'), ('loreli'), ('loren'), ('lorena'), ('lorene'),
('lorenz'), ('lorenzo'), ('lorenzo1'), ('loretta'), ('lori'), ('lorie'), ('lorien'), ('lorna'), ('lorna1'),
('lorraine'), ('lorrie'), ('lory'), ('losangel'), ('losangeles'), ('losbravo'), ('losenord'), ('loser'),
('loser1'), ('loser123'), ('loser2'), ('loserkid'), ('losers'), ('losfix16'), ('loshara'), ('lost'),
('lost4815162342'), ('lostboy'), ('lostboys'), ('lostlove'), ('lostone'), ('lostsoul'), ('lothar'), ('lothian'),
('lothlorien'), ('lotion'), ('lotrfotr34'), ('lotte'), ('lottery'), ('lotti'), ('lottie'), ('lotto'), ('lotus'),
('lotus1'), ('lotus123'), ('lotus7'), ('lou1988'), ('loud'), ('louder'), ('loudog'), ('louie'), ('louie1'),
('louis'), ('louis1'), ('louis123'), ('louisa'), ('louise'), ('louise01'), ('louise1'), ('louisian'), ('louiss'),
('louisvil'), ('loulo'), ('loulou'), ('lounge'), ('lourdes'), ('lousy'), ('lovable'), ('love'), ('love0'),
('love007'), ('love01'), ('love1'), ('love10'), ('love11'), ('love12'), ('love123'), ('love1234'), ('love12345'),
('love13'), ('love14'), ('love143'), ('love15'), ('love2'), ('love20'), ('love200'), ('love2000'), ('love2010'),
('love2011'), ('love21'), ('love22'), ('love23'), ('love24'), ('love269'), ('love3'), ('love33'), ('love4'),
('love4eve'), ('love4ever'), ('love4me'), ('love4u'), ('love4you'), ('love55'), ('love5683'), ('love6'),
('love69'), ('love77'), ('love777'), ('love777321777'), ('love88'), ('love98'), ('love99'), ('loveable'),
('loveall'), ('lovebaby'), ('lovebird'), ('loveboat'), ('lovebu'), ('lovebug'), ('lovebugs'), ('lovecat'),
('lovecock'), ('lovecraf'), ('lovecraft'), ('loved'), ('lovedick'), ('loveee'), ('lovefeet'), ('loveforever'),
('lovegame'), ('lovegirl'), ('lovegirls'), ('lovegod'), ('lovegood'), ('lovegun'), ('lovehate'), ('loveher'),
('lovehina'), ('lovehurt'), ('lovehurts'), ('loveis'), ('loveislife'), ('loveit'), ('lovejone'), ('lovejoy'),
('lovel'), ('lovelace'), ('lovelady'), ('loveland'), ('loveless'), ('lovelife'), ('loveline'), ('lovell'),
('lovelov'), ('lovelove'), ('lovely'), ('lovely1'), ('lovem'), ('loveman'), ('loveme'), ('loveme1'),
('loveme12'), ('loveme2'), ('loveme89'), ('loveone'), ('loveporn'), ('lovepuss'), ('lovepussy'), ('lover'),
('lover1'), ('lover123'), ('lover2'), ('lover69'), ('loverbo'), ('loverboy'), ('lovergir'), ('lovergirl'),
('loverman'), ('loverr'), ('lovers'), ('lovers1'), ('loves'), ('loves1'), ('lovesazz'), ('lovesex'),
('lovesexy'), ('lovesick'), ('lovesme'), ('lovesong'), ('lovespor'), ('lovesporn'), ('lovess'), ('lovestory'),
('lovesu'), ('lovesuck'), ('lovesyou'), ('lovethem'), ('lovetits'), ('loveu'), ('loveu2'), ('lovey'), ('loveya'),
('loveyo'), ('loveyou'), ('loveyou1'), ('loveyou2'), ('lovezp1314'), ('lovin'), ('loving'), ('lovinit'),
('lowboy'), ('lowdown'), ('lowe'), ('lowell'), ('lower'), ('lowers'), ('lowery'), ('lowkey'), ('lowlife'),
('lowrider'), ('loxpidr'), ('loyalty'), ('loyola'), ('lozano'), ('lozinka'), ('lp2568cskt'), ('lsdlsd12'),
('lsia9dnb9y'), ('lsutiger'), ('ltcnhjth'), ('ltdjxrf'), ('lth1108'), ('lthgfhjkm'), ('lthtdj'), ('lthtdyz'),
('ltkmaby'), ('ltleirf'), ('ltybc'), ('ltybc123'), ('ltybcjdf'), ('ltybcrf'), ('ltymub'), ('luan'), ('luanda'),
('luansantana'), ('luap'), ('lubbock'), ('lubimaya'), ('lubimka'), ('luca'), ('lucas'), ('lucas1'), ('lucas12'),
('lucas123'), ('lucciano'), ('lucent'), ('lucer'), ('lucerne'), ('lucero'), ('luci'), ('lucia'), ('lucia1'),
('lucian'), ('luciana'), ('luciano'), ('lucidity'), ('lucie'), ('lucien'), ('lucifer'), ('lucifer1'),
('lucifer666'), ('lucille'), ('lucille1'), ('lucinda'), ('lucious'), ('lucius'), ('luck'), ('luckee'),
('luckey'), ('luckie'), ('luckies'), ('lucky'), ('lucky1'), ('lucky10'), ('lucky12'), ('lucky123'), ('lucky13'),
('lucky2'), ('lucky22'), ('lucky3'), ('lucky4'), ('lucky5'), ('lucky6'), ('lucky69'), ('lucky7'), ('lucky777'),
('lucky8'), ('lucky9'), ('lucky99'), ('luckyboy'), ('luckycat'), ('luckycharm'), ('luckyday'), ('luckydog'),
('luckyman'), ('luckyme'), ('luckyone'), ('luckys'), ('luckystr'), ('luckyy'), ('lucozade'), ('lucretia'),
('lucy'), ('lucy1'), ('lucy11'), ('lucycat'), ('lucydog'), ('lucydog1'), ('lucylu'), ('ludacris'), ('ludic'),
('ludlow'), ('ludmila'), ('ludmilla'), ('ludo'), ('ludovic'), ('ludvig'), ('ludwig'), ('luebri'), ('luetdi'),
('luft4'), ('lufthans'), ('lugano'), ('luger'), ('luggage'), ('lugnut'), ('lui'), ('luigi'), ('luigi1'),
('luis'), ('luis1'), ('luisa'), ('luisfigo'), ('luisito'), ('luka'), ('lukas'), ('lukas1'), ('lukas123'),
('lukasz'), ('luke'), ('luke1'), ('lukester'), ('lullaby'), ('lumber'), ('lumber1'), ('lumberjack'), ('lumina'),
('lumpkin'), ('lumpy'), ('lumpy1'), ('luna'), ('lunacy'), ('lunar'), ('lunar2'), ('lunatic'), ('lunch'),
('lunchbox'), ('lund'), ('luners'), ('lung'), ('lunita'), ('lunker'), ('luntik'), ('luojianhua'), ('lupe'),
('lupin'), ('lupine'), ('lupit'), ('lupita'), ('lupo'), ('lupus'), ('lurch'), ('lurcher'), ('lurker'),
('lusaka'), ('luscious'), ('lust'), ('luster'), ('lustful'), ('lustig'), ('lusting'), ('lusty'), ('luther'),
('lutheran'), ('luthien'), ('luthor'), ('luton1'), ('lutscher'), ('lutz'), ('luv269'), ('luv2epus'),
('luv2fuck'), ('luvbekki'), ('luvbug'), ('luvfur'), ('luvpussy'), ('luvsex'), ('lux2000'), ('luxor'), ('luxury'),
('luzern'), ('luzifer'), ('lvbnhbq'), ('lvbnhbq1'), ('lvbnhbtdf'), ('lvd9341'), ('lvjdp383'), ('lxdumb'),
('lxgiwyl'), ('lydia'), ('lydia1'), ('lying'), ('lyle'), ('lynch'), ('lynch1'), ('lynda'), ('lyndon'),
('lyndsay'), ('lyndsey'), ('lynette'), ('lynn'), ('lynne'), ('lynnette'), ('lynsey'), ('lynx'), ('lynyrd'),
('lyons'), ('lyric'), ('lyrical'), ('lyrics'), ('lysander'), ('lytdybr'), ('lytdybrbdfvgbhf'),
('lytghjgtnhjdcr'), ('lyubov'), ('lyudmila'), ('lzbs2twz'), ('lzhan16889'), ('lzlzdfcz'), ('m0b1l3'), ('m0nk3y'),
('m0nkey'), ('m0nkeyb0'), ('m0nster'), ('m0ntlure'), ('m0rn3'), ('m12345'), ('m123456'), ('m1234567'),
('m123456789'), ('m1911a1'), ('m1chael'), ('m1garand'), ('m1m2m3'), ('m1m2m3m4'), ('m1sf1t'), ('m5wkqf'),
('m69fg1w'), ('m69fg2w'), ('m6cjy69u35'), ('m7hsqstm'), ('m7n56xo'), ('m_roesel'), ('ma123123123'), ('ma1lc0'),
('maandag'), ('maarten'), ('maasikas'), ('mabel'), ('mable'), ('mabuhay'), ('mac1'), ('mac123'), ('macabre'),
('macaco'), ('macanudo'), ('macarena'), ('macaroni'), ('macavity'), ('macbeth'), ('macbook'), ('maccom'),
('macdad'), ('macdaddy'), ('macdog'), ('macdonal'), ('macduff'), ('mace'), ('macedonia'), ('maceo'),
('macgyver'), ('mach'), ('mach1'), ('machado'), ('machin'), ('machina'), ('machine'), ('machine1'), ('machines'),
('macho'), ('machoman'), ('machone'), ('maciek'), ('macintos'), ('macintosh'), ('mack'), ('mack10'), ('mackay'),
('mackdad'), ('mackdadd'), ('mackdaddy'), ('mackenzi'), ('mackenzie'), ('macker'), ('mackey'), ('mackie'),
('mackin'), ('maclaren'), ('macleod'), ('macman'), ('macon'), ('macondo'), ('macro'), ('macros'), ('macross'),
('macross1'), ('macross7'), ('macsan26'), ('macy'), ('macys'), ('mad'), ('mada'), ('madagascar'), ('madagaskar'),
('madala11'), ('madalena'), ('madalina'), ('madam'), ('madara'), ('madarchod'), ('madball'), ('madcap'),
('madcat'), ('madcow'), ('madd'), ('maddawg'), ('madden'), ('maddi'), ('maddie'), ('maddie1'), ('maddison'),
('maddmaxx'), ('maddo'), ('maddog'), ('maddog01'), ('maddog1'), ('maddog69'), ('maddox'), ('maddux'), ('maddy'),
('maddy1'), ('made'), ('madeira'), ('madelein'), ('madeleine'), ('madelin'), ('madeline'), ('madelyn'),
('madera'), ('madhatte'), ('madhatter'), ('madhouse'), ('madhu'), ('madhuri'), ('madina'), ('madinina'),
('madiso'), ('madison'), ('madison0'), ('madison1'), ('madison2'), ('madison3'), ('madison4'), ('madison9'),
('madlen'), ('madma'), ('madman'), ('madman1'), ('madmax'), ('madmax1'), ('madmax11'), ('madmike'), ('madnes'),
('madness'), ('madness1'), ('madoka'), ('madona'), ('madone'), ('madonn'), ('madonna'), ('madonna1'), ('madras'),
('madri'), ('madrid'), ('madrigal'), ('madrox'), ('madruga2'), ('madsen'), ('maduro'), ('madzia'), ('maelstro'),
('maersk'), ('maestr'), ('maestro'), ('maestro1'), ('mafalda'), ('maffia'), ('mafia'), ('mafia1'), ('mafioso'),
('maga'), ('magadan'), ('magal'), ('magali'), ('maganda'), ('magazin'), ('magazine'), ('magda'), ('magda1'),
('magdalen'), ('magdalena'), ('mage'), ('magelan'), ('magellan'), ('magenta'), ('maggi'), ('maggie'),
('maggie01'), ('maggie1'), ('maggie10'), ('maggie11'), ('maggie12'), ('maggie123'), ('maggie2'), ('maggie99'),
('maggiema'), ('maggio'), ('maggot'), ('maggy'), ('magi'), ('magic'), ('magic1'), ('magic12'), ('magic123'),
('magic2'), ('magic32'), ('magic69'), ('magic7'), ('magica'), ('magical'), ('magical1'), ('magical123'),
('magichat'), ('magician'), ('magick'), ('magicman'), ('magicone'), ('magics'), ('magik'), ('magilla'),
('magister'), ('magistr'), ('magius'), ('magma'), ('magna'), ('magnat'), ('magnavox'), ('magnet'), ('magnetic'),
('magneto'), ('magnit'), ('magnoli'), ('magnolia'), ('magnu'), ('magnum'), ('magnum1'), ('magnus'), ('magnus1'),
('magomed'), ('magoo'), ('magoo1'), ('magpie'), ('magpies'), ('magpies1'), ('magritte'), ('mags'), ('maguire'),
('magyar'), ('maha'), ('mahal'), ('mahalkit'), ('mahalkita'), ('mahalko'), ('mahalo'), ('mahatma'), ('mahendra'),
('mahesh'), ('mahina'), ('mahler'), ('mahmud'), ('mahogany'), ('mahone'), ('mahoney'), ('mahoomar'), ('maia'),
('maid'), ('maide'), ('maiden'), ('maiden1'), ('maiden666'), ('maier'), ('mail'), ('mail123'), ('mailbox'),
('mailcreated5240'), ('mailer'), ('mailliw'), ('mailman'), ('mailman1'), ('mailru'), ('mailto'), ('main'),
('maine'), ('maine1'), ('mainer'), ('mainland'), ('mainman'), ('mainstre'), ('maint'), ('maintain'),
('maintenance'), ('maisie'), ('maiso'), ('maison'), ('maisuradze'), ('maitai'), ('maitland'), ('maitre'),
('maiyeuem'), ('maja'), ('majere'), ('majestic'), ('majesty'), ('majick'), ('majik'), ('majinbuu'), ('major'),
('major1'), ('majors'), ('majortom'), ('makaka'), ('makalu'), ('makarenko'), ('makarov'), ('makarova'),
('makavel'), ('makaveli'), ('makayla'), ('makayla1'), ('makcim'), ('make'), ('makeit'), ('makeitso'),
('makeksa11'), ('makelove'), ('makeme'), ('makemone'), ('makemoney'), ('makena'), ('makenna'), ('makenzie'),
('maker'), ('maker1'), ('makers'), ('makeup'), ('maki'), ('making'), ('makita'), ('mako'), ('makoto'), ('maks'),
('maks123'), ('maks1995'), ('maks2010'), ('maks5843'), ('maksat'), ('maksik'), ('maksim'), ('maksimka'),
('maksimov'), ('maksimus'), ('maksimuss'), ('maktub'), ('mala'), ('malabar'), ('malachi'), ('malachy'),
('malacon'), ('malaga'), ('malaika'), ('malaka'), ('malaka1'), ('malakas'), ('malaki'), ('malamute'),
('malaria'), ('malawi'), ('malay'), ('malaya'), ('malaysia'), ('malboro'), ('malcolm'), ('malcolm1'),
('malcolmx'), ('malcom'), ('maldini'), ('maldives'), ('maldonad'), ('maldonado'), ('male'), ('malena'), ('mali'),
('malib'), ('malibog'), ('malibu'), ('malibu1'), ('malice'), ('malik'), ('malik1'), ('malika'), ('malina'),
('malinda'), ('malinka'), ('malinois'), ('malish'), ('malishi'), ('malishka'), ('malkav'), ('mall'), ('mallard'),
('mallard1'), ('mallards'), ('mallet'), ('mallorca'), ('mallory'), ('malloy'), ('mallrats'), ('malmstee'),
('malo'), ('malone'), ('maloney'), ('maltby'), ('maltese'), ('malutka'), ('malvern'), ('malvin'), ('malvina'),
('malysh'), ('malyshka'), ('mama1'), ('mama11'), ('mama12'), ('mama123'), ('mama1234'), ('mama12345'),
('mama1960'), ('mama1961'), ('mama1963'), ('mama1964'), ('mama1965'), ('mama1970'), ('mama2010'), ('mama22'),
('mama777'), ('mamabear'), ('mamacita'), ('mamada'), ('mamadou'), ('mamaliga'), ('mamamia'), ('maman'),
('mamapap'), ('mamapapa'), ('mamas'), ('mamasboy'), ('mamasita'), ('mamata'), ('mamatata'), ('mambo'),
('mamedov'), ('mami'), ('mamit'), ('mamita'), ('mamiya'), ('mamma'), ('mamma1'), ('mamma123'), ('mammal'),
('mammamia'), ('mammoth'), ('mammoth1'), ('mammy'), ('mamo4ka'), ('mamochka'), ('mamon'), ('mamont'), ('mamou'),
('mamour'), ('mamuka'), ('mamula'), ('mamulya'), ('mamusia'), ('man'), ('man1'), ('man123'), ('mana'),
('manage'), ('manageme'), ('management'), ('manager'), ('manager1'), ('managua'), ('manana'), ('manara'),
('manatee'), ('mancha'), ('manchest'), ('mancheste'), ('manchester'), ('manchester1'), ('manchild'), ('manchu'),
('mancini'), ('mancity'), ('mancity1'), ('mancow'), ('mand'), ('manda'), ('mandala'), ('mandalay'), ('mandarin'),
('mandarinka'), ('mandel'), ('mandela'), ('mander'), ('manders'), ('mandi'), ('mandie'), ('mandingo'),
('mandms'), ('mando'), ('mandog'), ('mandolin'), ('mandragora'), ('mandrake'), ('mandreki'), ('mandy'),
('mandy1'), ('mandy123'), ('mandys'), ('manfred'), ('mang'), ('manga'), ('manga1'), ('mangas'), ('manger'),
('mango'), ('mango1'), ('mango123'), ('mangoes'), ('mangoo'), ('mangos'), ('mangus'), ('mangust6403'),
('manhatta'), ('manhattan'), ('manhunt'), ('mani'), ('mania'), ('maniac'), ('maniak'), ('manic'), ('manics'),
('maniek'), ('manifest'), ('manifold'), ('manila'), ('manilow'), ('manimal'), ('manish'), ('manisha'),
('manitoba'), ('manitou'), ('mankato'), ('mankind'), ('mankind1'), ('manley'), ('manly'), ('mann'), ('manna'),
('manner'), ('manners'), ('mannheim'), ('manni'), ('mannie'), ('manning'), ('manning1'), ('manning18'),
('mannix'), ('mannn'), ('manny'), ('manny1'), ('mano'), ('manoj'), ('manol'), ('manolis'), ('manolito'),
('manolo'), ('manoman'), ('manon'), ('manon1'), ('manor'), ('manowar'), ('manpower'), ('mansell'), ('mansfiel'),
('mansfield'), ('mansikka'), ('mansion'), ('manso'), ('manson'), ('manson1'), ('mansoor'), ('mansour'),
('manstein'), ('mansur'), ('manta'), ('mantaray'), ('mantas'), ('manteca'), ('mantha'), ('mantis'), ('mantle'),
('mantle7'), ('mantra'), ('manu'), ('manual'), ('manuals'), ('manue'), ('manuel'), ('manuel1'), ('manuela'),
('manunite'), ('manunited'), ('manure'), ('manut'), ('manutd'), ('manutd1'), ('manwhore'), ('manyak'),
('manzana'), ('manzey20'), ('mapet123456'), ('maple'), ('maplelea'), ('mapleleafs'), ('maples'), ('mapper'),
('maprchem56458'), ('maps'), ('mara'), ('maraca'), ('maradon'), ('maradona'), ('marajade'), ('marakesh'),
('maral'), ('maranath'), ('maranda'), ('maranell'), ('maranello'), ('marantz'), ('marat'), ('marathon'),
('maratik'), ('marauder'), ('marbella'), ('marble'), ('marbles'), ('marc'), ('marce'), ('marceau'), ('marcel'),
('marcel1'), ('marcela'), ('marcelin'), ('marcelit'), ('marcell'), ('marcella'), ('marcelle'), ('marcello'),
('marcelo'), ('march'), ('march1'), ('march10'), ('march11'), ('march13'), ('march14'), ('march15'), ('march17'),
('march2'), ('march20'), ('march21'), ('march23'), ('march3'), ('marche'), ('marchenko'), ('marci'), ('marcia'),
('marcia1'), ('marciano'), ('marcie'), ('marcin'), ('marcin1'), ('marcio'), ('marcius2'), ('marco'), ('marco1'),
('marco123'), ('marconi'), ('marcopol'), ('marcopolo'), ('marcos'), ('marcos1'), ('marcs1997'), ('marcu'),
('marcus'), ('marcus1'), ('marcus12'), ('marcus2'), ('marcuseckos'), ('marcy'), ('marder'), ('mardi'),
('mardigra'), ('marduk'), ('mare'), ('marek'), ('maremma'), ('margare'), ('margaret'), ('margaret1'),
('margarit'), ('margarita'), ('margaux'), ('marge'), ('marge1'), ('margera'), ('margherita'), ('margie'),
('margin'), ('margit'), ('margo'), ('margo1'), ('margosha'), ('margot'), ('margret'), ('marhaba'), ('mari'),
('maria'), ('maria1'), ('maria12'), ('maria123'), ('maria2'), ('maria3'), ('maria6'), ('mariachi'), ('mariah'),
('mariah1'), ('mariajos'), ('marial'), ('mariam'), ('mariamar'), ('mariamaria'), ('mariami'), ('marian'),
('mariana'), ('mariana1'), ('mariann'), ('marianna'), ('marianne'), ('mariano'), ('marias'), ('maribe'),
('maribel'), ('maric'), ('marica'), ('maricela'), ('maricon'), ('maricopa'), ('marie'), ('marie1'), ('marie123'),
('marie2'), ('mariel'), ('mariela'), ('mariella'), ('marielle'), ('maries'), ('marietta'), ('mariette'),
('marigol'), ('marigold'), ('marihuana'), ('marija'), ('marijane'), ('marijke'), ('marijuan'), ('marijuana'),
('marika'), ('mariko'), ('marilena'), ('marillio'), ('marillion'), ('marilyn'), ('marilyn1'), ('marimar'),
('marimba'), ('marin'), ('marina'), ('marina1'), ('marina123'), ('marina15'), ('marinamarina'), ('marinaro'),
('marinas'), ('marine'), ('marine1'), ('marine12'), ('marine21'), ('mariner'), ('mariner1'), ('mariners'),
('marines'), ('marines1'), ('marinka'), ('marino'), ('marino1'), ('marino13'), ('marinochka'), ('marinus'),
('mario'), ('mario1'), ('mario12'), ('mario123'), ('mario5'), ('mario6'), ('mario64'), ('mario66'), ('marion'),
('marion1'), ('marios'), ('maripos'), ('mariposa'), ('maris'), ('marisa'), ('marisela'), ('marisha'),
('marishka'), ('mariska'), ('mariso'), ('marisol'), ('mariss'), ('marissa'), ('marissa1'), ('marist'), ('marit'),
('marita'), ('maritime'), ('maritza'), ('mariupol'), ('marius'), ('mariusz'), ('mariya'), ('marjan'),
('marjorie'), ('mark'), ('mark01'), ('mark1'), ('mark10'), ('mark11'), ('mark12'), ('mark123'), ('mark1234'),
('mark13'), ('mark2'), ('mark22'), ('mark3434'), ('mark69'), ('mark77'), ('marked'), ('marker'), ('markers'),
('market'), ('market1'), ('marketin'), ('marketing'), ('markham'), ('markhegarty'), ('markie'), ('markin'),
('markis'), ('markiz'), ('markiza'), ('markmark'), ('marko'), ('markos'), ('markov'), ('markova'), ('markp'),
('marks'), ('marksman'), ('marku'), ('markus'), ('markus1'), ('marky'), ('marky1'), ('marla'), ('marlbor'),
('marlboro'), ('marlboro1'), ('marle'), ('marlee'), ('marleen'), ('marlen'), ('marlena'), ('marlene'),
('marlene1'), ('marley'), ('marley1'), ('marley12'), ('marlin'), ('marlin1'), ('marlins'), ('marlins1'),
('marlo'), ('marlon'), ('marlow'), ('marlowe'), ('marma'), ('marmalad'), ('marmalade'), ('marmaris'),
('marmelad'), ('marmite'), ('marmo3'), ('marmot'), ('marnie'), ('marocas'), ('maroon'), ('maroon5'), ('marque'),
('marques'), ('marquez'), ('marquis'), ('marquise'), ('marrero'), ('marriage'), ('married'), ('married1'),
('marriott'), ('marrow'), ('marry'), ('marryher'), ('marryme'), ('mars'), ('marsala'), ('marsbar'), ('marsbars'),
('marseill'), ('marseille'), ('marsel'), ('marsh'), ('marsha'), ('marshal'), ('marshal1'), ('marshall'),
('marshall1'), ('marsik'), ('marston'), ('mart'), ('marta'), ('marta1'), ('martel'), ('martell'), ('marten'),
('martesana'), ('marth'), ('martha'), ('martha1'), ('marthe'), ('marti'), ('martial'), ('martian'), ('martie'),
('martijn'), ('martin'), ('martin01'), ('martin1'), ('martin11'), ('martin12'), ('martin19'), ('martin2'),
('martin21'), ('martin6'), ('martin7'), ('martina'), ('martina1'), ('martine'), ('martinet'), ('martinez'),
('martini'), ('martini1'), ('martino'), ('martins'), ('martusia'), ('marty'), ('marty1'), ('martymar'),
('martyn'), ('martyna'), ('martyr'), ('martys'), ('maruni'), ('marusa'), ('marusia'), ('marusja'), ('marusy'),
('marusya'), ('marv'), ('marvel'), ('marvi'), ('marvin'), ('marvin1'), ('marwan'), ('marx'), ('mary'), ('mary1'),
('mary12'), ('mary69'), ('maryam'), ('maryan'), ('maryann'), ('maryann1'), ('maryanne'), ('marybeth'),
('maryjan'), ('maryjane'), ('maryjo'), ('maryjoy'), ('marykate'), ('marykay'), ('maryland'), ('marylee'),
('marylou'), ('marymary'), ('maryse'), ('marysia'), ('marzena'), ('marzipan'), ('masa'), ('masahiro'),
('masaki'), ('masala'), ('masami'), ('masamune'), ('mascara'), ('mascha'), ('mascitti'), ('mascot'), ('mase'),
('maser'), ('maserati'), ('mash'), ('mash4077'), ('masha'), ('masha1'), ('masha123'), ('masha1998'),
('masha2010'), ('masha2011'), ('mashamasha'), ('mashed'), ('mashenka'), ('masher'), ('mashina'), ('mashka'),
('mashoutq'), ('masiania'), ('mask'), ('masked'), ('maslov'), ('maslova'), ('mason'), ('mason1'), ('mason123'),
('masonic'), ('masonry'), ('masons'), ('masque'), ('mass'), ('mass234'), ('massacre'), ('massage'), ('massey'),
('massi'), ('massie'), ('massim'), ('massimiliano'), ('massimo'), ('massive'), ('massive1'), ('masson'),
('maste'), ('master'), ('master0'), ('master00'), ('master01'), ('master1'), ('master10'), ('master11'),
('master12'), ('master123'), ('master13'), ('master2'), ('master21'), ('master22'), ('master23'), ('master3'),
('master32'), ('master4'), ('master5'), ('master55'), ('master66'), ('master69'), ('master7'), ('master77'),
('master9'), ('master99'), ('masterb'), ('masterb8'), ('masterba'), ('masterbaiting'), ('masterbate'),
('masterbating'), ('masterca'), ('mastercard'), ('masterch'), ('masterchief'), ('masterkey'), ('masterlo'),
('masterma'), ('mastermi'), ('mastermind'), ('masterof'), ('masterp'), ('masters'), ('masters1'), ('mastert'),
('mastery'), ('mastiff'), ('masturba'), ('masturbate'), ('masturbation'), ('masyanya'), ('matador'),
('matahari'), ('matata'), ('match'), ('matchbox'), ('matchbox20'), ('matches'), ('mate'), ('matelot'),
('matematica'), ('matematika'), ('mateo'), ('materia'), ('material'), ('mateus'), ('mateusz'), ('math'),
('mathematics'), ('mather'), ('matheus'), ('mathew'), ('mathew1'), ('mathews'), ('mathias'), ('mathie'),
('mathieu'), ('mathild'), ('mathilda'), ('mathilde'), ('mathis'), ('matia'), ('matias'), ('matic'), ('matild'),
('matilda'), ('matilda1'), ('matilde'), ('matisse'), ('matkhau'), ('matlock'), ('matman'), ('matri'), ('matrim'),
('matrix'), ('matrix01'), ('matrix1'), ('matrix12'), ('matrix123'), ('matrix13'), ('matrix19'), ('matrix2'),
('matrix3'), ('matrix69'), ('matrix7'), ('matrix99'), ('matrixx'), ('matrixxx'), ('matros'), ('matsui'),
('matt'), ('matt01'), ('matt1'), ('matt11'), ('matt12'), ('matt123'), ('matt1234'), ('matt21'), ('matt22'),
('matt23'), ('matt25'), ('matte'), ('matteo'), ('matter'), ('matters'), ('matthe'), ('matthe1'), ('matthew'),
('matthew0'), ('matthew1'), ('matthew10'), ('matthew2'), ('matthew3'), ('matthew4'), ('matthew5'), ('matthew6'),
('matthew7'), ('matthew8'), ('matthew9'), ('matthewd'), ('matthewj'), ('matthews'), ('matthias'), ('matthieu'),
('matti'), ('mattia'), ('mattias'), ('mattie'), ('mattingl'), ('mattman'), ('mattmatt'), ('mattress'), ('matty'),
('matty1'), ('mattylad10'), ('matulino'), ('mature'), ('matveev'), ('matveeva'), ('matvei'), ('matvey'),
('maude'), ('maudit'), ('maui'), ('maul'), ('maulwurf'), ('maureen'), ('maureen1'), ('maurer'), ('mauric'),
('maurice'), ('maurice1'), ('maurici'), ('mauricio'), ('mauritius'), ('maurizio'), ('mauro'), ('maurolarastefy'),
('maus'), ('mauser'), ('mausi'), ('maveric'), ('maveric1'), ('maverick'), ('maverick1'), ('mavericks'),
('maverik'), ('mavis'), ('mavrick'), ('mavrik'), ('max'), ('max007'), ('max1'), ('max123'), ('max1234'),
('max12345'), ('max1992'), ('max1998'), ('max2000'), ('max2010'), ('max333'), ('max33484'), ('max528'),
('max666'), ('max777'), ('maxcat'), ('maxdog'), ('maxell'), ('maxfli'), ('maxi'), ('maxie'), ('maxie1'),
('maxim'), ('maxim1'), ('maxim1935'), ('maxima'), ('maximal'), ('maxime'), ('maximili'), ('maximilian'),
('maximill'), ('maximize'), ('maximka'), ('maximo'), ('maximu'), ('maximum'), ('maximus'), ('maximus1'),
('maximus2'), ('maxin'), ('maxine'), ('maxine1'), ('maxman'), ('maxmax'), ('maxmax1'), ('maxmotives'),
('maxpayne'), ('maxpower'), ('maxsam'), ('maxsim'), ('maxthedo'), ('maxtor'), ('maxwel'), ('maxwell'),
('maxwell1'), ('maxwell2'), ('maxwell7'), ('maxx'), ('maxxam'), ('maxxie'), ('maxxum'), ('maxxx'), ('maxxxx'),
('maya'), ('maybe'), ('mayberry'), ('mayday'), ('mayfair'), ('mayfield'), ('mayflowe'), ('mayflower'),
('mayfly'), ('mayhem'), ('mayhew'), ('maynard'), ('maynard1'), ('mayo'), ('mayor'), ('mays24'), ('maytag'),
('mayumi'), ('mayurs'), ('maywood'), ('mazafaka'), ('mazahaka'), ('mazatlan'), ('mazda'), ('mazda1'),
('mazda123'), ('mazda3'), ('mazda323'), ('mazda6'), ('mazda626'), ('mazdamx3'), ('mazdamx5'), ('mazdarx'),
('mazdarx7'), ('mazdarx8'), ('mazepa'), ('mazinger'), ('mbkugegs'), ('mc6288'), ('mcardle'), ('mcbride'),
('mccabe'), ('mccain'), ('mccall'), ('mccallum'), ('mccann'), ('mccarthy'), ('mcclain'), ('mccloud'),
('mcclure'), ('mccool24'), ('mccoy'), ('mcdaniel'), ('mcdonald'), ('mcdonalds'), ('mcdowell'), ('mcduff'),
('mcfadden'), ('mcfarlan'), ('mcfarland'), ('mcfly'), ('mcgee'), ('mcgill'), ('mcgowan'), ('mcgrady'),
('mcgrath'), ('mcgraw'), ('mcgregor'), ('mcguire'), ('mcgwire'), ('mchale'), ('mcintosh'), ('mcintyre'),
('mcitra'), ('mckenna'), ('mckenzie'), ('mckinley'), ('mckinney'), ('mcknight'), ('mclane'), ('mclaren'),
('mclaren1'), ('mclarenf'), ('mclarenf1'), ('mclean'), ('mcleod'), ('mcmahon'), ('mcmaster'), ('mcmillan'),
('mcnabb'), ('mcnair'), ('md2020'), ('mdmaiwa3'), ('mdmgatew'), ('mdmgl004'), ('mdmnis1u'), ('mdmnttd2'),
('mdmolic'), ('mdmsii64'), ('mdogg'), ('mdxpain'), ('me1234'), ('me2you'), ('meadow'), ('meadows'), ('meagain'),
('meagan'), ('meaghan'), ('mean'), ('meandyou'), ('meanie'), ('meanone'), ('measure'), ('meat'), ('meatball'),
('meathead'), ('meatloaf'), ('meatman'), ('meatwad'), ('mecano'), ('mecca'), ('mech'), ('mech6666'),
('mechanic'), ('mechanical'), ('mechta'), ('meddle'), ('medellin'), ('medford'), ('media'), ('media1'),
('medias'), ('medic'), ('medic1'), ('medical'), ('medical1'), ('medici'), ('medicin'), ('medicina'),
('medicine'), ('medics'), ('medicus'), ('medieval'), ('medin'), ('medina'), ('medion'), ('meditate'),
('meditation'), ('medium'), ('medley'), ('medlock'), ('medman'), ('medtech'), ('medusa'), ('meduza'), ('medved'),
('medvedev'), ('medvedeva'), ('meee'), ('meeeee'), ('meeker'), ('meeko'), ('meerkat'), ('meesha'), ('meester'),
('meet'), ('meeting'), ('meetme'), ('meetoo'), ('mega'), ('megabass'), ('megabyte'), ('megadeth'), ('megafon'),
('megafon77'), ('megama'), ('megaman'), ('megaman1'), ('megamanx'), ('megamon'), ('megan'), ('megan1'),
('megan123'), ('megan2'), ('megan7'), ('megane'), ('megans'), ('megapass'), ('megapolis'), ('megastar'),
('megat'), ('megaton'), ('megatron'), ('meggie'), ('megha'), ('meghan'), ('megiddo'), ('megryan'), ('megumi'),
('mehmet'), ('meier'), ('meijer'), ('meiling'), ('mein'), ('meister'), ('meister1'), ('mekong'), ('mel123'),
('melange'), ('melani'), ('melanie'), ('melanie1'), ('melanie2'), ('melany'), ('melbourn'), ('melbourne'),
('melchior'), ('melena'), ('meli'), ('melin'), ('melina'), ('melinda'), ('melinda1'), ('melis'), ('melisa'),
('meliss'), ('melissa'), ('melissa1'), ('melissa2'), ('melissa3'), ('melissa6'), ('melissa7'), ('melissas'),
('melita'), ('melkor'), ('mellie'), ('mellisa'), ('mellissa'), ('mello'), ('mello1'), ('mellon'), ('mellons'),
('mellow'), ('melly'), ('melmac'), ('melnik'), ('melnikova'), ('melod'), ('melodie'), ('melody'), ('meloman'),
('melon'), ('melon1'), ('melone'), ('meloni'), ('melonie'), ('melons'), ('melony'), ('melrose'), ('melt'),
('meltdown'), ('meltin'), ('melton'), ('melville'), ('melvin'), ('melvin1'), ('melvin69'), ('melvins'),
('membe'), ('member'), ('member1'), ('membrane'), ('memem'), ('memento'), ('memnoch'), ('memo'), ('memorex'),
('memorial'), ('memories'), ('memory'), ('memphis'), ('memphis1'), ('memyself'), ('menace'), ('menard'),
('menards'), ('mendel'), ('mendes'), ('mendez'), ('mendoz'), ('mendoza'), ('meng'), ('mensch'), ('mensos'),
('mensuck'), ('ment'), ('mental'), ('menthol'), ('mentor'), ('mentos'), ('menudo'), ('meoff'), ('meonly'),
('meow'), ('meowmeow'), ('meowmix'), ('mephisto'), ('merc'), ('mercator'), ('merced'), ('mercede'), ('mercede1'),
('mercedes'), ('mercedes1'), ('mercedez'), ('mercenar'), ('mercer'), ('merchant'), ('merckx'), ('mercur'),
('mercure'), ('mercurio'), ('mercury'), ('mercury1'), ('mercury2'), ('mercury7'), ('mercutio'), ('mercy'),
('mercy1'), ('merda'), ('merde'), ('merde1'), ('merdes'), ('meredith'), ('merengue'), ('merete'), ('merger'),
('merhaba'), ('meribel'), ('merida'), ('meridian'), ('merit'), ('merkel'), ('merkin'), ('merkur'), ('merl1n'),
('merle'), ('merli'), ('merlin'), ('merlin01'), ('merlin1'), ('merlin10'), ('merlin11'), ('merlin12'),
('merlin2'), ('merlin21'), ('merlin69'), ('merlin7'), ('merlin99'), ('merlino'), ('merlot'), ('merlyn'),
('mermaid'), ('mermaid1'), ('mermaids'), ('merman'), ('merrick'), ('merrill'), ('merrill1'), ('merritt'),
('merry'), ('merry1'), ('mersedes'), ('merson'), ('merton'), ('mervin'), ('mervyn'), ('merzario'), ('mesa'),
('mesohorny'), ('mesquite'), ('mess'), ('message'), ('messages'), ('messenge'), ('messenger'), ('messer'),
('messi'), ('messi10'), ('messiah'), ('messiah1'), ('messier'), ('messina'), ('messy'), ('mester'), ('mestre'),
('met2002'), ('metadata'), ('metal'), ('metal1'), ('metal123'), ('metal666'), ('metal69'), ('metalcore'),
('metalgea'), ('metalgear'), ('metalhea'), ('metalhead'), ('metalica'), ('metall'), ('metallic'), ('metallica'),
('metallica1'), ('metalman'), ('metals'), ('metaphor'), ('metart'), ('metatron'), ('meteor'), ('meteora'),
('meteoro'), ('methane'), ('methanol'), ('method'), ('method1'), ('method7'), ('methodma'), ('methodman'),
('methos'), ('metlife'), ('metoo'), ('metoyou'), ('metree'), ('metro'), ('metro1'), ('metro2033'), ('metroid'),
('metropol'), ('metropolis'), ('metros'), ('mets'), ('mets1'), ('mets1986'), ('mets69'), ('mets86'), ('mettss'),
('mevefalkcakk'), ('mewtwo'), ('mexic'), ('mexica'), ('mexicali'), ('mexican'), ('mexican1'), ('mexicano'),
('mexico'), ('mexico1'), ('mexico2'), ('meyer'), ('meyers'), ('mgoblue'), ('mhorgan'), ('miah'), ('miami'),
('miami1'), ('miami123'), ('miami305'), ('miami99'), ('miamo'), ('miamor'), ('mian'), ('miao'), ('miasma'),
('miata'), ('miata1'), ('miatamx5'), ('mibbes'), ('mibeb'), ('mica'), ('micael'), ('micaela'), ('micah'),
('micasa'), ('mice'), ('mich'), ('micha'), ('michae'), ('michae1'), ('michael'), ('michael0'), ('michael1'),
('michael12'), ('michael123'), ('michael13'), ('michael2'), ('michael3'), ('michael4'), ('michael5'),
('michael6'), ('michael7'), ('michael8'), ('michael9'), ('michaela'), ('michaelb'), ('michaelc'), ('michaeld'),
('michaele'), ('michaelj'), ('michaeljackson'), ('michaell'), ('michaelm'), ('michaelp'), ('michaels'),
('michaelt'), ('michail'), ('michal'), ('michal1'), ('miche'), ('micheal'), ('michel'), ('michel1'), ('michela'),
('michele'), ('michele1'), ('michelin'), ('michell'), ('michell1'), ('michelle'), ('michelle1'), ('michelob'),
('michi'), ('michiga'), ('michigan'), ('michigan1'), ('michiko'), ('michou'), ('mick'), ('mick7278'),
('mickael'), ('micke'), ('mickey'), ('mickey01'), ('mickey1'), ('mickey11'), ('mickey12'), ('mickey2'),
('mickey22'), ('mickey69'), ('mickey7'), ('mickeymo'), ('mickeymouse'), ('mickeys'), ('micki'), ('mickie'),
('micky'), ('micky1'), ('micmac'), ('micro'), ('micro1'), ('microbe'), ('microlab'), ('microlab1'), ('micron'),
('microphone'), ('micros'), ('microsof'), ('microsoft'), ('microwav'), ('midas'), ('midcon'), ('middle'),
('middleto'), ('midgard'), ('midge'), ('midget'), ('midian'), ('midiland'), ('midland'), ('midnigh'),
('midnight'), ('midnight1'), ('midnite'), ('midori'), ('midtown'), ('midway'), ('midwest'), ('mierd'),
('mierda'), ('mifune'), ('mighty'), ('mighty1'), ('mightymo'), ('mignon'), ('migue'), ('miguel'), ('miguel1'),
('miguelit'), ('mihael'), ('mihaela'), ('mihail'), ('mika'), ('mika00'), ('mikado'), ('mikael'), ('mikaela'),
('mikasa'), ('mikayla'), ('mike'), ('mike00'), ('mike007'), ('mike01'), ('mike1'), ('mike10'), ('mike11'),
('mike12'), ('mike123'), ('mike1234'), ('mike12345'), ('mike13'), ('mike18'), ('mike1969'), ('mike2'),
('mike2000'), ('mike21'), ('mike22'), ('mike23'), ('mike24'), ('mike25'), ('mike26'), ('mike31'), ('mike33'),
('mike34'), ('mike44'), ('mike69'), ('mike77'), ('mike99'), ('miked'), ('mikeee'), ('mikehunt'), ('mikejone'),
('mikel'), ('mikell'), ('mikemike'), ('miker'), ('mikes'), ('mikesch'), ('mikey'), ('mikey1'), ('mikey123'),
('mikey2'), ('mikeyb'), ('mikeyg'), ('mikeys'), ('mikhail'), ('miki'), ('mikie'), ('mikkel'), ('mikki'),
('miko'), ('mikola'), ('mila'), ('milagro'), ('milagros'), ('milamber'), ('milan'), ('milan1'), ('milana'),
('milano'), ('milano1'), ('milashka'), ('milburn'), ('mildew'), ('mildred'), ('mile'), ('miledi'), ('milehigh'),
('milen'), ('milena'), ('milenium'), ('milenko'), ('miles'), ('miles1'), ('milesd'), ('milf'), ('milfhunter'),
('milfnew'), ('milford'), ('milhouse'), ('milion'), ('militar'), ('military'), ('milk'), ('milka'), ('milkbone'),
('milkdud'), ('milker'), ('milking'), ('milkmaid'), ('milkman'), ('milkman1'), ('milkshak'), ('milkshake'),
('milky'), ('milkyway'), ('mill'), ('milla'), ('millan'), ('millard'), ('mille'), ('millen'), ('millenia'),
('milleniu'), ('millenium'), ('millenni'), ('millennium'), ('miller'), ('miller01'), ('miller1'), ('miller12'),
('miller2'), ('miller31'), ('millerli'), ('millerlite'), ('millers'), ('millerti'), ('millertime'), ('milli'),
('millie'), ('millie1'), ('milligan'), ('million'), ('million1'), ('milliona'), ('millionaire'), ('millioner'),
('millions'), ('mills'), ('millwall'), ('milly'), ('milner'), ('milo'), ('milo17'), ('milosc'), ('milton'),
('milwauke'), ('milwaukee'), ('mimi92139'), ('mimosa'), ('mimoza'), ('mina'), ('minako'), ('minami'),
('minarets'), ('minchia'), ('mind'), ('minddoc'), ('minded'), ('minden'), ('mindgame'), ('mindless'),
('mindspri'), ('mindy'), ('mindy1'), ('mine'), ('mine1'), ('mine11'), ('mine12'), ('mine2306'), ('mine69'),
('minecraft'), ('minecraft123'), ('minemine'), ('mineonly'), ('miner'), ('mineral'), ('miners'), ('minerva'),
('minette'), ('minfd'), ('ming'), ('minger'), ('mingle'), ('mingus'), ('minhasenha'), ('mini'), ('mini14'),
('miniclip'), ('minicoop'), ('minicooper'), ('minidisc'), ('minim'), ('minimal'), ('minimax'), ('minimax1'),
('minime'), ('minimo'), ('minimoni'), ('minimum'), ('minina'), ('minion'), ('miniskir'), ('minister'),
('ministry'), ('minivan'), ('mink'), ('minka'), ('minkey'), ('minnesot'), ('minnesota'), ('minnesota_hp'),
('minnette'), ('minni'), ('minnie'), ('minnie1'), ('minnie2'), ('minnow'), ('minntwin'), ('minogue'),
('minolta'), ('minor'), ('minority'), ('minot'), ('minotaur'), ('minotavr'), ('minou'), ('minouche'),
('minstrel'), ('mint'), ('minty'), ('minus'), ('minute'), ('minutes'), ('miquel'), ('mira'), ('miracle'),
('miracle1'), ('miracles'), ('mirage'), ('miramar'), ('mirand'), ('miranda'), ('miranda1'), ('mircea'),
('mireille'), ('mirela'), ('mirella'), ('miria'), ('miriam'), ('mirinda'), ('mirjam'), ('mirko'), ('miro'),
('mironenko'), ('mironova'), ('miroslav'), ('miroslava'), ('mirror'), ('mirror1'), ('mirrors'), ('mirumir'),
('miruvor79'), ('misa'), ('misato'), ('misawa'), ('mischa'), ('mischief'), ('miser'), ('misery'), ('misfit'),
('misfit99'), ('misfits'), ('misfits1'), ('misha'), ('misha1'), ('misha1111'), ('misha123'), ('mishanya'),
('mishel'), ('mishima'), ('mishka'), ('mishmash'), ('mishra'), ('mishutka'), ('misia1'), ('misiaczek'),
('misiaczek1'), ('misiek'), ('misiek1'), ('miss'), ('missed'), ('misses'), ('missey'), ('missie'), ('missile'),
('missing'), ('mission'), ('mission1'), ('missions'), ('mississi'), ('mississippi'), ('misskitt'), ('misskitty'),
('missle'), ('missoula'), ('missouri'), ('missy'), ('missy1'), ('missy123'), ('missy2'), ('missydog'),
('missyou'), ('missys'), ('mist'), ('mistake'), ('mister'), ('mister2'), ('misterio'), ('misterme'), ('mistery'),
('misti'), ('mistic'), ('mistie'), ('mistik'), ('mistral'), ('mistral1'), ('mistress'), ('misty'), ('misty1'),
('misty123'), ('misty2'), ('mistycat'), ('mistydog'), ('mistys'), ('mita'), ('mitch'), ('mitch1'), ('mitchel'),
('mitchell'), ('mite'), ('mithrand'), ('mithril'), ('mitico'), ('mitino'), ('mitsou'), ('mitsu'), ('mitsubis'),
('mitsubishi'), ('mitten'), ('mittens'), ('mittens1'), ('mitzi'), ('mitzi1'), ('mitzie'), ('mixail'), ('mixer'),
('mixers'), ('mixing'), ('mixmaster'), ('mixture'), ('miyamoto'), ('miyuki'), ('miyvarxar'), ('mizredhe'),
('mizuno'), ('mizzou'), ('mj1234'), ('mj2345'), ('mjbnbna1'), ('mjollnir'), ('mjolnir'), ('mjordan'), ('mjujuj'),
('mkjhfg'), ('mko09ijn'), ('mkonji'), ('mkvdari'), ('mlesp31'), ('mm111qm'), ('mm259up'), ('mmcm19'), ('mmm666'),
('mmmmm1'), ('mmmmmm1'), ('mmmmmmm1'), ('mmmnnn'), ('mmouse'), ('mmxxmm'), ('mnbvcxz1'), ('mnemonic'),
('mo5kva'), ('mobbdeep'), ('mobil'), ('mobil1'), ('mobila'), ('mobile'), ('mobile1'), ('mobility'), ('mobius'),
('mobster'), ('moby'), ('mobydick'), ('mocajo'), ('mocelot'), ('mocha'), ('mocha1'), ('mochaj'), ('mockba'),
('modaddy'), ('modano'), ('mode'), ('model'), ('model1'), ('modeling'), ('models'), ('modelsne'), ('modem'),
('modem1'), ('modems'), ('modena'), ('moderato'), ('moderator'), ('modern'), ('modest'), ('modesto'),
('modesty'), ('modified'), ('modify'), ('modles'), ('modular'), ('module'), ('moebius'), ('moeman'), ('mof6681'),
('mofo'), ('moggie'), ('mogli'), ('mogul'), ('moguls'), ('mogwai'), ('mohamed'), ('mohamma'), ('mohammad'),
('mohamme'), ('mohammed'), ('mohan'), ('mohawk'), ('mohican'), ('mohinder'), ('moikka'), ('moimeme'), ('moise'),
('moises'), ('moist'), ('moisture'), ('mojave'), ('mojo'), ('mojo69'), ('mojojo'), ('mojojojo'), ('mojoman'),
('molar'), ('molars'), ('moldir'), ('moldova'), ('mole'), ('molecule'), ('moleman'), ('molina'), ('moline'),
('moll'), ('moller'), ('molley'), ('molli'), ('mollie'), ('mollusk'), ('molly'), ('molly1'), ('molly12'),
('molly123'), ('molly13'), ('molly2'), ('mollyb'), ('mollycat'), ('mollydog'), ('mollymoo'), ('mollys'),
('moloch'), ('molodec'), ('molokai'), ('moloko'), ('molotok'), ('molotov'), ('molson'), ('molten'), ('mom123'),
('mom4u4mm'), ('moman'), ('momanddad'), ('momdad'), ('moment'), ('momentum'), ('momma'), ('mommie'), ('mommy'),
('mommy1'), ('mommy123'), ('mommy2'), ('mommys'), ('momo123'), ('momoney'), ('momoney1'), ('moms'),
('momsanaladventure'), ('momsuck'), ('mona'), ('monaco'), ('monalis'), ('monalisa'), ('monaliza'), ('monami'),
('monamour'), ('monarch'), ('monarchs'), ('monaro'), ('monchi'), ('monda'), ('monday'), ('monday1'),
('monday12'), ('monday2'), ('monde'), ('mondeo'), ('mondo'), ('mone'), ('monet'), ('monet1'), ('moneta'),
('money'), ('money01'), ('money1'), ('money100'), ('money111'), ('money12'), ('money123'), ('money1234'),
('money13'), ('money2'), ('money21'), ('money23'), ('money3'), ('money4'), ('money4me'), ('money5'), ('money69'),
('money7'), ('money77'), ('money777'), ('money8'), ('money99'), ('moneybag'), ('moneybags'), ('moneymak'),
('moneymaker'), ('moneyman'), ('moneymon'), ('moneymoney'), ('moneys'), ('moneysho'), ('moneyy'), ('mong1ni'),
('monger'), ('mongini'), ('mongo'), ('mongo1'), ('mongol'), ('mongolia'), ('mongoose'), ('mongrel'), ('moni'),
('monic'), ('monica'), ('monica01'), ('monica1'), ('monica12'), ('monica2'), ('monica69'), ('monies'), ('monik'),
('monika'), ('monika1'), ('monique'), ('monique1'), ('monit'), ('monito'), ('monitor'), ('monitor1'),
('monitor2'), ('monk'), ('monk3y'), ('monke'), ('monkee'), ('monker'), ('monkey'), ('monkey00'), ('monkey01'),
('monkey1'), ('monkey10'), ('monkey11'), ('monkey12'), ('monkey123'), ('monkey13'), ('monkey14'), ('monkey19'),
('monkey2'), ('monkey20'), ('monkey21'), ('monkey22'), ('monkey23'), ('monkey24'), ('monkey3'), ('monkey4'),
('monkey42'), ('monkey5'), ('monkey6'), ('monkey66'), ('monkey69'), ('monkey7'), ('monkey77'), ('monkey9'),
('monkey99'), ('monkeybo'), ('monkeyboy'), ('monkeybu'), ('monkeybutt'), ('monkeyma'), ('monkeyman'),
('monkeys'), ('monkeys1'), ('monkfish'), ('monkies'), ('monkman'), ('monmouth'), ('mono'), ('monolit'),
('monolith'), ('mononoke'), ('monopoli'), ('monopoly'), ('monorail'), ('monoxide'), ('monreal'), ('monro'),
('monroe'), ('monrovia'), ('monsoon'), ('monsta'), ('monste'), ('monster'), ('monster1'), ('monster123'),
('monster2'), ('monster7'), ('monster9'), ('monsters'), ('monstr'), ('mont'), ('montag'), ('montage'),
('montagna'), ('montagne'), ('montague'), ('montan'), ('montana'), ('montana1'), ('montana2'), ('montauk'),
('montblanc'), ('monte'), ('monte1'), ('montecar'), ('montecarlo'), ('montee'), ('montego'), ('monteiro'),
('montella'), ('montenegro'), ('monterey'), ('montero'), ('montero1'), ('monterre'), ('montes'), ('montesa'),
('montess'), ('montez'), ('montgom240'), ('montgome'), ('montgomery'), ('month'), ('montie'), ('montoya'),
('montreal'), ('montreux'), ('montrose'), ('montse'), ('monty'), ('monty1'), ('monty123'), ('montydog'),
('monument'), ('moo123'), ('mooch'), ('moocher'), ('moochie'), ('moocow'), ('mood'), ('moody'), ('moody1'),
('moogie'), ('moogle'), ('mook'), ('mookey'), ('mooki'), ('mookie'), ('mookie1'), ('mookie12'), ('moolah'),
('moom4242'), ('moom4261'), ('mooman'), ('moomin'), ('moomoo'), ('moomoo1'), ('moon'), ('moon1'), ('moon12'),
('moon123'), ('moon1234'), ('moon69'), ('moonbar'), ('moonbeam'), ('moondog'), ('moondog1'), ('mooner'),
('mooney'), ('moonglow'), ('moonie'), ('moonligh'), ('moonlight'), ('moonlite'), ('moonman'), ('moonpie'),
('moonrake'), ('moons'), ('moonshin'), ('moonshine'), ('moonshot'), ('moonstafa'), ('moonstar'), ('moonunit'),
('moonwalk'), ('mooo'), ('mooooo'), ('mooose'), ('moore'), ('moore1'), ('moorea'), ('moores'), ('moose'),
('moose1'), ('moose123'), ('moose23'), ('moose69'), ('moose7'), ('moosehea'), ('moosejaw'), ('mooseman'),
('mooser'), ('mooses'), ('moosey'), ('moosie'), ('mopar'), ('mopar1'), ('mopar440'), ('moparman'), ('mopars'),
('moppel'), ('mor_pass'), ('morale'), ('morales'), ('morales1'), ('moran'), ('morbid'), ('morbius'), ('mordor'),
('mordred'), ('more'), ('morebeer'), ('morefun'), ('morehead'), ('moreland'), ('morelia'), ('morello'),
('moremone'), ('moremoney'), ('moren'), ('morena'), ('morena1'), ('moreno'), ('moresex'), ('moretti'), ('morga'),
('morgaine'), ('morgan'), ('morgan01'), ('morgan1'), ('morgan12'), ('morgan2'), ('morgana'), ('morgane'),
('morgans'), ('morganstanley'), ('morgen'), ('morgoth'), ('morgue'), ('moriah'), ('moriarty'), ('moritz'),
('morkovka'), ('morley'), ('morlii'), ('mormon'), ('morning'), ('morning1'), ('mornings'), ('morocco'),
('moron'), ('moroni'), ('morons'), ('moroz'), ('morozov'), ('morozova'), ('morph'), ('morpheus'), ('morphine'),
('morphius'), ('morri'), ('morrigan'), ('morris'), ('morris1'), ('morrisey'), ('morrison'), ('morrisse'),
('morrissey'), ('morrow'), ('morrowin'), ('morrowind'), ('morse'), ('mort'), ('mortal'), ('mortalkombat'),
('mortar'), ('mortars'), ('morten'), ('mortgage'), ('morticia'), ('mortimer'), ('mortis'), ('morton'),
('mosaic'), ('moschino'), ('moscow'), ('moscow1'), ('mosdef'), ('moses'), ('moses1'), ('moshe'), ('mosias98'),
('moskow'), ('moskva'), ('moskwa'), ('mosley'), ('mosquito'), ('moss'), ('moss84'), ('mossad'), ('mossberg'),
('mossimo'), ('mossman'), ('mossyoak'), ('mostafa'), ('mostro'), ('mostwanted'), ('motaro'), ('motdepas'),
('motdepass'), ('motdepasse'), ('motel'), ('motera15'), ('mothe'), ('mother'), ('mother1'), ('mother12'),
('mother2'), ('motherfu'), ('motherfuck'), ('motherfucker'), ('motherlode'), ('mothers'), ('mothra'),
('motilda'), ('motion'), ('motivate'), ('motley'), ('moto'), ('motocros'), ('motocross'), ('motoguzz'),
('motoko'), ('motoman'), ('motor'), ('motorbik'), ('motorbike'), ('motorcyc'), ('motorcycle'), ('motorhea'),
('motorhead'), ('motorman'), ('motorol'), ('motorola'), ('motorolla'), ('motorrad'), ('motors'), ('motown'),
('motox'), ('motoxxx'), ('mott'), ('motylek'), ('motzart'), ('mouche'), ('mould'), ('moulin'), ('mouloud'),
('mounds'), ('mount'), ('mounta1n'), ('mountai1'), ('mountain'), ('mountains'), ('mountie'), ('mourning'),
('mouse'), ('mouse1'), ('mouse123'), ('mouse2'), ('mouseman'), ('mousemouse'), ('mousepad'), ('mouser'),
('mouses'), ('mousey'), ('mousie'), ('mousse'), ('mouth'), ('mouton'), ('movado'), ('move'), ('movement'),
('moveon'), ('mover'), ('movers'), ('movie'), ('movie1'), ('moviebuf'), ('movieman'), ('movies'), ('movies1'),
('movies23'), ('moving'), ('mowerman'), ('mowgli'), ('moxie'), ('moxie7'), ('mozar'), ('mozart'), ('mozart1'),
('mozilla'), ('mozzer'), ('mp8o6d'), ('mpegs'), ('mpetroff'), ('mpower'), ('mrbean'), ('mrbig'), ('mrbill'),
('mrblonde'), ('mrblue'), ('mrbrown'), ('mrbrownx'), ('mrbrownxx'), ('mrbungle'), ('mrclean'), ('mrcool'),
('mrfish'), ('mrgreen'), ('mrhappy'), ('mrjones'), ('mrkitty'), ('mrlover'), ('mrmagoo'), ('mrmike'), ('mrmojo'),
('mrpibb'), ('mrpink'), ('mrskin'), ('mrsmith'), ('mrspock'), ('mrwhite'), ('ms6nud'), ('msconfig'), ('msdasc'),
('msdn'), ('msinfo'), ('msnxbi'), ('msoracle32re'), ('msorcloledbr'), ('msouthwa'), ('mspaul'), ('mst3000'),
('mst3k'), ('msujoe'), ('msvcr71'), ('mt73sb'), ('mtdew'), ('mtgl5r'), ('mtgox'), ('mtndew'), ('mtnman'),
('mtr1996'), ('mtwapa1a'), ('mty3rh'), ('muaddib'), ('muadib'), ('muaythai'), ('much'), ('muchacha'),
('muchacho'), ('muckel'), ('mucker'), ('mucsaj'), ('mucus'), ('mudbone'), ('mudbug'), ('mudcat'), ('mudd'),
('mudddd'), ('mudder'), ('muddog'), ('muddy'), ('muddy1'), ('mudhen'), ('mudhoney'), ('mudman'), ('mudpie'),
('mudshark'), ('mudslide'), ('mudvayne'), ('mueller'), ('muenchen'), ('muerte'), ('mufasa'), ('mufc'), ('muff'),
('muffdive'), ('muffdiver'), ('muffer'), ('muffi'), ('muffie'), ('muffin'), ('muffin1'), ('muffin11'),
('muffin12'), ('muffinman'), ('muffins'), ('muffler'), ('muffy'), ('muffy1'), ('mugen'), ('muggins'), ('muggsy'),
('mugsy'), ('mugwump'), ('muhamma'), ('muhammad'), ('muhammed'), ('muhtar'), ('muie'), ('muirhead'), ('mujeres'),
('mukesh'), ('mukkula'), ('mulberry'), ('mulch'), ('mulder'), ('mulder1'), ('mule'), ('muledeer'), ('muleman'),
('mullen'), ('muller'), ('mullet'), ('mulligan'), ('mullin'), ('mullins'), ('multi'), ('multik'), ('multimed'),
('multimedia'), ('multipas'), ('multipass'), ('multiple'), ('multiplelo'), ('multiplelog'), ('multisca'),
('multiscan'), ('multisyn'), ('multisync'), ('mumbai'), ('mumbles'), ('mumdad'), ('mumford'), ('mummy'),
('mummy1'), ('munch'), ('munchen'), ('muncher'), ('munchie'), ('munchies'), ('munchkin'), ('muncho'), ('munchy'),
('mundell'), ('mundo'), ('muneca'), ('mung'), ('mungo'), ('munich'), ('munkee'), ('munkey'), ('munson'),
('munson15'), ('munster'), ('muppet'), ('muppet1'), ('muppets'), ('mura'), ('murad'), ('murakami'), ('murano'),
('murasaki'), ('murat'), ('murciela'), ('murcielag'), ('murcielago'), ('murder'), ('murder1'), ('murderer'),
('murdoch'), ('murdock'), ('murena'), ('muriel'), ('murmansk'), ('murmel'), ('murph'), ('murph1'), ('murphy'),
('murphy01'), ('murphy1'), ('murphy11'), ('murphydo'), ('murphys'), ('murray'), ('murzik'), ('murzilka'),
('musashi'), ('muscat'), ('muschi'), ('muscle'), ('muscle1'), ('muscles'), ('muse'), ('muselman'), ('museum'),
('mushin'), ('mushka'), ('mushroom'), ('mushrooms'), ('musi'), ('music'), ('music1'), ('music101'), ('music11'),
('music123'), ('music2'), ('music5'), ('musica'), ('musical'), ('musical1'), ('musicbox'), ('musician'),
('musick'), ('musiclover'), ('musicman'), ('musics'), ('musik'), ('musique'), ('muskan'), ('musket'), ('muskie'),
('muskrat'), ('muslim'), ('mustafa'), ('mustaine'), ('mustan'), ('mustang'), ('mustang0'), ('mustang1'),
('mustang2'), ('mustang3'), ('mustang4'), ('mustang5'), ('mustang6'), ('mustang66'), ('mustang67'),
('mustang69'), ('mustang7'), ('mustang8'), ('mustang9'), ('mustangg'), ('mustanggt'), ('mustangs'), ('mustard'),
('mustard1'), ('mustdie'), ('mustek'), ('muster'), ('mustikka'), ('mutabor'), ('mutant'), ('mutate'), ('mute'),
('mutiny'), ('mutley'), ('mutt'), ('mutt22pu'), ('mutter'), ('muttley'), ('muttly'), ('mutton'), ('mutual'),
('muzzle'), ('mvtnr765'), ('mwq6qlzo'), ('mwss474'), ('mxaigtg5'), ('mxyzptlk'), ('my2girls'), ('my2kids'),
('my3girls'), ('my3kids'), ('my3sons'), ('my_pass'), ('myangel'), ('myass'), ('mybabe'), ('mybaby'), ('mybaby1'),
('myballs'), ('mybitch'), ('myboys'), ('mybuddy'), ('mybutt'), ('mycats'), ('mycock'), ('mycroft'), ('mydaddy'),
('mydear'), ('mydick'), ('mydog'), ('mydogs'), ('mydream'), ('myemail'), ('myers'), ('myfamily'), ('myfriend'),
('mygal'), ('mygirl'), ('mygirls'), ('myheart'), ('myhero'), ('myhome'), ('myhoney'), ('myhouse'),
('myjdxtcxks'), ('mykids'), ('mykiss'), ('mykitty'), ('mylady'), ('mylake'), ('mylene'), ('myles'), ('mylife'),
('mylord'), ('mylov'), ('mylove'), ('mylove1'), ('mylover'), ('mymail'), ('mymoney'), ('mymoney1'), ('mymother'),
('mymusic'), ('myname'), ('mynameis'), ('mynewbots'), ('mynewpas'), ('mynuts'), ('myopia'), ('mypass'),
('mypass1'), ('mypasswo'), ('mypassword'), ('myporn'), ('mypuppy'), ('mypussy'), ('myriad'), ('myriam'),
('myron'), ('myrtle'), ('mysecret'), ('myself'), ('myshit'), ('mysite'), ('myspace'), ('myspace1'), ('myspace2'),
('myst'), ('mystere'), ('mysterio'), ('mystery'), ('mystery1'), ('mystic'), ('mystic1'), ('mystical'),
('mystikal'), ('mystique'), ('mystuff'), ('myszka'), ('myth'), ('mythic'), ('mythos'), ('mytime'), ('mytruck'),
('myturn'), ('myway'), ('mywife'), ('myword'), ('myworld'), ('myxworld'), ('myxworld4'), ('mzepab'), ('n.kmgfy'),
('n0th1ng'), ('n12345'), ('n123456'), ('n1a2t3a4'), ('n2deep'), ('n7td4bjl'), ('n8skfswa'), ('nabeel'),
('nabila'), ('nabisco'), ('nabokov'), ('nacho'), ('nacho1'), ('nachos'), ('naciona'), ('nacional'), ('nacked'),
('nacnud'), ('nada'), ('nadano'), ('nadegda'), ('nadege'), ('nadejda'), ('nadezda'), ('nadezhda'), ('nadi'),
('nadia'), ('nadia1'), ('nadin'), ('nadine'), ('nadine1'), ('nadja'), ('nadler'), ('nadnerb'), ('nadroj'),
('nadya'), ('nafanya'), ('nafets'), ('nagasaki'), ('nagging'), ('nagoya'), ('nagrom'), ('nagshead'), ('nagual'),
('nahlik'), ('nahtan'), ('nail'), ('nailed'), ('nailer'), ('nails'), ('nairda'), ('nairobi'), ('nakamura'),
('naked'), ('naked1'), ('nakita'), ('nala'), ('nalani'), ('nalgas'), ('nalgene'), ('nalini'), ('nallepuh'),
('namaste'), ('name'), ('nameless'), ('namibia'), ('namrepus'), ('namron'), ('namtab'), ('nancy'), ('nancy1'),
('nancy123'), ('nando'), ('nanette'), ('nang'), ('nani'), ('nanner'), ('nannie'), ('nanny'), ('nano'),
('nanook'), ('nanotech'), ('nantes'), ('nantucke'), ('nantucket'), ('naomi'), ('naomi1'), ('napalm'), ('napass'),
('napier'), ('napkin'), ('naples'), ('napol'), ('napolean'), ('napoleo'), ('napoleon'), ('napoli'), ('napster'),
('napster1'), ('nara'), ('narayan'), ('narayana'), ('narendra'), ('naresh'), ('narf'), ('nargiza'), ('nariman'),
('narine'), ('narkoman'), ('narnia'), ('narut'), ('naruto'), ('naruto0'), ('naruto010'), ('naruto1'),
('naruto12'), ('naruto123'), ('naruto99'), ('nasa'), ('nasca'), ('nascar'), ('nascar03'), ('nascar08'),
('nascar1'), ('nascar2'), ('nascar20'), ('nascar24'), ('nascar3'), ('nascar8'), ('nascar88'), ('nascar99'),
('nasdaq'), ('nash'), ('nashua'), ('nashvill'), ('nashville'), ('nassar'), ('nassau'), ('nasser'), ('nastena'),
('nastenka'), ('nastia'), ('nastik'), ('nastja'), ('nasty'), ('nasty1'), ('nastya'), ('nastya123'),
('nastya1995'), ('nastya1996'), ('nastya1997'), ('nastya2010'), ('nastyanastya'), ('nastyboy'), ('nastyman'),
('nata'), ('nata123'), ('nata1977'), ('nata1980'), ('natacha'), ('nataha'), ('natal'), ('natala'), ('natale'),
('natalee'), ('natali'), ('natalia'), ('natalia1'), ('natalie'), ('natalie1'), ('natalie2'), ('nataliya'),
('natalja'), ('natalka'), ('nataly'), ('natalya'), ('natas'), ('natas666'), ('natasa'), ('natascha'), ('natash'),
('natasha'), ('natasha1'), ('natasha123'), ('natasha2'), ('natasha5'), ('natashka'), ('nataxa'), ('natchez'),
('nate'), ('natedawg'), ('natedog'), ('natedogg'), ('natha'), ('nathali'), ('nathalia'), ('nathalie'),
('nathan'), ('nathan0'), ('nathan01'), ('nathan1'), ('nathan12'), ('nathanae'), ('nathanie'), ('nathaniel'),
('nation'), ('nation1'), ('national'), ('nations'), ('native'), ('natron'), ('natty'), ('natura'), ('natural'),
('natural1'), ('naturals'), ('nature'), ('naturist'), ('natusik'), ('natwest'), ('naught'), ('naughty'),
('naughty1'), ('naughty2'), ('naughtya'), ('naughtyboy'), ('naumenko'), ('naumov'), ('naumova'), ('nausicaa'),
('nautica'), ('nautica1'), ('nautical'), ('nautilus'), ('nautique'), ('navajo'), ('navarre'), ('navarro'),
('naveed'), ('naveen'), ('navidad'), ('navigate'), ('navigation'), ('navigato'), ('navigator'), ('navillus'),
('navisite'), ('navy'), ('navyblue'), ('navyman'), ('navyseal'), ('naylor'), ('nazarenko'), ('nazaret'),
('nazareth'), ('nazarova'), ('nazgul'), ('nazi'), ('nazira'), ('nbhtqa'), ('nbibyf'), ('nbnfybr'), ('nbu3cd'),
('nbuhbwf'), ('nbuhtyjr'), ('nbvcxw'), ('nbvfnb'), ('nbvibt'), ('nbvjatq'), ('nbvjif'), ('nbvjirf'),
('ncc-1701'), ('ncc170'), ('ncc1701'), ('ncc1701a'), ('ncc1701d'), ('ncc1701e'), ('ncc1864'), ('ncc74656'),
('nccpl25282'), ('ncstate'), ('ndaswf'), ('ndeyl5'), ('ndirish'), ('ndshnx4s'), ('ne1469'), ('ne_e_pod_chehyl'),
('neal'), ('nebraska'), ('nebula'), ('nec3520'), ('neckk'), ('necklace'), ('necro'), ('necroman'),
('necromancer'), ('necron'), ('necron99'), ('necronomicon'), ('nectar'), ('nectarin'), ('ned467'), ('nederland'),
('nedkelly'), ('nedved'), ('need'), ('need4speed'), ('needajob'), ('needed'), ('needforspeed'), ('needit'),
('needle'), ('needles'), ('needsex'), ('needsome'), ('neel21'), ('neelam'), ('neely'), ('neener'), ('neeraj'),
('nefertit'), ('nefertiti'), ('negative'), ('neggy'), ('negra'), ('negras'), ('negril'), ('negrit'), ('negrita'),
('negrito'), ('negro'), ('negros'), ('neighbor'), ('neil'), ('nekkid'), ('nekromant'), ('nell'), ('nella'),
('nelli'), ('nellie'), ('nelly'), ('nelly1'), ('nels0n'), ('nelso'), ('nelson'), ('nelson1'), ('nelson11'),
('nemesi'), ('nemesis'), ('nemesis1'), ('nemesis2'), ('nemezida'), ('nemiroff'), ('nemisis'), ('nemo'),
('nemrac'), ('nemrac58'), ('nemvxyheqdd5oqxyxyzi'), ('nena'), ('neng'), ('nenit'), ('neo123'), ('neogeo'),
('neon'), ('neopets'), ('neophyte'), ('nepal'), ('nepbr2009'), ('nepenthe'), ('nephew'), ('nephilim'),
('neptun'), ('neptune'), ('neptune1'), ('nerd'), ('nermal'), ('nermin'), ('nero'), ('neron'), ('neruda'),
('nervous'), ('nescafe'), ('ness'), ('nessa'), ('nessie'), ('nesta'), ('nestea'), ('nester'), ('nesterenko'),
('nesterov'), ('nesterova'), ('nestle'), ('nestor'), ('net'), ('netcom'), ('netgear'), ('netman'), ('netnovel'),
('netnwlnk'), ('netpass'), ('netscape'), ('netsnip'), ('nettie'), ('netvideo'), ('netware'), ('netware1'),
('network'), ('network1'), ('network2'), ('networkingpe'), ('networks'), ('netzwerk'), ('neuken'), ('neuman'),
('neumann'), ('neuroman'), ('neuron'), ('neurosis'), ('neuspeed'), ('neutrino'), ('neutron'), ('nevada'),
('nevaeh'), ('never'), ('never1'), ('neveraga'), ('neveragain'), ('neverdie'), ('nevergiveup'), ('neverland'),
('neverman'), ('nevermin'), ('nevermind'), ('nevermor'), ('nevermore'), ('neverwinter'), ('nevets'), ('neville'),
('nevins'), ('new123'), ('newage'), ('newark'), ('newbaby'), ('newberry'), ('newbie'), ('newblood'), ('newborn'),
('newburgh'), ('newbury'), ('newcar'), ('newcastl'), ('newcastle'), ('newcomer'), ('newday'), ('newdelhi'),
('newell'), ('newera'), ('newfie'), ('newguy'), ('newhaven'), ('newhome'), ('newhope'), ('newhouse'),
('newjerse'), ('newjersey'), ('newjob'), ('newlife'), ('newlife1'), ('newlife2'), ('newlove'), ('newman'),
('newman1'), ('newmedia'), ('newmexic'), ('newmexico'), ('newmoney'), ('newmoon'), ('newness'), ('newone'),
('neworder'), ('neworlea'), ('neworleans'), ('newpass'), ('newpass1'), ('newpass2'), ('newpass3'), ('newpass6'),
('newpassw'), ('newpassword'), ('newpoint'), ('newport'), ('newport1'), ('newport2'), ('newports'),
('newproject2004'), ('news'), ('newshoes'), ('newspape'), ('newspaper'), ('newstart'), ('newstyle'), ('newt'),
('newto'), ('newton'), ('newton1'), ('newuser'), ('newworld'), ('newyear'), ('newyor'), ('newyork'),
('newyork0'), ('newyork1'), ('newyork2'), ('newyorke'), ('newzeala'), ('newzealand'), ('next'), ('nextdoor'),
('nextel'), ('nextgen'), ('nexus'), ('nexus1'), ('nexus6'), ('nexxus'), ('neyland'), ('nezabudka'), ('nfbcbz'),
('nfgbpltwq'), ('nfhfctyrj'), ('nfhfrfy'), ('nfhtkrf'), ('nfkbcvfy'), ('nfnfhby'), ('nfnmzyf'), ('nfnmzyrf'),
('nfqcjy'), ('nfvfhf'), ('nfvthkfy'), ('nfy.irf'), ('nfymrf'), ('nfyrbcn'), ('nfytxrf'), ('nfyufh'), ('nfyz'),
('nfyz123'), ('ngc4565'), ('ngentot'), ('nguyen'), ('nhatrang'), ('nhbujyjvtnhbz'), ('nhecsyfujkjdt'),
('nhfdvfnjkju123'), ('nhfkbdfkb'), ('nhfkzkz'), ('nhfnfnf'), ('nhfrnjh'), ('nhfrnjhbcn'), ('nhfycajhvths'),
('nhoj'), ('niagara'), ('niagra'), ('nian'), ('niang'), ('niao'), ('nibble'), ('nibbles'), ('nibiru'),
('niblet'), ('niblick'), ('nicaragu'), ('niccolo'), ('nice'), ('nice1'), ('niceass'), ('niceboy'), ('nicebutt'),
('niceday'), ('nicegirl'), ('niceguy'), ('nicelegs'), ('nicely'), ('niceone'), ('nicerack'), ('nicetits'),
('nicetry'), ('nichelle'), ('nichol'), ('nichol1'), ('nichola'), ('nicholas'), ('nicholas1'), ('nicholas9'),
('nichole'), ('nichols'), ('nick'), ('nick01'), ('nick11'), ('nick12'), ('nick123'), ('nick1234'),
('nick1234-rem936'), ('nickel'), ('nickels'), ('nickers'), ('nickey'), ('nicki'), ('nicki1'), ('nickie'),
('nicklas'), ('nicklaus'), ('nickle'), ('nickname'), ('nicknick'), ('nickolas'), ('nicks'), ('nicksfun'),
('nickster'), ('nicky'), ('nicky1'), ('nicnac'), ('nico'), ('nicol'), ('nicola'), ('nicola1'), ('nicolai'),
('nicolas'), ('nicolas1'), ('nicolas2'), ('nicole'), ('nicole0'), ('nicole01'), ('nicole1'), ('nicole11'),
('nicole12'), ('nicole123'), ('nicole18'), ('nicole2'), ('nicole23'), ('nicole3'), ('nicole69'), ('nicolett'),
('nicolette'), ('nicolle'), ('nicosia'), ('nicosnn'), ('nicotine'), ('nielsen'), ('nielson'), ('niemtel'),
('nietzsch'), ('nietzsche'), ('niewiem'), ('nifty'), ('nigel'), ('nigel1'), ('niger'), ('nigeria'), ('nigga'),
('nigga1'), ('niggas'), ('niggaz'), ('nigge'), ('nigger'), ('nigger1'), ('nigger123'), ('niggers'), ('night'),
('night1'), ('nightcra'), ('nightcrawler'), ('nightfal'), ('nightfall'), ('nighthaw'), ('nighthawk'),
('nightime'), ('nightman'), ('nightmar'), ('nightmare'), ('nightmare1'), ('nightowl'), ('nights'),
('nightshade'), ('nightwin'), ('nightwing'), ('nightwis'), ('nightwish'), ('nightwolf'), ('nihao123'),
('nihaoma'), ('nihongo'), ('nika'), ('nike'), ('nike1234'), ('nike23'), ('nikeair'), ('nikegolf'), ('nikey63'),
('nikhil'), ('niki'), ('nikifor'), ('nikit'), ('nikita'), ('nikita1'), ('nikita123'), ('nikita1998'),
('nikita2000'), ('nikita95'), ('nikita99'), ('nikitin'), ('nikitina'), ('nikitka'), ('nikitos'), ('nikki'),
('nikki1'), ('nikki123'), ('nikki2'), ('nikki69'), ('nikkie'), ('nikkii'), ('nikkis'), ('nikkita'), ('nikko'),
('nikko1'), ('niklas'), ('niko'), ('nikol'), ('nikola'), ('nikolaev'), ('nikolaeva'), ('nikolaevna'),
('nikolai'), ('nikolaj'), ('nikolas'), ('nikolaus'), ('nikolay'), ('nikolay9'), ('nikole'), ('nikon'),
('nikon1'), ('nikonf5'), ('nikopol'), ('nikos'), ('nikotin'), ('nikusha'), ('niles'), ('nilknarf'), ('nilrem'),
('nils'), ('nimajneb'), ('nimble'), ('nimbus'), ('nimda'), ('nimda2k'), ('nimitz'), ('nimrod'), ('nimrod1'),
('nina'), ('nina1'), ('nina123'), ('ninanina'), ('nine'), ('nine09'), ('nineball'), ('nineinch'), ('niner'),
('niners'), ('nineteen'), ('ninety'), ('ninety9'), ('ning'), ('ninguna'), ('ninja'), ('ninja1'), ('ninja123'),
('ninja2'), ('ninja9'), ('ninjaman'), ('ninjas'), ('ninjutsu'), ('nino'), ('nintend'), ('nintendo'),
('nintendo1'), ('nintendo64'), ('nipper'), ('nipple'), ('nipples'), ('nipples1'), ('nippon'), ('nirmal'),
('nirmala'), ('nirvan'), ('nirvana'), ('nirvana1'), ('nirvana9'), ('nissa'), ('nissan'), ('nissan1'),
('nissan350z'), ('nisse'), ('nissen'), ('nite'), ('nitehawk'), ('nitemare'), ('nitram'), ('nitrate'), ('nitro'),
('nitro1'), ('nitrogen'), ('nitros'), ('nitrous'), ('nitrox'), ('nitsua'), ('nitsuj'), ('nittany'), ('nitti'),
('nitwit'), ('niunia'), ('nivek'), ('nivram'), ('nixon'), ('nixon1'), ('nixons'), ('nizmo400r'), ('njdevils'),
('njhvjp'), ('njhyflj'), ('nji90okm'), ('njkcnsq'), ('njkmrjz'), ('njkmznnb'), ('njnets'), ('njnjirf'),
('njptya'), ('njqcw4'), ('njqjnf'), ('nn527hp'), ('nnagqx'), ('nnmaster'), ('nnnnn1'), ('nnnnnn1'), ('nnnnnnn1'),
('nnssnn'), ('noaccess'), ('noah'), ('nobby'), ('noble'), ('nobody'), ('nobody1'), ('nobull'), ('nobunaga'),
('nochance'), ('noclue'), ('nocode'), ('nocturne'), ('noddy'), ('nodnarb'), ('nodnol'), ('nodoubt'), ('nodrog'),
('noel'), ('noeli'), ('noelia'), ('noelle'), ('noentry'), ('nofags'), ('nofate'), ('nofear'), ('nofx'),
('nogard'), ('noggin'), ('nogood'), ('nohack04'), ('nohope'), ('noidea'), ('noir'), ('noise'), ('noisette'),
('nokia'), ('nokia1'), ('nokia12'), ('nokia123'), ('nokia1600'), ('nokia2700'), ('nokia3110'), ('nokia3230'),
('nokia3250'), ('nokia3310'), ('nokia5130'), ('nokia5200'), ('nokia5228'), ('nokia5230'), ('nokia5300'),
('nokia5310'), ('nokia5320'), ('nokia5530'), ('nokia5610'), ('nokia5700'), ('nokia5800'), ('nokia6120'),
('nokia6131'), ('nokia6230'), ('nokia6230i'), ('nokia6233'), ('nokia6300'), ('nokia6303'), ('nokia6500'),
('nokia6630'), ('nokia7070'), ('nokia7610'), ('nokia8800'), ('nokiaa'), ('nokiadermo'), ('nokiae51'), ('nokian'),
('nokian70'), ('nokian73'), ('nokian82'), ('nokian95'), ('nokias'), ('nokiax2'), ('nokids'), ('nola'), ('nolan'),
('nolan1'), ('noles'), ('noles1'), ('nolife'), ('nolimit'), ('nolimit5'), ('nolimit8'), ('nolimit9'),
('nolimits'), ('noller'), ('nollie'), ('nolose'), ('nolove'), ('nomad'), ('nomad1'), ('nomads'), ('nomames'),
('nomar'), ('nomar5'), ('nomarg'), ('nomercy'), ('nomi'), ('nomis'), ('nomoney'), ('nomore'), ('nona'),
('noname'), ('noname123'), ('noncapa0'), ('nondriversig'), ('none'), ('none1'), ('nonenone'), ('noneya'),
('nong'), ('nonmembe'), ('nonnahs'), ('nonnie'), ('nonrev'), ('nonrev67'), ('nonsense'), ('nonstop'), ('noob'),
('noodle'), ('noodle1'), ('noodles'), ('noodles1'), ('noof'), ('nookie'), ('noon'), ('noonan'), ('noone'),
('noonehackme'), ('nooner'), ('noonie'), ('nopasaran'), ('nopass'), ('nopasswo'), ('nopassword'), ('nope'),
('nora'), ('norbert'), ('norcal'), ('norcross'), ('nord'), ('nordic'), ('nordman'), ('noreaga'), ('noreen'),
('noremac'), ('norfolk'), ('norge'), ('noriko'), ('norm'), ('norma'), ('norma1'), ('normal'), ('normal1'),
('norman'), ('norman1'), ('normand'), ('normandy'), ('norris'), ('norseman'), ('norsemen'), ('nortel'),
('north'), ('north1'), ('northern'), ('northpole'), ('northside'), ('northsta'), ('northstar'), ('northwes'),
('norton'), ('norton1'), ('norwalk'), ('norway'), ('norwegen'), ('norwest'), ('norwich'), ('norwich1'),
('norwood'), ('nosaints'), ('nosaj'), ('nosbig'), ('nose'), ('noser'), ('nosferat'), ('nosferatu'), ('nosgoth'),
('noshit'), ('noskcaj'), ('nosleep'), ('nosliw'), ('nosmas'), ('nosnibor'), ('nosorog'), ('nospam'),
('nosredna'), ('nostra'), ('nostradamus'), ('nostromo'), ('not4me'), ('not4u2c'), ('not4u2no'), ('not4you'),
('notagain'), ('notch'), ('note'), ('note1234'), ('notebook'), ('notepad'), ('notes'), ('notgood'), ('nothanks'),
('nothere'), ('nothin'), ('nothing'), ('nothing0'), ('nothing1'), ('notice'), ('notime'), ('notlob'), ('notme'),
('notmine'), ('notnow'), ('notoriou'), ('notorious'), ('notredam'), ('notredame'), ('notrub'), ('nottingh'),
('nottingham'), ('nottoday'), ('notused'), ('notyou'), ('notyours'), ('nougat'), ('nounour'), ('nounours'),
('nouveau'), ('nouvelle'), ('nova'), ('novartis'), ('novass'), ('novastar'), ('novato'), ('novell'), ('novembe'),
('november'), ('november1'), ('novembre'), ('novgorod'), ('novice'), ('novifarm'), ('novikov'), ('novikova'),
('novosibirsk'), ('now'), ('now0new'), ('noway'), ('noway1'), ('noway123'), ('nowayman'), ('nowayout'),
('nowhere'), ('nowwowtg'), ('nozzle'), ('npyxr5'), ('nqdgxz'), ('nremtp'), ('nsnabh76'), ('nsync'), ('nt5d27'),
('nthk12345'), ('nthtvjr'), ('nthvbyfnjh'), ('nthvbyfnjh2'), ('ntktajy'), ('ntktdbpjh'), ('ntktdbpjh1994'),
('ntktgepbr'), ('nuaddn9561'), ('nuan'), ('nubian'), ('nuclear'), ('nude'), ('nudegirl'), ('nudelamb'),
('nudes'), ('nudge'), ('nudge1'), ('nudist'), ('nudity'), ('nufc'), ('nugent'), ('nugget'), ('nugget1'),
('nuggets'), ('nuggets1'), ('nuggett'), ('nujbhc'), ('nuke'), ('nukem'), ('nulife'), ('null'), ('numark'),
('numb'), ('number'), ('number1'), ('number10'), ('number2'), ('number20'), ('number3'), ('number5'),
('number6'), ('number7'), ('number8'), ('number9'), ('numberon'), ('numbers'), ('numbnuts'), ('numeric'),
('numlock'), ('numpty'), ('nunya'), ('nunzio'), ('nurbek'), ('nurbol'), ('nurgle'), ('nurgul'), ('nurich'),
('nurik'), ('nurjan'), ('nurlan'), ('nurse'), ('nurse1'), ('nursery'), ('nurses'), ('nursing'), ('nursultan'),
('nusrat'), ('nutcase'), ('nutella'), ('nutmeg'), ('nuts'), ('nutsac'), ('nutsack'), ('nutshell'), ('nutt'),
('nutter'), ('nuttertools'), ('nuttin'), ('nutty'), ('nutz'), ('nvidia'), ('nwo4life'), ('nx74205'),
('nygiants'), ('nyisles'), ('nyjets'), ('nyknicks'), ('nylon'), ('nylons'), ('nymets'), ('nymets1'), ('nymph'),
('nympho'), ('nyquist'), ('nyranger'), ('nytimes'), ('nyyankee'), ('nyyankees'), ('nyyanks'), ('nzceg251'),
('o123456'), ('o1l2e3g4'), ('o236nq'), ('o4izdmxu'), ('oakdale'), ('oaken'), ('oakland'), ('oakland1'),
('oakley'), ('oakridge'), ('oaktown'), ('oaktree'), ('oakville'), ('oakwood'), ('oasis'), ('oasis1'),
('oatmeal'), ('oaxaca'), ('obafgkm'), ('obelisk'), ('obelix'), ('oberon'), ('oberst'), ('obiwan'), ('object'),
('objects'), ('oblivion'), ('obninsk'), ('oboy'), ('obrien'), ('obscure'), ('observer'), ('obsessed'),
('obsessio'), ('obsession'), ('obsidian'), ('obsolete'), ('obvious'), ('obvious1'), ('oc247ngucz'), ('ocarina'),
('ocean'), ('ocean1'), ('ocean11'), ('oceane'), ('oceania'), ('oceanic'), ('oceano'), ('oceans'), ('oceans11'),
('ocelot'), ('oclock'), ('oconnor'), ('oct2888'), ('octagon'), ('octane'), ('octave'), ('octavia'), ('octavian'),
('octavio'), ('octavius'), ('octobe'), ('october'), ('october1'), ('october2'), ('october3'), ('october31'),
('october6'), ('october7'), ('october8'), ('octobre'), ('octopus'), ('octopuss'), ('oddball'), ('oddjob'),
('oddworld'), ('odelay'), ('odense'), ('odessa'), ('odette'), ('odgez8j3'), ('odie'), ('odin'), ('odinthor'),
('odonnell'), ('odt4p6sv8'), ('odysseus'), ('odyssey'), ('oedipus'), ('oemdlg'), ('ofclr278'), ('ofcourse'),
('ofelia'), ('offense'), ('offer'), ('office'), ('office1'), ('officer'), ('official'), ('offline'), ('offroad'),
('offset'), ('offshore'), ('offsprin'), ('offspring'), ('ogden'), ('oglala'), ('ogoshi'), ('ogre'), ('ohbaby'),
('ohboy'), ('ohio'), ('ohiost'), ('ohiostat'), ('ohiostate'), ('ohlala'), ('ohmy'), ('ohmygod'), ('ohotnik'),
('ohrana'), ('ohshit'), ('ohwell'), ('ohyeah'), ('ohyeah1'), ('ohyes'), ('oi812'), ('oicu812'), ('oilcan'),
('oilers'), ('oilers1'), ('oilman'), ('oink'), ('oinker'), ('oiseau'), ('ojp123456'), ('okay'), ('okaykk'),
('okidoki'), ('okie'), ('okinawa'), ('okk34125'), ('oklahoma'), ('oklick'), ('okmijn'), ('okmnji'), ('okocha'),
('oksana'), ('oksanka'), ('oktober'), ('oktober7'), ('ola123'), ('olaf'), ('olamide'), ('olav'),
('olcrackmaster'), ('oldblue'), ('oldboy'), ('olddog'), ('older'), ('oldfart'), ('oldfield'), ('oldgold'),
('oldguy'), ('oldham'), ('oldies'), ('oldman'), ('oldmans'), ('oldnavy'), ('oldno7'), ('oldone'), ('oldpussy'),
('olds'), ('olds442'), ('oldschoo'), ('oldschool'), ('oldskool'), ('oldsmobi'), ('oldsmobile'), ('oldspice'),
('oldtimer'), ('ole4ka'), ('oleander'), ('oleary'), ('oleaut32'), ('olechka'), ('oleg'), ('oleg123'),
('oleg1985'), ('oleg1994'), ('oleg1995'), ('oleg1996'), ('olegnaruto'), ('olemiss'), ('olemiss1'), ('olenka'),
('olesia'), ('olesica'), ('olesja'), ('olesya'), ('olga'), ('olga12'), ('olga123'), ('olga1234'), ('olga1976'),
('olga1979'), ('olga1991'), ('oligarh'), ('olimpia'), ('olin'), ('oliphant'), ('olive'), ('olive1'),
('oliveira'), ('oliveoil'), ('oliver'), ('oliver01'), ('oliver1'), ('oliver12'), ('oliver123'), ('oliver2'),
('oliver99'), ('olives'), ('olivetti'), ('olivi'), ('olivia'), ('olivia1'), ('olivier'), ('olivier1'), ('olli'),
('ollie'), ('ollie1'), ('ollieb'), ('olliedog'), ('ololo'), ('ololo123'), ('olorin'), ('olsen'), ('olson'),
('olsson'), ('olya'), ('olympia'), ('olympic'), ('olympics'), ('olympus'), ('omaha'), ('omalley'), ('omanko'),
('omar'), ('omar10'), ('omega'), ('omega1'), ('omega123'), ('omega13'), ('omega2'), ('omega3'), ('omega5'),
('omega7'), ('omega9'), ('omegaman'), ('omegared'), ('omegas'), ('omen'), ('omen666'), ('omerta'), ('omg123'),
('omgkremidia'), ('omglol'), ('omgwtf'), ('omgwtfbbq'), ('omicron'), ('omni'), ('omnibus'), ('omnislash'),
('omsairam'), ('omysut'), ('omytvc15'), ('once'), ('onclick'), ('one'), ('one23456'), ('one2one'), ('one4all'),
('oneday'), ('oneeye'), ('oneida'), ('oneil'), ('oneill'), ('onelife'), ('onelov'), ('onelove'), ('onelove1'),
('oneluv'), ('oneman'), ('onemore'), ('onepiece'), ('oneputt'), ('onering'), ('ones'), ('oneshot'), ('onetime'),
('oneton'), ('onetwo'), ('onetwo12'), ('onetwo3'), ('onetwo34'), ('onetwothree'), ('oneway'), ('onfire'),
('onimusha'), ('onion'), ('onions'), ('onizuka'), ('onkelz'), ('onlin'), ('online'), ('online1'), ('only'),
('only4me'), ('only4u'), ('onlygod'), ('onlylove'), ('onlyme'), ('onlyone'), ('onlyone1'), ('onlyone4'),
('onlyyou'), ('onme'), ('onslow'), ('onspeed'), ('ontario'), ('ontheoutside'), ('ontheroc'), ('ontherocks'),
('ontime'), ('onward'), ('onyx'), ('oohrah'), ('ooicu812'), ('oompah'), ('ooooo1'), ('oooooo1'), ('oooooo99'),
('ooooooo1'), ('oooppp'), ('oops'), ('oou812'), ('opal'), ('opaque'), ('opel'), ('opelagila'), ('opelastra'),
('opelgt'), ('open'), ('open1'), ('open12'), ('open123'), ('open1234'), ('open321'), ('open4me'), ('opendoor'),
('opened'), ('opening'), ('openit'), ('openme'), ('opennow'), ('openopen'), ('opensesa'), ('opensesame'),
('openup'), ('openwide'), ('opera'), ('operate'), ('operatio'), ('operation'), ('operator'), ('ophelia'),
('opiate'), ('opie'), ('opinion'), ('opium'), ('opopop11'), ('opossum'), ('optical'), ('optics'), ('optima'),
('optimist'), ('optimum'), ('optimus'), ('optimus1'), ('option'), ('optional'), ('options'), ('optiplex'),
('optiques'), ('optiquest'), ('opus'), ('opusone'), ('opusxx'), ('oqglh565'), ('oracle'), ('oral'), ('oralsex'),
('orang'), ('orange'), ('orange01'), ('orange1'), ('orange10'), ('orange11'), ('orange12'), ('orange2'),
('orange22'), ('orange3'), ('orange44'), ('orange6'), ('orange77'), ('orange8'), ('orange88'), ('orange9'),
('orange99'), ('oranges'), ('oranges1'), ('orbit'), ('orbita'), ('orbital'), ('orca'), ('orchard'), ('orchid'),
('orchids'), ('order'), ('oregano'), ('oregon'), ('oren'), ('orenburg'), ('oreo'), ('orestes'), ('organ'),
('organic'), ('organist'), ('organs'), ('orgasm'), ('orgasmic'), ('orgasms'), ('orgy'), ('oriana'), ('orient'),
('oriental'), ('oriflame'), ('origami'), ('origin'), ('original'), ('oriole'), ('orioles'), ('orioles1'),
('orion'), ('orion1'), ('orion123'), ('orion2'), ('orion3'), ('orion7'), ('orions'), ('orkiox.'), ('orland'),
('orlando'), ('orlando1'), ('orleans'), ('orlova'), ('ornw6d'), ('orochi'), ('orochimaru'), ('orosie1'),
('orphan'), ('orpheus'), ('ortega'), ('ortezza'), ('ortho'), ('orthodox'), ('orville'), ('orwell'), ('osaka'),
('osama'), ('osasuna'), ('osborn'), ('osborne'), ('osbourne'), ('osca'), ('oscar'), ('oscar1'), ('oscar123'),
('oscar2'), ('oscardog'), ('oscarr'), ('oscars'), ('osceola'), ('osgood'), ('oshkosh'), ('osipov'), ('osipova'),
('osiri'), ('osiris'), ('osirus'), ('osito'), ('oskar'), ('oskar123'), ('oslo'), ('osprey'), ('ostrich'),
('ostrov'), ('ostsee'), ('osvaldo'), ('oswald'), ('oswego'), ('otello'), ('othello'), ('othello1'), ('other'),
('other1'), ('others'), ('otherside'), ('otis'), ('ottawa'), ('otter'), ('otter1'), ('otters'), ('otto'),
('ottom'), ('ottoman'), ('ou812'), ('ou8122'), ('ou8123'), ('ou81234'), ('ou812345'), ('ou8124me'), ('ou81269'),
('ou812a'), ('ou812ic'), ('ouachita'), ('ouch'), ('ousooner'), ('oussama'), ('out3xf'), ('outback'),
('outbound'), ('outbreak'), ('outcast'), ('outdoor'), ('outdoors'), ('outhouse'), ('outkast'), ('outkast1'),
('outland'), ('outlaw'), ('outlaw1'), ('outlaws'), ('outlawz'), ('outlet'), ('outlook'), ('outpost'),
('outrider'), ('outside'), ('outside1'), ('outsider'), ('ov3ajy'), ('ovaltine'), ('ovation'), ('oven'), ('over'),
('overcome'), ('overdose'), ('overdriv'), ('overflow'), ('overkill'), ('overland'), ('overload'), ('overlook'),
('overlord'), ('overmars'), ('override'), ('overseas'), ('overtime'), ('overton'), ('overture'), ('ow8jtcs8t'),
('owen'), ('owen10'), ('owen11'), ('owens'), ('ownage'), ('ownage123'), ('owned'), ('owner'), ('owns'),
('ownsu'), ('ownz'), ('ownzyou'), ('ox3ford'), ('oxcart'), ('oxford'), ('oxnard'), ('oxygen'), ('oxymoron'),
('oyster'), ('ozarks'), ('ozlq6qwm'), ('ozone'), ('ozone1'), ('ozwald'), ('ozzie'), ('ozzie1'), ('ozzman'),
('ozzmosis'), ('ozzy'), ('ozzy666'), ('ozzyman'), ('p0015123'), ('p00kie'), ('p030710p$e4o'), ('p0o9i8'),
('p0o9i8u7'), ('p0o9i8u7y6'), ('p12345'), ('p123456'), ('p1234567'), ('p1nkb178'), ('p2ssw0rd'), ('p3e85tr'),
('p3nnywiz'), ('p3orion'), ('p3wqaw'), ('p455w0rd'), ('p4ss'), ('p4ssw0rd'), ('p4ssword'), ('p@ssw0r'),
('p@ssw0rd'), ('pa$$w0rd'), ('pa437tu'), ('pa55w0rd'), ('pa55wd'), ('pa55word'), ('pabl'), ('pablit'),
('pablito'), ('pablo'), ('pablo1'), ('pablo123'), ('pablos'), ('pabst'), ('pace'), ('pacer'), ('pacers'),
('pachanga'), ('pacheco'), ('pacific'), ('pacific1'), ('pacifica'), ('pacifico'), ('pacino'), ('pack'),
('package'), ('packages'), ('packard'), ('packard1'), ('packer'), ('packer1'), ('packer4'), ('packers'),
('packers1'), ('packers2'), ('packers4'), ('packet'), ('packing'), ('packman'), ('packrat'), ('pacman'),
('paco'), ('padawan'), ('paddle'), ('paddler'), ('paddy'), ('paddy1'), ('padilla'), ('padlock'), ('padova'),
('padre'), ('padres'), ('padrino'), ('pagan'), ('paganini'), ('pagans'), ('page'), ('pagedown'), ('pager'),
('pages'), ('pageup'), ('pagoda'), ('paid'), ('paige'), ('paige1'), ('paigow'), ('pain'), ('pain4me'),
('painful'), ('painkill'), ('painkiller'), ('painless'), ('paint'), ('paint1'), ('paintbal'), ('paintball'),
('paintball1'), ('painted'), ('painter'), ('painter1'), ('painters'), ('painting'), ('paints'), ('paisley'),
('paiste'), ('pajaro'), ('pajero'), ('pakalolo'), ('paki'), ('pakista'), ('pakistan'), ('pakistan1'),
('pakistani'), ('palace'), ('palace1'), ('palace22'), ('palacio'), ('palacios'), ('paladin'), ('paladin1'),
('paladine'), ('palamino'), ('palani'), ('palantir'), ('paleale'), ('palenque'), ('palermo'), ('palermo1'),
('palestine'), ('palevo'), ('palito'), ('palladin'), ('palladio'), ('palladium'), ('pallas'), ('palle'),
('pallet'), ('pallina'), ('pallino'), ('pallmall'), ('palm'), ('palmeira'), ('palmeiras'), ('palmer'),
('palmer1'), ('palmetto'), ('palmtree'), ('paloalt'), ('paloalto'), ('palom'), ('paloma'), ('palomino'),
('palpatin'), ('pamel'), ('pamela'), ('pamela1'), ('pammy'), ('pampa'), ('pampers'), ('pamplona'), ('pana'),
('panacea'), ('panache'), ('panam'), ('panama'), ('panama1'), ('panasoni'), ('panasonic'), ('panasonik'),
('panatha'), ('pancake'), ('pancake1'), ('pancakes'), ('panchito'), ('pancho'), ('pancreas'), ('panda'),
('panda1'), ('panda123'), ('pandabear'), ('pandas'), ('pandemonium'), ('pander'), ('pandor'), ('pandora'),
('pandora1'), ('pandora2'), ('pandoras'), ('pang'), ('pangaea'), ('panget'), ('pangit'), ('pangolin'),
('panhead'), ('panic'), ('panic1'), ('pankaj'), ('panman'), ('panocha'), ('panorama'), ('pansy'), ('pantat'),
('panter'), ('pantera'), ('pantera1'), ('pantera2'), ('pantera6'), ('panthe'), ('panther'), ('panther1'),
('panther2'), ('panther5'), ('panther6'), ('panther7'), ('panther8'), ('panther9'), ('panthera'), ('panthers'),
('panthers1'), ('pantie'), ('panties'), ('panties1'), ('panties2'), ('pantry'), ('pants'), ('pants1'),
('pantss'), ('panty'), ('pantyhos'), ('pantyhose'), ('pantyman'), ('panzer'), ('panzer1'), ('paol'), ('paola'),
('paolino'), ('paolit'), ('paolo'), ('paolo1'), ('papa12'), ('papa123'), ('papabear'), ('papageno'),
('papamama'), ('paparoach'), ('papas'), ('papasmur'), ('papasmurf'), ('papaya'), ('paper'), ('paper1'),
('paper123'), ('paperboy'), ('papercli'), ('paperclip'), ('papercut'), ('paperino'), ('paperman'), ('papero'),
('papers'), ('papi'), ('papichul'), ('papichulo'), ('papier'), ('papillon'), ('papirus'), ('papit'), ('papito'),
('papo'), ('papote'), ('pappa'), ('pappas'), ('pappnase'), ('pappy'), ('pappy1'), ('paprika'), ('papyrus'),
('paquito'), ('para'), ('parabola'), ('parachut'), ('parachute'), ('parade'), ('paradigm'), ('paradis'),
('paradise'), ('paradiso'), ('paradoks'), ('paradox'), ('paradoxx'), ('paragon'), ('paragon1'), ('paraguay'),
('paraiso'), ('paraklast1974'), ('parallax'), ('parallel'), ('paramedi'), ('paramedic'), ('paramon'),
('paramore'), ('paramoun'), ('paramount'), ('paranoia'), ('paranoid'), ('paranoya'), ('parapet'), ('parasha'),
('parasite'), ('paravoz'), ('parazit'), ('parcel'), ('parcells'), ('pardon'), ('paredes'), ('parent'),
('parents'), ('parfilev'), ('pargolf'), ('pariah'), ('paris'), ('paris1'), ('paris123'), ('paris75'), ('parish'),
('parisi'), ('parisien'), ('pariss'), ('park'), ('parkave'), ('parke'), ('parker'), ('parker01'), ('parker1'),
('parker12'), ('parkhead'), ('parking'), ('parkland'), ('parkour'), ('parks'), ('parkside'), ('parkur'),
('parkview'), ('parkway'), ('parlament'), ('parlay'), ('parliame'), ('parliament'), ('parma'), ('parman'),
('parol'), ('parol1'), ('parol123'), ('parol12345'), ('parol999'), ('parola'), ('parola12'), ('parolamea'),
('parole'), ('paroli'), ('paroll'), ('parolparol'), ('parool'), ('parovoz'), ('parris'), ('parrish'), ('parrot'),
('parrothe'), ('parsifal'), ('parsley'), ('parsnip'), ('parson'), ('parsons'), ('part'), ('partagas'),
('particle'), ('parties'), ('partizan'), ('partner'), ('partner1'), ('partners'), ('parton'), ('partridg'),
('parts'), ('party'), ('party01'), ('party1'), ('partyboy'), ('partyman'), ('partyon'), ('partys'), ('partytim'),
('parviz'), ('pasadena'), ('pasca'), ('pascal'), ('pascal1'), ('pascale'), ('pascha'), ('pascual'), ('pasha'),
('pasha1'), ('pasha123'), ('pashka'), ('pasion'), ('paska'), ('pasport'), ('pasquale'), ('pass'), ('pass01'),
('pass1'), ('pass10'), ('pass11'), ('pass111'), ('pass12'), ('pass123'), ('pass1234'), ('pass1821'),
('pass1wor'), ('pass1word'), ('pass2'), ('pass2012'), ('pass22'), ('pass23'), ('pass28'), ('pass3s'), ('pass69'),
('pass88'), ('pass99'), ('pass999'), ('passage'), ('passat'), ('passat99'), ('passcode'), ('passe'), ('passed'),
('passer'), ('passes'), ('passfan'), ('passfind'), ('passin'), ('passing'), ('passio'), ('passion'),
('passion1'), ('passions'), ('passit'), ('passive'), ('passking'), ('passman'), ('passmast'), ('passmaster'),
('passme'), ('passord'), ('passout'), ('passover'), ('passpage'), ('passpass'), ('passport'), ('passss'),
('passssap'), ('passsword'), ('passthie'), ('passthief'), ('passtrader'), ('passw'), ('passw0r'), ('passw0rd'),
('passw0rd1'), ('passward'), ('passwd'), ('passwd1'), ('passwerd'), ('passwo'), ('passwo1'), ('passwor'),
('passwor1'), ('password'), ('password!'), ('password0'), ('password00'), ('password01'), ('password1'),
('password10'), ('password11'), ('password12'), ('password123'), ('password1234'), ('password13'), ('password2'),
('password21'), ('password22'), ('password23'), ('password3'), ('password4'), ('password5'), ('password6'),
('password69'), ('password7'), ('password8'), ('password88'), ('password9'), ('password99'), ('passwordassword'),
('passwordd'), ('passwordpassword'), ('passwords'), ('passwordstandard'), ('passwort'), ('passwort1'),
('passwrd'), ('passwurd'), ('past'), ('pasta'), ('pasta1'), ('pastas'), ('paste'), ('pastel'), ('pastor'),
('pastry'), ('pasture'), ('paswoord'), ('pasword'), ('pasword1'), ('patagoni'), ('patat'), ('patata'),
('patate'), ('patatina'), ('patch'), ('patch1'), ('patch123'), ('patche'), ('patches'), ('patches1'),
('patches2'), ('patchy'), ('patel'), ('patent'), ('pater'), ('paterson'), ('path'), ('path13'), ('pathetic'),
('pathfind'), ('pathfinder'), ('patience'), ('patient'), ('patino'), ('patit'), ('patito'), ('patman'), ('pato'),
('patric'), ('patric1'), ('patrice'), ('patrici'), ('patricia'), ('patricia1'), ('patricio'), ('patrick'),
('patrick0'), ('patrick1'), ('patrick2'), ('patrick3'), ('patrick4'), ('patrick5'), ('patrick7'), ('patrick8'),
('patrick9'), ('patricks'), ('patrik'), ('patriot'), ('patriot1'), ('patriots'), ('patriots1'), ('patrizia'),
('patrol'), ('patron'), ('patrycja'), ('patryk'), ('pats'), ('patsy'), ('patt'), ('pattaya'), ('patten'),
('patter'), ('pattern'), ('patterso'), ('patti'), ('patti1'), ('pattie'), ('patton'), ('patton1'), ('patty'),
('patty1'), ('paul'), ('paul01'), ('paul04'), ('paul1'), ('paul10'), ('paul11'), ('paul12'), ('paul123'),
('paul1234'), ('paul99'), ('paula'), ('paula1'), ('paula123'), ('paulaner'), ('paulchen'), ('paule'),
('paulette'), ('pauley'), ('pauli'), ('paulie'), ('paulin'), ('paulina'), ('paulina1'), ('pauline'),
('pauline1'), ('paulinka'), ('paulita'), ('pauljr'), ('paully'), ('paulo'), ('paulpaul'), ('paulus'), ('pauly'),
('pause'), ('pavel'), ('pavel1'), ('pavel123'), ('pavell'), ('pavement'), ('pavilion'), ('pavlenko'), ('pavlik'),
('pavlin'), ('pavlov'), ('pavlova'), ('pavlusha'), ('pawel1'), ('pawelek'), ('pawnee'), ('paws'), ('paxton'),
('payback'), ('paycheck'), ('paycheck1'), ('payday'), ('payless'), ('payment'), ('payne'), ('paypal'),
('payroll'), ('payton'), ('payton34'), ('pazzword'), ('pbyfblf'), ('pcgamer'), ('pchealth'), ('pcitra'),
('pcmcia'), ('pd25'), ('pdiddy'), ('pdtplf'), ('pdtpljxrf'), ('peabody'), ('peace'), ('peace1'), ('peace123'),
('peace2'), ('peaceful'), ('peacemaker'), ('peaceout'), ('peaces'), ('peach'), ('peach1'), ('peache'),
('peaches'), ('peaches1'), ('peaches2'), ('peaches3'), ('peachfuz'), ('peachy'), ('peacock'), ('peacock1'),
('peanu'), ('peanut'), ('peanut1'), ('peanut11'), ('peanut12'), ('peanutbu'), ('peanutbutter'), ('peanuts'),
('peanuts1'), ('peapod'), ('pear'), ('pearce'), ('pearl'), ('pearl1'), ('pearljam'), ('pearls'), ('pearly'),
('pearson'), ('peartree'), ('peavey'), ('pebble'), ('pebbles'), ('pebbles1'), ('pebbles2'), ('pecan'), ('peck'),
('pecker'), ('pecos'), ('pedal'), ('peddler'), ('pederast'), ('pedersen'), ('pedigree'), ('pedr'), ('pedrito'),
('pedro'), ('pedro1'), ('pedro123'), ('pedros'), ('peedee'), ('peeing'), ('peejay'), ('peek'), ('peekab00'),
('peekaboo'), ('peeker'), ('peeler'), ('peep'), ('peeper'), ('peepers'), ('peepshow'), ('peerless'), ('peewee'),
('peewee1'), ('peewee51'), ('pegas'), ('pegase'), ('pegaso'), ('pegasus'), ('pegasus1'), ('peggie'), ('peggy'),
('peggy1'), ('peggy12'), ('peggys'), ('peggysue'), ('pegleg'), ('peking'), ('pelado'), ('pele10'), ('pelham'),
('pelican'), ('pelican1'), ('pelikan'), ('pelle'), ('pelmen'), ('pelon'), ('pelosa'), ('pelota'), ('peluch'),
('peluche'), ('peludo'), ('pelus'), ('pelusa'), ('pelvis'), ('pembroke'), ('penal'), ('penalty'), ('penchair'),
('pencil'), ('pencil1'), ('pencils'), ('pendej'), ('pendejo'), ('pender'), ('pendrago'), ('pendragon'),
('pendulum'), ('pene'), ('penelopa'), ('penelope'), ('penetrating'), ('penetration'), ('penfloor'), ('penfold'),
('peng'), ('pengui'), ('penguin'), ('penguin1'), ('penguin6'), ('penguin8'), ('penguins'), ('penhorse'),
('peni'), ('penile'), ('penis'), ('penis1'), ('penis123'), ('peniss'), ('penman'), ('penmouse'), ('penn'),
('penner'), ('penney'), ('pennie'), ('pennies'), ('pennst'), ('pennstat'), ('pennstate'), ('penny'), ('penny1'),
('penny123'), ('penny2'), ('pennydog'), ('pennys'), ('pennywis'), ('pennywise'), ('penpal'), ('penquin'),
('pens'), ('pens66'), ('pensacol'), ('pensacola'), ('pension'), ('penske'), ('pentable'), ('pentagon'),
('pentagram'), ('pentax'), ('penthous'), ('penthouse'), ('pentium'), ('pentium1'), ('pentium2'), ('pentium3'),
('pentium4'), ('penwindo'), ('peopl'), ('people'), ('people1'), ('peoples'), ('peoria'), ('pepino'), ('pepit'),
('pepita'), ('pepito'), ('pepluv'), ('pepote'), ('peppe'), ('pepper'), ('pepper01'), ('pepper1'), ('pepper11'),
('pepper12'), ('pepper123'), ('pepper14'), ('pepper2'), ('pepper76'), ('peppermint'), ('pepperon'),
('pepperoni'), ('peppers'), ('peppie'), ('peppino'), ('peppy'), ('pepsi'), ('pepsi1'), ('pepsi12'), ('pepsi123'),
('pepsi2'), ('pepsico'), ('pepsicol'), ('pepsicola'), ('pepsiman'), ('pepsimax'), ('pepsione'), ('pepsis'),
('peralta'), ('percent'), ('perch'), ('percival'), ('percussi'), ('percussion'), ('percy'), ('percy1'),
('peregrin'), ('pereira'), ('peresvet'), ('perez'), ('perfect'), ('perfect1'), ('perfection'), ('perfecto'),
('performa'), ('performance'), ('performing'), ('perfume'), ('pericles'), ('perico'), ('perils'), ('period'),
('perkele'), ('perkin'), ('perkins'), ('perkman'), ('perky'), ('permanent'), ('permit'), ('pernell'),
('pernilla'), ('pernille'), ('perr'), ('perrier'), ('perrin'), ('perrine'), ('perrit'), ('perrito'), ('perro'),
('perron'), ('perros'), ('perry'), ('perry1'), ('perrys'), ('persepho'), ('perseus'), ('pershing'), ('persia'),
('persian'), ('persik'), ('persist'), ('person'), ('persona'), ('persona1'), ('personal'), ('perth'),
('pertinant'), ('peruan'), ('perv'), ('pervasive'), ('pervert'), ('pervert1'), ('perverts'), ('pescado'),
('pescator'), ('pest'), ('petal'), ('pete'), ('pete14'), ('peter'), ('peter01'), ('peter1'), ('peter11'),
('peter12'), ('peter123'), ('peter2'), ('peter22'), ('peter3'), ('peter5'), ('peter69'), ('peter7'), ('petera'),
('peterb'), ('peterbil'), ('peterbilt'), ('peterburg'), ('peterc'), ('peterd'), ('peterg'), ('peterj'),
('peterk'), ('peterm'), ('peterman'), ('peternor'), ('peternorth'), ('peterose'), ('peterp'), ('peterpan'),
('peters'), ('petersen'), ('peterson'), ('petert'), ('petey'), ('petey1'), ('petit'), ('petite'), ('petr'),
('petra'), ('petra1'), ('petrie'), ('petrik'), ('petro'), ('petrol'), ('petros'), ('petrov'), ('petrova'),
('petrovich'), ('petrovna'), ('petruha'), ('petrus'), ('petrushka'), ('petshop'), ('petter'), ('petticoa'),
('petty'), ('petty43'), ('petunia'), ('peugeo'), ('peugeot'), ('peugeot406'), ('pewter'), ('peyote'), ('peyton'),
('peyton18'), ('pfchfyrf'), ('pfchfytw'), ('pfeffer'), ('pfeiffer'), ('pfhbyf'), ('pfhfnecnhf'), ('pfhfpf'),
('pfizer'), ('pfkegf'), ('pflhjn'), ('pfloyd'), ('pflybwf'), ('pfqwtd27121988'), ('pfqxbr'), ('pfqxjyjr'),
('pfqxtyjr'), ('pfuflrf'), ('pfunk'), ('pgszt6md'), ('ph0enix'), ('phaedra'), ('phaedrus'), ('phalanx'),
('phantasm'), ('phantasy'), ('phanto'), ('phantom'), ('phantom0'), ('phantom1'), ('phantom2'), ('phantom3'),
('phantom4'), ('phantom7'), ('phantoms'), ('pharao'), ('pharaoh'), ('pharaon'), ('pharma'), ('pharmacy'),
('pharmd'), ('pharoah'), ('pharoh'), ('phase'), ('phase1'), ('phase2'), ('phaser'), ('phat'), ('phatass'),
('phatazz'), ('phatboy'), ('phatfarm'), ('phatty'), ('pheasant'), ('phelge'), ('phelps'), ('phenix'),
('phenmarr'), ('phenom'), ('pheobe'), ('pheonix'), ('pheonix1'), ('phezc419hv'), ('phialpha'), ('phidelt'),
('phigam'), ('phikap'), ('phil'), ('phil413'), ('philadel'), ('philadelphia'), ('philbert'), ('philemon'),
('phili'), ('philip'), ('philip1'), ('philipp'), ('philippe'), ('philippines'), ('philips'), ('philips1'),
('phill'), ('phillesh'), ('philli'), ('phillies'), ('phillip'), ('phillip1'), ('phillips'), ('philly'),
('philly1'), ('philmont'), ('philo'), ('philos'), ('philosophy'), ('philou'), ('phineas'), ('phinupi'),
('phipps'), ('phipsi'), ('phish'), ('phish1'), ('phish123'), ('phish420'), ('phishin'), ('phishing'), ('phishy'),
('phisig'), ('phitau'), ('phlegm'), ('phobia'), ('phobos'), ('phoebe'), ('phoebus'), ('phoeni'), ('phoenix'),
('phoenix0'), ('phoenix1'), ('phoenix2'), ('phoenix3'), ('phoenix5'), ('phoenix6'), ('phoenix7'), ('phoenix8'),
('phoenix9'), ('phone'), ('phone1'), ('phoneman'), ('phones'), ('phooey'), ('photo'), ('photo1'), ('photoes'),
('photog'), ('photogra'), ('photoman'), ('photon'), ('photos'), ('photosho'), ('photoshop'), ('photowiz'),
('phpbb'), ('phrases'), ('phreak'), ('phred'), ('phuket'), ('phunky'), ('phuong'), ('phydeaux'), ('phyllis'),
('physic'), ('physical'), ('physics'), ('pi3141'), ('pi31415'), ('pi314159'), ('piaggio'), ('pian'), ('pianino'),
('piano'), ('piano1'), ('pianoman'), ('pianos'), ('piao'), ('piazza'), ('piazza31'), ('pibzk431'), ('pic''s'),
('pica'), ('picabo'), ('picard'), ('picard1'), ('picaso'), ('picass'), ('picasso'), ('picasso1'), ('piccolo'),
('piccolo1'), ('picher'), ('pichon'), ('pick'), ('pickel'), ('pickens'), ('picker'), ('picket'), ('pickett'),
('pickl'), ('pickle'), ('pickle1'), ('pickles'), ('pickles1'), ('picks'), ('pickup'), ('pickwick'), ('picnic'),
('pico'), ('picolo'), ('pics'), ('pictere'), ('pictuers'), ('picture'), ('picture1'), ('pictures'), ('picturs'),
('pidaras'), ('piddle'), ('pidoras'), ('pie123'), ('pieces'), ('piedmont'), ('piehonkii'), ('pieman'),
('pierce'), ('pierced'), ('piercing'), ('piero'), ('pierr'), ('pierre'), ('pierre1'), ('pierrot'), ('pies'),
('piesek'), ('piet'), ('pieter'), ('pietje'), ('pietro'), ('pifagor'), ('piffle'), ('pigboy'), ('pigdog'),
('pigeon'), ('piggie'), ('piggies'), ('piggy'), ('piggy1'), ('piggys'), ('piglet'), ('piglet1'), ('piglets'),
('piglett'), ('pigman'), ('pigpen'), ('pigs'), ('pigtails'), ('pika'), ('pikach'), ('pikachu'), ('pikachu1'),
('pikapp'), ('pike'), ('pikey13'), ('piknik'), ('pilar'), ('pilatus'), ('pilchard'), ('piledriv'), ('pilgrim'),
('pilgrims'), ('piligrim'), ('pilipenko'), ('pill'), ('pillage'), ('pillar'), ('pillow'), ('pillow1'), ('pills'),
('pilot'), ('pilot1'), ('pilot123'), ('pilote'), ('piloto'), ('pilots'), ('pilsbury'), ('pilsner'), ('pilsung'),
('pimaou'), ('pimmel'), ('pimp'), ('pimp1'), ('pimp13'), ('pimp69'), ('pimpdad'), ('pimpdadd'), ('pimpdaddy'),
('pimpdady'), ('pimpdogg'), ('pimper'), ('pimphard'), ('pimpi'), ('pimpin'), ('pimpin1'), ('pimpin69'),
('pimping'), ('pimpit'), ('pimpjuic'), ('pimpjuice'), ('pimple'), ('pimpman'), ('pimps'), ('pimpshit'),
('pimpsta'), ('pimpster'), ('pina'), ('pinarell'), ('pinball'), ('pinch'), ('pinche'), ('pincher'), ('pine'),
('pineappl'), ('pineapple'), ('pineapple1'), ('pinecone'), ('pineda'), ('pinetree'), ('pinewood'), ('ping'),
('pinga'), ('pingeye2'), ('pinggolf'), ('pingi3'), ('pingpong'), ('pingu'), ('pinguin'), ('pinguino'),
('pingvin'), ('pingzing'), ('pinhead'), ('pink'), ('pink1'), ('pink123'), ('pinker'), ('pinkerto'), ('pinkey'),
('pinkfl'), ('pinkfloy'), ('pinkfloyd'), ('pinkie'), ('pinklady'), ('pinkpant'), ('pinkpuss'), ('pinkpussy'),
('pinky'), ('pinky1'), ('pinky123'), ('pinky2'), ('pinkys'), ('pinkyy'), ('pinnacle'), ('pinner'), ('pino'),
('pinocchio'), ('pinokio'), ('pinoy'), ('pinoyako'), ('pinpon'), ('pintail'), ('pinto'), ('pinto1'), ('pioli'),
('piolin'), ('pionee'), ('pioneer'), ('pioneer1'), ('pioneers'), ('pioner'), ('pionex'), ('piotr'), ('piotrek'),
('pipe'), ('pipeline'), ('pipeman'), ('piper'), ('piper1'), ('piper2'), ('pipers'), ('pipes'), ('pipetka'),
('pipeutvj'), ('pipiska'), ('pipo'), ('pippa'), ('pippa1'), ('pippen'), ('pippen33'), ('pipper'), ('pippin'),
('pippo'), ('pippo1'), ('pippolo'), ('pippone'), ('piramid'), ('piramida'), ('piramide'), ('piranha'), ('pirat'),
('pirata'), ('pirate'), ('pirate1'), ('pirates'), ('pirates1'), ('pirelli'), ('piroca'), ('pirrello'),
('pisces'), ('piss'), ('pissant'), ('pissed'), ('pisser'), ('pissing'), ('pissoff'), ('pissword'), ('pistache'),
('pistol'), ('pistol1'), ('pistola'), ('pistols'), ('piston'), ('pistons'), ('pistons1'), ('pita'), ('pitboss'),
('pitbul'), ('pitbull'), ('pitbull1'), ('pitbulls'), ('pitch'), ('pitcher'), ('pitcher1'), ('pitchers'),
('piter'), ('pitman'), ('pitmans4'), ('pitstop'), ('pitt'), ('pittbull'), ('pitter'), ('pittman'), ('pitts'),
('pittsbur'), ('pittsburgh'), ('pitufo'), ('pitures'), ('pivkoo'), ('pivo'), ('pixel'), ('pixels'), ('pixie'),
('pixie1'), ('pixies'), ('pizarro'), ('pizda'), ('pizdec'), ('pizdets'), ('pizza'), ('pizza1'), ('pizza123'),
('pizza2'), ('pizzaa'), ('pizzaboy'), ('pizzahut'), ('pizzaman'), ('pizzapie'), ('pizzas'), ('pizzle'),
('pjcgujrat'), ('pjflkork'), ('pjkeirf'), ('pjkjnj'), ('pjkmabhz'), ('pktmxr'), ('pkunzip'), ('pkxe62'),
('place'), ('placebo'), ('places'), ('placid'), ('plague'), ('plain'), ('plaisir'), ('plan'), ('plane'),
('planes'), ('planet'), ('planet1'), ('planeta'), ('planets'), ('planetx'), ('plankton'), ('planner'),
('planning'), ('planot'), ('plant'), ('plant1'), ('planters'), ('plants'), ('plasma'), ('plaster'), ('plastic'),
('plastic1'), ('plasticp'), ('plastics'), ('plastik'), ('plat1num'), ('plate'), ('plates'), ('platform'),
('platin'), ('platina'), ('platini'), ('platinu'), ('platinum'), ('platinum1'), ('plato'), ('plato1'),
('plato2'), ('platon'), ('platonic'), ('platoon'), ('platter'), ('platypus'), ('play'), ('play123'),
('play2win'), ('playa'), ('playa1'), ('playas'), ('playaz'), ('playball'), ('playbo'), ('playboy'), ('playboy1'),
('playboy2'), ('playboy3'), ('playboy6'), ('playboys'), ('playe'), ('player'), ('player1'), ('player21'),
('player69'), ('players'), ('playful'), ('playgirl'), ('playgolf'), ('playgrou'), ('playground'), ('playhard'),
('playhouse'), ('playing'), ('playmate'), ('playme'), ('playoffs'), ('playstat'), ('playstatio'),
('playstation'), ('playstation2'), ('playstation3'), ('playtime'), ('plaza'), ('plazma'), ('pleas'),
('pleasant'), ('please'), ('please1'), ('please12'), ('pleaseme'), ('pleaser'), ('pleasure'), ('pledge'),
('plenty'), ('pleomax'), ('plethora'), ('plhfdcndeq'), ('plhy6hql'), ('pljhjdmt'), ('plmokn'), ('plokij'),
('plokiju'), ('plokijuh'), ('plonker'), ('plop'), ('ploppy'), ('plover'), ('plowboy'), ('pluck'), ('plucky'),
('plug'), ('plugger'), ('plum'), ('plumb'), ('plumber'), ('plumber1'), ('plumbing'), ('plummer'), ('plump'),
('plumper'), ('plumpy'), ('plus'), ('plushka'), ('pluto'), ('pluto1'), ('pluton'), ('plutoniu'), ('plymouth'),
('plywood'), ('pm209mt'), ('pmdmscts'), ('pmdmsctsk'), ('pmedic'), ('pmtgjnbl'), ('pn5jvw'), ('pngfilt'),
('pnp0c08'), ('poacher'), ('pobeda'), ('pochta'), ('pocket'), ('pockets'), ('pocono'), ('pocus'), ('podaria'),
('podarok'), ('podiatry'), ('podruga'), ('podstava'), ('podvinsev'), ('poekie'), ('poes'), ('poesje'), ('poet'),
('poetic'), ('poetry'), ('poets'), ('pogiako'), ('pogo'), ('pogoda'), ('pogosyan'), ('poi098'), ('poi123'),
('poidog'), ('poilkj'), ('point'), ('point1'), ('pointblank'), ('pointbreak'), ('pointe'), ('pointer'),
('pointers'), ('pointman'), ('points'), ('poiqwe'), ('poirot'), ('poise'), ('poison'), ('poison1'), ('poisson'),
('poiu0987'), ('poiu123'), ('poiu1234'), ('poiulkjh'), ('poiuyt1'), ('poke'), ('pokemo'), ('pokemon'),
('pokemon00'), ('pokemon1'), ('pokemon12'), ('pokemon123'), ('pokemon2'), ('pokemons'), ('poker'), ('poker0'),
('poker1'), ('poker123'), ('poker2'), ('pokerface'), ('pokerman'), ('pokers'), ('pokesmot'), ('pokey'),
('pokey1'), ('pokie'), ('pokus'), ('pol123'), ('pol123456'), ('polanco'), ('poland'), ('polar'), ('polarbea'),
('polarbear'), ('polaris'), ('polaris1'), ('polaroid'), ('pole'), ('polecat'), ('polgara'), ('poli'), ('poli10'),
('polic'), ('police'), ('police1'), ('police22'), ('policema'), ('policeman'), ('policia'), ('policy'),
('poligon'), ('polimer'), ('polin'), ('polina'), ('polinka'), ('polis'), ('polish'), ('politic'), ('politics'),
('politika'), ('polito'), ('polizei'), ('polka'), ('polka1'), ('polkadot'), ('polkan'), ('polkaudi'),
('polkaudio'), ('polkilo'), ('polkmn'), ('poll'), ('polla'), ('pollard'), ('pollen'), ('pollit'), ('pollito'),
('pollo'), ('pollock'), ('pollux'), ('polly'), ('polly1'), ('polly123'), ('pollys'), ('polniypizdec0211'),
('polniypizdec1102'), ('polniypizdec110211'), ('polo'), ('polo12'), ('polo123'), ('polo1234'), ('polo99'),
('polock'), ('pololo'), ('polonia'), ('polopo'), ('polopol'), ('polopolo'), ('polopolo09'), ('polska'),
('polska1'), ('poltava'), ('poly'), ('polyakova'), ('polygon'), ('polymer'), ('pomidor'), ('pomme'), ('pommes'),
('pomona'), ('pompano'), ('pompey'), ('pompier'), ('pompon'), ('pon32029'), ('ponce'), ('ponch'), ('ponchik'),
('poncho'), ('pond'), ('ponder'), ('pondscum'), ('pondus'), ('pong'), ('pongo'), ('pongo1'), ('ponies'),
('pontia'), ('pontiac'), ('pontiac1'), ('pontoon'), ('pony'), ('pony76'), ('ponyboy'), ('ponytail'), ('poo_'),
('poobear'), ('pooch'), ('poochi'), ('poochie'), ('poochie1'), ('poochy'), ('pooder'), ('poodle'), ('pooh'),
('pooh1'), ('poohbea'), ('poohbear'), ('poohbear1'), ('poohead'), ('pook'), ('pooka'), ('pooker'), ('pookey'),
('pooki'), ('pookie'), ('pookie1'), ('pookie11'), ('pookster'), ('pooky'), ('pooky1'), ('pool'), ('pool6123'),
('poolboy'), ('poole'), ('poolman'), ('pools'), ('poolside'), ('poon'), ('poonam'), ('poontang'), ('poop'),
('poop1'), ('poop11'), ('poop12'), ('poop123'), ('poopdick'), ('pooped'), ('poopee'), ('pooper'), ('poopers'),
('poopface'), ('poophead'), ('poopi'), ('poopie'), ('poopie1'), ('poopies'), ('poopo'), ('poopoo'), ('poopoo1'),
('pooppoop'), ('poopsie'), ('poopster'), ('poopy'), ('poopy1'), ('poopypan'), ('poorboy'), ('poorman'), ('poot'),
('pooter'), ('pootie'), ('pop123'), ('popart'), ('popcor'), ('popcorn'), ('popcorn1'), ('popcorn2'), ('pope'),
('popey'), ('popeye'), ('popeye1'), ('popi'), ('popimp'), ('popkorn'), ('poplar'), ('popmart'), ('popochka'),
('popol'), ('popolo'), ('popov'), ('popova'), ('popp'), ('poppa'), ('poppen'), ('popper'), ('poppers'),
('poppet'), ('poppi'), ('poppie'), ('poppies'), ('poppin'), ('poppy'), ('poppy1'), ('poppy123'), ('poppydog'),
('poppys'), ('pops'), ('popsicle'), ('popstar'), ('poptart'), ('poptart1'), ('poptarts'), ('popular'),
('porche'), ('pork'), ('porkchop'), ('porker'), ('porkpie'), ('porky'), ('porkypig'), ('porn'), ('porn1'),
('porn11'), ('porn123'), ('porn1234'), ('porn4life'), ('porn4me'), ('porn69'), ('pornboy'), ('pornclub'),
('porndog'), ('pornking'), ('pornlo'), ('pornlove'), ('pornlover'), ('pornman'), ('porno'), ('porno1'),
('porno123'), ('porno2'), ('porno69'), ('pornog'), ('pornogra'), ('pornografia'), ('pornographic'),
('pornography'), ('pornoman'), ('pornos'), ('pornosta'), ('pornostar'), ('pornpass'), ('pornporn'), ('pornsite'),
('pornstar'), ('porol777'), ('porosenok'), ('porpoise'), ('porridge'), ('porsch'), ('porsche'), ('porsche1'),
('porsche2'), ('porsche8'), ('porsche9'), ('porsche911'), ('porsches'), ('porshe'), ('porshe911'), ('port'),
('portable'), ('portal'), ('porter'), ('porthos'), ('portia'), ('portillo'), ('portishead'), ('portland'),
('portman'), ('portnoy'), ('porto'), ('portos'), ('portsmou'), ('portsmouth'), ('portuga'), ('portugal'),
('portvale'), ('poseidon'), ('posh'), ('positano'), ('position'), ('positiv'), ('positive'), ('positivo'),
('positron'), ('posse'), ('possible'), ('possum'), ('possum1'), ('post'), ('postage'), ('postal'), ('postal1'),
('postbank'), ('postcard'), ('poster'), ('postie'), ('postit'), ('postman'), ('postov10'), ('postov1000'),
('posture'), ('pot420'), ('potapov'), ('potapova'), ('potato'), ('potatoe'), ('potatoes'), ('potent'),
('potenza'), ('pothead'), ('pothole'), ('potion'), ('potolok'), ('potomac'), ('potpie'), ('potsdam'),
('potsmoke'), ('potte'), ('potter'), ('potter1'), ('potters'), ('pottery'), ('potty'), ('potvin'), ('pouch'),
('poul'), ('poulet'), ('poulette'), ('pounce'), ('pouncer'), ('pound'), ('pounded'), ('pounder'), ('pounding'),
('pounds'), ('pourquoi'), ('poussin'), ('poutana'), ('poutine'), ('powder'), ('powder1'), ('powe'), ('powell'),
('power'), ('power01'), ('power1'), ('power123'), ('power2'), ('power5'), ('power666'), ('power7'), ('power9'),
('powerade'), ('powerboo'), ('powered'), ('powerful'), ('powerhou'), ('powermac'), ('powerman'), ('powerof3'),
('powerpc'), ('powerpla'), ('powerpower'), ('powerr'), ('powers'), ('powerstr'), ('powerup'), ('powmia'),
('powwow'), ('pozitiv'), ('poznan'), ('pp04a'), ('ppooii'), ('pppooo'), ('ppppp1'), ('pppppp1'), ('ppppppp1'),
('ppspankp'), ('pqnr67w5'), ('pr1ncess'), ('practice'), ('pradeep'), ('prado'), ('prague'), ('prairie'),
('praise'), ('prakash'), ('praline'), ('prancer'), ('prank'), ('prapor'), ('prasad'), ('prashant'), ('pratibha'),
('pratt'), ('pravda'), ('praveen'), ('praxis'), ('prayer'), ('prayers'), ('preacher'), ('precios'), ('preciosa'),
('preciou'), ('precious'), ('precious1'), ('precise'), ('precisio'), ('predator'), ('predator1'), ('predators'),
('preeti'), ('prefect'), ('preggo'), ('pregnant'), ('prelude'), ('prelude1'), ('prelude9'), ('preludes'),
('premier'), ('premier1'), ('premiere'), ('premium'), ('premiumcash'), ('prentice'), ('preppy'), ('presari'),
('presario'), ('prescott'), ('presence'), ('present'), ('preserve'), ('presiden'), ('president'), ('presidente'),
('presley'), ('press'), ('pressman'), ('pressure'), ('prestige'), ('prestigio'), ('presto'), ('preston'),
('preston1'), ('preteen'), ('pretende'), ('pretender'), ('pretoria'), ('prett'), ('pretty'), ('pretty1'),
('prettybo'), ('prettyboy'), ('prettygirl'), ('pretzel'), ('prevail'), ('prevert'), ('preview'), ('price'),
('price1'), ('prick'), ('pride'), ('pride1'), ('pridurok'), ('priest'), ('prikol'), ('prima'), ('primal'),
('primary'), ('primas'), ('primaver'), ('primavera'), ('primax'), ('prime'), ('prime1'), ('primer'), ('primera'),
('primes'), ('primetim'), ('primetime'), ('primetime21'), ('primo'), ('primo1'), ('primrose'), ('primus'),
('primus1'), ('princ'), ('prince'), ('prince1'), ('prince11'), ('prince12'), ('prince2'), ('prince55'),
('princes'), ('princesa'), ('princesit'), ('princess'), ('princess1'), ('princess2'), ('princessa'),
('princesse'), ('princeto'), ('princeton'), ('princip'), ('principa'), ('principe'), ('pringle'), ('pringles'),
('print'), ('printer'), ('printer1'), ('printers'), ('printing'), ('prints'), ('priora'), ('priority'),
('priory'), ('priroda'), ('prisca'), ('priscila'), ('priscill'), ('priscilla'), ('prism'), ('prisma'),
('prison'), ('prisonbreak'), ('prisoner'), ('prissy'), ('privacy'), ('privado'), ('privat'), ('private'),
('private1'), ('private5'), ('privates'), ('prive'), ('privet'), ('privet123'), ('privetik'), ('priyanka'),
('prizrak'), ('pro100'), ('probably'), ('probe'), ('probegt'), ('prober'), ('probert'), ('probes'), ('problem'),
('problemas'), ('problems'), ('proceed'), ('process'), ('process1'), ('processor'), ('proctor'), ('prodigy'),
('prodigy1'), ('prodojo'), ('produce'), ('producer'), ('product'), ('producti'), ('production'), ('products'),
('profesor'), ('professional'), ('professo'), ('professor'), ('profil'), ('profile'), ('profiles'), ('profit'),
('profits'), ('proghouse'), ('progon'), ('program'), ('programm'), ('programmer'), ('progres'), ('progress'),
('progressive'), ('prohor'), ('project'), ('project1'), ('projects'), ('prokuror'), ('proline'), ('prolinea'),
('prolog'), ('prolong'), ('promethe'), ('prometheus'), ('promise'), ('promises'), ('promo'), ('promo1'),
('promopas'), ('promote'), ('pron'), ('prong'), ('pronger'), ('pronin'), ('prono1'), ('pronto'), ('proof'),
('propane'), ('propel'), ('proper'), ('property'), ('prophecy'), ('prophet'), ('prophet1'), ('prorok'),
('prospect'), ('prosper'), ('prosperity'), ('prospero'), ('prosser'), ('prost'), ('prosto'), ('prostock'),
('prostotak'), ('prostreet'), ('protect'), ('protected'), ('protecti'), ('protection'), ('protege'), ('protein'),
('proteus'), ('protocol'), ('proton'), ('protools'), ('protos'), ('protoss'), ('prototyp'), ('prototype'),
('protozoa'), ('proud'), ('proust'), ('prout'), ('prova'), ('provence'), ('proverb'), ('proverbs'), ('providen'),
('provider'), ('providia'), ('providian'), ('proview'), ('provista'), ('prowler'), ('prowler1'), ('proxima'),
('proxy'), ('prozac'), ('prozak'), ('prudence'), ('prufrock'), ('prune'), ('prunes'), ('prussia'), ('przemek'),
('ps253535'), ('psalm23'), ('psalm69'), ('psalms'), ('pseudo'), ('psswrd'), ('psw333333'), ('psych'), ('psych0'),
('psyche'), ('psychic'), ('psychnau'), ('psychnaut1'), ('psycho'), ('psycho1'), ('psycho72'), ('psycho78'),
('psycholo'), ('psylocke'), ('ptbdhw'), ('ptfe3xxp'), ('pthrfkj'), ('ptichka'), ('ptktysq'), ('ptybnxtvgbjy'),
('pub113'), ('public'), ('publish'), ('publius'), ('publix'), ('pucara'), ('pucci'), ('puccini'), ('puck'),
('pucker'), ('puckett'), ('puckhead'), ('pudder'), ('puddin'), ('puddin1'), ('pudding'), ('pudding1'),
('puddle'), ('puddles'), ('puddy'), ('pudge'), ('pudge1'), ('pueblo'), ('puente'), ('puerto'), ('puertori'),
('puertorico'), ('puff'), ('puffdadd'), ('puffer'), ('puffin'), ('puffy'), ('puffy1'), ('pufunga7782'),
('pugdog'), ('pugsley'), ('pugsly'), ('pugwash'), ('puissant'), ('pujols'), ('pukimak'), ('pulamea'), ('pulled'),
('puller'), ('pulley'), ('pullings'), ('pullman'), ('pullup'), ('pulp'), ('pulsar'), ('pulse'), ('puma'),
('pumba'), ('pumbaa'), ('pumice'), ('pumkin'), ('pump'), ('pumped'), ('pumper'), ('pumping'), ('pumpitup'),
('pumpk1n'), ('pumpki'), ('pumpkin'), ('pumpkin1'), ('pumpkin2'), ('pumpkins'), ('pumps'), ('punani'),
('punany'), ('punch'), ('punched'), ('punchy'), ('pundai'), ('puneet'), ('punheta'), ('punish'), ('punisher'),
('punjab'), ('punjabi'), ('punk'), ('punkass'), ('punker'), ('punkie'), ('punkin'), ('punkrawk'), ('punkrock'),
('punksnotdead'), ('punky'), ('punt'), ('punt0it'), ('puntang'), ('punter'), ('punter12'), ('punto'), ('pupkin'),
('pupper'), ('puppet'), ('puppets'), ('puppie'), ('puppies'), ('puppy'), ('puppy1'), ('puppy123'), ('puppy3'),
('puppydog'), ('puppys'), ('pupsik'), ('pupuce'), ('puravida'), ('purcell'), ('purchase'), ('purdey'),
('purdue'), ('purdy'), ('pure'), ('pureevil'), ('puregold'), ('purgator'), ('purge'), ('purgen'), ('purina'),
('purity'), ('purpl'), ('purple'), ('purple01'), ('purple1'), ('purple11'), ('purple12'), ('purple13'),
('purple2'), ('purple3'), ('purple69'), ('purple7'), ('purple77'), ('purpose'), ('pursuit'), ('purzel'),
('puschel'), ('push'), ('pusher'), ('pushing'), ('pushistik'), ('pushit'), ('pushkin'), ('pushok'), ('puss'),
('pusser'), ('pussey'), ('pussie'), ('pussies'), ('pusssy'), ('pussy'), ('pussy1'), ('pussy101'), ('pussy11'),
('pussy12'), ('pussy123'), ('pussy2'), ('pussy21'), ('pussy24'), ('pussy3'), ('pussy4'), ('pussy420'),
('pussy4me'), ('pussy5'), ('pussy6'), ('pussy69'), ('pussy7'), ('pussy9'), ('pussybitch'), ('pussyboy'),
('pussyca'), ('pussycat'), ('pussyeat'), ('pussyeater'), ('pussyfuck'), ('pussygal'), ('pussykat'), ('pussylic'),
('pussylick'), ('pussylicker'), ('pussylip'), ('pussylips'), ('pussylov'), ('pussylover'), ('pussyman'),
('pussypussy'), ('pussys'), ('pussyy'), ('pusyy'), ('puszek'), ('puta'), ('putain'), ('putamadre'), ('putana'),
('putang'), ('putangina'), ('putaria'), ('putas'), ('putnam'), ('putney'), ('puto'), ('putt'), ('puttana'),
('putter'), ('putty'), ('putz'), ('puzzle'), ('pvhpx6'), ('pvjegu'), ('pwnage'), ('pwxd5x'), ('pxx3eftp'),
('pyf8ah'), ('pyfrjvcndj'), ('pynchon'), ('pyon'), ('pypsik'), ('pyramid'), ('pyramid1'), ('pyramid7'),
('pyramide'), ('pyramids'), ('pyro'), ('python'), ('python1'), ('pzaiu8'), ('q11111'), ('q111111'), ('q123123'),
('q123321q'), ('q12345'), ('q123456'), ('q1234567'), ('q12345678'), ('q123456789'), ('q1234567890'),
('q123456q'), ('q12345q'), ('q1234q'), ('q12we3'), ('q12we34r'), ('q1a1z1'), ('q1a2z3'), ('q1q2q3'),
('q1q2q3q4'), ('q1q2q3q4q5'), ('q1w1e1'), ('q1w2'), ('q1w2e'), ('q1w2e3'), ('q1w2e3r'), ('q1w2e3r4'),
('q1w2e3r4t'), ('q1w2e3r4t5'), ('q1w2e3r4t5y6'), ('q1w2e3r4t5y6u7'), ('q1w2e3r4t5y6u7i8'),
('q1w2e3r4t5y6u7i8o9p0'), ('q22222'), ('q26606'), ('q2w3e4'), ('q2w3e4r'), ('q2w3e4r5'), ('q3dm17'),
('q4n2jdeh'), ('q55555'), ('q777777'), ('q7w8e9'), ('q8zo8wzq'), ('q9umoz'), ('qagsud'), ('qantas'), ('qapmoc'),
('qaswed'), ('qawsed'), ('qawsed123'), ('qawsedr'), ('qawsedrf'), ('qawsedrftg'), ('qawsedrftgyh'), ('qaywsx'),
('qaz12'), ('qaz123'), ('qaz1234'), ('qaz12345'), ('qaz123456'), ('qaz123qaz'), ('qaz123wsx'), ('qaz123wsx456'),
('qaz12wsx'), ('qaz1wsx2'), ('qaz26101778'), ('qaz321'), ('qaz741'), ('qazedc'), ('qazedctgb'), ('qazokm'),
('qazplm'), ('qazqaz'), ('qazqaz123'), ('qazqwe'), ('qazsedcft'), ('qazsew'), ('qazws'), ('qazwsx'), ('qazwsx1'),
('qazwsx11'), ('qazwsx12'), ('qazwsx123'), ('qazwsx1234'), ('qazwsx12345'), ('qazwsx123456'), ('qazwsxc'),
('qazwsxe'), ('qazwsxed'), ('qazwsxedc'), ('qazwsxedc1'), ('qazwsxedc12'), ('qazwsxedc123'), ('qazwsxedcrfv'),
('qazwsxedcrfvtgb'), ('qazwsxqazwsx'), ('qazxcdew'), ('qazxcdews'), ('qazxcv'), ('qazxcvbn'), ('qazxcvbnm'),
('qazxdr'), ('qazxs'), ('qazxsw'), ('qazxsw1'), ('qazxsw12'), ('qazxsw123'), ('qazxsw2'), ('qazxsw21'),
('qazxsw22'), ('qazxswe'), ('qazxswed'), ('qazxswedc'), ('qazxswedc123'), ('qazxswedcvfr'), ('qazzaq'),
('qbert'), ('qbg26i'), ('qcactw'), ('qcfmtz'), ('qcmfd454'), ('qcxdw8ry'), ('qdarcv'), ('qewret'), ('qguvyt'),
('qhxbij'), ('qian'), ('qiang'), ('qiao'), ('qing'), ('qiong'), ('qmezrxg4'), ('qmpq39zr'), ('qn632o'),
('qpalzm'), ('qpful542'), ('qpwoei'), ('qpwoeiruty'), ('qq123123'), ('qq123321'), ('qq12345'), ('qq123456'),
('qq123456789'), ('qqaazz'), ('qqh92r'), ('qqq11'), ('qqq111'), ('qqq123'), ('qqq777'), ('qqqaaa'), ('qqqq1'),
('qqqq1111'), ('qqqqq1'), ('qqqqqq1'), ('qqqqqqq1'), ('qqqqqqw'), ('qqqqwwww'), ('qqqwww'), ('qqqwwweee'),
('qqwwee'), ('qqwweerr'), ('qr5mx7'), ('qrhmis'), ('qsawbbs'), ('qscesz'), ('qscwdv'), ('qsdfgh'), ('qsefth'),
('qsefthuko'), ('quack'), ('quacker'), ('quackers'), ('quad'), ('quadra'), ('quagmire'), ('quail'), ('quaint'),
('quake'), ('quake1'), ('quake2'), ('quake3'), ('quaker'), ('qualcomm'), ('quality'), ('quality1'), ('quan'),
('quant4307'), ('quant4307s'), ('quantex'), ('quantum'), ('quantum1'), ('quaresma'), ('quark'), ('quarks'),
('quart'), ('quarter'), ('quarters'), ('quartet'), ('quartz'), ('quartz1'), ('quasar'), ('quasi'), ('quasimod'),
('quatro'), ('quattro'), ('quattro6'), ('queball'), ('quebec'), ('queen'), ('queen1'), ('queenas8151'),
('queenb'), ('queenbee'), ('queenie'), ('queens'), ('queens1'), ('queeny'), ('queequeg'), ('queer'), ('quell'),
('quelle'), ('quentin'), ('quepasa'), ('quercus'), ('querida'), ('quest'), ('quest1'), ('question'), ('questor'),
('quetzal'), ('quick'), ('quick1'), ('quicken'), ('quickie'), ('quickly'), ('quicksan'), ('quicksand'),
('quicksil'), ('quicksilver'), ('quicky'), ('quiet'), ('quiet1'), ('quietkey'), ('quietman'), ('quigley'),
('quiksilv'), ('quiksilver'), ('quimby'), ('quince'), ('quincey'), ('quincunx'), ('quincy'), ('quinn'),
('quinn1'), ('quint'), ('quinta'), ('quintain'), ('quintana'), ('quinten'), ('quinton'), ('quique'), ('quit'),
('quiver'), ('quixote'), ('quixotic'), ('quixtar'), ('quorum'), ('quovadis'), ('qvw6n2'), ('qw1234'),
('qw12345'), ('qw123456'), ('qw12er34'), ('qw12qw'), ('qw3rty'), ('qwaser'), ('qwasz'), ('qwaszx'), ('qwaszx1'),
('qwaszx11'), ('qwaszx12'), ('qwaszx123'), ('qwaszxedc'), ('qwaszxerdfcv'), ('qwaszxqw'), ('qwe123'),
('qwe123321'), ('qwe1234'), ('qwe123456'), ('qwe1234567'), ('qwe123asd'), ('qwe123qwe'), ('qwe123qwe123'),
('qwe123rty'), ('qwe321'), ('qwe456'), ('qwe789'), ('qweas'), ('qweasd'), ('qweasd1'), ('qweasd12'),
('qweasd123'), ('qweasdqwe'), ('qweasdzx'), ('qweasdzxc'), ('qweasdzxc1'), ('qweasdzxc12'), ('qweasdzxc123'),
('qwedcxzas'), ('qwedsa'), ('qwedsazxc'), ('qweewq'), ('qwepoi'), ('qweqaz'), ('qweqw'), ('qweqwe'),
('qweqwe12'), ('qweqwe123'), ('qwer11'), ('qwer12'), ('qwer1209'), ('qwer123'), ('qwer1234'), ('qwer12345'),
('qwer4321'), ('qweras'), ('qwerasd'), ('qwerasdf'), ('qwerasdfzxcv'), ('qwerfdsa'), ('qwert'), ('qwert1'),
('qwert12'), ('qwert123'), ('qwert1234'), ('qwert12345'), ('qwert40'), ('qwert54321'), ('qwerta'), ('qwertasd'),
('qwertasdfg'), ('qwertasdfgzxcvb'), ('qwertgfdsa'), ('qwerttrewq'), ('qwerty'), ('qwerty0'), ('qwerty00'),
('qwerty01'), ('qwerty02'), ('qwerty09'), ('qwerty1'), ('qwerty10'), ('qwerty100'), ('qwerty11'), ('qwerty111'),
('qwerty12'), ('qwerty123'), ('qwerty1234'), ('qwerty12345'), ('qwerty123456'), ('qwerty123456789'),
('qwerty13'), ('qwerty2'), ('qwerty2010'), ('qwerty21'), ('qwerty22'), ('qwerty23'), ('qwerty3'), ('qwerty32'),
('qwerty321'), ('qwerty33'), ('qwerty4'), ('qwerty5'), ('qwerty56'), ('qwerty6'), ('qwerty66'), ('qwerty666'),
('qwerty69'), ('qwerty7'), ('qwerty77'), ('qwerty777'), ('qwerty78'), ('qwerty789'), ('qwerty8'), ('qwerty88'),
('qwerty89'), ('qwerty99'), ('qwerty999'), ('qwertyas'), ('qwertyasd'), ('qwertyasdfgh'), ('qwertyu'),
('qwertyu1'), ('qwertyu123'), ('qwertyu8'), ('qwertyui'), ('qwertyui1'), ('qwertyuio'), ('qwertyuiop'),
('qwertyuiop1'), ('qwertyuiop10'), ('qwertyuiop12'), ('qwertyuiop123'), ('qwertyuiop12345'), ('qwertyy'),
('qwertyytrewq'), ('qwertyz'), ('qwerzxcv'), ('qwest123'), ('qweszxc'), ('qwezxc'), ('qwqw1212'), ('qwsazx'),
('qzwxec'), ('qzwxecrv'), ('r12345'), ('r123456'), ('r1234567'), ('r1chard'), ('r29hqq'), ('r2d2'), ('r2d2c3p0'),
('r2d2c3po'), ('r3ady41t'), ('r3vi3wpass'), ('r4e3w2q1'), ('r4zpm3'), ('r7112s'), ('rabbi'), ('rabbit'),
('rabbit1'), ('rabbit12'), ('rabbit66'), ('rabbit69'), ('rabbits'), ('rabbitt'), ('rabid'), ('rabies'),
('rabit'), ('rabota'), ('raccoon'), ('race'), ('racecar'), ('racecar02'), ('racecar1'), ('racecars'),
('racefan'), ('racer'), ('racer1'), ('racer2'), ('racers'), ('racerx'), ('racerx1'), ('rach'), ('rachael'),
('rachael1'), ('rache'), ('racheal'), ('rachel'), ('rachel01'), ('rachel1'), ('rachel69'), ('rachel7'),
('rachele'), ('rachell'), ('rachelle'), ('rachid'), ('racin'), ('racine'), ('racing'), ('racing1'), ('racism'),
('racket'), ('racoon'), ('racquel'), ('rada'), ('radagast'), ('radar'), ('radar1'), ('radar123'), ('radeon'),
('radford'), ('radial'), ('radial9'), ('radiance'), ('radiant'), ('radiatio'), ('radiator'), ('radical'),
('radical1'), ('radio'), ('radio1'), ('radio123'), ('radiohea'), ('radiohead'), ('radioman'), ('radios'),
('radish'), ('radist'), ('radium'), ('radius'), ('radley'), ('radman'), ('radmir'), ('radost'), ('raduga'),
('rafa'), ('rafae'), ('rafael'), ('rafaela'), ('rafal'), ('rafale'), ('raffael'), ('raffaele'), ('raffaello'),
('rafferty'), ('raffle'), ('raffles'), ('rafiki'), ('rafter'), ('ragdoll'), ('rage'), ('ragers'), ('ragger'),
('raging'), ('ragman'), ('ragnar'), ('ragnarok'), ('rags'), ('ragtime'), ('ragtop'), ('ragweed'), ('rahasia'),
('rahman'), ('rahul'), ('rahul123'), ('raid'), ('raide'), ('raiden'), ('raider'), ('raider1'), ('raider12'),
('raiders'), ('raiders0'), ('raiders1'), ('raiders2'), ('rail'), ('railroad'), ('railway'), ('rain'), ('rainbo'),
('rainbow'), ('rainbow1'), ('rainbow2'), ('rainbow6'), ('rainbow7'), ('rainbows'), ('raincoat'), ('raindog'),
('raindrop'), ('rainer'), ('raines'), ('rainfall'), ('rainforest'), ('rainger'), ('rainier'), ('raining'),
('rainmake'), ('rainmaker'), ('rainman'), ('rainman1'), ('raintree'), ('rainy'), ('rainyday'), ('raiser'),
('raisin'), ('raissa'), ('raistlin'), ('raja'), ('rajah'), ('rajeev'), ('rajendra'), ('rajesh'), ('rajkumar'),
('rajput'), ('raju'), ('rakas'), ('rakesh'), ('raketa'), ('rakkasan'), ('rakkaus'), ('rakker'), ('raleigh'),
('raleigh1'), ('ralf'), ('rallen'), ('ralliart'), ('rally'), ('rallye'), ('ralph'), ('ralph1'), ('ralphie'),
('ralphs'), ('ralphy'), ('ralston'), ('ram123'), ('ram1500'), ('ram2500'), ('rama'), ('ramada'), ('ramadan'),
('ramair'), ('raman'), ('ramana'), ('ramazan'), ('ramble'), ('rambler'), ('rambler1'), ('rambo'), ('rambo1'),
('rambo123'), ('rambo2'), ('rambone'), ('rambos'), ('ramcharg'), ('ramesh'), ('ramfan'), ('rami'), ('ramil'),
('ramin'), ('ramina'), ('ramir'), ('ramire'), ('ramirez'), ('ramiro'), ('ramjet'), ('ramman'), ('rammer'),
('rammstei'), ('rammstein'), ('rammstein1'), ('ramon'), ('ramon1'), ('ramona'), ('ramone'), ('ramones'),
('ramos'), ('rampage'), ('rampant'), ('rampart'), ('ramrod'), ('rams'), ('ramsay'), ('ramse'), ('ramses'),
('ramsey'), ('ramstein'), ('ramtough'), ('ramzes'), ('rana'), ('ranch'), ('ranch1'), ('rancher'), ('ranchero'),
('rancho'), ('rancid'), ('rancid1'), ('rand'), ('randal'), ('randall'), ('randee'), ('randers'), ('randi'),
('randie'), ('randle'), ('rando'), ('randolph'), ('random'), ('random1'), ('random123'), ('randy'), ('randy1'),
('randy2'), ('randyb'), ('randyman'), ('randys'), ('ranetka'), ('ranetki'), ('rang'), ('range'), ('ranger'),
('ranger01'), ('ranger02'), ('ranger1'), ('ranger10'), ('ranger11'), ('ranger12'), ('ranger13'), ('ranger2'),
('ranger21'), ('ranger3'), ('ranger5'), ('ranger6'), ('ranger66'), ('ranger69'), ('ranger7'), ('ranger75'),
('ranger82'), ('ranger9'), ('ranger98'), ('ranger99'), ('rangerover'), ('rangers'), ('rangers1'), ('rangers2'),
('rangers9'), ('rangersf'), ('rani'), ('ranier'), ('ranita'), ('ranjan'), ('rank'), ('rankin'), ('ranma'),
('ranma12'), ('ranman'), ('ransom'), ('raoul'), ('rapala'), ('rape'), ('rapeme'), ('raphael'), ('rapid'),
('rapid1'), ('rapide'), ('rapido'), ('rapids'), ('rapier'), ('rapper'), ('raptor'), ('raptor01'), ('raptor1'),
('raptor22'), ('raptors'), ('raptors1'), ('rapture'), ('rapunzel'), ('raque'), ('raquel'), ('rare'), ('raritan'),
('rasberry'), ('rasca'), ('rascal'), ('rascal1'), ('rasdzv3'), ('rasengan'), ('raser'), ('rasha'), ('rashad'),
('rasheed'), ('rashid'), ('rashley198'), ('rashmi'), ('rasmus'), ('raspberr'), ('raspberry'), ('rasputin'),
('rassilon'), ('rassvet'), ('rasta'), ('rasta1'), ('rasta220'), ('rasta69'), ('rastafar'), ('rastafari'),
('rastaman'), ('rastas'), ('raster'), ('rastlin'), ('rastus'), ('rasul'), ('rataros'), ('ratbag'), ('ratbert'),
('ratboy'), ('ratcat'), ('ratchet'), ('ratdog'), ('rate'), ('rated'), ('ratface'), ('ratfink'), ('rathbone'),
('rational'), ('ratiug'), ('ratliff'), ('ratman'), ('ratmir'), ('ratpack'), ('ratrace'), ('rats'), ('ratt'),
('ratten'), ('rattle'), ('rattler'), ('rattlers'), ('rattlesn'), ('rattlesnake'), ('rattolo58'), ('rattrace'),
('rattrap'), ('ratty'), ('rauchen'), ('rauf123'), ('raul'), ('raunchy'), ('ravage'), ('rave'), ('raven'),
('raven1'), ('raven11'), ('raven123'), ('raven13'), ('raven3'), ('raven666'), ('raven69'), ('ravenlof'),
('ravenna'), ('ravens'), ('ravens1'), ('raver'), ('raver1'), ('ravers'), ('ravi'), ('ravnos'), ('ravshan'),
('rawdog'), ('rawhide'), ('rawiswar'), ('rawks'), ('rawr'), ('ray123'), ('rayden'), ('raygun'), ('raylene'),
('rayman'), ('raymon'), ('raymond'), ('raymond1'), ('rayner'), ('rays'), ('razdvatri'), ('razer'), ('raziel'),
('razor'), ('razor1'), ('razorbac'), ('razors'), ('razvan'), ('razz'), ('razzle'), ('rb26dett'), ('rbcekz'),
('rbceyz'), ('rbgtkjd'), ('rbhbkk'), ('rbhgbx'), ('rbhjxrf'), ('rc.irf'), ('rccola'), ('rcfhlfc'), ('rclaki'),
('rctybz'), ('rdfhnbhf'), ('rdflhfn'), ('rdgpl3ds'), ('rdq5ww4x'), ('reach'), ('reaction'), ('read'), ('reader'),
('readers'), ('reading'), ('reading1'), ('readme'), ('ready'), ('ready1'), ('ready2go'), ('readynow'),
('reagan'), ('real'), ('realdeal'), ('realgood'), ('realhard'), ('reality'), ('reality5'), ('really'), ('realm'),
('realmadr'), ('realmadri'), ('realmadrid'), ('realman'), ('realms'), ('realsex'), ('realtime'), ('realtor'),
('realty'), ('reamer'), ('reanimator'), ('reape'), ('reaper'), ('reaper1'), ('reason'), ('reaver'), ('reba'),
('rebate'), ('rebbecca'), ('rebbyt34'), ('rebeca'), ('rebecc'), ('rebecca'), ('rebecca1'), ('rebecca2'),
('rebecca9'), ('rebeka'), ('rebekah'), ('rebel'), ('rebel1'), ('rebel12'), ('rebel2'), ('rebeld'), ('rebelde'),
('rebell'), ('rebellio'), ('rebels'), ('rebels1'), ('rebelz'), ('rebenok'), ('rebirth'), ('rebon'), ('reboot'),
('reborn'), ('rebound'), ('rebrov'), ('recall'), ('reccos'), ('recent'), ('recess'), ('recife'), ('recipe'),
('reckless'), ('recluse'), ('recneps'), ('recoba'), ('recoil'), ('recon'), ('recon1'), ('recon7'), ('record'),
('recorder'), ('records'), ('recover'), ('recovery'), ('recruit'), ('rectum'), ('recycle'), ('red007'), ('red1'),
('red100'), ('red111'), ('red12'), ('red123'), ('red1234'), ('red12345'), ('red1sox'), ('red222'), ('red321'),
('red333'), ('red456'), ('red5'), ('red555'), ('red666'), ('red911'), ('redalert'), ('redapple'), ('redarmy'),
('redass'), ('redball'), ('redbank'), ('redbarch'), ('redbaron'), ('redbeard'), ('redbird'), ('redbird1'),
('redbirds'), ('redblue'), ('redbone'), ('redboy'), ('redbud'), ('redbul'), ('redbull'), ('redbull1'),
('redcar'), ('redcar27'), ('redcard'), ('redcat'), ('redcloud'), ('redcoat'), ('redcross'), ('redd'),
('reddawg'), ('reddawn'), ('reddead'), ('redder'), ('reddevil'), ('reddevils'), ('reddick'), ('redding'),
('reddog'), ('reddog1'), ('reddrago'), ('reddragon'), ('reddwarf'), ('reddy'), ('redeemed'), ('redeemer'),
('redemption'), ('redeye'), ('redfire'), ('redfish'), ('redfish1'), ('redfive'), ('redflag'), ('redford'),
('redfox'), ('redfred'), ('redgreen'), ('redhair'), ('redhat'), ('redhat50'), ('redhawk'), ('redhawks'),
('redhead'), ('redhead1'), ('redheads'), ('redhed'), ('redhill'), ('redhook'), ('redhorse'), ('redhot'),
('redhouse'), ('redial'), ('rediska'), ('redknapp'), ('redlabel'), ('redlands'), ('redleg'), ('redlegs'),
('redlight'), ('redline'), ('redlion'), ('redlover'), ('redma'), ('redman'), ('redman1'), ('redmond'),
('redmoon'), ('redneck'), ('redneck1'), ('rednecks'), ('rednose'), ('redoak'), ('redondo'), ('redone'),
('redpoint'), ('redrider'), ('redriver'), ('redrobin'), ('redrock'), ('redrocke'), ('redros'), ('redrose'),
('redroses'), ('redrover'), ('redrum'), ('redrum1'), ('redryder'), ('reds'), ('redsand'), ('redsea'),
('redshift'), ('redshirt'), ('redshoes'), ('redskin'), ('redskin1'), ('redskins'), ('redskins1'), ('redsky'),
('redso'), ('redsox'), ('redsox04'), ('redsox1'), ('redsox11'), ('redsox12'), ('redsox19'), ('redsox20'),
('redsox24'), ('redsox3'), ('redsox99'), ('redstar'), ('redstone'), ('redstorm'), ('redtail'), ('redtide'),
('redtop'), ('redtruck'), ('redvette'), ('redwall'), ('redwhite'), ('redwin'), ('redwine'), ('redwing'),
('redwing1'), ('redwings'), ('redwings1'), ('redwolf'), ('redwood'), ('redwood1'), ('reeb'), ('reebok'),
('reece'), ('reece1'), ('reed'), ('reeder'), ('reef'), ('reefer'), ('reel'), ('reeper'), ('reese'), ('reese1'),
('reeses'), ('reeves'), ('refer'), ('referee'), ('refinnej'), ('reflex'), ('reform'), ('refresh'), ('refugee'),
('refused'), ('regal'), ('regal1'), ('regan'), ('regatta'), ('regedit'), ('regency'), ('regent'), ('reggae'),
('reggi'), ('reggie'), ('reggie1'), ('reggie31'), ('reggin'), ('reggio'), ('regime'), ('regiment'), ('regin'),
('regina'), ('regina1'), ('reginald'), ('regine'), ('region'), ('regional'), ('regis'), ('regis1'), ('register'),
('registr'), ('reglisse'), ('regret'), ('regula'), ('regular'), ('rehana'), ('rehbwf'), ('rehjgfnrf'),
('rehman'), ('rehnrf'), ('reid'), ('reiko'), ('reilly'), ('reina'), ('reindeer'), ('reiner'), ('reinhard'),
('reinhold'), ('reisen'), ('reiter'), ('reject'), ('rejoice'), ('rekbrjdf'), ('reklama'), ('rekmubyf'),
('reksio'), ('relax'), ('relayer'), ('release'), ('reliable'), ('reliance'), ('reliant'), ('relic'), ('relics'),
('relief'), ('religion'), ('relish'), ('relisys'), ('rellik'), ('rellim'), ('reload'), ('reloaded'), ('remark'),
('rembrand'), ('remedy'), ('remembe'), ('remember'), ('remi'), ('remingto'), ('remington'), ('remmah'),
('remmus'), ('remorse'), ('remote'), ('remove'), ('remus'), ('remy'), ('renaldo'), ('renard'), ('renat'),
('renata'), ('renate'), ('renato'), ('renaud'), ('renault'), ('render'), ('rene'), ('renee'), ('renee1'),
('reneee'), ('renegade'), ('renfield'), ('reng'), ('renner'), ('rennie'), ('reno'), ('renob'), ('renoir'),
('renrut'), ('rent'), ('rental'), ('renton'), ('renwod'), ('repair'), ('repeat'), ('repent'), ('replace'),
('replay'), ('replica'), ('repmvbx'), ('repmvbyf'), ('repmvf'), ('repoman'), ('report'), ('reporter'),
('reports'), ('reppep'), ('reptile'), ('reptiles'), ('reptymrf'), ('republic'), ('repvtyrj'), ('repytwjd'),
('repytwjdf'), ('repytxbr'), ('request'), ('requiem'), ('requin'), ('required'), ('rerecz'), ('rerehepf'),
('rereirf'), ('rerfhfxf'), ('rerfhtre'), ('rerjkrf'), ('rescue'), ('rescue1'), ('research'), ('research1'),
('reserve'), ('reset'), ('reset1'), ('reset123'), ('reshma'), ('resident'), ('residentevil'), ('resin'),
('resipsa'), ('resist'), ('resolute'), ('resolve'), ('resort'), ('resource'), ('respect'), ('respekt'),
('response'), ('respublika'), ('rest'), ('restart'), ('restart1'), ('restaura'), ('restless'), ('reston'),
('restore'), ('restrict'), ('resume'), ('retail'), ('retard'), ('retard1'), ('retarded'), ('retep'), ('retep1'),
('retina'), ('retire'), ('retired'), ('retired1'), ('retlaw'), ('retnuh'), ('retrac'), ('retraite'), ('retreat'),
('retrieve'), ('retriver'), ('retro'), ('retsam'), ('retsub'), ('retter'), ('return'), ('returns'), ('retype'),
('reuben'), ('reunion'), ('reuters'), ('rev2000'), ('reveal'), ('revel'), ('revelati'), ('revelation'),
('revell'), ('revenant'), ('revenge'), ('revenue'), ('reverb'), ('revere'), ('reverend'), ('reverse'),
('review'), ('review69'), ('reviewer'), ('reviewpa'), ('reviewpass'), ('reviews'), ('revilo'), ('revival'),
('revival47'), ('revlon'), ('revolt'), ('revoluti'), ('revolution'), ('revolver'), ('reward'), ('rewards'),
('rewind'), ('rewster'), ('rexdog'), ('rexona'), ('rexx'), ('rey619'), ('reyes'), ('reymysterio'), ('reynald'),
('reynaldo'), ('reynard'), ('reynolds'), ('reza'), ('rezeda'), ('reznor'), ('rf6666'), ('rfcgth'),
('rfcgthcrbq'), ('rfgbnfy'), ('rfgbnjirf'), ('rfgecnf'), ('rfgecnfcerf'), ('rfghbp'), ('rfghjy'), ('rfgtkmrf'),
('rfhbyf'), ('rfhbyjxrf'), ('rfhbyrf'), ('rfhectkm'), ('rfhfcm'), ('rfhfdfy'), ('rfhfgep'), ('rfhfnt'),
('rfhfntkm'), ('rfhfrfnbwf'), ('rfhfufylf'), ('rfhfvtkm'), ('rfhfvtkmrf'), ('rfhfylfi'), ('rfhfynby'),
('rfhjkbyf'), ('rfhkcjy'), ('rfhlbyfk'), ('rfhnbyf'), ('rfhnjirf'), ('rfhvfyftd'), ('rfj422'), ('rfkbajhybz'),
('rfkbybyf'), ('rfkbyf'), ('rfkmrekznjh'), ('rfktylfhm'), ('rfn.irf'), ('rfnfcnhjaf'), ('rfnfgekmnf'),
('rfnfhbyf'), ('rfnhby'), ('rfnmrf'), ('rfnthbyf'), ('rfnthbyf1988'), ('rfnthbyrf'), ('rfntyf'), ('rfntyjr'),
('rfntymrf'), ('rfnz11'), ('rfnz123'), ('rfnz90'), ('rfpfyjdf'), ('rfpfym'), ('rfpfynbg'), ('rfpzdrf'),
('rfrfirf'), ('rfrltkf'), ('rfrnec'), ('rfvbgt'), ('rfvbkf'), ('rfvbkkf'), ('rfvbkm'), ('rfvbrflpt'),
('rfvfcenhf'), ('rfvtgb'), ('rfvtgbyhn'), ('rfvtym'), ('rfvxfnrf'), ('rfybreks'), ('rfycthdf'), ('rfyfgkz'),
('rhapsody'), ('rhbcnb'), ('rhbcnbyf'), ('rhbcnbyjxrf'), ('rhbdtnrf'), ('rhenjq'), ('rhett'), ('rhett1'),
('rhett32'), ('rhfcbdfz'), ('rhfcfdbwf'), ('rhfcfdxbr'), ('rhfcjnf'), ('rhfcjnrf'), ('rhfcyjlfh'),
('rhfcyjzhcr'), ('rhfcysq'), ('rhfdxtyrj'), ('rhfvfnjhcr'), ('rhh8319'), ('rhianna'), ('rhiannon'), ('rhind101'),
('rhino'), ('rhino1'), ('rhinos'), ('rhjirf'), ('rhjkbr'), ('rhjrjlbk'), ('rhodan'), ('rhode'), ('rhodes'),
('rhonda'), ('rhonda1'), ('rhtdtlrj'), ('rhtfnbd'), ('rhtyltkm'), ('rhubarb'), ('rhumba'), ('rhythm'),
('ribalka'), ('ribbit'), ('ribbon'), ('ribeye'), ('ribs'), ('ricard'), ('ricardo'), ('ricardo1'), ('riccard'),
('riccardo'), ('ricci'), ('rice'), ('rice80'), ('riceman'), ('ricflair'), ('rich'), ('rich123'), ('richar'),
('richar1'), ('richard'), ('richard0'), ('richard1'), ('richard2'), ('richard3'), ('richard4'), ('richard5'),
('richard7'), ('richard8'), ('richard9'), ('richardc'), ('richardo'), ('richards'), ('richardson'), ('richelle'),
('richer'), ('riches'), ('richey'), ('richi'), ('richie'), ('richland'), ('richman'), ('richmond'), ('richter'),
('richy'), ('rick'), ('rick1'), ('rick69'), ('ricker'), ('rickey'), ('rickie'), ('rickster'), ('ricky'),
('ricky1'), ('rico'), ('ricochet'), ('ridden'), ('ridder'), ('riddick'), ('riddle'), ('riddler'), ('ride'),
('rideme'), ('rider'), ('rider1'), ('ridered'), ('riders'), ('ridge'), ('ridges'), ('ridgeway'), ('riding'),
('ridley'), ('riesling'), ('riffraff'), ('rifle'), ('rifleman'), ('rifles'), ('rifraf'), ('rigger'), ('riggins'),
('riggs'), ('right'), ('right1'), ('right4'), ('rightnow'), ('righton'), ('rights'), ('righty'), ('rigid'),
('rihanna'), ('riker'), ('riker1'), ('riki'), ('rikimaru'), ('rikki'), ('riley'), ('riley1'), ('rileydog'),
('rimbaud'), ('rimini'), ('rimjob'), ('rimmer'), ('rimshot'), ('rincess'), ('rincewin'), ('rincewind'),
('rincon'), ('ring'), ('ringding'), ('ringer'), ('ringo'), ('ringo1'), ('ringo123'), ('rings'), ('ringwood'),
('rinker'), ('rinker1'), ('riobravo'), ('riogrand'), ('riordan'), ('riot'), ('ripazha'), ('ripcord'),
('ripcurl'), ('ripe'), ('ripken'), ('ripken08'), ('ripken8'), ('ripley'), ('ripley1'), ('ripoff'), ('ripped'),
('ripper'), ('ripper1'), ('ripple'), ('riptide'), ('riptide1'), ('rising'), ('risk'), ('risky'), ('risky1'),
('rita'), ('rita123'), ('ritchie'), ('rito'), ('ritter'), ('ritual'), ('ritz'), ('rival'), ('rivaldo'),
('riven'), ('river'), ('river1'), ('river123'), ('rivera'), ('riverat'), ('riverman'), ('riverplate'),
('riverrat'), ('rivers'), ('riversid'), ('riverside'), ('riviera'), ('rizwan'), ('rizzo'), ('rjcnbr'),
('rjcntyrj'), ('rjcnzy'), ('rjcvjc'), ('rjdfkmxer'), ('rjdfktdf'), ('rjdfktyrj'), ('rjhjdf'), ('rjhjdf777'),
('rjhjkm'), ('rjhjkmbien'), ('rjhjktdf'), ('rjhjyf'), ('rjirf'), ('rjirfrgbde'), ('rjitxrf'), ('rjkjrjkmxbr'),
('rjkmwj'), ('rjktcj'), ('rjnjatq'), ('rjnjgtc'), ('rjntyjr'), ('rjntyjxtr'), ('rjnzhf'), ('rjpkjdf'),
('rjpkjljq'), ('rjpthju'), ('rjpzdrf'), ('rjrfrjkf'), ('rjvfhjdf'), ('rjvgjn'), ('rjvgm.nth'), ('rjw7x4'),
('rjyatnf'), ('rjyatnrf'), ('rjycnbnewbz'), ('rjycnfynby'), ('rjyjgkz'), ('rjynfrn'), ('rkbvtyrj'), ('rkelly'),
('rkfdbfnehf'), ('rktjgfnhf'), ('rlzwp503'), ('rmanis'), ('rmfidd'), ('rmpop'), ('rmracing'), ('roach'),
('roach1'), ('roaches'), ('road'), ('roaddog'), ('roaddogg'), ('roadhog'), ('roadie'), ('roadkill'),
('roadking'), ('roadrace'), ('roadrage'), ('roadrash'), ('roadrunn'), ('roadrunner'), ('roads'), ('roadstar'),
('roadster'), ('roadtrip'), ('roadway'), ('roamer'), ('roanoke'), ('roar'), ('roast'), ('rob123'), ('robb'),
('robben'), ('robber'), ('robbi'), ('robbie'), ('robbie1'), ('robbieh'), ('robbin'), ('robbins'), ('robbob'),
('robby'), ('robe'), ('rober'), ('robert'), ('robert0'), ('robert00'), ('robert01'), ('robert1'), ('robert11'),
('robert12'), ('robert123'), ('robert19'), ('robert2'), ('robert22'), ('robert23'), ('robert24'), ('robert3'),
('robert4'), ('robert5'), ('robert6'), ('robert71'), ('robert8'), ('robert99'), ('roberta'), ('roberta1'),
('roberto'), ('roberto1'), ('robertos'), ('robertr'), ('roberts'), ('roberts1'), ('robertso'), ('robertson'),
('robi'), ('robin'), ('robin1'), ('robin123'), ('robin2'), ('robinb'), ('robinh'), ('robinho'), ('robinhoo'),
('robinhood'), ('robins'), ('robinso'), ('robinson'), ('robles'), ('robo'), ('robocop'), ('robot'), ('robot1'),
('robotec'), ('robotech'), ('robotic'), ('robotics'), ('roboto'), ('robots'), ('robroy'), ('robson'), ('robust'),
('roby'), ('robyn'), ('robyn1'), ('rocawear'), ('rocco'), ('rocco1'), ('rocha2'), ('rochard'), ('rochdale'),
('rochelle'), ('rocheste'), ('rochester'), ('rocinant'), ('rock'), ('rock1'), ('rock12'), ('rock123'),
('rock1234'), ('rock22'), ('rock69'), ('rockandr'), ('rockandroll'), ('rockbott'), ('rockbottom'), ('rockcity'),
('rockdog'), ('rocke'), ('rocker'), ('rocker1'), ('rockers'), ('rocket'), ('rocket01'), ('rocket1'),
('rocket12'), ('rocket2'), ('rocket21'), ('rocket69'), ('rocket7'), ('rocket88'), ('rocketma'), ('rocketman'),
('rockets'), ('rockets1'), ('rockey'), ('rockfish'), ('rockford'), ('rockhard'), ('rockhead'), ('rockhopper'),
('rockie'), ('rockies'), ('rockin'), ('rocking'), ('rockit'), ('rockland'), ('rockman'), ('rockme'),
('rocknrol'), ('rocknroll'), ('rocko'), ('rocko1'), ('rockon'), ('rockport'), ('rockrock'), ('rockroll'),
('rocks'), ('rocks1'), ('rockshox'), ('rockss'), ('rocksta'), ('rockstar'), ('rockstar1'), ('rockster'),
('rockwell'), ('rockwood'), ('rocky'), ('rocky1'), ('rocky11'), ('rocky123'), ('rocky13'), ('rocky2'),
('rocky3'), ('rocky4'), ('rocky5'), ('rocky6'), ('rockyboy'), ('rockydog'), ('rockys'), ('rockytop'), ('rockyy'),
('rockz'), ('rococo'), ('rodder'), ('rodders'), ('rodent'), ('rodents'), ('rodeo'), ('rodeo1'), ('rodeos'),
('roderick'), ('rodger'), ('rodgers'), ('rodina'), ('rodion'), ('rodionov'), ('rodman'), ('rodman91'),
('rodney'), ('rodney1'), ('rodolfo'), ('rodrig'), ('rodrigo'), ('rodrigue'), ('rodriguez'), ('roebuck'),
('roenick'), ('rofl'), ('roflcopter'), ('roflmao'), ('rogelio'), ('roger'), ('roger1'), ('roger123'), ('roger2'),
('rogers'), ('rogets'), ('rogue'), ('rogue1'), ('rogue2'), ('rogues'), ('roisin'), ('rojo'), ('roksana'),
('rola'), ('rolan'), ('roland'), ('roland1'), ('rolando'), ('roleplay'), ('rolex'), ('rolex1'), ('rolf'),
('roll'), ('roller'), ('roller1'), ('rollers'), ('rollie'), ('rollin'), ('rolling'), ('rollins'), ('rollo'),
('rollout'), ('rollover'), ('rollrock'), ('rolls'), ('rolltide'), ('rolltide1'), ('rolodex'), ('rolsen'),
('rolyat'), ('roma'), ('roma123'), ('roma1990'), ('roma1993'), ('roma1995'), ('roma1996'), ('roma2010'),
('romai'), ('romain'), ('roman'), ('roman1'), ('roman12'), ('roman123'), ('roman222'), ('roman777'), ('romana'),
('romance'), ('romance1'), ('romanenko'), ('romania'), ('romann'), ('romano'), ('romanov'), ('romanova'),
('romanroman'), ('romans'), ('romanson'), ('romantic'), ('romantik'), ('romantika'), ('romario'), ('romaroma'),
('romashka'), ('romawka'), ('rome'), ('romeo'), ('romeo1'), ('romeo123'), ('romeos'), ('romer'), ('romero'),
('romina'), ('rommel'), ('rommel1'), ('romper'), ('romuald'), ('romulus'), ('ron123'), ('rona'), ('ronal'),
('ronald'), ('ronald1'), ('ronaldinho'), ('ronaldinho10'), ('ronaldo'), ('ronaldo1'), ('ronaldo123'),
('ronaldo7'), ('ronaldo9'), ('ronaldo99'), ('rondo'), ('rong'), ('roni'), ('ronin'), ('ronjon'), ('ronni'),
('ronnie'), ('ronnie1'), ('ronny'), ('rono'), ('ronson'), ('ronster'), ('roodypoo'), ('roof'), ('roofer'),
('roofing'), ('roofus'), ('rook'), ('rookie'), ('rookie1'), ('room'), ('room101'), ('room112'), ('rooney'),
('rooney1'), ('rooney10'), ('roos'), ('roosevel'), ('rooster'), ('rooster1'), ('roosters'), ('root'),
('root138'), ('rootbeer'), ('rootedit'), ('rooter'), ('roots'), ('rope'), ('roper'), ('rory'), ('rosa'),
('rosado'), ('rosalba'), ('rosales'), ('rosalia'), ('rosalie'), ('rosalina'), ('rosalind'), ('rosalita'),
('rosana'), ('rosanna'), ('rosari'), ('rosario'), ('rosco'), ('rosco1'), ('roscoe'), ('roscoe1'), ('rose'),
('rose1'), ('rose12'), ('rose123'), ('roseann'), ('roseanne'), ('rosebowl'), ('rosebu'), ('rosebud'),
('rosebud1'), ('rosebud7'), ('rosebudd'), ('rosebuds'), ('rosebush'), ('rosedale'), ('rosehill'), ('roseline'),
('roselyn'), ('rosemari'), ('rosemarie'), ('rosemary'), ('rosen'), ('rosenrot'), ('roserose'), ('roses'),
('roses1'), ('rosetta'), ('rosette'), ('rosewood'), ('rosey'), ('roshan'), ('rosi'), ('rosie'), ('rosie1'),
('rosie123'), ('rosies'), ('rosina'), ('rosit'), ('rosita'), ('roskilde'), ('roslyn'), ('ross'), ('rossco'),
('rossella'), ('rossi'), ('rossi46'), ('rossia'), ('rossigno'), ('rossignol'), ('rossini'), ('rossiya'),
('rossman'), ('rossy'), ('rostik'), ('rostislav'), ('rostov'), ('roswell'), ('rotary'), ('rotciv'), ('roth'),
('rothmans'), ('rotor'), ('rotten'), ('rotter'), ('rotterda'), ('rotterdam'), ('rottie'), ('rottweil'),
('rottweiler'), ('rouge'), ('rouges'), ('rough'), ('roulette'), ('round'), ('rounder'), ('rounders'), ('rounds'),
('roundup'), ('rousseau'), ('route'), ('route66'), ('router'), ('routine'), ('rover'), ('rover1'), ('rover123'),
('rovers'), ('rovers1'), ('rovert'), ('rovnogod'), ('rowboat'), ('rowdy'), ('rowdy1'), ('rowena'), ('rowing'),
('rowland'), ('rowley'), ('roxan'), ('roxana'), ('roxane'), ('roxann'), ('roxanne'), ('roxanne1'), ('roxbury'),
('roxette'), ('roxie'), ('roxie1'), ('roxy'), ('roxydog'), ('roy123'), ('royal'), ('royal1'), ('royale'),
('royals'), ('royals1'), ('royalty'), ('royboy'), ('royce'), ('roygbiv'), ('royjones'), ('roykeane'),
('royston'), ('roza'), ('rrpass1'), ('rrrrr1'), ('rrrrrr1'), ('rrrrrrr1'), ('rs2000'), ('rsalinas'), ('rse2540'),
('rstlne'), ('rsturbo'), ('rt3460014'), ('rt6ytere'), ('rtynfdh'), ('rtyu4567'), ('rtyuehe'), ('ru4692'),
('ruan'), ('rubber'), ('rubber1'), ('rubberdu'), ('rubberduck'), ('rubbing'), ('rubbish'), ('rubble'), ('rube'),
('ruben'), ('ruben1'), ('rubens'), ('rubicon'), ('rubies'), ('rubin'), ('rubina'), ('ruby'), ('rubyred'),
('rubyrose'), ('rucker'), ('ruckus'), ('rudder'), ('ruddy'), ('rude'), ('rudeboy'), ('rudedog'), ('rudenko'),
('rudi'), ('rudiger'), ('rudolf'), ('rudolph'), ('rudy'), ('rueben'), ('ruff'), ('ruffian'), ('ruffin'),
('ruffles'), ('ruffneck'), ('ruffryde'), ('ruffus'), ('rufino'), ('rufus'), ('rufus1'), ('rufus2'), ('rufuss'),
('rugburn'), ('rugby'), ('rugby1'), ('rugby123'), ('rugby2'), ('rugby8'), ('rugby9'), ('rugbyman'), ('ruger'),
('ruger1'), ('rugged'), ('rugger'), ('ruggiero'), ('ruggles'), ('rugrat'), ('rugrats'), ('ruiz'), ('rul3z'),
('rule'), ('rules'), ('rules1'), ('rulesyou'), ('rulez'), ('rulez1'), ('rulezz'), ('rulezzz'), ('rulezzzz'),
('rulz'), ('rumba'), ('rumble'), ('rummy'), ('rumple'), ('rumpole'), ('run4fun'), ('runaway'), ('rundll32'),
('rundmc'), ('runescape'), ('runescape1'), ('runfast'), ('runne'), ('runner'), ('runner1'), ('runner12'),
('runnin'), ('running'), ('running1'), ('runo'), ('runrig'), ('runvs'), ('runway'), ('rupert'), ('rupert1'),
('rusalka'), ('rush'), ('rush211'), ('rush2112'), ('rushfan'), ('rushhour'), ('rushman'), ('rushmore'),
('rushrush'), ('ruslan'), ('ruslan123'), ('ruslana'), ('rusrap'), ('russ'), ('russ120'), ('russel'), ('russel1'),
('russell'), ('russell1'), ('russell2'), ('russell7'), ('russi'), ('russia'), ('russia1'), ('russian'),
('russian6'), ('russian7'), ('russians'), ('russland'), ('russo'), ('rust'), ('rustam'), ('rustang'), ('rustem'),
('rustic'), ('rustik'), ('rustler'), ('rusty'), ('rusty1'), ('rusty123'), ('rusty2'), ('rusty21'), ('rusty5'),
('rustyboy'), ('rustydog'), ('rustys'), ('rustyw'), ('rutabaga'), ('rutabega'), ('rutger'), ('rutgers'),
('ruth'), ('ruthann'), ('ruthie'), ('ruthless'), ('rutland'), ('rutledge'), ('rutter'), ('rvd420'), ('rvgmw2gl'),
('rxmtkp'), ('ryan'), ('ryan01'), ('ryan1'), ('ryan11'), ('ryan12'), ('ryan123'), ('ryan22'), ('ryder'),
('ryder1'), ('ryebread'), ('ryjgjxrf'), ('ryjgrf'), ('ryleigh'), ('rynner'), ('ryno23'), ('ryslan'),
('rz93qpmq'), ('s0ccer'), ('s1107d'), ('s11111'), ('s12345'), ('s123456'), ('s1234567'), ('s12345678'),
('s123456789'), ('s123456s'), ('s1a2s3h4a5'), ('s1lver'), ('s1s2s3'), ('s1s2s3s4'), ('s211278'), ('s4114d'),
('s456123789'), ('s5r8ed67s'), ('s62i93'), ('s7fhs127'), ('s9te949f'), ('saab'), ('saab900'), ('saab9000'),
('saab93'), ('saab95'), ('saavedra'), ('saba'), ('sabaka'), ('sabbat'), ('sabbath'), ('sabbath1'), ('sabbeth'),
('saber'), ('saber1'), ('sabers'), ('sabian'), ('sabin'), ('sabina'), ('sabine'), ('sable'), ('sable1'),
('sabotage'), ('sabre'), ('sabre1'), ('sabres'), ('sabrin'), ('sabrina'), ('sabrina1'), ('sabrosa'), ('sacha'),
('sachas'), ('sachem'), ('sachiko'), ('sachin'), ('sack'), ('sacoremsg'), ('sacramen'), ('sacramento'),
('sacred'), ('sacrific'), ('sacrifice'), ('sactown'), ('sad123'), ('sada'), ('saddam'), ('saddie'), ('saddle'),
('saddles'), ('sade'), ('sadie'), ('sadie1'), ('sadie123'), ('sadie2'), ('sadiedog'), ('sadiemae'), ('sadies'),
('sadist'), ('sadler'), ('sadman'), ('sadness'), ('sadomaso'), ('safado'), ('safari'), ('safe'), ('safety'),
('safety1'), ('safeu851'), ('safeway'), ('saffron'), ('safina'), ('safonova'), ('safrane'), ('safronova'),
('sage'), ('saginaw'), ('sagitari'), ('sagittarius'), ('sahalin'), ('sahar'), ('sahara'), ('sahil'),
('sahtm038'), ('sahtm069'), ('sahtm082'), ('sahtm131'), ('saibaba'), ('said'), ('saidin'), ('saigon'), ('sail'),
('sailaway'), ('sailboat'), ('sailer'), ('sailfish'), ('sailing'), ('sailing1'), ('sailor'), ('sailor1'),
('sailormo'), ('sailormoon'), ('saimon'), ('saint'), ('saint1'), ('saints'), ('saints1'), ('saipan'), ('sairam'),
('saisg002'), ('saisha'), ('saitek'), ('saiyajin'), ('saiyan'), ('saki'), ('sakic'), ('sakic19'), ('sakina'),
('sakur'), ('sakura'), ('sakura1'), ('salaam'), ('salad'), ('saladin'), ('salam'), ('salama'), ('salamanc'),
('salamand'), ('salamander'), ('salamandra'), ('salamat'), ('salami'), ('salamon'), ('salas'), ('salasana'),
('salavat'), ('salazar'), ('sale'), ('saleem'), ('saleen'), ('salem'), ('salem1'), ('salerno'), ('sales'),
('sales1'), ('salesman'), ('salford'), ('salgar'), ('salguod'), ('salida'), ('salim'), ('salima'), ('salina'),
('salinas'), ('saline'), ('salinger'), ('salisbur'), ('saliva'), ('sallad'), ('sallas'), ('salle'), ('sallie'),
('sally'), ('sally1'), ('sally123'), ('sally2'), ('sallyann'), ('sallydog'), ('sallys'), ('salma'), ('salman'),
('salmon'), ('salmon1'), ('salo'), ('salohcin'), ('salom'), ('salome'), ('salomon'), ('salomon1'), ('salon'),
('saloon'), ('salope'), ('salsa'), ('salsa1'), ('salsas'), ('salsero'), ('salt'), ('salt55'), ('saltanat'),
('salter'), ('saltlake'), ('saltwater'), ('salty'), ('salty1'), ('saltydog'), ('saluki'), ('salut'), ('salute'),
('salvado'), ('salvador'), ('salvage'), ('salvatio'), ('salvation'), ('salvator'), ('salvatore'), ('salvia'),
('salzburg'), ('sam'), ('sam1'), ('sam123'), ('sam12345'), ('sam138989'), ('sam2000'), ('samadams'), ('samadhi'),
('samael'), ('samant'), ('samanta'), ('samanth'), ('samanth1'), ('samantha'), ('samantha1'), ('samapi'),
('samar'), ('samara'), ('samarkand'), ('samat'), ('samatron'), ('samba'), ('samba1'), ('sambo'), ('sambo1'),
('sambora'), ('samboy'), ('sambuca'), ('sambuka'), ('samcat'), ('samdog'), ('same'), ('sameas'), ('samedi'),
('sameer'), ('samfox'), ('samhain'), ('sami'), ('samia'), ('samiam'), ('samir'), ('samira'), ('samm'), ('sammi'),
('sammie'), ('sammie01'), ('sammie1'), ('sammmy'), ('sammons'), ('sammy'), ('sammy1'), ('sammy11'), ('sammy12'),
('sammy123'), ('sammy2'), ('sammy69'), ('sammy7'), ('sammyboy'), ('sammycat'), ('sammydog'), ('sammyjo'),
('sammys'), ('sammysos'), ('sammyy'), ('samo'), ('samogon'), ('samoht'), ('samolet'), ('sample'), ('sampras'),
('sampson'), ('sampson1'), ('sams'), ('samsa'), ('samsam1'), ('samsara'), ('samso'), ('samson'), ('samson1'),
('samson12'), ('samsun'), ('samsung'), ('samsung1'), ('samsung123'), ('samsung2'), ('samsung9'), ('samtron'),
('samual'), ('samue'), ('samuel'), ('samuel1'), ('samuel12'), ('samuele'), ('samura'), ('samurai'), ('samurai1'),
('samurai7'), ('samuraix'), ('samuri'), ('samvel'), ('samwise'), ('samy'), ('san123'), ('sana'), ('sanan'),
('sanandreas'), ('sanane'), ('sananton'), ('sanborn'), ('sanche'), ('sanches'), ('sanchez'), ('sanchez1'),
('sanchin'), ('sancho'), ('sanction'), ('sanctuar'), ('sanctuary'), ('sand'), ('sandal'), ('sandals'),
('sandan'), ('sandberg'), ('sandbox'), ('sandburg'), ('sandee'), ('sandeep'), ('sander'), ('sanders'),
('sanders1'), ('sanders2'), ('sanderso'), ('sandhill'), ('sandhya'), ('sandi'), ('sandi1'), ('sandi1172'),
('sandia'), ('sandie'), ('sandiego'), ('sandies'), ('sandler'), ('sandlot'), ('sandma'), ('sandman'),
('sandman1'), ('sandmann'), ('sandokan'), ('sandor'), ('sandoval'), ('sandown'), ('sandr'), ('sandra'),
('sandra1'), ('sandra11'), ('sandra69'), ('sandrin'), ('sandrine'), ('sandrita'), ('sandro'), ('sandrock'),
('sands'), ('sandusky'), ('sandwich'), ('sandy'), ('sandy1'), ('sandy12'), ('sandy123'), ('sandy2'), ('sandy3'),
('sandy69'), ('sandydog'), ('sandys'), ('sane4ek'), ('sanek'), ('sanek123'), ('sanek94'), ('sanford'),
('sanfran'), ('sanfrancisco'), ('sang'), ('sangeeta'), ('sanger'), ('sangria'), ('sanibel'), ('sanity'),
('sanity72'), ('sanity729'), ('sanja'), ('sanjar'), ('sanjay'), ('sanjeev'), ('sanjos'), ('sanjose'),
('sanjuan'), ('sanman'), ('sanmarco'), ('sanna'), ('sanpedro'), ('sanremo'), ('sanskrit'), ('sanson'), ('santa'),
('santa1'), ('santa234'), ('santacla'), ('santacru'), ('santacruz'), ('santafe'), ('santafe1'), ('santamaria'),
('santan'), ('santana'), ('santana1'), ('santana5'), ('santande'), ('santander'), ('santas'), ('santeria'),
('santi'), ('santiag'), ('santiago'), ('santini'), ('santino'), ('santo'), ('santorin'), ('santorini'),
('santos'), ('santosh'), ('sanya'), ('sanyco'), ('saoirse'), ('saopaulo'), ('sapato'), ('sapfir'), ('saphir'),
('saphire'), ('sapiens'), ('sapito'), ('sapo'), ('sapper'), ('sapphic'), ('sapphir'), ('sapphire'), ('sappho'),
('sapporo'), ('saqartvelo'), ('sara'), ('sara123'), ('saraann'), ('saracen'), ('sarah'), ('sarah1'),
('sarah123'), ('sarah13'), ('sarah2'), ('sarah200'), ('sarah69'), ('sarah7'), ('saraha'), ('sarahb'), ('sarahc'),
('sarahd'), ('sarahh'), ('sarahm'), ('sarahs'), ('saraht'), ('sarajane'), ('sarajevo'), ('sarakawa'),
('saralee'), ('sarang'), ('saransk'), ('sarasara'), ('sarasota'), ('saratoga'), ('saratov'), ('sarcasm'),
('sardar'), ('sardor'), ('sarenna'), ('saretta'), ('sarge'), ('sarge1'), ('sargeant'), ('sargent'), ('sargon'),
('sargsyan'), ('sarina'), ('sarit'), ('sarita'), ('sarita2'), ('sarkis'), ('sarmat'), ('sartre'), ('saruman'),
('sarvar'), ('sas123'), ('sasa123'), ('sasafras'), ('sasami'), ('sascha'), ('sascha1'), ('sasha'), ('sasha1'),
('sasha11'), ('sasha111'), ('sasha12'), ('sasha123'), ('sasha1234'), ('sasha12345'), ('sasha13'), ('sasha1988'),
('sasha1991'), ('sasha1992'), ('sasha1993'), ('sasha1994'), ('sasha1995'), ('sasha1996'), ('sasha1997'),
('sasha1998'), ('sasha2'), ('sasha2000'), ('sasha2010'), ('sasha2011'), ('sasha5'), ('sasha777'), ('sasha_007'),
('sashaa'), ('sashadog'), ('sashas'), ('sashasasha'), ('sashenka'), ('sashimi'), ('sashka'), ('sashok'),
('sasitare'), ('saskatoo'), ('saskia'), ('saskia1'), ('saspurs'), ('sasquatc'), ('sasquatch'), ('sass'),
('sassie'), ('sassy'), ('sassy1'), ('sassy123'), ('sassy2'), ('sassycat'), ('sassydog'), ('sassys'), ('sasuk'),
('sasuke'), ('sasuke12'), ('sasuke123'), ('sat321321'), ('satan'), ('satan1'), ('satan6'), ('satan66'),
('satan666'), ('satana'), ('satana666'), ('satanas'), ('satanic'), ('sataniv1993'), ('satans'), ('satch'),
('satchel'), ('satchel1'), ('satchmo'), ('satcom'), ('satelite'), ('satellit'), ('satellite'), ('sathya'),
('satin'), ('satin1'), ('satine'), ('satire'), ('satisfaction'), ('satisfy'), ('sativa'), ('satnam'), ('satori'),
('satoshi'), ('satriani'), ('satsuma'), ('satur'), ('saturday'), ('saturn'), ('saturn1'), ('saturn2'),
('saturn5'), ('saturne'), ('saturnin'), ('saturno'), ('satyam'), ('satyr'), ('sauber'), ('sauce'), ('saucer'),
('sauces'), ('saudade'), ('saudan'), ('saufen'), ('saul'), ('saun'), ('saun24865709'), ('saunders'), ('sauron'),
('saurus'), ('sausage'), ('sausage1'), ('sausages'), ('savag'), ('savage'), ('savage1'), ('savana'), ('savanah'),
('savanna'), ('savannah'), ('savannah1'), ('savant'), ('savatage'), ('savchenko'), ('save'), ('save13tx'),
('saved'), ('saveliy'), ('saveme'), ('savina'), ('saving'), ('savings'), ('saviola'), ('savior'), ('savoy'),
('sawa212'), ('sawadee'), ('sawblade'), ('sawdust'), ('sawmill'), ('sawtooth'), ('sawyer'), ('saxman'), ('saxo'),
('saxon'), ('saxon1'), ('saxons'), ('saxophon'), ('saxophone'), ('sayaka'), ('sayan'), ('sayana'), ('sayang'),
('sayangku'), ('sayonara'), ('sayuri'), ('saywhat'), ('sazd'), ('sb211st'), ('sc00by'), ('sc00ter'),
('sc0tland'), ('scabby'), ('scaffold'), ('scale'), ('scale1'), ('scales'), ('scally'), ('scammer'), ('scamp'),
('scamp1'), ('scamper'), ('scamper1'), ('scampi'), ('scampy'), ('scan'), ('scandal'), ('scandinavian'),
('scandisk'), ('scania'), ('scanman'), ('scanner'), ('scanner1'), ('scar'), ('scarab'), ('scare'), ('scarecro'),
('scarecrow'), ('scared'), ('scarfac'), ('scarface'), ('scarface1'), ('scarlet'), ('scarlet1'), ('scarlets'),
('scarlett'), ('scarred'), ('scary'), ('scat'), ('scatman'), ('scatter'), ('scc1975'), ('scene'), ('scenery'),
('scenic'), ('sceptre'), ('schaap'), ('schach'), ('schaefer'), ('schalk'), ('schalke'), ('schalke0'),
('schalke04'), ('schastie'), ('schatje'), ('schatz'), ('schatzi'), ('schecter'), ('schedule'), ('scheiss'),
('scheisse'), ('scheme'), ('schenker'), ('schick'), ('schiffer'), ('schiller'), ('schism'), ('schlampe'),
('schlange'), ('schlitz'), ('schlong'), ('schloss'), ('schlumpf'), ('schmid'), ('schmidt'), ('schmidt1'),
('schmitt'), ('schmoe'), ('schmoo'), ('schmuck'), ('schnapps'), ('schnecke'), ('schnee'), ('schneide'),
('schneider'), ('schnell'), ('schnitze'), ('schnitzel'), ('schnucki'), ('schnuff'), ('schnuffe'), ('schnuffi'),
('schoen'), ('schokk'), ('scholar'), ('scholes'), ('schoo'), ('school'), ('school1'), ('school12'),
('schoolgirlie'), ('schools'), ('schooner'), ('schorsch'), ('schott'), ('schreibe'), ('schroder'), ('schroede'),
('schroeder'), ('schubert'), ('schuey'), ('schule'), ('schultz'), ('schultz1'), ('schulz'), ('schumach'),
('schumacher'), ('schumi'), ('schuster'), ('schuyler'), ('schwab'), ('schwanz'), ('schwartz'), ('schwarz'),
('schweden'), ('schwein'), ('schweiz'), ('schwing'), ('schwinn'), ('science'), ('science1'), ('scimitar'),
('scipio'), ('scirocco'), ('scissors'), ('scitra'), ('scoob'), ('scooba'), ('scoobie'), ('scooby'), ('scooby1'),
('scooby11'), ('scooby12'), ('scooby2'), ('scooby69'), ('scoobydo'), ('scoobydoo'), ('scoop'), ('scoop1'),
('scooper'), ('scoops'), ('scoopy'), ('scoot'), ('scoote'), ('scooter'), ('scooter1'), ('scooter2'),
('scooter3'), ('scooter5'), ('scooter6'), ('scooter7'), ('scooter8'), ('scooters'), ('scoots'), ('scorch'),
('scorcher'), ('score'), ('score1'), ('scorelan'), ('scoreland'), ('scores'), ('scorp'), ('scorpi'),
('scorpian'), ('scorpio'), ('scorpio1'), ('scorpio2'), ('scorpio6'), ('scorpio7'), ('scorpion'), ('scorpions'),
('scorpius'), ('scot'), ('scotch'), ('scotia'), ('scotlan'), ('scotland'), ('scotsman'), ('scott'), ('scott1'),
('scott11'), ('scott12'), ('scott123'), ('scott2'), ('scott3'), ('scottb'), ('scotti'), ('scottie'),
('scottie1'), ('scottish'), ('scottm'), ('scotto'), ('scotts'), ('scottsda'), ('scottt'), ('scotty'),
('scotty1'), ('scoubidou'), ('scoubidou2'), ('scoubidou6'), ('scouse'), ('scouser'), ('scout'), ('scout1'),
('scout2'), ('scouter'), ('scouts'), ('scrabble'), ('scram'), ('scramble'), ('scranton'), ('scrap'),
('scrapland'), ('scrapp'), ('scrapper'), ('scrappy'), ('scrappy1'), ('scraps'), ('scrapy'), ('scratch'),
('scratch1'), ('scratchy'), ('scream'), ('screamer'), ('screamin'), ('screech'), ('screen'), ('screw'),
('screwbal'), ('screwed'), ('screwme'), ('screws'), ('screwu'), ('screwy'), ('screwyou'), ('scribble'),
('scribe'), ('script'), ('scripto'), ('scripts'), ('scroll'), ('scrooge'), ('scrotum'), ('scrub'), ('scrubber'),
('scrubs'), ('scruff'), ('scruffy'), ('scruffy1'), ('scrump'), ('scrumpy'), ('scsa316'), ('scuba'), ('scuba1'),
('scuba10'), ('scuba123'), ('scuba2'), ('scubad'), ('scubadiv'), ('scubaman'), ('scubapro'), ('scubas'),
('scudder'), ('scuderia'), ('scull'), ('scully'), ('scully1'), ('scum'), ('scumbag'), ('scurlock'), ('scurvy'),
('scxakv'), ('scylla'), ('scythe'), ('sd3lpgdr'), ('sd3utre7'), ('sdbaker'), ('sdh686drth'), ('sdicmt7seytn'),
('sdpass'), ('sdsadee23'), ('seabass'), ('seabass1'), ('seabee'), ('seabird'), ('seabrook'), ('seadog'),
('seadoo'), ('seadoo96'), ('seafood'), ('seagate'), ('seagrams'), ('seagrave'), ('seagull'), ('seagulls'),
('seahawk'), ('seahawks'), ('seahorse'), ('seaking'), ('seal'), ('sealteam'), ('seaman'), ('seamless'),
('seamus'), ('sean'), ('seanjohn'), ('seaquest'), ('searay'), ('search'), ('searcher'), ('searchin'),
('searock'), ('searock6'), ('sears'), ('seashell'), ('seashore'), ('seaside'), ('season'), ('seasons'), ('seat'),
('seatleon'), ('seaton'), ('seattle'), ('seattle1'), ('seattle2'), ('seattle7'), ('seau55'), ('seaways'),
('seaweed'), ('seawolf'), ('sebast'), ('sebastia'), ('sebastian'), ('sebastian1'), ('sebastie'), ('sebastien'),
('sebora'), ('sebora64'), ('sebring'), ('sebring1'), ('second'), ('seconds'), ('secre'), ('secret'),
('secret00'), ('secret1'), ('secret12'), ('secret123'), ('secret2'), ('secret99'), ('secreta'), ('secretar'),
('secreto'), ('secrets'), ('section'), ('section8'), ('sector'), ('secure'), ('secure1'), ('secured'),
('securit'), ('security'), ('security1'), ('sedona'), ('seductive'), ('seeall'), ('seed'), ('seeing'), ('seek'),
('seeker'), ('seeking'), ('seemann'), ('seeme'), ('seemee'), ('seemnemaailm'), ('seemore'), ('seesaw'),
('seether'), ('seeyou'), ('sega'), ('segblue2'), ('segovia'), ('segredo'), ('segreto'), ('segundo'), ('seifer'),
('seiko'), ('seinfeld'), ('seitnap'), ('sekirarr'), ('sekret'), ('sektor'), ('selanne'), ('selassie'),
('seldom'), ('select'), ('select1'), ('selecta'), ('selector'), ('selen'), ('selena'), ('selene'), ('selfish'),
('selfok2013'), ('selhurst'), ('selina'), ('sell'), ('seller'), ('sellers'), ('selling'), ('sellout'), ('selma'),
('selmer'), ('selrahc'), ('seltzer'), ('selur'), ('selwyn'), ('semaj'), ('semaj1'), ('semen'), ('semenov'),
('semenova'), ('seminar'), ('seminole'), ('seminoles'), ('semmel'), ('semper'), ('semperf'), ('semperf1'),
('semperfi'), ('semperfi1'), ('semprini'), ('semtex'), ('senate'), ('senator'), ('senators'), ('send'),
('sender'), ('sending'), ('seneca'), ('senegal'), ('seng'), ('senha'), ('senha123'), ('senhas'), ('senior'),
('senior1'), ('seniors'), ('seniseviyor'), ('senna'), ('senna1'), ('senorita'), ('sensatio'), ('sensation'),
('sense'), ('sensei'), ('senses'), ('sensible'), ('sensitiv'), ('sensor'), ('sensual'), ('senthil'),
('sentinal'), ('sentinel'), ('sentra'), ('sentry'), ('sephan'), ('sephirot'), ('sephiroth'), ('seppel'),
('sept'), ('septembe'), ('september'), ('septembr'), ('septic'), ('septiembr'), ('sepultur'), ('sepultura'),
('sequel'), ('sequoia'), ('ser123'), ('serafim'), ('serafima'), ('serafin'), ('serafina'), ('seraph'),
('seraphim'), ('serbia'), ('serda'), ('serdar'), ('serdce'), ('serebro'), ('sereda'), ('serega'), ('serega123'),
('seren'), ('serena'), ('serena1'), ('serenada'), ('serenade'), ('serendip'), ('serendipity'), ('serene'),
('serenit'), ('serenity'), ('serg'), ('sergant'), ('sergbest'), ('serge'), ('serge1'), ('sergeant'), ('sergeev'),
('sergeeva'), ('sergeevich'), ('sergeevna'), ('sergei'), ('sergei1'), ('sergej'), ('sergey'), ('sergey1'),
('sergey123'), ('sergey7'), ('sergi'), ('sergik'), ('sergio'), ('sergio1'), ('sergiu'), ('serial'), ('series'),
('serik'), ('serina'), ('serious'), ('serious1'), ('serjik'), ('serkan'), ('serpent'), ('serpent1'), ('serpico'),
('serrano'), ('sersolution'), ('serval'), ('servant'), ('serve'), ('server'), ('server1'), ('servette'),
('servic'), ('service'), ('service01'), ('service1'), ('service321'), ('services'), ('servis'), ('servo'),
('servus'), ('sesam'), ('sesame'), ('sesame1'), ('sesamo'), ('session'), ('sessions'), ('sesso'), ('sestra'),
('seth'), ('setter'), ('setting'), ('settings'), ('settle'), ('settlers'), ('setup'), ('setupenu2'),
('sevastopol'), ('seve'), ('seven'), ('seven1'), ('seven11'), ('seven7'), ('seven77'), ('seven777'),
('sevendus'), ('sevenn'), ('sevenof9'), ('sevenout'), ('sevens'), ('seventee'), ('seventeen'), ('seventh'),
('seventy'), ('seventy7'), ('sevenup'), ('sever'), ('several'), ('severe'), ('severin'), ('severine'),
('severn'), ('severus'), ('sevilia1'), ('sevilla'), ('seville'), ('sevisgur'), ('seviyi'), ('sewanee'),
('seward'), ('sewell'), ('sewers'), ('sex'), ('sex1'), ('sex101'), ('sex123'), ('sex1234'), ('sex12345'),
('sex2000'), ('sex4ever'), ('sex4free'), ('sex4fun'), ('sex4me'), ('sex666'), ('sex69'), ('sex6969'), ('sex777'),
('sexaddict'), ('sexbomb'), ('sexboy'), ('sexdog'), ('sexdrive'), ('sexe'), ('sexfiend'), ('sexfreak'),
('sexfun'), ('sexgod'), ('sexi'), ('sexiest'), ('sexiness'), ('sexisfun'), ('sexisgood'), ('sexking'),
('sexkitte'), ('sexkitten'), ('sexlover'), ('sexmachine'), ('sexmad'), ('sexman'), ('sexmania'), ('sexme'),
('sexmeup'), ('sexnow'), ('sexo'), ('sexo69'), ('sexpics'), ('sexpistols'), ('sexpot'), ('sexs'), ('sexse'),
('sexsells'), ('sexsex'), ('sexsex1'), ('sexsexse'), ('sexsite'), ('sexsites'), ('sexslave'), ('sexstuff'),
('sextime'), ('sexton'), ('sextoy'), ('sexual'), ('sexual1'), ('sexwax'), ('sexx'), ('sexxes'), ('sexxx'),
('sexxxx'), ('sexxxxxx'), ('sexxxy'), ('sexxy'), ('sexxy1'), ('sexxybj'), ('sexy'), ('sexy01'), ('sexy1'),
('sexy101'), ('sexy11'), ('sexy12'), ('sexy123'), ('sexy1234'), ('sexy2'), ('sexy21'), ('sexy22'), ('sexy23'),
('sexy4me'), ('sexy69'), ('sexyass'), ('sexybabe'), ('sexybaby'), ('sexybeas'), ('sexybeast'), ('sexybitc'),
('sexybitch'), ('sexybo'), ('sexyboy'), ('sexyfeet'), ('sexygirl'), ('sexygirls'), ('sexyguy'), ('sexylady'),
('sexylegs'), ('sexylove'), ('sexymama'), ('sexyman'), ('sexyme'), ('sexyone'), ('sexypass'), ('sexyred'),
('sexyred1'), ('sexysex'), ('sexysexy'), ('sexytime'), ('sexywife'), ('seymore'), ('seymour'), ('seymur'),
('sf161pn'), ('sf49ers'), ('sfgiants'), ('sgegukbm'), ('sh4d0w3d'), ('shabazz'), ('shabba'), ('shabby'),
('shabnam'), ('shack'), ('shack1'), ('shad0w'), ('shaddy'), ('shade'), ('shader'), ('shades'), ('shado'),
('shadoe'), ('shadow'), ('shadow00'), ('shadow01'), ('shadow1'), ('shadow10'), ('shadow11'), ('shadow12'),
('shadow1212'), ('shadow123'), ('shadow13'), ('shadow14'), ('shadow2'), ('shadow20'), ('shadow22'), ('shadow23'),
('shadow3'), ('shadow69'), ('shadow7'), ('shadow88'), ('shadow9'), ('shadow99'), ('shadowfa'), ('shadowfax'),
('shadowma'), ('shadowman'), ('shadowru'), ('shadowrun'), ('shadows'), ('shadows1'), ('shadwell'), ('shady'),
('shady1'), ('shaffer'), ('shaft'), ('shaft1'), ('shafted'), ('shafty'), ('shag'), ('shagg'), ('shagger'),
('shaggy'), ('shaggy1'), ('shagme'), ('shah'), ('shaheen'), ('shahid'), ('shahrukh'), ('shai'), ('shaina'),
('shaitan'), ('shaka'), ('shaka1'), ('shakal'), ('shakazul'), ('shake'), ('shakeel'), ('shaken'), ('shaker'),
('shakers'), ('shakes'), ('shakespe'), ('shakespeare'), ('shakey'), ('shakir'), ('shakira'), ('shakti'),
('shakur'), ('shaky'), ('shalimar'), ('shalini'), ('shallow'), ('shalo'), ('shalom'), ('shalom1'), ('sham'),
('sham69'), ('shama'), ('shamal'), ('shaman'), ('shamanking'), ('shame'), ('shameles'), ('shameless'),
('shamen'), ('shami'), ('shamil'), ('shammy'), ('shampoo'), ('shampoo1'), ('shamroc'), ('shamrock'), ('shamus'),
('shan'), ('shana'), ('shana1'), ('shanahan'), ('shanda'), ('shandi'), ('shandy'), ('shane'), ('shane1'),
('shane123'), ('shanee'), ('shaner'), ('shaney'), ('shaney14'), ('shang'), ('shanghai'), ('shango'), ('shani'),
('shania'), ('shania1'), ('shanice'), ('shank'), ('shankar'), ('shanker'), ('shanks'), ('shanna'), ('shannan'),
('shannara'), ('shanno'), ('shannon'), ('shannon1'), ('shannon2'), ('shanny'), ('shanon'), ('shant'), ('shanta'),
('shante'), ('shantel'), ('shantell'), ('shanti'), ('shanty'), ('shao'), ('shaoli'), ('shaolin'), ('shaolin1'),
('shape'), ('shapiro'), ('shaq'), ('shaq34'), ('shar'), ('shara'), ('sharan'), ('share'), ('shares'), ('shari'),
('sharif'), ('sharik'), ('sharing'), ('sharingan'), ('sharipov'), ('shark'), ('shark01'), ('shark1'),
('sharkey'), ('sharkie'), ('sharkman'), ('sharks'), ('sharks1'), ('sharky'), ('sharky7'), ('sharlene'),
('sharma'), ('sharo'), ('sharon'), ('sharon1'), ('sharon12'), ('sharon69'), ('sharona'), ('sharp'), ('sharp1'),
('sharpe'), ('sharper'), ('sharpie'), ('sharpie1'), ('sharps'), ('sharpy'), ('sharron'), ('sharyn'), ('shash'),
('shashank'), ('shashi'), ('shasta'), ('shasta1'), ('shatner'), ('shatter'), ('shaun'), ('shaun1'), ('shauna'),
('shauna1'), ('shaunc'), ('shave'), ('shaved'), ('shaven'), ('shaver'), ('shavkat'), ('shavon'), ('shaw'),
('shawn'), ('shawn1'), ('shawn41'), ('shawna'), ('shawnee'), ('shawns'), ('shawshan'), ('shawty'), ('shay'),
('shayla'), ('shayna'), ('shayne'), ('shazaam'), ('shazam'), ('shazam1'), ('shazbot'), ('shazia'), ('shazza'),
('shdwlnds'), ('shea'), ('shearer'), ('shearer9'), ('sheba'), ('sheba1'), ('shebadog'), ('shecky'), ('shedevil'),
('sheeba'), ('sheehan'), ('sheela'), ('sheen'), ('sheena'), ('sheena1'), ('sheep'), ('sheep1'), ('sheepdog'),
('sheeps'), ('sheer'), ('sheet'), ('sheetal'), ('sheets'), ('sheffiel'), ('sheffield'), ('sheffwed'), ('shei'),
('sheikh'), ('sheila'), ('sheila1'), ('shel'), ('shelb'), ('shelby'), ('shelby1'), ('shelby2'), ('shelbygt'),
('shelbygt500'), ('sheldon'), ('sheldon1'), ('shelia'), ('shell'), ('shell1'), ('shellac'), ('shelle'),
('shelley'), ('shelley1'), ('shelli'), ('shellie'), ('shells'), ('shelly'), ('shelly1'), ('shelter'),
('sheltie'), ('shelton'), ('shemale'), ('shemales'), ('shemp'), ('shen'), ('sheng'), ('shenlong'), ('shenmue'),
('shep'), ('shepard'), ('shepherd'), ('sheppard'), ('sheppy'), ('sher'), ('sheraton'), ('sherbert'), ('sheree'),
('shergar'), ('sheri'), ('sheridan'), ('sherif'), ('sheriff'), ('sherlock'), ('sherman'), ('sherman1'),
('sherpa'), ('sherri'), ('sherrie'), ('sherry'), ('sherry1'), ('sherwin'), ('sherwood'), ('sheryl'), ('sherzod'),
('shetland'), ('shevchenko'), ('shianne'), ('shibainu'), ('shibby'), ('shibumi'), ('shibuya'), ('shiela'),
('shield'), ('shields'), ('shift'), ('shifter'), ('shifty'), ('shihan'), ('shilling'), ('shilo'), ('shiloh'),
('shiloh1'), ('shilpa'), ('shimano'), ('shimmer'), ('shimmy'), ('shin'), ('shinchan'), ('shine'), ('shineon'),
('shiner'), ('shiner1'), ('shines'), ('shiney'), ('shingo'), ('shinigam'), ('shinigami'), ('shining'),
('shinji'), ('shinobi'), ('shinobu'), ('shinto'), ('shiny'), ('ship'), ('shipley'), ('shipman'), ('shipmate'),
('shipping'), ('shippo'), ('ships'), ('shipyard'), ('shirak'), ('shiraz'), ('shire'), ('shirin'), ('shirle'),
('shirley'), ('shirley1'), ('shirow'), ('shirt'), ('shirts'), ('shit'), ('shit1'), ('shit12'), ('shit123'),
('shit1234'), ('shitass'), ('shitbag'), ('shitball'), ('shitbird'), ('shitface'), ('shitfire'), ('shitfuck'),
('shithappens'), ('shithead'), ('shithead1'), ('shithole'), ('shitman'), ('shitshit'), ('shitt'), ('shitter'),
('shittt'), ('shitty'), ('shitty1'), ('shiva'), ('shiva1'), ('shivam'), ('shivan'), ('shivani'), ('shiver'),
('shivers'), ('shiznit'), ('shizzle'), ('shkiper'), ('shkola'), ('shlomo'), ('shlong'), ('shmily'), ('shmuck'),
('shock'), ('shock123'), ('shock5'), ('shocker'), ('shocker1'), ('shockers'), ('shockey'), ('shocking'),
('shocks'), ('shockwav'), ('shodan'), ('shoe'), ('shoebox'), ('shoehorn'), ('shoelace'), ('shoeless'),
('shoeman'), ('shoes'), ('shogun'), ('shojou'), ('shokolad'), ('shonuf'), ('shonuff'), ('shooby'), ('shoot'),
('shooter'), ('shooter1'), ('shooters'), ('shooting'), ('shootme'), ('shoots'), ('shop'), ('shopmenu'),
('shopper'), ('shoppin'), ('shopping'), ('shopping1'), ('shore'), ('shores'), ('short'), ('short1'),
('shortcut'), ('shortdog'), ('shorter'), ('shortie'), ('shortman'), ('shorts'), ('shortsto'), ('shorty'),
('shorty1'), ('shortys'), ('shot'), ('shotgun'), ('shotgun1'), ('shotguns'), ('shotokan'), ('shots'), ('shou'),
('shoulder'), ('shout'), ('shovel'), ('show'), ('showbiz'), ('showboat'), ('showcase'), ('shower'), ('showers'),
('showgirl'), ('showing'), ('showit'), ('showme'), ('showme1'), ('showoff'), ('showtime'), ('shrdlu'), ('shred'),
('shredder'), ('shrek'), ('shrike'), ('shrike01'), ('shrimp'), ('shrine'), ('shrink'), ('shroom'), ('shrooms'),
('shua'), ('shuai'), ('shuan'), ('shuang'), ('shuffle'), ('shuhrat'), ('shui'), ('shumaher'), ('shumway'),
('shun'), ('shuo'), ('shurik'), ('shuriken'), ('shutdown'), ('shutout'), ('shutter'), ('shuttle'), ('shutup'),
('shweta'), ('shwing'), ('shyanne'), ('shygirl1'), ('shyguy'), ('shylock'), ('shyster'), ('si711ne'),
('siamese'), ('sibelius'), ('siberia'), ('siberian'), ('sicher'), ('sicilia'), ('sicilian'), ('sicily'),
('sick'), ('sickan'), ('sickboy'), ('sickle'), ('sickness'), ('sicnarf'), ('sid123'), ('siddhart'), ('siddis'),
('side'), ('sidekick'), ('sideout'), ('sideshow'), ('sidewalk'), ('sideways'), ('sidewind'), ('sidewinder'),
('siding'), ('sidney'), ('sidney1'), ('sidorov'), ('sidorova'), ('sieben'), ('siegel'), ('siegheil'), ('siemen'),
('siemens'), ('siemens1'), ('siempre'), ('siena'), ('sienna'), ('sierr'), ('sierra'), ('sierra01'), ('sierra1'),
('sierra12'), ('siesta'), ('siffredi'), ('sig229'), ('sigchi'), ('sigge1'), ('sight'), ('sigma'), ('sigma1'),
('sigma2'), ('sigmachi'), ('sigmanu'), ('sigmapi'), ('sigmar'), ('sigmund'), ('sign'), ('signal'), ('signals'),
('signatur'), ('signature'), ('signed'), ('signin'), ('signon'), ('signs'), ('signup'), ('sigrid'), ('sigsauer'),
('sigtau'), ('sigurd'), ('sikici'), ('silas'), ('silence'), ('silence1'), ('silencer'), ('silent'), ('silentbo'),
('silenthill'), ('silentium'), ('silicon'), ('silicone'), ('silk'), ('silkcut'), ('silke'), ('silkeborg'),
('silkie'), ('silky'), ('silky1'), ('silly'), ('silly1'), ('sillyboy'), ('sillyman'), ('sillyme'), ('silmaril'),
('silva'), ('silvan'), ('silvana'), ('silve'), ('silver'), ('silver01'), ('silver1'), ('silver11'), ('silver12'),
('silver2'), ('silver21'), ('silver22'), ('silver33'), ('silver5'), ('silver69'), ('silver7'), ('silver77'),
('silver99'), ('silverad'), ('silverado'), ('silverch'), ('silverfi'), ('silverfo'), ('silverfox'), ('silvergo'),
('silverma'), ('silvermo'), ('silvers'), ('silversi'), ('silverst'), ('silverstone'), ('silvestr'), ('silvi'),
('silvia'), ('silvia1'), ('silvio'), ('simba'), ('simba1'), ('simba123'), ('simba2'), ('simbacat'), ('simbas'),
('simcity'), ('simens'), ('simeon'), ('simferopol'), ('simhrq'), ('simmer'), ('simmons'), ('simo'), ('simon'),
('simon1'), ('simon12'), ('simon123'), ('simona'), ('simone'), ('simone1'), ('simonn'), ('simonova'), ('simons'),
('simonsay'), ('simonsays'), ('simpl'), ('simple'), ('simple1'), ('simpleplan'), ('simplex'), ('simply'),
('simpso'), ('simpson'), ('simpson1'), ('simpsons'), ('simran'), ('sims'), ('simson'), ('sina'), ('sinaloa'),
('sinatra'), ('sinatra1'), ('sinbad'), ('sincere'), ('sincity'), ('sinclair'), ('sindhu'), ('sinead'),
('sinfonia'), ('sinful'), ('sing'), ('singapor'), ('singapore'), ('singapur'), ('singe'), ('singe11'),
('singer'), ('singer1'), ('singh'), ('singing'), ('singl'), ('single'), ('single1'), ('singles'), ('sinister'),
('sinjin'), ('sinned'), ('sinner'), ('sinnet'), ('sinnfein'), ('sintesi07'), ('sintra'), ('siobhan'), ('sioux'),
('siouxsie'), ('siren'), ('siren1'), ('sirena'), ('sirene'), ('sirens'), ('sirius'), ('sirius1'), ('sirocco'),
('sirrom'), ('siskin'), ('sisko'), ('sissi'), ('sissie'), ('sissinit'), ('sissy'), ('sissy1'), ('sissy123'),
('sissyboy'), ('sistem'), ('sistema'), ('sister'), ('sister1'), ('sisters'), ('sisyphus'), ('site'),
('sitepass'), ('sites'), ('sitges'), ('sithlord'), ('sito'), ('sitruc'), ('sitting'), ('siva'), ('sivart'),
('sixer3'), ('sixers'), ('sixflags'), ('sixgun'), ('sixnine'), ('sixpack'), ('sixpence'), ('sixsix6'),
('sixstrin'), ('sixteen'), ('sixty'), ('sixty9'), ('sixtynin'), ('sixtynine'), ('sixtysix'), ('size'),
('sizinici'), ('sizzle'), ('sk2000'), ('sk84life'), ('sk8board'), ('sk8ordie'), ('sk8ter'), ('skagen'),
('skank'), ('skanky'), ('skarlett'), ('skate'), ('skate1'), ('skate123'), ('skateboa'), ('skateboard'),
('skater'), ('skater1'), ('skates'), ('skating'), ('skaven'), ('skazka'), ('skeet'), ('skeeter'), ('skeeter1'),
('skeets'), ('skeleton'), ('skeletor'), ('skelly'), ('skelter'), ('skelton'), ('sketch'), ('sketchy'),
('skibum'), ('skidder'), ('skidmark'), ('skidmore'), ('skidoo'), ('skidrow'), ('skiing'), ('skiing1'),
('skilled'), ('skiller'), ('skillet'), ('skills'), ('skillz'), ('skillzz'), ('skiman'), ('skimmer'), ('skin'),
('skinhead'), ('skinnass'), ('skinner'), ('skinner1'), ('skinny'), ('skinny1'), ('skins'), ('skins1'), ('skip'),
('skipjack'), ('skipp'), ('skippe'), ('skipper'), ('skipper1'), ('skipping'), ('skippy'), ('skippy1'), ('skirt'),
('skirts'), ('skittle'), ('skittles'), ('sklave'), ('skoal'), ('skoal1'), ('skolko'), ('skooter'), ('skorpio'),
('skorpion'), ('skorpion39'), ('skotina'), ('skripka'), ('skull'), ('skulls'), ('skully'), ('skunk'), ('skunk1'),
('skunks'), ('skunky'), ('sky123'), ('skyblue'), ('skyblue1'), ('skyblues'), ('skyclad'), ('skydive'),
('skydive1'), ('skydiver'), ('skydog'), ('skye'), ('skyeseth'), ('skyfir'), ('skyhawk'), ('skyhawk1'),
('skyhigh'), ('skyhook'), ('skyking'), ('skylane'), ('skylar'), ('skylark'), ('skyler'), ('skylight'),
('skylin'), ('skyline'), ('skyline1'), ('skyman'), ('skynet'), ('skynyrd'), ('skypilot'), ('skytel'),
('skytommy'), ('skywalk'), ('skywalk1'), ('skywalke'), ('skywalker'), ('sl1200'), ('slack'), ('slacker'),
('slacker1'), ('slackers'), ('slacking'), ('slade'), ('sladkaya'), ('slage33'), ('slagelse'), ('slaine'),
('slainte'), ('slainte6'), ('slam'), ('slamdunk'), ('slammed'), ('slammer'), ('slammer1'), ('slammin'),
('slang'), ('slap'), ('slaphead'), ('slapnuts'), ('slapnutz'), ('slapper'), ('slappy'), ('slappy1'),
('slapshot'), ('slash'), ('slash1'), ('slasher'), ('slater'), ('slava'), ('slava1'), ('slava123'), ('slava2'),
('slave'), ('slave1'), ('slaveboy'), ('slavery'), ('slaves'), ('slavic'), ('slavik'), ('slavko'), ('slaye'),
('slayer'), ('slayer1'), ('slayer123'), ('slayer66'), ('slayer666'), ('slayer69'), ('slayers'), ('slayers1'),
('sleaze'), ('sleazy'), ('sleddog'), ('sledge'), ('sleep'), ('sleeper'), ('sleeper1'), ('sleepers'),
('sleeping'), ('sleeps'), ('sleepy'), ('sleepy1'), ('sleeve'), ('sleigh'), ('sleipnir'), ('slender'), ('sleuth'),
('slevin'), ('slice'), ('slicer'), ('slick'), ('slick1'), ('slick123'), ('slick50'), ('slicker'), ('slicko'),
('slickone'), ('slickric'), ('slicks'), ('slicky'), ('slide'), ('slider'), ('sliders'), ('slides'), ('slim'),
('slime'), ('slimed123'), ('slimer'), ('slimey'), ('slimjim'), ('slimshad'), ('slimshady'), ('sling'),
('slinger'), ('slinky'), ('slip'), ('slipkno'), ('slipknot'), ('slipknot1'), ('slipknot666'), ('slipper'),
('slipper1'), ('slippers'), ('slippery'), ('slippy'), ('slither'), ('sliver'), ('slk230'), ('sloan'), ('sloane'),
('slobber'), ('sloboda'), ('sloeber'), ('slon'), ('sloneczko'), ('slonik'), ('slonko'), ('sloogy'), ('sloop'),
('sloopy'), ('sloppy'), ('slot2009'), ('sloth'), ('slovakia'), ('slow'), ('slowhand'), ('slowly'), ('slowpoke'),
('slowride'), ('sludge'), ('slug'), ('slugger'), ('sluggo'), ('sluggy'), ('slurp'), ('slurpee'), ('slurpy'),
('slurred'), ('slushy'), ('slut'), ('slut1'), ('slut543'), ('slut69'), ('slutfuck'), ('sluts'), ('sluts1'),
('sluttey'), ('slutty'), ('slutty3'), ('slutwife'), ('slutz'), ('slydog'), ('slyfox'), ('sm9934'), ('smack'),
('smackdow'), ('smackdown'), ('smacker'), ('smacky'), ('small'), ('small1'), ('smalldog'), ('smaller'),
('smallfry'), ('smalls'), ('smalltit'), ('smallvil'), ('smallvill'), ('smallville'), ('smart'), ('smart1'),
('smartass'), ('smarter'), ('smartie'), ('smarties'), ('smarts'), ('smarty'), ('smash'), ('smasher'),
('smashing'), ('smd123'), ('smeagol'), ('smedley'), ('smeg'), ('smeghead'), ('smegma'), ('smell'), ('smeller'),
('smells'), ('smelly'), ('smelly1'), ('smellyfe'), ('smile'), ('smile1'), ('smile101'), ('smile123'), ('smile2'),
('smile4me'), ('smile4u'), ('smiler'), ('smiles'), ('smiley'), ('smiley1'), ('smilie'), ('smiling'),
('smirnoff'), ('smirnov'), ('smirnova'), ('smite'), ('smith'), ('smith1'), ('smith123'), ('smith22'),
('smithers'), ('smiths'), ('smithy'), ('smitten'), ('smitty'), ('smitty1'), ('smk7366'), ('smoke'), ('smoke1'),
('smoke20'), ('smoke420'), ('smoked'), ('smokedog'), ('smokee'), ('smokeit'), ('smoken'), ('smokeone'),
('smokepot'), ('smoker'), ('smokers'), ('smokes'), ('smokewee'), ('smokeweed'), ('smokey'), ('smokey01'),
('smokey1'), ('smokey12'), ('smokey2'), ('smokey22'), ('smoki'), ('smokie'), ('smokie1'), ('smokin'),
('smoking'), ('smoky'), ('smolensk'), ('smooch'), ('smooches'), ('smoochie'), ('smoopy'), ('smooth'),
('smooth1'), ('smooth15'), ('smoothe'), ('smoothie'), ('smoothy'), ('smoove'), ('smother'), ('smudge'),
('smudger'), ('smuggler'), ('smuggles'), ('smurf'), ('smurf1'), ('smurfett'), ('smurfs'), ('smurfy'), ('smurph'),
('smut'), ('smutty'), ('smythe'), ('sn00py'), ('snack'), ('snacks'), ('snafu'), ('snafu1'), ('snafu2'),
('snaggle'), ('snail'), ('snails'), ('snaiper'), ('snake'), ('snake1'), ('snake12'), ('snake123'), ('snake2'),
('snakebit'), ('snakeeye'), ('snakeeyes'), ('snakeman'), ('snakepit'), ('snaker'), ('snakes'), ('snakey'),
('snakeyes'), ('snap'), ('snapon'), ('snapper'), ('snapper1'), ('snappers'), ('snapple'), ('snapple1'),
('snappy'), ('snappy1'), ('snapshot'), ('snares'), ('snarf'), ('snatch'), ('snatch1'), ('snazzy'), ('sneak'),
('sneaker'), ('sneakers'), ('sneaks'), ('sneaky'), ('sneeze'), ('snejana'), ('snh4life'), ('snicker'),
('snickers'), ('snickers1'), ('snider'), ('sniff'), ('sniffer'), ('sniffing'), ('sniffles'), ('sniffy'),
('snikers'), ('snipe'), ('sniper'), ('sniper01'), ('sniper1'), ('sniper12'), ('sniper123'), ('snipes'),
('snippy'), ('snitch'), ('snooch'), ('snoogans'), ('snoogins'), ('snook'), ('snook1'), ('snooker'), ('snookie'),
('snooks'), ('snookums'), ('snooky'), ('snoop'), ('snoop1'), ('snoopdog'), ('snoopdogg'), ('snooper'),
('snoops'), ('snoopy'), ('snoopy1'), ('snoopy12'), ('snoopy13'), ('snoopy2'), ('snoopy69'), ('snooze'),
('snoppy'), ('snorkel'), ('snort'), ('snot'), ('snotty'), ('snow'), ('snow123'), ('snowbal'), ('snowball'),
('snowball1'), ('snowbird'), ('snowboar'), ('snowboard'), ('snowcat'), ('snowden'), ('snowdog'), ('snowdon'),
('snowdrop'), ('snowey'), ('snowfall'), ('snowflak'), ('snowflake'), ('snowhite'), ('snowie'), ('snowing'),
('snowman'), ('snowman1'), ('snowmass'), ('snowshoe'), ('snowstor'), ('snowwhit'), ('snowwhite'), ('snowy'),
('snowy1'), ('snuff'), ('snuffles'), ('snuffy'), ('snuggle'), ('snuggles'), ('snuggles1'), ('snusmumrik'),
('snyder'), ('soap'), ('soapy'), ('soarer'), ('soares'), ('soaring'), ('sobaka'), ('sobeit'), ('sober'),
('sober1'), ('sobolev'), ('soboleva'), ('sobriety'), ('socal'), ('socball'), ('socce'), ('soccer'), ('soccer01'),
('soccer09'), ('soccer1'), ('soccer10'), ('soccer11'), ('soccer12'), ('soccer123'), ('soccer13'), ('soccer14'),
('soccer15'), ('soccer16'), ('soccer17'), ('soccer18'), ('soccer19'), ('soccer2'), ('soccer20'), ('soccer21'),
('soccer22'), ('soccer23'), ('soccer3'), ('soccer33'), ('soccer4'), ('soccer5'), ('soccer6'), ('soccer69'),
('soccer7'), ('soccer77'), ('soccer8'), ('soccer9'), ('soccer99'), ('sochi2014'), ('social'), ('sociald'),
('society'), ('sock'), ('socken'), ('socket'), ('socks'), ('socks1'), ('socool'), ('socorro'), ('socrate'),
('socrates'), ('soda'), ('sodapop'), ('sodium'), ('sodoff'), ('sodomy'), ('sofa'), ('sofaking'), ('sofi'),
('sofia'), ('sofia1'), ('sofiko'), ('sofiya'), ('soft'), ('softail'), ('softbal'), ('softball'), ('softball1'),
('softcore'), ('softtail'), ('software'), ('sofun'), ('sogood'), ('soho'), ('sojdlg123aljg'), ('sokada'),
('sokol'), ('sokolov'), ('sokolova'), ('sokrates'), ('solace'), ('solana'), ('solange'), ('solar'), ('solar1'),
('solara'), ('solaris'), ('soldat'), ('solder'), ('soldier'), ('soldier1'), ('soldiers'), ('soldout'), ('sole'),
('soleda'), ('soledad'), ('solei'), ('soleil'), ('solid'), ('solid1'), ('solids'), ('solidsna'), ('solidsnake'),
('solidus'), ('solitair'), ('solitari'), ('solitude'), ('solly'), ('solnce'), ('solnishko'), ('solnyshko'),
('solnze'), ('solo'), ('solo44'), ('soloma'), ('soloman'), ('solomon'), ('solomon1'), ('solovey'), ('soloy'),
('soloyo'), ('solrac'), ('solstice'), ('soltero'), ('solus'), ('solution'), ('solutions'), ('soma'), ('somali'),
('somalia'), ('sombra'), ('sombrero'), ('some'), ('somebody'), ('someday'), ('someone'), ('somers'),
('somerset'), ('somethin'), ('something'), ('something1'), ('sometime'), ('sometimes'), ('sommar'), ('sommer'),
('sommer1'), ('sonali'), ('sonar'), ('sonata'), ('sondheim'), ('sondra'), ('sone4ka'), ('sonechka'), ('song'),
('songbird'), ('songline'), ('songohan'), ('songoku'), ('songs'), ('soni'), ('sonia'), ('sonia1'), ('sonic'),
('sonic1'), ('sonic123'), ('sonic2'), ('sonic593'), ('sonics'), ('sonicx'), ('sonja'), ('sonja1'), ('sonne'),
('sonne1'), ('sonnen'), ('sonnenschein'), ('sonnet'), ('sonnie'), ('sonntag'), ('sonny'), ('sonny1'),
('sonnyboy'), ('sonnys'), ('sonofgod'), ('sonofsam'), ('sonoio'), ('sonoma'), ('sonora'), ('sonshine'), ('sony'),
('sony1'), ('sony12'), ('sony123'), ('sony1234'), ('sony678'), ('sonya'), ('sonyericsson'), ('sonyfuck'),
('sonysony'), ('sonyvaio'), ('sookie'), ('soon'), ('sooner'), ('sooner1'), ('sooners'), ('sooners1'), ('sooty'),
('sooty1'), ('sophi'), ('sophia'), ('sophia1'), ('sophie'), ('sophie01'), ('sophie1'), ('sophie12'), ('sophie2'),
('sophie3'), ('sophieh6'), ('soprano'), ('sopranos'), ('soraya'), ('sorbet'), ('sorcerer'), ('sordfish'),
('soreilly'), ('soren'), ('sorento'), ('soriano'), ('soroka'), ('sorokin'), ('sorokina'), ('sorpresa'),
('sorrel'), ('sorrento'), ('sorrow'), ('sorry'), ('sort'), ('sorted'), ('sosa'), ('sosa21'), ('sosexy'),
('sosiska'), ('soslite'), ('soso123aljg'), ('sou812'), ('soul'), ('souleater'), ('soulfly'), ('soulman'),
('soulmate'), ('sound'), ('sound1'), ('soundman'), ('sounds'), ('soundwav'), ('soup'), ('souppp'), ('source'),
('souris'), ('souschef'), ('south'), ('south1'), ('southbay'), ('southend'), ('southern'), ('southpar'),
('southpark'), ('southpaw'), ('souths'), ('southsid'), ('southside'), ('southwes'), ('southwest'), ('sovereig'),
('sovereign'), ('soviet'), ('sowhat'), ('soxfan'), ('soybean'), ('soylent'), ('sp00ky'), ('sp1der'), ('space'),
('space1'), ('space199'), ('spacebal'), ('spacebar'), ('spaceboy'), ('spaced'), ('spacejam'), ('spaceman'),
('spacer'), ('spaces'), ('spacey'), ('spackle'), ('spade'), ('spade1'), ('spades'), ('spagetti'), ('spaghett'),
('spaghetti'), ('spain'), ('spain1'), ('spalding'), ('spam'), ('spam69'), ('spam967888'), ('spammer'),
('spammm'), ('spammy'), ('spamspam'), ('spandau'), ('spandex'), ('spangle'), ('spaniard'), ('spaniel'),
('spanis'), ('spanish'), ('spank'), ('spank1'), ('spanked'), ('spanker'), ('spankey'), ('spanking'), ('spankit'),
('spankme'), ('spankme1'), ('spanks'), ('spanky'), ('spanky1'), ('spanner'), ('spanner1'), ('spanners'),
('sparco'), ('sparda'), ('spare'), ('spares'), ('sparhawk'), ('spark'), ('sparkey'), ('sparkie'), ('sparkle'),
('sparkle1'), ('sparkles'), ('sparkplu'), ('sparks'), ('sparky'), ('sparky01'), ('sparky1'), ('sparky11'),
('sparky12'), ('sparky69'), ('sparky99'), ('sparrow'), ('sparrow1'), ('sparrows'), ('sparta'), ('spartacu'),
('spartacus'), ('spartak'), ('spartak1'), ('spartak1922'), ('spartan'), ('spartan1'), ('spartan11'),
('spartan117'), ('spartans'), ('sparticu'), ('sparty'), ('spasm'), ('spatula'), ('spawn'), ('spawn1'),
('spawn2'), ('spawn666'), ('spawn7'), ('spawns'), ('spaz'), ('spazz'), ('speak'), ('speaker'), ('speaker1'),
('speakers'), ('spear'), ('spearman'), ('spears'), ('spears1'), ('spec'), ('specboot'), ('special'),
('special1'), ('special7'), ('speciali'), ('specialinsta'), ('specialist'), ('specialk'), ('specialp'),
('specials'), ('speck'), ('specops'), ('specter'), ('spector'), ('spectra'), ('spectre'), ('spectre1'),
('spectrum'), ('speculum'), ('speech'), ('speed'), ('speed1'), ('speed2'), ('speeder'), ('speedie'),
('speeding'), ('speedo'), ('speedrac'), ('speeds'), ('speedster'), ('speedway'), ('speedy'), ('speedy1'),
('speedy2'), ('spelling'), ('spells'), ('spence'), ('spencer'), ('spencer1'), ('spencer2'), ('spencer5'),
('spender'), ('spenser'), ('sperm'), ('sperma'), ('sperme'), ('sperry'), ('spesional'), ('sphere'), ('sphinx'),
('spice'), ('spice1'), ('spicer'), ('spices'), ('spicey'), ('spicy'), ('spide'), ('spider'), ('spider1'),
('spider10'), ('spider12'), ('spider2'), ('spider7'), ('spider8'), ('spiderma'), ('spiderman'), ('spiderman1'),
('spiderman3'), ('spiders'), ('spidey'), ('spiegel'), ('spieng'), ('spiff'), ('spiffy'), ('spiffy1'), ('spike'),
('spike1'), ('spike123'), ('spike2'), ('spike69'), ('spiked'), ('spiker'), ('spikers'), ('spikes'), ('spikey'),
('spill'), ('spiller'), ('spin'), ('spinach'), ('spinal'), ('spindle'), ('spine'), ('spinnake'), ('spinne'),
('spinner'), ('spinners'), ('spinning'), ('spinoza'), ('spionkop'), ('spiral'), ('spiri'), ('spirit'),
('spirit1'), ('spirits'), ('spiritus'), ('spiro'), ('spiros'), ('spirou'), ('spit'), ('spitfire'), ('spittle'),
('spitz'), ('spjfet'), ('spk666'), ('splash'), ('splash1'), ('splat'), ('splatt'), ('splatter'), ('spleen'),
('splendid'), ('splendor'), ('splicer'), ('spliff'), ('splinter'), ('split'), ('splits'), ('splitter'),
('splodge'), ('splooge'), ('splunge'), ('splurge'), ('spock'), ('spock1'), ('spoiled'), ('spoiler'), ('spokane'),
('sponge'), ('spongebo'), ('spongebob'), ('spongy'), ('sponsor'), ('spooge'), ('spook'), ('spook1'), ('spooker'),
('spookie'), ('spooks'), ('spooky'), ('spooky1'), ('spoon'), ('spoon1'), ('spooner'), ('spoonman'), ('spoons'),
('spoony'), ('spooty'), ('spore'), ('spork'), ('sport'), ('sport1'), ('sport123'), ('sportage'), ('sportin'),
('sporting'), ('sporto'), ('sports'), ('sports1'), ('sportsca'), ('sportsmen'), ('sportste'), ('sportster'),
('sporty'), ('spot'), ('spotligh'), ('spots'), ('spots3'), ('spotter'), ('spotty'), ('spray'), ('spread'),
('sprewell'), ('sprin'), ('spring'), ('spring00'), ('spring1'), ('spring12'), ('spring99'), ('springer'),
('springfield'), ('springs'), ('springst'), ('springsteen'), ('sprinkle'), ('sprint'), ('sprint1'), ('sprinter'),
('sprit'), ('sprite'), ('sprite1'), ('spritzer'), ('sprocket'), ('sprout'), ('spruce'), ('sprunt'), ('spud'),
('spuddy'), ('spudman'), ('spuds'), ('spuds1'), ('spunk'), ('spunker'), ('spunky'), ('spunky1'), ('spurrier'),
('spurs'), ('spurs1'), ('spurs123'), ('spurss'), ('sputnik'), ('sputnik1'), ('spy007'), ('spycam'), ('spycams'),
('spyder'), ('spyglass'), ('spyros'), ('sqdwfe'), ('sqloledb'), ('sqrunch'), ('squad'), ('squad1'), ('squad51'),
('squadron'), ('squall'), ('square'), ('squash'), ('squat'), ('squats'), ('squeak'), ('squeaker'), ('squeaky'),
('squealer'), ('squeek'), ('squeeky'), ('squeeze'), ('squerting'), ('squid'), ('squid1'), ('squidly'),
('squids'), ('squiggle'), ('squiggy'), ('squire'), ('squires'), ('squirrel'), ('squirt'), ('squirter'),
('squirtle'), ('squirts'), ('squish'), ('squishy'), ('squonk'), ('sr20det'), ('sr20dett'), ('srawrats'),
('srbija'), ('sregit'), ('sridhar'), ('srilanka'), ('srinivas'), ('ss6z2sw6lu'), ('ssap'), ('ssbt8ae2'),
('ssecca'), ('sseexx'), ('ssgoku'), ('sslazio'), ('ssnake'), ('ssptx452'), ('sss123'), ('sss555'), ('sssata'),
('sssss1'), ('ssssss1'), ('sssssss1'), ('ssvegeta'), ('ssword'), ('st0n3'), ('st1100'), ('st123st'), ('stabbin'),
('stabilo'), ('stable'), ('stace'), ('stacey'), ('stacey1'), ('staci'), ('stacie'), ('stack'), ('stacker'),
('stacks'), ('stacy'), ('stacy1'), ('stadium'), ('staff'), ('stafford'), ('stage'), ('stagger'), ('stain'),
('staind'), ('stainless'), ('stairway'), ('stakan'), ('staley'), ('stalin'), ('stalingr'), ('stalingrad'),
('stalion'), ('stalke'), ('stalker'), ('stalker1'), ('stalker123'), ('stalker2'), ('stall'), ('stallion'),
('stallone'), ('stamford'), ('stamina'), ('stamp'), ('stampede'), ('stamps'), ('stan'), ('stand'), ('standard'),
('standart'), ('standby'), ('standing'), ('standrew'), ('stands'), ('standup'), ('stanford'), ('stang'),
('stang1'), ('stang50'), ('stanger'), ('stangs'), ('stanhope'), ('stanisla'), ('stanislav'), ('stanky'),
('stanle'), ('stanley'), ('stanley1'), ('stanley2'), ('stanly'), ('stanthem'), ('stanton'), ('stanza'),
('staple'), ('stapler'), ('staples'), ('staples1'), ('star'), ('star1'), ('star11'), ('star12'), ('star123'),
('star1234'), ('star21'), ('star22'), ('star23'), ('star33'), ('star6767'), ('star69'), ('star77'), ('star99'),
('starbase'), ('starbuck'), ('starbucks'), ('starbug1'), ('starburs'), ('starchil'), ('starcraf'), ('starcraft'),
('starcraft2'), ('stardog'), ('stardust'), ('starfire'), ('starfish'), ('starflee'), ('starfleet'), ('starfox'),
('starfuck'), ('starfury'), ('stargat'), ('stargate'), ('stargaze'), ('stargazer'), ('stargirl'), ('starik'),
('starion'), ('stark'), ('starkey'), ('starks'), ('starla'), ('starlet'), ('starligh'), ('starlight'),
('starline'), ('starling'), ('starlite'), ('starman'), ('starr'), ('starr1'), ('starrr'), ('starrs'), ('starry'),
('stars'), ('stars1'), ('stars2'), ('starscream'), ('starshin'), ('starship'), ('starsky'), ('starss'),
('starstar'), ('start'), ('start1'), ('start123'), ('startac'), ('started'), ('starter'), ('starting'),
('startnow'), ('startre'), ('startrek'), ('startrek1'), ('starts'), ('startup'), ('starwar'), ('starwar1'),
('starwars'), ('starwars1'), ('starwars123'), ('starwars3'), ('starwood'), ('starz'), ('starzz'), ('stas'),
('stas1992'), ('stash'), ('stasha'), ('stasia'), ('stasik'), ('stasis'), ('stason'), ('stasya'), ('stat'),
('state'), ('state1'), ('staten'), ('stater'), ('states'), ('static'), ('static1'), ('staticx'), ('station'),
('station1'), ('station2'), ('statistika'), ('statue'), ('status'), ('stauffer'), ('stavros'), ('stayout'),
('stayrude'), ('stblow'), ('steady'), ('steak'), ('steaks'), ('steal'), ('stealth'), ('stealth1'), ('steam'),
('steam181'), ('steamboa'), ('steamboat'), ('steamer'), ('steamforums'), ('steamy'), ('steaua'), ('steeda'),
('steel'), ('steel1'), ('steele'), ('steeler'), ('steeler1'), ('steelers'), ('steelers1'), ('steelhea'),
('steelman'), ('steels'), ('steely'), ('steer'), ('stef'), ('stefa'), ('stefan'), ('stefani'), ('stefania'),
('stefanie'), ('stefano'), ('steff'), ('steffan'), ('steffen'), ('steffi'), ('steffie'), ('stein'), ('steiner'),
('steinway'), ('stell'), ('stella'), ('stella1'), ('stella12'), ('stellar'), ('stellina'), ('sten'), ('step'),
('stepan'), ('stepanov'), ('stepanova'), ('stepashka'), ('steph'), ('steph1'), ('steph123'), ('stephan'),
('stephane'), ('stephani'), ('stephanie'), ('stephanie1'), ('stephany'), ('stephe'), ('stephen'), ('stephen1'),
('stephen2'), ('stephens'), ('stephie'), ('stephy'), ('stepka'), ('steps'), ('stepside'), ('stereo'),
('sterlin'), ('sterling'), ('stern'), ('stern1'), ('sterne'), ('steroid'), ('steroids'), ('sterva'), ('stetson'),
('steve'), ('steve0'), ('steve01'), ('steve1'), ('steve12'), ('steve121'), ('steve123'), ('steve2'), ('steve22'),
('steve3'), ('steve69'), ('steveg'), ('steveh'), ('stevek'), ('steven'), ('steven1'), ('steven2'), ('stevens'),
('stevens1'), ('stevenso'), ('steveo'), ('stever'), ('steves'), ('stevie'), ('stevie1'), ('stevo'), ('stew'),
('stewar'), ('stewar1'), ('steward'), ('stewart'), ('stewart1'), ('stewie'), ('stgeorge'), ('sthgrtst'),
('sti2000'), ('stick'), ('stick1'), ('stickboy'), ('stickdaddy77'), ('sticker'), ('stickit'), ('stickman'),
('sticks'), ('sticky'), ('sticky1'), ('stiefel'), ('stiff'), ('stiffie'), ('stiffler'), ('stiffy'), ('stifler'),
('stigma'), ('stigmata'), ('stiles'), ('stiletto'), ('still'), ('stiller'), ('stillers'), ('stillher'),
('stimorol'), ('stimpy'), ('stimpy1'), ('sting'), ('sting1'), ('stinger'), ('stinger1'), ('stingers'),
('stingray'), ('stink'), ('stinker'), ('stinker1'), ('stinks'), ('stinky'), ('stinky1'), ('stinkyfinger'),
('stirling'), ('stitch'), ('stitches'), ('stivone'), ('stix'), ('stjabn'), ('stjames'), ('stjohn'), ('stjohns'),
('stjude'), ('stlouis'), ('stock'), ('stockcar'), ('stocker'), ('stockhol'), ('stockholm'), ('stocking'),
('stockings'), ('stockpor'), ('stocks'), ('stockton'), ('stoffel'), ('stogie'), ('stoke'), ('stokecit'),
('stoked'), ('stoker'), ('stokes'), ('stokrotka'), ('stolen'), ('stoli'), ('stomatolog'), ('stomp'), ('stomper'),
('stone'), ('stone1'), ('stone2'), ('stone32'), ('stone55'), ('stonecol'), ('stonecold'), ('stoned'),
('stonehenge'), ('stoneman'), ('stoner'), ('stoner1'), ('stones'), ('stonewal'), ('stonewall'), ('stoney'),
('stoney1'), ('stonie'), ('stony'), ('stooge'), ('stooges'), ('stooges3'), ('stool'), ('stoopid'), ('stoops'),
('stop'), ('stopit'), ('stoppedb'), ('stoppedby'), ('stopper'), ('storage'), ('store'), ('stores'), ('storey'),
('stories'), ('stork'), ('storm'), ('storm1'), ('storm12'), ('storm123'), ('storm2'), ('storm7'), ('stormbri'),
('stormie'), ('stormin'), ('storms'), ('stormy'), ('stormy1'), ('story'), ('storys'), ('stout'), ('stpiliot'),
('str8edge'), ('straight'), ('strain'), ('strait'), ('strand'), ('strange'), ('strange1'), ('stranger'),
('strangle'), ('strannik'), ('strap'), ('strapon'), ('strasse'), ('strat'), ('strat1'), ('strata'), ('stratcat'),
('strateg'), ('strategy'), ('stratfor'), ('stratman'), ('strato'), ('stratoca'), ('stratocaster'), ('stratos'),
('stratp'), ('strats'), ('stratton'), ('stratus'), ('stratus1'), ('straus'), ('strauss'), ('straw'),
('strawber'), ('strawberry'), ('straycat'), ('streak'), ('streaker'), ('stream'), ('streaming'), ('streams'),
('street'), ('street1'), ('streetball'), ('streets'), ('strekoza'), ('strela'), ('strelec'), ('strelka'),
('strelok'), ('strength'), ('stress'), ('stressed'), ('stretch'), ('stride'), ('strider'), ('strider1'),
('strife'), ('strike'), ('strike1'), ('strike3'), ('striker'), ('striker1'), ('strikers'), ('strikes'),
('string'), ('stringer'), ('strings'), ('strip'), ('strip4me'), ('stripclub'), ('stripe'), ('striper'),
('stripes'), ('stripped'), ('stripper'), ('strippers'), ('strohs'), ('stroke'), ('stroker'), ('strokes'),
('stroller'), ('strom'), ('stromb'), ('strong'), ('strong1'), ('strongbo'), ('stronger'), ('stronghold'),
('stronzo'), ('strosek'), ('stroud'), ('struck'), ('structur'), ('struggle'), ('strummer'), ('strumpf'),
('struppi'), ('strutter'), ('stryder'), ('stryke'), ('stryker'), ('stryper'), ('stthomas'), ('stuart'),
('stuart1'), ('stubbs'), ('stubby'), ('stucco'), ('stuck'), ('stucker'), ('stud'), ('stud1'), ('stud69'),
('studboy'), ('studen'), ('student'), ('student1'), ('students'), ('studio'), ('studio1'), ('studio54'),
('studios'), ('studioworks'), ('studley'), ('studly'), ('studly1'), ('studman'), ('studmuff'), ('studmuffin'),
('studs'), ('study'), ('stuff'), ('stuff1'), ('stuffed'), ('stuffer'), ('stufff'), ('stuffing'), ('stuffit'),
('stuffs'), ('stuffy'), ('stump'), ('stumper'), ('stumps'), ('stumpy'), ('stunna'), ('stunner'), ('stunner1'),
('stunt'), ('stuntman'), ('stunts'), ('stup1d'), ('stupi'), ('stupid'), ('stupid1'), ('stupid12'), ('stupor'),
('sturgeon'), ('sturgis'), ('sturm'), ('stussy'), ('stutt'), ('stuttgar'), ('stuttgart'), ('style'), ('styles'),
('stylus'), ('stymie'), ('styx'), ('suan'), ('suarez'), ('suave'), ('subaru'), ('subito'), ('sublime'),
('sublime1'), ('submarin'), ('submarine'), ('submissi'), ('submit'), ('subrosa'), ('subscriber'), ('subskin'),
('subspace'), ('suburban'), ('subway'), ('subwoofer'), ('subzero'), ('subzero1'), ('succes'), ('success'),
('success1'), ('success2'), ('success7'), ('succubus'), ('sucess'), ('sucesso'), ('suchka'), ('suck'), ('suck1'),
('suck69'), ('sucka'), ('suckcock'), ('suckdick'), ('sucked'), ('suckem'), ('sucker'), ('sucker1'), ('sucker69'),
('suckers'), ('suckfuck'), ('sucking'), ('suckit'), ('suckit1'), ('suckit69'), ('suckme'), ('suckme1'),
('suckme69'), ('suckmeoff'), ('suckmy1k'), ('suckmyco'), ('suckmycock'), ('suckmydi'), ('suckmydic'),
('suckmydick'), ('sucks'), ('sucks1'), ('suckthis'), ('sucram'), ('sudden'), ('sudhakar'), ('sueann'), ('suede'),
('suerte'), ('suffer'), ('suffering'), ('suffolk'), ('sugar'), ('sugar1'), ('sugar2'), ('sugarbea'),
('sugarbear'), ('sugardog'), ('sugaree'), ('sugarray'), ('sugars'), ('suger'), ('suggest'), ('suicidal'),
('suicide'), ('suikoden'), ('suisse'), ('suit'), ('suitcase'), ('suite'), ('sujatha'), ('suka'), ('suka11'),
('suka123'), ('sukebe'), ('sukhoi'), ('suki'), ('sukkel'), ('sukram'), ('sulaco'), ('suleiman'), ('sullivan'),
('sully'), ('sulta'), ('sultan'), ('sultana'), ('sultry'), ('suman'), ('sumatra'), ('sumerki'), ('sumitomo'),
('summary'), ('summe'), ('summer'), ('summer0'), ('summer00'), ('summer01'), ('summer02'), ('summer03'),
('summer04'), ('summer05'), ('summer06'), ('summer07'), ('summer08'), ('summer09'), ('summer1'), ('summer10'),
('summer11'), ('summer12'), ('summer13'), ('summer2'), ('summer20'), ('summer22'), ('summer69'), ('summer7'),
('summer98'), ('summer99'), ('summers'), ('summerti'), ('summertime'), ('summit'), ('summoner'), ('sumner'),
('sumo'), ('sumsung'), ('sumter'), ('sun123'), ('sun32'), ('sunbanna'), ('sunbeam'), ('sunbird'), ('sunburn'),
('sunburst'), ('sundance'), ('sunday'), ('sunday1'), ('sundaypunch'), ('sunder'), ('sunderla'), ('sunderland'),
('sundevil'), ('sundial'), ('sundin'), ('sundog'), ('sundown'), ('sundrop'), ('sunfire'), ('sunfish'),
('sunflowe'), ('sunflower'), ('sunflower1'), ('sung'), ('sungam'), ('sunghi'), ('sunghile'), ('sunglasses'),
('sungod'), ('sunil'), ('sunita'), ('sunitha'), ('sunking'), ('sunkist'), ('sunlight'), ('sunmoon'), ('sunnie'),
('sunny'), ('sunny1'), ('sunny123'), ('sunny2'), ('sunny7'), ('sunnyboy'), ('sunnyd'), ('sunnyday'), ('sunnys'),
('sunnysid'), ('sunoco'), ('sunray'), ('sunrise'), ('sunrise1'), ('suns'), ('sunse'), ('sunset'), ('sunset1'),
('sunsets'), ('sunsh1ne'), ('sunshin'), ('sunshin1'), ('sunshine'), ('sunshine1'), ('sunshine69'), ('sunspot'),
('sunstar'), ('suntan'), ('suntzu'), ('suomi'), ('sup3rman'), ('supafly'), ('supe'), ('super'), ('super1'),
('super12'), ('super123'), ('super2'), ('super21'), ('super412'), ('super5'), ('super7'), ('super8'),
('super99'), ('supera'), ('superb'), ('superbad'), ('superbee'), ('superbik'), ('superbob'), ('superbow'),
('superbowl'), ('superboy'), ('supercal'), ('supercar'), ('supercat'), ('supercoo'), ('supercop'), ('superd'),
('superdav'), ('superdave'), ('superdog'), ('superdude'), ('superdup'), ('superduper'), ('superdut'),
('superfly'), ('superfre'), ('supergir'), ('supergirl'), ('superhero'), ('superior'), ('superj'), ('superjet'),
('superm'), ('superma'), ('superma1'), ('supermac'), ('superman'), ('superman1'), ('superman12'),
('superman123'), ('superman2'), ('supermanboy'), ('supermar'), ('supermario'), ('supermax'), ('superme'),
('supermen'), ('supermod'), ('supermom'), ('supernatural'), ('supernov'), ('supernova'), ('superpower'),
('superpuper'), ('supers'), ('supersex'), ('superson'), ('supersonic'), ('supersta'), ('superstar'),
('superstr'), ('supert'), ('superted'), ('supertra'), ('superuse'), ('supervisor'), ('superx'), ('supper'),
('supple'), ('supply'), ('support'), ('support1'), ('supra'), ('supra1'), ('supras'), ('supratt'), ('supreme'),
('suprise'), ('surabaya'), ('sure'), ('sureno'), ('sureno13'), ('suresh'), ('sureshot'), ('surf'), ('surface'),
('surfboar'), ('surfboard'), ('surfcity'), ('surfe'), ('surfer'), ('surfer1'), ('surfer69'), ('surfers'),
('surfin'), ('surfing'), ('surfing1'), ('surfside'), ('surfsup'), ('surge'), ('surgeon'), ('surgery'),
('surgut'), ('surprise'), ('surreal'), ('surrende'), ('surrey'), ('surround'), ('survey'), ('surveyor'),
('survival'), ('survive'), ('survivor'), ('susan'), ('susan1'), ('susan69'), ('susana'), ('susanb'), ('susann'),
('susanna'), ('susanne'), ('susanne1'), ('susans'), ('sushi'), ('sushi1'), ('sushis'), ('susi'), ('susie'),
('susie1'), ('susieq'), ('suslik'), ('suspect'), ('suspend'), ('suspende'), ('sussex'), ('sustanon'),
('susubaby'), ('sutter'), ('sutton'), ('sutvsc5ysaa'), ('suvorov'), ('sux2bu'), ('suzan'), ('suzann'),
('suzanna'), ('suzanne'), ('suzanne1'), ('suze'), ('suzenet'), ('suzette'), ('suzi'), ('suzie'), ('suzie1'),
('suzieq'), ('suzjv8'), ('suzuk'), ('suzuki'), ('suzuki1'), ('suzy'), ('suzyq'), ('svarog'), ('sveiks'),
('sven'), ('svenja'), ('svensk'), ('svenska'), ('svensps820'), ('sverige'), ('sveta'), ('sveta123'),
('svetasveta'), ('svetik'), ('svetka'), ('svetlana'), ('svetlanka'), ('sveto4ka'), ('svoboda'), ('svoloch'),
('svtcobra'), ('swain'), ('swallow'), ('swallows'), ('swami'), ('swamp'), ('swampfox'), ('swampy'), ('swan'),
('swank'), ('swanky'), ('swanny'), ('swansea'), ('swanson'), ('swansong'), ('swapna'), ('swat'), ('swatch'),
('swatteam'), ('swearer'), ('sweat'), ('sweater'), ('sweaty'), ('swede'), ('sweden'), ('sweden1'), ('swedish'),
('sweeet'), ('sweeney'), ('sweep'), ('sweeper'), ('sweeps'), ('sweet'), ('sweet1'), ('sweet123'), ('sweet16'),
('sweet2'), ('sweet666'), ('sweet69'), ('sweetass'), ('sweetboy'), ('sweetdream'), ('sweetdreams'), ('sweeter'),
('sweetgirl'), ('sweethea'), ('sweethear'), ('sweetheart'), ('sweeti'), ('sweetie'), ('sweetie1'),
('sweetiepie'), ('sweeties'), ('sweetman'), ('sweetnes'), ('sweetness'), ('sweetp'), ('sweetpe'), ('sweetpea'),
('sweetpus'), ('sweetpussy'), ('sweets'), ('sweett'), ('sweetu70'), ('sweety'), ('sweety1'), ('swell'),
('swerve'), ('swetik'), ('swetlana'), ('swift'), ('swift1'), ('swifts'), ('swifty'), ('swim'), ('swimbike'),
('swimmer'), ('swimmer1'), ('swimming'), ('swindon'), ('swine'), ('swing'), ('swing1'), ('swinger'),
('swinger1'), ('swingers'), ('swinging'), ('swisher'), ('swiss'), ('swiss1'), ('swissair'), ('switch'),
('switcher'), ('switzer'), ('swivel'), ('swizzle'), ('swollen'), ('swoosh'), ('sword'), ('sword1'), ('sword123'),
('swordfis'), ('swordfish'), ('swords'), ('swordsma'), ('sxhq65'), ('sybase'), ('sybil'), ('sycamore'),
('syclone'), ('sydne'), ('sydnee'), ('sydney'), ('sydney1'), ('sydney12'), ('sykes'), ('sylvain'), ('sylvan'),
('sylvania'), ('sylveste'), ('sylvester'), ('sylvi'), ('sylvia'), ('sylvia1'), ('sylviahans'), ('sylvie'),
('sylwia'), ('symantec'), ('symbol'), ('symmetry'), ('symow8'), ('sympathy'), ('symphony'), ('synapse'),
('synchro'), ('syncmast'), ('syncmaster'), ('syndicat'), ('syndicate'), ('syndrome'), ('synergy'), ('syntax'),
('syoung'), ('syphon'), ('syracuse'), ('syrinx'), ('syrup'), ('sys64738'), ('sysadmin'), ('sysman'), ('syssec'),
('syste'), ('system'), ('system1'), ('system12'), ('system32'), ('system58'), ('systemofadown'), ('systems'),
('syzygy'), ('szevasz'), ('t123456'), ('t1234567'), ('t26gn4'), ('t34vfrc1991'), ('t3fkvkmj'), ('t4nvp7'),
('t5r4e3w2q1'), ('t66hks'), ('ta8g4w'), ('taarna'), ('tabaco'), ('tabaluga'), ('tabasco'), ('tabatha'),
('tabby'), ('tabby1'), ('tabbycat'), ('tabitha'), ('table'), ('table1'), ('table54781'), ('tables'),
('tabletop'), ('taboo'), ('tabryant'), ('taburetka'), ('tachyon'), ('tacit'), ('tacitus'), ('tackle'), ('taco'),
('tacobell'), ('tacoma'), ('tacos'), ('tacos1'), ('tactical'), ('tactics'), ('tadmichaels'), ('tadpole'),
('tadpole1'), ('taekwon'), ('taekwond'), ('taekwondo'), ('taff'), ('taffy'), ('taffy1'), ('tafkap'), ('tagada'),
('taganrog'), ('taggart'), ('tagheuer'), ('tagman'), ('tahira'), ('tahiti'), ('tahoe'), ('tahoe1'), ('tahoes'),
('taichi'), ('taifun'), ('tail'), ('tailgate'), ('tailhook'), ('tailor'), ('tails'), ('taint'), ('tainted'),
('taipan'), ('taipei'), ('taison'), ('taiwan'), ('tajmahal'), ('taka'), ('takagi'), ('takako'), ('takamine'),
('takashi'), ('takayuki'), ('take'), ('take8422'), ('takecare'), ('takedown'), ('takefive'), ('takehana'),
('takeit'), ('takeme'), ('takeoff'), ('takeout'), ('taker'), ('takeshi'), ('takethat'), ('talavera'),
('talbert'), ('talbot'), ('talent'), ('talented'), ('tales'), ('talgat'), ('taliban'), ('taliesin'),
('talisker'), ('talisman'), ('talk'), ('talk87'), ('talker'), ('talking'), ('talks'), ('talktome'), ('tall'),
('tallboy'), ('tallen'), ('taller'), ('tallest'), ('talley'), ('tallguy'), ('tallica'), ('tallinn'), ('tallis'),
('tallman'), ('tallulah'), ('tally'), ('tallyho'), ('talon'), ('talon1'), ('talonesi'), ('talons'), ('taltos'),
('talula'), ('talus'), ('tama'), ('tamada'), ('tamar'), ('tamara'), ('tame'), ('tamera'), ('tamere'),
('tamerlan'), ('tami'), ('tamia1'), ('tamika'), ('tamila'), ('tamiya'), ('tammi'), ('tammie'), ('tammy'),
('tammy1'), ('tammys'), ('tampa'), ('tampa1'), ('tampabay'), ('tamper'), ('tampico'), ('tamplier'), ('tampon'),
('tamu'), ('tamuna'), ('tamwsn3sja'), ('tana'), ('tanager'), ('tanaka'), ('tandem'), ('tandy'), ('tane4ka'),
('tanechka'), ('tanelorn'), ('tang'), ('tangent'), ('tangerin'), ('tangerine'), ('tangle'), ('tangled'),
('tango'), ('tango1'), ('tango123'), ('tango2'), ('tangos'), ('tangsoo'), ('tanguy'), ('tani'), ('tania'),
('tanis'), ('tanisha'), ('tanita'), ('tanith'), ('tanja'), ('tank'), ('tankdog'), ('tanker'), ('tankers'),
('tankist'), ('tankman'), ('tanlines'), ('tanman'), ('tanne'), ('tannenbau'), ('tanner'), ('tanner1'),
('tanstaaf'), ('tantra'), ('tantrum'), ('tanuki'), ('tanusha'), ('tanushka'), ('tanya'), ('tanya1'),
('tanya123'), ('tanyshka'), ('tanzania'), ('tanzen'), ('tape'), ('tapestry'), ('tapioca'), ('tapout'),
('tapper'), ('taproot'), ('tara'), ('tarado'), ('tarakan'), ('tarantino'), ('tarantul'), ('tarantula'),
('taras'), ('tarasov'), ('tarasova'), ('taratata'), ('tarawa'), ('tarbaby'), ('tarbit'), ('tardis'), ('tardis1'),
('tarelka'), ('targa'), ('targa1'), ('target'), ('target1'), ('tarheel'), ('tarheel1'), ('tarheels'), ('tariq'),
('tarkan'), ('tarkin'), ('tarkus'), ('tarmac'), ('taro'), ('tarpon'), ('tarquin'), ('tarragon'), ('tarrant'),
('tart'), ('tartan'), ('tarzan'), ('tarzan1'), ('tascam'), ('tasha'), ('tasha1'), ('tasha123'), ('tashas'),
('tashkent'), ('tasker'), ('tasman'), ('tasmania'), ('tass'), ('tassadar'), ('tassie'), ('taste'), ('tastee'),
('tasty'), ('tatanka'), ('tatarin'), ('tatarka'), ('tatarstan'), ('tatas'), ('tate'), ('tater'), ('tater1'),
('taters'), ('tatertot'), ('tatian'), ('tatiana'), ('tatiana1'), ('tatjana'), ('tatonka'), ('tatoo'),
('tatooine'), ('tattoo'), ('tattoo1'), ('tattoos'), ('tatum'), ('tatung'), ('tatyana'), ('tatyo'), ('tauchen'),
('taucher'), ('taurus'), ('taurus1'), ('tautt1'), ('tavasz'), ('tavern'), ('tawnee'), ('tawny'), ('tawny20'),
('taxi'), ('taxicab'), ('taxman'), ('tayler'), ('taylo'), ('taylor'), ('taylor01'), ('taylor1'), ('taylor10'),
('taylor11'), ('taylor12'), ('taylor2'), ('taylor6'), ('taylor9'), ('taylorc'), ('taylorma'), ('taylormade'),
('tayson'), ('taz123'), ('tazdevil'), ('tazman'), ('tazman1'), ('tazmania'), ('tazz'), ('tazzer'), ('tazzie'),
('tazzman'), ('tazzy'), ('tazzzz'), ('tbbucs'), ('tbear'), ('tbilisi'), ('tbird'), ('tbird1'), ('tbirds'),
('tbivbn'), ('tbone'), ('tbone1'), ('tbone69'), ('tbones'), ('tbontb'), ('tcglyued'), ('tdavis'), ('tdeir8b2'),
('tdfqugl5'), ('tdfyutkbjy'), ('tdutif'), ('tdutybq'), ('tdutybz'), ('tea4two'), ('teabag'), ('teach'),
('teache'), ('teacher'), ('teacher1'), ('teacher2'), ('teachers'), ('teaching'), ('teacup'), ('teagan'),
('teague'), ('teal'), ('team'), ('team3x'), ('teamase'), ('teamlosi'), ('teamo'), ('teamomuch'), ('teamster'),
('teamwork'), ('teaparty'), ('teapot'), ('teardrop'), ('tears'), ('tease'), ('teaseme'), ('teaser'), ('teatime'),
('teatro'), ('tecate'), ('tech'), ('tech1'), ('techdeck'), ('techie'), ('techman'), ('techn'), ('techn9ne'),
('technic'), ('technica'), ('technical'), ('technici'), ('technician'), ('technics'), ('technik'),
('techniques'), ('techno'), ('techno1'), ('technolo'), ('technology'), ('tecktonik'), ('tecumseh'), ('tedbear'),
('tedd'), ('teddie'), ('teddies'), ('teddy'), ('teddy1'), ('teddy123'), ('teddy2'), ('teddyb'), ('teddybea'),
('teddybear'), ('teddybeer'), ('teddys'), ('tedesco'), ('tee0s'), ('teejay'), ('teen'), ('teen1'), ('teenage'),
('teenager'), ('teenfuck'), ('teengirl'), ('teenie'), ('teenies'), ('teenlove'), ('teens'), ('teens1'),
('teensex'), ('teenslut'), ('teeny'), ('teepee'), ('teeter'), ('teeth'), ('teetime'), ('tefjps'), ('teflon'),
('teh012'), ('tehran'), ('teiubesc'), ('tejano'), ('tekila'), ('tekken'), ('tekken3'), ('tekkon'), ('telaviv'),
('tele'), ('telecast'), ('telecaster'), ('telecom'), ('telecom1'), ('telefon'), ('telefon1'), ('telefone'),
('telefono'), ('telefoon'), ('telegrap'), ('telekom'), ('telemark'), ('telephon'), ('telephone'), ('teleport'),
('telescop'), ('televisi'), ('television'), ('televizor'), ('teller'), ('tellme'), ('tellurid'), ('telnet'),
('telstar'), ('telus01'), ('tema1234'), ('temitope'), ('temp'), ('temp01'), ('temp1'), ('temp12'), ('temp123'),
('temp1234'), ('temper'), ('tempest'), ('tempest1'), ('tempgod'), ('templar'), ('templar1'), ('template'),
('temple'), ('temple1'), ('templer'), ('tempo'), ('tempo1'), ('temporal'), ('temporar'), ('temporary'),
('temppass'), ('temppassword'), ('temptress'), ('tempus'), ('temujin'), ('tenchi'), ('tenchu'), ('tender'),
('tendulkar'), ('tenerife'), ('teng'), ('tenn'), ('tennesse'), ('tennessee'), ('tenni'), ('tennis'),
('tennis01'), ('tennis1'), ('tennis11'), ('tennis12'), ('tennis22'), ('tenor'), ('tenor1'), ('tenore'),
('tenors'), ('tenorsax'), ('tenpin'), ('tense'), ('tenshi'), ('tension'), ('tensor'), ('tentacle'), ('teodor'),
('teodoro'), ('tequier'), ('tequiero'), ('tequil'), ('tequila'), ('tequila1'), ('tequilla'), ('tercel'),
('terces'), ('terefon'), ('teremok'), ('terence'), ('teres'), ('teresa'), ('teresa1'), ('teresita'), ('tereza'),
('teri'), ('termin'), ('terminal'), ('terminat'), ('terminato'), ('terminator'), ('terminus'), ('termit'),
('termite'), ('terorist'), ('terps'), ('terps1'), ('terra'), ('terra1'), ('terrace'), ('terran'), ('terrance'),
('terrano'), ('terranova'), ('terrapin'), ('terras'), ('terrell'), ('terrell1'), ('terrence'), ('terri'),
('terri1'), ('terrible'), ('terrie'), ('terrier'), ('terriers'), ('terrific'), ('terrill'), ('terror'),
('terror1'), ('terrorist'), ('terry'), ('terry1'), ('terry123'), ('terry2'), ('terrys'), ('tescos'), ('tesla'),
('tesoro'), ('tess'), ('tessa'), ('tessa1'), ('tessie'), ('test'), ('test01'), ('test1'), ('test11'), ('test12'),
('test123'), ('test1234'), ('test2'), ('test22'), ('test3'), ('test99'), ('testament'), ('testdrive'), ('teste'),
('tested'), ('tester'), ('tester1'), ('testerer'), ('testibil'), ('testicle'), ('testin'), ('testing'),
('testing1'), ('testing123'), ('testing2'), ('testit'), ('testme'), ('testme2'), ('testo12'), ('testpass'),
('testtest'), ('testuser'), ('testy'), ('tetas'), ('tetley'), ('tetons'), ('tetris'), ('tetsuo'), ('teufel'),
('teufelo7'), ('tevion'), ('texaco'), ('texan'), ('texans'), ('texas'), ('texas1'), ('texas123'), ('texas2'),
('texas22'), ('texas5'), ('texas69'), ('texasboy'), ('texass'), ('texmex'), ('text'), ('textbook'), ('textile'),
('tgacb'), ('tgbxtcrbq'), ('tgbyhn'), ('tgif'), ('tgkbxfgy'), ('tgo4466'), ('tgwdvu'), ('th0mas'), ('thaddeus'),
('thai'), ('thailand'), ('thales'), ('thalia'), ('thaman'), ('thames'), ('than'), ('thanatos'), ('thank'),
('thankful'), ('thankgod'), ('thanks'), ('thanku'), ('thankyou'), ('thanos'), ('that'), ('thatcher'),
('thatguy'), ('thatsit'), ('thatsme'), ('thayer'), ('thc420'), ('thd1shr'), ('thea'), ('theater'), ('theatre'),
('theband'), ('thebat'), ('thebeach'), ('thebean'), ('thebear'), ('thebears'), ('thebeast'), ('thebeatl'),
('thebeatles'), ('thebes'), ('thebest'), ('theblack'), ('theblues'), ('thebomb'), ('theborg'), ('theboss'),
('theboy'), ('theboys'), ('thebrain'), ('thebull'), ('thebus'), ('thecakeisalie'), ('thecat'), ('thechamp'),
('theclash'), ('theclown'), ('thecount'), ('thecrow'), ('thecult'), ('thecure'), ('thecure1'), ('thedark'),
('thedead'), ('thedevil'), ('thedoc'), ('thedog'), ('thedon'), ('thedoors'), ('thedream'), ('thedude'),
('thedude1'), ('theduke'), ('theedge'), ('theend'), ('theflash'), ('thefly'), ('theforce'), ('thefox'),
('thefrog'), ('thegame'), ('thegame1'), ('theghost'), ('thegirl'), ('thegirls'), ('thegoat'), ('thegod'),
('thegr81'), ('thegreat'), ('thegreat1'), ('thegreek'), ('thehip'), ('thehulk'), ('thehun'), ('their'),
('thejam'), ('thejoker'), ('thekid'), ('thekids'), ('thekiller'), ('theking'), ('theking1'), ('thekiwi1'),
('thelast1'), ('thelema'), ('thelma'), ('thelove'), ('thema'), ('themack'), ('theman'), ('theman1'), ('theman2'),
('theman22'), ('themann'), ('themaste'), ('themaster'), ('thematri'), ('thematrix'), ('theme'), ('themis'),
('themoon'), ('thenet'), ('theo'), ('theodor'), ('theodora'), ('theodore'), ('theology'), ('theone'),
('theone1'), ('theory'), ('thepower'), ('thepro'), ('therams'), ('therapy'), ('therat'), ('theraven'), ('there'),
('thered'), ('thereds'), ('theresa'), ('theresa1'), ('therese'), ('thering'), ('therion'), ('theriver'),
('thermal'), ('thermo'), ('theroc'), ('therock'), ('therock1'), ('therocks'), ('theron'), ('thesaint'),
('thesame'), ('these'), ('theseus'), ('theshit'), ('thesimpsons'), ('thesims'), ('thesims2'), ('thesims3'),
('thesis'), ('thesmith'), ('thesnake'), ('thespian'), ('thespot'), ('thestone'), ('thesun'), ('theta'),
('thetachi'), ('thetaxi'), ('thetford'), ('thething'), ('thetick'), ('thetruth'), ('thewall'), ('theway'),
('thewho'), ('thewolf'), ('theword'), ('theworld'), ('theworm'), ('thiago'), ('thibault'), ('thick'),
('thicker'), ('thicknes'), ('thicluv'), ('thief'), ('thierry'), ('thighs'), ('thimble'), ('thing'), ('thing1'),
('things'), ('thingy'), ('think'), ('think1'), ('thinkbig'), ('thinker'), ('thinking'), ('thinkpad'),
('thinline'), ('thinner'), ('third'), ('thirdeye'), ('thirsty'), ('thirteen'), ('thirteen13'), ('thirty'),
('this'), ('thisis'), ('thisisit'), ('thisisme'), ('thisone'), ('thissuck'), ('thissucks'), ('thistle'),
('thom'), ('thoma'), ('thomas'), ('thomas0'), ('thomas01'), ('thomas1'), ('thomas10'), ('thomas11'),
('thomas12'), ('thomas123'), ('thomas13'), ('thomas19'), ('thomas2'), ('thomas21'), ('thomas3'), ('thomas7'),
('thomasd'), ('thomasj'), ('thommy'), ('thompson'), ('thomsen'), ('thomson'), ('thong'), ('thongs'), ('thor'),
('thor5200'), ('thor99'), ('thoradin'), ('thordog'), ('thorin'), ('thorn'), ('thorne'), ('thorns'), ('thornton'),
('thorny'), ('thorpe'), ('thorsten'), ('thoth'), ('thought'), ('thoughts'), ('thousand'), ('thrall'), ('thrash'),
('thrasher'), ('thrawn'), ('thread'), ('threat'), ('three'), ('three11'), ('three3'), ('threeday'), ('threee'),
('threepio'), ('threesom'), ('threesome'), ('thresher'), ('thrice'), ('thrill'), ('thriller'), ('throat'),
('throatfuck'), ('throbber'), ('throne'), ('throttle'), ('through'), ('throw'), ('thrust'), ('thruster'),
('thug'), ('thug4life'), ('thuggin'), ('thuglife'), ('thuglove'), ('thugstools'), ('thumb'), ('thumbnils'),
('thumbs'), ('thump'), ('thumper'), ('thumper1'), ('thumper2'), ('thunde'), ('thunder'), ('thunder0'),
('thunder1'), ('thunder12'), ('thunder2'), ('thunder3'), ('thunder5'), ('thunder6'), ('thunder7'), ('thunder9'),
('thunderb'), ('thunderbird'), ('thunderc'), ('thundercat'), ('thunders'), ('thurber'), ('thurman'),
('thursday'), ('thurston'), ('thvfrjdf'), ('thwack'), ('thx113'), ('thx1138'), ('tiamat'), ('tian'), ('tianna'),
('tiao'), ('tiara'), ('tibbar'), ('tiberian'), ('tiberium'), ('tiberius'), ('tibet'), ('tiburo'), ('tiburon'),
('tiburon1'), ('tical'), ('tick'), ('ticker'), ('ticket'), ('ticketmaster'), ('tickets'), ('tickle'),
('tickled'), ('tickleme'), ('tickler'), ('tickles'), ('tickling'), ('ticklish'), ('ticktock'), ('tico'),
('tictac'), ('tidbit'), ('tiddles'), ('tide'), ('tidwell'), ('tiedomi'), ('tiedup'), ('tiern'), ('tierra'),
('tiesto'), ('tiff'), ('tiffan'), ('tiffani'), ('tiffanie'), ('tiffany'), ('tiffany1'), ('tiffany2'),
('tiffanys'), ('tiffy'), ('tifosi'), ('tiger'), ('tiger00'), ('tiger01'), ('tiger1'), ('tiger10'), ('tiger11'),
('tiger12'), ('tiger123'), ('tiger2'), ('tiger200'), ('tiger21'), ('tiger22'), ('tiger23'), ('tiger25'),
('tiger3'), ('tiger5'), ('tiger6'), ('tiger69'), ('tiger7'), ('tiger77'), ('tiger8'), ('tiger86'), ('tiger9'),
('tiger99'), ('tigerboy'), ('tigercat'), ('tigereye'), ('tigerfan'), ('tigerlil'), ('tigerman'), ('tigerpaw'),
('tigerr'), ('tigers'), ('tigers01'), ('tigers1'), ('tigers11'), ('tigers12'), ('tigers2'), ('tigertig'),
('tigertiger'), ('tigerwoo'), ('tigerwoods'), ('tigge'), ('tigger'), ('tigger01'), ('tigger1'), ('tigger10'),
('tigger11'), ('tigger12'), ('tigger13'), ('tigger2'), ('tigger22'), ('tigger3'), ('tigger69'), ('tigger7'),
('tigger99'), ('tiggers'), ('tight'), ('tight1'), ('tightass'), ('tightend'), ('tights'), ('tigr'), ('tigran'),
('tigre'), ('tigre1'), ('tigrenok'), ('tigres'), ('tigress'), ('tigris'), ('tiikeri'), ('tijean'), ('tijger'),
('tijuana'), ('tiki'), ('tiktak'), ('tiktonik'), ('tile'), ('tileman'), ('till'), ('tilleie'), ('tiller'),
('tillie'), ('tillman'), ('tilly'), ('tim123'), ('tima'), ('tima123'), ('timati'), ('timber'), ('timber1'),
('timberla'), ('timberlake'), ('timberland'), ('timberwo'), ('timberwolf'), ('timbo'), ('timbuktu'), ('timdog'),
('time'), ('time1'), ('time123'), ('time2go'), ('timebomb'), ('timeless'), ('timeline'), ('timelord'),
('timeout'), ('timepass'), ('timeport'), ('timer'), ('timers'), ('times'), ('timewarp'), ('timex'), ('timexx'),
('timezone'), ('timid'), ('timing'), ('timm'), ('timmay'), ('timmer'), ('timmie'), ('timmy'), ('timmy1'),
('timmy123'), ('timmys'), ('timofeeva'), ('timofei'), ('timofey'), ('timoha'), ('timon'), ('timosha'),
('timoshka'), ('timote'), ('timoteo'), ('timoth'), ('timoth1'), ('timothy'), ('timothy1'), ('timothy2'),
('timoxa'), ('timoxa94'), ('timpani'), ('timt42'), ('timur'), ('tina'), ('tina1'), ('tincan'), ('tinchair'),
('tincouch'), ('tincup'), ('tindoor'), ('tine'), ('tinfloor'), ('ting'), ('tingle'), ('tinhorse'), ('tink'),
('tinker'), ('tinker1'), ('tinkerbe'), ('tinkerbel'), ('tinkerbell'), ('tinkle'), ('tinman'), ('tinmouse'),
('tinner'), ('tino'), ('tinroof'), ('tinsel'), ('tintable'), ('tinti'), ('tintin'), ('tinuviel'), ('tiny'),
('tinytim'), ('tipper'), ('tippie'), ('tippmann'), ('tippy'), ('tippy1'), ('tipsy'), ('tiptoe'), ('tipton'),
('tiptop'), ('tiramisu'), ('tirana'), ('tire'), ('tired'), ('tires'), ('tiribon12'), ('tirpitz'), ('tish'),
('tishka'), ('tissot'), ('tissue'), ('titan'), ('titan1'), ('titan2'), ('titani'), ('titania'), ('titanic'),
('titanic1'), ('titanik'), ('titanium'), ('titans'), ('titans1'), ('titfuck'), ('titian'), ('tities'),
('titleist'), ('titlover'), ('titman'), ('titmouse'), ('tito'), ('titone'), ('titova'), ('tits'), ('tits1'),
('titsass'), ('titsnass'), ('titten'), ('titti'), ('titties'), ('titts'), ('titty'), ('tittys'), ('titus'),
('tivoli'), ('tiziana'), ('tiziano'), ('tk421'), ('tkachenko'), ('tkachuk'), ('tkbpfdtnf'), ('tkfkdg'),
('tkfkdgo'), ('tktyf'), ('tl1000'), ('tlaloc'), ('tlbyjhju'), ('tm371855'), ('tman'), ('tmjxn151'), ('tmoney'),
('tnt123'), ('tnvols'), ('toad'), ('toad24'), ('toadfrog'), ('toadie'), ('toadman'), ('toast'), ('toast1'),
('toasted'), ('toaster'), ('toasters'), ('toasty'), ('tobacco'), ('tobago'), ('tobasco'), ('tobbie'), ('tobi'),
('tobia'), ('tobias'), ('tobias1'), ('toblerone'), ('toby'), ('toby1'), ('toby11'), ('toby12'), ('toby22'),
('tobydog'), ('tobyto'), ('toccata'), ('tocool'), ('today'), ('today1'), ('today2'), ('todays'), ('todd'),
('todd12'), ('todiefor'), ('toejam'), ('toeman'), ('toenail'), ('toenails'), ('toering'), ('toes'), ('toffee'),
('tofu'), ('tofuck'), ('togepi'), ('together'), ('toggle'), ('togo'), ('toilet'), ('tokenbad'), ('tokiohotel'),
('tokyo'), ('tokyo1'), ('toledo'), ('tolik'), ('tolkein'), ('tolkien'), ('tolkien1'), ('tolstoy'), ('toltec'),
('toluca'), ('tom'), ('tom1'), ('tom123'), ('tom204'), ('toma'), ('tomahawk'), ('tomas'), ('tomas1'), ('tomasa'),
('tomass'), ('tomasz'), ('tomat'), ('tomate'), ('tomato'), ('tomato1'), ('tomatoe'), ('tomatoes'), ('tomb'),
('tomboy'), ('tombraid'), ('tombraider'), ('tombston'), ('tombstone'), ('tomcat'), ('tomcat1'), ('tomcat14'),
('tomch'), ('tomcruis'), ('tome'), ('tomek1'), ('tomjerry'), ('tomjones'), ('tomkat'), ('tomm'), ('tommaso'),
('tommi'), ('tommie'), ('tommy'), ('tommy1'), ('tommy123'), ('tommy2'), ('tommy55'), ('tommyb'), ('tommyboy'),
('tommycat'), ('tommyd'), ('tommygun'), ('tommyk'), ('tommylee'), ('tommys'), ('tommyt'), ('tommyy'), ('tomoko'),
('tomomi'), ('tomorrow'), ('tompetty'), ('tompkins'), ('tomservo'), ('tomson'), ('tomto'), ('tomtom'),
('tomtom1'), ('tomuch'), ('tomwaits'), ('tonchin'), ('tone'), ('tonedup'), ('tong'), ('tongue'), ('toni'),
('tonic'), ('tonight'), ('tonino'), ('tonite'), ('tonka'), ('tonka1'), ('tonna'), ('tonto'), ('tonto1'),
('tontos'), ('tony'), ('tony1'), ('tony12'), ('tony123'), ('tony22'), ('tony44'), ('tony45'), ('tony69'),
('tony88'), ('tony99'), ('tony_t'), ('tonya'), ('tonyhawk'), ('tonytony'), ('toobad'), ('toobig'), ('toocool'),
('toodles'), ('toofast'), ('toogood'), ('toohot'), ('tookie'), ('tool'), ('tool69'), ('toolbox'), ('toolfan'),
('tooling'), ('toolkit'), ('toolman'), ('toolman1'), ('toolong'), ('tools'), ('tools1'), ('toolshed'),
('tooltime'), ('tooltool'), ('toomuch'), ('toon'), ('toonami'), ('toonarmy'), ('toonces'), ('toonporn'),
('toons'), ('toonsex'), ('toontown'), ('toosexy'), ('tooshort'), ('toosweet'), ('toot'), ('tootall'), ('tooter'),
('tooth'), ('toothpic'), ('tootie'), ('tooting'), ('toots'), ('tootsie'), ('tootsie1'), ('topanga'), ('topaz'),
('topaz1'), ('topazz'), ('topcat'), ('topcop'), ('topdawg'), ('topdevice'), ('topdog'), ('topeka'), ('topflite'),
('topfuel'), ('topgun'), ('topgun1'), ('tophat'), ('topher'), ('toplay'), ('topless'), ('topman'), ('topnotch'),
('topolino'), ('toppdogg'), ('topper'), ('tops'), ('topsecre'), ('topsecret'), ('topshelf'), ('topside'),
('topspin'), ('topten'), ('toptotty'), ('torana'), ('torben'), ('torch'), ('toreador'), ('torey'), ('tori'),
('toriamos'), ('torino'), ('torito'), ('torment'), ('tornado'), ('tornado1'), ('tornados'), ('tornike'),
('toro'), ('torock'), ('toront'), ('toronto'), ('toronto1'), ('torpedo'), ('torpedo1'), ('torquay'), ('torque'),
('torrance'), ('torre'), ('torrent'), ('torrente'), ('torrents'), ('torres'), ('torres9'), ('torrid'),
('torrie'), ('torsten'), ('tort'), ('tort02'), ('tortilla'), ('tortoise'), ('tortue'), ('tortuga'), ('torture'),
('tory'), ('tos8217'), ('tosca'), ('toscana'), ('toshi'), ('toshib'), ('toshiba'), ('toshiba1'), ('toshiro'),
('toshka'), ('tosser'), ('total'), ('totally'), ('totalwar'), ('totem'), ('totenkopf'), ('tothetop'), ('toto99'),
('totoro'), ('tottenha'), ('tottenham'), ('tottenham1'), ('totti'), ('totti10'), ('touareg'), ('toucan'),
('touch'), ('touchdow'), ('touchdown'), ('touche'), ('touching'), ('touchme'), ('tough'), ('toughguy'),
('toulouse'), ('tour'), ('touring'), ('tourist'), ('toutoune'), ('towanda'), ('towel'), ('tower'), ('tower1'),
('towers'), ('towing'), ('town'), ('towncar'), ('townsend'), ('towser'), ('towson'), ('towtruck'), ('toxic'),
('toxicity'), ('toybox'), ('toyboy'), ('toyman'), ('toyot'), ('toyota'), ('toyota1'), ('toyota91'), ('toys'),
('toystory'), ('tplate'), ('tr1993'), ('tr2amp25'), ('trabajo'), ('trabant'), ('trace'), ('trace1'), ('tracer'),
('tracey'), ('tracey1'), ('traci'), ('traci1'), ('tracie'), ('track'), ('track1'), ('tracker'), ('tracker1'),
('tracks'), ('tracksta'), ('tractor'), ('tractor1'), ('tractors'), ('tracy'), ('tracy1'), ('tracy123'),
('tracy71'), ('trade'), ('trademan'), ('trader'), ('trader1'), ('trader12'), ('trading'), ('trafalga'),
('traffic'), ('traffic1'), ('trafford'), ('tragedy'), ('tragic'), ('trail'), ('trailer'), ('trailer1'),
('trailers'), ('traills'), ('trails'), ('train'), ('train1'), ('trainer'), ('training'), ('trainman'),
('trains'), ('trains1'), ('traitor'), ('trajan'), ('traktor'), ('tralala'), ('tralfaz'), ('tram'), ('tramp'),
('trample'), ('tramps'), ('trance'), ('tranmere'), ('trannies'), ('tranny'), ('tranquil'), ('trans'), ('trans1'),
('transalp'), ('transam'), ('transam1'), ('transcend'), ('transexual'), ('transfer'), ('transfor'),
('transformer'), ('transformers'), ('transit'), ('transits'), ('translator'), ('transpor'), ('transport'),
('trantor'), ('tranzit'), ('trap'), ('trapdoor'), ('trapped'), ('trapper'), ('trash'), ('trash1'), ('trashcan'),
('trashed'), ('trashman'), ('trashy'), ('tratata'), ('trauma'), ('trav'), ('travail'), ('travel'), ('travel1'),
('traveler'), ('travelle'), ('traveller'), ('travels'), ('travesti'), ('travi'), ('travieso'), ('travis'),
('travis1'), ('travka'), ('travolta'), ('traxdata'), ('traxxas'), ('tray'), ('treacle'), ('treasure'), ('treat'),
('treats'), ('trebla'), ('treble'), ('trebor'), ('trebor1'), ('tree'), ('tree1'), ('tree123'), ('treech'),
('treefrog'), ('treehous'), ('treehouse'), ('treeman'), ('trees'), ('trees1'), ('treess'), ('treetop'),
('treetops'), ('treetree'), ('trek'), ('trek5200'), ('trekbike'), ('treker'), ('trekker'), ('trekkie'),
('trekstar'), ('tremblay'), ('tremble'), ('tremendo'), ('tremere'), ('tremor'), ('trench'), ('trendy'),
('trent'), ('trent1'), ('trento'), ('trenton'), ('tresor'), ('trespass'), ('tress'), ('trev'), ('trever'),
('trevino'), ('trevo'), ('trevoga'), ('trevon'), ('trevor'), ('trevor1'), ('trex'), ('trey'), ('trfnthby'),
('trfnthbyf'), ('tri5a3'), ('triad'), ('triada'), ('triade'), ('trial'), ('trial1'), ('trials'), ('triangle'),
('triathlo'), ('triathlon'), ('tribal'), ('tribble'), ('tribbles'), ('tribe'), ('tribe1'), ('tribes'),
('tribunal'), ('tribune'), ('tribute'), ('tricia'), ('trick'), ('trick1'), ('trickle'), ('tricks'), ('trickste'),
('trickster'), ('tricky'), ('tricky1'), ('tricolor'), ('trident'), ('trident1'), ('trieste'), ('triforce'),
('trigger'), ('trigger1'), ('trigger2'), ('trigun'), ('trill'), ('trillian'), ('trillion'), ('trillium'),
('trilogy'), ('trim7gun'), ('trimmer'), ('trina'), ('trinidad'), ('trinit'), ('triniti'), ('trinitro'),
('trinitron'), ('trinity'), ('trinity1'), ('trinity3'), ('trinity7'), ('trinket'), ('trip'), ('triple'),
('tripleh'), ('triplet'), ('triplets'), ('triplex'), ('tripod'), ('tripoli'), ('tripp'), ('tripper'),
('trippin'), ('tripping'), ('trippy'), ('trips'), ('tris'), ('trish'), ('trish1'), ('trisha'), ('trista'),
('tristan'), ('tristan1'), ('tristar'), ('triste'), ('tristen'), ('tristin'), ('triston'), ('tristram'),
('triton'), ('triton1'), ('triumph'), ('triumph1'), ('trivia'), ('trivial'), ('trivium'), ('trix'), ('trixi'),
('trixie'), ('trixie1'), ('trixter'), ('trogdor'), ('troika'), ('trojan'), ('trojan1'), ('trojans'),
('trojans1'), ('troll'), ('troll1'), ('trolley'), ('trolls'), ('trololo'), ('trombone'), ('trompete'), ('tron'),
('tronic'), ('troop'), ('trooper'), ('trooper1'), ('trooper2'), ('troopers'), ('trophy'), ('tropic'),
('tropical'), ('tropicana'), ('tropico'), ('tropics'), ('trot'), ('trotsky'), ('trotter'), ('trotter1'),
('trotters'), ('troubl'), ('trouble'), ('trouble1'), ('trouble2'), ('troubles'), ('trousers'), ('trout'),
('trout1'), ('troutbum'), ('troutman'), ('trouts'), ('troy'), ('troyboy'), ('trrim777'), ('trs8f7'), ('trstno1'),
('truant'), ('truc'), ('truck'), ('truck1'), ('truck2'), ('trucker'), ('trucker1'), ('truckers'), ('truckin'),
('trucking'), ('truckman'), ('trucks'), ('trucks1'), ('trudy'), ('true'), ('trueblue'), ('truegrit'),
('truelies'), ('truelov'), ('truelove'), ('trueman'), ('trueno'), ('truffle'), ('truffles'), ('truitt'),
('trujillo'), ('truls'), ('truly'), ('truman'), ('trump'), ('trumpet'), ('trumpet1'), ('trumpets'), ('trunk'),
('trunks'), ('trunks1'), ('truong'), ('truskawka'), ('trust'), ('trust1'), ('trustee'), ('trusting'),
('trustme'), ('trustn01'), ('trustno'), ('trustno1'), ('trustnoo'), ('trustnoone'), ('trusty'), ('truth'),
('truth1'), ('tryagain'), ('trying'), ('tryit'), ('tryme'), ('tryout'), ('trythis'), ('tsalagi'), ('tset'),
('tsmith'), ('tspeter1'), ('tsubasa'), ('tsunami'), ('tsunami1'), ('tsv1860'), ('ttam'), ('ttocs'), ('ttttt1'),
('tttttt1'), ('tttttt99'), ('ttttttt1'), ('tu190022'), ('tuan'), ('tuba'), ('tubaman'), ('tubbie'), ('tubby'),
('tubby1'), ('tube'), ('tubgtn'), ('tubitzen'), ('tuborg'), ('tubular'), ('tucano'), ('tuck'), ('tucke'),
('tucker'), ('tucker1'), ('tucson'), ('tuczno18'), ('tudor'), ('tuesday'), ('tuesday1'), ('tuesday2'), ('tuff'),
('tuffgong'), ('tuffguy'), ('tuffy'), ('tuffy1'), ('tugboat'), ('tugger'), ('tujazopi'), ('tujheirf'),
('tujhjdf'), ('tujhrf'), ('tulane'), ('tulip'), ('tulipan'), ('tulips'), ('tull'), ('tuller'), ('tulley'),
('tulpan'), ('tulsa'), ('tumadre'), ('tumbin'), ('tumble'), ('tummy'), ('tummybed'), ('tuna'), ('tunafish'),
('tundra'), ('tungdom6'), ('tuning'), ('tunisia'), ('tunisie'), ('tunnel'), ('tupac'), ('tupac1'), ('tupacs'),
('tupacshakur'), ('tupelo'), ('tuppence'), ('tupper'), ('tura'), ('turambar'), ('turandot'), ('turbine'),
('turbo'), ('turbo1'), ('turbo2'), ('turbo6'), ('turbo911'), ('turbodog'), ('turbos'), ('turbot'), ('turboz'),
('turd'), ('turga'), ('turin'), ('turing'), ('turismo'), ('turk'), ('turk182'), ('turke'), ('turkey'),
('turkey1'), ('turkey50'), ('turkish'), ('turkiye'), ('turn'), ('turnb'), ('turnbull'), ('turner'), ('turner1'),
('turnip'), ('turnkey'), ('turntabl'), ('turntable'), ('turtl'), ('turtle'), ('turtle1'), ('turtle2'),
('turtles'), ('turtoise'), ('tuscan'), ('tuscany'), ('tuscl'), ('tusk'), ('tusymo'), ('tutti'), ('tuttle'),
('tuvieja'), ('tuxedo'), ('tv612se'), ('tvmarcia'), ('tvxtjk7r'), ('twain'), ('twain1'), ('twat'), ('twats'),
('tweaker'), ('tweedy'), ('tweeker'), ('tweet'), ('tweeter'), ('tweety'), ('tweety1'), ('tweezer'), ('twelve'),
('twelve12'), ('twenty'), ('twenty1'), ('twenty2'), ('twenty20'), ('twentyon'), ('twice'), ('twice2'),
('twiddle'), ('twiggy'), ('twilight'), ('twin'), ('twinboys'), ('twincam'), ('twine'), ('twingo'), ('twink'),
('twinkie'), ('twinkies'), ('twinkle'), ('twinkles'), ('twinks'), ('twinky'), ('twinpeaks'), ('twins'),
('twins1'), ('twins2'), ('twinss'), ('twinstar'), ('twinturb'), ('twinz'), ('twist'), ('twista'), ('twiste'),
('twisted'), ('twisted1'), ('twister'), ('twisters'), ('twisty'), ('twistys'), ('twitch'), ('twiztid'),
('twizzler'), ('twocats'), ('twodogs'), ('twogirls'), ('twolves'), ('twoods'), ('twoone'), ('twopac'),
('twostep'), ('twothree'), ('twotone'), ('tybalt'), ('tycobb'), ('tycoon'), ('tyghbn'), ('tylenol'), ('tyler'),
('tyler1'), ('tyler12'), ('tyler123'), ('tyler2'), ('tylerb'), ('tylerca310'), ('tylerd'), ('tylerj'),
('tylers'), ('type'), ('type40'), ('typhon'), ('typhoon'), ('typhoon1'), ('typical'), ('tyra'), ('tyrant'),
('tyrell'), ('tyrese'), ('tyrik123'), ('tyrone'), ('tyrone1'), ('tyson'), ('tyson1'), ('tyson123'), ('tysons'),
('tyvugq'), ('tzeentch'), ('tzpvaw'), ('u23456'), ('u4slpwra'), ('uaeuaeman'), ('ub6ib9'), ('ubique'),
('ubitch'), ('ublhjgjybrf'), ('ubnfhf'), ('ubnkthrfgen'), ('ubvyfcnbrf'), ('ubvyfpbz'), ('ucht36'), ('ucla'),
('uconn'), ('udacha'), ('udbwsk'), ('udders'), ('udinese'), ('ue8fpw'), ('uekmyfhf'), ('ueptkm'), ('ufdhbr'),
('ufdibyjd'), ('ufgyndmv'), ('ufhhbgjnnth'), ('ufhvjybz'), ('ufkbyf'), ('ufkfrnbrf'), ('ufkjxrf'), ('ufkxjyjr'),
('ufptkm'), ('ufyljy'), ('uganda'), ('ugejvp'), ('ugly'), ('uhbujhbq'), ('uhbyuj'), ('uhfdbwfgf'), ('uhfvjnf'),
('uhfyfn'), ('uhjpysq'), ('uhoh'), ('uhtqneyu'), ('uhtvkby17'), ('uiegu451'), ('uiorew'), ('ujhijr'),
('ujhjl312'), ('ujhjljr'), ('ujkjdf'), ('ujkjdjkjvrf'), ('ujnbrf'), ('ujujkm'), ('ujyxfhjdf'), ('ukflbfnjh'),
('ukflbjkec'), ('ukfveh'), ('ukqmwhj6'), ('ukraina'), ('ukraine'), ('ukrnet'), ('uliana'), ('ulises'),
('ulisse'), ('ulrich'), ('ulrika'), ('ulrike'), ('ulrtab'), ('ulster'), ('ultima'), ('ultimate'), ('ultimatum'),
('ultimo'), ('ultra'), ('ultra1'), ('ultra123'), ('ultracash'), ('ultraman'), ('ultras'), ('ulugbek'),
('ulyana'), ('ulysse'), ('ulysses'), ('umberto'), ('umbrella'), ('umisushi'), ('ummagumma'), ('umpire'),
('un4given'), ('unable'), ('unb4g9ty'), ('unbelievable'), ('uncencored'), ('uncle'), ('unclebob'), ('unclesam'),
('undead'), ('under'), ('under1'), ('underage'), ('undercover'), ('underdog'), ('undergro'), ('undergroun'),
('underground'), ('underhil'), ('undernet'), ('underpar'), ('understand'), ('undertak'), ('undertake'),
('undertaker'), ('undertow'), ('underwat'), ('underwater'), ('underwea'), ('underwear'), ('underwoo'),
('underwor'), ('underworld'), ('undies'), ('undne'), ('undone'), ('unforgiv'), ('unforgiven'), ('unhappy'),
('unholy'), ('unicor'), ('unicorn'), ('unicorn1'), ('unicorns'), ('unicron'), ('uniden'), ('unified'),
('uniform'), ('union'), ('union1'), ('unions'), ('unique'), ('uniqueness'), ('unison'), ('unit'), ('unite'),
('united'), ('united1'), ('united99'), ('unity'), ('univer'), ('univers'), ('universa'), ('universal'),
('universe'), ('universi'), ('universidad'), ('university'), ('unknow'), ('unknown'), ('unknown1'),
('unleashed'), ('unlimite'), ('unlimited'), ('unlock'), ('unlucky'), ('unnamed'), ('unreal'), ('unseen'),
('untitled'), ('up9x8rww'), ('update'), ('updown'), ('updrop'), ('upgrade'), ('upinya'), ('upiter'), ('upland'),
('uplink'), ('upload'), ('upnfmc'), ('upper'), ('upright'), ('upskirt'), ('upsman'), ('uptheass'), ('uptown'),
('upupa68'), ('upyachka'), ('upyours'), ('uranium'), ('uranus'), ('urban'), ('urbana'), ('urchin'), ('urgent'),
('urlacher'), ('urlaub'), ('urlmon'), ('urracco'), ('ursitesux'), ('ursula'), ('uruguay'), ('usa123'),
('usa1776'), ('usaf'), ('usagi'), ('usarmy'), ('useful'), ('useless'), ('user'), ('user1'), ('user1122'),
('user123'), ('user345'), ('userexecute'), ('usermane'), ('username'), ('userpass'), ('users'), ('usethis1'),
('usmarine'), ('usmc'), ('usmc01'), ('usmc0311'), ('usmc1'), ('usmc1775'), ('usmc69'), ('usnavy'), ('usnret'),
('usopen'), ('ussy'), ('ussy1'), ('usual'), ('usuckballz1'), ('utah'), ('utahjazz'), ('utfp5e'), ('uthfcbv'),
('uthvfy'), ('uthvfybz'), ('utility'), ('utjhubq'), ('utjuhfabz'), ('utjvtnhbz'), ('utmost'), ('uto29321'),
('utopia'), ('utrecht'), ('utvols'), ('utythfk'), ('utyyflbq'), ('utyyflmtdyf'), ('uuuuu1'), ('uuuuuu1'),
('uuuuuuu1'), ('uvdwgt'), ('uvmrysez'), ('uwrl7c'), ('uxmdzi4o'), ('uyxnyd'), ('uzumaki'), ('uzumymw'),
('v00d00'), ('v12345'), ('v123456'), ('v123456789'), ('v2jmsz'), ('v55555'), ('va2001'), ('vacances'),
('vacation'), ('vacuum'), ('vader'), ('vader1'), ('vader123'), ('vaders'), ('vadim'), ('vadim1995'),
('vadim1996'), ('vadimka'), ('vaduz'), ('vaffanculo'), ('vagabond'), ('vagina'), ('vagner'), ('vakantie'),
('valakas'), ('valdemar'), ('valdepen'), ('valdez'), ('vale'), ('valenci'), ('valencia'), ('valenok'),
('valent'), ('valenti'), ('valentin'), ('valentina'), ('valentine'), ('valentinka'), ('valentino'), ('valer'),
('valera'), ('valera123'), ('valeri'), ('valeria'), ('valeria1'), ('valerian'), ('valerie'), ('valerie1'),
('valerik'), ('valerio'), ('valeriy'), ('valeriya'), ('valerka'), ('valery'), ('valetudo'), ('valhalla'),
('valheru'), ('valiant'), ('valiant1'), ('valid'), ('validate'), ('valium'), ('valjean'), ('valkiria'),
('valkyrie'), ('vallarta'), ('vallejo'), ('valley'), ('valley1'), ('valleywa'), ('vallon'), ('valmet'),
('valmont'), ('valter'), ('value'), ('values'), ('valve'), ('valves'), ('vamp'), ('vampir'), ('vampire'),
('vampire1'), ('vampires'), ('vampiro'), ('vampyr'), ('vampyre'), ('vanburen'), ('vance'), ('vancouve'),
('vancouver'), ('vandal'), ('vandam'), ('vandamme'), ('vander'), ('vandread'), ('vandy'), ('vanechka'),
('vanes'), ('vanesa'), ('vaness'), ('vanessa'), ('vanessa1'), ('vangar'), ('vangelis'), ('vangogh'),
('vanguard'), ('vanhalen'), ('vanhorn'), ('vanill'), ('vanilla'), ('vanilla1'), ('vanille'), ('vanina'),
('vanish'), ('vanity'), ('vanman'), ('vannasx'), ('vanquish'), ('vans'), ('vantage'), ('vanya'),
('vanyarespekt'), ('varadero'), ('vardann'), ('varela'), ('varenik'), ('vargas'), ('variable'), ('variant'),
('variety'), ('varken'), ('varsha'), ('varsity'), ('varvara'), ('vasco'), ('vaseline'), ('vasile'), ('vasilek'),
('vasilev'), ('vasileva'), ('vasili'), ('vasilii'), ('vasilina'), ('vasilisa'), ('vasilisk'), ('vasiliy'),
('vasily'), ('vasquez'), ('vassago'), ('vassar'), ('vasser'), ('vasya'), ('vatech'), ('vatoloco'), ('vaughan'),
('vaughn'), ('vault'), ('vauxhall'), ('vavilon'), ('vaz2101'), ('vaz2105'), ('vaz2106'), ('vaz2107'),
('vaz21074'), ('vaz2108'), ('vaz21083'), ('vaz2109'), ('vaz21093'), ('vaz21099'), ('vaz2110'), ('vaz2114'),
('vaz2115'), ('vazgen'), ('vball'), ('vbhevbh'), ('vbhjckfd'), ('vbhjckfdf'), ('vbhjh123'), ('vbhjndjhtw'),
('vbhjyjdf'), ('vbienrf'), ('vbifyz'), ('vbitkm'), ('vbitymrf'), ('vbkbwbz'), ('vbkfirf'), ('vbkfyf'),
('vbkkbjy'), ('vbktyf'), ('vbkzdrf'), ('vbnhjafy'), ('vbnmrf'), ('vbrjkf'), ('vcradq'), ('vdlxuc'), ('vecmrf'),
('vector'), ('vectra'), ('vedder'), ('veedub'), ('vega'), ('vegas'), ('vegas1'), ('vegas123'), ('vegasman'),
('veget'), ('vegeta'), ('vegeta1'), ('vegetabl'), ('veggie'), ('vegita'), ('vegitta'), ('vegitto'), ('vehicle'),
('vehpbkrf'), ('vehpbr'), ('vehvfycr'), ('vehxbr'), ('vekmnbr'), ('velcro'), ('veloce'), ('velocity'),
('velosiped'), ('velvet'), ('vendetta'), ('vending'), ('venecia'), ('venera'), ('venetian'), ('venezia'),
('venezuel'), ('venezuela'), ('vengeance'), ('vengence'), ('venger'), ('venice'), ('venise'), ('venkat'),
('venom'), ('venom1'), ('venom121293'), ('venom123'), ('venomous'), ('vent'), ('ventrue'), ('ventura'),
('ventura1'), ('venture'), ('venture1'), ('venus'), ('venus1'), ('vepsrf'), ('vepsrfyn'), ('vera'), ('veracruz'),
('verbal'), ('verbati'), ('verbatim'), ('verboten'), ('verde'), ('verdi'), ('verdun'), ('verena'), ('verga'),
('vergesse'), ('vergeten'), ('vergil'), ('verify'), ('veritas'), ('veritas1'), ('veritech'), ('verity'),
('verizon'), ('verizon1'), ('verlaat'), ('vermeer'), ('vermin'), ('vermont'), ('vermont1'), ('vern'), ('verna'),
('verne'), ('verner'), ('vernie'), ('vernon'), ('vernost'), ('vero'), ('verochka'), ('verona'), ('veronda'),
('veronic'), ('veronica'), ('veronik'), ('veronika'), ('veroniqu'), ('veronique'), ('versace'), ('versace1'),
('version'), ('versus'), ('vert'), ('vertex'), ('vertical'), ('vertigo'), ('veruca'), ('very'), ('very1'),
('verycool'), ('verygood'), ('verygoodbot'), ('veryhot'), ('verymuch'), ('verynice'), ('verysexy'), ('vespa'),
('vespa123'), ('vesper'), ('vespucci'), ('vessel'), ('vesta'), ('vestax'), ('vester'), ('vesuvius'), ('vetalik'),
('veteran'), ('veterok'), ('vett'), ('vette'), ('vette1'), ('vetteman'), ('vettes'), ('vf279sm'), ('vfcmrf'),
('vfcnth'), ('vfczyz'), ('vfdhif'), ('vfeukb'), ('vfhbfyyf'), ('vfhbif'), ('vfhbirf'), ('vfhbyf'),
('vfhbyfvfhbyf'), ('vfhbyjxrf'), ('vfhbyrf'), ('vfhbz007'), ('vfhcbr'), ('vfhctkm'), ('vfhecmrf'), ('vfhecz'),
('vfhfnbr'), ('vfhmzyf'), ('vfhnby'), ('vfhnbyb'), ('vfhnsirf'), ('vfhnsyjdf'), ('vfhrbp'), ('vfhrbpf'),
('vfhufhbnf'), ('vfhufhbnrf'), ('vfhujif'), ('vfhvtkfl'), ('vfhvtkflrf'), ('vfhxtyrj'), ('vfibyf'), ('vfiekmrf'),
('vfiekz'), ('vfieyz'), ('vfif123'), ('vfif1986'), ('vfitymrf'), ('vfkbyf'), ('vfkbyrf'), ('vfkmdbyf'),
('vfkmxbr'), ('vfksirf'), ('vfktymrfz'), ('vflfufcrfh'), ('vfnbkmlf'), ('vfndtq'), ('vfnehsv'), ('vfnhbwf'),
('vfnhjcrby'), ('vfntvfnbrf'), ('vfpfafrf'), ('vfr750'), ('vfr800'), ('vfrcbr'), ('vfrcbv'), ('vfrcbv123'),
('vfrcbvec'), ('vfrcbvev'), ('vfrcbvjd'), ('vfrcbvjdf'), ('vfrcbvrf'), ('vfrcbvtyrj'), ('vfrcbvvfrcbv'),
('vfrfhjd'), ('vfrfhjdf'), ('vfrfhjys'), ('vfrfrf'), ('vfubcnh'), ('vfuflfy'), ('vfufpby'), ('vfuyjkbz'),
('vfvekbxrf'), ('vfvekmrf'), ('vfvektxrf'), ('vfvekz'), ('vfvf12'), ('vfvf123'), ('vfvf2011'), ('vfvfbgfgf'),
('vfvfgfgf'), ('vfvfgfgf123'), ('vfvfgfgfz'), ('vfvfif'), ('vfvfktyf'), ('vfvfnfyz'), ('vfvfvskfhfve'),
('vfvfxrf'), ('vfvjxrf'), ('vfvjxrf1'), ('vfvjyn'), ('vfylfhby'), ('vfylfhbyrf'), ('vfyxtcnth'), ('vg08k714'),
('vgbh12'), ('vgfun'), ('vgfun2'), ('vgfun4'), ('vgfun8'), ('vgirl'), ('vgy78uhb'), ('vh5150'), ('vhou812'),
('viagra'), ('vialli'), ('vibes'), ('viborg'), ('vibrate'), ('vibrator'), ('vice'), ('vicecity'), ('vicelord'),
('vicente'), ('vicenza'), ('viceroy'), ('vicious'), ('vicious1'), ('vickers'), ('vicki'), ('vicki1'), ('vickie'),
('vicky'), ('vicky1'), ('victim'), ('victo'), ('victoire'), ('victor'), ('victor1'), ('victori'), ('victoria'),
('victoria1'), ('victoriya'), ('victory'), ('victory1'), ('victory7'), ('vid2600'), ('vida'), ('vidadi1'),
('vidaloca'), ('video'), ('video1'), ('videoes'), ('videogam'), ('videoman'), ('videos'), ('vides'), ('vienna'),
('vietnam'), ('view'), ('viewer'), ('viewsoni'), ('viewsonic'), ('viggen'), ('viggen37'), ('vigilant'),
('viglen'), ('vigor'), ('vijay'), ('vijaya'), ('vika'), ('vika12'), ('vika123'), ('vika1234'), ('vika12345'),
('vika1995'), ('vika1996'), ('vika1998'), ('vika2010'), ('vika2011'), ('vikes'), ('vikin'), ('viking'),
('viking1'), ('vikings'), ('vikings1'), ('vikings2'), ('viktor'), ('viktori'), ('viktoria'), ('viktorija'),
('viktoriy'), ('viktoriya'), ('viktory'), ('villa'), ('villa1'), ('village'), ('villain'), ('villan'),
('villas'), ('ville'), ('villegas'), ('villeneuve'), ('villevalo'), ('vinbylrj'), ('vince'), ('vincen'),
('vincent'), ('vincent1'), ('vincente'), ('vincenzo'), ('vindiesel'), ('vinegar'), ('vineyard'), ('vinicius'),
('vinnie'), ('vinny'), ('vinny1'), ('vino'), ('vinograd'), ('vinogradov'), ('vinson'), ('vintage'), ('vintage1'),
('vintelok'), ('vinter'), ('vinyl'), ('viola'), ('violator'), ('viole'), ('violence'), ('violent'), ('violentj'),
('violet'), ('violet1'), ('violeta'), ('violett'), ('violetta'), ('violette'), ('violin'), ('violin1'),
('vip123'), ('viper'), ('viper01'), ('viper1'), ('viper12'), ('viper123'), ('viper2'), ('viper69'), ('viper7'),
('viper9'), ('viper99'), ('vipergts'), ('viperman'), ('vipers'), ('vipper'), ('virago'), ('virgil'),
('virgilio'), ('virgin'), ('virgin1'), ('virgini'), ('virginia'), ('virginie'), ('virgins'), ('virgo'),
('virgo1'), ('virgos'), ('virtua'), ('virtuagirl'), ('virtual'), ('virtue'), ('virtuoso'), ('virus'), ('virus1'),
('viruss'), ('visa'), ('viscount'), ('vishal'), ('vishenka'), ('vishnu'), ('visigoth'), ('vision'), ('vision1'),
('visionar'), ('visions'), ('visit'), ('visited'), ('visiting'), ('visitor'), ('vista'), ('visual'), ('vita'),
('vitae'), ('vital'), ('vitali'), ('vitalik'), ('vitalik1'), ('vitalik123'), ('vitalina'), ('vitaliy'),
('vitalogy'), ('vitaly'), ('vitalya'), ('vitamin'), ('vitamine'), ('vitara'), ('vitebsk'), ('vitesse'), ('vito'),
('vitoria'), ('vittoria'), ('vittorio'), ('viva'), ('vivace'), ('vivahate'), ('vivaldi'), ('vivia'), ('vivian'),
('vivian1'), ('viviana'), ('viviane'), ('vivid'), ('vivien'), ('vivienne'), ('vivitron'), ('vixen'), ('vixens'),
('vjcrdf'), ('vjhjpjd'), ('vjhjpjdf'), ('vjhrjdrf'), ('vjkjltw'), ('vjkjnjr'), ('vjkjrj'), ('vjnjhjkf'),
('vjqfyutk'), ('vjqgfhjkm'), ('vjqvbh'), ('vjybnjh'), ('vjzctvmz'), ('vjzgjxnf'), ('vkaxcs'), ('vkfwx046'),
('vkontakte'), ('vlad'), ('vlad12'), ('vlad123'), ('vlad1234'), ('vlad1994'), ('vlad1995'), ('vlad1996'),
('vlad1997'), ('vlad1998'), ('vlad2010'), ('vlad2011'), ('vlad777'), ('vlad7788'), ('vlada'), ('vladik'),
('vladimi'), ('vladimir'), ('vladimir1'), ('vladimirovna'), ('vladislav'), ('vladislava'), ('vladivostok'),
('vladlen'), ('vladvlad'), ('vlasov'), ('vlasova'), ('vmdnygfu'), ('vocals'), ('vodafone'), ('vodka'),
('vodka1'), ('vodolei'), ('vodoley'), ('voetbal'), ('vogel'), ('voice'), ('voices'), ('void'), ('voiture'),
('voivod'), ('voland'), ('volante'), ('volcano'), ('volcom'), ('volcom1'), ('voldemar'), ('voldemor'), ('volga'),
('volgograd'), ('volition'), ('volker'), ('volkodav'), ('volkov'), ('volkova'), ('volkswag'), ('volkswagen'),
('volley'), ('volleyba'), ('volleyball'), ('volodia'), ('volodin'), ('volodja'), ('volodya'), ('vologda'),
('vols'), ('volt'), ('voltage'), ('voltaire'), ('voltron'), ('volume'), ('voluntee'), ('volunteer'), ('volvo'),
('volvo1'), ('volvo240'), ('volvo850'), ('volvofh12'), ('volvos'), ('volvos40'), ('volvos60'), ('volvos80'),
('volvov70'), ('vonnegut'), ('vonnie'), ('vonsclan'), ('voodoo'), ('voodoo1'), ('voodoo2'), ('voodoo22'),
('voodoo3'), ('voodoo69'), ('voorhees'), ('vorlon'), ('vorobey'), ('vorona'), ('voronin'), ('voronina'),
('voronov'), ('voronova'), ('vorpal'), ('vortec'), ('vortech'), ('vortex'), ('voshod'), ('vostok'), ('vova'),
('vova123'), ('vova12345'), ('vova1992'), ('vova1994'), ('vovan'), ('vovan_lt'), ('vovchik'), ('vovochka'),
('voxstrange'), ('voyage'), ('voyager'), ('voyager1'), ('voyager2'), ('voyager6'), ('voyager7'), ('voyeur'),
('voyeur1'), ('vp6y38'), ('vpmfsz'), ('vqsablpzla'), ('vre2nc3z'), ('vredina'), ('vsajyjr'), ('vsegda'),
('vsevolod'), ('vsijyjr'), ('vsjasnel12'), ('vsythb'), ('vtec'), ('vthctltc'), ('vthokies'), ('vthrehbq'),
('vtkmybr'), ('vtkrbq'), ('vtlbwbyf'), ('vtldtlm'), ('vtldtltd'), ('vtnhj2033'), ('vtr1000'), ('vtufajy'),
('vtufgjkbc'), ('vulcan'), ('vulgar'), ('vulture'), ('vulva'), ('vurdf5i2'), ('vvvbbb'), ('vvvvv1'), ('vvvvvv1'),
('vw198m2n'), ('vwgolf'), ('vwjetta'), ('vwpassat'), ('vyjujnjxbt'), ('w00t'), ('w00t88'), ('w0rm1'), ('w12345'),
('w123456'), ('w1234567'), ('w1408776w'), ('w1w2w3'), ('w1w2w3w4'), ('w1w2w3w4w5'), ('w2dlww3v5p'), ('w3e4r5t6'),
('w4g8at'), ('w74156900'), ('w8gkz2x1'), ('w8sted'), ('w8woord'), ('w_pass'), ('wabash'), ('wabbit'),
('wachovia'), ('wachtwoord'), ('wack'), ('wacker'), ('wacko'), ('waddle'), ('wade'), ('waderh'), ('wafer'),
('waffen'), ('waffenss'), ('waffle'), ('waffles'), ('wage'), ('wagner'), ('wagner1'), ('wagon'), ('wagoneer'),
('waheguru'), ('wahine'), ('wahoo'), ('wahooo'), ('wahoos'), ('waikiki'), ('waimea'), ('wait'), ('waiter'),
('waiting'), ('waitron'), ('wake'), ('wakeboar'), ('wakeup'), ('waldemar'), ('walden'), ('waldo'), ('waldo1'),
('waldorf'), ('waleed'), ('walera'), ('wales'), ('wales1'), ('walhalla'), ('walk'), ('walker'), ('walker1'),
('walker2'), ('walkers'), ('walking'), ('walkman'), ('walkman555'), ('wall'), ('wallaby'), ('wallace'),
('wallace1'), ('wallace2'), ('waller'), ('wallet'), ('walley'), ('walleye'), ('walleye1'), ('wallie'),
('wallis'), ('wallop'), ('wallpape'), ('walls'), ('wallst'), ('wallstre'), ('wallstreet'), ('wally'), ('wally1'),
('walmart'), ('walnut'), ('walnuts'), ('walrus'), ('walsall'), ('walsh'), ('walstib'), ('walt'), ('walte'),
('walter'), ('walter1'), ('walter34'), ('walters'), ('walther'), ('walton'), ('waltrip'), ('wamozart'),
('wanda'), ('wanda1'), ('wander'), ('wanderer'), ('wang'), ('wanger'), ('wank'), ('wanker'), ('wanker1'),
('wankers'), ('wankher'), ('wanking'), ('wannabe'), ('wannasee'), ('wanrltw'), ('want'), ('wanted'), ('wantit'),
('wanton'), ('wantsex'), ('wantsome'), ('wapapapa'), ('wapbbs'), ('wapbbs_1'), ('wapiti'), ('wapku1'),
('waqw3p'), ('war123'), ('war3demo'), ('waratsea'), ('warbird'), ('warchild'), ('warcraf'), ('warcraft'),
('warcraft1'), ('warcraft3'), ('ward'), ('warden'), ('wardog'), ('ware'), ('wareagle'), ('warehous'),
('warehouse'), ('warez'), ('warfare'), ('wargames'), ('wargod'), ('warhamer'), ('warhamme'), ('warhammer'),
('warhammer40k'), ('warhawk'), ('warhawks'), ('warhol'), ('warhorse'), ('waring'), ('warior'), ('warlock'),
('warlock1'), ('warlord'), ('warlord1'), ('warlords'), ('warm'), ('warman'), ('warner'), ('warning'), ('warp'),
('warpath'), ('warped'), ('warpig'), ('warpten'), ('warrant'), ('warranty'), ('warren'), ('warren1'), ('warrio'),
('warrior'), ('warrior1'), ('warrior2'), ('warrior3'), ('warrior6'), ('warriors'), ('wars'), ('warsaw'),
('warspite'), ('warszawa'), ('wartburg'), ('warthog'), ('warwick'), ('warzone'), ('was.here'), ('wasabi'),
('wasdwasd'), ('wasdwasd1'), ('wash'), ('washburn'), ('washear'), ('washer'), ('washere'), ('washing'),
('washingt'), ('washingto'), ('washington'), ('wasp'), ('wasser'), ('wassup'), ('waste'), ('wasted'), ('waster'),
('watashi'), ('watch'), ('watch1'), ('watchdog'), ('watcher'), ('watchers'), ('watches'), ('watching'),
('watchman'), ('watchmen'), ('watchout'), ('water'), ('water1'), ('water12'), ('water123'), ('waterbed'),
('waterboy'), ('waterfal'), ('waterfall'), ('waterfalls'), ('waterloo'), ('waterman'), ('watermel'),
('watermelon'), ('waterpol'), ('waterpolo'), ('waters'), ('waters1'), ('waterski'), ('watford'), ('watkins'),
('watson'), ('watson0'), ('watson1'), ('watt'), ('watts'), ('wave'), ('waverly'), ('waves'), ('waves1'),
('wavmanuk'), ('wavpzt'), ('way2go'), ('waycool'), ('wayer'), ('wayfarer'), ('wayland'), ('waylande'),
('waylon'), ('wayne'), ('wayne1'), ('wayner'), ('waynes'), ('wayout'), ('wazoo'), ('wazzkaprivet'), ('wazzup'),
('wc18c2'), ('wc4fun'), ('wcksdypk'), ('wcrfxtvgbjy'), ('wdtnjr'), ('wdtnjxtr'), ('weakness'), ('wealth'),
('wealthy'), ('weapon'), ('weapons'), ('weaponx'), ('wear'), ('weare1'), ('weare138'), ('wearing'), ('weasel'),
('weasel1'), ('weasels'), ('weasle'), ('weather'), ('weather1'), ('weave'), ('weaver'), ('webb'), ('webber'),
('webby'), ('webcam'), ('weber'), ('webguy'), ('webhead'), ('webhompas'), ('webhompass'), ('webman'),
('webmaste'), ('webmaster'), ('webpass'), ('website'), ('websol76'), ('websolutions'), ('websolutionssu'),
('webstar'), ('webster'), ('webster1'), ('websters'), ('webtvs'), ('webuivalidat'), ('wedding'), ('wedding1'),
('wedge'), ('wedge1'), ('wedges'), ('wedgie'), ('wednesda'), ('wednesday'), ('weeble'), ('weed'), ('weed1'),
('weed123'), ('weed420'), ('weeded'), ('weedhead'), ('weedman'), ('weeds'), ('weegee'), ('week'), ('weekend'),
('weekly'), ('weeks'), ('weeman'), ('ween'), ('weener'), ('weenie'), ('weetabix'), ('weezer'), ('weezer1'),
('weezie'), ('wehttam'), ('weider'), ('weight'), ('weights'), ('weihnachte'), ('weihnachten'), ('weihnachtsbau'),
('weihnachtsbaum'), ('weiland'), ('weinberg'), ('weiner'), ('weird'), ('weirdo'), ('weiser'), ('weiss'),
('wejrpfpu'), ('welch'), ('welcom'), ('welcome'), ('welcome0'), ('welcome01'), ('welcome1'), ('welcome12'),
('welcome123'), ('welcome2'), ('welcome4'), ('welcome5'), ('welcome7'), ('welcome8'), ('welcomes'), ('welder'),
('welding'), ('weldon'), ('welkom'), ('welkom01'), ('well'), ('wellcome'), ('welldone'), ('weller'), ('welles'),
('wellhung'), ('wellingt'), ('wellington'), ('wellness'), ('wells'), ('welshman'), ('wembley'), ('wend'),
('wendall'), ('wendel'), ('wendell'), ('wendigo'), ('wendy'), ('wendy1'), ('wendys'), ('wenef45313'), ('weng'),
('wenger'), ('wer123'), ('wer138'), ('wer234'), ('werder'), ('werdna'), ('werewolf'), ('werken'), ('werner'),
('weronika'), ('werrew'), ('wert12'), ('wert1234'), ('wert21'), ('werter'), ('werthrf'), ('werthvfy'),
('werty1'), ('werty123'), ('werty12345'), ('werule'), ('werwolf'), ('wes123'), ('wesdxc'), ('wesker'),
('wesley'), ('wesley1'), ('wesson'), ('wessonnn'), ('west'), ('west12'), ('west123'), ('west1234'), ('westbrom'),
('westcoas'), ('westcoast'), ('westend'), ('wester'), ('western'), ('western1'), ('westfiel'), ('westgate'),
('westham'), ('westham1'), ('westie'), ('westies'), ('westin'), ('westlake'), ('westlife'), ('weston'),
('westover'), ('westpoin'), ('westport'), ('westsid'), ('westside'), ('westside1'), ('westward'), ('westwind'),
('westwing'), ('westwood'), ('wetass'), ('wetcunt'), ('wetdog'), ('wethepeople'), ('wetland'), ('wetlands'),
('wetlips'), ('wetone'), ('wetpuss'), ('wetpussy'), ('wetsex'), ('wett'), ('wetter'), ('wetwilly'), ('wetworks'),
('wetzlar'), ('wewiz'), ('wexford'), ('weyfvb'), ('weymouth'), ('wg8e3wjf'), ('whack'), ('whacko'), ('whale'),
('whalen'), ('whaler'), ('whalers'), ('whales'), ('wham'), ('wharfrat'), ('wharton'), ('whassup'), ('what'),
('whateva'), ('whateve'), ('whatever'), ('whatever1'), ('whatif'), ('whatis'), ('whatisit'), ('whatluck'),
('whatnot'), ('whatnow'), ('whatsup'), ('whatthe'), ('whatthef'), ('whatthefuck'), ('whattheh'), ('whatthehell'),
('whatup'), ('whatwhat'), ('whdbtp'), ('wheat'), ('wheaties'), ('wheaton'), ('wheel'), ('wheeler'), ('wheeling'),
('wheels'), ('wheels1'), ('whenever'), ('where'), ('whine'), ('whip'), ('whipit'), ('whiplash'), ('whipme'),
('whipped'), ('whipper'), ('whippet'), ('whipple'), ('whirling'), ('whiskers'), ('whiskey'), ('whiskey1'),
('whisky'), ('whisper'), ('whisper1'), ('whistle'), ('whistler'), ('whit'), ('whitaker'), ('white'), ('white1'),
('whiteboy'), ('whitecat'), ('whitedog'), ('whitehea'), ('whiteman'), ('whiteout'), ('whitepower'), ('whites'),
('whitesox'), ('whitesta'), ('whitetai'), ('whitetail'), ('whitewol'), ('whitewolf'), ('whitey'), ('whiting'),
('whitlock'), ('whitman'), ('whitne'), ('whitney'), ('whitney1'), ('whittier'), ('whizzer'), ('whkzyc'),
('whoa'), ('whoami'), ('whoareyo'), ('whoareyou'), ('whocares'), ('whodaman'), ('whodat'), ('whoknows'),
('whole'), ('wholesale'), ('whome'), ('whoopass'), ('whoopie'), ('whoops'), ('whoosh'), ('whopper'),
('whoppers'), ('whore'), ('whore1'), ('whores'), ('whosyourdaddy'), ('whyme'), ('whynot'), ('whynotme'),
('whytesha'), ('wibble'), ('wicca'), ('wiccan'), ('wichita'), ('wichsen'), ('wick'), ('wicke'), ('wicked'),
('wicked1'), ('wicker'), ('wicket'), ('widder'), ('wide'), ('wideglid'), ('wideopen'), ('widespre'),
('widespread'), ('widew'), ('widget'), ('wiener'), ('wife'), ('wifes'), ('wifey'), ('wifey1'), ('wifey200'),
('wigger'), ('wiggin'), ('wiggins'), ('wiggle'), ('wiggles'), ('wiggly'), ('wiggum'), ('wiggy'), ('wigwam'),
('wiking'), ('wikinger'), ('wiktoria'), ('wilber'), ('wilbur'), ('wilbur1'), ('wilco'), ('wilcox'), ('wild'),
('wild1'), ('wildbill'), ('wildblue'), ('wildcard'), ('wildcat'), ('wildcat1'), ('wildcat7'), ('wildcats'),
('wildchil'), ('wilder'), ('wildfir'), ('wildfire'), ('wildlife'), ('wildman'), ('wildman1'), ('wildon'),
('wildone'), ('wildroid'), ('wildrose'), ('wildside'), ('wildstar'), ('wildthin'), ('wildthing'), ('wildwest'),
('wildwood'), ('wiley'), ('wiley1'), ('wilfred'), ('wilhelm'), ('wilkes'), ('wilkie'), ('wilkins'), ('wilkinso'),
('will'), ('willa'), ('willard'), ('willee'), ('willem'), ('willer'), ('willey'), ('willi'), ('willi1'),
('willia'), ('willia1'), ('william'), ('william0'), ('william1'), ('william2'), ('william3'), ('william4'),
('william6'), ('william7'), ('william8'), ('williamj'), ('williamm'), ('williams'), ('williams1'), ('willian'),
('willie'), ('willie1'), ('willie12'), ('willing'), ('willis'), ('willis1'), ('willo'), ('willow'), ('willow01'),
('willow1'), ('willows'), ('wills'), ('willson'), ('willy'), ('willy1'), ('willy123'), ('willyboy'), ('willys'),
('wilma'), ('wilma1'), ('wilmar'), ('wilmer'), ('wilshire'), ('wilso'), ('wilson'), ('wilson1'), ('wilson2'),
('wilton'), ('wimbledon'), ('win123'), ('winam'), ('winamp'), ('winbig'), ('winchest'), ('winchester'), ('wind'),
('wind0ws'), ('winder'), ('windex'), ('windmill'), ('window'), ('windows'), ('windows1'), ('windows2'),
('windows9'), ('windsong'), ('windsor'), ('windsor1'), ('windstar'), ('windsurf'), ('windward'), ('windy'),
('wine'), ('winery'), ('winfield'), ('wing'), ('wingchun'), ('winger'), ('wingman'), ('wingnut'), ('wings'),
('wings1'), ('wingtsun'), ('wingzero'), ('winifred'), ('wink'), ('winkie'), ('winkle'), ('winky'), ('winne'),
('winner'), ('winner1'), ('winner12'), ('winner2'), ('winner69'), ('winners'), ('winni'), ('winnie'),
('winnie1'), ('winning'), ('winnipeg'), ('winnipeg261'), ('winona'), ('wins'), ('winslow'), ('winsome'),
('winsto'), ('winston'), ('winston1'), ('winston2'), ('winston3'), ('winston6'), ('winston9'), ('winstonone'),
('winstons'), ('winte'), ('winter'), ('winter0'), ('winter00'), ('winter01'), ('winter07'), ('winter09'),
('winter1'), ('winter11'), ('winter12'), ('winter13'), ('winter2'), ('winter98'), ('winter99'), ('wintermu'),
('winters'), ('winthrop'), ('winxclub'), ('wipeout'), ('wire'), ('wired'), ('wireless'), ('wireman'),
('wirenut'), ('wisconsi'), ('wisconsin'), ('wisdom'), ('wisdom1'), ('wise'), ('wiseass'), ('wiseguy'),
('wiseman'), ('wish'), ('wishbone'), ('wishes'), ('wishing'), ('wishmaster'), ('wiskers'), ('wisper'),
('wisteria'), ('witch'), ('witch1'), ('witcher'), ('witches'), ('witchy'), ('within'), ('withlove'),
('withnail'), ('without'), ('withyou'), ('witness'), ('wives'), ('wizar'), ('wizard'), ('wizard1'), ('wizard12'),
('wizardry'), ('wizards'), ('wizkid'), ('wizz'), ('wizzard'), ('wjc200'), ('wkmcpmn'), ('wladimir'), ('wlafiga'),
('wltfg4ta'), ('wm00022'), ('wm2006'), ('wmegrfux'), ('wminet'), ('wnmaz7sd'), ('woaini'), ('wobble'),
('wodahs'), ('wojtek'), ('woking'), ('woland'), ('wolcott'), ('wolf'), ('wolf01'), ('wolf1'), ('wolf100'),
('wolf12'), ('wolf123'), ('wolf13'), ('wolf22'), ('wolf359'), ('wolf666'), ('wolf69'), ('wolf99'), ('wolfdog'),
('wolfe'), ('wolfee'), ('wolfen'), ('wolfer'), ('wolfgang'), ('wolfgar'), ('wolfi'), ('wolfie'), ('wolfman'),
('wolfman1'), ('wolfone'), ('wolfpac'), ('wolfpack'), ('wolfram'), ('wolfwolf'), ('wolley'), ('wolve'),
('wolverin'), ('wolverine'), ('wolverines'), ('wolves'), ('wolves1'), ('wolvie'), ('womack'), ('womam'),
('woman'), ('woman1'), ('womans'), ('womba'), ('wombat'), ('wombat1'), ('wombats'), ('womble'), ('women'),
('women1'), ('womens'), ('womersle'), ('wonder'), ('wonder1'), ('wonderbo'), ('wonderboy'), ('wonderbr'),
('wonderfu'), ('wonderful'), ('wonderla'), ('wonderland'), ('wonders'), ('wonderwa'), ('wonderwall'),
('wonderwo'), ('wonderwoman'), ('wong'), ('wonka'), ('wonkette'), ('wonton'), ('woobie'), ('wood'), ('wood1'),
('woodbine'), ('woodbird'), ('woodbury'), ('woodchuc'), ('woodcock'), ('wooddoor'), ('woodduck'), ('wooden'),
('woodfish'), ('woodford'), ('woodie'), ('woodland'), ('woodlawn'), ('woodman'), ('woodpony'), ('woodrow'),
('woodruff'), ('woods'), ('woodside'), ('woodsink'), ('woodson'), ('woodstoc'), ('woodstock'), ('woodward'),
('woodwind'), ('woodwork'), ('woody'), ('woody1'), ('woody123'), ('woodys'), ('woof'), ('woofer'), ('woofwoof'),
('woogie'), ('wooglin'), ('woohoo'), ('wookie'), ('wookie1'), ('wool'), ('wooody'), ('wooster'), ('wooten'),
('word'), ('wordlife'), ('wordpas'), ('wordpass'), ('wordpass1'), ('words'), ('wordup'), ('wordz'), ('worf'),
('work'), ('worker'), ('workers'), ('workhard'), ('working'), ('working1'), ('workit'), ('workout'), ('works'),
('workshop'), ('worksuck'), ('world'), ('world1'), ('world123'), ('worldcom'), ('worldcup'), ('worldnet'),
('worlds'), ('worldwar'), ('worldwid'), ('worldwide'), ('worm'), ('wormhole'), ('wormix'), ('worms'),
('wormwood'), ('wormy'), ('worr3619'), ('worship'), ('worth'), ('worthy'), ('wotan'), ('wouter'), ('wow123'),
('wow12345'), ('wowlook1'), ('wowser'), ('wowsers'), ('wp2003wp'), ('wp2005'), ('wpass'), ('wpf8eu'),
('wpoolejr'), ('wqmfuh'), ('wraith'), ('wrangler'), ('wrapper'), ('wrath'), ('wreck'), ('wrecker'), ('wren'),
('wrench'), ('wrest666'), ('wrestle'), ('wrestle1'), ('wrestler'), ('wrestlin'), ('wrestling'), ('wrestling1'),
('wretched'), ('wrexham'), ('wright'), ('wright1'), ('wrigley'), ('wrinkle'), ('wrinkle1'), ('wrinkle5'),
('wrinkles'), ('wrist'), ('write'), ('writer'), ('writer1'), ('writerspace'), ('writing'), ('written'),
('wroclaw'), ('wrong'), ('wrongway'), ('wrote'), ('wrxsti'), ('wsbadmin'), ('wspanic'), ('wsx123'), ('wsxcde'),
('wsxedc'), ('wsxqaz'), ('wsxzaq'), ('wtcacq'), ('wtiger'), ('wtpfhm'), ('wtpmjg'), ('wtpmjgda'), ('wtsfjmi7'),
('wu4etd'), ('wu9942'), ('wulfgar'), ('wunder'), ('wurst'), ('wuschel'), ('wutang'), ('wutang1'), ('wutang36'),
('wvj5np'), ('wwe123'), ('wweraw'), ('wwfwcw'), ('wwjd'), ('wwr8x9pu'), ('www111'), ('www123'), ('www333'),
('wwwooo1234'), ('wwww1'), ('wwwww1'), ('wwwww77'), ('wwwwww1'), ('wwwwwww1'), ('wwwxxx'), ('wxc123'), ('wxcvb'),
('wxcvbn'), ('wyatt'), ('wyatt1'), ('wycombe'), ('wynter'), ('wyoming'), ('wysiwyg'), ('wyvern'), ('x002tp00'),
('x12345'), ('x123456'), ('x123456x'), ('x1x2x3'), ('x1y2z3'), ('x24ik3'), ('x35v8l'), ('x4ww5qdr'), ('x5dxwp'),
('x72jhhu3z'), ('xaccess2'), ('xakep1234'), ('xakepy'), ('xanadu'), ('xander'), ('xanth'), ('xantia'), ('xavie'),
('xavier'), ('xavier1'), ('xbox'), ('xbox36'), ('xbox360'), ('xboxlive'), ('xcalibur'), ('xcat'), ('xcat_xca'),
('xcountry'), ('xehrf2011'), ('xela'), ('xena'), ('xenia'), ('xenocide'), ('xenogear'), ('xenon'), ('xenon1'),
('xenophon'), ('xeon'), ('xerox'), ('xerxes'), ('xexeylhf'), ('xfactor'), ('xfhkbr'), ('xfiles'), ('xfiles1'),
('xfqybr'), ('xholes'), ('xian'), ('xiang'), ('xiao'), ('xiaoyua123'), ('ximen'), ('ximena'), ('xing'),
('xiomara'), ('xiong'), ('xirt2k'), ('xjy6721'), ('xjznq5'), ('xman'), ('xmas'), ('xmen'), ('xngwoj'),
('xnttcb'), ('xohzi3g4'), ('xpcrew'), ('xplorer'), ('xpress'), ('xpressmusic'), ('xqgann'), ('xrated'), ('xray'),
('xrp23q'), ('xsvnd4b2'), ('xsw21qaz'), ('xsw23edc'), ('xsw2zaq1'), ('xswqaz'), ('xswzaq'), ('xtcnth'),
('xterra'), ('xthtgfirf'), ('xthysq'), ('xtkjdtr'), ('xtr451'), ('xtreme'), ('xtutdfhf'), ('xtvgbjy'),
('xtvjlfy'), ('xuan'), ('xuaujb'), ('xufrgemw'), ('xwing'), ('xwing1'), ('xxx111'), ('xxx123'), ('xxx12345'),
('xxx666'), ('xxx777'), ('xxx999'), ('xxxjay'), ('xxxman'), ('xxxp455w0rd5'), ('xxxpass'), ('xxxsex'),
('xxxwow'), ('xxxx1'), ('xxxxx1'), ('xxxxxx1'), ('xxxxxxx1'), ('xxxyyy'), ('xxxzzz'), ('xyh28af4'), ('xytfu7'),
('xyz123'), ('xyzzy'), ('xyzzy1'), ('xz33333'), ('xzibit'), ('xzsawq'), ('xzsawq21'), ('y4kuz4'), ('y9enkj'),
('yacht'), ('yackwin'), ('yaglasph'), ('yahweh'), ('yakima'), ('yakman'), ('yakudza'), ('yakumo'), ('yakuza'),
('yama'), ('yamada'), ('yamah'), ('yamaha'), ('yamaha1'), ('yamaha12'), ('yamahar'), ('yamahar1'), ('yamahar6'),
('yamakasi'), ('yamamoto'), ('yamato'), ('yamoon6'), ('yams7'), ('yana'), ('yang'), ('yanina'), ('yank'),
('yankee'), ('yankee1'), ('yankee23'), ('yankeemp'), ('yankees'), ('yankees0'), ('yankees1'), ('yankees2'),
('yankees23'), ('yankees3'), ('yankees4'), ('yankees7'), ('yankees9'), ('yanks'), ('yanks1'), ('yanni'),
('yannic'), ('yannick'), ('yannis'), ('yanochka'), ('yanshi1982'), ('yard'), ('yardbird'), ('yarddog'),
('yardman'), ('yaroslav'), ('yarrak'), ('yasacrac'), ('yasemin'), ('yasmeen'), ('yasmi'), ('yasmin'),
('yasmina'), ('yasmine'), ('yasuhiro'), ('yavin4'), ('yawetag'), ('ybhdfyf'), ('ybrbnbyf'), ('ybrbnf'),
('ybrbnf_25'), ('ybrbnjc'), ('ybrbnjcbr'), ('ybrbnrf'), ('ybrecz'), ('ybrjkfq'), ('ybrjkfq1'), ('ybrjkftd'),
('ybrjkftdbx'), ('ybrjkftdf'), ('ybrjkftdyf'), ('ycwvrxxh'), ('ydnarb'), ('yeababy'), ('yeager'), ('yeah'),
('yeah11'), ('yeahbaby'), ('yeahman'), ('yeahrigh'), ('yeahright'), ('yeahyeah'), ('year2000'), ('year2005'),
('yecgaa'), ('yeehaa'), ('yeehaw'), ('yejntb'), ('yelena'), ('yelena03'), ('yelhsa'), ('yell'), ('yello'),
('yellow'), ('yellow1'), ('yellow12'), ('yellow22'), ('yellow3'), ('yellow5'), ('yellow7'), ('yellow8'),
('yelnats'), ('yelrah'), ('yendor'), ('yensid'), ('yeoman'), ('yes123'), ('yes90125'), ('yesenia'), ('yeshua'),
('yesiam'), ('yesican'), ('yesman'), ('yesplease'), ('yess'), ('yessir'), ('yessongs'), ('yessss'), ('yesterda'),
('yesterday'), ('yesyesye'), ('yeti'), ('yfafyz'), ('yfcnfcmz'), ('yfcnhjtybt'), ('yfcntyf'), ('yfcntymrf'),
('yfcnz'), ('yfcnz1'), ('yfcnz123'), ('yfcnzvjz'), ('yfcnzyfcnz'), ('yfdbufnjh'), ('yfeiybrb'), ('yfgjktjy'),
('yfhenj'), ('yfhrjnbrb'), ('yfhrjvfy'), ('yfl.irf'), ('yfltua'), ('yfltymrf'), ('yfnecbr'), ('yfnecz'),
('yfnfif'), ('yfnfirf'), ('yfnfitymrf'), ('yfnfkb'), ('yfnfkbz'), ('yfnfkmz'), ('yfxfkmybr'), ('yfz450'),
('ygfxbkgt'), ('yggdrasi'), ('yhntgb'), ('yhnujm'), ('yhwnqc'), ('yield'), ('ying'), ('yingyang'), ('yinyang'),
('yippee'), ('yitbos'), ('yja3vo'), ('yjdbrjd'), ('yjdbrjdf'), ('yjdjcnbf'), ('yjdsqgfhjkm'), ('yjdsqujl'),
('yjdujhjl'), ('yjhbkmcr'), ('yjuufyj'), ('yk2602'), ('yllek'), ('ym3cautj'), ('yngwie'), ('ynot'), ('yocrack'),
('yoda'), ('yoda123'), ('yoda69'), ('yodaddy'), ('yodayoda'), ('yodude'), ('yoghurt'), ('yogi'), ('yogibear'),
('yogurt'), ('yojimbo'), ('yokohama'), ('yokosuka'), ('yoland'), ('yolanda'), ('yolanda1'), ('yolande'),
('yomama'), ('yomama1'), ('yomamma'), ('yoman'), ('yomismo'), ('yomomma'), ('yonder'), ('yong'), ('yonkers'),
('yoohoo'), ('yooper'), ('york'), ('yorkie'), ('yorkshir'), ('yorkshire'), ('yorktown'), ('yosemite'), ('yoshi'),
('yoshi1'), ('yoshiko'), ('yoshimi'), ('yoshimitsu'), ('yoshio'), ('you'), ('youandme'), ('youare'),
('yougotit'), ('youknow'), ('young'), ('young1'), ('younger'), ('youngman'), ('youngone'), ('youngs'),
('youporn'), ('your'), ('yourass'), ('yourmama'), ('yourmom'), ('yourmom1'), ('yourname'), ('yours'),
('yourself'), ('youssef'), ('yousuck'), ('yousuck1'), ('youth'), ('youtube'), ('youwish'), ('yoyo123'),
('yoyoma'), ('yqlgr667'), ('yqmbevgk'), ('yr8wdxcq'), ('yrrim7'), ('yssup'), ('yt1300'), ('ytcnjh'),
('ytdxz2ca'), ('ytngfhjkz'), ('ytnhjufnm'), ('ytpyf.'), ('ytrewq11'), ('ytreza'), ('ytrhjvfyn'), ('ytyfdbcnm'),
('yuan'), ('yugioh'), ('yuitre12'), ('yujyd360'), ('yuki'), ('yukiko'), ('yukon'), ('yukon1'), ('yuliya'),
('yumiko'), ('yummie'), ('yummies'), ('yummy'), ('yummy1'), ('yuo67'), ('yusuke'), ('yves'), ('yvette'),
('yvonne'), ('yvonne1'), ('yvtte545'), ('ywvxpz'), ('yxkck878'), ('yy5rbfsc'), ('yyyy1'), ('yyyyy1'),
('yyyyyy1'), ('yyyyyyy1'), ('yyz2112'), ('yzerman'), ('yzerman1'), ('z11111'), ('z12345'), ('z123456'),
('z1234567'), ('z123456789'), ('z123456z'), ('z12345z'), ('z1x2c3'), ('z1x2c3v4'), ('z1x2c3v4b5'),
('z1x2c3v4b5n6'), ('z1x2c3v4b5n6m7'), ('z1z2z3'), ('z1z2z3z4'), ('z3cn2erv'), ('zach'), ('zachar'), ('zachar1'),
('zacharia'), ('zachary'), ('zachary1'), ('zachery'), ('zack'), ('zackary'), ('zackery'), ('zadnica'),
('zadrot'), ('zaebali'), ('zafhjdf'), ('zafira'), ('zagadka'), ('zagreb'), ('zaharov'), ('zaharova'), ('zaire'),
('zakaria'), ('zalina'), ('zalupa'), ('zambia'), ('zamboni'), ('zamira'), ('zamora'), ('zanardi'), ('zander'),
('zane'), ('zang'), ('zanoza'), ('zantac'), ('zanuda'), ('zanzibar'), ('zapata'), ('zapato'), ('zaphod'),
('zaphod42'), ('zapidoo'), ('zapotec'), ('zapp'), ('zappa'), ('zappa1'), ('zapped'), ('zapper'), ('zaq!2wsx'),
('zaq11qaz'), ('zaq123'), ('zaq12345'), ('zaq123wsx'), ('zaq12qaz'), ('zaq12w'), ('zaq12ws'), ('zaq12wsx'),
('zaq12wsxcde3'), ('zaq1xsw2'), ('zaq1xsw2cde3'), ('zaqqaz'), ('zaqwsx'), ('zaqwsx1'), ('zaqwsx123'),
('zaqwsxcde'), ('zaqwsxcderfv'), ('zaqxsw'), ('zaqxsw123'), ('zaqxswcde'), ('zara'), ('zaragoza'),
('zaratustra'), ('zaraza'), ('zardoz'), ('zarina'), ('zasada'), ('zaskar'), ('zasranec'), ('zastava'),
('zasxcd'), ('zavilov'), ('zaxscd'), ('zaxscdvf'), ('zaxxon'), ('zcegth'), ('zcfvfzkexifz'), ('zcgihlke'),
('zcxfcnkbdf'), ('zcxfcnkbdfz'), ('zealand'), ('zealot'), ('zealots'), ('zebedee'), ('zebra'), ('zebra1'),
('zebra123'), ('zebra3'), ('zebras'), ('zebulon'), ('zeek'), ('zeeshan'), ('zeke'), ('zelda'), ('zelda1'),
('zemanova'), ('zemfira'), ('zenden'), ('zeng'), ('zenit'), ('zenit2011'), ('zenith'), ('zephyr'), ('zeppelin'),
('zepplin'), ('zeratul'), ('zergling'), ('zerkalo'), ('zermatt'), ('zero'), ('zero00'), ('zero000'),
('zerocool'), ('zerohour'), ('zerozero'), ('zesyrmvu'), ('zeta'), ('zeus'), ('zexts364325'), ('zeynep'),
('zgjybz'), ('zhai'), ('zhan'), ('zhang'), ('zhanna'), ('zhao'), ('zhei'), ('zhen'), ('zheng'), ('zheng2568'),
('zhenya'), ('zhipo'), ('zhjckfd'), ('zhjckfdf'), ('zhong'), ('zhongguo'), ('zhou'), ('zhua'), ('zhuai'),
('zhuan'), ('zhuang'), ('zhui'), ('zhukov'), ('zhun'), ('zhuo'), ('zhv84kv'), ('ziadma'), ('zidan'), ('zidane'),
('zidane10'), ('ziegler'), ('ziff'), ('ziffle'), ('zigazaga'), ('ziggie'), ('ziggy'), ('ziggy1'), ('ziggy123'),
('ziggydog'), ('zigzag'), ('zildjian'), ('zilla'), ('zimbabwe'), ('zimmer'), ('zimmerma'), ('zimmerman'),
('zinaida'), ('zinedine'), ('zinger'), ('ziomek'), ('zion'), ('zip100'), ('zipcode'), ('zipdrive'), ('zipper'),
('zipper1'), ('zippers'), ('zippie'), ('zippo'), ('zippo1'), ('zippo123'), ('zippos'), ('zippy'), ('zippy1'),
('zippy123'), ('zipzap'), ('zircon'), ('zjduc3'), ('zjses9evpa'), ('zkexifz'), ('zlatan'), ('zldej102'),
('zlzfrh'), ('zman'), ('zmpimeje'), ('zmxncbv'), ('znbvjd'), ('zodiac'), ('zodiak'), ('zoedog'), ('zoey'),
('zoidberg'), ('zoinks'), ('zola'), ('zoloft'), ('zoloto'), ('zoltan'), ('zoltar'), ('zolushka'), ('zolushka2'),
('zombie'), ('zombie1'), ('zombie13'), ('zombies'), ('zomu9q'), ('zone'), ('zong'), ('zonker'), ('zontik'),
('zoom'), ('zoomer'), ('zoomzoom'), ('zoopark'), ('zooropa'), ('zootsuit'), ('zorba'), ('zorglub'), ('zork'),
('zoro'), ('zorro'), ('zorro1'), ('zorro123'), ('zorrope'), ('zorros'), ('zoulou'), ('zpflhjn1'), ('zpxvwy'),
('zqjphsyf6ctifgu'), ('zrjdktdf'), ('zrx1100'), ('zse45rdx'), ('zse4xdr5'), ('zsecyus56'), ('zsergn'),
('zsexdr'), ('zsfmpv'), ('zsmj2v'), ('zsxdcf'), ('ztmfcq'), ('zuan'), ('zucchero'), ('zucker'), ('zues'),
('zugang'), ('zujlrf'), ('zulu'), ('zurich'), ('zvbxrpl'), ('zverev'), ('zvezda'), ('zvfrfcb'), ('zw6syj'),
('zwezda'), ('zwilling'), ('zwt2sbzl'), ('zx123456'), ('zx123456789'), ('zxasqw'), ('zxasqw12'), ('zxc12'),
('zxc123'), ('zxc1234'), ('zxc12345'), ('zxc123456'), ('zxc123qwe'), ('zxc123zxc'), ('zxc321'), ('zxcasd'),
('zxcasd123'), ('zxcasdqw'), ('zxcasdqwe'), ('zxcasdqwe123'), ('zxccxz'), ('zxcdsa'), ('zxcqwe'), ('zxcqweasd'),
('zxcv12'), ('zxcv123'), ('zxcv1234'), ('zxcv4321'), ('zxcvasdf'), ('zxcvb1'), ('zxcvb123'), ('zxcvb1234'),
('zxcvb12345'), ('zxcvbasdfg'), ('zxcvbn'), ('zxcvbn1'), ('zxcvbn12'), ('zxcvbn123'), ('zxcvbn123456'),
('zxcvbn3215'), ('zxcvbnm'), ('zxcvbnm.'), ('zxcvbnm1'), ('zxcvbnm12'), ('zxcvbnm123'), ('zxcvbnm1234'),
('zxcvbnm123456789'), ('zxcvbnma'), ('zxcvbnmm'), ('zxcvbnmmnbvcxz'), ('zxcvbnmz'), ('zxcvfdsa'), ('zxcvqwer'),
('zxcvvcxz'), ('zxgdqn'), ('zydeco'), ('zydfhm'), ('zygote'), ('zyjxrf'), ('zyltrc'), ('zymurgy'), ('zz123456'),
('zz6319'), ('zz8807zpl'), ('zzaaqq'), ('zzr1100'), ('zztop'), ('zzxxcc'), ('zzxxccvv'), ('zzz111'), ('zzz123'),
('zzz777'), ('zzztop'), ('zzzxxx'), ('zzzxxxccc'), ('zzzz1'), ('zzzzxxxx'), ('zzzzz1'), ('zzzzzz1'),
('zzzzzzz1')
on conflict do nothing;

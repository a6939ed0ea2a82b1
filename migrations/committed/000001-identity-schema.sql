--! Previous: -
--! Hash: sha1:0b82cf3fe43a3cf032319a751a2d6de2afc452f9
--! Message: identity schema

-- Extensions: both are "trusted", so app_owner (the database owner) may create them.
create extension if not exists citext with schema public;
create extension if not exists pgcrypto with schema public;

-- Functions are not executable by PUBLIC unless a grant below says so.
alter default privileges revoke all on functions from public;

revoke create on schema public from public;

/*
 * Schemas: app_public is what API roles may see; app_private holds secrets and internals.
 */
create schema app_public;
create schema app_private;
grant usage on schema app_public to app_anonymous, app_user, app_admin;
comment on schema app_public is E'Tables and functions the GraphQL API exposes, each guarded by grants and row-level security.';
comment on schema app_private is E'Secrets and internals: no API role has USAGE on this schema.';

/*
 * Session identity.
 */
create function app_public.current_user_uuid() returns uuid
  language sql stable parallel safe
as $$
  select nullif(current_setting('jwt.claims.user_uuid', true), '')::uuid
$$;
grant execute on function app_public.current_user_uuid() to app_anonymous, app_user, app_admin;
comment on function app_public.current_user_uuid() is
  E'The signed-in user''s uuid, from the transaction-local setting `jwt.claims.user_uuid`; NULL when nobody is signed in.';

/*
 * Trigger functions shared by the tables below.
 */
create function app_private.tg__timestamps() returns trigger
  language plpgsql volatile
  set search_path = pg_catalog
as $$
begin
  if tg_op = 'INSERT' then
    new.created_at := now();
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
  E'Trigger: sets created_at and updated_at on insert, keeps created_at immutable and moves updated_at forward on update.';

create function app_private.tg__created_at() returns trigger
  language plpgsql volatile
  set search_path = pg_catalog
as $$
begin
  if tg_op = 'INSERT' then
    new.created_at := now();
  else
    new.created_at := old.created_at;
  end if;
  return new;
end;
$$;
comment on function app_private.tg__created_at() is
  E'Trigger: sets created_at on insert and keeps it immutable afterwards.';

/*
 * USERS
 */
create table app_public.users (
  uuid          uuid primary key default gen_random_uuid(),
  id            bigint generated always as identity unique,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  last_login_at timestamptz
);
alter table app_public.users enable row level security;
comment on table app_public.users is E'A user account. Profile, emails, roles and status hang off it by `user_uuid`.';
comment on column app_public.users.uuid is E'The account''s stable public identifier.';
comment on column app_public.users.id is E'A compact sequential number for the account (internal references, support tickets).';
comment on column app_public.users.created_at is E'When the account was created; never changes.';
comment on column app_public.users.updated_at is E'When the account row last changed.';
comment on column app_public.users.last_login_at is E'When the account last signed in successfully; NULL if never.';
create trigger _100_timestamps before insert or update on app_public.users
  for each row execute function app_private.tg__timestamps();

/*
 * ROLES
 */
create table app_public.roles (
  role_id     integer generated always as identity primary key,
  role_name   varchar(50) not null unique
    constraint roles_role_name_format check (role_name ~ '^[a-z][a-z0-9_]{1,49}$'),
  description text
    constraint roles_description_length check (char_length(description) <= 500)
);
alter table app_public.roles enable row level security;
comment on table app_public.roles is E'An application role a user can hold. The `admin` role makes a session `app_admin`.';
comment on column app_public.roles.role_id is E'The role''s identifier.';
comment on column app_public.roles.role_name is E'Unique lower-case name, e.g. `user` or `admin`.';
comment on column app_public.roles.description is E'What holding the role allows.';
insert into app_public.roles (role_name, description) values
  ('user', 'Every registered account: may manage its own profile, emails and devices.'),
  ('admin', 'Administrators: may see every account and manage roles and account status.');

/*
 * USER_PROFILES
 */
create table app_public.user_profiles (
  user_uuid         uuid primary key references app_public.users (uuid) on delete cascade,
  username          citext not null unique
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
alter table app_public.user_profiles enable row level security;
comment on table app_public.user_profiles is E'The public face of an account: username, display name, avatar and bio.';
comment on column app_public.user_profiles.user_uuid is E'The account this profile belongs to.';
comment on column app_public.user_profiles.username is E'Unique sign-in name, 3 to 32 letters, digits or underscores, starting with a letter; case-insensitive.';
comment on column app_public.user_profiles.display_name is E'Name shown to others, 1 to 100 characters.';
comment on column app_public.user_profiles.avatar_object_key is E'Object-storage key of the avatar image (not a URL).';
comment on column app_public.user_profiles.bio is E'A short self-description, at most 2000 characters.';

/*
 * USER_EMAILS
 */
create table app_public.user_emails (
  id          bigint generated always as identity primary key,
  user_uuid   uuid not null references app_public.users (uuid) on delete cascade,
  email       citext not null unique
    constraint user_emails_email_format check (
      char_length(email) <= 254 and email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'
    ),
  is_verified boolean not null default false,
  is_primary  boolean not null default false,
  created_at  timestamptz not null default now()
);
create index user_emails_user_uuid_idx on app_public.user_emails (user_uuid);
create unique index user_emails_one_primary_per_user on app_public.user_emails (user_uuid) where is_primary;
alter table app_public.user_emails enable row level security;
comment on table app_public.user_emails is E'An email address of an account. Each address belongs to one account, whatever its letter case.';
comment on column app_public.user_emails.id is E'The email row''s identifier.';
comment on column app_public.user_emails.user_uuid is E'The account the address belongs to.';
comment on column app_public.user_emails.email is E'The address, compared case-insensitively; unique across all accounts.';
comment on column app_public.user_emails.is_verified is E'True once the owner proved they receive mail at this address.';
comment on column app_public.user_emails.is_primary is E'The address used for account mail; at most one per account.';
comment on column app_public.user_emails.created_at is E'When the address was added; never changes.';
create trigger _100_created_at before insert or update on app_public.user_emails
  for each row execute function app_private.tg__created_at();

/*
 * USER_ROLES
 */
create table app_public.user_roles (
  user_uuid   uuid not null references app_public.users (uuid) on delete cascade,
  role_id     integer not null references app_public.roles (role_id) on delete restrict,
  assigned_at timestamptz not null default now(),
  primary key (user_uuid, role_id)
);
create index user_roles_role_id_idx on app_public.user_roles (role_id);
alter table app_public.user_roles enable row level security;
comment on table app_public.user_roles is E'Which roles an account holds. Changed only through the role functions.';
comment on column app_public.user_roles.user_uuid is E'The account holding the role.';
comment on column app_public.user_roles.role_id is E'The role held; a role still held cannot be deleted.';
comment on column app_public.user_roles.assigned_at is E'When the role was granted.';

/*
 * USER_CREDENTIALS (private: the password hash is never readable by an API role)
 */
create table app_private.user_credentials (
  user_uuid           uuid primary key references app_public.users (uuid) on delete cascade,
  password_hash       text not null
    constraint user_credentials_password_hash_format check (password_hash ~ '^\$2[abxy]\$[0-9]{2}\$[./A-Za-z0-9]{53}$'),
  password_changed_at timestamptz not null default now()
);
alter table app_private.user_credentials enable row level security;
comment on table app_private.user_credentials is E'Password credentials. No API role may read it; RLS with no policies denies everyone but the owner.';
comment on column app_private.user_credentials.user_uuid is E'The account the password belongs to.';
comment on column app_private.user_credentials.password_hash is E'bcrypt hash (pgcrypto crypt) of the password.';
comment on column app_private.user_credentials.password_changed_at is E'When the password was last set.';

/*
 * USER_AUTH_PROVIDERS
 */
create table app_public.user_auth_providers (
  id               bigint generated always as identity primary key,
  user_uuid        uuid not null references app_public.users (uuid) on delete cascade,
  provider_name    varchar(50) not null
    constraint user_auth_providers_provider_name_format check (provider_name ~ '^[a-z][a-z0-9_.-]{0,49}$'),
  external_user_id varchar(255) not null
    constraint user_auth_providers_external_user_id_length check (char_length(external_user_id) between 1 and 255),
  access_token     bytea,
  refresh_token    bytea,
  token_expires_at timestamptz,
  created_at       timestamptz not null default now(),
  constraint user_auth_providers_external_account_unique unique (provider_name, external_user_id)
);
create index user_auth_providers_user_uuid_idx on app_public.user_auth_providers (user_uuid);
alter table app_public.user_auth_providers enable row level security;
comment on table app_public.user_auth_providers is E'An external identity provider account linked to a user. One external account links to at most one user.';
comment on column app_public.user_auth_providers.id is E'The link''s identifier.';
comment on column app_public.user_auth_providers.user_uuid is E'The account the provider identity is linked to.';
comment on column app_public.user_auth_providers.provider_name is E'The provider, e.g. `github` or `google`.';
comment on column app_public.user_auth_providers.external_user_id is E'The user''s identifier at the provider.';
comment on column app_public.user_auth_providers.access_token is E'@behavior -*\nThe provider access token, encrypted; never readable by API roles.';
comment on column app_public.user_auth_providers.refresh_token is E'@behavior -*\nThe provider refresh token, encrypted; never readable by API roles.';
comment on column app_public.user_auth_providers.token_expires_at is E'When the access token expires.';
comment on column app_public.user_auth_providers.created_at is E'When the provider was linked; never changes.';
create trigger _100_created_at before insert or update on app_public.user_auth_providers
  for each row execute function app_private.tg__created_at();

/*
 * USER_STATUS
 */
create type app_public.account_status as enum ('active', 'suspended', 'deactivated');
comment on type app_public.account_status is E'Whether an account may sign in: only `active` accounts can.';

create table app_public.user_status (
  user_uuid      uuid primary key references app_public.users (uuid) on delete cascade,
  status         app_public.account_status not null default 'active',
  deactivated_at timestamptz,
  reason         text
    constraint user_status_reason_length check (char_length(reason) <= 500),
  constraint user_status_deactivated_at_matches_status check ((status = 'deactivated') = (deactivated_at is not null))
);
alter table app_public.user_status enable row level security;
comment on table app_public.user_status is E'The account''s standing. Every account has exactly one row, created with the account.';
comment on column app_public.user_status.user_uuid is E'The account.';
comment on column app_public.user_status.status is E'`active`, `suspended` or `deactivated`; only active accounts sign in.';
comment on column app_public.user_status.deactivated_at is E'When the account was deactivated; set exactly when status is `deactivated`.';
comment on column app_public.user_status.reason is E'Why the status was last changed.';

create function app_private.tg_users__insert_status() returns trigger
  language plpgsql volatile
  set search_path = pg_catalog
as $$
begin
  insert into app_public.user_status (user_uuid, status) values (new.uuid, 'active');
  return null;
end;
$$;
comment on function app_private.tg_users__insert_status() is
  E'Trigger: gives every new account its one status row, so no account ever lacks one.';
create trigger _500_insert_status after insert on app_public.users
  for each row execute function app_private.tg_users__insert_status();

create function app_private.tg_user_status__keep_while_user_exists() returns trigger
  language plpgsql volatile
  set search_path = pg_catalog
as $$
begin
  if tg_op = 'UPDATE' then
    raise exception 'An account''s status row cannot move to another account' using errcode = 'STAFX';
  end if;
  if exists (select 1 from app_public.users u where u.uuid = old.user_uuid) then
    raise exception 'An account''s status row cannot be deleted; change the status instead'
      using errcode = 'STAFX', hint = 'Delete the account itself to remove its status.';
  end if;
  return old;
end;
$$;
comment on function app_private.tg_user_status__keep_while_user_exists() is
  E'Trigger: a status row lives exactly as long as its account.';
create trigger _100_keep_while_user_exists before delete on app_public.user_status
  for each row execute function app_private.tg_user_status__keep_while_user_exists();
create trigger _100_keep_user_uuid before update of user_uuid on app_public.user_status
  for each row when (old.user_uuid is distinct from new.user_uuid)
  execute function app_private.tg_user_status__keep_while_user_exists();

/*
 * USER_MFA_FACTORS
 */
create table app_public.user_mfa_factors (
  id          bigint generated always as identity primary key,
  user_uuid   uuid not null references app_public.users (uuid) on delete cascade,
  factor_type varchar(20) not null
    constraint user_mfa_factors_factor_type_known check (factor_type in ('totp')),
  factor_data bytea,
  is_enabled  boolean not null default false,
  created_at  timestamptz not null default now()
);
create index user_mfa_factors_user_uuid_idx on app_public.user_mfa_factors (user_uuid);
alter table app_public.user_mfa_factors enable row level security;
comment on table app_public.user_mfa_factors is E'A second factor enrolled by a user (TOTP).';
comment on column app_public.user_mfa_factors.id is E'The factor''s identifier.';
comment on column app_public.user_mfa_factors.user_uuid is E'The account the factor protects.';
comment on column app_public.user_mfa_factors.factor_type is E'The kind of factor: `totp`.';
comment on column app_public.user_mfa_factors.factor_data is E'@behavior -*\nThe factor''s secret seed, encrypted; never readable by API roles.';
comment on column app_public.user_mfa_factors.is_enabled is E'True once the factor was confirmed with a first valid code.';
comment on column app_public.user_mfa_factors.created_at is E'When the factor was enrolled; never changes.';
create trigger _100_created_at before insert or update on app_public.user_mfa_factors
  for each row execute function app_private.tg__created_at();

/*
 * USER_DEVICES
 */
create table app_public.user_devices (
  id                 bigint generated always as identity primary key,
  user_uuid          uuid not null references app_public.users (uuid) on delete cascade,
  device_fingerprint varchar(255) not null
    constraint user_devices_device_fingerprint_length check (char_length(device_fingerprint) between 1 and 255),
  device_name        varchar(100)
    constraint user_devices_device_name_length check (char_length(btrim(device_name)) between 1 and 100),
  last_seen_at       timestamptz not null default now(),
  created_at         timestamptz not null default now(),
  constraint user_devices_fingerprint_per_user unique (user_uuid, device_fingerprint)
);
alter table app_public.user_devices enable row level security;
comment on table app_public.user_devices is E'A device a user signed in from, recognised by its fingerprint.';
comment on column app_public.user_devices.id is E'The device''s identifier.';
comment on column app_public.user_devices.user_uuid is E'The account that signed in from the device.';
comment on column app_public.user_devices.device_fingerprint is E'An opaque fingerprint supplied by the client at sign-in.';
comment on column app_public.user_devices.device_name is E'A name the user gave the device.';
comment on column app_public.user_devices.last_seen_at is E'When the device last signed in.';
comment on column app_public.user_devices.created_at is E'When the device first signed in; never changes.';
create trigger _100_created_at before insert or update on app_public.user_devices
  for each row execute function app_private.tg__created_at();

/*
 * LOGIN_AUDIT_LOGS: append-only, partitioned by month on event_at.
 */
create table app_public.login_audit_logs (
  id          bigint generated always as identity,
  user_uuid   uuid references app_public.users (uuid) on delete set null,
  event_type  varchar(32) not null
    constraint login_audit_logs_event_type_known check (event_type in (
      'register', 'login_success', 'login_failure', 'login_locked', 'password_change',
      'password_reset_request', 'password_reset', 'email_added', 'email_removed', 'email_verified',
      'email_primary_changed', 'provider_linked', 'provider_unlinked', 'mfa_enrolled', 'mfa_disabled',
      'mfa_challenge', 'mfa_success', 'mfa_failure', 'recovery_codes_generated', 'device_new',
      'device_forgotten', 'role_granted', 'role_revoked', 'status_changed'
    )),
  ip_address  inet,
  user_agent  text
    constraint login_audit_logs_user_agent_length check (char_length(user_agent) <= 1024),
  event_at    timestamptz not null default now(),
  reason      text
    constraint login_audit_logs_reason_length check (char_length(reason) <= 500),
  primary key (id, event_at)
) partition by range (event_at);
create index login_audit_logs_user_uuid_event_at_idx on app_public.login_audit_logs (user_uuid, event_at desc);
create index login_audit_logs_ip_failures_idx on app_public.login_audit_logs (ip_address, event_at desc)
  where event_type in ('login_failure', 'login_locked', 'mfa_failure');
create index login_audit_logs_event_at_idx on app_public.login_audit_logs using brin (event_at);
alter table app_public.login_audit_logs enable row level security;
comment on table app_public.login_audit_logs is E'@behavior -insert -update -delete\nOne row per security event of an account (sign-in, failure, lockout, password change...). Append-only.';
comment on column app_public.login_audit_logs.id is E'The event''s identifier.';
comment on column app_public.login_audit_logs.user_uuid is E'The account concerned; NULL for a sign-in attempt that matched no account, or once the account is deleted.';
comment on column app_public.login_audit_logs.event_type is E'What happened. One of: register, login_success, login_failure, login_locked, password_change, password_reset_request, password_reset, email_added, email_removed, email_verified, email_primary_changed, provider_linked, provider_unlinked, mfa_enrolled, mfa_disabled, mfa_challenge, mfa_success, mfa_failure, recovery_codes_generated, device_new, device_forgotten, role_granted, role_revoked, status_changed.';
comment on column app_public.login_audit_logs.ip_address is E'The client''s IP address, when known.';
comment on column app_public.login_audit_logs.user_agent is E'The client''s user agent, when known.';
comment on column app_public.login_audit_logs.event_at is E'When it happened.';
comment on column app_public.login_audit_logs.reason is E'@behavior -*\nWhy a sign-in failed (unknown account, wrong password, suspended...): readable by administrators only.';

create table app_public.login_audit_logs_default partition of app_public.login_audit_logs default;
alter table app_public.login_audit_logs_default enable row level security;
comment on table app_public.login_audit_logs_default is E'@behavior -*\nCatch-all partition for events outside the monthly partitions.';

create function app_private.tg_login_audit_logs__append_only() returns trigger
  language plpgsql volatile
  set search_path = pg_catalog
as $$
begin
  -- The only change allowed is the foreign key's ON DELETE SET NULL when an account is deleted.
  if tg_op = 'UPDATE' and old.user_uuid is not null and new.user_uuid is null
     and (old.id, old.event_type, old.ip_address, old.user_agent, old.event_at, old.reason)
         is not distinct from (new.id, new.event_type, new.ip_address, new.user_agent, new.event_at, new.reason) then
    return new;
  end if;
  raise exception 'Audit events are append-only' using errcode = 'AUDRO';
end;
$$;
comment on function app_private.tg_login_audit_logs__append_only() is
  E'Trigger: forbids changing or deleting audit events (dropping a whole partition is how old events expire).';
create trigger _100_append_only before update or delete on app_public.login_audit_logs
  for each row execute function app_private.tg_login_audit_logs__append_only();

create function app_private.create_login_audit_partitions(months_ahead integer default 3, from_month date default now()::date)
  returns setof text
  language plpgsql volatile strict
  set search_path = pg_catalog
as $$
declare
  v_month date := date_trunc('month', from_month)::date;
  v_name text;
begin
  if months_ahead < 0 or months_ahead > 120 then
    raise exception 'months_ahead must be between 0 and 120' using errcode = '22023';
  end if;
  for i in 0 .. months_ahead loop
    v_name := format('login_audit_logs_%s', to_char(v_month + make_interval(months => i), 'YYYYMM'));
    if to_regclass(format('app_public.%I', v_name)) is null then
      -- Bounds are UTC month starts, whatever the session's time zone.
      execute format(
        'create table app_public.%I partition of app_public.login_audit_logs for values from (%L) to (%L)',
        v_name,
        (v_month + make_interval(months => i)) at time zone 'UTC',
        (v_month + make_interval(months => i + 1)) at time zone 'UTC');
      -- Partitions are reached through the parent only; RLS on them too, in case a grant ever appears.
      execute format('alter table app_public.%I enable row level security', v_name);
      execute format('comment on table app_public.%I is %L', v_name,
        E'@behavior -*\nMonthly partition of login_audit_logs.');
      return next v_name;
    end if;
  end loop;
end;
$$;
comment on function app_private.create_login_audit_partitions(integer, date) is
  E'Creates the monthly partitions of login_audit_logs from from_month''s month through months_ahead months later; returns the names it created. Run it monthly (e.g. from pg_cron).';
select app_private.create_login_audit_partitions(3, (now() - interval '1 month')::date);

/*
 * Who is an administrator: holds the `admin` row of ROLES.
 */
create function app_public.current_user_is_admin() returns boolean
  language sql stable security definer parallel safe
  set search_path = pg_catalog
as $$
  select exists (
    select 1
    from app_public.user_roles ur
    join app_public.roles r on r.role_id = ur.role_id
    where ur.user_uuid = app_public.current_user_uuid() and r.role_name = 'admin'
  )
$$;
revoke all on function app_public.current_user_is_admin() from public;
grant execute on function app_public.current_user_is_admin() to app_user, app_admin;
comment on function app_public.current_user_is_admin() is
  E'True when the signed-in user holds the `admin` role.';

/*
 * Row-level security and grants. A user sees only their own rows; an administrator (session role
 * app_admin and holding the `admin` role) sees every row; app_anonymous sees nothing.
 * Session functions are wrapped in (select ...) so they run once per statement, not once per row.
 */
create policy select_own on app_public.users for select to app_user
  using (uuid = (select app_public.current_user_uuid()));
create policy select_all_as_admin on app_public.users for select to app_admin
  using ((select app_public.current_user_is_admin()));
grant select on app_public.users to app_user, app_admin;

create policy select_all on app_public.roles for select to app_user using (true);
grant select on app_public.roles to app_user, app_admin;

create policy select_own on app_public.user_profiles for select to app_user
  using (user_uuid = (select app_public.current_user_uuid()));
create policy update_own on app_public.user_profiles for update to app_user
  using (user_uuid = (select app_public.current_user_uuid()))
  with check (user_uuid = (select app_public.current_user_uuid()));
create policy select_all_as_admin on app_public.user_profiles for select to app_admin
  using ((select app_public.current_user_is_admin()));
create policy update_all_as_admin on app_public.user_profiles for update to app_admin
  using ((select app_public.current_user_is_admin()));
grant select on app_public.user_profiles to app_user, app_admin;
grant update (username, display_name, avatar_object_key, bio) on app_public.user_profiles to app_user, app_admin;

create policy select_own on app_public.user_emails for select to app_user
  using (user_uuid = (select app_public.current_user_uuid()));
create policy select_all_as_admin on app_public.user_emails for select to app_admin
  using ((select app_public.current_user_is_admin()));
grant select on app_public.user_emails to app_user, app_admin;

create policy select_own on app_public.user_roles for select to app_user
  using (user_uuid = (select app_public.current_user_uuid()));
create policy select_all_as_admin on app_public.user_roles for select to app_admin
  using ((select app_public.current_user_is_admin()));
grant select on app_public.user_roles to app_user, app_admin;

create policy select_own on app_public.user_auth_providers for select to app_user
  using (user_uuid = (select app_public.current_user_uuid()));
create policy select_all_as_admin on app_public.user_auth_providers for select to app_admin
  using ((select app_public.current_user_is_admin()));
-- Column list on purpose: the encrypted tokens are not granted to anyone.
grant select (id, user_uuid, provider_name, external_user_id, token_expires_at, created_at)
  on app_public.user_auth_providers to app_user, app_admin;

create policy select_own on app_public.user_status for select to app_user
  using (user_uuid = (select app_public.current_user_uuid()));
create policy select_all_as_admin on app_public.user_status for select to app_admin
  using ((select app_public.current_user_is_admin()));
grant select on app_public.user_status to app_user, app_admin;

create policy select_own on app_public.user_mfa_factors for select to app_user
  using (user_uuid = (select app_public.current_user_uuid()));
create policy select_all_as_admin on app_public.user_mfa_factors for select to app_admin
  using ((select app_public.current_user_is_admin()));
-- Column list on purpose: the encrypted seed is not granted to anyone.
grant select (id, user_uuid, factor_type, is_enabled, created_at) on app_public.user_mfa_factors to app_user, app_admin;

create policy select_own on app_public.user_devices for select to app_user
  using (user_uuid = (select app_public.current_user_uuid()));
create policy update_own on app_public.user_devices for update to app_user
  using (user_uuid = (select app_public.current_user_uuid()))
  with check (user_uuid = (select app_public.current_user_uuid()));
create policy delete_own on app_public.user_devices for delete to app_user
  using (user_uuid = (select app_public.current_user_uuid()));
create policy select_all_as_admin on app_public.user_devices for select to app_admin
  using ((select app_public.current_user_is_admin()));
grant select, delete on app_public.user_devices to app_user, app_admin;
grant update (device_name) on app_public.user_devices to app_user, app_admin;

create policy select_own on app_public.login_audit_logs for select to app_user
  using (user_uuid = (select app_public.current_user_uuid()));
create policy select_all_as_admin on app_public.login_audit_logs for select to app_admin
  using ((select app_public.current_user_is_admin()));
-- Users read their own events without the failure reason; administrators read everything.
grant select (id, user_uuid, event_type, ip_address, user_agent, event_at) on app_public.login_audit_logs to app_user;
grant select on app_public.login_audit_logs to app_admin;

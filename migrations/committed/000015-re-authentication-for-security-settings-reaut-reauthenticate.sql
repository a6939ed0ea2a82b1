--! Previous: sha1:cd3ef9f697bd6381f248beefb46ff56c9ce721f7
--! Hash: sha1:55ad6060fabe19864a78c2a0ad1e8e69b14ed323
--! Message: Re-authentication for security settings (REAUT, reauthenticate), throttling per client address and identifier before any bcrypt work (THROT for account functions), one audit row per throttled window, throttle counters purged by maintain

/*
 * Re-authentication for security settings, and throttling of the anonymous paths, in the database.
 *
 * A stolen session must not be enough to add an address, change the primary one, enrol or disable an
 * authenticator app, take new recovery codes, link a provider or deactivate the account: these need a
 * session that proved the password (or signed in) within auth_settings.reauthentication_window; otherwise
 * they raise REAUT and app_public.reauthenticate(password) renews the session's authenticated_at.
 *
 * Throttling: fixed windows of auth_settings.throttle_window, counted per client address (the one the
 * server set, idkit.client_ip) and per identifier, in app_private.throttle_counters. A throttled sign-in
 * is refused before any bcrypt work and answers NULL like every failure; one audit row per counter and
 * window records it, so a flood writes a bounded number of rows.
 */

alter table app_private.auth_settings
  add column reauthentication_window interval not null default interval '10 minutes'
    constraint auth_settings_reauthentication_window_range
      check (reauthentication_window between interval '1 minute' and interval '1 day'),
  add column throttle_window interval not null default interval '1 minute'
    constraint auth_settings_throttle_window_range check (throttle_window between interval '1 second' and interval '1 day'),
  add column throttle_sign_ins_per_client integer not null default 60
    constraint auth_settings_throttle_sign_ins_per_client_positive check (throttle_sign_ins_per_client >= 1),
  add column throttle_sign_ins_per_identifier integer not null default 10
    constraint auth_settings_throttle_sign_ins_per_identifier_positive check (throttle_sign_ins_per_identifier >= 1),
  add column throttle_account_calls_per_client integer not null default 20
    constraint auth_settings_throttle_account_calls_per_client_positive check (throttle_account_calls_per_client >= 1),
  add column throttle_account_calls_per_identifier integer not null default 5
    constraint auth_settings_throttle_account_calls_per_identifier_positive check (throttle_account_calls_per_identifier >= 1);
comment on column app_private.auth_settings.reauthentication_window is
  E'How recently the session must have proved the password (sign-in or reauthenticate) for security settings: adding an email, making one primary, authenticator apps, recovery codes, linking a provider, deactivating the account (default 10 minutes).';
comment on column app_private.auth_settings.throttle_window is E'Length of one throttling window (default 1 minute).';
comment on column app_private.auth_settings.throttle_sign_ins_per_client is
  E'Sign-in attempts (authenticate, complete_mfa_login, reauthenticate) one client address may make per throttle window (default 60).';
comment on column app_private.auth_settings.throttle_sign_ins_per_identifier is
  E'Sign-in attempts per account (or per typed login naming none) per throttle window, from all clients together (default 10).';
comment on column app_private.auth_settings.throttle_account_calls_per_client is
  E'Calls of register_user, request_password_reset, verify_email, reset_password and add_email one client address may make per throttle window (default 20).';
comment on column app_private.auth_settings.throttle_account_calls_per_identifier is
  E'Calls of request_password_reset per address, register_user per address and add_email per account, per throttle window (default 5).';

alter table app_public.login_audit_logs drop constraint login_audit_logs_event_type_known;
alter table app_public.login_audit_logs add constraint login_audit_logs_event_type_known check (event_type in (
  'register', 'login_success', 'login_failure', 'login_locked', 'password_change',
  'password_reset_request', 'password_reset', 'email_added', 'email_removed', 'email_verified',
  'email_primary_changed', 'provider_linked', 'provider_unlinked', 'mfa_enrolled', 'mfa_disabled',
  'mfa_challenge', 'mfa_success', 'mfa_failure', 'recovery_codes_generated', 'device_new',
  'device_forgotten', 'role_granted', 'role_revoked', 'status_changed',
  'sign_out', 'session_revoked', 'refresh_token_reuse',
  'reauthenticated', 'mfa_enrolment_started', 'throttled'
)) not valid;
alter table app_public.login_audit_logs validate constraint login_audit_logs_event_type_known;
comment on column app_public.login_audit_logs.event_type is E'What happened. One of: register, login_success (a session was created), login_failure, login_locked, password_change, password_reset_request, password_reset, email_added, email_removed, email_verified, email_primary_changed, provider_linked, provider_unlinked, mfa_enrolled, mfa_enrolment_started, mfa_disabled, mfa_challenge, mfa_success, mfa_failure, recovery_codes_generated, device_new, device_forgotten, role_granted, role_revoked, status_changed, sign_out, session_revoked, refresh_token_reuse, reauthenticated (the password was confirmed for security settings), throttled (a client or identifier went over a throttle limit; once per window).';

/*
 * THROTTLING: one counter per (bucket, scope, value) and window.
 */
create table app_private.throttle_counters (
  bucket       text not null,
  scope        text not null constraint throttle_counters_scope_known check (scope in ('client', 'identifier')),
  value        text not null constraint throttle_counters_value_length check (char_length(value) <= 400),
  window_start timestamptz not null,
  hits         integer not null constraint throttle_counters_hits_positive check (hits >= 1),
  audited      boolean not null default false,
  primary key (bucket, scope, value)
);
create index throttle_counters_window_start_idx on app_private.throttle_counters (window_start);
alter table app_private.throttle_counters enable row level security;
comment on table app_private.throttle_counters is E'Calls per client address or identifier in the current throttle window; rows of past windows are removed by maintain().';
comment on column app_private.throttle_counters.bucket is E'Which family of calls: sign_in, or the name of an account function.';
comment on column app_private.throttle_counters.scope is E'client (value is the client address) or identifier (an account key, a login or an address).';
comment on column app_private.throttle_counters.value is E'The address or identifier counted.';
comment on column app_private.throttle_counters.window_start is E'When the current window began.';
comment on column app_private.throttle_counters.hits is E'Calls counted in the current window.';
comment on column app_private.throttle_counters.audited is E'Whether this window''s throttling has been audited (at most once per window).';

create function app_private.throttle(bucket text, scope text, value text, max_hits integer, ip_address inet, user_agent text)
  returns boolean
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_window interval := (select s.throttle_window from app_private.auth_settings s);
  v_row app_private.throttle_counters;
begin
  if value is null then
    return true; -- no address known (a trusted caller passed none): only the other counter applies
  end if;
  insert into app_private.throttle_counters as t (bucket, scope, value, window_start, hits)
    values (throttle.bucket, throttle.scope, left(throttle.value, 400), app_private.auth_now(), 1)
    on conflict on constraint throttle_counters_pkey do update set
      hits = case when t.window_start <= app_private.auth_now() - v_window then 1 else t.hits + 1 end,
      audited = case when t.window_start <= app_private.auth_now() - v_window then false else t.audited end,
      window_start = case when t.window_start <= app_private.auth_now() - v_window then app_private.auth_now() else t.window_start end
    returning * into v_row;
  if v_row.hits <= max_hits then
    return true;
  end if;
  if not v_row.audited then
    update app_private.throttle_counters t set audited = true
      where t.bucket = throttle.bucket and t.scope = throttle.scope and t.value = v_row.value;
    perform app_private.audit('throttled', null, ip_address, user_agent, format('%s per %s over %s', bucket, scope, max_hits));
  end if;
  return false;
end;
$$;
revoke all on function app_private.throttle(text, text, text, integer, inet, text) from public;
comment on function app_private.throttle(text, text, text, integer, inet, text) is
  E'Counts one call of a bucket for a client address or identifier and says whether it is within max_hits for the current window. The first refusal of a window is audited (`throttled`), later ones are not. A NULL value is not counted.';

create function app_private.assert_account_call_allowed(bucket text, identifier text) returns void
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_settings app_private.auth_settings;
  v_ip inet := app_private.client_ip(null);
  v_agent text := app_private.client_user_agent(null);
begin
  select * into v_settings from app_private.auth_settings;
  if not app_private.throttle('account', 'client', host(v_ip), v_settings.throttle_account_calls_per_client, v_ip, v_agent)
     or not app_private.throttle(bucket, 'identifier', identifier, v_settings.throttle_account_calls_per_identifier, v_ip, v_agent) then
    raise exception 'Too many attempts; try again in a minute' using errcode = 'THROT';
  end if;
end;
$$;
revoke all on function app_private.assert_account_call_allowed(text, text) from public;
comment on function app_private.assert_account_call_allowed(text, text) is
  E'Throttles register_user, request_password_reset, verify_email, reset_password and add_email per client address (all together) and per identifier (per function); raises THROT over a limit. A call that then fails with an error rolls its count back with it: those failures cost no bcrypt work.';

create function app_private.purge_old_throttle_counters(batch_size integer) returns bigint
  language sql volatile strict
  set search_path = pg_catalog, pg_temp
as $$
  with horizon as (
    select app_private.auth_now() - s.throttle_window as before from app_private.auth_settings s
  ), doomed as (
    select t.bucket, t.scope, t.value from app_private.throttle_counters t, horizon h where t.window_start <= h.before
    order by t.window_start limit batch_size for update of t skip locked
  ), gone as (
    delete from app_private.throttle_counters t using doomed d, horizon h
      where (t.bucket, t.scope, t.value) = (d.bucket, d.scope, d.value) and t.window_start <= h.before returning 1
  )
  select count(*) from gone
$$;
revoke all on function app_private.purge_old_throttle_counters(integer) from public;
comment on function app_private.purge_old_throttle_counters(integer) is
  E'Deletes up to batch_size throttle counters whose window has passed; returns how many.';

create or replace function app_private.maintain(batch_size integer default 1000) returns table (task text, deleted bigint)
  language plpgsql volatile
  set search_path = pg_catalog, pg_temp
as $$
begin
  if batch_size is null or batch_size not between 1 and 100000 then
    raise exception 'batch_size must be between 1 and 100000' using errcode = '22023';
  end if;
  return query values
    ('user_tokens', app_private.purge_expired_tokens(batch_size)),
    ('login_attempts', app_private.purge_old_login_attempts(batch_size)),
    ('mfa_challenges', app_private.purge_expired_mfa_challenges(batch_size)),
    ('throttle_counters', app_private.purge_old_throttle_counters(batch_size));
end;
$$;

/*
 * RE-AUTHENTICATION.
 */
create function app_private.assert_recently_authenticated() returns uuid
  language plpgsql stable
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_signed_in();
begin
  if not exists (
    select 1 from app_public.user_sessions s
    where s.id = app_public.current_session_id()
      and s.authenticated_at > now() - (select reauthentication_window from app_private.auth_settings)
  ) then
    raise exception 'Confirm your password first (reauthenticate)' using errcode = 'REAUT';
  end if;
  return v_user_uuid;
end;
$$;
revoke all on function app_private.assert_recently_authenticated() from public;
comment on function app_private.assert_recently_authenticated() is
  E'The signed-in user''s uuid when the current session proved the password within auth_settings.reauthentication_window; raises LOGIN or REAUT otherwise.';

create function app_public.reauthenticate(password text) returns boolean
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_settings app_private.auth_settings;
  v_user_uuid uuid := app_private.assert_signed_in();
  v_key citext := 'account:' || v_user_uuid::text;
  v_ip inet := app_private.client_ip(null);
  v_agent text := app_private.client_user_agent(null);
  v_hash text;
  v_matches boolean;
begin
  select * into v_settings from app_private.auth_settings;
  if not app_private.throttle('sign_in', 'client', host(v_ip), v_settings.throttle_sign_ins_per_client, v_ip, v_agent)
     or not app_private.throttle('sign_in', 'identifier', v_key::text, v_settings.throttle_sign_ins_per_identifier, v_ip, v_agent) then
    return false;
  end if;
  select c.password_hash into v_hash from app_private.user_credentials c where c.user_uuid = v_user_uuid;
  -- One bcrypt computation on every path, as in authenticate.
  v_matches := crypt(coalesce(password, ''), coalesce(v_hash, gen_salt('bf', v_settings.bcrypt_cost))) = v_hash
    and password <> '' and octet_length(password) <= 72;
  perform app_private.lock_login_key(v_key);
  if app_private.is_locked(v_key) then
    perform app_private.audit('login_locked', v_user_uuid, v_ip, v_agent, 'reauthenticate while locked');
    return false;
  elsif v_matches is not true then
    perform app_private.count_login_failure(v_key);
    perform app_private.audit('login_failure', v_user_uuid, v_ip, v_agent, 'reauthenticate: wrong password');
    return false;
  end if;
  update app_public.user_sessions s set authenticated_at = now() where s.id = app_public.current_session_id();
  perform app_private.audit('reauthenticated', v_user_uuid, v_ip, v_agent);
  return true;
end;
$$;
revoke all on function app_public.reauthenticate(text) from public;
grant execute on function app_public.reauthenticate(text) to app_user, app_admin;
comment on function app_public.reauthenticate(text) is
  E'Confirms the signed-in user''s password for security settings: true renews the session''s authenticated_at (see auth_settings.reauthentication_window). False for a wrong password (counted towards the lockout like a sign-in, audited), while locked or throttled. Errors: LOGIN.';


/*
 * Security settings need a recent proof of the password: assert_signed_in gives way to
 * assert_recently_authenticated (the bodies are otherwise unchanged, but enrol_totp is audited now).
 */

create or replace function app_public.make_email_primary(email_id bigint) returns app_public.user_emails
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_recently_authenticated();
  v_row app_public.user_emails;
begin
  select * into v_row from app_public.user_emails e where e.id = email_id and e.user_uuid = v_user_uuid for update;
  if v_row.id is null then
    raise exception 'No such email address on your account' using errcode = 'EMLNF';
  elsif not v_row.is_verified then
    raise exception 'Only a verified email address can become primary' using errcode = 'EMUNV';
  end if;
  update app_public.user_emails e set is_primary = false where e.user_uuid = v_user_uuid and e.is_primary and e.id <> v_row.id;
  update app_public.user_emails e set is_primary = true where e.id = v_row.id returning * into v_row;
  perform app_private.audit('email_primary_changed', v_user_uuid);
  return v_row;
end;
$$;


create or replace function app_public.enrol_totp() returns text
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_recently_authenticated();
  v_secret bytea := gen_random_bytes(20);
  v_encrypted record := app_private.encrypt_secret(encode(v_secret, 'hex'));
  v_username text := (select p.username from app_public.user_profiles p where p.user_uuid = v_user_uuid);
begin
  if exists (select 1 from app_public.user_mfa_factors f where f.user_uuid = v_user_uuid and f.factor_type = 'totp' and f.is_enabled) then
    raise exception 'An authenticator app is already enabled; disable it first' using errcode = 'MFAON';
  end if;
  delete from app_public.user_mfa_factors f where f.user_uuid = v_user_uuid and f.factor_type = 'totp';
  insert into app_public.user_mfa_factors (user_uuid, factor_type, factor_data, factor_key_id)
    values (v_user_uuid, 'totp', v_encrypted.ciphertext, v_encrypted.key_id);
  perform app_private.audit('mfa_enrolment_started', v_user_uuid);
  return format('otpauth://totp/pg-identity-kit:%s?secret=%s&issuer=pg-identity-kit&algorithm=SHA1&digits=6&period=30',
    replace(coalesce(v_username, v_user_uuid::text), ' ', '%20'), app_private.base32_encode(v_secret));
end;
$$;


create or replace function app_public.confirm_totp(code text) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_recently_authenticated();
  v_factor_id bigint;
begin
  select f.id into v_factor_id from app_public.user_mfa_factors f
    where f.user_uuid = v_user_uuid and f.factor_type = 'totp' and not f.is_enabled;
  if v_factor_id is null then
    raise exception 'There is no authenticator app waiting for confirmation' using errcode = 'MFANF';
  end if;
  if not app_private.accept_totp(v_factor_id, code) then
    return false;
  end if;
  update app_public.user_mfa_factors f set is_enabled = true where f.id = v_factor_id;
  perform app_private.audit('mfa_enrolled', v_user_uuid);
  return true;
end;
$$;


create or replace function app_public.disable_totp(code text) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_recently_authenticated();
  v_factor_id bigint;
  v_key citext := 'account:' || v_user_uuid::text;
begin
  select f.id into v_factor_id from app_public.user_mfa_factors f
    where f.user_uuid = v_user_uuid and f.factor_type = 'totp' and f.is_enabled;
  if v_factor_id is null then
    raise exception 'No authenticator app is enabled' using errcode = 'MFANF';
  end if;
  -- Wrong codes count towards the account lockout: a stolen session is no unlimited code oracle.
  perform app_private.lock_login_key(v_key);
  if app_private.is_locked(v_key) then
    perform app_private.audit('login_locked', v_user_uuid, null, null, 'disable_totp while locked');
    return false;
  end if;
  if not app_private.accept_totp(v_factor_id, code) then
    perform app_private.count_login_failure(v_key);
    perform app_private.audit('mfa_failure', v_user_uuid, null, null, 'disable_totp: wrong code');
    return false;
  end if;
  delete from app_public.user_mfa_factors f where f.id = v_factor_id;
  delete from app_private.user_recovery_codes r where r.user_uuid = v_user_uuid;
  perform app_private.audit('mfa_disabled', v_user_uuid);
  return true;
end;
$$;


create or replace function app_public.generate_recovery_codes(code text default null) returns setof text
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_recently_authenticated();
  v_key citext := 'account:' || v_user_uuid::text;
  v_factor_id bigint;
  v_code text;
begin
  select f.id into v_factor_id from app_public.user_mfa_factors f
    where f.user_uuid = v_user_uuid and f.factor_type = 'totp' and f.is_enabled;
  if v_factor_id is not null then
    perform app_private.lock_login_key(v_key);
    if app_private.is_locked(v_key) then
      perform app_private.audit('login_locked', v_user_uuid, null, null, 'generate_recovery_codes while locked');
      return;
    end if;
    if not app_private.accept_totp(v_factor_id, code) then
      perform app_private.count_login_failure(v_key);
      perform app_private.audit('mfa_failure', v_user_uuid, null, null, 'generate_recovery_codes: wrong code');
      return; -- no codes, and the old ones stay valid
    end if;
  end if;
  delete from app_private.user_recovery_codes r where r.user_uuid = v_user_uuid;
  for i in 1 .. 10 loop
    v_code := app_private.base32_encode(gen_random_bytes(10)); -- 16 characters, 80 bits
    insert into app_private.user_recovery_codes (user_uuid, code_hash) values (v_user_uuid, app_private.sha256(v_code));
    return next substr(v_code, 1, 4) || '-' || substr(v_code, 5, 4) || '-' || substr(v_code, 9, 4) || '-' || substr(v_code, 13, 4);
  end loop;
  perform app_private.audit('recovery_codes_generated', v_user_uuid);
end;
$$;


create or replace function app_public.link_provider(
  provider_name text, external_user_id text, access_token text default null, refresh_token text default null,
  token_expires_at timestamptz default null
) returns app_public.user_auth_providers
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_recently_authenticated();
  v_access record := app_private.encrypt_secret(access_token);
  v_refresh record := app_private.encrypt_secret(refresh_token);
  v_row app_public.user_auth_providers;
begin
  insert into app_public.user_auth_providers as a
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
  perform app_private.audit('provider_linked', v_user_uuid);
  return v_row;
end;
$$;


create or replace function app_public.deactivate_my_account(reason text default null) returns boolean
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_recently_authenticated();
begin
  return app_private.change_status(v_user_uuid, 'deactivated', reason, v_user_uuid);
end;
$$;


/*
 * Throttled account functions (see assert_account_call_allowed); add_email also needs re-authentication.
 */

create or replace function app_public.add_email(email text) returns app_public.user_emails
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_recently_authenticated();
  v_email text := app_public.normalize_email(email);
  v_row app_public.user_emails;
begin
  perform app_private.assert_account_call_allowed('add_email', v_user_uuid::text);
  if v_email is null then
    raise exception 'The email address is not valid' using errcode = 'BADEM';
  end if;
  if exists (select 1 from app_public.user_emails e
             where e.email = v_email and (e.is_verified or e.user_uuid = v_user_uuid)) then
    raise exception 'An account with this email address already exists' using errcode = 'EMTKN';
  end if;
  begin
    insert into app_public.user_emails (user_uuid, email) values (v_user_uuid, v_email) returning * into v_row;
  exception when unique_violation then
    raise exception 'An account with this email address already exists' using errcode = 'EMTKN';
  end;
  perform app_private.audit('email_added', v_user_uuid);
  return v_row;
end;
$$;


create or replace function app_public.register_user(username text, email text, password text, display_name text default null)
  returns app_public.users
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user app_public.users;
  v_email text := app_public.normalize_email(email);
  v_constraint text;
begin
  perform app_private.assert_account_call_allowed('register_user', v_email);
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
  perform app_private.assert_valid_password(password, null, username, array[v_email]);
  if exists (select 1 from app_public.user_emails e where e.email = v_email and e.is_verified) then
    raise exception 'An account with this email address already exists' using errcode = 'EMTKN';
  end if;

  begin
    insert into app_public.users default values returning * into v_user;
    insert into app_public.user_profiles (user_uuid, username, display_name)
      values (v_user.uuid, username, nullif(btrim(display_name), ''));
    insert into app_public.user_emails (user_uuid, email, is_primary)
      values (v_user.uuid, v_email, true);
  exception when unique_violation then
    -- Also reached when a concurrent registration commits the same name first.
    get stacked diagnostics v_constraint = constraint_name;
    if v_constraint = 'user_profiles_username_key' then
      raise exception 'This username is taken' using errcode = 'UNTKN';
    end if;
    raise;
  end;
  insert into app_public.user_roles (user_uuid, role_id)
    select v_user.uuid, r.role_id from app_public.roles r where r.role_name = 'user';
  insert into app_private.user_credentials (user_uuid, password_hash)
    values (v_user.uuid, app_private.hash_password(password));
  perform app_private.audit('register', v_user.uuid);
  return v_user;
end;
$$;


create or replace function app_public.verify_email(token text) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_token app_private.user_tokens;
  v_row app_public.user_emails;
  v_other uuid;
begin
  perform app_private.assert_account_call_allowed('verify_email', null);
  -- One verification of an address at a time (taken before the token is used up, so that the cleanup
  -- of a racing verification never waits on this one), and two accounts cannot both prove it.
  perform pg_advisory_xact_lock(hashtext('pg-identity-kit:email:' || e.email))
    from app_private.user_tokens t join app_public.user_emails e on e.id = t.email_id
    where t.secret_hash = app_private.sha256(left(token, 200)) and t.purpose = 'email_verification';
  v_token := app_private.redeem_token(token, 'email_verification');
  select * into v_row from app_public.user_emails e where e.id = v_token.email_id for update;
  if v_row.id is null or exists (select 1 from app_public.user_emails e
                                 where e.email = v_row.email and e.is_verified and e.user_uuid <> v_row.user_uuid) then
    raise exception 'The token is invalid or has expired' using errcode = 'TOKEN';
  end if;
  update app_public.user_emails e set is_verified = true where e.id = v_row.id;
  for v_other in
    delete from app_public.user_emails e
      where e.email = v_row.email and e.user_uuid <> v_row.user_uuid and not e.is_verified
      returning e.user_uuid
  loop
    perform app_private.audit('email_removed', v_other, null, null, 'verified by another account');
  end loop;
  perform app_private.audit('email_verified', v_token.user_uuid);
  return true;
end;
$$;


create or replace function app_public.request_password_reset(email text, out recipient text, out token text)
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_row app_public.user_emails;
begin
  recipient := app_public.normalize_email(email);
  perform app_private.assert_account_call_allowed('request_password_reset', recipient);
  if recipient is null then
    raise exception 'The email address is not valid' using errcode = 'BADEM';
  end if;
  select * into v_row from app_public.user_emails e where e.email = recipient and e.is_verified;
  if v_row.id is null then
    token := app_private.random_token(32); -- a decoy: never stored, so it fails like any unknown token
    return;
  end if;
  recipient := v_row.email;
  token := app_private.issue_token(v_row.user_uuid, 'password_reset', v_row.id, interval '1 hour');
  perform app_private.audit('password_reset_request', v_row.user_uuid);
end;
$$;


create or replace function app_public.reset_password(token text, new_password text) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_token app_private.user_tokens;
begin
  perform app_private.assert_account_call_allowed('reset_password', null);
  -- The rules that do not depend on the account first: the same answer whatever the token.
  perform app_private.assert_valid_password(new_password, null);
  v_token := app_private.redeem_token(token, 'password_reset');
  perform app_private.assert_valid_password(new_password, v_token.user_uuid);
  -- One at a time with sign-ins of the account, so none completes with the old password after this.
  perform app_private.lock_login_key(('account:' || v_token.user_uuid::text)::citext);
  update app_private.user_credentials c
    set password_hash = app_private.hash_password(new_password), password_changed_at = clock_timestamp()
    where c.user_uuid = v_token.user_uuid;
  if not found then
    insert into app_private.user_credentials (user_uuid, password_hash)
      values (v_token.user_uuid, app_private.hash_password(new_password));
  end if;
  -- A successful reset lifts the lockout of the account.
  delete from app_private.login_attempts a where a.identifier = 'account:' || v_token.user_uuid::text;
  perform app_private.audit('password_reset', v_token.user_uuid);
  -- Whoever knew the old password is signed out everywhere.
  perform app_private.revoke_sessions(v_token.user_uuid, 'password_reset', null);
  return true;
end;
$$;


/*
 * Sign-in paths: throttled per client and per identifier before any bcrypt work (the rest is unchanged).
 */

create or replace function app_public.authenticate(
  login text, password text, ip_address inet default null, user_agent text default null, device_fingerprint text default null
) returns app_public.session_grant
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_settings app_private.auth_settings;
  v_identifier citext := left(btrim(coalesce(login, '')), 320);
  v_key citext;
  v_user_uuid uuid;
  v_hash text;
  v_status app_public.account_status;
  v_computed text;
  v_matches boolean;
  v_failure text;
  v_secret text;
  v_challenge_id bigint;
  v_device_id bigint;
begin
  select * into v_settings from app_private.auth_settings;

  v_user_uuid := app_private.user_uuid_for_login(v_identifier::text);
  -- Failures count per account (whichever of its emails or its username is typed), and per typed
  -- identifier when it matches no account: both lock after the same number of attempts.
  v_key := coalesce('account:' || v_user_uuid::text, 'login:' || v_identifier::text);
  ip_address := app_private.client_ip(ip_address);
  user_agent := app_private.client_user_agent(user_agent);
  -- Throttled callers are turned away before any bcrypt work, with the same NULL as any failure.
  if not app_private.throttle('sign_in', 'client', host(ip_address), v_settings.throttle_sign_ins_per_client, ip_address, user_agent)
     or not app_private.throttle('sign_in', 'identifier', v_key::text, v_settings.throttle_sign_ins_per_identifier, ip_address, user_agent) then
    return null;
  end if;
  select c.password_hash into v_hash from app_private.user_credentials c where c.user_uuid = v_user_uuid;
  select s.status into v_status from app_public.user_status s where s.user_uuid = v_user_uuid;

  -- Exactly one bcrypt computation on every path, at the cost of a real check, so that an unknown
  -- login, a locked identifier or a wrong password take as long as a successful sign-in.
  v_computed := crypt(coalesce(password, ''), coalesce(v_hash, gen_salt('bf', v_settings.bcrypt_cost)));
  -- A hash stored at a lower cost than today's (not yet upgraded) would answer faster than an unknown
  -- login: spend the difference on a throw-away hash at the current cost.
  if substring(v_hash from '^\$2[abxy]\$(\d\d)\$')::integer < v_settings.bcrypt_cost then
    perform crypt(coalesce(password, ''), gen_salt('bf', v_settings.bcrypt_cost));
  end if;
  v_matches := v_computed = v_hash and password <> '' and octet_length(password) <= 72;

  -- Only the lockout bookkeeping runs one attempt at a time per key, after the hash, so that waiting for
  -- the lock costs next to nothing and tells nothing. Under the lock the stored hash is read again: a
  -- password changed or reset meanwhile turns the old password away.
  perform app_private.lock_login_key(v_key);
  if v_hash is distinct from (select c.password_hash from app_private.user_credentials c where c.user_uuid = v_user_uuid) then
    v_matches := false;
  end if;

  v_failure := case
    when app_private.is_locked(v_key) then 'locked'
    when v_user_uuid is null then 'unknown_login'
    when v_hash is null then 'no_password'
    when v_matches is not true then 'wrong_password'
    when v_status <> 'active' then 'account_' || v_status::text
  end;

  if v_failure = 'locked' then
    perform app_private.audit('login_locked', v_user_uuid, ip_address, user_agent, 'locked');
    return null;
  elsif v_failure is not null then
    perform app_private.count_login_failure(v_key);
    perform app_private.audit('login_failure', v_user_uuid, ip_address, user_agent, v_failure);
    return null;
  end if;

  -- Upgrade hashes made at a lower cost than today's setting, now that the password is known.
  if substring(v_hash from '^\$2[abxy]\$(\d\d)\$')::integer < v_settings.bcrypt_cost then
    update app_private.user_credentials c set password_hash = app_private.hash_password(password)
      where c.user_uuid = v_user_uuid;
  end if;

  -- A second factor is due: no session yet, only a challenge for complete_mfa_login.
  if exists (select 1 from app_public.user_mfa_factors f where f.user_uuid = v_user_uuid and f.is_enabled) then
    v_secret := app_private.random_token(24);
    insert into app_private.mfa_challenges (user_uuid, secret_hash, expires_at)
      values (v_user_uuid, app_private.sha256(v_secret), now() + interval '5 minutes')
      returning id into v_challenge_id;
    perform app_private.audit('mfa_challenge', v_user_uuid, ip_address, user_agent);
    return ('mfa_required', null, null, null, extract(epoch from now() + interval '5 minutes')::bigint,
            null, null, null, v_challenge_id || '.' || v_secret)::app_public.session_grant;
  end if;

  v_device_id := app_private.complete_login(v_user_uuid, v_key, ip_address, user_agent, device_fingerprint);
  return app_private.start_session(v_user_uuid, 1, v_device_id, ip_address, user_agent);
end;
$$;
revoke all on function app_public.authenticate(text, text, inet, text, text) from public;
grant execute on function app_public.authenticate(text, text, inet, text, text) to app_anonymous, app_user, app_admin;

create or replace function app_public.complete_mfa_login(
  mfa_challenge text, code text, ip_address inet default null, user_agent text default null, device_fingerprint text default null
) returns app_public.session_grant
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_challenge app_private.mfa_challenges;
  v_key citext;
  v_factor_id bigint;
  v_code text := upper(replace(btrim(coalesce(code, '')), '-', ''));
  v_ok boolean := false;
  v_device_id bigint;
  v_settings app_private.auth_settings;
begin
  select * into v_settings from app_private.auth_settings;
  ip_address := app_private.client_ip(ip_address);
  user_agent := app_private.client_user_agent(user_agent);
  -- Every attempt counts per client, well-formed or not, so a flood writes a bounded number of audit rows.
  if not app_private.throttle('sign_in', 'client', host(ip_address), v_settings.throttle_sign_ins_per_client, ip_address, user_agent) then
    return null;
  end if;
  if coalesce(mfa_challenge, '') !~ '^[0-9]{1,18}\.[A-Za-z0-9_-]{16,64}$' then
    return null;
  end if;
  select * into v_challenge from app_private.mfa_challenges c
    where c.id = split_part(mfa_challenge, '.', 1)::bigint for update;
  if v_challenge.id is null or v_challenge.used_at is not null or v_challenge.expires_at <= now()
     or v_challenge.secret_hash <> app_private.sha256(split_part(mfa_challenge, '.', 2)) then
    return null;
  end if;
  v_key := 'account:' || v_challenge.user_uuid::text;
  if not app_private.throttle('sign_in', 'identifier', v_key::text, v_settings.throttle_sign_ins_per_identifier, ip_address, user_agent) then
    return null;
  end if;
  perform app_private.lock_login_key(v_key);
  -- The account may have been suspended or deactivated since the password step.
  if not exists (select 1 from app_public.user_status s where s.user_uuid = v_challenge.user_uuid and s.status = 'active') then
    perform app_private.audit('login_failure', v_challenge.user_uuid, ip_address, user_agent, 'account not active at second step');
    return null;
  end if;
  -- A challenge won with a password that has since been changed or reset is worthless.
  if v_challenge.created_at < (select c.password_changed_at from app_private.user_credentials c where c.user_uuid = v_challenge.user_uuid) then
    perform app_private.audit('login_failure', v_challenge.user_uuid, ip_address, user_agent, 'password changed since the first step');
    return null;
  end if;
  if app_private.is_locked(v_key) then
    perform app_private.audit('login_locked', v_challenge.user_uuid, ip_address, user_agent, 'locked at second step');
    return null;
  end if;
  select f.id into v_factor_id from app_public.user_mfa_factors f
    where f.user_uuid = v_challenge.user_uuid and f.factor_type = 'totp' and f.is_enabled;
  if v_code ~ '^[0-9]{6}$' and v_factor_id is not null then
    v_ok := app_private.accept_totp(v_factor_id, v_code);
  elsif v_code ~ '^[A-Z2-7]{16}$' then
    -- used_at is null is re-checked on the row itself, so one code cannot serve two racing sign-ins.
    update app_private.user_recovery_codes r set used_at = now()
      where r.id = (select r2.id from app_private.user_recovery_codes r2
                    where r2.user_uuid = v_challenge.user_uuid and r2.used_at is null
                      and r2.code_hash = app_private.sha256(v_code) limit 1)
        and r.used_at is null;
    v_ok := found;
  end if;
  if not v_ok then
    perform app_private.count_login_failure(v_key);
    perform app_private.audit('mfa_failure', v_challenge.user_uuid, ip_address, user_agent, 'wrong code');
    return null;
  end if;
  update app_private.mfa_challenges c set used_at = now() where c.id = v_challenge.id;
  perform app_private.audit('mfa_success', v_challenge.user_uuid, ip_address, user_agent);
  v_device_id := app_private.complete_login(v_challenge.user_uuid, v_key, ip_address, user_agent, device_fingerprint);
  return app_private.start_session(v_challenge.user_uuid, 2, v_device_id, ip_address, user_agent);
end;
$$;


comment on function app_public.make_email_primary(bigint) is
  E'Makes a verified email address of the signed-in user primary (audited). Needs a recent sign-in or reauthenticate. Errors: LOGIN, REAUT, EMLNF, EMUNV.';
comment on function app_public.enrol_totp() is
  E'Starts enrolling an authenticator app: returns its secret once, as an otpauth:// URI (show it as a QR code). The factor works only after confirm_totp. Needs a recent sign-in or reauthenticate; audited. Errors: LOGIN, REAUT, MFAON, KEYMS.';
comment on function app_public.confirm_totp(text) is
  E'Enables the enrolled authenticator app with its first valid code (audited); false for a wrong code. Needs a recent sign-in or reauthenticate. Errors: LOGIN, REAUT, MFANF.';
comment on function app_public.disable_totp(text) is
  E'Disables the signed-in user''s authenticator app (and drops the recovery codes), confirmed by a current code (audited); false for a wrong code, which counts towards the account lockout. Needs a recent sign-in or reauthenticate. Errors: LOGIN, REAUT, MFANF.';
comment on function app_public.generate_recovery_codes(text) is
  E'Replaces the signed-in user''s recovery codes with 10 new ones, shown this once (audited); each works once in place of an authenticator code. Once an authenticator app is enabled, a current code from it is required: otherwise no codes are returned (the failure is audited and counts towards the lockout) and the old ones stay valid. Needs a recent sign-in or reauthenticate. Errors: LOGIN, REAUT.';
comment on function app_public.link_provider(text, text, text, text, timestamptz) is
  E'@behavior -*\nFor the application server''s OAuth callback: links an external account to the signed-in user (or refreshes its tokens), storing the tokens encrypted (audited). Needs a recent sign-in or reauthenticate. Errors: LOGIN, REAUT, PRTKN, KEYMS, 23514.';
comment on function app_public.deactivate_my_account(text) is
  E'Deactivates the signed-in user''s own account (audited) and ends all its sessions for good. Needs a recent sign-in or reauthenticate. Errors: LOGIN, REAUT, BADRS, LSTAD (the last active administrator).';
comment on function app_public.add_email(email text) is
  E'Adds an unverified email address (stored normalised) to the signed-in user''s account (audited). Needs a recent sign-in or reauthenticate; throttled. Errors: LOGIN, REAUT, THROT, BADEM, EMTKN (on this account already, or verified by another).';
comment on function app_public.register_user(text, text, text, text) is
  E'Creates an account with its profile, primary email (unverified), `user` role and password, and records a `register` event. An address only counts as taken once another account verified it. Throttled per client and per address. Errors: THROT, BADEM, BADUN, BADDN, WEAKP, LONGP, EMTKN, UNTKN.';
comment on function app_public.verify_email(text) is
  E'Marks the address of a verification token verified (true) and removes the unverified claims of that address by other accounts. Every bad token (unknown, expired, used, wrong) raises TOKEN alike. Throttled per client. Errors: THROT, TOKEN.';
comment on function app_public.request_password_reset(text) is
  E'@behavior -*\nFor the application server: a password-reset token (valid 1 hour) and `recipient`, the stored address to mail it to (never what the caller typed). Only a verified address gets a real token; an unverified or unknown one gets a decoy of the same shape that never works, so nobody learns which. Throttled per client and per address. Not exposed through GraphQL. Errors: THROT, BADEM.';
comment on function app_public.reset_password(text, text) is
  E'Sets a new password with a reset token (true), lifts the account''s lockout and ends every session of the account. Every bad token (unknown, expired, used, wrong, decoy) raises TOKEN alike. Throttled per client. Errors: THROT, TOKEN, WEAKP, LONGP.';
comment on function app_public.authenticate(text, text, inet, text, text) is
  E'@behavior -*\nSigns in with a username (any letter case) or a verified email address and a password and creates a session (assurance level 1). Returns its grant (access-token claims and refresh token), or NULL for any failure (unknown login, unverified address, wrong password, inactive account, locked identifier, throttled client or identifier) without saying which; with an authenticator app enabled, role `mfa_required` and an mfa_challenge instead, and no session. Every attempt is audited, with the client address the server saw; throttled attempts once per window.';
comment on function app_public.complete_mfa_login(text, text, inet, text, text) is
  E'@behavior -*\nThe second step of a sign-in: the mfa_challenge from authenticate and a current authenticator code or an unused recovery code. Creates the session at assurance level 2 and returns its grant, or NULL for any failure (counted towards lockout and audited; throttled per client and account, audited once per window).';

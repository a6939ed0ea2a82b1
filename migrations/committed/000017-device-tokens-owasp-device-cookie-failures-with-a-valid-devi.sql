--! Previous: sha1:953513d641ba1c1bc59d3f1f1a5f2fd61b1fad81
--! Hash: sha1:58c8de43bde21d5ac56daf0dee7563795c1b2ca4
--! Message: Device tokens (OWASP device cookie): failures with a valid device token count per device, so an attacker cannot lock the owner out; throttled functions answer bad tokens and taken addresses without an error, so a failing call keeps its throttle count

/*
 * Issue 10, point 6: a lockout an attacker cannot turn against the owner (OWASP's device-cookie design),
 * and point 5: a failing call keeps its throttle count.
 *
 * DEVICE TOKENS. A successful sign-in (authenticate without a second factor, or complete_mfa_login) hands
 * out a secret device token: 32 random bytes, returned once, stored only as its SHA-256 in
 * app_private.user_device_tokens (no API role can read it). A later sign-in that presents the token of a
 * device of the account it names counts its failures (and its per-identifier throttle) under
 * `device:<device id>` instead of `account:<uuid>`: an attacker's wrong passwords from elsewhere lock the
 * account for callers without a valid token, never the owner's known devices. Every failure path does the
 * same work: one SHA-256 and index lookup of whatever token came (or none), one bcrypt computation.
 * Forgetting a device (deleting its row) deletes its token.
 *
 * COUNTS THAT SURVIVE. PostgreSQL has no autonomous transactions: an error rolls the throttle count back
 * with the rest of the call. So a throttled function no longer raises for an answer that depends on what is
 * stored: verify_email and reset_password return false for every bad token (the typed client still throws
 * TOKEN, after the transaction committed; so does GraphQL, see src/server/token-errors.ts), add_email never
 * tells whether another account verified an address (it accepts the claim; such a claim can never be
 * verified), and the checks that depend on the caller's input alone (address syntax, password rules that
 * do not depend on an account) run before the count: they reveal nothing and cost no bcrypt work.
 */

-- DEVICES known only by their token have no fingerprint.
alter table app_public.user_devices alter column device_fingerprint drop not null;
comment on column app_public.user_devices.device_fingerprint is
  E'An opaque fingerprint supplied by the client at sign-in; NULL for a device known by its device token only.';
comment on table app_public.user_devices is
  E'A device a user signed in from, recognised by its device token (handed out at sign-in) or its fingerprint. Forgetting (deleting) a device invalidates its token.';

create table if not exists app_private.user_device_tokens (
  device_id  bigint primary key references app_public.user_devices (id) on delete cascade,
  token_hash bytea not null unique
    constraint user_device_tokens_token_hash_length check (octet_length(token_hash) = 32),
  created_at timestamptz not null default now()
);
alter table app_private.user_device_tokens enable row level security;
comment on table app_private.user_device_tokens is
  E'The secret of each device that signed in successfully (OWASP device cookie), as SHA-256 only. A sign-in presenting it is counted towards a lockout of that device alone. Owner only (RLS, no policies).';
comment on column app_private.user_device_tokens.device_id is E'The device; deleting it deletes the token.';
comment on column app_private.user_device_tokens.token_hash is E'SHA-256 of the device token; the token itself is never stored.';
comment on column app_private.user_device_tokens.created_at is E'When the token was handed out.';

alter table app_private.login_attempts drop constraint if exists login_attempts_identifier_length;
alter table app_private.login_attempts add constraint login_attempts_identifier_length check (char_length(identifier) <= 330);
comment on column app_private.login_attempts.identifier is
  E'`device:<device id>` for a sign-in with a valid device token, `account:<uuid>` for an existing account without one, `login:<identifier as typed>` otherwise (case-insensitive).';

-- The grant carries the device token of a sign-in that handed one out.
do $$
begin
  if not exists (select 1 from pg_attribute where attrelid = 'app_public.session_grant'::regclass and attname = 'device_token') then
    alter type app_public.session_grant add attribute device_token text;
  end if;
end;
$$;
comment on type app_public.session_grant is
  E'What a sign-in or refresh grants: the access token''s claims (role, user, session id, issued-at, expiry, assurance level, auth_time; the server signs them), the refresh token, and after a sign-in that handed one out the device token (keep it on the device, present it at later sign-ins). When a second factor is needed: role `mfa_required`, exp and mfa_challenge only.';

create or replace function app_private.session_grant(session_id uuid, refresh_token text) returns app_public.session_grant
  language sql stable
  set search_path = pg_catalog, public, pg_temp
as $$
  select (
    case when exists (
      select 1 from app_public.user_roles ur join app_public.roles r on r.role_id = ur.role_id
      where ur.user_uuid = s.user_uuid and r.role_name = 'admin'
    ) then 'app_admin' else 'app_user' end,
    s.user_uuid,
    s.id,
    extract(epoch from now())::bigint,
    extract(epoch from least(now() + (select access_token_lifetime from app_private.auth_settings), s.expires_at))::bigint,
    s.aal,
    extract(epoch from s.authenticated_at)::bigint,
    refresh_token,
    null,
    null
  )::app_public.session_grant
  from app_public.user_sessions s
  where s.id = session_grant.session_id
$$;

create or replace function app_private.device_for_token(user_uuid uuid, device_token text) returns bigint
  language sql stable
  set search_path = pg_catalog, public, pg_temp
as $$
  -- The hash and the index lookup run for every caller, with a token or without, of a known account or not.
  select t.device_id
  from app_private.user_device_tokens t join app_public.user_devices d on d.id = t.device_id
  where t.token_hash = app_private.sha256(left(coalesce(device_token, ''), 200))
    and d.user_uuid = device_for_token.user_uuid
$$;
revoke all on function app_private.device_for_token(uuid, text) from public;
comment on function app_private.device_for_token(uuid, text) is
  E'The device of the account whose device token this is; NULL for no token, an unknown one, or one of another account.';

create or replace function app_private.lockout_key(user_uuid uuid, device_id bigint, login text) returns citext
  language sql immutable
  set search_path = pg_catalog, public, pg_temp
as $$
  select coalesce('device:' || device_id::text, 'account:' || user_uuid::text, 'login:' || login)::citext
$$;
revoke all on function app_private.lockout_key(uuid, bigint, text) from public;
comment on function app_private.lockout_key(uuid, bigint, text) is
  E'The key a sign-in''s failures count under: its device (a valid device token), else its account, else the login as typed.';

drop function if exists app_private.complete_login(uuid, citext, inet, text, text);
create or replace function app_private.complete_login(
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
  delete from app_private.login_attempts a where a.identifier = key;
  update app_public.users u set last_login_at = now() where u.uuid = complete_login.user_uuid;
  if known_device_id is not null then
    -- A valid device token: the device keeps it.
    update app_public.user_devices d set last_seen_at = now() where d.id = known_device_id returning d.id into device_id;
  elsif nullif(btrim(device_fingerprint), '') is not null then
    insert into app_public.user_devices as d (user_uuid, device_fingerprint)
      values (complete_login.user_uuid, left(btrim(device_fingerprint), 255))
      on conflict on constraint user_devices_fingerprint_per_user do update set last_seen_at = now()
      returning d.id, (xmax = 0) into device_id, v_device_is_new;
  else
    insert into app_public.user_devices as d (user_uuid) values (complete_login.user_uuid) returning d.id into device_id;
    v_device_is_new := true;
  end if;
  if known_device_id is null then
    device_token := app_private.random_token(32);
    insert into app_private.user_device_tokens as t (device_id, token_hash)
      values (complete_login.device_id, app_private.sha256(device_token))
      on conflict on constraint user_device_tokens_pkey do update set token_hash = excluded.token_hash, created_at = now();
  end if;
  if v_device_is_new then
    perform app_private.audit('device_new', complete_login.user_uuid, ip_address, user_agent);
  end if;
  perform app_private.audit('login_success', complete_login.user_uuid, ip_address, user_agent);
end;
$$;
revoke all on function app_private.complete_login(uuid, citext, inet, text, text, bigint) from public;
comment on function app_private.complete_login(uuid, citext, inet, text, text, bigint) is
  E'The bookkeeping of a successful sign-in: clears the failures of its lockout key, sets last_login_at, records the device (the one of a valid device token, else by fingerprint, else a new one) and, unless a valid token came, hands out a new device token; audits. Returns the device and the new token (NULL when the presented one stays valid).';

create or replace function app_private.start_session(
  user_uuid uuid, aal integer, device_id bigint, ip_address inet, user_agent text, device_token text
) returns app_public.session_grant
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_grant app_public.session_grant := app_private.start_session(user_uuid, aal, device_id, ip_address, user_agent);
begin
  v_grant.device_token := device_token;
  return v_grant;
end;
$$;
revoke all on function app_private.start_session(uuid, integer, bigint, inet, text, text) from public;
comment on function app_private.start_session(uuid, integer, bigint, inet, text, text) is
  E'start_session, with the device token the sign-in handed out in the grant.';

/*
 * Sign-in paths with device tokens (otherwise as in 000015).
 */
drop function if exists app_public.authenticate(text, text, inet, text, text);
create or replace function app_public.authenticate(
  login text, password text, ip_address inet default null, user_agent text default null, device_fingerprint text default null,
  device_token text default null
) returns app_public.session_grant
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_settings app_private.auth_settings;
  v_identifier citext := left(btrim(coalesce(login, '')), 320);
  v_key citext;
  v_user_uuid uuid;
  v_known_device bigint;
  v_hash text;
  v_status app_public.account_status;
  v_computed text;
  v_matches boolean;
  v_failure text;
  v_secret text;
  v_challenge_id bigint;
  v_login record;
begin
  select * into v_settings from app_private.auth_settings;

  v_user_uuid := app_private.user_uuid_for_login(v_identifier::text);
  -- Failures count per device for a caller with a valid device token of this account; otherwise per
  -- account (whichever of its emails or its username is typed), or per typed identifier naming none.
  v_known_device := app_private.device_for_token(v_user_uuid, device_token);
  v_key := app_private.lockout_key(v_user_uuid, v_known_device, v_identifier::text);
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
  -- login, a locked key, a wrong password or a device token of another account take as long as a
  -- successful sign-in.
  v_computed := crypt(coalesce(password, ''), coalesce(v_hash, gen_salt('bf', v_settings.bcrypt_cost)));
  if substring(v_hash from '^\$2[abxy]\$(\d\d)\$')::integer < v_settings.bcrypt_cost then
    perform crypt(coalesce(password, ''), gen_salt('bf', v_settings.bcrypt_cost));
  end if;
  v_matches := v_computed = v_hash and password <> '' and octet_length(password) <= 72;

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
    perform app_private.audit('login_locked', v_user_uuid, ip_address, user_agent,
      case when v_known_device is null then 'locked' else 'device locked' end);
    return null;
  elsif v_failure is not null then
    perform app_private.count_login_failure(v_key);
    perform app_private.audit('login_failure', v_user_uuid, ip_address, user_agent,
      v_failure || case when v_known_device is null then '' else ' (known device)' end);
    return null;
  end if;

  if substring(v_hash from '^\$2[abxy]\$(\d\d)\$')::integer < v_settings.bcrypt_cost then
    update app_private.user_credentials c set password_hash = app_private.hash_password(password)
      where c.user_uuid = v_user_uuid;
  end if;

  -- A second factor is due: no session yet, only a challenge for complete_mfa_login (which takes the
  -- device token again).
  if exists (select 1 from app_public.user_mfa_factors f where f.user_uuid = v_user_uuid and f.is_enabled) then
    v_secret := app_private.random_token(24);
    insert into app_private.mfa_challenges (user_uuid, secret_hash, expires_at)
      values (v_user_uuid, app_private.sha256(v_secret), now() + interval '5 minutes')
      returning id into v_challenge_id;
    perform app_private.audit('mfa_challenge', v_user_uuid, ip_address, user_agent);
    return ('mfa_required', null, null, null, extract(epoch from now() + interval '5 minutes')::bigint,
            null, null, null, v_challenge_id || '.' || v_secret, null)::app_public.session_grant;
  end if;

  v_login := app_private.complete_login(v_user_uuid, v_key, ip_address, user_agent, device_fingerprint, v_known_device);
  return app_private.start_session(v_user_uuid, 1, v_login.device_id, ip_address, user_agent, v_login.device_token);
end;
$$;
revoke all on function app_public.authenticate(text, text, inet, text, text, text) from public;
grant execute on function app_public.authenticate(text, text, inet, text, text, text) to app_anonymous, app_user, app_admin;
comment on function app_public.authenticate(text, text, inet, text, text, text) is
  E'@behavior -*\nSigns in with a username (any letter case) or a verified email address and a password and creates a session (assurance level 1). Returns its grant (access-token claims, refresh token and, unless a valid one was presented, a new device token to keep on the device), or NULL for any failure (unknown login, unverified address, wrong password, inactive account, locked identifier, throttled client or identifier) without saying which; with an authenticator app enabled, role `mfa_required` and an mfa_challenge instead, and no session. A valid device_token of the account counts failures per device, so wrong passwords from elsewhere never lock that device out. Every attempt is audited, with the client address the server saw; throttled attempts once per window.';

drop function if exists app_public.complete_mfa_login(text, text, inet, text, text);
create or replace function app_public.complete_mfa_login(
  mfa_challenge text, code text, ip_address inet default null, user_agent text default null, device_fingerprint text default null,
  device_token text default null
) returns app_public.session_grant
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_challenge app_private.mfa_challenges;
  v_key citext;
  v_known_device bigint;
  v_factor_id bigint;
  v_code text := upper(replace(btrim(coalesce(code, '')), '-', ''));
  v_ok boolean := false;
  v_login record;
  v_settings app_private.auth_settings;
begin
  select * into v_settings from app_private.auth_settings;
  ip_address := app_private.client_ip(ip_address);
  user_agent := app_private.client_user_agent(user_agent);
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
  v_known_device := app_private.device_for_token(v_challenge.user_uuid, device_token);
  v_key := app_private.lockout_key(v_challenge.user_uuid, v_known_device, null);
  if not app_private.throttle('sign_in', 'identifier', v_key::text, v_settings.throttle_sign_ins_per_identifier, ip_address, user_agent) then
    return null;
  end if;
  perform app_private.lock_login_key(v_key);
  if not exists (select 1 from app_public.user_status s where s.user_uuid = v_challenge.user_uuid and s.status = 'active') then
    perform app_private.audit('login_failure', v_challenge.user_uuid, ip_address, user_agent, 'account not active at second step');
    return null;
  end if;
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
  v_login := app_private.complete_login(v_challenge.user_uuid, v_key, ip_address, user_agent, device_fingerprint, v_known_device);
  return app_private.start_session(v_challenge.user_uuid, 2, v_login.device_id, ip_address, user_agent, v_login.device_token);
end;
$$;
revoke all on function app_public.complete_mfa_login(text, text, inet, text, text, text) from public;
grant execute on function app_public.complete_mfa_login(text, text, inet, text, text, text) to app_anonymous, app_user, app_admin;
comment on function app_public.complete_mfa_login(text, text, inet, text, text, text) is
  E'@behavior -*\nThe second step of a sign-in: the mfa_challenge from authenticate and a current authenticator code or an unused recovery code. Creates the session at assurance level 2 and returns its grant (with a new device token unless a valid one was presented), or NULL for any failure (counted towards lockout, per device with a valid device token, and audited; throttled per client and account, audited once per window).';

/*
 * THROTTLED ACCOUNT FUNCTIONS: no error after the count that depends on what is stored.
 */
comment on function app_private.assert_account_call_allowed(text, text) is
  E'Throttles register_user, request_password_reset, verify_email, reset_password and add_email per client address (all together) and per identifier (per function); raises THROT over a limit. The functions check what depends on the caller''s input alone before it, and answer what depends on stored data without an error after it, so the count of a failing call is kept (register_user''s EMTKN and UNTKN, and reset_password''s account rules behind a valid token, are the exceptions).';

create or replace function app_public.add_email(email text) returns app_public.user_emails
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_recently_authenticated();
  v_email text := app_public.normalize_email(email);
  v_row app_public.user_emails;
begin
  if v_email is null then
    raise exception 'The email address is not valid' using errcode = 'BADEM';
  end if;
  perform app_private.assert_account_call_allowed('add_email', v_user_uuid::text);
  -- Whether another account verified the address is never told: the claim is stored either way, and
  -- one that another account verified can never be verified (request_email_verification hands out a
  -- decoy for it, verify_email refuses it).
  select * into v_row from app_public.user_emails e where e.user_uuid = v_user_uuid and e.email = v_email;
  if v_row.id is not null then
    return v_row; -- on this account already: the same row again
  end if;
  begin
    insert into app_public.user_emails (user_uuid, email) values (v_user_uuid, v_email) returning * into v_row;
  exception when unique_violation then
    -- A concurrent call of this account added it first.
    select * into v_row from app_public.user_emails e where e.user_uuid = v_user_uuid and e.email = v_email;
    return v_row;
  end;
  perform app_private.audit('email_added', v_user_uuid);
  return v_row;
end;
$$;
comment on function app_public.add_email(email text) is
  E'Adds an unverified email address (stored normalised) to the signed-in user''s account (audited), or returns it when it is there already. Never tells whether another account verified the address: such a claim is stored but can never be verified. Needs a recent sign-in or reauthenticate; throttled. Errors: LOGIN, REAUT, THROT, BADEM.';

create or replace function app_public.request_email_verification(email_id bigint, out recipient text, out token text)
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_signed_in();
  v_row app_public.user_emails;
begin
  select * into v_row from app_public.user_emails e where e.id = email_id and e.user_uuid = v_user_uuid;
  if v_row.id is null then
    raise exception 'No such email address on your account' using errcode = 'EMLNF';
  end if;
  recipient := v_row.email;
  if v_row.is_verified then
    return;
  end if;
  if exists (select 1 from app_public.user_emails e where e.email = v_row.email and e.is_verified and e.user_uuid <> v_user_uuid) then
    -- Another account verified it: a decoy (never stored), so its owner cannot be led to verify this claim
    -- and the caller cannot tell (same shape as issue_token's).
    token := app_private.random_token(32);
    return;
  end if;
  token := app_private.issue_token(v_user_uuid, 'email_verification', v_row.id, interval '24 hours');
end;
$$;
comment on function app_public.request_email_verification(bigint) is
  E'@behavior -*\nFor the application server: a single-use verification token (valid 24 hours) and `recipient`, the stored address to mail it to (never what the caller typed). Token NULL when the address is verified already; a decoy that never works when another account verified it (nobody learns which). Errors: LOGIN, EMLNF.';

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
  perform pg_advisory_xact_lock(hashtext('pg-identity-kit:email:' || e.email))
    from app_private.user_tokens t join app_public.user_emails e on e.id = t.email_id
    where t.secret_hash = app_private.sha256(left(token, 200)) and t.purpose = 'email_verification';
  begin
    v_token := app_private.redeem_token(token, 'email_verification');
  exception when sqlstate 'TOKEN' then
    return false; -- unknown, expired, used, wrong: one answer, and the count above stays
  end;
  select * into v_row from app_public.user_emails e where e.id = v_token.email_id for update;
  if v_row.id is null or exists (select 1 from app_public.user_emails e
                                 where e.email = v_row.email and e.is_verified and e.user_uuid <> v_row.user_uuid) then
    return false; -- the token is used up: it could never succeed
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
comment on function app_public.verify_email(text) is
  E'Marks the address of a verification token verified (true) and removes the unverified claims of that address by other accounts. False for every bad token (unknown, expired, used, wrong, or an address another account verified meanwhile) alike; the typed client and the GraphQL API turn it into the error TOKEN once the call''s throttle count is committed. Throttled per client. Errors: THROT (and TOKEN from the API layers).';

create or replace function app_public.request_password_reset(email text, out recipient text, out token text)
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_row app_public.user_emails;
begin
  recipient := app_public.normalize_email(email);
  if recipient is null then
    raise exception 'The email address is not valid' using errcode = 'BADEM';
  end if;
  perform app_private.assert_account_call_allowed('request_password_reset', recipient);
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
  -- The rules that do not depend on the account first: they depend on the input alone (nothing to count).
  perform app_private.assert_valid_password(new_password, null);
  perform app_private.assert_account_call_allowed('reset_password', null);
  begin
    v_token := app_private.redeem_token(token, 'password_reset');
  exception when sqlstate 'TOKEN' then
    return false; -- unknown, expired, used, wrong, decoy: one answer, and the count above stays
  end;
  -- Reached with a valid token only; a refusal here keeps the token for another try.
  perform app_private.assert_valid_password(new_password, v_token.user_uuid);
  perform app_private.lock_login_key(('account:' || v_token.user_uuid::text)::citext);
  update app_private.user_credentials c
    set password_hash = app_private.hash_password(new_password), password_changed_at = clock_timestamp()
    where c.user_uuid = v_token.user_uuid;
  if not found then
    insert into app_private.user_credentials (user_uuid, password_hash)
      values (v_token.user_uuid, app_private.hash_password(new_password));
  end if;
  -- A successful reset lifts the lockout of the account (its devices' counters run out by themselves).
  delete from app_private.login_attempts a where a.identifier = 'account:' || v_token.user_uuid::text;
  perform app_private.audit('password_reset', v_token.user_uuid);
  perform app_private.revoke_sessions(v_token.user_uuid, 'password_reset', null);
  return true;
end;
$$;
comment on function app_public.reset_password(text, text) is
  E'Sets a new password with a reset token (true), lifts the account''s lockout and ends every session of the account. False for every bad token (unknown, expired, used, wrong, decoy) alike; the typed client and the GraphQL API turn it into the error TOKEN once the call''s throttle count is committed. Throttled per client. Errors: THROT, WEAKP, LONGP (and TOKEN from the API layers).';

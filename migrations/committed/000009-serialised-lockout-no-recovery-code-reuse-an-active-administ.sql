--! Previous: sha1:04a45d9c51db64b8cbe4a6662c6b384746da4ab7
--! Hash: sha1:1e659fc2b4568d972ed932db209ab6fe11abe6ca
--! Message: serialised lockout, no recovery-code reuse, an active administrator always remains, server-side client address, sessions end with a password change

/*
 * Where a request comes from: the GraphQL server passes the real client address and user agent in
 * idkit.client_ip / idkit.user_agent, and those win over arguments an API caller could forge.
 */
create function app_private.client_ip(argument inet) returns inet
  language plpgsql stable
  set search_path = pg_catalog, pg_temp
as $$
begin
  return coalesce(nullif(current_setting('idkit.client_ip', true), '')::inet, argument);
exception when invalid_text_representation then
  return argument;
end;
$$;
comment on function app_private.client_ip(inet) is
  E'The client address set by the server (idkit.client_ip), else the argument given by a trusted caller.';

create function app_private.client_user_agent(argument text) returns text
  language sql stable
  set search_path = pg_catalog, pg_temp
as $$
  select left(coalesce(nullif(current_setting('idkit.user_agent', true), ''), argument), 1024)
$$;
comment on function app_private.client_user_agent(text) is
  E'The user agent set by the server (idkit.user_agent), else the argument given by a trusted caller.';

/*
 * Sign-in attempts for one lockout key run one at a time, so that parallel guesses cannot all pass
 * the limit check before any of them is counted.
 */
create function app_private.lock_login_key(key citext) returns void
  language sql volatile
  set search_path = pg_catalog, pg_temp
as $$
  select pg_advisory_xact_lock(hashtext('pg-identity-kit:login:' || key::text))
$$;
comment on function app_private.lock_login_key(citext) is
  E'Serialises the attempts of one lockout key until the end of the transaction.';

create or replace function app_public.authenticate(
  login text, password text, ip_address inet default null, user_agent text default null, device_fingerprint text default null
) returns app_public.jwt_token
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
begin
  select * into v_settings from app_private.auth_settings;

  if position('@' in v_identifier) > 0 then
    select e.user_uuid into v_user_uuid from app_public.user_emails e where e.email = v_identifier;
  else
    select p.user_uuid into v_user_uuid from app_public.user_profiles p where p.username = v_identifier;
  end if;
  -- Failures count per account (whichever of its emails or its username is typed), and per typed
  -- identifier when it matches no account: both lock after the same number of attempts.
  v_key := coalesce('account:' || v_user_uuid::text, 'login:' || v_identifier::text);
  perform app_private.lock_login_key(v_key);
  ip_address := app_private.client_ip(ip_address);
  user_agent := app_private.client_user_agent(user_agent);
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

  if exists (select 1 from app_public.user_mfa_factors f where f.user_uuid = v_user_uuid and f.is_enabled) then
    v_secret := app_private.random_token(24);
    insert into app_private.mfa_challenges (user_uuid, secret_hash, expires_at)
      values (v_user_uuid, app_private.sha256(v_secret), now() + interval '5 minutes')
      returning id into v_challenge_id;
    perform app_private.audit('mfa_challenge', v_user_uuid, ip_address, user_agent);
    return ('mfa_required', null, extract(epoch from now() + interval '5 minutes')::bigint,
            v_challenge_id || '.' || v_secret)::app_public.jwt_token;
  end if;

  perform app_private.complete_login(v_user_uuid, v_key, ip_address, user_agent, device_fingerprint);
  return app_private.session_for(v_user_uuid);
end;
$$;

comment on function app_public.authenticate(text, text, inet, text, text) is
  E'Signs in with an email or username and a password. Returns a session token, or NULL for any failure (unknown login, wrong password, inactive account, locked identifier) without saying which; with an authenticator app enabled, role `mfa_required` and an mfa_challenge instead. Every attempt is audited, with the client address the server saw.';

create or replace function app_public.complete_mfa_login(
  mfa_challenge text, code text, ip_address inet default null, user_agent text default null, device_fingerprint text default null
) returns app_public.jwt_token
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_challenge app_private.mfa_challenges;
  v_key citext;
  v_factor_id bigint;
  v_code text := upper(replace(btrim(coalesce(code, '')), '-', ''));
  v_ok boolean := false;
begin
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
  perform app_private.lock_login_key(v_key);
  ip_address := app_private.client_ip(ip_address);
  user_agent := app_private.client_user_agent(user_agent);
  -- The account may have been suspended or deactivated since the password step.
  if not exists (select 1 from app_public.user_status s where s.user_uuid = v_challenge.user_uuid and s.status = 'active') then
    perform app_private.audit('login_failure', v_challenge.user_uuid, ip_address, user_agent, 'account not active at second step');
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
  perform app_private.complete_login(v_challenge.user_uuid, v_key, ip_address, user_agent, device_fingerprint);
  return app_private.session_for(v_challenge.user_uuid);
end;
$$;

create or replace function app_public.change_password(old_password text, new_password text) returns boolean
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_public.current_user_uuid();
  v_key citext;
begin
  if v_user_uuid is null then
    raise exception 'You must be signed in to change your password' using errcode = 'LOGIN';
  end if;
  v_key := 'account:' || v_user_uuid::text;
  perform app_private.lock_login_key(v_key);
  if app_private.is_locked(v_key) then
    perform app_private.audit('login_locked', v_user_uuid, null, null, 'change_password while locked');
    return false;
  end if;
  if not app_private.verify_password(v_user_uuid, old_password) then
    perform app_private.count_login_failure(v_key);
    perform app_private.audit('login_failure', v_user_uuid, null, null, 'change_password: wrong current password');
    return false;
  end if;
  perform app_private.assert_valid_password(new_password);
  update app_private.user_credentials c
    set password_hash = app_private.hash_password(new_password), password_changed_at = now()
    where c.user_uuid = v_user_uuid;
  perform app_private.audit('password_change', v_user_uuid);
  return true;
end;
$$;

create or replace function app_public.disable_totp(code text) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_signed_in();
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

comment on function app_public.disable_totp(text) is
  E'Disables the signed-in user''s authenticator app (and drops the recovery codes), confirmed by a current code; false for a wrong code, which counts towards the account lockout. Errors: LOGIN, MFANF.';

/*
 * There is always at least one active administrator.
 */
create function app_private.assert_active_admin_remains(losing uuid) returns void
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
begin
  -- One change to administrators at a time, so two of them cannot remove each other at once.
  perform pg_advisory_xact_lock(hashtext('pg-identity-kit:admins'));
  if exists (
       select 1 from app_public.user_roles ur join app_public.roles r on r.role_id = ur.role_id
       join app_public.user_status s on s.user_uuid = ur.user_uuid
       where r.role_name = 'admin' and ur.user_uuid = losing and s.status = 'active')
     and not exists (
       select 1 from app_public.user_roles ur join app_public.roles r on r.role_id = ur.role_id
       join app_public.user_status s on s.user_uuid = ur.user_uuid
       where r.role_name = 'admin' and ur.user_uuid <> losing and s.status = 'active') then
    raise exception 'The last active administrator cannot lose the admin role or stop being active' using errcode = 'LSTAD';
  end if;
end;
$$;
comment on function app_private.assert_active_admin_remains(uuid) is
  E'Raises LSTAD when the account is the last active administrator; serialises changes to administrators.';

create or replace function app_public.revoke_role(user_uuid uuid, role_name text) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_admin uuid := app_private.assert_admin();
  v_role_id integer := (select r.role_id from app_public.roles r where r.role_name = revoke_role.role_name);
begin
  if v_role_id is null then
    raise exception 'No such role' using errcode = 'ROLNF';
  end if;
  if role_name = 'admin' then
    perform app_private.assert_active_admin_remains(revoke_role.user_uuid);
  end if;
  delete from app_public.user_roles ur where ur.user_uuid = revoke_role.user_uuid and ur.role_id = v_role_id;
  if not found then
    return false;
  end if;
  perform app_private.audit('role_revoked', revoke_role.user_uuid, null, null, format('%s by %s', role_name, v_admin));
  return true;
end;
$$;

create or replace function app_private.change_status(user_uuid uuid, status app_public.account_status, reason text, actor uuid) returns boolean
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
begin
  if char_length(reason) > 500 then
    raise exception 'The reason must be at most 500 characters' using errcode = 'BADRS';
  end if;
  if status <> 'active' then
    perform app_private.assert_active_admin_remains(change_status.user_uuid);
  end if;
  update app_public.user_status s set
    status = change_status.status,
    reason = change_status.reason,
    deactivated_at = case when change_status.status = 'deactivated' then coalesce(s.deactivated_at, now()) end
  where s.user_uuid = change_status.user_uuid and s.status is distinct from change_status.status;
  if not found then
    if not exists (select 1 from app_public.users u where u.uuid = change_status.user_uuid) then
      raise exception 'No such user' using errcode = 'USRNF';
    end if;
    return false;
  end if;
  perform app_private.audit('status_changed', user_uuid, null, null, format('%s by %s: %s', status, actor, coalesce(reason, '')));
  return true;
end;
$$;

comment on function app_public.deactivate_my_account(text) is
  E'Deactivates the signed-in user''s own account (audited); the session stops working at once. Errors: LOGIN, BADRS, LSTAD (the last active administrator).';
comment on function app_public.set_account_status(uuid, app_public.account_status, text) is
  E'Administrators: suspends, reactivates or deactivates an account, with a reason (audited). A non-active account cannot sign in and its sessions stop at once. Errors: LOGIN, FORBD, USRNF, BADRS, LSTAD.';
comment on function app_public.revoke_role(uuid, text) is
  E'Administrators: revokes a role from a user (false when not held); the last active administrator keeps `admin`. Errors: LOGIN, FORBD, ROLNF, LSTAD.';

/*
 * A password change or reset ends the sessions issued before it: the server passes the token's
 * issue time as jwt.claims.iat, and current_user_uuid() ignores tokens older than the password.
 */
create or replace function app_public.current_user_uuid() returns uuid
  language sql stable security definer
  set search_path = pg_catalog, public, pg_temp
as $$
  select s.user_uuid
  from app_public.user_status s
  left join app_private.user_credentials c on c.user_uuid = s.user_uuid
  where s.user_uuid = nullif(current_setting('jwt.claims.user_uuid', true), '')::uuid
    and s.status = 'active'
    and (nullif(current_setting('jwt.claims.iat', true), '') is null
         or c.password_changed_at is null
         or nullif(current_setting('jwt.claims.iat', true), '')::bigint >= floor(extract(epoch from c.password_changed_at)))
$$;
comment on function app_public.current_user_uuid() is
  E'The signed-in user''s uuid, from the transaction-local setting `jwt.claims.user_uuid`; NULL when nobody is signed in, the account is not active, or the session (jwt.claims.iat) predates the last password change.';

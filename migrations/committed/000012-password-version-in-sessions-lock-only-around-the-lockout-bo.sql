--! Previous: sha1:981b448e2579a07aa8f66a0e92e30e9df31be7b8
--! Hash: sha1:172f245e850460aed4db4d9338f6f88c800eff5c
--! Message: password version in sessions, lock only around the lockout bookkeeping, server-set request metadata only

/*
 * A session carries the version of the password it was issued under (password_changed_at in
 * milliseconds); current_user_uuid() refuses sessions of an older (or newer) password exactly,
 * without comparing clocks.
 */
alter type app_public.jwt_token add attribute pwd_version bigint;
comment on type app_public.jwt_token is
  E'A session: the database role to use, the signed-in user, the expiry (seconds since the epoch) and the version of the password it was issued under. When a second factor is needed, role is `mfa_required`, user_uuid is NULL and mfa_challenge is what complete_mfa_login takes.';

create function app_private.password_version(user_uuid uuid) returns bigint
  language sql stable
  set search_path = pg_catalog, pg_temp
as $$
  select floor(extract(epoch from c.password_changed_at) * 1000)::bigint
  from app_private.user_credentials c where c.user_uuid = password_version.user_uuid
$$;
comment on function app_private.password_version(uuid) is
  E'The version of the account''s password (password_changed_at in milliseconds); NULL without a password.';

create or replace function app_private.session_for(user_uuid uuid) returns app_public.jwt_token
  language sql stable
  set search_path = pg_catalog, public, pg_temp
as $$
  select (
    case when exists (
      select 1 from app_public.user_roles ur join app_public.roles r on r.role_id = ur.role_id
      where ur.user_uuid = session_for.user_uuid and r.role_name = 'admin'
    ) then 'app_admin' else 'app_user' end,
    session_for.user_uuid,
    extract(epoch from now() + (select session_lifetime from app_private.auth_settings))::bigint,
    null,
    app_private.password_version(session_for.user_uuid)
  )::app_public.jwt_token
$$;

create or replace function app_public.current_user_uuid() returns uuid
  language sql stable security definer
  set search_path = pg_catalog, public, pg_temp
as $$
  select s.user_uuid
  from app_public.user_status s
  where s.user_uuid = nullif(current_setting('jwt.claims.user_uuid', true), '')::uuid
    and s.status = 'active'
    and (nullif(current_setting('jwt.claims.pwd_version', true), '') is null
         or nullif(current_setting('jwt.claims.pwd_version', true), '')::bigint
            is not distinct from app_private.password_version(s.user_uuid))
$$;
comment on function app_public.current_user_uuid() is
  E'The signed-in user''s uuid, from the transaction-local setting `jwt.claims.user_uuid`; NULL when nobody is signed in, the account is not active, or the session (jwt.claims.pwd_version) was issued under another password.';

/*
 * Request metadata set by the server wins, always: with idkit.request_meta = ''server'' the functions use
 * idkit.client_ip / idkit.user_agent (NULL when the server could not tell) and ignore the arguments.
 */
create or replace function app_private.client_ip(argument inet) returns inet
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
comment on function app_private.client_ip(inet) is
  E'The client address: the one the server saw when it set idkit.request_meta, else the argument of a trusted caller.';

create or replace function app_private.client_user_agent(argument text) returns text
  language sql stable
  set search_path = pg_catalog, pg_temp
as $$
  select left(case when current_setting('idkit.request_meta', true) is not distinct from 'server'
                   then nullif(current_setting('idkit.user_agent', true), '')
                   else argument end, 1024)
$$;
comment on function app_private.client_user_agent(text) is
  E'The user agent: the one the server saw when it set idkit.request_meta, else the argument of a trusted caller.';

create or replace function app_private.lock_login_key(key citext) returns void
  language sql volatile
  set search_path = pg_catalog, pg_temp
as $$
  select pg_advisory_xact_lock(hashtext('pg-identity-kit:login:' || lower(key::text)))
$$;

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

  if exists (select 1 from app_public.user_mfa_factors f where f.user_uuid = v_user_uuid and f.is_enabled) then
    v_secret := app_private.random_token(24);
    insert into app_private.mfa_challenges (user_uuid, secret_hash, expires_at)
      values (v_user_uuid, app_private.sha256(v_secret), now() + interval '5 minutes')
      returning id into v_challenge_id;
    perform app_private.audit('mfa_challenge', v_user_uuid, ip_address, user_agent);
    return ('mfa_required', null, extract(epoch from now() + interval '5 minutes')::bigint,
            v_challenge_id || '.' || v_secret, null)::app_public.jwt_token;
  end if;

  perform app_private.complete_login(v_user_uuid, v_key, ip_address, user_agent, device_fingerprint);
  return app_private.session_for(v_user_uuid);
end;
$$;

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
  perform app_private.complete_login(v_challenge.user_uuid, v_key, ip_address, user_agent, device_fingerprint);
  return app_private.session_for(v_challenge.user_uuid);
end;
$$;

create or replace function app_public.reset_password(token text, new_password text) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_token app_private.user_tokens;
begin
  perform app_private.assert_valid_password(new_password);
  v_token := app_private.redeem_token(token, 'password_reset');
  if v_token.id is null then
    return false;
  end if;
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
  return true;
end;
$$;

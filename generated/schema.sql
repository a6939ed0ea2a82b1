--
-- PostgreSQL database dump
--

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: identity; Type: SCHEMA; Schema: -; Owner: app_owner
--

CREATE SCHEMA identity;

ALTER SCHEMA identity OWNER TO app_owner;

--
-- Name: SCHEMA identity; Type: COMMENT; Schema: -; Owner: app_owner
--

COMMENT ON SCHEMA identity IS 'Tables and functions the GraphQL API exposes, each guarded by grants and row-level security.';

--
-- Name: identity_private; Type: SCHEMA; Schema: -; Owner: app_owner
--

CREATE SCHEMA identity_private;

ALTER SCHEMA identity_private OWNER TO app_owner;

--
-- Name: SCHEMA identity_private; Type: COMMENT; Schema: -; Owner: app_owner
--

COMMENT ON SCHEMA identity_private IS 'Secrets and internals: no API role has USAGE on this schema.';

--
-- Name: citext; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;

--
-- Name: EXTENSION citext; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';

--
-- Name: pgcrypto; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;

--
-- Name: EXTENSION pgcrypto; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';

--
-- Name: account_status; Type: TYPE; Schema: identity; Owner: app_owner
--

CREATE TYPE identity.account_status AS ENUM (
    'active',
    'suspended',
    'deactivated'
);

ALTER TYPE identity.account_status OWNER TO app_owner;

--
-- Name: TYPE account_status; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON TYPE identity.account_status IS 'Whether an account may sign in: only `active` accounts can.';

--
-- Name: session_grant; Type: TYPE; Schema: identity; Owner: app_owner
--

CREATE TYPE identity.session_grant AS (
	role text,
	user_uuid uuid,
	session_id uuid,
	iat bigint,
	exp bigint,
	aal integer,
	auth_time bigint,
	refresh_token text,
	mfa_challenge text,
	device_token text
);

ALTER TYPE identity.session_grant OWNER TO app_owner;

--
-- Name: TYPE session_grant; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON TYPE identity.session_grant IS 'What a sign-in or refresh grants: the access token''s claims (role, user, session id, issued-at, expiry, assurance level, auth_time; the server signs them), the refresh token, and after a sign-in that handed one out the device token (keep it on the device, present it at later sign-ins). When a second factor is needed: role `mfa_required`, exp and mfa_challenge only.';

--
-- Name: normalize_email(text); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.normalize_email(email text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
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
$_$;

ALTER FUNCTION identity.normalize_email(email text) OWNER TO app_owner;

--
-- Name: FUNCTION normalize_email(email text); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.normalize_email(email text) IS '@behavior -*
The form in which the kit stores and compares an email address: Unicode NFC, ASCII letters in lower case (other characters exactly as given), the domain in ASCII (IDNA A-labels); NULL when the address is not valid. The same on every database locale.';

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: user_emails; Type: TABLE; Schema: identity; Owner: app_owner
--

CREATE TABLE identity.user_emails (
    id bigint NOT NULL,
    user_uuid uuid NOT NULL,
    email text NOT NULL,
    is_verified boolean DEFAULT false NOT NULL,
    is_primary boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_emails_email_format CHECK ((NOT (identity.normalize_email(email) IS DISTINCT FROM email)))
);

ALTER TABLE identity.user_emails OWNER TO app_owner;

--
-- Name: TABLE user_emails; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON TABLE identity.user_emails IS 'An email address of an account. A verified address belongs to one account; an unverified one may be claimed by several, and the claims of others go when one of them verifies it.';

--
-- Name: COLUMN user_emails.id; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_emails.id IS 'The email row''s identifier.';

--
-- Name: COLUMN user_emails.user_uuid; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_emails.user_uuid IS 'The account the address belongs to.';

--
-- Name: COLUMN user_emails.email; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_emails.email IS 'The address in normalised form (normalize_email): where mail for it goes. Unique among verified addresses and within an account.';

--
-- Name: COLUMN user_emails.is_verified; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_emails.is_verified IS 'True once the owner proved they receive mail at this address.';

--
-- Name: COLUMN user_emails.is_primary; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_emails.is_primary IS 'The address used for account mail; at most one per account.';

--
-- Name: COLUMN user_emails.created_at; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_emails.created_at IS 'When the address was added; never changes.';

--
-- Name: add_email(text); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.add_email(email text) RETURNS identity.user_emails
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity.add_email(email text) OWNER TO app_owner;

--
-- Name: FUNCTION add_email(email text); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.add_email(email text) IS 'Adds an unverified email address (stored normalised) to the signed-in user''s account (audited), or returns it when it is there already. Never tells whether another account verified the address: such a claim is stored but can never be verified. Needs a recent sign-in or reauthenticate; throttled. Errors: LOGIN, REAUT, THROT, BADEM.';

--
-- Name: authenticate(text, text, inet, text, text, text); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.authenticate(login text, password text, ip_address inet DEFAULT NULL::inet, user_agent text DEFAULT NULL::text, device_fingerprint text DEFAULT NULL::text, device_token text DEFAULT NULL::text) RETURNS identity.session_grant
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $_$
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
$_$;

ALTER FUNCTION identity.authenticate(login text, password text, ip_address inet, user_agent text, device_fingerprint text, device_token text) OWNER TO app_owner;

--
-- Name: FUNCTION authenticate(login text, password text, ip_address inet, user_agent text, device_fingerprint text, device_token text); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.authenticate(login text, password text, ip_address inet, user_agent text, device_fingerprint text, device_token text) IS '@behavior -*
Signs in with a username (any letter case) or a verified email address and a password and creates a session (assurance level 1). Returns its grant (access-token claims, refresh token and, unless a valid one was presented, a new device token to keep on the device), or NULL for any failure (unknown login, unverified address, wrong password, inactive account, locked identifier, throttled client or identifier) without saying which; with an authenticator app enabled, role `mfa_required` and an mfa_challenge instead, and no session. A valid device_token of the account counts failures per device, so wrong passwords from elsewhere never lock that device out. Every attempt is audited, with the client address the server saw; throttled attempts once per window.';

--
-- Name: change_password(text, text); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.change_password(old_password text, new_password text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity.change_password(old_password text, new_password text) OWNER TO app_owner;

--
-- Name: FUNCTION change_password(old_password text, new_password text); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.change_password(old_password text, new_password text) IS 'Changes the signed-in user''s password and ends their other sessions. Returns false (and audits the failure) when old_password is wrong. Errors: LOGIN, WEAKP, LONGP.';

--
-- Name: complete_mfa_login(text, text, inet, text, text, text); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.complete_mfa_login(mfa_challenge text, code text, ip_address inet DEFAULT NULL::inet, user_agent text DEFAULT NULL::text, device_fingerprint text DEFAULT NULL::text, device_token text DEFAULT NULL::text) RETURNS identity.session_grant
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $_$
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
$_$;

ALTER FUNCTION identity.complete_mfa_login(mfa_challenge text, code text, ip_address inet, user_agent text, device_fingerprint text, device_token text) OWNER TO app_owner;

--
-- Name: FUNCTION complete_mfa_login(mfa_challenge text, code text, ip_address inet, user_agent text, device_fingerprint text, device_token text); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.complete_mfa_login(mfa_challenge text, code text, ip_address inet, user_agent text, device_fingerprint text, device_token text) IS '@behavior -*
The second step of a sign-in: the mfa_challenge from authenticate and a current authenticator code or an unused recovery code. Creates the session at assurance level 2 and returns its grant (with a new device token unless a valid one was presented), or NULL for any failure (counted towards lockout, per device with a valid device token, and audited; throttled per client and account, audited once per window).';

--
-- Name: confirm_totp(text); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.confirm_totp(code text) RETURNS boolean
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity.confirm_totp(code text) OWNER TO app_owner;

--
-- Name: FUNCTION confirm_totp(code text); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.confirm_totp(code text) IS 'Enables the enrolled authenticator app with its first valid code (audited); false for a wrong code. Needs a recent sign-in or reauthenticate. Errors: LOGIN, REAUT, MFANF.';

--
-- Name: current_session_id(); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.current_session_id() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select nullif(current_setting('jwt.claims.session_id', true), '')::uuid where identity.current_user_uuid() is not null
$$;

ALTER FUNCTION identity.current_session_id() OWNER TO app_owner;

--
-- Name: FUNCTION current_session_id(); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.current_session_id() IS 'The id of the live session making this request; NULL when nobody is signed in.';

--
-- Name: users; Type: TABLE; Schema: identity; Owner: app_owner
--

CREATE TABLE identity.users (
    uuid uuid DEFAULT gen_random_uuid() NOT NULL,
    id bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    last_login_at timestamp with time zone
);

ALTER TABLE identity.users OWNER TO app_owner;

--
-- Name: TABLE users; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON TABLE identity.users IS 'A user account. Profile, emails, roles and status hang off it by `user_uuid`.';

--
-- Name: COLUMN users.uuid; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.users.uuid IS 'The account''s stable public identifier.';

--
-- Name: COLUMN users.id; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.users.id IS 'A compact sequential number for the account (internal references, support tickets).';

--
-- Name: COLUMN users.created_at; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.users.created_at IS 'When the account was created; never changes.';

--
-- Name: COLUMN users.updated_at; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.users.updated_at IS 'When the account row last changed.';

--
-- Name: COLUMN users.last_login_at; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.users.last_login_at IS 'When the account last signed in successfully; NULL if never.';

--
-- Name: current_user(); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity."current_user"() RETURNS identity.users
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select u.* from identity.users u where u.uuid = identity.current_user_uuid()
$$;

ALTER FUNCTION identity."current_user"() OWNER TO app_owner;

--
-- Name: FUNCTION "current_user"(); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity."current_user"() IS 'The signed-in user, or NULL when nobody is signed in.';

--
-- Name: current_user_is_admin(); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.current_user_is_admin() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE
    SET search_path TO 'pg_catalog'
    AS $$
  select exists (
    select 1
    from identity.user_roles ur
    join identity.roles r on r.role_id = ur.role_id
    where ur.user_uuid = identity.current_user_uuid() and r.role_name = 'admin'
  )
$$;

ALTER FUNCTION identity.current_user_is_admin() OWNER TO app_owner;

--
-- Name: FUNCTION current_user_is_admin(); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.current_user_is_admin() IS 'True when the signed-in user holds the `admin` role.';

--
-- Name: current_user_uuid(); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.current_user_uuid() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select s.user_uuid
  from identity.user_sessions s
  join identity.user_status st on st.user_uuid = s.user_uuid
  where s.id = nullif(current_setting('jwt.claims.session_id', true), '')::uuid
    and s.user_uuid = nullif(current_setting('jwt.claims.user_uuid', true), '')::uuid
    and s.revoked_at is null
    and s.expires_at > now()
    and st.status = 'active'
$$;

ALTER FUNCTION identity.current_user_uuid() OWNER TO app_owner;

--
-- Name: FUNCTION current_user_uuid(); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.current_user_uuid() IS 'The signed-in user''s uuid: the account of the session named by the transaction-local settings `jwt.claims.session_id` and `jwt.claims.user_uuid`, while that session is live (not revoked, not expired) and the account active; NULL otherwise. Sign-out and suspension take effect at the next statement.';

--
-- Name: deactivate_my_account(text); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.deactivate_my_account(reason text DEFAULT NULL::text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  v_user_uuid uuid := identity_private.assert_recently_authenticated();
begin
  return identity_private.change_status(v_user_uuid, 'deactivated', reason, v_user_uuid);
end;
$$;

ALTER FUNCTION identity.deactivate_my_account(reason text) OWNER TO app_owner;

--
-- Name: FUNCTION deactivate_my_account(reason text); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.deactivate_my_account(reason text) IS 'Deactivates the signed-in user''s own account (audited) and ends all its sessions for good. Needs a recent sign-in or reauthenticate. Errors: LOGIN, REAUT, BADRS, LSTAD (the last active administrator).';

--
-- Name: disable_totp(text); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.disable_totp(code text) RETURNS boolean
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity.disable_totp(code text) OWNER TO app_owner;

--
-- Name: FUNCTION disable_totp(code text); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.disable_totp(code text) IS 'Disables the signed-in user''s authenticator app (and drops the recovery codes), confirmed by a current code (audited); false for a wrong code, which counts towards the account lockout. Needs a recent sign-in or reauthenticate. Errors: LOGIN, REAUT, MFANF.';

--
-- Name: enrol_totp(); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.enrol_totp() RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity.enrol_totp() OWNER TO app_owner;

--
-- Name: FUNCTION enrol_totp(); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.enrol_totp() IS 'Starts enrolling an authenticator app: returns its secret once, as an otpauth:// URI (show it as a QR code). The factor works only after confirm_totp. Needs a recent sign-in or reauthenticate; audited. Errors: LOGIN, REAUT, MFAON, KEYMS.';

--
-- Name: generate_recovery_codes(text); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.generate_recovery_codes(code text DEFAULT NULL::text) RETURNS SETOF text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity.generate_recovery_codes(code text) OWNER TO app_owner;

--
-- Name: FUNCTION generate_recovery_codes(code text); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.generate_recovery_codes(code text) IS 'Replaces the signed-in user''s recovery codes with 10 new ones, shown this once (audited); each works once in place of an authenticator code. Once an authenticator app is enabled, a current code from it is required: otherwise no codes are returned (the failure is audited and counts towards the lockout) and the old ones stay valid. Needs a recent sign-in or reauthenticate. Errors: LOGIN, REAUT.';

--
-- Name: grant_role(uuid, text); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.grant_role(user_uuid uuid, role_name text) RETURNS boolean
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity.grant_role(user_uuid uuid, role_name text) OWNER TO app_owner;

--
-- Name: FUNCTION grant_role(user_uuid uuid, role_name text); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.grant_role(user_uuid uuid, role_name text) IS 'Administrators: grants a role to another user (false when already held); nobody grants roles to themselves. Errors: LOGIN, FORBD, ROLNF, USRNF.';

--
-- Name: user_auth_providers; Type: TABLE; Schema: identity; Owner: app_owner
--

CREATE TABLE identity.user_auth_providers (
    id bigint NOT NULL,
    user_uuid uuid NOT NULL,
    provider_name character varying(50) NOT NULL,
    external_user_id character varying(255) NOT NULL,
    access_token bytea,
    refresh_token bytea,
    token_expires_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    token_key_id text,
    CONSTRAINT user_auth_providers_external_user_id_length CHECK (((char_length((external_user_id)::text) >= 1) AND (char_length((external_user_id)::text) <= 255))),
    CONSTRAINT user_auth_providers_provider_name_format CHECK (((provider_name)::text ~ '^[a-z][a-z0-9_.-]{0,49}$'::text))
);

ALTER TABLE identity.user_auth_providers OWNER TO app_owner;

--
-- Name: TABLE user_auth_providers; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON TABLE identity.user_auth_providers IS 'An external identity provider account linked to a user. One external account links to at most one user.';

--
-- Name: COLUMN user_auth_providers.id; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_auth_providers.id IS 'The link''s identifier.';

--
-- Name: COLUMN user_auth_providers.user_uuid; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_auth_providers.user_uuid IS 'The account the provider identity is linked to.';

--
-- Name: COLUMN user_auth_providers.provider_name; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_auth_providers.provider_name IS 'The provider, e.g. `github` or `google`.';

--
-- Name: COLUMN user_auth_providers.external_user_id; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_auth_providers.external_user_id IS 'The user''s identifier at the provider.';

--
-- Name: COLUMN user_auth_providers.access_token; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_auth_providers.access_token IS '@behavior -*
The provider access token, encrypted; never readable by API roles.';

--
-- Name: COLUMN user_auth_providers.refresh_token; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_auth_providers.refresh_token IS '@behavior -*
The provider refresh token, encrypted; never readable by API roles.';

--
-- Name: COLUMN user_auth_providers.token_expires_at; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_auth_providers.token_expires_at IS 'When the access token expires.';

--
-- Name: COLUMN user_auth_providers.created_at; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_auth_providers.created_at IS 'When the provider was linked; never changes.';

--
-- Name: COLUMN user_auth_providers.token_key_id; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_auth_providers.token_key_id IS '@behavior -*
Id of the key the tokens are encrypted with.';

--
-- Name: link_provider(text, text, text, text, timestamp with time zone); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.link_provider(provider_name text, external_user_id text, access_token text DEFAULT NULL::text, refresh_token text DEFAULT NULL::text, token_expires_at timestamp with time zone DEFAULT NULL::timestamp with time zone) RETURNS identity.user_auth_providers
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity.link_provider(provider_name text, external_user_id text, access_token text, refresh_token text, token_expires_at timestamp with time zone) OWNER TO app_owner;

--
-- Name: FUNCTION link_provider(provider_name text, external_user_id text, access_token text, refresh_token text, token_expires_at timestamp with time zone); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.link_provider(provider_name text, external_user_id text, access_token text, refresh_token text, token_expires_at timestamp with time zone) IS '@behavior -*
For the application server''s OAuth callback: links an external account to the signed-in user (or refreshes its tokens), storing the tokens encrypted (audited). Needs a recent sign-in or reauthenticate. Errors: LOGIN, REAUT, PRTKN, KEYMS, 23514.';

--
-- Name: linked_provider_tokens(bigint); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.linked_provider_tokens(provider_id bigint, OUT access_token text, OUT refresh_token text, OUT token_expires_at timestamp with time zone) RETURNS record
    LANGUAGE plpgsql STABLE STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity.linked_provider_tokens(provider_id bigint, OUT access_token text, OUT refresh_token text, OUT token_expires_at timestamp with time zone) OWNER TO app_owner;

--
-- Name: FUNCTION linked_provider_tokens(provider_id bigint, OUT access_token text, OUT refresh_token text, OUT token_expires_at timestamp with time zone); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.linked_provider_tokens(provider_id bigint, OUT access_token text, OUT refresh_token text, OUT token_expires_at timestamp with time zone) IS '@behavior -*
For the application server: the decrypted tokens of one of the signed-in user''s linked providers; the only way to read them. Errors: LOGIN, PRVNF, KEYMS.';

--
-- Name: make_email_primary(bigint); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.make_email_primary(email_id bigint) RETURNS identity.user_emails
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity.make_email_primary(email_id bigint) OWNER TO app_owner;

--
-- Name: FUNCTION make_email_primary(email_id bigint); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.make_email_primary(email_id bigint) IS 'Makes a verified email address of the signed-in user primary (audited). Needs a recent sign-in or reauthenticate. Errors: LOGIN, REAUT, EMLNF, EMUNV.';

--
-- Name: user_sessions; Type: TABLE; Schema: identity; Owner: app_owner
--

CREATE TABLE identity.user_sessions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_uuid uuid NOT NULL,
    device_id bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    refreshed_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    aal smallint NOT NULL,
    authenticated_at timestamp with time zone NOT NULL,
    ip_address inet,
    user_agent text,
    revoked_at timestamp with time zone,
    revoke_reason text,
    revoked_by uuid,
    CONSTRAINT user_sessions_aal_known CHECK ((aal = ANY (ARRAY[1, 2]))),
    CONSTRAINT user_sessions_expiry_after_creation CHECK ((expires_at > created_at)),
    CONSTRAINT user_sessions_revoke_reason_known CHECK ((revoke_reason = ANY (ARRAY['sign_out'::text, 'revoked_by_user'::text, 'revoked_by_admin'::text, 'password_changed'::text, 'password_reset'::text, 'account_suspended'::text, 'account_deactivated'::text, 'refresh_token_reuse'::text]))),
    CONSTRAINT user_sessions_revoked_with_reason CHECK (((revoked_at IS NULL) = (revoke_reason IS NULL))),
    CONSTRAINT user_sessions_user_agent_length CHECK ((char_length(user_agent) <= 1024))
);

ALTER TABLE identity.user_sessions OWNER TO app_owner;

--
-- Name: TABLE user_sessions; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON TABLE identity.user_sessions IS '@behavior -insert -update -delete
A session: one sign-in on one device, renewed by its refresh token until it is signed out, revoked or expires.';

--
-- Name: COLUMN user_sessions.id; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_sessions.id IS 'The session''s identifier (the `sid` claim of its access tokens).';

--
-- Name: COLUMN user_sessions.user_uuid; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_sessions.user_uuid IS 'The signed-in account.';

--
-- Name: COLUMN user_sessions.device_id; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_sessions.device_id IS 'The device the session was created on, when the client sent a device fingerprint.';

--
-- Name: COLUMN user_sessions.created_at; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_sessions.created_at IS 'When the session was created (the sign-in).';

--
-- Name: COLUMN user_sessions.refreshed_at; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_sessions.refreshed_at IS 'When the session was last refreshed: its last activity, to within one access-token lifetime.';

--
-- Name: COLUMN user_sessions.expires_at; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_sessions.expires_at IS 'Absolute expiry: the session ends then, however often it is refreshed.';

--
-- Name: COLUMN user_sessions.aal; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_sessions.aal IS 'Authentication assurance level: 1 after a password, 2 after a second factor.';

--
-- Name: COLUMN user_sessions.authenticated_at; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_sessions.authenticated_at IS 'When the user last proved who they are in this session (re-authentication checks use it).';

--
-- Name: COLUMN user_sessions.ip_address; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_sessions.ip_address IS 'The client address the server saw at sign-in.';

--
-- Name: COLUMN user_sessions.user_agent; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_sessions.user_agent IS 'The user agent the server saw at sign-in.';

--
-- Name: COLUMN user_sessions.revoked_at; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_sessions.revoked_at IS 'When the session was ended; NULL while it may be used.';

--
-- Name: COLUMN user_sessions.revoke_reason; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_sessions.revoke_reason IS 'Why it ended: sign_out, revoked_by_user, revoked_by_admin, password_changed, password_reset, account_suspended, account_deactivated or refresh_token_reuse.';

--
-- Name: COLUMN user_sessions.revoked_by; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_sessions.revoked_by IS 'Who ended it (the user, an administrator); NULL when the system did.';

--
-- Name: my_sessions(); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.my_sessions() RETURNS SETOF identity.user_sessions
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select s.* from identity.user_sessions s
  where s.user_uuid = identity.current_user_uuid()
    and s.revoked_at is null and s.expires_at > now()
    and s.refreshed_at > now() - (select session_idle_timeout from identity_private.auth_settings)
  order by s.refreshed_at desc, s.id
$$;

ALTER FUNCTION identity.my_sessions() OWNER TO app_owner;

--
-- Name: FUNCTION my_sessions(); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.my_sessions() IS 'Where the signed-in user is signed in: their live sessions, most recently active first (`isCurrent` marks this one).';

--
-- Name: normalize_username(text); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.normalize_username(username text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
  select lower(normalize(btrim(username, E' \t\r\n'), NFC) collate "C")
$$;

ALTER FUNCTION identity.normalize_username(username text) OWNER TO app_owner;

--
-- Name: FUNCTION normalize_username(username text); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.normalize_username(username text) IS '@behavior -*
The form in which the kit compares usernames: Unicode NFC, ASCII letters in lower case; the same on every database locale.';

--
-- Name: reauthenticate(text); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.reauthenticate(password text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  v_settings identity_private.auth_settings;
  v_user_uuid uuid := identity_private.assert_signed_in();
  v_key citext;
  v_ip inet := identity_private.client_ip(null);
  v_agent text := identity_private.client_user_agent(null);
  v_hash text;
  v_matches boolean;
begin
  -- The session's device signed in with the password before: its failures count under the device's key, as a
  -- sign-in presenting that device's token does, so an attacker's failures elsewhere never lock the owner
  -- out of a security setting on that device (and a stolen session's guesses lock only its own device).
  select identity_private.lockout_key(v_user_uuid, s.device_id, null) into v_key
    from identity.user_sessions s where s.id = identity.current_session_id();
  v_key := coalesce(v_key, identity_private.lockout_key(v_user_uuid, null, null));
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

ALTER FUNCTION identity.reauthenticate(password text) OWNER TO app_owner;

--
-- Name: FUNCTION reauthenticate(password text); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.reauthenticate(password text) IS 'Confirms the signed-in user''s password for security settings: true renews the session''s authenticated_at (see auth_settings.reauthentication_window). False for a wrong password (counted like a sign-in from the session''s device: under its lockout key, so failures elsewhere do not lock it; audited), while locked or throttled. Errors: LOGIN.';

--
-- Name: refresh_provider_tokens(bigint, text, text, timestamp with time zone); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.refresh_provider_tokens(provider_id bigint, access_token text, refresh_token text DEFAULT NULL::text, token_expires_at timestamp with time zone DEFAULT NULL::timestamp with time zone) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity.refresh_provider_tokens(provider_id bigint, access_token text, refresh_token text, token_expires_at timestamp with time zone) OWNER TO app_owner;

--
-- Name: FUNCTION refresh_provider_tokens(provider_id bigint, access_token text, refresh_token text, token_expires_at timestamp with time zone); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.refresh_provider_tokens(provider_id bigint, access_token text, refresh_token text, token_expires_at timestamp with time zone) IS '@behavior -*
For the application server: stores new tokens for one of the signed-in user''s linked providers (the refresh token is kept when NULL). Errors: LOGIN, PRVNF, KEYMS.';

--
-- Name: refresh_session(text); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.refresh_session(refresh_token text) RETURNS identity.session_grant
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $_$
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
$_$;

ALTER FUNCTION identity.refresh_session(refresh_token text) OWNER TO app_owner;

--
-- Name: FUNCTION refresh_session(refresh_token text); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.refresh_session(refresh_token text) IS '@behavior -*
Exchanges a refresh token for a new access-token grant and the next refresh token, within the session''s idle and absolute limits and while the account is active. The token that was just rotated away returns the same successor for refresh_reuse_interval (racing tabs); any other earlier token of the session is reuse and ends the session (audited). NULL for every failure, without saying which.';

--
-- Name: register_user(text, text, text, text); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.register_user(username text, email text, password text, display_name text DEFAULT NULL::text) RETURNS identity.users
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $_$
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
$_$;

ALTER FUNCTION identity.register_user(username text, email text, password text, display_name text) OWNER TO app_owner;

--
-- Name: FUNCTION register_user(username text, email text, password text, display_name text); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.register_user(username text, email text, password text, display_name text) IS 'Creates an account with its profile, primary email (unverified), `user` role and password, and records a `register` event. NULL when the username is taken (any letter case); the typed client and the GraphQL API turn it into the error UNTKN once the call''s throttle count is committed. An address another account verified is accepted as an unverified claim, like any other: it can never be verified nor sign in, and the answer does not tell. Throttled per client and per address. Errors: THROT, BADEM, BADUN, BADDN, WEAKP, LONGP (and UNTKN from the API layers).';

--
-- Name: remove_email(bigint); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.remove_email(email_id bigint) RETURNS boolean
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity.remove_email(email_id bigint) OWNER TO app_owner;

--
-- Name: FUNCTION remove_email(email_id bigint); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.remove_email(email_id bigint) IS 'Removes one of the signed-in user''s email addresses, never the primary or the last one. Errors: LOGIN, EMLNF, EMPRM, EMLST.';

--
-- Name: request_email_verification(bigint); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.request_email_verification(email_id bigint, OUT recipient text, OUT token text) RETURNS record
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity.request_email_verification(email_id bigint, OUT recipient text, OUT token text) OWNER TO app_owner;

--
-- Name: FUNCTION request_email_verification(email_id bigint, OUT recipient text, OUT token text); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.request_email_verification(email_id bigint, OUT recipient text, OUT token text) IS '@behavior -*
For the application server: a single-use verification token (valid 24 hours) and `recipient`, the stored address to mail it to (never what the caller typed). Token NULL when the address is verified already; a decoy that never works when another account verified it (nobody learns which). Errors: LOGIN, EMLNF.';

--
-- Name: request_password_reset(text); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.request_password_reset(email text, OUT recipient text, OUT token text) RETURNS record
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity.request_password_reset(email text, OUT recipient text, OUT token text) OWNER TO app_owner;

--
-- Name: FUNCTION request_password_reset(email text, OUT recipient text, OUT token text); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.request_password_reset(email text, OUT recipient text, OUT token text) IS '@behavior -*
For the application server: a password-reset token (valid 1 hour) and `recipient`, the stored address to mail it to (never what the caller typed). Only a verified address gets a real token; an unverified or unknown one gets a decoy of the same shape that never works, so nobody learns which. Throttled per client and per address. Not exposed through GraphQL. Errors: THROT, BADEM.';

--
-- Name: reset_password(text, text); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.reset_password(token text, new_password text) RETURNS boolean
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity.reset_password(token text, new_password text) OWNER TO app_owner;

--
-- Name: FUNCTION reset_password(token text, new_password text); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.reset_password(token text, new_password text) IS 'Sets a new password with a reset token (true), lifts the account''s lockout and ends every session of the account. False for every bad token (unknown, expired, used, wrong, decoy) alike; the typed client and the GraphQL API turn it into the error TOKEN once the call''s throttle count is committed. Throttled per client. Errors: THROT, WEAKP, LONGP (and TOKEN from the API layers).';

--
-- Name: revoke_role(uuid, text); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.revoke_role(user_uuid uuid, role_name text) RETURNS boolean
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity.revoke_role(user_uuid uuid, role_name text) OWNER TO app_owner;

--
-- Name: FUNCTION revoke_role(user_uuid uuid, role_name text); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.revoke_role(user_uuid uuid, role_name text) IS 'Administrators: revokes a role from a user (false when not held); the last active administrator keeps `admin`. Errors: LOGIN, FORBD, ROLNF, LSTAD.';

--
-- Name: revoke_session(uuid); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.revoke_session(session_id uuid) RETURNS boolean
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  v_user_uuid uuid := identity_private.assert_signed_in();
begin
  return identity_private.revoke_sessions(v_user_uuid, 'revoked_by_user', v_user_uuid, revoke_session.session_id) > 0;
end;
$$;

ALTER FUNCTION identity.revoke_session(session_id uuid) OWNER TO app_owner;

--
-- Name: FUNCTION revoke_session(session_id uuid); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.revoke_session(session_id uuid) IS 'Ends one of the signed-in user''s own sessions by its id (audited); false when it is not theirs or already ended. Errors: LOGIN.';

--
-- Name: revoke_user_sessions(uuid); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.revoke_user_sessions(user_uuid uuid) RETURNS integer
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  v_admin uuid := identity_private.assert_admin();
begin
  if not exists (select 1 from identity.users u where u.uuid = revoke_user_sessions.user_uuid) then
    raise exception 'No such user' using errcode = 'USRNF';
  end if;
  return identity_private.revoke_sessions(revoke_user_sessions.user_uuid, 'revoked_by_admin', v_admin);
end;
$$;

ALTER FUNCTION identity.revoke_user_sessions(user_uuid uuid) OWNER TO app_owner;

--
-- Name: FUNCTION revoke_user_sessions(user_uuid uuid); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.revoke_user_sessions(user_uuid uuid) IS 'Administrators: ends every session of an account (audited, naming the administrator); returns how many. Errors: LOGIN, FORBD, USRNF.';

--
-- Name: set_account_status(uuid, identity.account_status, text); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.set_account_status(user_uuid uuid, status identity.account_status, reason text DEFAULT NULL::text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity.set_account_status(user_uuid uuid, status identity.account_status, reason text) OWNER TO app_owner;

--
-- Name: FUNCTION set_account_status(user_uuid uuid, status identity.account_status, reason text); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.set_account_status(user_uuid uuid, status identity.account_status, reason text) IS 'Administrators: suspends, reactivates or deactivates an account, with a reason (audited). Suspending or deactivating ends every session of the account for good: reactivation brings none back. Errors: LOGIN, FORBD, USRNF, BADRS, LSTAD.';

--
-- Name: sign_out(text); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.sign_out(scope text DEFAULT 'local'::text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity.sign_out(scope text) OWNER TO app_owner;

--
-- Name: FUNCTION sign_out(scope text); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.sign_out(scope text) IS '@behavior -*
Signs out: ends this session (`local`, the default), all others (`others`) or all (`global`); returns how many ended (audited). Errors: LOGIN, 22023 (another scope).';

--
-- Name: unlink_provider(bigint); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.unlink_provider(provider_id bigint) RETURNS boolean
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity.unlink_provider(provider_id bigint) OWNER TO app_owner;

--
-- Name: FUNCTION unlink_provider(provider_id bigint); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.unlink_provider(provider_id bigint) IS 'Unlinks one of the signed-in user''s external accounts. Errors: LOGIN, PRVNF.';

--
-- Name: user_sessions_device_name(identity.user_sessions); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.user_sessions_device_name(s identity.user_sessions) RETURNS text
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select d.device_name from identity.user_devices d where d.id = s.device_id
$$;

ALTER FUNCTION identity.user_sessions_device_name(s identity.user_sessions) OWNER TO app_owner;

--
-- Name: FUNCTION user_sessions_device_name(s identity.user_sessions); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.user_sessions_device_name(s identity.user_sessions) IS 'The name the user gave the session''s device, if any.';

--
-- Name: user_sessions_is_current(identity.user_sessions); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.user_sessions_is_current(s identity.user_sessions) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select s.id is not distinct from identity.current_session_id()
$$;

ALTER FUNCTION identity.user_sessions_is_current(s identity.user_sessions) OWNER TO app_owner;

--
-- Name: FUNCTION user_sessions_is_current(s identity.user_sessions); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.user_sessions_is_current(s identity.user_sessions) IS 'True for the session making this request.';

--
-- Name: verify_email(text); Type: FUNCTION; Schema: identity; Owner: app_owner
--

CREATE FUNCTION identity.verify_email(token text) RETURNS boolean
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity.verify_email(token text) OWNER TO app_owner;

--
-- Name: FUNCTION verify_email(token text); Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON FUNCTION identity.verify_email(token text) IS 'Marks the address of a verification token verified (true) and removes the unverified claims of that address by other accounts. False for every bad token (unknown, expired, used, wrong, or an address another account verified meanwhile) alike; the typed client and the GraphQL API turn it into the error TOKEN once the call''s throttle count is committed. Throttled per client. Errors: THROT (and TOKEN from the API layers).';

--
-- Name: accept_totp(bigint, text); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.accept_totp(factor_id bigint, code text) RETURNS boolean
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $_$
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
$_$;

ALTER FUNCTION identity_private.accept_totp(factor_id bigint, code text) OWNER TO app_owner;

--
-- Name: FUNCTION accept_totp(factor_id bigint, code text); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.accept_totp(factor_id bigint, code text) IS 'True when the code matches the previous, current or next step and is newer than the last accepted one, which it then becomes (no replays).';

--
-- Name: assert_account_call_allowed(text, text); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.assert_account_call_allowed(bucket text, identifier text) RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity_private.assert_account_call_allowed(bucket text, identifier text) OWNER TO app_owner;

--
-- Name: FUNCTION assert_account_call_allowed(bucket text, identifier text); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.assert_account_call_allowed(bucket text, identifier text) IS 'Throttles register_user, request_password_reset, verify_email, reset_password and add_email per client address (all together) and per identifier (per function); raises THROT over a limit. The functions check what depends on the caller''s input alone before or after it, and answer what depends on stored data without an error after it (a taken username is NULL, a bad token false), so the count of a failing call is kept (reset_password''s account rules behind a valid token are the exception).';

--
-- Name: assert_active_admin_remains(uuid); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.assert_active_admin_remains(losing uuid) RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity_private.assert_active_admin_remains(losing uuid) OWNER TO app_owner;

--
-- Name: FUNCTION assert_active_admin_remains(losing uuid); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.assert_active_admin_remains(losing uuid) IS 'Raises LSTAD when the account is the last active administrator; serialises changes to administrators.';

--
-- Name: assert_admin(); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.assert_admin() RETURNS uuid
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
declare
  v_user_uuid uuid := identity_private.assert_signed_in();
begin
  if not identity.current_user_is_admin() then
    raise exception 'Only administrators may do this' using errcode = 'FORBD';
  end if;
  return v_user_uuid;
end;
$$;

ALTER FUNCTION identity_private.assert_admin() OWNER TO app_owner;

--
-- Name: FUNCTION assert_admin(); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.assert_admin() IS 'The signed-in administrator''s uuid; raises LOGIN or FORBD otherwise.';

--
-- Name: assert_recently_authenticated(); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.assert_recently_authenticated() RETURNS uuid
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity_private.assert_recently_authenticated() OWNER TO app_owner;

--
-- Name: FUNCTION assert_recently_authenticated(); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.assert_recently_authenticated() IS 'The signed-in user''s uuid when the current session proved the password within auth_settings.reauthentication_window; raises LOGIN or REAUT otherwise.';

--
-- Name: assert_signed_in(); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.assert_signed_in() RETURNS uuid
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
declare
  v_user_uuid uuid := identity.current_user_uuid();
begin
  if v_user_uuid is null then
    raise exception 'You must be signed in' using errcode = 'LOGIN';
  end if;
  return v_user_uuid;
end;
$$;

ALTER FUNCTION identity_private.assert_signed_in() OWNER TO app_owner;

--
-- Name: FUNCTION assert_signed_in(); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.assert_signed_in() IS 'The signed-in, active user''s uuid; raises LOGIN otherwise.';

--
-- Name: assert_valid_password(text, uuid, text, text[]); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.assert_valid_password(password text, for_user uuid DEFAULT identity.current_user_uuid(), username text DEFAULT NULL::text, emails text[] DEFAULT NULL::text[]) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity_private.assert_valid_password(password text, for_user uuid, username text, emails text[]) OWNER TO app_owner;

--
-- Name: FUNCTION assert_valid_password(password text, for_user uuid, username text, emails text[]); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.assert_valid_password(password text, for_user uuid, username text, emails text[]) IS 'The password policy. Raises WEAKP, naming the rule, when the password is shorter than auth_settings.password_min_length, is on the list of common passwords, or contains the username or the part before the @ of an email address (of the account for_user, by default the signed-in user, and of the username and emails given); LONGP over bcrypt''s 72 bytes.';

--
-- Name: audit(text, uuid, inet, text, text); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.audit(event_type text, user_uuid uuid, ip_address inet DEFAULT NULL::inet, user_agent text DEFAULT NULL::text, reason text DEFAULT NULL::text) RETURNS void
    LANGUAGE sql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  insert into identity.login_audit_logs (event_type, user_uuid, ip_address, user_agent, reason)
  values (event_type, user_uuid, ip_address, left(user_agent, 1024), left(reason, 500))
$$;

ALTER FUNCTION identity_private.audit(event_type text, user_uuid uuid, ip_address inet, user_agent text, reason text) OWNER TO app_owner;

--
-- Name: FUNCTION audit(event_type text, user_uuid uuid, ip_address inet, user_agent text, reason text); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.audit(event_type text, user_uuid uuid, ip_address inet, user_agent text, reason text) IS 'Appends one security event to login_audit_logs.';

--
-- Name: auth_now(); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.auth_now() RETURNS timestamp with time zone
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog'
    AS $$
  select now() + (select clock_offset from identity_private.auth_settings)
$$;

ALTER FUNCTION identity_private.auth_now() OWNER TO app_owner;

--
-- Name: FUNCTION auth_now(); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.auth_now() IS 'The time the lockout logic uses: now() shifted by auth_settings.clock_offset.';

--
-- Name: base32_encode(bytea); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.base32_encode(data bytea) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity_private.base32_encode(data bytea) OWNER TO app_owner;

--
-- Name: FUNCTION base32_encode(data bytea); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.base32_encode(data bytea) IS 'RFC 4648 base32 without padding (TOTP secrets in otpauth URIs).';

--
-- Name: base64url_decode(text); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.base64url_decode(value text) RETURNS bytea
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path TO 'pg_catalog'
    AS $$
  select decode(rpad(translate(value, '-_', '+/'), ((char_length(value) + 3) / 4) * 4, '='), 'base64')
$$;

ALTER FUNCTION identity_private.base64url_decode(value text) OWNER TO app_owner;

--
-- Name: FUNCTION base64url_decode(value text); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.base64url_decode(value text) IS 'Decodes unpadded base64url.';

--
-- Name: base64url_encode(bytea); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.base64url_encode(value bytea) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path TO 'pg_catalog'
    AS $$
  select translate(encode(value, 'base64'), E'+/=\n', '-_')
$$;

ALTER FUNCTION identity_private.base64url_encode(value bytea) OWNER TO app_owner;

--
-- Name: FUNCTION base64url_encode(value bytea); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.base64url_encode(value bytea) IS 'Unpadded base64url of a byte string.';

--
-- Name: change_status(uuid, identity.account_status, text, uuid); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.change_status(user_uuid uuid, status identity.account_status, reason text, actor uuid) RETURNS boolean
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity_private.change_status(user_uuid uuid, status identity.account_status, reason text, actor uuid) OWNER TO app_owner;

--
-- Name: FUNCTION change_status(user_uuid uuid, status identity.account_status, reason text, actor uuid); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.change_status(user_uuid uuid, status identity.account_status, reason text, actor uuid) IS 'Sets an account''s status with a reason and audits it; false when it already had that status.';

--
-- Name: client_ip(inet); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.client_ip(argument inet) RETURNS inet
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
begin
  if current_setting('idkit.request_meta', true) is distinct from 'server' then
    return argument;
  end if;
  return nullif(current_setting('idkit.client_ip', true), '')::inet;
exception when invalid_text_representation then
  return null;
end;
$$;

ALTER FUNCTION identity_private.client_ip(argument inet) OWNER TO app_owner;

--
-- Name: FUNCTION client_ip(argument inet); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.client_ip(argument inet) IS 'The client address: the one the server saw when it set idkit.request_meta, else the argument of a trusted caller.';

--
-- Name: client_user_agent(text); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.client_user_agent(argument text) RETURNS text
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
  select left(case when current_setting('idkit.request_meta', true) is not distinct from 'server'
                   then nullif(current_setting('idkit.user_agent', true), '')
                   else argument end, 1024)
$$;

ALTER FUNCTION identity_private.client_user_agent(argument text) OWNER TO app_owner;

--
-- Name: FUNCTION client_user_agent(argument text); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.client_user_agent(argument text) IS 'The user agent: the one the server saw when it set idkit.request_meta, else the argument of a trusted caller.';

--
-- Name: complete_login(uuid, public.citext, inet, text, text, bigint); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.complete_login(user_uuid uuid, key public.citext, ip_address inet, user_agent text, device_fingerprint text, known_device_id bigint, OUT device_id bigint, OUT device_token text) RETURNS record
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity_private.complete_login(user_uuid uuid, key public.citext, ip_address inet, user_agent text, device_fingerprint text, known_device_id bigint, OUT device_id bigint, OUT device_token text) OWNER TO app_owner;

--
-- Name: FUNCTION complete_login(user_uuid uuid, key public.citext, ip_address inet, user_agent text, device_fingerprint text, known_device_id bigint, OUT device_id bigint, OUT device_token text); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.complete_login(user_uuid uuid, key public.citext, ip_address inet, user_agent text, device_fingerprint text, known_device_id bigint, OUT device_id bigint, OUT device_token text) IS 'The bookkeeping of a successful sign-in: clears the failures of its lockout key, sets last_login_at, records the device (the one of a valid device token, else by fingerprint, else a new one) and, unless a valid token came, hands out a new device token; audits. Returns the device and the new token (NULL when the presented one stays valid).';

--
-- Name: count_login_failure(public.citext); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.count_login_failure(key public.citext) RETURNS void
    LANGUAGE sql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  insert into identity_private.login_attempts as a (identifier, failed_count, first_failed_at)
    values (key, 1, identity_private.auth_now())
    on conflict (identifier) do update set
      failed_count = case when a.first_failed_at <= identity_private.auth_now() - (select lockout_window from identity_private.auth_settings)
        then 1 else a.failed_count + 1 end,
      first_failed_at = case when a.first_failed_at <= identity_private.auth_now() - (select lockout_window from identity_private.auth_settings)
        then identity_private.auth_now() else a.first_failed_at end
$$;

ALTER FUNCTION identity_private.count_login_failure(key public.citext) OWNER TO app_owner;

--
-- Name: FUNCTION count_login_failure(key public.citext); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.count_login_failure(key public.citext) IS 'Counts one failed sign-in for a lockout key, restarting the window when it has passed.';

--
-- Name: create_login_audit_partition(date); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.create_login_audit_partition(month date) RETURNS text
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    SET lock_timeout TO '500ms'
    AS $$
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

ALTER FUNCTION identity_private.create_login_audit_partition(month date) OWNER TO app_owner;

--
-- Name: FUNCTION create_login_audit_partition(month date); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.create_login_audit_partition(month date) IS 'Creates the partition of login_audit_logs for the UTC month of the given day, owned by app_owner, as a standalone table attached afterwards, so that it never blocks audit inserts; returns its name, or NULL when it exists. Each lock waits at most 500 ms (55P03: try again in a new transaction); 23514 when the default partition holds events of that month.';

--
-- Name: create_login_audit_partitions(integer, date); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.create_login_audit_partitions(months_ahead integer DEFAULT NULL::integer, from_month date DEFAULT (now())::date) RETURNS SETOF text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity_private.create_login_audit_partitions(months_ahead integer, from_month date) OWNER TO app_owner;

--
-- Name: FUNCTION create_login_audit_partitions(months_ahead integer, from_month date); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.create_login_audit_partitions(months_ahead integer, from_month date) IS 'Creates the monthly partitions of login_audit_logs from from_month''s month through months_ahead months later (default auth_settings.login_audit_months_ahead), as create_login_audit_partition does; returns the names it created and warns about months it could not create. For pg_cron; `idkit maintain` does the same one month per transaction, with retries.';

--
-- Name: decrypt_secret(bytea, text); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.decrypt_secret(ciphertext bytea, key_id text) RETURNS text
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select case when ciphertext is null then null
    else pgp_sym_decrypt(ciphertext, (select k.key from identity_private.token_key(key_id) k)) end
$$;

ALTER FUNCTION identity_private.decrypt_secret(ciphertext bytea, key_id text) OWNER TO app_owner;

--
-- Name: FUNCTION decrypt_secret(ciphertext bytea, key_id text); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.decrypt_secret(ciphertext bytea, key_id text) IS 'Decrypts a value encrypted by encrypt_secret with the key it names.';

--
-- Name: device_for_token(uuid, text); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.device_for_token(user_uuid uuid, device_token text) RETURNS bigint
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  -- The hash and the index lookup run for every caller, with a token or without, of a known account or not.
  select t.device_id
  from identity_private.user_device_tokens t join identity.user_devices d on d.id = t.device_id
  where t.token_hash = identity_private.sha256(left(coalesce(device_token, ''), 200))
    and d.user_uuid = device_for_token.user_uuid
$$;

ALTER FUNCTION identity_private.device_for_token(user_uuid uuid, device_token text) OWNER TO app_owner;

--
-- Name: FUNCTION device_for_token(user_uuid uuid, device_token text); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.device_for_token(user_uuid uuid, device_token text) IS 'The device of the account whose device token this is; NULL for no token, an unknown one, or one of another account.';

--
-- Name: drop_expired_login_audit_partitions(); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.drop_expired_login_audit_partitions() RETURNS SETOF text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity_private.drop_expired_login_audit_partitions() OWNER TO app_owner;

--
-- Name: FUNCTION drop_expired_login_audit_partitions(); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.drop_expired_login_audit_partitions() IS 'Drops every monthly partition of login_audit_logs past the retention period; returns their names. For pg_cron; `idkit maintain` does the same one partition per transaction, with retries.';

--
-- Name: drop_login_audit_partition(text); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.drop_login_audit_partition(partition_name text) RETURNS boolean
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    SET lock_timeout TO '500ms'
    AS $$
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

ALTER FUNCTION identity_private.drop_login_audit_partition(partition_name text) OWNER TO app_owner;

--
-- Name: FUNCTION drop_login_audit_partition(partition_name text); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.drop_login_audit_partition(partition_name text) IS 'Detaches and drops a monthly partition of login_audit_logs past the retention period (22023 for a younger one); returns false when there is no such partition. Waits at most 500 ms for each lock (55P03: try again later).';

--
-- Name: encrypt_secret(text); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.encrypt_secret(plaintext text, OUT key_id text, OUT ciphertext bytea) RETURNS record
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  v_key record;
begin
  select * into v_key from identity_private.token_key(null);
  key_id := v_key.kid;
  ciphertext := pgp_sym_encrypt(plaintext, v_key.key, 'cipher-algo=aes256, compress-algo=0');
end;
$$;

ALTER FUNCTION identity_private.encrypt_secret(plaintext text, OUT key_id text, OUT ciphertext bytea) OWNER TO app_owner;

--
-- Name: FUNCTION encrypt_secret(plaintext text, OUT key_id text, OUT ciphertext bytea); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.encrypt_secret(plaintext text, OUT key_id text, OUT ciphertext bytea) IS 'Encrypts with the current key (AES-256, OpenPGP); returns the key id beside the ciphertext.';

--
-- Name: format_refresh_token(uuid, bigint, bytea); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.format_refresh_token(session_id uuid, counter bigint, secret bytea) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path TO 'pg_catalog'
    AS $$
  select session_id::text || '.' || counter::text || '.' || identity_private.base64url_encode(secret)
$$;

ALTER FUNCTION identity_private.format_refresh_token(session_id uuid, counter bigint, secret bytea) OWNER TO app_owner;

--
-- Name: FUNCTION format_refresh_token(session_id uuid, counter bigint, secret bytea); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.format_refresh_token(session_id uuid, counter bigint, secret bytea) IS '`<session id>.<counter>.<secret>`: the refresh token handed to the client.';

--
-- Name: hash_password(text); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.hash_password(password text) RETURNS text
    LANGUAGE sql STRICT
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select crypt(password, gen_salt('bf', (select bcrypt_cost from identity_private.auth_settings)))
$$;

ALTER FUNCTION identity_private.hash_password(password text) OWNER TO app_owner;

--
-- Name: FUNCTION hash_password(password text); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.hash_password(password text) IS 'bcrypt hash of the password at the configured cost.';

--
-- Name: hotp(bytea, bigint); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.hotp(secret bytea, step bigint) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity_private.hotp(secret bytea, step bigint) OWNER TO app_owner;

--
-- Name: FUNCTION hotp(secret bytea, step bigint); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.hotp(secret bytea, step bigint) IS 'RFC 4226 HOTP, 6 digits, HMAC-SHA-1.';

--
-- Name: import_accounts(text, jsonb); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.import_accounts(source text, accounts jsonb) RETURNS TABLE(source_id text, outcome text, reason text, user_uuid uuid, username text, must_reset_password boolean)
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $_$
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
$_$;

ALTER FUNCTION identity_private.import_accounts(source text, accounts jsonb) OWNER TO app_owner;

--
-- Name: FUNCTION import_accounts(source text, accounts jsonb); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.import_accounts(source text, accounts jsonb) IS 'Imports one batch of accounts from another system (`idkit import`), set-based and without bcrypt work: users, profiles, addresses, roles, credentials (hashes as they come; `$2b$`/`$2y$` stored as `$2a$`), providers, status, an `imported` event each. Skips, with a reason, accounts already imported, deleted at the source, with no or an invalid address, an unsupported hash, an unknown role, an invalid or already linked provider, or a verified address another account holds. Accounts without a password get no credentials and must reset it.';

--
-- Name: import_username_base(text, text); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.import_username_base(username text, email text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
  select case
    when username ~ '^[A-Za-z][A-Za-z0-9_]{2,31}$' then username
    else (
      select case when char_length(b) >= 3 then b when b = '' then 'user' else 'user_' || b end
      from (select left(rtrim(regexp_replace(regexp_replace(
              coalesce(nullif(btrim(username), ''), split_part(email, '@', 1), ''),
              '[^A-Za-z0-9_]+', '_', 'g'), '^[^A-Za-z]+', ''), '_'), 32) as b) s
    )
  end
$_$;

ALTER FUNCTION identity_private.import_username_base(username text, email text) OWNER TO app_owner;

--
-- Name: FUNCTION import_username_base(username text, email text); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.import_username_base(username text, email text) IS 'The username an imported account asks for: the source''s when valid; else the source''s name or the address''s local part with every run of other characters turned into `_`, leading non-letters and trailing `_` dropped, cut to 32, prefixed `user_` below 3 characters (`user` when nothing is left).';

--
-- Name: is_locked(public.citext); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.is_locked(key public.citext) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select coalesce((
    select a.failed_count >= s.lockout_max_attempts and a.first_failed_at > identity_private.auth_now() - s.lockout_window
    from identity_private.login_attempts a, identity_private.auth_settings s
    where a.identifier = key
  ), false)
$$;

ALTER FUNCTION identity_private.is_locked(key public.citext) OWNER TO app_owner;

--
-- Name: FUNCTION is_locked(key public.citext); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.is_locked(key public.citext) IS 'True while a lockout key has reached the failure limit within the window.';

--
-- Name: issue_token(uuid, text, bigint, interval); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.issue_token(user_uuid uuid, purpose text, email_id bigint, lifetime interval) RETURNS text
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity_private.issue_token(user_uuid uuid, purpose text, email_id bigint, lifetime interval) OWNER TO app_owner;

--
-- Name: FUNCTION issue_token(user_uuid uuid, purpose text, email_id bigint, lifetime interval); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.issue_token(user_uuid uuid, purpose text, email_id bigint, lifetime interval) IS 'Issues a token (256 random bits, URL-safe) for an address and returns it in plain text, once.';

--
-- Name: lock_login_key(public.citext); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.lock_login_key(key public.citext) RETURNS void
    LANGUAGE sql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
  select pg_advisory_xact_lock(hashtext('pg-identity-kit:login:' || lower(key::text)))
$$;

ALTER FUNCTION identity_private.lock_login_key(key public.citext) OWNER TO app_owner;

--
-- Name: FUNCTION lock_login_key(key public.citext); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.lock_login_key(key public.citext) IS 'Serialises the attempts of one lockout key until the end of the transaction.';

--
-- Name: lockout_key(uuid, bigint, text); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.lockout_key(user_uuid uuid, device_id bigint, login text) RETURNS public.citext
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select coalesce('device:' || device_id::text, 'account:' || user_uuid::text, 'login:' || login)::citext
$$;

ALTER FUNCTION identity_private.lockout_key(user_uuid uuid, device_id bigint, login text) OWNER TO app_owner;

--
-- Name: FUNCTION lockout_key(user_uuid uuid, device_id bigint, login text); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.lockout_key(user_uuid uuid, device_id bigint, login text) IS 'The key a sign-in''s failures count under: its device (a valid device token), else its account, else the login as typed.';

--
-- Name: login_audit_month(date); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.login_audit_month(month date, OUT partition_name text, OUT starts_at timestamp with time zone, OUT ends_at timestamp with time zone) RETURNS record
    LANGUAGE sql IMMUTABLE STRICT
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
  select format('login_audit_logs_%s', to_char(month, 'YYYYMM')),
         date_trunc('month', month::timestamp) at time zone 'UTC',
         (date_trunc('month', month::timestamp) + interval '1 month') at time zone 'UTC'
$$;

ALTER FUNCTION identity_private.login_audit_month(month date, OUT partition_name text, OUT starts_at timestamp with time zone, OUT ends_at timestamp with time zone) OWNER TO app_owner;

--
-- Name: FUNCTION login_audit_month(month date, OUT partition_name text, OUT starts_at timestamp with time zone, OUT ends_at timestamp with time zone); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.login_audit_month(month date, OUT partition_name text, OUT starts_at timestamp with time zone, OUT ends_at timestamp with time zone) IS 'The name and UTC bounds of the monthly partition of login_audit_logs holding the given day.';

--
-- Name: login_audit_months_to_create(timestamp with time zone); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.login_audit_months_to_create(as_of timestamp with time zone DEFAULT now()) RETURNS SETOF date
    LANGUAGE sql STABLE STRICT
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity_private.login_audit_months_to_create(as_of timestamp with time zone) OWNER TO app_owner;

--
-- Name: FUNCTION login_audit_months_to_create(as_of timestamp with time zone); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.login_audit_months_to_create(as_of timestamp with time zone) IS 'The first days of the months, from as_of''s UTC month through auth_settings.login_audit_months_ahead months later, that have no partition of login_audit_logs yet. Changes nothing.';

--
-- Name: login_audit_partitions_to_drop(timestamp with time zone); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.login_audit_partitions_to_drop(as_of timestamp with time zone DEFAULT now()) RETURNS SETOF text
    LANGUAGE sql STABLE STRICT
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
  select c.relname::text
    from pg_inherits i
    join pg_class c on c.oid = i.inhrelid
   cross join identity_private.auth_settings s
   where i.inhparent = 'identity.login_audit_logs'::regclass
     and c.relname ~ '^login_audit_logs_[0-9]{6}$'
     and (identity_private.login_audit_month(to_date(right(c.relname, 6), 'YYYYMM'))).ends_at
         <= as_of - make_interval(months => s.login_audit_retention_months)
   order by 1
$_$;

ALTER FUNCTION identity_private.login_audit_partitions_to_drop(as_of timestamp with time zone) OWNER TO app_owner;

--
-- Name: FUNCTION login_audit_partitions_to_drop(as_of timestamp with time zone); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.login_audit_partitions_to_drop(as_of timestamp with time zone) IS 'The monthly partitions of login_audit_logs whose every event is older than auth_settings.login_audit_retention_months months at as_of, oldest first. Changes nothing.';

--
-- Name: maintain(integer); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.maintain(batch_size integer DEFAULT 1000) RETURNS TABLE(task text, deleted bigint)
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity_private.maintain(batch_size integer) OWNER TO app_owner;

--
-- Name: FUNCTION maintain(batch_size integer); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.maintain(batch_size integer) IS 'One round of cleanup: deletes up to batch_size rows of each kind that no longer serves (expired tokens and MFA challenges, failure counters past their window), skipping rows live requests hold, and returns how many per table. Call it again while any count equals batch_size; `idkit maintain` does.';

--
-- Name: next_refresh_secret(bytea, bytea, bigint); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.next_refresh_secret(rotation_key bytea, secret bytea, counter bigint) RETURNS bytea
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select hmac(secret || int8send(counter), rotation_key, 'sha256')
$$;

ALTER FUNCTION identity_private.next_refresh_secret(rotation_key bytea, secret bytea, counter bigint) OWNER TO app_owner;

--
-- Name: FUNCTION next_refresh_secret(rotation_key bytea, secret bytea, counter bigint); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.next_refresh_secret(rotation_key bytea, secret bytea, counter bigint) IS 'The refresh secret of counter `counter`, derived from the one before it: HMAC-SHA256(rotation_key, secret || counter).';

--
-- Name: pin_function_search_paths(); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.pin_function_search_paths() RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog'
    AS $$
declare
  v_path text;
  v_function regprocedure;
begin
  select 'pg_catalog, ' || string_agg(distinct quote_ident(n.nspname), ', ' order by quote_ident(n.nspname)) || ', pg_temp'
    into v_path
    from pg_extension e join pg_namespace n on n.oid = e.extnamespace
   where e.extname in ('citext', 'pgcrypto');
  if v_path is null then
    raise exception 'citext and pgcrypto are not installed';
  end if;
  -- Every function of the kit that names a schema besides pg_catalog and pg_temp in its search_path.
  for v_function in
    select p.oid::regprocedure
      from pg_proc p
     where p.pronamespace in ('identity'::regnamespace, 'identity_private'::regnamespace)
       and exists (select 1 from unnest(p.proconfig) c
                    where c like 'search_path=%' and c not in ('search_path=pg_catalog', 'search_path=pg_catalog, pg_temp'))
  loop
    execute format('alter function %s set search_path = %s', v_function, v_path);
  end loop;
end;
$$;

ALTER FUNCTION identity_private.pin_function_search_paths() OWNER TO app_owner;

--
-- Name: FUNCTION pin_function_search_paths(); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.pin_function_search_paths() IS 'Sets the search_path of every kit function that looks up extension objects to pg_catalog, the schemas of citext and pgcrypto, pg_temp: never a schema another role controls. A migration that creates such a function calls it at its end.';

--
-- Name: prepare_data_only_restore(integer); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.prepare_data_only_restore(months_back integer DEFAULT NULL::integer) RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity_private.prepare_data_only_restore(months_back integer) OWNER TO app_owner;

--
-- Name: FUNCTION prepare_data_only_restore(months_back integer); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.prepare_data_only_restore(months_back integer) IS 'Run in a freshly migrated database right before restoring a `pg_dump --data-only` of another one (same transaction): creates the audit log''s partitions from months_back months ago (default auth_settings.login_audit_retention_months) and empties the seeded tables (auth_settings, roles, common_passwords) that the dump restores. Refuses (RSTDB) once the database holds accounts.';

--
-- Name: purge_expired_mfa_challenges(integer); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.purge_expired_mfa_challenges(batch_size integer) RETURNS bigint
    LANGUAGE sql STRICT
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
  with doomed as (
    select c.id from identity_private.mfa_challenges c where c.expires_at <= now()
    order by c.expires_at limit batch_size for update skip locked
  ), gone as (
    delete from identity_private.mfa_challenges c using doomed d where c.id = d.id and c.expires_at <= now() returning 1
  )
  select count(*) from gone
$$;

ALTER FUNCTION identity_private.purge_expired_mfa_challenges(batch_size integer) OWNER TO app_owner;

--
-- Name: FUNCTION purge_expired_mfa_challenges(batch_size integer); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.purge_expired_mfa_challenges(batch_size integer) IS 'Deletes up to batch_size expired second-step challenges, used or not; returns how many.';

--
-- Name: purge_expired_tokens(integer); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.purge_expired_tokens(batch_size integer) RETURNS bigint
    LANGUAGE sql STRICT
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
  with doomed as (
    select t.id from identity_private.user_tokens t where t.expires_at <= now()
    order by t.expires_at limit batch_size for update skip locked
  ), gone as (
    delete from identity_private.user_tokens t using doomed d where t.id = d.id and t.expires_at <= now() returning 1
  )
  select count(*) from gone
$$;

ALTER FUNCTION identity_private.purge_expired_tokens(batch_size integer) OWNER TO app_owner;

--
-- Name: FUNCTION purge_expired_tokens(batch_size integer); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.purge_expired_tokens(batch_size integer) IS 'Deletes up to batch_size expired verification and reset tokens (not those a request holds); returns how many.';

--
-- Name: purge_old_login_attempts(integer); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.purge_old_login_attempts(batch_size integer) RETURNS bigint
    LANGUAGE sql STRICT
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity_private.purge_old_login_attempts(batch_size integer) OWNER TO app_owner;

--
-- Name: FUNCTION purge_old_login_attempts(batch_size integer); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.purge_old_login_attempts(batch_size integer) IS 'Deletes up to batch_size failure counters whose lockout window has passed (they lock nothing any more); returns how many.';

--
-- Name: purge_old_throttle_counters(integer); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.purge_old_throttle_counters(batch_size integer) RETURNS bigint
    LANGUAGE sql STRICT
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity_private.purge_old_throttle_counters(batch_size integer) OWNER TO app_owner;

--
-- Name: FUNCTION purge_old_throttle_counters(batch_size integer); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.purge_old_throttle_counters(batch_size integer) IS 'Deletes up to batch_size throttle counters whose window has passed; returns how many.';

--
-- Name: random_token(integer); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.random_token(bytes integer DEFAULT 24) RETURNS text
    LANGUAGE sql STRICT
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select translate(encode(gen_random_bytes(bytes), 'base64'), '+/=', '-_')
$$;

ALTER FUNCTION identity_private.random_token(bytes integer) OWNER TO app_owner;

--
-- Name: FUNCTION random_token(bytes integer); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.random_token(bytes integer) IS 'A URL-safe random string of the given number of random bytes.';

--
-- Name: user_tokens; Type: TABLE; Schema: identity_private; Owner: app_owner
--

CREATE TABLE identity_private.user_tokens (
    id bigint NOT NULL,
    user_uuid uuid NOT NULL,
    purpose text NOT NULL,
    email_id bigint NOT NULL,
    secret_hash bytea NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_tokens_purpose_known CHECK ((purpose = ANY (ARRAY['email_verification'::text, 'password_reset'::text])))
);

ALTER TABLE identity_private.user_tokens OWNER TO app_owner;

--
-- Name: TABLE user_tokens; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON TABLE identity_private.user_tokens IS 'Single-use tokens for email verification and password reset, each sent to one address; only SHA-256 hashes are stored, and a token is deleted when used.';

--
-- Name: COLUMN user_tokens.id; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.user_tokens.id IS 'Internal row id; never part of a token.';

--
-- Name: COLUMN user_tokens.user_uuid; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.user_tokens.user_uuid IS 'The account the token acts for.';

--
-- Name: COLUMN user_tokens.purpose; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.user_tokens.purpose IS '`email_verification` or `password_reset`.';

--
-- Name: COLUMN user_tokens.email_id; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.user_tokens.email_id IS 'The address the token was sent to: the one being verified, or the verified address a reset was requested for. Removing the address kills its tokens.';

--
-- Name: COLUMN user_tokens.secret_hash; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.user_tokens.secret_hash IS 'SHA-256 of the token (256 random bits); tokens are found by it.';

--
-- Name: COLUMN user_tokens.expires_at; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.user_tokens.expires_at IS 'When the token stops working.';

--
-- Name: COLUMN user_tokens.created_at; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.user_tokens.created_at IS 'When the token was issued.';

--
-- Name: redeem_token(text, text); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.redeem_token(token text, purpose text) RETURNS identity_private.user_tokens
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity_private.redeem_token(token text, purpose text) OWNER TO app_owner;

--
-- Name: FUNCTION redeem_token(token text, purpose text); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.redeem_token(token text, purpose text) IS 'Uses up a live token of the purpose and returns it; raises TOKEN, the same way, for every other token.';

--
-- Name: reencrypt_secrets(); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.reencrypt_secrets() RETURNS integer
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity_private.reencrypt_secrets() OWNER TO app_owner;

--
-- Name: FUNCTION reencrypt_secrets(); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.reencrypt_secrets() IS 'Key rotation: re-encrypts every provider token and TOTP seed not yet under the current key (with the old keys still configured); returns the rows changed.';

--
-- Name: revoke_sessions(uuid, text, uuid, uuid, uuid); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.revoke_sessions(user_uuid uuid, reason text, actor uuid, only_session uuid DEFAULT NULL::uuid, keep_session uuid DEFAULT NULL::uuid) RETURNS integer
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity_private.revoke_sessions(user_uuid uuid, reason text, actor uuid, only_session uuid, keep_session uuid) OWNER TO app_owner;

--
-- Name: FUNCTION revoke_sessions(user_uuid uuid, reason text, actor uuid, only_session uuid, keep_session uuid); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.revoke_sessions(user_uuid uuid, reason text, actor uuid, only_session uuid, keep_session uuid) IS 'Ends the live sessions of an account (only one, or all but one), recording why and who (audited once per call); returns how many.';

--
-- Name: session_grant(uuid, text); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.session_grant(session_id uuid, refresh_token text) RETURNS identity.session_grant
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity_private.session_grant(session_id uuid, refresh_token text) OWNER TO app_owner;

--
-- Name: FUNCTION session_grant(session_id uuid, refresh_token text); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.session_grant(session_id uuid, refresh_token text) IS 'The access-token claims of a session, with the refresh token to hand out beside them.';

--
-- Name: sha256(text); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.sha256(value text) RETURNS bytea
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select digest(convert_to(value, 'UTF8'), 'sha256')
$$;

ALTER FUNCTION identity_private.sha256(value text) OWNER TO app_owner;

--
-- Name: FUNCTION sha256(value text); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.sha256(value text) IS 'SHA-256 of a text (for high-entropy one-time secrets; passwords use bcrypt).';

--
-- Name: start_session(uuid, integer, bigint, inet, text); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.start_session(user_uuid uuid, aal integer, device_id bigint, ip_address inet, user_agent text) RETURNS identity.session_grant
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity_private.start_session(user_uuid uuid, aal integer, device_id bigint, ip_address inet, user_agent text) OWNER TO app_owner;

--
-- Name: FUNCTION start_session(user_uuid uuid, aal integer, device_id bigint, ip_address inet, user_agent text); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.start_session(user_uuid uuid, aal integer, device_id bigint, ip_address inet, user_agent text) IS 'Creates the session of a successful sign-in (assurance level 1 after a password, 2 after a second factor) and returns its grant.';

--
-- Name: start_session(uuid, integer, bigint, inet, text, text); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.start_session(user_uuid uuid, aal integer, device_id bigint, ip_address inet, user_agent text, device_token text) RETURNS identity.session_grant
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  v_grant identity.session_grant := identity_private.start_session(user_uuid, aal, device_id, ip_address, user_agent);
begin
  v_grant.device_token := device_token;
  return v_grant;
end;
$$;

ALTER FUNCTION identity_private.start_session(user_uuid uuid, aal integer, device_id bigint, ip_address inet, user_agent text, device_token text) OWNER TO app_owner;

--
-- Name: FUNCTION start_session(user_uuid uuid, aal integer, device_id bigint, ip_address inet, user_agent text, device_token text); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.start_session(user_uuid uuid, aal integer, device_id bigint, ip_address inet, user_agent text, device_token text) IS 'start_session, with the device token the sign-in handed out in the grant.';

--
-- Name: tg__created_at(); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.tg__created_at() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog'
    AS $$
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

ALTER FUNCTION identity_private.tg__created_at() OWNER TO app_owner;

--
-- Name: FUNCTION tg__created_at(); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.tg__created_at() IS 'Trigger: sets created_at on insert (an import keeps the source''s created_at) and keeps it immutable afterwards.';

--
-- Name: tg__timestamps(); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.tg__timestamps() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog'
    AS $$
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

ALTER FUNCTION identity_private.tg__timestamps() OWNER TO app_owner;

--
-- Name: FUNCTION tg__timestamps(); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.tg__timestamps() IS 'Trigger: sets created_at and updated_at on insert (an import keeps the source''s created_at), keeps created_at immutable and moves updated_at forward on update.';

--
-- Name: tg_login_audit_logs__append_only(); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.tg_login_audit_logs__append_only() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog'
    AS $$
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

ALTER FUNCTION identity_private.tg_login_audit_logs__append_only() OWNER TO app_owner;

--
-- Name: FUNCTION tg_login_audit_logs__append_only(); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.tg_login_audit_logs__append_only() IS 'Trigger: forbids changing or deleting audit events (dropping a whole partition is how old events expire).';

--
-- Name: tg_user_credentials__normalise_hash(); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.tg_user_credentials__normalise_hash() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog'
    AS $_$
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
$_$;

ALTER FUNCTION identity_private.tg_user_credentials__normalise_hash() OWNER TO app_owner;

--
-- Name: FUNCTION tg_user_credentials__normalise_hash(); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.tg_user_credentials__normalise_hash() IS 'Trigger: stores `$2b$` and `$2y$` bcrypt hashes as `$2a$` (the same computation in pgcrypto for passwords up to 72 bytes) and refuses, with BADHS, any hash pgcrypto''s crypt() cannot verify.';

--
-- Name: tg_user_devices__audit_forget(); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.tg_user_devices__audit_forget() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
begin
  -- Not when the device goes because its account is being deleted: there is nobody left to audit.
  if exists (select 1 from identity.users u where u.uuid = old.user_uuid) then
    perform identity_private.audit('device_forgotten', old.user_uuid);
  end if;
  return null;
end;
$$;

ALTER FUNCTION identity_private.tg_user_devices__audit_forget() OWNER TO app_owner;

--
-- Name: FUNCTION tg_user_devices__audit_forget(); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.tg_user_devices__audit_forget() IS 'Trigger: audits a device being forgotten.';

--
-- Name: tg_user_status__keep_while_user_exists(); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.tg_user_status__keep_while_user_exists() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog'
    AS $$
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

ALTER FUNCTION identity_private.tg_user_status__keep_while_user_exists() OWNER TO app_owner;

--
-- Name: FUNCTION tg_user_status__keep_while_user_exists(); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.tg_user_status__keep_while_user_exists() IS 'Trigger: a status row lives exactly as long as its account.';

--
-- Name: tg_users__insert_status(); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.tg_users__insert_status() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog'
    AS $$
begin
  insert into identity.user_status (user_uuid, status) values (new.uuid, 'active');
  return null;
end;
$$;

ALTER FUNCTION identity_private.tg_users__insert_status() OWNER TO app_owner;

--
-- Name: FUNCTION tg_users__insert_status(); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.tg_users__insert_status() IS 'Trigger: gives every new account its one status row, so no account ever lacks one.';

--
-- Name: throttle(text, text, text, integer, inet, text); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.throttle(bucket text, scope text, value text, max_hits integer, ip_address inet, user_agent text) RETURNS boolean
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity_private.throttle(bucket text, scope text, value text, max_hits integer, ip_address inet, user_agent text) OWNER TO app_owner;

--
-- Name: FUNCTION throttle(bucket text, scope text, value text, max_hits integer, ip_address inet, user_agent text); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.throttle(bucket text, scope text, value text, max_hits integer, ip_address inet, user_agent text) IS 'Counts one call of a bucket for a client address or identifier and says whether it is within max_hits for the current window. The first refusal of a window is audited (`throttled`), later ones are not. A NULL value is not counted.';

--
-- Name: token_key(text); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.token_key(key_id text DEFAULT NULL::text) RETURNS TABLE(kid text, key text)
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
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

ALTER FUNCTION identity_private.token_key(key_id text) OWNER TO app_owner;

--
-- Name: FUNCTION token_key(key_id text); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.token_key(key_id text) IS 'The encryption key with this id (the current key when NULL) from the setting idkit.token_keys; raises KEYMS when missing.';

--
-- Name: totp_step(timestamp with time zone); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.totp_step(at timestamp with time zone) RETURNS bigint
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
  select floor(extract(epoch from at) / 30)::bigint
$$;

ALTER FUNCTION identity_private.totp_step(at timestamp with time zone) OWNER TO app_owner;

--
-- Name: FUNCTION totp_step(at timestamp with time zone); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.totp_step(at timestamp with time zone) IS 'The RFC 6238 time step (30 seconds) of a moment.';

--
-- Name: user_uuid_for_login(text); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.user_uuid_for_login(login text) RETURNS uuid
    LANGUAGE sql STABLE STRICT
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
  select case when position('@' in login) > 0 then
    (select e.user_uuid from identity.user_emails e
      where e.email = identity.normalize_email(login) and e.is_verified)
  else
    (select p.user_uuid from identity.user_profiles p
      where identity.normalize_username(p.username) = identity.normalize_username(login))
  end
$$;

ALTER FUNCTION identity_private.user_uuid_for_login(login text) OWNER TO app_owner;

--
-- Name: FUNCTION user_uuid_for_login(login text); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.user_uuid_for_login(login text) IS 'The account a sign-in identifier names: a username (any letter case), or an email address only when verified; NULL otherwise. The rules of normalize_email and normalize_username, whatever the database locale.';

--
-- Name: verify_password(uuid, text); Type: FUNCTION; Schema: identity_private; Owner: app_owner
--

CREATE FUNCTION identity_private.verify_password(user_uuid uuid, password text) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select coalesce((
    select c.password_hash = crypt(verify_password.password, c.password_hash)
    from identity_private.user_credentials c
    where c.user_uuid = verify_password.user_uuid
  ) and octet_length(verify_password.password) <= 72, false)
$$;

ALTER FUNCTION identity_private.verify_password(user_uuid uuid, password text) OWNER TO app_owner;

--
-- Name: FUNCTION verify_password(user_uuid uuid, password text); Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON FUNCTION identity_private.verify_password(user_uuid uuid, password text) IS 'True when the password matches the user''s stored hash; false for unknown users and passwords over 72 bytes.';

--
-- Name: login_audit_logs; Type: TABLE; Schema: identity; Owner: app_owner
--

CREATE TABLE identity.login_audit_logs (
    id bigint NOT NULL,
    user_uuid uuid,
    event_type character varying(32) NOT NULL,
    ip_address inet,
    user_agent text,
    event_at timestamp with time zone DEFAULT now() NOT NULL,
    reason text,
    CONSTRAINT login_audit_logs_event_type_known CHECK (((event_type)::text = ANY ((ARRAY['register'::character varying, 'login_success'::character varying, 'login_failure'::character varying, 'login_locked'::character varying, 'password_change'::character varying, 'password_reset_request'::character varying, 'password_reset'::character varying, 'email_added'::character varying, 'email_removed'::character varying, 'email_verified'::character varying, 'email_primary_changed'::character varying, 'provider_linked'::character varying, 'provider_unlinked'::character varying, 'mfa_enrolled'::character varying, 'mfa_disabled'::character varying, 'mfa_challenge'::character varying, 'mfa_success'::character varying, 'mfa_failure'::character varying, 'recovery_codes_generated'::character varying, 'device_new'::character varying, 'device_forgotten'::character varying, 'role_granted'::character varying, 'role_revoked'::character varying, 'status_changed'::character varying, 'sign_out'::character varying, 'session_revoked'::character varying, 'refresh_token_reuse'::character varying, 'reauthenticated'::character varying, 'mfa_enrolment_started'::character varying, 'throttled'::character varying, 'imported'::character varying])::text[]))),
    CONSTRAINT login_audit_logs_reason_length CHECK ((char_length(reason) <= 500)),
    CONSTRAINT login_audit_logs_user_agent_length CHECK ((char_length(user_agent) <= 1024))
)
PARTITION BY RANGE (event_at);

ALTER TABLE identity.login_audit_logs OWNER TO app_owner;

--
-- Name: TABLE login_audit_logs; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON TABLE identity.login_audit_logs IS '@behavior -insert -update -delete
One row per security event of an account (sign-in, failure, lockout, password change...). Append-only.';

--
-- Name: COLUMN login_audit_logs.id; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.login_audit_logs.id IS 'The event''s identifier.';

--
-- Name: COLUMN login_audit_logs.user_uuid; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.login_audit_logs.user_uuid IS 'The account concerned; NULL for a sign-in attempt that matched no account, or once the account is deleted.';

--
-- Name: COLUMN login_audit_logs.event_type; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.login_audit_logs.event_type IS 'What happened. One of: register, login_success (a session was created), login_failure, login_locked, password_change, password_reset_request, password_reset, email_added, email_removed, email_verified, email_primary_changed, provider_linked, provider_unlinked, mfa_enrolled, mfa_enrolment_started, mfa_disabled, mfa_challenge, mfa_success, mfa_failure, recovery_codes_generated, device_new, device_forgotten, role_granted, role_revoked, status_changed, sign_out, session_revoked, refresh_token_reuse, reauthenticated (the password was confirmed for security settings), throttled (a client or identifier went over a throttle limit; once per window), imported (the account came from another system by `idkit import`).';

--
-- Name: COLUMN login_audit_logs.ip_address; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.login_audit_logs.ip_address IS 'The client''s IP address, when known.';

--
-- Name: COLUMN login_audit_logs.user_agent; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.login_audit_logs.user_agent IS 'The client''s user agent, when known.';

--
-- Name: COLUMN login_audit_logs.event_at; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.login_audit_logs.event_at IS 'When it happened.';

--
-- Name: COLUMN login_audit_logs.reason; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.login_audit_logs.reason IS '@behavior -*
Why a sign-in failed (unknown account, wrong password, suspended...): readable by administrators only.';

--
-- Name: login_audit_logs_default; Type: TABLE; Schema: identity; Owner: app_owner
--

CREATE TABLE identity.login_audit_logs_default (
    id bigint CONSTRAINT login_audit_logs_id_not_null NOT NULL,
    user_uuid uuid,
    event_type character varying(32) CONSTRAINT login_audit_logs_event_type_not_null NOT NULL,
    ip_address inet,
    user_agent text,
    event_at timestamp with time zone DEFAULT now() CONSTRAINT login_audit_logs_event_at_not_null NOT NULL,
    reason text,
    CONSTRAINT login_audit_logs_event_type_known CHECK (((event_type)::text = ANY ((ARRAY['register'::character varying, 'login_success'::character varying, 'login_failure'::character varying, 'login_locked'::character varying, 'password_change'::character varying, 'password_reset_request'::character varying, 'password_reset'::character varying, 'email_added'::character varying, 'email_removed'::character varying, 'email_verified'::character varying, 'email_primary_changed'::character varying, 'provider_linked'::character varying, 'provider_unlinked'::character varying, 'mfa_enrolled'::character varying, 'mfa_disabled'::character varying, 'mfa_challenge'::character varying, 'mfa_success'::character varying, 'mfa_failure'::character varying, 'recovery_codes_generated'::character varying, 'device_new'::character varying, 'device_forgotten'::character varying, 'role_granted'::character varying, 'role_revoked'::character varying, 'status_changed'::character varying, 'sign_out'::character varying, 'session_revoked'::character varying, 'refresh_token_reuse'::character varying, 'reauthenticated'::character varying, 'mfa_enrolment_started'::character varying, 'throttled'::character varying, 'imported'::character varying])::text[]))),
    CONSTRAINT login_audit_logs_reason_length CHECK ((char_length(reason) <= 500)),
    CONSTRAINT login_audit_logs_user_agent_length CHECK ((char_length(user_agent) <= 1024))
);

ALTER TABLE identity.login_audit_logs_default OWNER TO app_owner;

--
-- Name: TABLE login_audit_logs_default; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON TABLE identity.login_audit_logs_default IS '@behavior -*
Catch-all partition for events outside the monthly partitions.';

--
-- Name: login_audit_logs_id_seq; Type: SEQUENCE; Schema: identity; Owner: app_owner
--

ALTER TABLE identity.login_audit_logs ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME identity.login_audit_logs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: roles; Type: TABLE; Schema: identity; Owner: app_owner
--

CREATE TABLE identity.roles (
    role_id integer NOT NULL,
    role_name character varying(50) NOT NULL,
    description text,
    CONSTRAINT roles_description_length CHECK ((char_length(description) <= 500)),
    CONSTRAINT roles_role_name_format CHECK (((role_name)::text ~ '^[a-z][a-z0-9_]{1,49}$'::text))
);

ALTER TABLE identity.roles OWNER TO app_owner;

--
-- Name: TABLE roles; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON TABLE identity.roles IS 'An application role a user can hold. The `admin` role makes a session `app_admin`.';

--
-- Name: COLUMN roles.role_id; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.roles.role_id IS 'The role''s identifier.';

--
-- Name: COLUMN roles.role_name; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.roles.role_name IS 'Unique lower-case name, e.g. `user` or `admin`.';

--
-- Name: COLUMN roles.description; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.roles.description IS 'What holding the role allows.';

--
-- Name: roles_role_id_seq; Type: SEQUENCE; Schema: identity; Owner: app_owner
--

ALTER TABLE identity.roles ALTER COLUMN role_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME identity.roles_role_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: user_auth_providers_id_seq; Type: SEQUENCE; Schema: identity; Owner: app_owner
--

ALTER TABLE identity.user_auth_providers ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME identity.user_auth_providers_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: user_devices; Type: TABLE; Schema: identity; Owner: app_owner
--

CREATE TABLE identity.user_devices (
    id bigint NOT NULL,
    user_uuid uuid NOT NULL,
    device_fingerprint character varying(255),
    device_name character varying(100),
    last_seen_at timestamp with time zone DEFAULT now() NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_devices_device_fingerprint_length CHECK (((char_length((device_fingerprint)::text) >= 1) AND (char_length((device_fingerprint)::text) <= 255))),
    CONSTRAINT user_devices_device_name_length CHECK (((char_length(btrim((device_name)::text)) >= 1) AND (char_length(btrim((device_name)::text)) <= 100)))
);

ALTER TABLE identity.user_devices OWNER TO app_owner;

--
-- Name: TABLE user_devices; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON TABLE identity.user_devices IS 'A device a user signed in from, recognised by its device token (handed out at sign-in) or its fingerprint. Forgetting (deleting) a device invalidates its token.';

--
-- Name: COLUMN user_devices.id; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_devices.id IS 'The device''s identifier.';

--
-- Name: COLUMN user_devices.user_uuid; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_devices.user_uuid IS 'The account that signed in from the device.';

--
-- Name: COLUMN user_devices.device_fingerprint; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_devices.device_fingerprint IS 'An opaque fingerprint supplied by the client at sign-in; NULL for a device known by its device token only.';

--
-- Name: COLUMN user_devices.device_name; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_devices.device_name IS 'A name the user gave the device.';

--
-- Name: COLUMN user_devices.last_seen_at; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_devices.last_seen_at IS 'When the device last signed in.';

--
-- Name: COLUMN user_devices.created_at; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_devices.created_at IS 'When the device first signed in; never changes.';

--
-- Name: user_devices_id_seq; Type: SEQUENCE; Schema: identity; Owner: app_owner
--

ALTER TABLE identity.user_devices ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME identity.user_devices_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: user_emails_id_seq; Type: SEQUENCE; Schema: identity; Owner: app_owner
--

ALTER TABLE identity.user_emails ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME identity.user_emails_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: user_mfa_factors; Type: TABLE; Schema: identity; Owner: app_owner
--

CREATE TABLE identity.user_mfa_factors (
    id bigint NOT NULL,
    user_uuid uuid NOT NULL,
    factor_type character varying(20) NOT NULL,
    factor_data bytea,
    is_enabled boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    factor_key_id text,
    last_used_step bigint,
    CONSTRAINT user_mfa_factors_factor_type_known CHECK (((factor_type)::text = 'totp'::text))
);

ALTER TABLE identity.user_mfa_factors OWNER TO app_owner;

--
-- Name: TABLE user_mfa_factors; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON TABLE identity.user_mfa_factors IS 'A second factor enrolled by a user (TOTP).';

--
-- Name: COLUMN user_mfa_factors.id; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_mfa_factors.id IS 'The factor''s identifier.';

--
-- Name: COLUMN user_mfa_factors.user_uuid; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_mfa_factors.user_uuid IS 'The account the factor protects.';

--
-- Name: COLUMN user_mfa_factors.factor_type; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_mfa_factors.factor_type IS 'The kind of factor: `totp`.';

--
-- Name: COLUMN user_mfa_factors.factor_data; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_mfa_factors.factor_data IS '@behavior -*
The factor''s secret seed, encrypted; never readable by API roles.';

--
-- Name: COLUMN user_mfa_factors.is_enabled; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_mfa_factors.is_enabled IS 'True once the factor was confirmed with a first valid code.';

--
-- Name: COLUMN user_mfa_factors.created_at; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_mfa_factors.created_at IS 'When the factor was enrolled; never changes.';

--
-- Name: COLUMN user_mfa_factors.factor_key_id; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_mfa_factors.factor_key_id IS '@behavior -*
Id of the key the seed is encrypted with.';

--
-- Name: COLUMN user_mfa_factors.last_used_step; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_mfa_factors.last_used_step IS '@behavior -*
The last accepted 30-second step: codes of it or earlier steps are replays.';

--
-- Name: user_mfa_factors_id_seq; Type: SEQUENCE; Schema: identity; Owner: app_owner
--

ALTER TABLE identity.user_mfa_factors ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME identity.user_mfa_factors_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: user_profiles; Type: TABLE; Schema: identity; Owner: app_owner
--

CREATE TABLE identity.user_profiles (
    user_uuid uuid NOT NULL,
    username text NOT NULL,
    display_name character varying(100),
    avatar_object_key text,
    bio text,
    CONSTRAINT user_profiles_avatar_object_key_format CHECK ((((char_length(avatar_object_key) >= 1) AND (char_length(avatar_object_key) <= 1024)) AND (avatar_object_key ~ '^[A-Za-z0-9!_.*''()/-]+$'::text))),
    CONSTRAINT user_profiles_bio_length CHECK ((char_length(bio) <= 2000)),
    CONSTRAINT user_profiles_display_name_length CHECK (((char_length(btrim((display_name)::text)) >= 1) AND (char_length(btrim((display_name)::text)) <= 100))),
    CONSTRAINT user_profiles_username_format CHECK ((username ~ '^[A-Za-z][A-Za-z0-9_]*$'::text)),
    CONSTRAINT user_profiles_username_length CHECK (((char_length(username) >= 3) AND (char_length(username) <= 32)))
);

ALTER TABLE identity.user_profiles OWNER TO app_owner;

--
-- Name: TABLE user_profiles; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON TABLE identity.user_profiles IS 'The public face of an account: username, display name, avatar and bio.';

--
-- Name: COLUMN user_profiles.user_uuid; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_profiles.user_uuid IS 'The account this profile belongs to.';

--
-- Name: COLUMN user_profiles.username; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_profiles.username IS 'Unique sign-in name, 3 to 32 ASCII letters, digits or underscores, starting with a letter; compared without regard to letter case (normalize_username).';

--
-- Name: COLUMN user_profiles.display_name; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_profiles.display_name IS 'Name shown to others, 1 to 100 characters.';

--
-- Name: COLUMN user_profiles.avatar_object_key; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_profiles.avatar_object_key IS 'Object-storage key of the avatar image (not a URL).';

--
-- Name: COLUMN user_profiles.bio; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_profiles.bio IS 'A short self-description, at most 2000 characters.';

--
-- Name: user_roles; Type: TABLE; Schema: identity; Owner: app_owner
--

CREATE TABLE identity.user_roles (
    user_uuid uuid NOT NULL,
    role_id integer NOT NULL,
    assigned_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE identity.user_roles OWNER TO app_owner;

--
-- Name: TABLE user_roles; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON TABLE identity.user_roles IS 'Which roles an account holds. Changed only through the role functions.';

--
-- Name: COLUMN user_roles.user_uuid; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_roles.user_uuid IS 'The account holding the role.';

--
-- Name: COLUMN user_roles.role_id; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_roles.role_id IS 'The role held; a role still held cannot be deleted.';

--
-- Name: COLUMN user_roles.assigned_at; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_roles.assigned_at IS 'When the role was granted.';

--
-- Name: user_status; Type: TABLE; Schema: identity; Owner: app_owner
--

CREATE TABLE identity.user_status (
    user_uuid uuid NOT NULL,
    status identity.account_status DEFAULT 'active'::identity.account_status NOT NULL,
    deactivated_at timestamp with time zone,
    reason text,
    CONSTRAINT user_status_deactivated_at_matches_status CHECK (((status = 'deactivated'::identity.account_status) = (deactivated_at IS NOT NULL))),
    CONSTRAINT user_status_reason_length CHECK ((char_length(reason) <= 500))
);

ALTER TABLE identity.user_status OWNER TO app_owner;

--
-- Name: TABLE user_status; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON TABLE identity.user_status IS 'The account''s standing. Every account has exactly one row, created with the account.';

--
-- Name: COLUMN user_status.user_uuid; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_status.user_uuid IS 'The account.';

--
-- Name: COLUMN user_status.status; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_status.status IS '`active`, `suspended` or `deactivated`; only active accounts sign in.';

--
-- Name: COLUMN user_status.deactivated_at; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_status.deactivated_at IS 'When the account was deactivated; set exactly when status is `deactivated`.';

--
-- Name: COLUMN user_status.reason; Type: COMMENT; Schema: identity; Owner: app_owner
--

COMMENT ON COLUMN identity.user_status.reason IS 'Why the status was last changed.';

--
-- Name: users_id_seq; Type: SEQUENCE; Schema: identity; Owner: app_owner
--

ALTER TABLE identity.users ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME identity.users_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: auth_settings; Type: TABLE; Schema: identity_private; Owner: app_owner
--

CREATE TABLE identity_private.auth_settings (
    singleton boolean DEFAULT true NOT NULL,
    bcrypt_cost integer DEFAULT 10 NOT NULL,
    password_min_length integer DEFAULT 10 NOT NULL,
    lockout_max_attempts integer DEFAULT 5 NOT NULL,
    lockout_window interval DEFAULT '00:15:00'::interval NOT NULL,
    clock_offset interval DEFAULT '00:00:00'::interval NOT NULL,
    access_token_lifetime interval DEFAULT '00:05:00'::interval NOT NULL,
    session_absolute_lifetime interval DEFAULT '30 days'::interval NOT NULL,
    session_idle_timeout interval DEFAULT '7 days'::interval NOT NULL,
    refresh_reuse_interval interval DEFAULT '00:00:10'::interval NOT NULL,
    reauthentication_window interval DEFAULT '00:10:00'::interval NOT NULL,
    throttle_window interval DEFAULT '00:01:00'::interval NOT NULL,
    throttle_sign_ins_per_client integer DEFAULT 60 NOT NULL,
    throttle_sign_ins_per_identifier integer DEFAULT 10 NOT NULL,
    throttle_account_calls_per_client integer DEFAULT 20 NOT NULL,
    throttle_account_calls_per_identifier integer DEFAULT 5 NOT NULL,
    login_audit_months_ahead integer DEFAULT 3 NOT NULL,
    login_audit_retention_months integer DEFAULT 13 NOT NULL,
    CONSTRAINT auth_settings_access_token_lifetime_range CHECK (((access_token_lifetime >= '00:00:10'::interval) AND (access_token_lifetime <= '01:00:00'::interval))),
    CONSTRAINT auth_settings_bcrypt_cost_range CHECK (((bcrypt_cost >= 4) AND (bcrypt_cost <= 16))),
    CONSTRAINT auth_settings_lockout_max_attempts_positive CHECK ((lockout_max_attempts >= 1)),
    CONSTRAINT auth_settings_lockout_window_positive CHECK ((lockout_window > '00:00:00'::interval)),
    CONSTRAINT auth_settings_login_audit_months_ahead_range CHECK (((login_audit_months_ahead >= 1) AND (login_audit_months_ahead <= 24))),
    CONSTRAINT auth_settings_login_audit_retention_months_range CHECK (((login_audit_retention_months >= 1) AND (login_audit_retention_months <= 1200))),
    CONSTRAINT auth_settings_password_min_length_range CHECK (((password_min_length >= 1) AND (password_min_length <= 72))),
    CONSTRAINT auth_settings_reauthentication_window_range CHECK (((reauthentication_window >= '00:01:00'::interval) AND (reauthentication_window <= '1 day'::interval))),
    CONSTRAINT auth_settings_refresh_reuse_interval_range CHECK (((refresh_reuse_interval >= '00:00:00'::interval) AND (refresh_reuse_interval <= '00:05:00'::interval))),
    CONSTRAINT auth_settings_session_absolute_lifetime_positive CHECK ((session_absolute_lifetime > '00:00:00'::interval)),
    CONSTRAINT auth_settings_session_idle_timeout_positive CHECK ((session_idle_timeout > '00:00:00'::interval)),
    CONSTRAINT auth_settings_singleton CHECK (singleton),
    CONSTRAINT auth_settings_throttle_account_calls_per_client_positive CHECK ((throttle_account_calls_per_client >= 1)),
    CONSTRAINT auth_settings_throttle_account_calls_per_identifier_positive CHECK ((throttle_account_calls_per_identifier >= 1)),
    CONSTRAINT auth_settings_throttle_sign_ins_per_client_positive CHECK ((throttle_sign_ins_per_client >= 1)),
    CONSTRAINT auth_settings_throttle_sign_ins_per_identifier_positive CHECK ((throttle_sign_ins_per_identifier >= 1)),
    CONSTRAINT auth_settings_throttle_window_range CHECK (((throttle_window >= '00:00:01'::interval) AND (throttle_window <= '1 day'::interval)))
);

ALTER TABLE identity_private.auth_settings OWNER TO app_owner;

--
-- Name: TABLE auth_settings; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON TABLE identity_private.auth_settings IS 'Settings of the authentication functions (one row). Change them with UPDATE as the owner.';

--
-- Name: COLUMN auth_settings.singleton; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.auth_settings.singleton IS 'Always true: the table holds exactly one row.';

--
-- Name: COLUMN auth_settings.bcrypt_cost; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.auth_settings.bcrypt_cost IS 'bcrypt cost for new password hashes (default 10, OWASP''s minimum). Older hashes are upgraded at the next successful sign-in.';

--
-- Name: COLUMN auth_settings.password_min_length; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.auth_settings.password_min_length IS 'Minimum password length in characters.';

--
-- Name: COLUMN auth_settings.lockout_max_attempts; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.auth_settings.lockout_max_attempts IS 'Failed sign-ins of one login identifier within lockout_window before it is locked.';

--
-- Name: COLUMN auth_settings.lockout_window; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.auth_settings.lockout_window IS 'How long failures are counted, and how long a lock lasts from the first failure.';

--
-- Name: COLUMN auth_settings.clock_offset; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.auth_settings.clock_offset IS 'Shifts the clock of the lockout logic; for tests only, keep it at 0.';

--
-- Name: COLUMN auth_settings.access_token_lifetime; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.auth_settings.access_token_lifetime IS 'Lifetime of an access token (default 5 minutes); a refresh token renews it.';

--
-- Name: COLUMN auth_settings.session_absolute_lifetime; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.auth_settings.session_absolute_lifetime IS 'A session ends this long after its sign-in, however often it is refreshed (default 30 days).';

--
-- Name: COLUMN auth_settings.session_idle_timeout; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.auth_settings.session_idle_timeout IS 'A session that is not refreshed for this long cannot be refreshed any more (default 7 days).';

--
-- Name: COLUMN auth_settings.refresh_reuse_interval; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.auth_settings.refresh_reuse_interval IS 'Grace window after a refresh in which the refresh token just rotated away still returns the same successor (several tabs refreshing at once; default 10 seconds). Later use of it is reuse and ends the session.';

--
-- Name: COLUMN auth_settings.reauthentication_window; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.auth_settings.reauthentication_window IS 'How recently the session must have proved the password (sign-in or reauthenticate) for security settings: adding an email, making one primary, authenticator apps, recovery codes, linking a provider, deactivating the account (default 10 minutes).';

--
-- Name: COLUMN auth_settings.throttle_window; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.auth_settings.throttle_window IS 'Length of one throttling window (default 1 minute).';

--
-- Name: COLUMN auth_settings.throttle_sign_ins_per_client; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.auth_settings.throttle_sign_ins_per_client IS 'Sign-in attempts (authenticate, complete_mfa_login, reauthenticate) one client address may make per throttle window (default 60).';

--
-- Name: COLUMN auth_settings.throttle_sign_ins_per_identifier; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.auth_settings.throttle_sign_ins_per_identifier IS 'Sign-in attempts per account (or per typed login naming none) per throttle window, from all clients together (default 10).';

--
-- Name: COLUMN auth_settings.throttle_account_calls_per_client; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.auth_settings.throttle_account_calls_per_client IS 'Calls of register_user, request_password_reset, verify_email, reset_password and add_email one client address may make per throttle window (default 20).';

--
-- Name: COLUMN auth_settings.throttle_account_calls_per_identifier; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.auth_settings.throttle_account_calls_per_identifier IS 'Calls of request_password_reset per address, register_user per address and add_email per account, per throttle window (default 5).';

--
-- Name: COLUMN auth_settings.login_audit_months_ahead; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.auth_settings.login_audit_months_ahead IS 'How many months after the current one partition upkeep (`idkit maintain`) keeps ready in login_audit_logs, so that no event lands in the default partition (default 3).';

--
-- Name: COLUMN auth_settings.login_audit_retention_months; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.auth_settings.login_audit_retention_months IS 'How many months of login_audit_logs are kept (default 13): a monthly partition is dropped by `idkit maintain` once its last possible event is older than that.';

--
-- Name: common_passwords; Type: TABLE; Schema: identity_private; Owner: app_owner
--

CREATE TABLE identity_private.common_passwords (
    password text NOT NULL
);

ALTER TABLE identity_private.common_passwords OWNER TO app_owner;

--
-- Name: TABLE common_passwords; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON TABLE identity_private.common_passwords IS 'Common and breached passwords (zxcvbn-ts''s passwords-common list, ASCII letters in lower case) that the password policy refuses.';

--
-- Name: COLUMN common_passwords.password; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.common_passwords.password IS 'The password, ASCII letters in lower case.';

--
-- Name: imported_accounts; Type: TABLE; Schema: identity_private; Owner: app_owner
--

CREATE TABLE identity_private.imported_accounts (
    source text NOT NULL,
    source_id text NOT NULL,
    user_uuid uuid NOT NULL,
    imported_at timestamp with time zone DEFAULT now() NOT NULL,
    must_reset_password boolean NOT NULL,
    CONSTRAINT imported_accounts_source_format CHECK ((source ~ '^[a-z][a-z0-9_.:-]{0,99}$'::text)),
    CONSTRAINT imported_accounts_source_id_length CHECK (((char_length(source_id) >= 1) AND (char_length(source_id) <= 500)))
);

ALTER TABLE identity_private.imported_accounts OWNER TO app_owner;

--
-- Name: TABLE imported_accounts; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON TABLE identity_private.imported_accounts IS 'An account brought in by `idkit import`: its identifier in the source system and the user it became. Owner only (RLS, no policies).';

--
-- Name: COLUMN imported_accounts.source; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.imported_accounts.source IS 'Where it came from: `supabase`, `graphile-starter`, or `file` (JSON Lines and CSV alike, keyed by the normalised address, so one person in both kinds of file is imported once).';

--
-- Name: COLUMN imported_accounts.source_id; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.imported_accounts.source_id IS 'The account''s identifier in the source (its id, or its address for files).';

--
-- Name: COLUMN imported_accounts.user_uuid; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.imported_accounts.user_uuid IS 'The user it became.';

--
-- Name: COLUMN imported_accounts.imported_at; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.imported_accounts.imported_at IS 'When it was imported.';

--
-- Name: COLUMN imported_accounts.must_reset_password; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.imported_accounts.must_reset_password IS 'True when the source had no usable password: the account has no credentials and signs in only after a password reset.';

--
-- Name: login_attempts; Type: TABLE; Schema: identity_private; Owner: app_owner
--

CREATE TABLE identity_private.login_attempts (
    identifier public.citext NOT NULL,
    failed_count integer NOT NULL,
    first_failed_at timestamp with time zone NOT NULL,
    CONSTRAINT login_attempts_failed_count_positive CHECK ((failed_count >= 1)),
    CONSTRAINT login_attempts_identifier_length CHECK ((char_length((identifier)::text) <= 330))
);

ALTER TABLE identity_private.login_attempts OWNER TO app_owner;

--
-- Name: TABLE login_attempts; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON TABLE identity_private.login_attempts IS 'Failed sign-ins per account, or per typed login identifier that matches no account, for lockout.';

--
-- Name: COLUMN login_attempts.identifier; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.login_attempts.identifier IS '`device:<device id>` for a sign-in with a valid device token, `account:<uuid>` for an existing account without one, `login:<identifier as typed>` otherwise (case-insensitive).';

--
-- Name: COLUMN login_attempts.failed_count; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.login_attempts.failed_count IS 'Failures since first_failed_at.';

--
-- Name: COLUMN login_attempts.first_failed_at; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.login_attempts.first_failed_at IS 'Start of the counting window.';

--
-- Name: mfa_challenges; Type: TABLE; Schema: identity_private; Owner: app_owner
--

CREATE TABLE identity_private.mfa_challenges (
    id bigint NOT NULL,
    user_uuid uuid NOT NULL,
    secret_hash bytea NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    used_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE identity_private.mfa_challenges OWNER TO app_owner;

--
-- Name: TABLE mfa_challenges; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON TABLE identity_private.mfa_challenges IS 'Pending second steps of sign-ins (5 minutes, single use); only hashes are stored.';

--
-- Name: COLUMN mfa_challenges.id; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.mfa_challenges.id IS 'Public part of the challenge.';

--
-- Name: COLUMN mfa_challenges.user_uuid; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.mfa_challenges.user_uuid IS 'The account signing in.';

--
-- Name: COLUMN mfa_challenges.secret_hash; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.mfa_challenges.secret_hash IS 'SHA-256 of the secret part.';

--
-- Name: COLUMN mfa_challenges.expires_at; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.mfa_challenges.expires_at IS 'When the challenge stops working.';

--
-- Name: COLUMN mfa_challenges.used_at; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.mfa_challenges.used_at IS 'When the challenge was completed.';

--
-- Name: COLUMN mfa_challenges.created_at; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.mfa_challenges.created_at IS 'When the password step succeeded.';

--
-- Name: mfa_challenges_id_seq; Type: SEQUENCE; Schema: identity_private; Owner: app_owner
--

ALTER TABLE identity_private.mfa_challenges ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME identity_private.mfa_challenges_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: throttle_counters; Type: TABLE; Schema: identity_private; Owner: app_owner
--

CREATE TABLE identity_private.throttle_counters (
    bucket text NOT NULL,
    scope text NOT NULL,
    value text NOT NULL,
    window_start timestamp with time zone NOT NULL,
    hits integer NOT NULL,
    audited boolean DEFAULT false NOT NULL,
    CONSTRAINT throttle_counters_hits_positive CHECK ((hits >= 1)),
    CONSTRAINT throttle_counters_scope_known CHECK ((scope = ANY (ARRAY['client'::text, 'identifier'::text]))),
    CONSTRAINT throttle_counters_value_length CHECK ((char_length(value) <= 400))
);

ALTER TABLE identity_private.throttle_counters OWNER TO app_owner;

--
-- Name: TABLE throttle_counters; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON TABLE identity_private.throttle_counters IS 'Calls per client address or identifier in the current throttle window; rows of past windows are removed by maintain().';

--
-- Name: COLUMN throttle_counters.bucket; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.throttle_counters.bucket IS 'Which family of calls: sign_in, or the name of an account function.';

--
-- Name: COLUMN throttle_counters.scope; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.throttle_counters.scope IS 'client (value is the client address) or identifier (an account key, a login or an address).';

--
-- Name: COLUMN throttle_counters.value; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.throttle_counters.value IS 'The address or identifier counted.';

--
-- Name: COLUMN throttle_counters.window_start; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.throttle_counters.window_start IS 'When the current window began.';

--
-- Name: COLUMN throttle_counters.hits; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.throttle_counters.hits IS 'Calls counted in the current window.';

--
-- Name: COLUMN throttle_counters.audited; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.throttle_counters.audited IS 'Whether this window''s throttling has been audited (at most once per window).';

--
-- Name: user_credentials; Type: TABLE; Schema: identity_private; Owner: app_owner
--

CREATE TABLE identity_private.user_credentials (
    user_uuid uuid NOT NULL,
    password_hash text NOT NULL,
    password_changed_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_credentials_password_hash_format CHECK ((password_hash ~ '^\$2[abxy]\$[0-9]{2}\$[./A-Za-z0-9]{53}$'::text))
);

ALTER TABLE identity_private.user_credentials OWNER TO app_owner;

--
-- Name: TABLE user_credentials; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON TABLE identity_private.user_credentials IS 'Password credentials. No API role may read it; RLS with no policies denies everyone but the owner.';

--
-- Name: COLUMN user_credentials.user_uuid; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.user_credentials.user_uuid IS 'The account the password belongs to.';

--
-- Name: COLUMN user_credentials.password_hash; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.user_credentials.password_hash IS 'bcrypt hash of the password, `$2a$` or `$2x$` (`$2b$`/`$2y$` are stored as `$2a$`), verified by pgcrypto''s crypt().';

--
-- Name: COLUMN user_credentials.password_changed_at; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.user_credentials.password_changed_at IS 'When the password was last set.';

--
-- Name: user_device_tokens; Type: TABLE; Schema: identity_private; Owner: app_owner
--

CREATE TABLE identity_private.user_device_tokens (
    device_id bigint NOT NULL,
    token_hash bytea NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_device_tokens_token_hash_length CHECK ((octet_length(token_hash) = 32))
);

ALTER TABLE identity_private.user_device_tokens OWNER TO app_owner;

--
-- Name: TABLE user_device_tokens; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON TABLE identity_private.user_device_tokens IS 'The secret of each device that signed in successfully (OWASP device cookie), as SHA-256 only. A sign-in presenting it is counted towards a lockout of that device alone. Owner only (RLS, no policies).';

--
-- Name: COLUMN user_device_tokens.device_id; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.user_device_tokens.device_id IS 'The device; deleting it deletes the token.';

--
-- Name: COLUMN user_device_tokens.token_hash; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.user_device_tokens.token_hash IS 'SHA-256 of the device token; the token itself is never stored.';

--
-- Name: COLUMN user_device_tokens.created_at; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.user_device_tokens.created_at IS 'When the token was handed out.';

--
-- Name: user_recovery_codes; Type: TABLE; Schema: identity_private; Owner: app_owner
--

CREATE TABLE identity_private.user_recovery_codes (
    id bigint NOT NULL,
    user_uuid uuid NOT NULL,
    code_hash bytea NOT NULL,
    used_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE identity_private.user_recovery_codes OWNER TO app_owner;

--
-- Name: TABLE user_recovery_codes; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON TABLE identity_private.user_recovery_codes IS 'MFA recovery codes, stored as SHA-256 hashes of 80-bit random codes; each works once.';

--
-- Name: COLUMN user_recovery_codes.id; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.user_recovery_codes.id IS 'The code''s identifier.';

--
-- Name: COLUMN user_recovery_codes.user_uuid; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.user_recovery_codes.user_uuid IS 'The account the code recovers.';

--
-- Name: COLUMN user_recovery_codes.code_hash; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.user_recovery_codes.code_hash IS 'SHA-256 of the normalised code (upper case, no dashes).';

--
-- Name: COLUMN user_recovery_codes.used_at; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.user_recovery_codes.used_at IS 'When the code was used; a used code never works again.';

--
-- Name: COLUMN user_recovery_codes.created_at; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.user_recovery_codes.created_at IS 'When the batch was generated.';

--
-- Name: user_recovery_codes_id_seq; Type: SEQUENCE; Schema: identity_private; Owner: app_owner
--

ALTER TABLE identity_private.user_recovery_codes ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME identity_private.user_recovery_codes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: user_session_secrets; Type: TABLE; Schema: identity_private; Owner: app_owner
--

CREATE TABLE identity_private.user_session_secrets (
    session_id uuid NOT NULL,
    rotation_key bytea NOT NULL,
    refresh_counter bigint DEFAULT 0 NOT NULL,
    refresh_token_hash bytea NOT NULL,
    CONSTRAINT user_session_secrets_refresh_counter_nonnegative CHECK ((refresh_counter >= 0)),
    CONSTRAINT user_session_secrets_refresh_token_hash_length CHECK ((octet_length(refresh_token_hash) = 32)),
    CONSTRAINT user_session_secrets_rotation_key_length CHECK ((octet_length(rotation_key) = 32))
);

ALTER TABLE identity_private.user_session_secrets OWNER TO app_owner;

--
-- Name: TABLE user_session_secrets; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON TABLE identity_private.user_session_secrets IS 'The refresh state of a session. Neither column lets anyone resume the session: the token itself is never stored.';

--
-- Name: COLUMN user_session_secrets.session_id; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.user_session_secrets.session_id IS 'The session.';

--
-- Name: COLUMN user_session_secrets.rotation_key; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.user_session_secrets.rotation_key IS 'Random per-session key deriving each refresh secret from the previous one.';

--
-- Name: COLUMN user_session_secrets.refresh_counter; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.user_session_secrets.refresh_counter IS 'How many times the session was refreshed: the counter of the current refresh token.';

--
-- Name: COLUMN user_session_secrets.refresh_token_hash; Type: COMMENT; Schema: identity_private; Owner: app_owner
--

COMMENT ON COLUMN identity_private.user_session_secrets.refresh_token_hash IS 'SHA-256 of the current refresh token''s secret.';

--
-- Name: user_tokens_id_seq; Type: SEQUENCE; Schema: identity_private; Owner: app_owner
--

ALTER TABLE identity_private.user_tokens ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME identity_private.user_tokens_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: login_audit_logs_default; Type: TABLE ATTACH; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.login_audit_logs ATTACH PARTITION identity.login_audit_logs_default DEFAULT;

--
-- Name: login_audit_logs login_audit_logs_pkey; Type: CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.login_audit_logs
    ADD CONSTRAINT login_audit_logs_pkey PRIMARY KEY (id, event_at);

--
-- Name: login_audit_logs_default login_audit_logs_default_pkey; Type: CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.login_audit_logs_default
    ADD CONSTRAINT login_audit_logs_default_pkey PRIMARY KEY (id, event_at);

--
-- Name: roles roles_pkey; Type: CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.roles
    ADD CONSTRAINT roles_pkey PRIMARY KEY (role_id);

--
-- Name: roles roles_role_name_key; Type: CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.roles
    ADD CONSTRAINT roles_role_name_key UNIQUE (role_name);

--
-- Name: user_auth_providers user_auth_providers_external_account_unique; Type: CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.user_auth_providers
    ADD CONSTRAINT user_auth_providers_external_account_unique UNIQUE (provider_name, external_user_id);

--
-- Name: user_auth_providers user_auth_providers_pkey; Type: CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.user_auth_providers
    ADD CONSTRAINT user_auth_providers_pkey PRIMARY KEY (id);

--
-- Name: user_devices user_devices_fingerprint_per_user; Type: CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.user_devices
    ADD CONSTRAINT user_devices_fingerprint_per_user UNIQUE (user_uuid, device_fingerprint);

--
-- Name: user_devices user_devices_pkey; Type: CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.user_devices
    ADD CONSTRAINT user_devices_pkey PRIMARY KEY (id);

--
-- Name: user_emails user_emails_pkey; Type: CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.user_emails
    ADD CONSTRAINT user_emails_pkey PRIMARY KEY (id);

--
-- Name: user_mfa_factors user_mfa_factors_pkey; Type: CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.user_mfa_factors
    ADD CONSTRAINT user_mfa_factors_pkey PRIMARY KEY (id);

--
-- Name: user_profiles user_profiles_pkey; Type: CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.user_profiles
    ADD CONSTRAINT user_profiles_pkey PRIMARY KEY (user_uuid);

--
-- Name: user_roles user_roles_pkey; Type: CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.user_roles
    ADD CONSTRAINT user_roles_pkey PRIMARY KEY (user_uuid, role_id);

--
-- Name: user_sessions user_sessions_pkey; Type: CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.user_sessions
    ADD CONSTRAINT user_sessions_pkey PRIMARY KEY (id);

--
-- Name: user_status user_status_pkey; Type: CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.user_status
    ADD CONSTRAINT user_status_pkey PRIMARY KEY (user_uuid);

--
-- Name: users users_id_key; Type: CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.users
    ADD CONSTRAINT users_id_key UNIQUE (id);

--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (uuid);

--
-- Name: auth_settings auth_settings_pkey; Type: CONSTRAINT; Schema: identity_private; Owner: app_owner
--

ALTER TABLE ONLY identity_private.auth_settings
    ADD CONSTRAINT auth_settings_pkey PRIMARY KEY (singleton);

--
-- Name: common_passwords common_passwords_pkey; Type: CONSTRAINT; Schema: identity_private; Owner: app_owner
--

ALTER TABLE ONLY identity_private.common_passwords
    ADD CONSTRAINT common_passwords_pkey PRIMARY KEY (password);

--
-- Name: imported_accounts imported_accounts_pkey; Type: CONSTRAINT; Schema: identity_private; Owner: app_owner
--

ALTER TABLE ONLY identity_private.imported_accounts
    ADD CONSTRAINT imported_accounts_pkey PRIMARY KEY (source, source_id);

--
-- Name: imported_accounts imported_accounts_user_uuid_key; Type: CONSTRAINT; Schema: identity_private; Owner: app_owner
--

ALTER TABLE ONLY identity_private.imported_accounts
    ADD CONSTRAINT imported_accounts_user_uuid_key UNIQUE (user_uuid);

--
-- Name: login_attempts login_attempts_pkey; Type: CONSTRAINT; Schema: identity_private; Owner: app_owner
--

ALTER TABLE ONLY identity_private.login_attempts
    ADD CONSTRAINT login_attempts_pkey PRIMARY KEY (identifier);

--
-- Name: mfa_challenges mfa_challenges_pkey; Type: CONSTRAINT; Schema: identity_private; Owner: app_owner
--

ALTER TABLE ONLY identity_private.mfa_challenges
    ADD CONSTRAINT mfa_challenges_pkey PRIMARY KEY (id);

--
-- Name: throttle_counters throttle_counters_pkey; Type: CONSTRAINT; Schema: identity_private; Owner: app_owner
--

ALTER TABLE ONLY identity_private.throttle_counters
    ADD CONSTRAINT throttle_counters_pkey PRIMARY KEY (bucket, scope, value);

--
-- Name: user_credentials user_credentials_pkey; Type: CONSTRAINT; Schema: identity_private; Owner: app_owner
--

ALTER TABLE ONLY identity_private.user_credentials
    ADD CONSTRAINT user_credentials_pkey PRIMARY KEY (user_uuid);

--
-- Name: user_device_tokens user_device_tokens_pkey; Type: CONSTRAINT; Schema: identity_private; Owner: app_owner
--

ALTER TABLE ONLY identity_private.user_device_tokens
    ADD CONSTRAINT user_device_tokens_pkey PRIMARY KEY (device_id);

--
-- Name: user_device_tokens user_device_tokens_token_hash_key; Type: CONSTRAINT; Schema: identity_private; Owner: app_owner
--

ALTER TABLE ONLY identity_private.user_device_tokens
    ADD CONSTRAINT user_device_tokens_token_hash_key UNIQUE (token_hash);

--
-- Name: user_recovery_codes user_recovery_codes_pkey; Type: CONSTRAINT; Schema: identity_private; Owner: app_owner
--

ALTER TABLE ONLY identity_private.user_recovery_codes
    ADD CONSTRAINT user_recovery_codes_pkey PRIMARY KEY (id);

--
-- Name: user_session_secrets user_session_secrets_pkey; Type: CONSTRAINT; Schema: identity_private; Owner: app_owner
--

ALTER TABLE ONLY identity_private.user_session_secrets
    ADD CONSTRAINT user_session_secrets_pkey PRIMARY KEY (session_id);

--
-- Name: user_tokens user_tokens_pkey; Type: CONSTRAINT; Schema: identity_private; Owner: app_owner
--

ALTER TABLE ONLY identity_private.user_tokens
    ADD CONSTRAINT user_tokens_pkey PRIMARY KEY (id);

--
-- Name: login_audit_logs_event_at_idx; Type: INDEX; Schema: identity; Owner: app_owner
--

CREATE INDEX login_audit_logs_event_at_idx ON ONLY identity.login_audit_logs USING brin (event_at);

--
-- Name: login_audit_logs_default_event_at_idx; Type: INDEX; Schema: identity; Owner: app_owner
--

CREATE INDEX login_audit_logs_default_event_at_idx ON identity.login_audit_logs_default USING brin (event_at);

--
-- Name: login_audit_logs_ip_failures_idx; Type: INDEX; Schema: identity; Owner: app_owner
--

CREATE INDEX login_audit_logs_ip_failures_idx ON ONLY identity.login_audit_logs USING btree (ip_address, event_at DESC) WHERE ((event_type)::text = ANY ((ARRAY['login_failure'::character varying, 'login_locked'::character varying, 'mfa_failure'::character varying])::text[]));

--
-- Name: login_audit_logs_default_ip_address_event_at_idx; Type: INDEX; Schema: identity; Owner: app_owner
--

CREATE INDEX login_audit_logs_default_ip_address_event_at_idx ON identity.login_audit_logs_default USING btree (ip_address, event_at DESC) WHERE ((event_type)::text = ANY ((ARRAY['login_failure'::character varying, 'login_locked'::character varying, 'mfa_failure'::character varying])::text[]));

--
-- Name: login_audit_logs_user_uuid_event_at_idx; Type: INDEX; Schema: identity; Owner: app_owner
--

CREATE INDEX login_audit_logs_user_uuid_event_at_idx ON ONLY identity.login_audit_logs USING btree (user_uuid, event_at DESC);

--
-- Name: login_audit_logs_default_user_uuid_event_at_idx; Type: INDEX; Schema: identity; Owner: app_owner
--

CREATE INDEX login_audit_logs_default_user_uuid_event_at_idx ON identity.login_audit_logs_default USING btree (user_uuid, event_at DESC);

--
-- Name: user_auth_providers_user_uuid_idx; Type: INDEX; Schema: identity; Owner: app_owner
--

CREATE INDEX user_auth_providers_user_uuid_idx ON identity.user_auth_providers USING btree (user_uuid);

--
-- Name: user_emails_email_idx; Type: INDEX; Schema: identity; Owner: app_owner
--

CREATE INDEX user_emails_email_idx ON identity.user_emails USING btree (email);

--
-- Name: user_emails_one_primary_per_user; Type: INDEX; Schema: identity; Owner: app_owner
--

CREATE UNIQUE INDEX user_emails_one_primary_per_user ON identity.user_emails USING btree (user_uuid) WHERE is_primary;

--
-- Name: user_emails_user_email_key; Type: INDEX; Schema: identity; Owner: app_owner
--

CREATE UNIQUE INDEX user_emails_user_email_key ON identity.user_emails USING btree (user_uuid, email);

--
-- Name: user_emails_user_uuid_idx; Type: INDEX; Schema: identity; Owner: app_owner
--

CREATE INDEX user_emails_user_uuid_idx ON identity.user_emails USING btree (user_uuid);

--
-- Name: user_emails_verified_email_key; Type: INDEX; Schema: identity; Owner: app_owner
--

CREATE UNIQUE INDEX user_emails_verified_email_key ON identity.user_emails USING btree (email) WHERE is_verified;

--
-- Name: user_mfa_factors_one_totp_per_user; Type: INDEX; Schema: identity; Owner: app_owner
--

CREATE UNIQUE INDEX user_mfa_factors_one_totp_per_user ON identity.user_mfa_factors USING btree (user_uuid) WHERE ((factor_type)::text = 'totp'::text);

--
-- Name: user_mfa_factors_user_uuid_idx; Type: INDEX; Schema: identity; Owner: app_owner
--

CREATE INDEX user_mfa_factors_user_uuid_idx ON identity.user_mfa_factors USING btree (user_uuid);

--
-- Name: user_profiles_username_key; Type: INDEX; Schema: identity; Owner: app_owner
--

CREATE UNIQUE INDEX user_profiles_username_key ON identity.user_profiles USING btree (identity.normalize_username(username));

--
-- Name: user_roles_role_id_idx; Type: INDEX; Schema: identity; Owner: app_owner
--

CREATE INDEX user_roles_role_id_idx ON identity.user_roles USING btree (role_id);

--
-- Name: user_sessions_device_id_idx; Type: INDEX; Schema: identity; Owner: app_owner
--

CREATE INDEX user_sessions_device_id_idx ON identity.user_sessions USING btree (device_id);

--
-- Name: user_sessions_live_by_user_idx; Type: INDEX; Schema: identity; Owner: app_owner
--

CREATE INDEX user_sessions_live_by_user_idx ON identity.user_sessions USING btree (user_uuid) WHERE (revoked_at IS NULL);

--
-- Name: user_sessions_revoked_by_idx; Type: INDEX; Schema: identity; Owner: app_owner
--

CREATE INDEX user_sessions_revoked_by_idx ON identity.user_sessions USING btree (revoked_by);

--
-- Name: login_attempts_first_failed_at_idx; Type: INDEX; Schema: identity_private; Owner: app_owner
--

CREATE INDEX login_attempts_first_failed_at_idx ON identity_private.login_attempts USING btree (first_failed_at);

--
-- Name: mfa_challenges_expires_at_idx; Type: INDEX; Schema: identity_private; Owner: app_owner
--

CREATE INDEX mfa_challenges_expires_at_idx ON identity_private.mfa_challenges USING btree (expires_at);

--
-- Name: mfa_challenges_user_uuid_idx; Type: INDEX; Schema: identity_private; Owner: app_owner
--

CREATE INDEX mfa_challenges_user_uuid_idx ON identity_private.mfa_challenges USING btree (user_uuid);

--
-- Name: throttle_counters_window_start_idx; Type: INDEX; Schema: identity_private; Owner: app_owner
--

CREATE INDEX throttle_counters_window_start_idx ON identity_private.throttle_counters USING btree (window_start);

--
-- Name: user_recovery_codes_user_uuid_idx; Type: INDEX; Schema: identity_private; Owner: app_owner
--

CREATE INDEX user_recovery_codes_user_uuid_idx ON identity_private.user_recovery_codes USING btree (user_uuid);

--
-- Name: user_tokens_email_id_idx; Type: INDEX; Schema: identity_private; Owner: app_owner
--

CREATE INDEX user_tokens_email_id_idx ON identity_private.user_tokens USING btree (email_id);

--
-- Name: user_tokens_expires_at_idx; Type: INDEX; Schema: identity_private; Owner: app_owner
--

CREATE INDEX user_tokens_expires_at_idx ON identity_private.user_tokens USING btree (expires_at);

--
-- Name: user_tokens_secret_hash_key; Type: INDEX; Schema: identity_private; Owner: app_owner
--

CREATE UNIQUE INDEX user_tokens_secret_hash_key ON identity_private.user_tokens USING btree (secret_hash);

--
-- Name: user_tokens_user_uuid_idx; Type: INDEX; Schema: identity_private; Owner: app_owner
--

CREATE INDEX user_tokens_user_uuid_idx ON identity_private.user_tokens USING btree (user_uuid, purpose);

--
-- Name: login_audit_logs_default_event_at_idx; Type: INDEX ATTACH; Schema: identity; Owner: app_owner
--

ALTER INDEX identity.login_audit_logs_event_at_idx ATTACH PARTITION identity.login_audit_logs_default_event_at_idx;

--
-- Name: login_audit_logs_default_ip_address_event_at_idx; Type: INDEX ATTACH; Schema: identity; Owner: app_owner
--

ALTER INDEX identity.login_audit_logs_ip_failures_idx ATTACH PARTITION identity.login_audit_logs_default_ip_address_event_at_idx;

--
-- Name: login_audit_logs_default_pkey; Type: INDEX ATTACH; Schema: identity; Owner: app_owner
--

ALTER INDEX identity.login_audit_logs_pkey ATTACH PARTITION identity.login_audit_logs_default_pkey;

--
-- Name: login_audit_logs_default_user_uuid_event_at_idx; Type: INDEX ATTACH; Schema: identity; Owner: app_owner
--

ALTER INDEX identity.login_audit_logs_user_uuid_event_at_idx ATTACH PARTITION identity.login_audit_logs_default_user_uuid_event_at_idx;

--
-- Name: login_audit_logs _100_append_only; Type: TRIGGER; Schema: identity; Owner: app_owner
--

CREATE TRIGGER _100_append_only BEFORE DELETE OR UPDATE ON identity.login_audit_logs FOR EACH ROW EXECUTE FUNCTION identity_private.tg_login_audit_logs__append_only();

--
-- Name: user_auth_providers _100_created_at; Type: TRIGGER; Schema: identity; Owner: app_owner
--

CREATE TRIGGER _100_created_at BEFORE INSERT OR UPDATE ON identity.user_auth_providers FOR EACH ROW EXECUTE FUNCTION identity_private.tg__created_at();

--
-- Name: user_devices _100_created_at; Type: TRIGGER; Schema: identity; Owner: app_owner
--

CREATE TRIGGER _100_created_at BEFORE INSERT OR UPDATE ON identity.user_devices FOR EACH ROW EXECUTE FUNCTION identity_private.tg__created_at();

--
-- Name: user_emails _100_created_at; Type: TRIGGER; Schema: identity; Owner: app_owner
--

CREATE TRIGGER _100_created_at BEFORE INSERT OR UPDATE ON identity.user_emails FOR EACH ROW EXECUTE FUNCTION identity_private.tg__created_at();

--
-- Name: user_mfa_factors _100_created_at; Type: TRIGGER; Schema: identity; Owner: app_owner
--

CREATE TRIGGER _100_created_at BEFORE INSERT OR UPDATE ON identity.user_mfa_factors FOR EACH ROW EXECUTE FUNCTION identity_private.tg__created_at();

--
-- Name: user_status _100_keep_user_uuid; Type: TRIGGER; Schema: identity; Owner: app_owner
--

CREATE TRIGGER _100_keep_user_uuid BEFORE UPDATE OF user_uuid ON identity.user_status FOR EACH ROW WHEN ((old.user_uuid IS DISTINCT FROM new.user_uuid)) EXECUTE FUNCTION identity_private.tg_user_status__keep_while_user_exists();

--
-- Name: user_status _100_keep_while_user_exists; Type: TRIGGER; Schema: identity; Owner: app_owner
--

CREATE TRIGGER _100_keep_while_user_exists BEFORE DELETE ON identity.user_status FOR EACH ROW EXECUTE FUNCTION identity_private.tg_user_status__keep_while_user_exists();

--
-- Name: users _100_timestamps; Type: TRIGGER; Schema: identity; Owner: app_owner
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON identity.users FOR EACH ROW EXECUTE FUNCTION identity_private.tg__timestamps();

--
-- Name: user_devices _500_audit_forget; Type: TRIGGER; Schema: identity; Owner: app_owner
--

CREATE TRIGGER _500_audit_forget AFTER DELETE ON identity.user_devices FOR EACH ROW EXECUTE FUNCTION identity_private.tg_user_devices__audit_forget();

--
-- Name: users _500_insert_status; Type: TRIGGER; Schema: identity; Owner: app_owner
--

CREATE TRIGGER _500_insert_status AFTER INSERT ON identity.users FOR EACH ROW EXECUTE FUNCTION identity_private.tg_users__insert_status();

--
-- Name: user_credentials _100_normalise_hash; Type: TRIGGER; Schema: identity_private; Owner: app_owner
--

CREATE TRIGGER _100_normalise_hash BEFORE INSERT OR UPDATE OF password_hash ON identity_private.user_credentials FOR EACH ROW EXECUTE FUNCTION identity_private.tg_user_credentials__normalise_hash();

--
-- Name: login_audit_logs login_audit_logs_user_uuid_fkey; Type: FK CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE identity.login_audit_logs
    ADD CONSTRAINT login_audit_logs_user_uuid_fkey FOREIGN KEY (user_uuid) REFERENCES identity.users(uuid) ON DELETE SET NULL;

--
-- Name: user_auth_providers user_auth_providers_user_uuid_fkey; Type: FK CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.user_auth_providers
    ADD CONSTRAINT user_auth_providers_user_uuid_fkey FOREIGN KEY (user_uuid) REFERENCES identity.users(uuid) ON DELETE CASCADE;

--
-- Name: user_devices user_devices_user_uuid_fkey; Type: FK CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.user_devices
    ADD CONSTRAINT user_devices_user_uuid_fkey FOREIGN KEY (user_uuid) REFERENCES identity.users(uuid) ON DELETE CASCADE;

--
-- Name: user_emails user_emails_user_uuid_fkey; Type: FK CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.user_emails
    ADD CONSTRAINT user_emails_user_uuid_fkey FOREIGN KEY (user_uuid) REFERENCES identity.users(uuid) ON DELETE CASCADE;

--
-- Name: user_mfa_factors user_mfa_factors_user_uuid_fkey; Type: FK CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.user_mfa_factors
    ADD CONSTRAINT user_mfa_factors_user_uuid_fkey FOREIGN KEY (user_uuid) REFERENCES identity.users(uuid) ON DELETE CASCADE;

--
-- Name: user_profiles user_profiles_user_uuid_fkey; Type: FK CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.user_profiles
    ADD CONSTRAINT user_profiles_user_uuid_fkey FOREIGN KEY (user_uuid) REFERENCES identity.users(uuid) ON DELETE CASCADE;

--
-- Name: user_roles user_roles_role_id_fkey; Type: FK CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.user_roles
    ADD CONSTRAINT user_roles_role_id_fkey FOREIGN KEY (role_id) REFERENCES identity.roles(role_id) ON DELETE RESTRICT;

--
-- Name: user_roles user_roles_user_uuid_fkey; Type: FK CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.user_roles
    ADD CONSTRAINT user_roles_user_uuid_fkey FOREIGN KEY (user_uuid) REFERENCES identity.users(uuid) ON DELETE CASCADE;

--
-- Name: user_sessions user_sessions_device_id_fkey; Type: FK CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.user_sessions
    ADD CONSTRAINT user_sessions_device_id_fkey FOREIGN KEY (device_id) REFERENCES identity.user_devices(id) ON DELETE SET NULL;

--
-- Name: user_sessions user_sessions_revoked_by_fkey; Type: FK CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.user_sessions
    ADD CONSTRAINT user_sessions_revoked_by_fkey FOREIGN KEY (revoked_by) REFERENCES identity.users(uuid) ON DELETE SET NULL;

--
-- Name: user_sessions user_sessions_user_uuid_fkey; Type: FK CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.user_sessions
    ADD CONSTRAINT user_sessions_user_uuid_fkey FOREIGN KEY (user_uuid) REFERENCES identity.users(uuid) ON DELETE CASCADE;

--
-- Name: user_status user_status_user_uuid_fkey; Type: FK CONSTRAINT; Schema: identity; Owner: app_owner
--

ALTER TABLE ONLY identity.user_status
    ADD CONSTRAINT user_status_user_uuid_fkey FOREIGN KEY (user_uuid) REFERENCES identity.users(uuid) ON DELETE CASCADE;

--
-- Name: imported_accounts imported_accounts_user_uuid_fkey; Type: FK CONSTRAINT; Schema: identity_private; Owner: app_owner
--

ALTER TABLE ONLY identity_private.imported_accounts
    ADD CONSTRAINT imported_accounts_user_uuid_fkey FOREIGN KEY (user_uuid) REFERENCES identity.users(uuid) ON DELETE CASCADE;

--
-- Name: mfa_challenges mfa_challenges_user_uuid_fkey; Type: FK CONSTRAINT; Schema: identity_private; Owner: app_owner
--

ALTER TABLE ONLY identity_private.mfa_challenges
    ADD CONSTRAINT mfa_challenges_user_uuid_fkey FOREIGN KEY (user_uuid) REFERENCES identity.users(uuid) ON DELETE CASCADE;

--
-- Name: user_credentials user_credentials_user_uuid_fkey; Type: FK CONSTRAINT; Schema: identity_private; Owner: app_owner
--

ALTER TABLE ONLY identity_private.user_credentials
    ADD CONSTRAINT user_credentials_user_uuid_fkey FOREIGN KEY (user_uuid) REFERENCES identity.users(uuid) ON DELETE CASCADE;

--
-- Name: user_device_tokens user_device_tokens_device_id_fkey; Type: FK CONSTRAINT; Schema: identity_private; Owner: app_owner
--

ALTER TABLE ONLY identity_private.user_device_tokens
    ADD CONSTRAINT user_device_tokens_device_id_fkey FOREIGN KEY (device_id) REFERENCES identity.user_devices(id) ON DELETE CASCADE;

--
-- Name: user_recovery_codes user_recovery_codes_user_uuid_fkey; Type: FK CONSTRAINT; Schema: identity_private; Owner: app_owner
--

ALTER TABLE ONLY identity_private.user_recovery_codes
    ADD CONSTRAINT user_recovery_codes_user_uuid_fkey FOREIGN KEY (user_uuid) REFERENCES identity.users(uuid) ON DELETE CASCADE;

--
-- Name: user_session_secrets user_session_secrets_session_id_fkey; Type: FK CONSTRAINT; Schema: identity_private; Owner: app_owner
--

ALTER TABLE ONLY identity_private.user_session_secrets
    ADD CONSTRAINT user_session_secrets_session_id_fkey FOREIGN KEY (session_id) REFERENCES identity.user_sessions(id) ON DELETE CASCADE;

--
-- Name: user_tokens user_tokens_email_id_fkey; Type: FK CONSTRAINT; Schema: identity_private; Owner: app_owner
--

ALTER TABLE ONLY identity_private.user_tokens
    ADD CONSTRAINT user_tokens_email_id_fkey FOREIGN KEY (email_id) REFERENCES identity.user_emails(id) ON DELETE CASCADE;

--
-- Name: user_tokens user_tokens_user_uuid_fkey; Type: FK CONSTRAINT; Schema: identity_private; Owner: app_owner
--

ALTER TABLE ONLY identity_private.user_tokens
    ADD CONSTRAINT user_tokens_user_uuid_fkey FOREIGN KEY (user_uuid) REFERENCES identity.users(uuid) ON DELETE CASCADE;

--
-- Name: user_devices delete_own; Type: POLICY; Schema: identity; Owner: app_owner
--

CREATE POLICY delete_own ON identity.user_devices FOR DELETE TO app_user USING ((user_uuid = ( SELECT identity.current_user_uuid() AS current_user_uuid)));

--
-- Name: login_audit_logs; Type: ROW SECURITY; Schema: identity; Owner: app_owner
--

ALTER TABLE identity.login_audit_logs ENABLE ROW LEVEL SECURITY;

--
-- Name: login_audit_logs_default; Type: ROW SECURITY; Schema: identity; Owner: app_owner
--

ALTER TABLE identity.login_audit_logs_default ENABLE ROW LEVEL SECURITY;

--
-- Name: roles; Type: ROW SECURITY; Schema: identity; Owner: app_owner
--

ALTER TABLE identity.roles ENABLE ROW LEVEL SECURITY;

--
-- Name: roles select_all; Type: POLICY; Schema: identity; Owner: app_owner
--

CREATE POLICY select_all ON identity.roles FOR SELECT TO app_user USING (true);

--
-- Name: login_audit_logs select_all_as_admin; Type: POLICY; Schema: identity; Owner: app_owner
--

CREATE POLICY select_all_as_admin ON identity.login_audit_logs FOR SELECT TO app_admin USING (( SELECT identity.current_user_is_admin() AS current_user_is_admin));

--
-- Name: user_auth_providers select_all_as_admin; Type: POLICY; Schema: identity; Owner: app_owner
--

CREATE POLICY select_all_as_admin ON identity.user_auth_providers FOR SELECT TO app_admin USING (( SELECT identity.current_user_is_admin() AS current_user_is_admin));

--
-- Name: user_devices select_all_as_admin; Type: POLICY; Schema: identity; Owner: app_owner
--

CREATE POLICY select_all_as_admin ON identity.user_devices FOR SELECT TO app_admin USING (( SELECT identity.current_user_is_admin() AS current_user_is_admin));

--
-- Name: user_emails select_all_as_admin; Type: POLICY; Schema: identity; Owner: app_owner
--

CREATE POLICY select_all_as_admin ON identity.user_emails FOR SELECT TO app_admin USING (( SELECT identity.current_user_is_admin() AS current_user_is_admin));

--
-- Name: user_mfa_factors select_all_as_admin; Type: POLICY; Schema: identity; Owner: app_owner
--

CREATE POLICY select_all_as_admin ON identity.user_mfa_factors FOR SELECT TO app_admin USING (( SELECT identity.current_user_is_admin() AS current_user_is_admin));

--
-- Name: user_profiles select_all_as_admin; Type: POLICY; Schema: identity; Owner: app_owner
--

CREATE POLICY select_all_as_admin ON identity.user_profiles FOR SELECT TO app_admin USING (( SELECT identity.current_user_is_admin() AS current_user_is_admin));

--
-- Name: user_roles select_all_as_admin; Type: POLICY; Schema: identity; Owner: app_owner
--

CREATE POLICY select_all_as_admin ON identity.user_roles FOR SELECT TO app_admin USING (( SELECT identity.current_user_is_admin() AS current_user_is_admin));

--
-- Name: user_sessions select_all_as_admin; Type: POLICY; Schema: identity; Owner: app_owner
--

CREATE POLICY select_all_as_admin ON identity.user_sessions FOR SELECT TO app_admin USING (( SELECT identity.current_user_is_admin() AS current_user_is_admin));

--
-- Name: user_status select_all_as_admin; Type: POLICY; Schema: identity; Owner: app_owner
--

CREATE POLICY select_all_as_admin ON identity.user_status FOR SELECT TO app_admin USING (( SELECT identity.current_user_is_admin() AS current_user_is_admin));

--
-- Name: users select_all_as_admin; Type: POLICY; Schema: identity; Owner: app_owner
--

CREATE POLICY select_all_as_admin ON identity.users FOR SELECT TO app_admin USING (( SELECT identity.current_user_is_admin() AS current_user_is_admin));

--
-- Name: login_audit_logs select_own; Type: POLICY; Schema: identity; Owner: app_owner
--

CREATE POLICY select_own ON identity.login_audit_logs FOR SELECT TO app_user USING ((user_uuid = ( SELECT identity.current_user_uuid() AS current_user_uuid)));

--
-- Name: user_auth_providers select_own; Type: POLICY; Schema: identity; Owner: app_owner
--

CREATE POLICY select_own ON identity.user_auth_providers FOR SELECT TO app_user USING ((user_uuid = ( SELECT identity.current_user_uuid() AS current_user_uuid)));

--
-- Name: user_devices select_own; Type: POLICY; Schema: identity; Owner: app_owner
--

CREATE POLICY select_own ON identity.user_devices FOR SELECT TO app_user USING ((user_uuid = ( SELECT identity.current_user_uuid() AS current_user_uuid)));

--
-- Name: user_emails select_own; Type: POLICY; Schema: identity; Owner: app_owner
--

CREATE POLICY select_own ON identity.user_emails FOR SELECT TO app_user USING ((user_uuid = ( SELECT identity.current_user_uuid() AS current_user_uuid)));

--
-- Name: user_mfa_factors select_own; Type: POLICY; Schema: identity; Owner: app_owner
--

CREATE POLICY select_own ON identity.user_mfa_factors FOR SELECT TO app_user USING ((user_uuid = ( SELECT identity.current_user_uuid() AS current_user_uuid)));

--
-- Name: user_profiles select_own; Type: POLICY; Schema: identity; Owner: app_owner
--

CREATE POLICY select_own ON identity.user_profiles FOR SELECT TO app_user USING ((user_uuid = ( SELECT identity.current_user_uuid() AS current_user_uuid)));

--
-- Name: user_roles select_own; Type: POLICY; Schema: identity; Owner: app_owner
--

CREATE POLICY select_own ON identity.user_roles FOR SELECT TO app_user USING ((user_uuid = ( SELECT identity.current_user_uuid() AS current_user_uuid)));

--
-- Name: user_sessions select_own; Type: POLICY; Schema: identity; Owner: app_owner
--

CREATE POLICY select_own ON identity.user_sessions FOR SELECT TO app_user USING ((user_uuid = ( SELECT identity.current_user_uuid() AS current_user_uuid)));

--
-- Name: user_status select_own; Type: POLICY; Schema: identity; Owner: app_owner
--

CREATE POLICY select_own ON identity.user_status FOR SELECT TO app_user USING ((user_uuid = ( SELECT identity.current_user_uuid() AS current_user_uuid)));

--
-- Name: users select_own; Type: POLICY; Schema: identity; Owner: app_owner
--

CREATE POLICY select_own ON identity.users FOR SELECT TO app_user USING ((uuid = ( SELECT identity.current_user_uuid() AS current_user_uuid)));

--
-- Name: user_profiles update_all_as_admin; Type: POLICY; Schema: identity; Owner: app_owner
--

CREATE POLICY update_all_as_admin ON identity.user_profiles FOR UPDATE TO app_admin USING (( SELECT identity.current_user_is_admin() AS current_user_is_admin));

--
-- Name: user_devices update_own; Type: POLICY; Schema: identity; Owner: app_owner
--

CREATE POLICY update_own ON identity.user_devices FOR UPDATE TO app_user USING ((user_uuid = ( SELECT identity.current_user_uuid() AS current_user_uuid))) WITH CHECK ((user_uuid = ( SELECT identity.current_user_uuid() AS current_user_uuid)));

--
-- Name: user_profiles update_own; Type: POLICY; Schema: identity; Owner: app_owner
--

CREATE POLICY update_own ON identity.user_profiles FOR UPDATE TO app_user USING ((user_uuid = ( SELECT identity.current_user_uuid() AS current_user_uuid))) WITH CHECK ((user_uuid = ( SELECT identity.current_user_uuid() AS current_user_uuid)));

--
-- Name: user_auth_providers; Type: ROW SECURITY; Schema: identity; Owner: app_owner
--

ALTER TABLE identity.user_auth_providers ENABLE ROW LEVEL SECURITY;

--
-- Name: user_devices; Type: ROW SECURITY; Schema: identity; Owner: app_owner
--

ALTER TABLE identity.user_devices ENABLE ROW LEVEL SECURITY;

--
-- Name: user_emails; Type: ROW SECURITY; Schema: identity; Owner: app_owner
--

ALTER TABLE identity.user_emails ENABLE ROW LEVEL SECURITY;

--
-- Name: user_mfa_factors; Type: ROW SECURITY; Schema: identity; Owner: app_owner
--

ALTER TABLE identity.user_mfa_factors ENABLE ROW LEVEL SECURITY;

--
-- Name: user_profiles; Type: ROW SECURITY; Schema: identity; Owner: app_owner
--

ALTER TABLE identity.user_profiles ENABLE ROW LEVEL SECURITY;

--
-- Name: user_roles; Type: ROW SECURITY; Schema: identity; Owner: app_owner
--

ALTER TABLE identity.user_roles ENABLE ROW LEVEL SECURITY;

--
-- Name: user_sessions; Type: ROW SECURITY; Schema: identity; Owner: app_owner
--

ALTER TABLE identity.user_sessions ENABLE ROW LEVEL SECURITY;

--
-- Name: user_status; Type: ROW SECURITY; Schema: identity; Owner: app_owner
--

ALTER TABLE identity.user_status ENABLE ROW LEVEL SECURITY;

--
-- Name: users; Type: ROW SECURITY; Schema: identity; Owner: app_owner
--

ALTER TABLE identity.users ENABLE ROW LEVEL SECURITY;

--
-- Name: auth_settings; Type: ROW SECURITY; Schema: identity_private; Owner: app_owner
--

ALTER TABLE identity_private.auth_settings ENABLE ROW LEVEL SECURITY;

--
-- Name: common_passwords; Type: ROW SECURITY; Schema: identity_private; Owner: app_owner
--

ALTER TABLE identity_private.common_passwords ENABLE ROW LEVEL SECURITY;

--
-- Name: imported_accounts; Type: ROW SECURITY; Schema: identity_private; Owner: app_owner
--

ALTER TABLE identity_private.imported_accounts ENABLE ROW LEVEL SECURITY;

--
-- Name: login_attempts; Type: ROW SECURITY; Schema: identity_private; Owner: app_owner
--

ALTER TABLE identity_private.login_attempts ENABLE ROW LEVEL SECURITY;

--
-- Name: mfa_challenges; Type: ROW SECURITY; Schema: identity_private; Owner: app_owner
--

ALTER TABLE identity_private.mfa_challenges ENABLE ROW LEVEL SECURITY;

--
-- Name: throttle_counters; Type: ROW SECURITY; Schema: identity_private; Owner: app_owner
--

ALTER TABLE identity_private.throttle_counters ENABLE ROW LEVEL SECURITY;

--
-- Name: user_credentials; Type: ROW SECURITY; Schema: identity_private; Owner: app_owner
--

ALTER TABLE identity_private.user_credentials ENABLE ROW LEVEL SECURITY;

--
-- Name: user_device_tokens; Type: ROW SECURITY; Schema: identity_private; Owner: app_owner
--

ALTER TABLE identity_private.user_device_tokens ENABLE ROW LEVEL SECURITY;

--
-- Name: user_recovery_codes; Type: ROW SECURITY; Schema: identity_private; Owner: app_owner
--

ALTER TABLE identity_private.user_recovery_codes ENABLE ROW LEVEL SECURITY;

--
-- Name: user_session_secrets; Type: ROW SECURITY; Schema: identity_private; Owner: app_owner
--

ALTER TABLE identity_private.user_session_secrets ENABLE ROW LEVEL SECURITY;

--
-- Name: user_tokens; Type: ROW SECURITY; Schema: identity_private; Owner: app_owner
--

ALTER TABLE identity_private.user_tokens ENABLE ROW LEVEL SECURITY;

--
-- Name: SCHEMA identity; Type: ACL; Schema: -; Owner: app_owner
--

GRANT USAGE ON SCHEMA identity TO app_anonymous;
GRANT USAGE ON SCHEMA identity TO app_user;
GRANT USAGE ON SCHEMA identity TO app_admin;

--
-- Name: FUNCTION normalize_email(email text); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.normalize_email(email text) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.normalize_email(email text) TO app_admin;
GRANT ALL ON FUNCTION identity.normalize_email(email text) TO app_anonymous;
GRANT ALL ON FUNCTION identity.normalize_email(email text) TO app_user;

--
-- Name: TABLE user_emails; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT SELECT ON TABLE identity.user_emails TO app_admin;
GRANT SELECT ON TABLE identity.user_emails TO app_user;

--
-- Name: FUNCTION add_email(email text); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.add_email(email text) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.add_email(email text) TO app_user;

--
-- Name: FUNCTION authenticate(login text, password text, ip_address inet, user_agent text, device_fingerprint text, device_token text); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.authenticate(login text, password text, ip_address inet, user_agent text, device_fingerprint text, device_token text) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.authenticate(login text, password text, ip_address inet, user_agent text, device_fingerprint text, device_token text) TO app_admin;
GRANT ALL ON FUNCTION identity.authenticate(login text, password text, ip_address inet, user_agent text, device_fingerprint text, device_token text) TO app_anonymous;
GRANT ALL ON FUNCTION identity.authenticate(login text, password text, ip_address inet, user_agent text, device_fingerprint text, device_token text) TO app_user;

--
-- Name: FUNCTION change_password(old_password text, new_password text); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.change_password(old_password text, new_password text) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.change_password(old_password text, new_password text) TO app_admin;
GRANT ALL ON FUNCTION identity.change_password(old_password text, new_password text) TO app_user;

--
-- Name: FUNCTION complete_mfa_login(mfa_challenge text, code text, ip_address inet, user_agent text, device_fingerprint text, device_token text); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.complete_mfa_login(mfa_challenge text, code text, ip_address inet, user_agent text, device_fingerprint text, device_token text) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.complete_mfa_login(mfa_challenge text, code text, ip_address inet, user_agent text, device_fingerprint text, device_token text) TO app_admin;
GRANT ALL ON FUNCTION identity.complete_mfa_login(mfa_challenge text, code text, ip_address inet, user_agent text, device_fingerprint text, device_token text) TO app_anonymous;
GRANT ALL ON FUNCTION identity.complete_mfa_login(mfa_challenge text, code text, ip_address inet, user_agent text, device_fingerprint text, device_token text) TO app_user;

--
-- Name: FUNCTION confirm_totp(code text); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.confirm_totp(code text) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.confirm_totp(code text) TO app_user;

--
-- Name: FUNCTION current_session_id(); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.current_session_id() FROM PUBLIC;
GRANT ALL ON FUNCTION identity.current_session_id() TO app_admin;
GRANT ALL ON FUNCTION identity.current_session_id() TO app_anonymous;
GRANT ALL ON FUNCTION identity.current_session_id() TO app_user;

--
-- Name: TABLE users; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT SELECT ON TABLE identity.users TO app_admin;
GRANT SELECT ON TABLE identity.users TO app_user;

--
-- Name: FUNCTION "current_user"(); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity."current_user"() FROM PUBLIC;
GRANT ALL ON FUNCTION identity."current_user"() TO app_admin;
GRANT ALL ON FUNCTION identity."current_user"() TO app_anonymous;
GRANT ALL ON FUNCTION identity."current_user"() TO app_user;

--
-- Name: FUNCTION current_user_is_admin(); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.current_user_is_admin() FROM PUBLIC;
GRANT ALL ON FUNCTION identity.current_user_is_admin() TO app_admin;
GRANT ALL ON FUNCTION identity.current_user_is_admin() TO app_user;

--
-- Name: FUNCTION current_user_uuid(); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.current_user_uuid() FROM PUBLIC;
GRANT ALL ON FUNCTION identity.current_user_uuid() TO app_admin;
GRANT ALL ON FUNCTION identity.current_user_uuid() TO app_anonymous;
GRANT ALL ON FUNCTION identity.current_user_uuid() TO app_user;

--
-- Name: FUNCTION deactivate_my_account(reason text); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.deactivate_my_account(reason text) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.deactivate_my_account(reason text) TO app_user;

--
-- Name: FUNCTION disable_totp(code text); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.disable_totp(code text) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.disable_totp(code text) TO app_user;

--
-- Name: FUNCTION enrol_totp(); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.enrol_totp() FROM PUBLIC;
GRANT ALL ON FUNCTION identity.enrol_totp() TO app_user;

--
-- Name: FUNCTION generate_recovery_codes(code text); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.generate_recovery_codes(code text) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.generate_recovery_codes(code text) TO app_user;

--
-- Name: FUNCTION grant_role(user_uuid uuid, role_name text); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.grant_role(user_uuid uuid, role_name text) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.grant_role(user_uuid uuid, role_name text) TO app_admin;

--
-- Name: COLUMN user_auth_providers.id; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT SELECT(id) ON TABLE identity.user_auth_providers TO app_admin;
GRANT SELECT(id) ON TABLE identity.user_auth_providers TO app_user;

--
-- Name: COLUMN user_auth_providers.user_uuid; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT SELECT(user_uuid) ON TABLE identity.user_auth_providers TO app_admin;
GRANT SELECT(user_uuid) ON TABLE identity.user_auth_providers TO app_user;

--
-- Name: COLUMN user_auth_providers.provider_name; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT SELECT(provider_name) ON TABLE identity.user_auth_providers TO app_admin;
GRANT SELECT(provider_name) ON TABLE identity.user_auth_providers TO app_user;

--
-- Name: COLUMN user_auth_providers.external_user_id; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT SELECT(external_user_id) ON TABLE identity.user_auth_providers TO app_admin;
GRANT SELECT(external_user_id) ON TABLE identity.user_auth_providers TO app_user;

--
-- Name: COLUMN user_auth_providers.token_expires_at; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT SELECT(token_expires_at) ON TABLE identity.user_auth_providers TO app_admin;
GRANT SELECT(token_expires_at) ON TABLE identity.user_auth_providers TO app_user;

--
-- Name: COLUMN user_auth_providers.created_at; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT SELECT(created_at) ON TABLE identity.user_auth_providers TO app_admin;
GRANT SELECT(created_at) ON TABLE identity.user_auth_providers TO app_user;

--
-- Name: FUNCTION link_provider(provider_name text, external_user_id text, access_token text, refresh_token text, token_expires_at timestamp with time zone); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.link_provider(provider_name text, external_user_id text, access_token text, refresh_token text, token_expires_at timestamp with time zone) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.link_provider(provider_name text, external_user_id text, access_token text, refresh_token text, token_expires_at timestamp with time zone) TO app_user;

--
-- Name: FUNCTION linked_provider_tokens(provider_id bigint, OUT access_token text, OUT refresh_token text, OUT token_expires_at timestamp with time zone); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.linked_provider_tokens(provider_id bigint, OUT access_token text, OUT refresh_token text, OUT token_expires_at timestamp with time zone) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.linked_provider_tokens(provider_id bigint, OUT access_token text, OUT refresh_token text, OUT token_expires_at timestamp with time zone) TO app_user;

--
-- Name: FUNCTION make_email_primary(email_id bigint); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.make_email_primary(email_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.make_email_primary(email_id bigint) TO app_user;

--
-- Name: TABLE user_sessions; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT SELECT ON TABLE identity.user_sessions TO app_admin;
GRANT SELECT ON TABLE identity.user_sessions TO app_user;

--
-- Name: FUNCTION my_sessions(); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.my_sessions() FROM PUBLIC;
GRANT ALL ON FUNCTION identity.my_sessions() TO app_admin;
GRANT ALL ON FUNCTION identity.my_sessions() TO app_user;

--
-- Name: FUNCTION normalize_username(username text); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.normalize_username(username text) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.normalize_username(username text) TO app_admin;
GRANT ALL ON FUNCTION identity.normalize_username(username text) TO app_anonymous;
GRANT ALL ON FUNCTION identity.normalize_username(username text) TO app_user;

--
-- Name: FUNCTION reauthenticate(password text); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.reauthenticate(password text) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.reauthenticate(password text) TO app_admin;
GRANT ALL ON FUNCTION identity.reauthenticate(password text) TO app_user;

--
-- Name: FUNCTION refresh_provider_tokens(provider_id bigint, access_token text, refresh_token text, token_expires_at timestamp with time zone); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.refresh_provider_tokens(provider_id bigint, access_token text, refresh_token text, token_expires_at timestamp with time zone) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.refresh_provider_tokens(provider_id bigint, access_token text, refresh_token text, token_expires_at timestamp with time zone) TO app_user;

--
-- Name: FUNCTION refresh_session(refresh_token text); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.refresh_session(refresh_token text) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.refresh_session(refresh_token text) TO app_admin;
GRANT ALL ON FUNCTION identity.refresh_session(refresh_token text) TO app_anonymous;
GRANT ALL ON FUNCTION identity.refresh_session(refresh_token text) TO app_user;

--
-- Name: FUNCTION register_user(username text, email text, password text, display_name text); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.register_user(username text, email text, password text, display_name text) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.register_user(username text, email text, password text, display_name text) TO app_anonymous;

--
-- Name: FUNCTION remove_email(email_id bigint); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.remove_email(email_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.remove_email(email_id bigint) TO app_user;

--
-- Name: FUNCTION request_email_verification(email_id bigint, OUT recipient text, OUT token text); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.request_email_verification(email_id bigint, OUT recipient text, OUT token text) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.request_email_verification(email_id bigint, OUT recipient text, OUT token text) TO app_user;

--
-- Name: FUNCTION request_password_reset(email text, OUT recipient text, OUT token text); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.request_password_reset(email text, OUT recipient text, OUT token text) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.request_password_reset(email text, OUT recipient text, OUT token text) TO app_anonymous;

--
-- Name: FUNCTION reset_password(token text, new_password text); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.reset_password(token text, new_password text) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.reset_password(token text, new_password text) TO app_admin;
GRANT ALL ON FUNCTION identity.reset_password(token text, new_password text) TO app_anonymous;
GRANT ALL ON FUNCTION identity.reset_password(token text, new_password text) TO app_user;

--
-- Name: FUNCTION revoke_role(user_uuid uuid, role_name text); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.revoke_role(user_uuid uuid, role_name text) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.revoke_role(user_uuid uuid, role_name text) TO app_admin;

--
-- Name: FUNCTION revoke_session(session_id uuid); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.revoke_session(session_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.revoke_session(session_id uuid) TO app_admin;
GRANT ALL ON FUNCTION identity.revoke_session(session_id uuid) TO app_user;

--
-- Name: FUNCTION revoke_user_sessions(user_uuid uuid); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.revoke_user_sessions(user_uuid uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.revoke_user_sessions(user_uuid uuid) TO app_admin;

--
-- Name: FUNCTION set_account_status(user_uuid uuid, status identity.account_status, reason text); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.set_account_status(user_uuid uuid, status identity.account_status, reason text) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.set_account_status(user_uuid uuid, status identity.account_status, reason text) TO app_admin;

--
-- Name: FUNCTION sign_out(scope text); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.sign_out(scope text) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.sign_out(scope text) TO app_admin;
GRANT ALL ON FUNCTION identity.sign_out(scope text) TO app_user;

--
-- Name: FUNCTION unlink_provider(provider_id bigint); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.unlink_provider(provider_id bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.unlink_provider(provider_id bigint) TO app_user;

--
-- Name: FUNCTION user_sessions_device_name(s identity.user_sessions); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.user_sessions_device_name(s identity.user_sessions) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.user_sessions_device_name(s identity.user_sessions) TO app_admin;
GRANT ALL ON FUNCTION identity.user_sessions_device_name(s identity.user_sessions) TO app_user;

--
-- Name: FUNCTION user_sessions_is_current(s identity.user_sessions); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.user_sessions_is_current(s identity.user_sessions) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.user_sessions_is_current(s identity.user_sessions) TO app_admin;
GRANT ALL ON FUNCTION identity.user_sessions_is_current(s identity.user_sessions) TO app_user;

--
-- Name: FUNCTION verify_email(token text); Type: ACL; Schema: identity; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity.verify_email(token text) FROM PUBLIC;
GRANT ALL ON FUNCTION identity.verify_email(token text) TO app_admin;
GRANT ALL ON FUNCTION identity.verify_email(token text) TO app_anonymous;
GRANT ALL ON FUNCTION identity.verify_email(token text) TO app_user;

--
-- Name: FUNCTION accept_totp(factor_id bigint, code text); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.accept_totp(factor_id bigint, code text) FROM PUBLIC;

--
-- Name: FUNCTION assert_account_call_allowed(bucket text, identifier text); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.assert_account_call_allowed(bucket text, identifier text) FROM PUBLIC;

--
-- Name: FUNCTION assert_active_admin_remains(losing uuid); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.assert_active_admin_remains(losing uuid) FROM PUBLIC;

--
-- Name: FUNCTION assert_admin(); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.assert_admin() FROM PUBLIC;

--
-- Name: FUNCTION assert_recently_authenticated(); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.assert_recently_authenticated() FROM PUBLIC;

--
-- Name: FUNCTION assert_signed_in(); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.assert_signed_in() FROM PUBLIC;

--
-- Name: FUNCTION assert_valid_password(password text, for_user uuid, username text, emails text[]); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.assert_valid_password(password text, for_user uuid, username text, emails text[]) FROM PUBLIC;

--
-- Name: FUNCTION audit(event_type text, user_uuid uuid, ip_address inet, user_agent text, reason text); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.audit(event_type text, user_uuid uuid, ip_address inet, user_agent text, reason text) FROM PUBLIC;

--
-- Name: FUNCTION auth_now(); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.auth_now() FROM PUBLIC;

--
-- Name: FUNCTION base32_encode(data bytea); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.base32_encode(data bytea) FROM PUBLIC;

--
-- Name: FUNCTION base64url_decode(value text); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.base64url_decode(value text) FROM PUBLIC;

--
-- Name: FUNCTION base64url_encode(value bytea); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.base64url_encode(value bytea) FROM PUBLIC;

--
-- Name: FUNCTION change_status(user_uuid uuid, status identity.account_status, reason text, actor uuid); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.change_status(user_uuid uuid, status identity.account_status, reason text, actor uuid) FROM PUBLIC;

--
-- Name: FUNCTION client_ip(argument inet); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.client_ip(argument inet) FROM PUBLIC;

--
-- Name: FUNCTION client_user_agent(argument text); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.client_user_agent(argument text) FROM PUBLIC;

--
-- Name: FUNCTION complete_login(user_uuid uuid, key public.citext, ip_address inet, user_agent text, device_fingerprint text, known_device_id bigint, OUT device_id bigint, OUT device_token text); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.complete_login(user_uuid uuid, key public.citext, ip_address inet, user_agent text, device_fingerprint text, known_device_id bigint, OUT device_id bigint, OUT device_token text) FROM PUBLIC;

--
-- Name: FUNCTION count_login_failure(key public.citext); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.count_login_failure(key public.citext) FROM PUBLIC;

--
-- Name: FUNCTION create_login_audit_partition(month date); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.create_login_audit_partition(month date) FROM PUBLIC;

--
-- Name: FUNCTION create_login_audit_partitions(months_ahead integer, from_month date); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.create_login_audit_partitions(months_ahead integer, from_month date) FROM PUBLIC;

--
-- Name: FUNCTION decrypt_secret(ciphertext bytea, key_id text); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.decrypt_secret(ciphertext bytea, key_id text) FROM PUBLIC;

--
-- Name: FUNCTION device_for_token(user_uuid uuid, device_token text); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.device_for_token(user_uuid uuid, device_token text) FROM PUBLIC;

--
-- Name: FUNCTION drop_expired_login_audit_partitions(); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.drop_expired_login_audit_partitions() FROM PUBLIC;

--
-- Name: FUNCTION drop_login_audit_partition(partition_name text); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.drop_login_audit_partition(partition_name text) FROM PUBLIC;

--
-- Name: FUNCTION encrypt_secret(plaintext text, OUT key_id text, OUT ciphertext bytea); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.encrypt_secret(plaintext text, OUT key_id text, OUT ciphertext bytea) FROM PUBLIC;

--
-- Name: FUNCTION format_refresh_token(session_id uuid, counter bigint, secret bytea); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.format_refresh_token(session_id uuid, counter bigint, secret bytea) FROM PUBLIC;

--
-- Name: FUNCTION hash_password(password text); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.hash_password(password text) FROM PUBLIC;

--
-- Name: FUNCTION hotp(secret bytea, step bigint); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.hotp(secret bytea, step bigint) FROM PUBLIC;

--
-- Name: FUNCTION import_accounts(source text, accounts jsonb); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.import_accounts(source text, accounts jsonb) FROM PUBLIC;

--
-- Name: FUNCTION import_username_base(username text, email text); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.import_username_base(username text, email text) FROM PUBLIC;

--
-- Name: FUNCTION is_locked(key public.citext); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.is_locked(key public.citext) FROM PUBLIC;

--
-- Name: FUNCTION issue_token(user_uuid uuid, purpose text, email_id bigint, lifetime interval); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.issue_token(user_uuid uuid, purpose text, email_id bigint, lifetime interval) FROM PUBLIC;

--
-- Name: FUNCTION lock_login_key(key public.citext); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.lock_login_key(key public.citext) FROM PUBLIC;

--
-- Name: FUNCTION lockout_key(user_uuid uuid, device_id bigint, login text); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.lockout_key(user_uuid uuid, device_id bigint, login text) FROM PUBLIC;

--
-- Name: FUNCTION login_audit_month(month date, OUT partition_name text, OUT starts_at timestamp with time zone, OUT ends_at timestamp with time zone); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.login_audit_month(month date, OUT partition_name text, OUT starts_at timestamp with time zone, OUT ends_at timestamp with time zone) FROM PUBLIC;

--
-- Name: FUNCTION login_audit_months_to_create(as_of timestamp with time zone); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.login_audit_months_to_create(as_of timestamp with time zone) FROM PUBLIC;

--
-- Name: FUNCTION login_audit_partitions_to_drop(as_of timestamp with time zone); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.login_audit_partitions_to_drop(as_of timestamp with time zone) FROM PUBLIC;

--
-- Name: FUNCTION maintain(batch_size integer); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.maintain(batch_size integer) FROM PUBLIC;

--
-- Name: FUNCTION next_refresh_secret(rotation_key bytea, secret bytea, counter bigint); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.next_refresh_secret(rotation_key bytea, secret bytea, counter bigint) FROM PUBLIC;

--
-- Name: FUNCTION pin_function_search_paths(); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.pin_function_search_paths() FROM PUBLIC;

--
-- Name: FUNCTION prepare_data_only_restore(months_back integer); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.prepare_data_only_restore(months_back integer) FROM PUBLIC;

--
-- Name: FUNCTION purge_expired_mfa_challenges(batch_size integer); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.purge_expired_mfa_challenges(batch_size integer) FROM PUBLIC;

--
-- Name: FUNCTION purge_expired_tokens(batch_size integer); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.purge_expired_tokens(batch_size integer) FROM PUBLIC;

--
-- Name: FUNCTION purge_old_login_attempts(batch_size integer); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.purge_old_login_attempts(batch_size integer) FROM PUBLIC;

--
-- Name: FUNCTION purge_old_throttle_counters(batch_size integer); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.purge_old_throttle_counters(batch_size integer) FROM PUBLIC;

--
-- Name: FUNCTION random_token(bytes integer); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.random_token(bytes integer) FROM PUBLIC;

--
-- Name: FUNCTION redeem_token(token text, purpose text); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.redeem_token(token text, purpose text) FROM PUBLIC;

--
-- Name: FUNCTION reencrypt_secrets(); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.reencrypt_secrets() FROM PUBLIC;

--
-- Name: FUNCTION revoke_sessions(user_uuid uuid, reason text, actor uuid, only_session uuid, keep_session uuid); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.revoke_sessions(user_uuid uuid, reason text, actor uuid, only_session uuid, keep_session uuid) FROM PUBLIC;

--
-- Name: FUNCTION session_grant(session_id uuid, refresh_token text); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.session_grant(session_id uuid, refresh_token text) FROM PUBLIC;

--
-- Name: FUNCTION sha256(value text); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.sha256(value text) FROM PUBLIC;

--
-- Name: FUNCTION start_session(user_uuid uuid, aal integer, device_id bigint, ip_address inet, user_agent text); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.start_session(user_uuid uuid, aal integer, device_id bigint, ip_address inet, user_agent text) FROM PUBLIC;

--
-- Name: FUNCTION start_session(user_uuid uuid, aal integer, device_id bigint, ip_address inet, user_agent text, device_token text); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.start_session(user_uuid uuid, aal integer, device_id bigint, ip_address inet, user_agent text, device_token text) FROM PUBLIC;

--
-- Name: FUNCTION tg__created_at(); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.tg__created_at() FROM PUBLIC;

--
-- Name: FUNCTION tg__timestamps(); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.tg__timestamps() FROM PUBLIC;

--
-- Name: FUNCTION tg_login_audit_logs__append_only(); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.tg_login_audit_logs__append_only() FROM PUBLIC;

--
-- Name: FUNCTION tg_user_credentials__normalise_hash(); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.tg_user_credentials__normalise_hash() FROM PUBLIC;

--
-- Name: FUNCTION tg_user_devices__audit_forget(); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.tg_user_devices__audit_forget() FROM PUBLIC;

--
-- Name: FUNCTION tg_user_status__keep_while_user_exists(); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.tg_user_status__keep_while_user_exists() FROM PUBLIC;

--
-- Name: FUNCTION tg_users__insert_status(); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.tg_users__insert_status() FROM PUBLIC;

--
-- Name: FUNCTION throttle(bucket text, scope text, value text, max_hits integer, ip_address inet, user_agent text); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.throttle(bucket text, scope text, value text, max_hits integer, ip_address inet, user_agent text) FROM PUBLIC;

--
-- Name: FUNCTION token_key(key_id text); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.token_key(key_id text) FROM PUBLIC;

--
-- Name: FUNCTION totp_step(at timestamp with time zone); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.totp_step(at timestamp with time zone) FROM PUBLIC;

--
-- Name: FUNCTION user_uuid_for_login(login text); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.user_uuid_for_login(login text) FROM PUBLIC;

--
-- Name: FUNCTION verify_password(user_uuid uuid, password text); Type: ACL; Schema: identity_private; Owner: app_owner
--

REVOKE ALL ON FUNCTION identity_private.verify_password(user_uuid uuid, password text) FROM PUBLIC;

--
-- Name: TABLE login_audit_logs; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT SELECT ON TABLE identity.login_audit_logs TO app_admin;

--
-- Name: COLUMN login_audit_logs.id; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT SELECT(id) ON TABLE identity.login_audit_logs TO app_user;

--
-- Name: COLUMN login_audit_logs.user_uuid; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT SELECT(user_uuid) ON TABLE identity.login_audit_logs TO app_user;

--
-- Name: COLUMN login_audit_logs.event_type; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT SELECT(event_type) ON TABLE identity.login_audit_logs TO app_user;

--
-- Name: COLUMN login_audit_logs.ip_address; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT SELECT(ip_address) ON TABLE identity.login_audit_logs TO app_user;

--
-- Name: COLUMN login_audit_logs.user_agent; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT SELECT(user_agent) ON TABLE identity.login_audit_logs TO app_user;

--
-- Name: COLUMN login_audit_logs.event_at; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT SELECT(event_at) ON TABLE identity.login_audit_logs TO app_user;

--
-- Name: TABLE roles; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT SELECT ON TABLE identity.roles TO app_admin;
GRANT SELECT ON TABLE identity.roles TO app_user;

--
-- Name: TABLE user_devices; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT SELECT,DELETE ON TABLE identity.user_devices TO app_admin;
GRANT SELECT,DELETE ON TABLE identity.user_devices TO app_user;

--
-- Name: COLUMN user_devices.device_name; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT UPDATE(device_name) ON TABLE identity.user_devices TO app_admin;
GRANT UPDATE(device_name) ON TABLE identity.user_devices TO app_user;

--
-- Name: COLUMN user_mfa_factors.id; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT SELECT(id) ON TABLE identity.user_mfa_factors TO app_admin;
GRANT SELECT(id) ON TABLE identity.user_mfa_factors TO app_user;

--
-- Name: COLUMN user_mfa_factors.user_uuid; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT SELECT(user_uuid) ON TABLE identity.user_mfa_factors TO app_admin;
GRANT SELECT(user_uuid) ON TABLE identity.user_mfa_factors TO app_user;

--
-- Name: COLUMN user_mfa_factors.factor_type; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT SELECT(factor_type) ON TABLE identity.user_mfa_factors TO app_admin;
GRANT SELECT(factor_type) ON TABLE identity.user_mfa_factors TO app_user;

--
-- Name: COLUMN user_mfa_factors.is_enabled; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT SELECT(is_enabled) ON TABLE identity.user_mfa_factors TO app_admin;
GRANT SELECT(is_enabled) ON TABLE identity.user_mfa_factors TO app_user;

--
-- Name: COLUMN user_mfa_factors.created_at; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT SELECT(created_at) ON TABLE identity.user_mfa_factors TO app_admin;
GRANT SELECT(created_at) ON TABLE identity.user_mfa_factors TO app_user;

--
-- Name: TABLE user_profiles; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT SELECT ON TABLE identity.user_profiles TO app_admin;
GRANT SELECT ON TABLE identity.user_profiles TO app_user;

--
-- Name: COLUMN user_profiles.username; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT UPDATE(username) ON TABLE identity.user_profiles TO app_admin;
GRANT UPDATE(username) ON TABLE identity.user_profiles TO app_user;

--
-- Name: COLUMN user_profiles.display_name; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT UPDATE(display_name) ON TABLE identity.user_profiles TO app_admin;
GRANT UPDATE(display_name) ON TABLE identity.user_profiles TO app_user;

--
-- Name: COLUMN user_profiles.avatar_object_key; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT UPDATE(avatar_object_key) ON TABLE identity.user_profiles TO app_admin;
GRANT UPDATE(avatar_object_key) ON TABLE identity.user_profiles TO app_user;

--
-- Name: COLUMN user_profiles.bio; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT UPDATE(bio) ON TABLE identity.user_profiles TO app_admin;
GRANT UPDATE(bio) ON TABLE identity.user_profiles TO app_user;

--
-- Name: TABLE user_roles; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT SELECT ON TABLE identity.user_roles TO app_admin;
GRANT SELECT ON TABLE identity.user_roles TO app_user;

--
-- Name: TABLE user_status; Type: ACL; Schema: identity; Owner: app_owner
--

GRANT SELECT ON TABLE identity.user_status TO app_admin;
GRANT SELECT ON TABLE identity.user_status TO app_user;

--
-- PostgreSQL database dump complete
--

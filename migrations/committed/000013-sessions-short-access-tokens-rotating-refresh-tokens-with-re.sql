--! Previous: sha1:172f245e850460aed4db4d9338f6f88c800eff5c
--! Hash: sha1:5705e455b4c42921a7e435e5bc8bc8ce6983903a
--! Message: sessions: short access tokens, rotating refresh tokens with reuse detection, sign-out and revocation

/*
 * Sessions that can end. Every sign-in creates a row of user_sessions; the access token the server signs
 * names it (claim `sid`), and current_user_uuid() accepts a token only while its session is live: not
 * revoked, not past its absolute expiry, account active. A rotating refresh token renews access tokens.
 *
 * Refresh tokens are `<session id>.<counter>.<secret>`. Only the SHA-256 of the current secret is stored,
 * with a per-session rotation key: the successor of a secret is HMAC-SHA256(rotation key, secret ||
 * counter), so racing refreshes of one token converge on the same successor (inside the grace window),
 * and an older token of the session is recognised as genuine (the chain leads to the stored hash) and
 * treated as reuse, while a forged one is merely invalid and cannot be used to revoke somebody's session.
 */

-- Settings: the 8-hour token lifetime gives way to short access tokens and session limits.
alter table app_private.auth_settings
  drop column session_lifetime,
  add column access_token_lifetime interval not null default interval '5 minutes'
    constraint auth_settings_access_token_lifetime_range
      check (access_token_lifetime between interval '10 seconds' and interval '1 hour'),
  add column session_absolute_lifetime interval not null default interval '30 days'
    constraint auth_settings_session_absolute_lifetime_positive check (session_absolute_lifetime > interval '0'),
  add column session_idle_timeout interval not null default interval '7 days'
    constraint auth_settings_session_idle_timeout_positive check (session_idle_timeout > interval '0'),
  add column refresh_reuse_interval interval not null default interval '10 seconds'
    constraint auth_settings_refresh_reuse_interval_range
      check (refresh_reuse_interval between interval '0' and interval '5 minutes');
comment on column app_private.auth_settings.access_token_lifetime is
  E'Lifetime of an access token (default 5 minutes); a refresh token renews it.';
comment on column app_private.auth_settings.session_absolute_lifetime is
  E'A session ends this long after its sign-in, however often it is refreshed (default 30 days).';
comment on column app_private.auth_settings.session_idle_timeout is
  E'A session that is not refreshed for this long cannot be refreshed any more (default 7 days).';
comment on column app_private.auth_settings.refresh_reuse_interval is
  E'Grace window after a refresh in which the refresh token just rotated away still returns the same successor (several tabs refreshing at once; default 10 seconds). Later use of it is reuse and ends the session.';

-- Audit events of sessions.
alter table app_public.login_audit_logs drop constraint login_audit_logs_event_type_known;
alter table app_public.login_audit_logs add constraint login_audit_logs_event_type_known check (event_type in (
  'register', 'login_success', 'login_failure', 'login_locked', 'password_change',
  'password_reset_request', 'password_reset', 'email_added', 'email_removed', 'email_verified',
  'email_primary_changed', 'provider_linked', 'provider_unlinked', 'mfa_enrolled', 'mfa_disabled',
  'mfa_challenge', 'mfa_success', 'mfa_failure', 'recovery_codes_generated', 'device_new',
  'device_forgotten', 'role_granted', 'role_revoked', 'status_changed',
  'sign_out', 'session_revoked', 'refresh_token_reuse'
)) not valid;
alter table app_public.login_audit_logs validate constraint login_audit_logs_event_type_known;
comment on column app_public.login_audit_logs.event_type is E'What happened. One of: register, login_success (a session was created), login_failure, login_locked, password_change, password_reset_request, password_reset, email_added, email_removed, email_verified, email_primary_changed, provider_linked, provider_unlinked, mfa_enrolled, mfa_disabled, mfa_challenge, mfa_success, mfa_failure, recovery_codes_generated, device_new, device_forgotten, role_granted, role_revoked, status_changed, sign_out, session_revoked, refresh_token_reuse.';

/*
 * USER_SESSIONS: one row per sign-in. What a user may see of it; the refresh secret lives in app_private.
 */
create table app_public.user_sessions (
  id               uuid primary key default gen_random_uuid(),
  user_uuid        uuid not null references app_public.users (uuid) on delete cascade,
  device_id        bigint references app_public.user_devices (id) on delete set null,
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
  revoked_by       uuid references app_public.users (uuid) on delete set null,
  constraint user_sessions_revoked_with_reason check ((revoked_at is null) = (revoke_reason is null)),
  constraint user_sessions_expiry_after_creation check (expires_at > created_at)
);
create index user_sessions_live_by_user_idx on app_public.user_sessions (user_uuid) where revoked_at is null;
create index user_sessions_device_id_idx on app_public.user_sessions (device_id);
create index user_sessions_revoked_by_idx on app_public.user_sessions (revoked_by);
alter table app_public.user_sessions enable row level security;
create policy select_own on app_public.user_sessions for select to app_user
  using (user_uuid = (select app_public.current_user_uuid()));
create policy select_all_as_admin on app_public.user_sessions for select to app_admin
  using ((select app_public.current_user_is_admin()));
grant select on app_public.user_sessions to app_user, app_admin;
comment on table app_public.user_sessions is E'@behavior -insert -update -delete\nA session: one sign-in on one device, renewed by its refresh token until it is signed out, revoked or expires.';
comment on column app_public.user_sessions.id is E'The session''s identifier (the `sid` claim of its access tokens).';
comment on column app_public.user_sessions.user_uuid is E'The signed-in account.';
comment on column app_public.user_sessions.device_id is E'The device the session was created on, when the client sent a device fingerprint.';
comment on column app_public.user_sessions.created_at is E'When the session was created (the sign-in).';
comment on column app_public.user_sessions.refreshed_at is E'When the session was last refreshed: its last activity, to within one access-token lifetime.';
comment on column app_public.user_sessions.expires_at is E'Absolute expiry: the session ends then, however often it is refreshed.';
comment on column app_public.user_sessions.aal is E'Authentication assurance level: 1 after a password, 2 after a second factor.';
comment on column app_public.user_sessions.authenticated_at is E'When the user last proved who they are in this session (re-authentication checks use it).';
comment on column app_public.user_sessions.ip_address is E'The client address the server saw at sign-in.';
comment on column app_public.user_sessions.user_agent is E'The user agent the server saw at sign-in.';
comment on column app_public.user_sessions.revoked_at is E'When the session was ended; NULL while it may be used.';
comment on column app_public.user_sessions.revoke_reason is E'Why it ended: sign_out, revoked_by_user, revoked_by_admin, password_changed, password_reset, account_suspended, account_deactivated or refresh_token_reuse.';
comment on column app_public.user_sessions.revoked_by is E'Who ended it (the user, an administrator); NULL when the system did.';

create table app_private.user_session_secrets (
  session_id         uuid primary key references app_public.user_sessions (id) on delete cascade,
  rotation_key       bytea not null
    constraint user_session_secrets_rotation_key_length check (octet_length(rotation_key) = 32),
  refresh_counter    bigint not null default 0
    constraint user_session_secrets_refresh_counter_nonnegative check (refresh_counter >= 0),
  refresh_token_hash bytea not null
    constraint user_session_secrets_refresh_token_hash_length check (octet_length(refresh_token_hash) = 32)
);
alter table app_private.user_session_secrets enable row level security;
comment on table app_private.user_session_secrets is E'The refresh state of a session. Neither column lets anyone resume the session: the token itself is never stored.';
comment on column app_private.user_session_secrets.session_id is E'The session.';
comment on column app_private.user_session_secrets.rotation_key is E'Random per-session key deriving each refresh secret from the previous one.';
comment on column app_private.user_session_secrets.refresh_counter is E'How many times the session was refreshed: the counter of the current refresh token.';
comment on column app_private.user_session_secrets.refresh_token_hash is E'SHA-256 of the current refresh token''s secret.';

/*
 * Refresh-token encoding.
 */
create function app_private.base64url_encode(value bytea) returns text
  language sql immutable strict parallel safe
  set search_path = pg_catalog
as $$
  select translate(encode(value, 'base64'), E'+/=\n', '-_')
$$;
comment on function app_private.base64url_encode(bytea) is E'Unpadded base64url of a byte string.';

create function app_private.base64url_decode(value text) returns bytea
  language sql immutable strict parallel safe
  set search_path = pg_catalog
as $$
  select decode(rpad(translate(value, '-_', '+/'), ((char_length(value) + 3) / 4) * 4, '='), 'base64')
$$;
comment on function app_private.base64url_decode(text) is E'Decodes unpadded base64url.';

create function app_private.next_refresh_secret(rotation_key bytea, secret bytea, counter bigint) returns bytea
  language sql immutable strict parallel safe
  set search_path = pg_catalog, public, pg_temp
as $$
  select hmac(secret || int8send(counter), rotation_key, 'sha256')
$$;
comment on function app_private.next_refresh_secret(bytea, bytea, bigint) is
  E'The refresh secret of counter `counter`, derived from the one before it: HMAC-SHA256(rotation_key, secret || counter).';

create function app_private.format_refresh_token(session_id uuid, counter bigint, secret bytea) returns text
  language sql immutable strict parallel safe
  set search_path = pg_catalog
as $$
  select session_id::text || '.' || counter::text || '.' || app_private.base64url_encode(secret)
$$;
comment on function app_private.format_refresh_token(uuid, bigint, bytea) is E'`<session id>.<counter>.<secret>`: the refresh token handed to the client.';

/*
 * What a sign-in or a refresh grants: the claims of an access token (signed by the server) and the
 * refresh token. A first step that needs a second factor grants only an mfa_challenge.
 */
create type app_public.session_grant as (
  role          text,
  user_uuid     uuid,
  session_id    uuid,
  iat           bigint,
  exp           bigint,
  aal           integer,
  auth_time     bigint,
  refresh_token text,
  mfa_challenge text
);
comment on type app_public.session_grant is
  E'What a sign-in or refresh grants: the access token''s claims (role, user, session id, issued-at, expiry, assurance level, auth_time; the server signs them) and the refresh token. When a second factor is needed: role `mfa_required`, exp and mfa_challenge only.';

create function app_private.session_grant(session_id uuid, refresh_token text) returns app_public.session_grant
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
    null
  )::app_public.session_grant
  from app_public.user_sessions s
  where s.id = session_grant.session_id
$$;
comment on function app_private.session_grant(uuid, text) is E'The access-token claims of a session, with the refresh token to hand out beside them.';

create function app_private.start_session(user_uuid uuid, aal integer, device_id bigint, ip_address inet, user_agent text)
  returns app_public.session_grant
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_session_id uuid;
  v_secret bytea := gen_random_bytes(32);
begin
  insert into app_public.user_sessions (user_uuid, device_id, expires_at, aal, authenticated_at, ip_address, user_agent)
    values (start_session.user_uuid, start_session.device_id,
            now() + (select session_absolute_lifetime from app_private.auth_settings),
            start_session.aal, now(), start_session.ip_address, left(start_session.user_agent, 1024))
    returning id into v_session_id;
  insert into app_private.user_session_secrets (session_id, rotation_key, refresh_token_hash)
    values (v_session_id, gen_random_bytes(32), digest(v_secret, 'sha256'));
  return app_private.session_grant(v_session_id, app_private.format_refresh_token(v_session_id, 0, v_secret));
end;
$$;
comment on function app_private.start_session(uuid, integer, bigint, inet, text) is
  E'Creates the session of a successful sign-in (assurance level 1 after a password, 2 after a second factor) and returns its grant.';

/*
 * Ending sessions. One audit row per call (not per session), naming who ended them.
 */
create function app_private.revoke_sessions(
  user_uuid uuid, reason text, actor uuid, only_session uuid default null, keep_session uuid default null
) returns integer
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_count integer;
begin
  update app_public.user_sessions s set revoked_at = now(), revoke_reason = reason, revoked_by = actor
    where s.user_uuid = revoke_sessions.user_uuid and s.revoked_at is null
      and (only_session is null or s.id = only_session)
      and (keep_session is null or s.id <> keep_session);
  get diagnostics v_count = row_count;
  if v_count > 0 then
    perform app_private.audit(
      case reason when 'sign_out' then 'sign_out' when 'refresh_token_reuse' then 'refresh_token_reuse' else 'session_revoked' end,
      user_uuid, app_private.client_ip(null), app_private.client_user_agent(null),
      format('%s session(s), %s, by %s', v_count, reason, coalesce(actor::text, 'the system')));
  end if;
  return v_count;
end;
$$;
comment on function app_private.revoke_sessions(uuid, text, uuid, uuid, uuid) is
  E'Ends the live sessions of an account (only one, or all but one), recording why and who (audited once per call); returns how many.';

/*
 * Who is signed in: the live session named by jwt.claims.session_id, of the account in jwt.claims.user_uuid.
 */
create or replace function app_public.current_user_uuid() returns uuid
  language sql stable security definer
  set search_path = pg_catalog, public, pg_temp
as $$
  select s.user_uuid
  from app_public.user_sessions s
  join app_public.user_status st on st.user_uuid = s.user_uuid
  where s.id = nullif(current_setting('jwt.claims.session_id', true), '')::uuid
    and s.user_uuid = nullif(current_setting('jwt.claims.user_uuid', true), '')::uuid
    and s.revoked_at is null
    and s.expires_at > now()
    and st.status = 'active'
$$;
comment on function app_public.current_user_uuid() is
  E'The signed-in user''s uuid: the account of the session named by the transaction-local settings `jwt.claims.session_id` and `jwt.claims.user_uuid`, while that session is live (not revoked, not expired) and the account active; NULL otherwise. Sign-out and suspension take effect at the next statement.';

create function app_public.current_session_id() returns uuid
  language sql stable security definer
  set search_path = pg_catalog, public, pg_temp
as $$
  select nullif(current_setting('jwt.claims.session_id', true), '')::uuid where app_public.current_user_uuid() is not null
$$;
revoke all on function app_public.current_session_id() from public;
grant execute on function app_public.current_session_id() to app_anonymous, app_user, app_admin;
comment on function app_public.current_session_id() is E'The id of the live session making this request; NULL when nobody is signed in.';

drop function app_private.session_for(uuid);
drop function app_private.password_version(uuid);

create function app_public.user_sessions_is_current(s app_public.user_sessions) returns boolean
  language sql stable
  set search_path = pg_catalog, public, pg_temp
as $$
  select s.id is not distinct from app_public.current_session_id()
$$;
revoke all on function app_public.user_sessions_is_current(app_public.user_sessions) from public;
grant execute on function app_public.user_sessions_is_current(app_public.user_sessions) to app_user, app_admin;
comment on function app_public.user_sessions_is_current(app_public.user_sessions) is E'True for the session making this request.';

create function app_public.user_sessions_device_name(s app_public.user_sessions) returns text
  language sql stable
  set search_path = pg_catalog, public, pg_temp
as $$
  select d.device_name from app_public.user_devices d where d.id = s.device_id
$$;
revoke all on function app_public.user_sessions_device_name(app_public.user_sessions) from public;
grant execute on function app_public.user_sessions_device_name(app_public.user_sessions) to app_user, app_admin;
comment on function app_public.user_sessions_device_name(app_public.user_sessions) is E'The name the user gave the session''s device, if any.';

create function app_public.my_sessions() returns setof app_public.user_sessions
  language sql stable security definer
  set search_path = pg_catalog, public, pg_temp
as $$
  select s.* from app_public.user_sessions s
  where s.user_uuid = app_public.current_user_uuid()
    and s.revoked_at is null and s.expires_at > now()
    and s.refreshed_at > now() - (select session_idle_timeout from app_private.auth_settings)
  order by s.refreshed_at desc, s.id
$$;
revoke all on function app_public.my_sessions() from public;
grant execute on function app_public.my_sessions() to app_user, app_admin;
comment on function app_public.my_sessions() is
  E'Where the signed-in user is signed in: their live sessions, most recently active first (`isCurrent` marks this one).';

/*
 * Signing in: the lookup and lockout are unchanged; a success now creates a session.
 */
drop function app_public.authenticate(text, text, inet, text, text);
drop function app_public.complete_mfa_login(text, text, inet, text, text);
drop function app_private.complete_login(uuid, citext, inet, text, text);
drop type app_public.jwt_token;

create function app_private.complete_login(user_uuid uuid, key citext, ip_address inet, user_agent text, device_fingerprint text)
  returns bigint
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_device_id bigint;
  v_device_is_new boolean;
begin
  delete from app_private.login_attempts a where a.identifier = key;
  update app_public.users u set last_login_at = now() where u.uuid = complete_login.user_uuid;
  if nullif(btrim(device_fingerprint), '') is not null then
    insert into app_public.user_devices as d (user_uuid, device_fingerprint)
      values (complete_login.user_uuid, left(btrim(device_fingerprint), 255))
      on conflict on constraint user_devices_fingerprint_per_user do update set last_seen_at = now()
      returning d.id, (xmax = 0) into v_device_id, v_device_is_new;
    if v_device_is_new then
      perform app_private.audit('device_new', complete_login.user_uuid, ip_address, user_agent);
    end if;
  end if;
  perform app_private.audit('login_success', complete_login.user_uuid, ip_address, user_agent);
  return v_device_id;
end;
$$;
comment on function app_private.complete_login(uuid, citext, inet, text, text) is
  E'The bookkeeping of a successful sign-in: clears the lockout counter, sets last_login_at, records the device, audits; returns the device''s id.';

create function app_public.authenticate(
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
comment on function app_public.authenticate(text, text, inet, text, text) is
  E'@behavior -*\nSigns in with an email or username and a password and creates a session (assurance level 1). Returns its grant (access-token claims and refresh token), or NULL for any failure (unknown login, wrong password, inactive account, locked identifier) without saying which; with an authenticator app enabled, role `mfa_required` and an mfa_challenge instead, and no session. Every attempt is audited, with the client address the server saw.';

create function app_public.complete_mfa_login(
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
  v_device_id := app_private.complete_login(v_challenge.user_uuid, v_key, ip_address, user_agent, device_fingerprint);
  return app_private.start_session(v_challenge.user_uuid, 2, v_device_id, ip_address, user_agent);
end;
$$;
revoke all on function app_public.complete_mfa_login(text, text, inet, text, text) from public;
grant execute on function app_public.complete_mfa_login(text, text, inet, text, text) to app_anonymous, app_user, app_admin;
comment on function app_public.complete_mfa_login(text, text, inet, text, text) is
  E'@behavior -*\nThe second step of a sign-in: the mfa_challenge from authenticate and a current authenticator code or an unused recovery code. Creates the session at assurance level 2 and returns its grant, or NULL for any failure (counted towards lockout and audited).';

/*
 * Refreshing: rotation with reuse detection and a grace window for racing tabs.
 */
create function app_public.refresh_session(refresh_token text) returns app_public.session_grant
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_parts text[] := regexp_match(coalesce(refresh_token, ''),
    '^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([0-9]{1,18})\.([A-Za-z0-9_-]{43})$');
  v_settings app_private.auth_settings;
  v_session app_public.user_sessions;
  v_secrets app_private.user_session_secrets;
  v_counter bigint;
  v_secret bytea;
  v_next bytea;
begin
  if v_parts is null then
    return null;
  end if;
  select * into v_settings from app_private.auth_settings;
  -- One refresh of a session at a time: a racing refresh waits here and then sees the rotation.
  select * into v_secrets from app_private.user_session_secrets k where k.session_id = v_parts[1]::uuid for update;
  if v_secrets.session_id is null then
    return null;
  end if;
  select * into v_session from app_public.user_sessions s where s.id = v_secrets.session_id;
  v_counter := v_parts[2]::bigint;
  -- Walk the chain from the presented secret to the current counter: only a token this session really
  -- issued arrives at the stored hash. The walk is bounded (a token from too long ago is just invalid).
  if v_counter > v_secrets.refresh_counter or v_secrets.refresh_counter - v_counter > 10000 then
    return null;
  end if;
  v_secret := app_private.base64url_decode(v_parts[3]);
  v_next := v_secret;
  for i in v_counter + 1 .. v_secrets.refresh_counter loop
    v_next := app_private.next_refresh_secret(v_secrets.rotation_key, v_next, i);
  end loop;
  if digest(v_next, 'sha256') <> v_secrets.refresh_token_hash then
    return null;
  end if;

  if v_session.revoked_at is not null or v_session.expires_at <= now()
     or v_session.refreshed_at <= now() - v_settings.session_idle_timeout
     or not exists (select 1 from app_public.user_status st where st.user_uuid = v_session.user_uuid and st.status = 'active') then
    return null;
  end if;

  if v_counter = v_secrets.refresh_counter then
    -- The current token: rotate.
    v_next := app_private.next_refresh_secret(v_secrets.rotation_key, v_secret, v_counter + 1);
    update app_private.user_session_secrets k
      set refresh_counter = v_counter + 1, refresh_token_hash = digest(v_next, 'sha256')
      where k.session_id = v_session.id;
    update app_public.user_sessions s set refreshed_at = now() where s.id = v_session.id;
    return app_private.session_grant(v_session.id, app_private.format_refresh_token(v_session.id, v_counter + 1, v_next));
  elsif v_counter = v_secrets.refresh_counter - 1 and v_session.refreshed_at > now() - v_settings.refresh_reuse_interval then
    -- The token just rotated away, again within the grace window (another tab): the same successor.
    return app_private.session_grant(v_session.id, app_private.format_refresh_token(v_session.id, v_secrets.refresh_counter, v_next));
  end if;
  -- An older token of this session, or the previous one after the grace window: it was copied. End the session.
  perform app_private.revoke_sessions(v_session.user_uuid, 'refresh_token_reuse', null, v_session.id);
  return null;
end;
$$;
revoke all on function app_public.refresh_session(text) from public;
grant execute on function app_public.refresh_session(text) to app_anonymous, app_user, app_admin;
comment on function app_public.refresh_session(text) is
  E'@behavior -*\nExchanges a refresh token for a new access-token grant and the next refresh token, within the session''s idle and absolute limits and while the account is active. The token that was just rotated away returns the same successor for refresh_reuse_interval (racing tabs); any other earlier token of the session is reuse and ends the session (audited). NULL for every failure, without saying which.';

create function app_public.sign_out(scope text default 'local') returns integer
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_signed_in();
  v_session_id uuid := app_public.current_session_id();
  v_scope text := lower(coalesce(scope, 'local'));
begin
  if v_scope not in ('local', 'others', 'global') then
    raise exception 'The scope must be local, others or global' using errcode = '22023';
  end if;
  return app_private.revoke_sessions(
    v_user_uuid, 'sign_out', v_user_uuid,
    case when v_scope = 'local' then v_session_id end,
    case when v_scope = 'others' then v_session_id end);
end;
$$;
revoke all on function app_public.sign_out(text) from public;
grant execute on function app_public.sign_out(text) to app_user, app_admin;
comment on function app_public.sign_out(text) is
  E'@behavior -*\nSigns out: ends this session (`local`, the default), all others (`others`) or all (`global`); returns how many ended (audited). Errors: LOGIN, 22023 (another scope).';

create function app_public.revoke_session(session_id uuid) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_signed_in();
begin
  return app_private.revoke_sessions(v_user_uuid, 'revoked_by_user', v_user_uuid, revoke_session.session_id) > 0;
end;
$$;
revoke all on function app_public.revoke_session(uuid) from public;
grant execute on function app_public.revoke_session(uuid) to app_user, app_admin;
comment on function app_public.revoke_session(uuid) is
  E'Ends one of the signed-in user''s own sessions by its id (audited); false when it is not theirs or already ended. Errors: LOGIN.';

create function app_public.revoke_user_sessions(user_uuid uuid) returns integer
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_admin uuid := app_private.assert_admin();
begin
  if not exists (select 1 from app_public.users u where u.uuid = revoke_user_sessions.user_uuid) then
    raise exception 'No such user' using errcode = 'USRNF';
  end if;
  return app_private.revoke_sessions(revoke_user_sessions.user_uuid, 'revoked_by_admin', v_admin);
end;
$$;
revoke all on function app_public.revoke_user_sessions(uuid) from public;
grant execute on function app_public.revoke_user_sessions(uuid) to app_admin;
comment on function app_public.revoke_user_sessions(uuid) is
  E'Administrators: ends every session of an account (audited, naming the administrator); returns how many. Errors: LOGIN, FORBD, USRNF.';

/*
 * Password changes and account status end sessions.
 */
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
  -- Every other session ends; the one that changed the password goes on.
  perform app_private.revoke_sessions(v_user_uuid, 'password_changed', v_user_uuid, null, app_public.current_session_id());
  return true;
end;
$$;
comment on function app_public.change_password(text, text) is
  E'Changes the signed-in user''s password and ends their other sessions. Returns false (and audits the failure) when old_password is wrong. Errors: LOGIN, WEAKP, LONGP.';

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
  -- Whoever knew the old password is signed out everywhere.
  perform app_private.revoke_sessions(v_token.user_uuid, 'password_reset', null);
  return true;
end;
$$;
comment on function app_public.reset_password(text, text) is
  E'Sets a new password with a reset token, lifts the account''s lockout and ends every session of the account. False when the token''s secret is wrong (counted). Errors: TOKEN, WEAKP, LONGP.';

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
  -- Suspension and deactivation end the sessions for good: reactivating brings none of them back.
  if status <> 'active' then
    perform app_private.revoke_sessions(change_status.user_uuid, 'account_' || status::text, actor);
  end if;
  return true;
end;
$$;
comment on function app_public.deactivate_my_account(text) is
  E'Deactivates the signed-in user''s own account (audited) and ends all its sessions for good. Errors: LOGIN, BADRS, LSTAD (the last active administrator).';
comment on function app_public.set_account_status(uuid, app_public.account_status, text) is
  E'Administrators: suspends, reactivates or deactivates an account, with a reason (audited). Suspending or deactivating ends every session of the account for good: reactivation brings none back. Errors: LOGIN, FORBD, USRNF, BADRS, LSTAD.';

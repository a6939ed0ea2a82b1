--! Previous: sha1:0b82cf3fe43a3cf032319a751a2d6de2afc452f9
--! Hash: sha1:d971ceaec7170ef154808590cf4e8984c2a3005e
--! Message: registration, authentication and password functions

/*
 * Settings of the authentication functions: one row, readable only by the owner.
 */
create table app_private.auth_settings (
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
  session_lifetime     interval not null default interval '8 hours'
    constraint auth_settings_session_lifetime_positive check (session_lifetime > interval '0'),
  clock_offset         interval not null default interval '0'
);
alter table app_private.auth_settings enable row level security;
comment on table app_private.auth_settings is E'Settings of the authentication functions (one row). Change them with UPDATE as the owner.';
comment on column app_private.auth_settings.singleton is E'Always true: the table holds exactly one row.';
comment on column app_private.auth_settings.bcrypt_cost is E'bcrypt cost for new password hashes (default 10, OWASP''s minimum). Older hashes are upgraded at the next successful sign-in.';
comment on column app_private.auth_settings.password_min_length is E'Minimum password length in characters.';
comment on column app_private.auth_settings.lockout_max_attempts is E'Failed sign-ins of one login identifier within lockout_window before it is locked.';
comment on column app_private.auth_settings.lockout_window is E'How long failures are counted, and how long a lock lasts from the first failure.';
comment on column app_private.auth_settings.session_lifetime is E'Lifetime of the session token authenticate returns.';
comment on column app_private.auth_settings.clock_offset is E'Shifts the clock of the lockout logic; for tests only, keep it at 0.';
insert into app_private.auth_settings default values;

create function app_private.auth_now() returns timestamptz
  language sql stable
  set search_path = pg_catalog
as $$
  select now() + (select clock_offset from app_private.auth_settings)
$$;
comment on function app_private.auth_now() is E'The time the lockout logic uses: now() shifted by auth_settings.clock_offset.';

/*
 * Failed sign-in counters, per login identifier, whether or not it matches an account.
 */
create table app_private.login_attempts (
  identifier      citext primary key
    constraint login_attempts_identifier_length check (char_length(identifier) <= 330),
  failed_count    integer not null
    constraint login_attempts_failed_count_positive check (failed_count >= 1),
  first_failed_at timestamptz not null
);
alter table app_private.login_attempts enable row level security;
comment on table app_private.login_attempts is E'Failed sign-ins per account, or per typed login identifier that matches no account, for lockout.';
comment on column app_private.login_attempts.identifier is E'`account:<uuid>` for an existing account, `login:<identifier as typed>` otherwise (case-insensitive).';
comment on column app_private.login_attempts.failed_count is E'Failures since first_failed_at.';
comment on column app_private.login_attempts.first_failed_at is E'Start of the counting window.';

/*
 * The session token: signed as a JWT by the GraphQL layer.
 */
create type app_public.jwt_token as (
  role      text,
  user_uuid uuid,
  exp       bigint
);
comment on type app_public.jwt_token is E'A session: the database role to use, the signed-in user and the expiry (seconds since the epoch).';

/*
 * Input rules shared by registration and password changes.
 */
create function app_private.assert_valid_password(password text) returns void
  language plpgsql stable
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_min integer := (select password_min_length from app_private.auth_settings);
begin
  if password is null or char_length(password) < v_min then
    raise exception 'The password must be at least % characters long', v_min using errcode = 'WEAKP';
  end if;
  -- bcrypt ignores everything after 72 bytes; a longer password would silently match its prefix.
  if octet_length(password) > 72 then
    raise exception 'The password must be at most 72 bytes long (UTF-8)' using errcode = 'LONGP';
  end if;
end;
$$;
comment on function app_private.assert_valid_password(text) is
  E'Raises WEAKP when the password is shorter than auth_settings.password_min_length, LONGP when it exceeds bcrypt''s 72 bytes.';

create function app_private.hash_password(password text) returns text
  language sql volatile strict
  set search_path = pg_catalog, public, pg_temp
as $$
  select crypt(password, gen_salt('bf', (select bcrypt_cost from app_private.auth_settings)))
$$;
comment on function app_private.hash_password(text) is E'bcrypt hash of the password at the configured cost.';

create function app_private.verify_password(user_uuid uuid, password text) returns boolean
  language sql stable
  set search_path = pg_catalog, public, pg_temp
as $$
  select coalesce((
    select c.password_hash = crypt(verify_password.password, c.password_hash)
    from app_private.user_credentials c
    where c.user_uuid = verify_password.user_uuid
  ) and octet_length(verify_password.password) <= 72, false)
$$;
comment on function app_private.verify_password(uuid, text) is
  E'True when the password matches the user''s stored hash; false for unknown users and passwords over 72 bytes.';

create function app_private.audit(
  event_type text, user_uuid uuid, ip_address inet default null, user_agent text default null, reason text default null
) returns void
  language sql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
  insert into app_public.login_audit_logs (event_type, user_uuid, ip_address, user_agent, reason)
  values (event_type, user_uuid, ip_address, left(user_agent, 1024), left(reason, 500))
$$;
comment on function app_private.audit(text, uuid, inet, text, text) is E'Appends one security event to login_audit_logs.';

/*
 * Registration.
 */
create function app_public.register_user(username text, email text, password text, display_name text default null)
  returns app_public.users
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user app_public.users;
  v_constraint text;
begin
  if email is null or char_length(email) > 254 or email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' then
    raise exception 'The email address is not valid' using errcode = 'BADEM';
  end if;
  if username is null or char_length(username) not between 3 and 32 or username !~ '^[A-Za-z][A-Za-z0-9_]*$' then
    raise exception 'The username must be 3 to 32 letters, digits or underscores, starting with a letter'
      using errcode = 'BADUN';
  end if;
  if display_name is not null and char_length(btrim(display_name)) not between 1 and 100 then
    raise exception 'The display name must be 1 to 100 characters long' using errcode = 'BADDN';
  end if;
  perform app_private.assert_valid_password(password);

  begin
    insert into app_public.users default values returning * into v_user;
    insert into app_public.user_profiles (user_uuid, username, display_name)
      values (v_user.uuid, username, nullif(btrim(display_name), ''));
    insert into app_public.user_emails (user_uuid, email, is_primary)
      values (v_user.uuid, email, true);
  exception when unique_violation then
    -- Also reached when a concurrent registration commits the same name first.
    get stacked diagnostics v_constraint = constraint_name;
    if v_constraint = 'user_emails_email_key' then
      raise exception 'An account with this email address already exists' using errcode = 'EMTKN';
    elsif v_constraint = 'user_profiles_username_key' then
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
grant execute on function app_public.register_user(text, text, text, text) to app_anonymous;
comment on function app_public.register_user(text, text, text, text) is
  E'Creates an account with its profile, primary email, `user` role and password, and records a `register` event. Errors: BADEM, BADUN, BADDN, WEAKP, LONGP, EMTKN, UNTKN.';

/*
 * Sign-in.
 */
create function app_public.authenticate(
  login text, password text, ip_address inet default null, user_agent text default null, device_fingerprint text default null
) returns app_public.jwt_token
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_settings app_private.auth_settings;
  v_now timestamptz := app_private.auth_now();
  v_identifier citext := left(btrim(coalesce(login, '')), 320);
  v_key citext;
  v_attempts app_private.login_attempts;
  v_user_uuid uuid;
  v_hash text;
  v_status app_public.account_status;
  v_computed text;
  v_matches boolean;
  v_failure text;
  v_device_is_new boolean;
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

  select * into v_attempts from app_private.login_attempts a where a.identifier = v_key;
  if v_attempts.first_failed_at <= v_now - v_settings.lockout_window then
    v_attempts := null; -- the window has passed
  end if;
  select c.password_hash into v_hash from app_private.user_credentials c where c.user_uuid = v_user_uuid;
  select s.status into v_status from app_public.user_status s where s.user_uuid = v_user_uuid;

  -- Exactly one bcrypt computation on every path, at the cost of a real check, so that an unknown
  -- login, a locked identifier or a wrong password take as long as a successful sign-in.
  v_computed := crypt(coalesce(password, ''), coalesce(v_hash, gen_salt('bf', v_settings.bcrypt_cost)));
  v_matches := v_computed = v_hash and password <> '' and octet_length(password) <= 72;

  v_failure := case
    when v_attempts.failed_count >= v_settings.lockout_max_attempts then 'locked'
    when v_user_uuid is null then 'unknown_login'
    when v_hash is null then 'no_password'
    when v_matches is not true then 'wrong_password'
    when v_status <> 'active' then 'account_' || v_status::text
  end;

  if v_failure = 'locked' then
    perform app_private.audit('login_locked', v_user_uuid, ip_address, user_agent, 'locked');
    return null;
  elsif v_failure is not null then
    insert into app_private.login_attempts as a (identifier, failed_count, first_failed_at)
      values (v_key, 1, v_now)
      on conflict (identifier) do update set
        failed_count = case when a.first_failed_at <= v_now - v_settings.lockout_window then 1 else a.failed_count + 1 end,
        first_failed_at = case when a.first_failed_at <= v_now - v_settings.lockout_window then v_now else a.first_failed_at end;
    perform app_private.audit('login_failure', v_user_uuid, ip_address, user_agent, v_failure);
    return null;
  end if;

  delete from app_private.login_attempts a where a.identifier = v_key;
  update app_public.users u set last_login_at = now() where u.uuid = v_user_uuid;
  -- Upgrade hashes made at a lower cost than today's setting, now that the password is known.
  if substring(v_hash from '^\$2[abxy]\$(\d\d)\$')::integer < v_settings.bcrypt_cost then
    update app_private.user_credentials c set password_hash = app_private.hash_password(password)
      where c.user_uuid = v_user_uuid;
  end if;
  if nullif(btrim(device_fingerprint), '') is not null then
    insert into app_public.user_devices as d (user_uuid, device_fingerprint)
      values (v_user_uuid, left(btrim(device_fingerprint), 255))
      on conflict on constraint user_devices_fingerprint_per_user do update set last_seen_at = now()
      returning (xmax = 0) into v_device_is_new;
    if v_device_is_new then
      perform app_private.audit('device_new', v_user_uuid, ip_address, user_agent);
    end if;
  end if;
  perform app_private.audit('login_success', v_user_uuid, ip_address, user_agent);

  return (
    case when exists (
      select 1 from app_public.user_roles ur join app_public.roles r on r.role_id = ur.role_id
      where ur.user_uuid = v_user_uuid and r.role_name = 'admin'
    ) then 'app_admin' else 'app_user' end,
    v_user_uuid,
    extract(epoch from now() + v_settings.session_lifetime)::bigint
  )::app_public.jwt_token;
end;
$$;
grant execute on function app_public.authenticate(text, text, inet, text, text) to app_anonymous, app_user, app_admin;
comment on function app_public.authenticate(text, text, inet, text, text) is
  E'Signs in with an email or username and a password. Returns a session token, or NULL for any failure (unknown login, wrong password, inactive account, locked identifier) without saying which. Every attempt is audited.';

/*
 * Password change and the current user.
 */
create function app_public.change_password(old_password text, new_password text) returns boolean
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_public.current_user_uuid();
begin
  if v_user_uuid is null then
    raise exception 'You must be signed in to change your password' using errcode = 'LOGIN';
  end if;
  if not app_private.verify_password(v_user_uuid, old_password) then
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
grant execute on function app_public.change_password(text, text) to app_user, app_admin;
comment on function app_public.change_password(text, text) is
  E'Changes the signed-in user''s password. Returns false (and audits the failure) when old_password is wrong. Errors: LOGIN, WEAKP, LONGP.';

create function app_public."current_user"() returns app_public.users
  language sql stable
  set search_path = pg_catalog, public, pg_temp
as $$
  select u.* from app_public.users u where u.uuid = app_public.current_user_uuid()
$$;
grant execute on function app_public."current_user"() to app_anonymous, app_user, app_admin;
comment on function app_public."current_user"() is E'The signed-in user, or NULL when nobody is signed in.';

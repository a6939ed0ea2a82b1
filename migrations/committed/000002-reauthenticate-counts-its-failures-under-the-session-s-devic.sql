--! Previous: sha1:0d9b3b8ddc9c5bad873ceb3a2d45935550e8d0a4
--! Hash: sha1:e36aed8869db7725f1415b222592a5d62951107d
--! Message: reauthenticate counts its failures under the session's device, so an attacker's failures elsewhere never lock the signed-in owner out of security settings

set local lock_timeout = '5s';
set local statement_timeout = '60s';

/*
 * Issue 10, point 6: reauthenticate counted its failures under the account's key, so five wrong passwords
 * from anywhere (an attacker at the sign-in form) locked the owner out of every security setting on the
 * device they are signed in on. It now counts under the key of the session's device, like a sign-in
 * presenting that device's token.
 */
create or replace function identity.reauthenticate(password text) returns boolean
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
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
comment on function identity.reauthenticate(text) is
  E'Confirms the signed-in user''s password for security settings: true renews the session''s authenticated_at (see auth_settings.reauthentication_window). False for a wrong password (counted like a sign-in from the session''s device: under its lockout key, so failures elsewhere do not lock it; audited), while locked or throttled. Errors: LOGIN.';

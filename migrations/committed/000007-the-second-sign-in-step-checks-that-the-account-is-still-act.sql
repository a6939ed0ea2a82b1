--! Previous: sha1:cdd86c7b81b393e19efe8cbf8c75d318588084b5
--! Hash: sha1:a68e75ad13efd4ab00105f737e073f246b860852
--! Message: the second sign-in step checks that the account is still active

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
    update app_private.user_recovery_codes r set used_at = now()
      where r.id = (select r2.id from app_private.user_recovery_codes r2
                    where r2.user_uuid = v_challenge.user_uuid and r2.used_at is null
                      and r2.code_hash = app_private.sha256(v_code) limit 1);
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

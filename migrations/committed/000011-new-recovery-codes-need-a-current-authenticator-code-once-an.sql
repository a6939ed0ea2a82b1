--! Previous: sha1:0d196f0d3d7699f9e0a9b7da592371c586975c3a
--! Hash: sha1:981b448e2579a07aa8f66a0e92e30e9df31be7b8
--! Message: new recovery codes need a current authenticator code once an app is enabled

-- Replacing recovery codes voids the old ones: with an authenticator app enabled, a stolen session alone
-- must not be able to do it. Before the app is enabled (while enrolling) no code is needed.
drop function app_public.generate_recovery_codes();
create function app_public.generate_recovery_codes(code text default null) returns setof text
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_signed_in();
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
grant execute on function app_public.generate_recovery_codes(text) to app_user;
comment on function app_public.generate_recovery_codes(text) is
  E'Replaces the signed-in user''s recovery codes with 10 new ones, shown this once; each works once in place of an authenticator code. Once an authenticator app is enabled, a current code from it is required: otherwise no codes are returned (the failure is audited and counts towards the lockout) and the old ones stay valid. Errors: LOGIN.';

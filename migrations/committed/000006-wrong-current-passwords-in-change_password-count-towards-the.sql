--! Previous: sha1:59774c8c3c5e79d81a70f7f418a7cfbfeacdb71c
--! Hash: sha1:cdd86c7b81b393e19efe8cbf8c75d318588084b5
--! Message: wrong current passwords in change_password count towards the account lockout

-- A stolen session must not become an unlimited oracle for the account's password.
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
comment on function app_public.change_password(text, text) is
  E'Changes the signed-in user''s password. Returns false (and audits the failure) when old_password is wrong or the account is locked; wrong passwords count towards the lockout. Errors: LOGIN, WEAKP, LONGP.';

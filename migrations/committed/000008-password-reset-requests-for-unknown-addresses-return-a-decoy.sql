--! Previous: sha1:a68e75ad13efd4ab00105f737e073f246b860852
--! Hash: sha1:04a45d9c51db64b8cbe4a6662c6b384746da4ab7
--! Message: password reset requests for unknown addresses return a decoy token

-- Even the caller (the application server) cannot tell whether an address has an account: an unknown
-- address gets a decoy of the same shape, which fails like any unknown token when redeemed.
create or replace function app_public.request_password_reset(email text) returns text
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid;
begin
  select e.user_uuid into v_user_uuid from app_public.user_emails e where e.email = request_password_reset.email::citext;
  if v_user_uuid is null then
    -- The decoy's id comes from the tokens' own sequence, so no real token can ever carry it.
    return nextval(pg_get_serial_sequence('app_private.user_tokens', 'id')) || '.' || app_private.random_token(24);
  end if;
  perform app_private.audit('password_reset_request', v_user_uuid);
  return app_private.issue_token(v_user_uuid, 'password_reset', null, interval '1 hour');
end;
$$;
comment on function app_public.request_password_reset(text) is
  E'@behavior -*\nFor the application server: a password-reset token (valid 1 hour) to mail to this address. An address no account has gets a decoy of the same shape that never works, so neither the caller nor the recipient learns whether an account exists. Not exposed through GraphQL.';

--! Previous: sha1:d971ceaec7170ef154808590cf4e8984c2a3005e
--! Hash: sha1:a17f2b9049670e59c9baaf9bf67bece64f60b6ed
--! Message: sessions end when the account stops being active

-- The status check lives where every request passes: an account suspended or deactivated after its
-- session token was issued is treated as signed out from its next statement on.
create or replace function app_public.current_user_uuid() returns uuid
  language sql stable security definer
  set search_path = pg_catalog, public, pg_temp
as $$
  select s.user_uuid
  from app_public.user_status s
  where s.user_uuid = nullif(current_setting('jwt.claims.user_uuid', true), '')::uuid
    and s.status = 'active'
$$;
revoke all on function app_public.current_user_uuid() from public;
grant execute on function app_public.current_user_uuid() to app_anonymous, app_user, app_admin;
comment on function app_public.current_user_uuid() is
  E'The signed-in user''s uuid, from the transaction-local setting `jwt.claims.user_uuid`; NULL when nobody is signed in or the account is not active.';

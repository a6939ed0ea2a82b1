-- Installed by the test run into the template database: tests (pgTAP and vitest) act as a signed-in user
-- through a real session row, since current_user_uuid() accepts nothing else.
create schema test_support;
grant usage on schema test_support to app_anonymous, app_user, app_admin;

create function test_support.act_as(user_uuid text) returns text
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
as $$
declare
  v_session_id uuid;
begin
  if coalesce(user_uuid, '') = '' then
    perform set_config('jwt.claims.session_id', '', true);
    return set_config('jwt.claims.user_uuid', '', true);
  end if;
  -- The user's live session from an earlier act_as, or a new one (an ended session stays ended).
  select s.id into v_session_id from identity.user_sessions s
    where s.user_uuid = act_as.user_uuid::uuid and s.revoked_at is null and s.expires_at > now()
    order by s.created_at desc limit 1;
  if v_session_id is null then
    insert into identity.user_sessions (user_uuid, expires_at, aal, authenticated_at)
      values (act_as.user_uuid::uuid, now() + interval '1 day', 1, now())
      returning id into v_session_id;
  end if;
  perform set_config('jwt.claims.session_id', v_session_id::text, true);
  return set_config('jwt.claims.user_uuid', act_as.user_uuid, true);
end;
$$;
grant execute on function test_support.act_as(text) to app_anonymous, app_user, app_admin;
comment on function test_support.act_as(text) is E'Tests only: signs the user in with a session of its own (or signs out with '''').';

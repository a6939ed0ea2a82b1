--! Previous: sha1:1e659fc2b4568d972ed932db209ab6fe11abe6ca
--! Hash: sha1:0d196f0d3d7699f9e0a9b7da592371c586975c3a
--! Message: nobody grants roles to themselves, administrators included

create or replace function app_public.grant_role(user_uuid uuid, role_name text) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_admin uuid := app_private.assert_admin();
  v_role_id integer := (select r.role_id from app_public.roles r where r.role_name = grant_role.role_name);
begin
  if grant_role.user_uuid = v_admin then
    -- Separation of duties: even an administrator's roles come from someone else.
    raise exception 'Nobody can grant roles to themselves' using errcode = 'FORBD';
  elsif v_role_id is null then
    raise exception 'No such role' using errcode = 'ROLNF';
  elsif not exists (select 1 from app_public.users u where u.uuid = grant_role.user_uuid) then
    raise exception 'No such user' using errcode = 'USRNF';
  end if;
  insert into app_public.user_roles (user_uuid, role_id) values (grant_role.user_uuid, v_role_id) on conflict do nothing;
  if not found then
    return false;
  end if;
  perform app_private.audit('role_granted', grant_role.user_uuid, null, null, format('%s by %s', role_name, v_admin));
  return true;
end;
$$;

comment on function app_public.grant_role(uuid, text) is
  E'Administrators: grants a role to another user (false when already held); nobody grants roles to themselves. Errors: LOGIN, FORBD, ROLNF, USRNF.';

--! Previous: sha1:a17f2b9049670e59c9baaf9bf67bece64f60b6ed
--! Hash: sha1:0258b9e7123521ef14f646498fa7c7a468461b64
--! Message: current_user for anonymous callers, stricter audit immutability, partition ownership

-- current_user() answers NULL for anonymous callers instead of failing on the users table they may not read.
-- It only ever returns the caller's own row, so running as the owner reveals nothing more.
create or replace function app_public."current_user"() returns app_public.users
  language sql stable security definer
  set search_path = pg_catalog, public, pg_temp
as $$
  select u.* from app_public.users u where u.uuid = app_public.current_user_uuid()
$$;
revoke all on function app_public."current_user"() from public;
grant execute on function app_public."current_user"() to app_anonymous, app_user, app_admin;
comment on function app_public."current_user"() is E'The signed-in user, or NULL when nobody is signed in.';

-- The only change an audit row accepts is ON DELETE SET NULL once its account is really gone.
create or replace function app_private.tg_login_audit_logs__append_only() returns trigger
  language plpgsql volatile
  set search_path = pg_catalog
as $$
begin
  if tg_op = 'UPDATE' and old.user_uuid is not null and new.user_uuid is null
     and (old.id, old.event_type, old.ip_address, old.user_agent, old.event_at, old.reason)
         is not distinct from (new.id, new.event_type, new.ip_address, new.user_agent, new.event_at, new.reason)
     and not exists (select 1 from app_public.users u where u.uuid = old.user_uuid) then
    return new;
  end if;
  raise exception 'Audit events are append-only' using errcode = 'AUDRO';
end;
$$;

-- Partitions belong to app_owner whoever runs this (e.g. pg_cron as a superuser), and one month that
-- cannot be created (its events already sit in the default partition) does not stop the later ones.
create or replace function app_private.create_login_audit_partitions(months_ahead integer default 3, from_month date default now()::date)
  returns setof text
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, pg_temp
as $$
declare
  v_month date := date_trunc('month', from_month)::date;
  v_name text;
begin
  if months_ahead < 0 or months_ahead > 120 then
    raise exception 'months_ahead must be between 0 and 120' using errcode = '22023';
  end if;
  for i in 0 .. months_ahead loop
    v_name := format('login_audit_logs_%s', to_char(v_month + make_interval(months => i), 'YYYYMM'));
    if to_regclass(format('app_public.%I', v_name)) is null then
      begin
        -- Bounds are UTC month starts, whatever the session's time zone.
        execute format(
          'create table app_public.%I partition of app_public.login_audit_logs for values from (%L) to (%L)',
          v_name,
          (v_month + make_interval(months => i)) at time zone 'UTC',
          (v_month + make_interval(months => i + 1)) at time zone 'UTC');
      exception when check_violation then
        raise warning 'partition % not created: the default partition already holds events of that month', v_name;
        continue;
      end;
      -- Partitions are reached through the parent only; RLS on them too, in case a grant ever appears.
      execute format('alter table app_public.%I enable row level security', v_name);
      execute format('comment on table app_public.%I is %L', v_name, E'@behavior -*\nMonthly partition of login_audit_logs.');
      return next v_name;
    end if;
  end loop;
end;
$$;
revoke all on function app_private.create_login_audit_partitions(integer, date) from public;
comment on function app_private.create_login_audit_partitions(integer, date) is
  E'Creates the monthly partitions of login_audit_logs from from_month''s month through months_ahead months later, owned by app_owner; returns the names it created. Run it monthly (e.g. from pg_cron).';

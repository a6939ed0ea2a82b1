--! Previous: sha1:84ecbc3d098ea0022ef53f20a27193cf38574e08
--! Hash: sha1:97abb4691b0e60e0cf5c62cde758c08fb430791c
--! Message: Partition upkeep that never blocks sign-ins, audit log retention, data-only restores into a fresh database

-- Issue 13: partition upkeep that never blocks sign-ins, retention of the audit log, and data-only restores
-- into a freshly migrated database.
set local lock_timeout = '5s';

/*
 * SETTINGS of the audit log's monthly partitions.
 */
alter table app_private.auth_settings
  add column if not exists login_audit_months_ahead integer not null default 3
    constraint auth_settings_login_audit_months_ahead_range check (login_audit_months_ahead between 1 and 24),
  add column if not exists login_audit_retention_months integer not null default 13
    constraint auth_settings_login_audit_retention_months_range check (login_audit_retention_months between 1 and 1200);
comment on column app_private.auth_settings.login_audit_months_ahead is
  E'How many months after the current one partition upkeep (`idkit maintain`) keeps ready in login_audit_logs, so that no event lands in the default partition (default 3).';
comment on column app_private.auth_settings.login_audit_retention_months is
  E'How many months of login_audit_logs are kept (default 13): a monthly partition is dropped by `idkit maintain` once its last possible event is older than that.';

/*
 * MONTHLY PARTITIONS without blocking sign-ins. `create table ... partition of` takes ACCESS EXCLUSIVE on
 * login_audit_logs and its default partition: queued behind one long reader of the audit log, it made every
 * audit insert (every sign-in) wait behind it. Instead a month is built as a standalone table with the
 * partition's columns, checks, foreign key and a CHECK matching its bounds (so ATTACH need not scan it), then
 * attached: ATTACH PARTITION takes SHARE UPDATE EXCLUSIVE on the parent, which inserts do not conflict with,
 * plus ACCESS EXCLUSIVE on the new table and on the default partition, which sign-ins never touch while it is
 * empty. The foreign key takes SHARE ROW EXCLUSIVE on users for a moment. Every lock waits at most
 * lock_timeout (500 ms), then the call fails with 55P03 and `idkit maintain` retries it in a new transaction.
 */
create or replace function app_private.login_audit_month(month date,
    out partition_name text, out starts_at timestamptz, out ends_at timestamptz)
  language sql immutable strict
  set search_path = pg_catalog, pg_temp
as $$
  select format('login_audit_logs_%s', to_char(month, 'YYYYMM')),
         date_trunc('month', month::timestamp) at time zone 'UTC',
         (date_trunc('month', month::timestamp) + interval '1 month') at time zone 'UTC'
$$;
revoke all on function app_private.login_audit_month(date) from public;
comment on function app_private.login_audit_month(date) is
  E'The name and UTC bounds of the monthly partition of login_audit_logs holding the given day.';

create or replace function app_private.login_audit_months_to_create(as_of timestamptz default now()) returns setof date
  language sql stable strict
  set search_path = pg_catalog, pg_temp
as $$
  select m::date
    from app_private.auth_settings s,
         generate_series(date_trunc('month', as_of at time zone 'UTC'),
                         date_trunc('month', as_of at time zone 'UTC') + make_interval(months => s.login_audit_months_ahead),
                         interval '1 month') m
   where not exists (
           select 1 from pg_inherits i join pg_class c on c.oid = i.inhrelid
            where i.inhparent = 'app_public.login_audit_logs'::regclass
              and c.relname = (app_private.login_audit_month(m::date)).partition_name)
   order by 1
$$;
revoke all on function app_private.login_audit_months_to_create(timestamptz) from public;
comment on function app_private.login_audit_months_to_create(timestamptz) is
  E'The first days of the months, from as_of''s UTC month through auth_settings.login_audit_months_ahead months later, that have no partition of login_audit_logs yet. Changes nothing.';

create or replace function app_private.login_audit_partitions_to_drop(as_of timestamptz default now()) returns setof text
  language sql stable strict
  set search_path = pg_catalog, pg_temp
as $$
  select c.relname::text
    from pg_inherits i
    join pg_class c on c.oid = i.inhrelid
   cross join app_private.auth_settings s
   where i.inhparent = 'app_public.login_audit_logs'::regclass
     and c.relname ~ '^login_audit_logs_[0-9]{6}$'
     and (app_private.login_audit_month(to_date(right(c.relname, 6), 'YYYYMM'))).ends_at
         <= as_of - make_interval(months => s.login_audit_retention_months)
   order by 1
$$;
revoke all on function app_private.login_audit_partitions_to_drop(timestamptz) from public;
comment on function app_private.login_audit_partitions_to_drop(timestamptz) is
  E'The monthly partitions of login_audit_logs whose every event is older than auth_settings.login_audit_retention_months months at as_of, oldest first. Changes nothing.';

create or replace function app_private.create_login_audit_partition(month date) returns text
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, pg_temp
  set lock_timeout = '500ms'
as $$
declare
  v_month record;
  v_table regclass;
begin
  select * into v_month from app_private.login_audit_month(month);
  v_table := to_regclass(format('app_public.%I', v_month.partition_name));
  if v_table is not null and exists (select 1 from pg_inherits i where i.inhrelid = v_table
                                        and i.inhparent = 'app_public.login_audit_logs'::regclass) then
    return null;
  end if;
  if v_table is null then
    -- LIKE copies the columns (without the parent's identity, which the parent alone keeps), defaults,
    -- NOT NULL and CHECK constraints, as ATTACH requires.
    execute format(
      'create table app_public.%I (like app_public.login_audit_logs including defaults including constraints, '
      'constraint %I check (event_at >= %L and event_at < %L))',
      v_month.partition_name, v_month.partition_name || '_bounds', v_month.starts_at, v_month.ends_at);
    -- Partitions are reached through the parent only; RLS on them too, in case a grant ever appears.
    execute format('alter table app_public.%I enable row level security', v_month.partition_name);
    execute format('comment on table app_public.%I is %L', v_month.partition_name,
      E'@behavior -*\nMonthly partition of login_audit_logs.');
  end if;
  -- Fails with 23514 when the default partition already holds events of this month.
  execute format('alter table app_public.login_audit_logs attach partition app_public.%I for values from (%L) to (%L)',
    v_month.partition_name, v_month.starts_at, v_month.ends_at);
  -- The partition bound says the same from now on.
  execute format('alter table app_public.%I drop constraint %I', v_month.partition_name, v_month.partition_name || '_bounds');
  return v_month.partition_name;
end;
$$;
revoke all on function app_private.create_login_audit_partition(date) from public;
comment on function app_private.create_login_audit_partition(date) is
  E'Creates the partition of login_audit_logs for the UTC month of the given day, owned by app_owner, as a standalone table attached afterwards, so that it never blocks audit inserts; returns its name, or NULL when it exists. Each lock waits at most 500 ms (55P03: try again in a new transaction); 23514 when the default partition holds events of that month.';

drop function if exists app_private.create_login_audit_partitions(integer, date);
create function app_private.create_login_audit_partitions(months_ahead integer default null, from_month date default now()::date)
  returns setof text
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
as $$
declare
  v_ahead integer := coalesce(months_ahead, (select s.login_audit_months_ahead from app_private.auth_settings s));
  v_name text;
begin
  if from_month is null or v_ahead < 0 or v_ahead > 120 then
    raise exception 'months_ahead must be between 0 and 120' using errcode = '22023';
  end if;
  for i in 0 .. v_ahead loop
    begin
      v_name := app_private.create_login_audit_partition((date_trunc('month', from_month::timestamp) + make_interval(months => i))::date);
      if v_name is not null then
        return next v_name;
      end if;
    exception
      when lock_not_available then
        raise warning 'partition of % not created: a lock was not granted within 500 ms (the next run tries again)',
          to_char(date_trunc('month', from_month::timestamp) + make_interval(months => i), 'YYYY-MM');
      when check_violation then
        raise warning 'partition of % not created: the default partition already holds events of that month',
          to_char(date_trunc('month', from_month::timestamp) + make_interval(months => i), 'YYYY-MM');
    end;
  end loop;
end;
$$;
revoke all on function app_private.create_login_audit_partitions(integer, date) from public;
comment on function app_private.create_login_audit_partitions(integer, date) is
  E'Creates the monthly partitions of login_audit_logs from from_month''s month through months_ahead months later (default auth_settings.login_audit_months_ahead), as create_login_audit_partition does; returns the names it created and warns about months it could not create. For pg_cron; `idkit maintain` does the same one month per transaction, with retries.';

create or replace function app_private.drop_login_audit_partition(partition_name text) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, pg_temp
  set lock_timeout = '500ms'
as $$
begin
  if not exists (select 1 from app_private.login_audit_partitions_to_drop() p where p = partition_name) then
    if to_regclass(format('app_public.%I', partition_name)) is null then
      return false;
    end if;
    raise exception 'partition % is within the retention period (auth_settings.login_audit_retention_months)', partition_name
      using errcode = '22023';
  end if;
  -- PostgreSQL refuses DETACH ... CONCURRENTLY while a default partition exists, so this takes ACCESS EXCLUSIVE
  -- on login_audit_logs: for at most lock_timeout while it waits, and for the moment the catalog changes.
  execute format('alter table app_public.login_audit_logs detach partition app_public.%I', partition_name);
  execute format('drop table app_public.%I', partition_name);
  return true;
end;
$$;
revoke all on function app_private.drop_login_audit_partition(text) from public;
comment on function app_private.drop_login_audit_partition(text) is
  E'Detaches and drops a monthly partition of login_audit_logs past the retention period (22023 for a younger one); returns false when there is no such partition. Waits at most 500 ms for each lock (55P03: try again later).';

create or replace function app_private.drop_expired_login_audit_partitions() returns setof text
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
as $$
declare
  v_name text;
begin
  for v_name in select p from app_private.login_audit_partitions_to_drop() p loop
    begin
      if app_private.drop_login_audit_partition(v_name) then
        return next v_name;
      end if;
    exception when lock_not_available then
      raise warning 'partition % not dropped: a lock was not granted within 500 ms (the next run tries again)', v_name;
    end;
  end loop;
end;
$$;
revoke all on function app_private.drop_expired_login_audit_partitions() from public;
comment on function app_private.drop_expired_login_audit_partitions() is
  E'Drops every monthly partition of login_audit_logs past the retention period; returns their names. For pg_cron; `idkit maintain` does the same one partition per transaction, with retries.';

/*
 * DATA-ONLY RESTORE into a freshly migrated database: the migrations seed auth_settings, roles and
 * common_passwords, which the dump brings back with the source's values, and create partitions for the
 * current months only. This empties the seeds and creates the partitions the dump's months need.
 */
create or replace function app_private.prepare_data_only_restore(months_back integer default null) returns void
  language plpgsql volatile
  set search_path = pg_catalog, pg_temp
as $$
declare
  v_back integer := coalesce(months_back, (select s.login_audit_retention_months from app_private.auth_settings s));
  v_ahead integer := (select s.login_audit_months_ahead from app_private.auth_settings s);
begin
  if exists (select 1 from app_public.users) then
    raise exception 'a data-only restore goes into a freshly migrated database, and this one holds accounts'
      using errcode = 'RSTDB';
  end if;
  if v_back is null or v_back not between 0 and 1200 then
    raise exception 'months_back must be between 0 and 1200' using errcode = '22023';
  end if;
  for i in -v_back .. v_ahead loop
    perform app_private.create_login_audit_partition((date_trunc('month', now() at time zone 'UTC') + make_interval(months => i))::date);
  end loop;
  delete from app_private.auth_settings;
  delete from app_public.roles;
  truncate app_private.common_passwords;
end;
$$;
revoke all on function app_private.prepare_data_only_restore(integer) from public;
comment on function app_private.prepare_data_only_restore(integer) is
  E'Run in a freshly migrated database right before restoring a `pg_dump --data-only` of another one (same transaction): creates the audit log''s partitions from months_back months ago (default auth_settings.login_audit_retention_months) and empties the seeded tables (auth_settings, roles, common_passwords) that the dump restores. Refuses (RSTDB) once the database holds accounts.';

-- Run ahead from now on: the months up to login_audit_months_ahead after the current one.
select app_private.create_login_audit_partitions();

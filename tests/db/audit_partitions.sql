-- Issue 13: what partition upkeep and retention plan to do (the SQL that only reads), the settings they
-- follow, and who may run them. The DDL itself runs in tests/audit-partitions.test.ts on a database of its
-- own: this file takes no lock beyond reading, so pg_prove can run it beside the others on one database.
begin;
select plan(24);

/*
 * Settings.
 */
select results_eq(
  $$ select login_audit_months_ahead, login_audit_retention_months from identity_private.auth_settings $$,
  $$ values (3, 13) $$,
  'partitions are kept 3 months ahead and 13 months back by default');
select col_not_null('identity_private', 'auth_settings', 'login_audit_months_ahead', 'months ahead is always set');
select col_not_null('identity_private', 'auth_settings', 'login_audit_retention_months', 'retention is always set');
select has_check('identity_private', 'auth_settings', 'the settings have range checks');
select ok(obj_description('identity_private.auth_settings'::regclass) is not null
  and col_description('identity_private.auth_settings'::regclass,
        (select attnum from pg_attribute where attrelid = 'identity_private.auth_settings'::regclass and attname = 'login_audit_retention_months')) is not null,
  'the retention setting is documented');

/*
 * Names and bounds of a month.
 */
select results_eq(
  $$ select partition_name, starts_at, ends_at from identity_private.login_audit_month('2031-02-17') $$,
  $$ values ('login_audit_logs_203102', '2031-02-01 00:00:00+00'::timestamptz, '2031-03-01 00:00:00+00'::timestamptz) $$,
  'a month is named login_audit_logs_YYYYMM and bounded by UTC month starts');
set local timezone = 'Pacific/Auckland';
select is((identity_private.login_audit_month('2031-12-31')).ends_at, '2032-01-01 00:00:00+00'::timestamptz,
  'the bounds do not depend on the session''s time zone');
reset timezone;

/*
 * Months to create: from the current UTC month through login_audit_months_ahead later, those without a partition.
 */
select is_empty($$ select * from identity_private.login_audit_months_to_create() $$,
  'right after migrating, every month up to 3 ahead has its partition');
select results_eq(
  $$ select * from identity_private.login_audit_months_to_create(now() + interval '2 months') $$,
  $$ select (date_trunc('month', now() at time zone 'UTC') + make_interval(months => m))::date
       from generate_series(4, 5) m $$,
  'two months later, the two months beyond the last partition are due');
update identity_private.auth_settings set login_audit_months_ahead = 5;
select results_eq(
  $$ select * from identity_private.login_audit_months_to_create() $$,
  $$ select (date_trunc('month', now() at time zone 'UTC') + make_interval(months => m))::date
       from generate_series(4, 5) m $$,
  'a wider login_audit_months_ahead makes the further months due');
select throws_ok($$ update identity_private.auth_settings set login_audit_months_ahead = 0 $$, '23514', null,
  'login_audit_months_ahead 0 is refused');
select throws_ok($$ update identity_private.auth_settings set login_audit_months_ahead = 25 $$, '23514', null,
  'login_audit_months_ahead 25 is refused');

/*
 * Partitions to drop: those whose every possible event is older than login_audit_retention_months.
 */
select is_empty($$ select * from identity_private.login_audit_partitions_to_drop() $$,
  'a new database has nothing to drop');
select results_eq(
  $$ select * from identity_private.login_audit_partitions_to_drop(now() + interval '13 months') $$,
  $$ values ('login_audit_logs_' || to_char(now() at time zone 'UTC' - interval '1 month', 'YYYYMM')) $$,
  '13 months on, the month that ended before the current one is past the retention period, the current one is not');
update identity_private.auth_settings set login_audit_retention_months = 1;
select results_eq(
  $$ select * from identity_private.login_audit_partitions_to_drop(now() + interval '1 month') $$,
  $$ values ('login_audit_logs_' || to_char(now() at time zone 'UTC' - interval '1 month', 'YYYYMM')) $$,
  'a shorter retention makes months due sooner');
select throws_ok($$ update identity_private.auth_settings set login_audit_retention_months = 0 $$, '23514', null,
  'login_audit_retention_months 0 is refused');
update identity_private.auth_settings set login_audit_retention_months = 13;
select throws_ok(
  format($$ select identity_private.drop_login_audit_partition('login_audit_logs_%s') $$, to_char(now() at time zone 'UTC', 'YYYYMM')),
  '22023', null, 'a partition inside the retention period is never dropped');
select is(identity_private.drop_login_audit_partition('login_audit_logs_199001'), false, 'dropping a partition that does not exist does nothing');

/*
 * Data-only restores go into a freshly migrated database only.
 */
insert into identity.users default values;
select throws_ok($$ select identity_private.prepare_data_only_restore() $$, 'RSTDB', null,
  'preparing a data-only restore is refused once the database holds accounts');
select is((select count(*) from identity_private.auth_settings), 1::bigint, 'and changes nothing');

/*
 * Who may run them, and how.
 */
select is(
  (select array_agg(p.oid::regprocedure::text order by 1) from pg_proc p
    where p.pronamespace = 'identity_private'::regnamespace
      and (p.proname like '%login_audit%' or p.proname = 'prepare_data_only_restore')
      and (has_function_privilege('public', p.oid, 'execute') or has_function_privilege('app_user', p.oid, 'execute')
           or has_function_privilege('app_admin', p.oid, 'execute') or has_function_privilege('app_anonymous', p.oid, 'execute'))),
  null, 'neither PUBLIC nor an API role may run partition upkeep, retention or restore preparation');
select is(
  (select array_agg(p.proname::text order by 1) from pg_proc p
    where p.pronamespace = 'identity_private'::regnamespace and p.proname in ('create_login_audit_partition', 'drop_login_audit_partition')
      and 'lock_timeout=500ms' = any(p.proconfig)),
  array['create_login_audit_partition', 'drop_login_audit_partition'],
  'creating and dropping a partition wait at most 500 ms for each lock, whoever calls them');
select is(
  (select array_agg(p.proname::text order by 1) from pg_proc p
    where p.pronamespace = 'identity_private'::regnamespace and p.prosecdef
      and p.proname in ('create_login_audit_partition', 'create_login_audit_partitions', 'drop_login_audit_partition', 'drop_expired_login_audit_partitions')
      and p.proowner = 'app_owner'::regrole
      and exists (select 1 from unnest(p.proconfig) c where c like 'search_path=%')),
  array['create_login_audit_partition', 'create_login_audit_partitions', 'drop_expired_login_audit_partitions', 'drop_login_audit_partition'],
  'the DDL functions run as app_owner (so partitions belong to it, even from pg_cron) with a pinned search_path');
select is(
  (select count(*)::int from identity.login_audit_logs_default), 0,
  'the default partition is empty');

select * from finish();
rollback;

-- Grants, role memberships and row-level security of the identity schema.
-- Fixtures are written as superuser; every RLS check runs after `set local role` with the claims set.
begin;
select plan(214);

/*
 * Fixtures. A and B are ordinary users; C holds the `admin` role. Every user-owned table gets a row
 * for each of them, the audit log also an event with no user (a sign-in attempt for an unknown account).
 */
insert into identity.users (uuid) values
  ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'),
  ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'),
  ('cccccccc-cccc-4ccc-8ccc-cccccccccccc');
insert into identity.user_profiles (user_uuid, username, bio) values
  ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'rls_alice', 'bio of A'),
  ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'rls_bob', 'bio of B'),
  ('cccccccc-cccc-4ccc-8ccc-cccccccccccc', 'rls_carol', 'bio of C');
insert into identity.user_emails (user_uuid, email, is_primary) values
  ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'rls_alice@example.com', true),
  ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'rls_bob@example.com', true),
  ('cccccccc-cccc-4ccc-8ccc-cccccccccccc', 'rls_carol@example.com', true);
insert into identity.user_roles (user_uuid, role_id)
  select u.uuid, r.role_id from identity.users u, identity.roles r where r.role_name = 'user';
insert into identity.user_roles (user_uuid, role_id)
  select 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', role_id from identity.roles where role_name = 'admin';
insert into identity_private.user_credentials (user_uuid, password_hash)
  select uuid, crypt('x', gen_salt('bf', 4)) from identity.users;
insert into identity.user_auth_providers (user_uuid, provider_name, external_user_id, access_token, refresh_token) values
  ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'github', 'rls-gh-a', '\x0a'::bytea, '\x1a'::bytea),
  ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'github', 'rls-gh-b', '\x0b'::bytea, '\x1b'::bytea),
  ('cccccccc-cccc-4ccc-8ccc-cccccccccccc', 'github', 'rls-gh-c', '\x0c'::bytea, '\x1c'::bytea);
insert into identity.user_mfa_factors (user_uuid, factor_type, factor_data, is_enabled) values
  ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'totp', '\x0a'::bytea, true),
  ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'totp', '\x0b'::bytea, true),
  ('cccccccc-cccc-4ccc-8ccc-cccccccccccc', 'totp', '\x0c'::bytea, true);
insert into identity.user_devices (user_uuid, device_fingerprint, device_name) values
  ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'fp-a', 'A laptop'),
  ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'fp-a2', 'A phone'),
  ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'fp-b', 'B laptop'),
  ('cccccccc-cccc-4ccc-8ccc-cccccccccccc', 'fp-c', 'C laptop');
insert into identity.login_audit_logs (user_uuid, event_type, ip_address, reason) values
  ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'login_failure', '192.0.2.10', 'wrong password (A)'),
  ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'login_failure', '192.0.2.11', 'wrong password (B)'),
  ('cccccccc-cccc-4ccc-8ccc-cccccccccccc', 'login_success', '192.0.2.12', null),
  (null, 'login_failure', '192.0.2.13', 'unknown account');

/*
 * Roles: app_authenticator logs in, inherits nothing and may become exactly the three API roles.
 */
select results_eq(
  $$select r.rolname::text collate "default"
      from pg_auth_members m join pg_roles r on r.oid = m.roleid
     where m.member = 'app_authenticator'::regrole
     order by 1$$,
  array['app_admin', 'app_anonymous', 'app_user'],
  'app_authenticator is a member of exactly app_anonymous, app_user and app_admin'
);
select results_eq(
  $$select rolcanlogin, rolinherit, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb
      from pg_roles where rolname = 'app_authenticator'$$,
  $$values (true, false, false, false, false, false)$$,
  'app_authenticator can log in, is NOINHERIT and holds no special attribute'
);
select results_eq(
  $$select rolname::text collate "default", rolcanlogin, rolsuper, rolbypassrls
      from pg_roles where rolname in ('app_anonymous', 'app_user', 'app_admin', 'app_owner')
     order by 1$$,
  $$values ('app_admin', false, false, false), ('app_anonymous', false, false, false),
           ('app_owner', true, false, false), ('app_user', false, false, false)$$,
  'No application role is a superuser or bypasses RLS; the API roles cannot log in'
);
select results_eq(
  $$select r.rolname::text collate "default"
      from pg_auth_members m join pg_roles r on r.oid = m.roleid
     where m.member = 'app_admin'::regrole
     order by 1$$,
  array['app_user'],
  'app_admin is a member of app_user only'
);
select is_empty(
  $$select r.rolname from pg_auth_members m join pg_roles r on r.oid = m.roleid
     where m.member in ('app_anonymous'::regrole, 'app_user'::regrole)$$,
  'app_anonymous and app_user are members of no role'
);
select is(
  (select count(*)::int from pg_class c
    where c.relnamespace in ('identity'::regnamespace, 'identity_private'::regnamespace)
      and c.relkind in ('r', 'p') and c.relowner <> 'app_owner'::regrole),
  0,
  'app_owner owns every table'
);

/*
 * Schema and table privileges of every role a request can run as.
 */
select schema_privs_are('identity', 'app_anonymous', array['USAGE']::name[], 'app_anonymous may use identity');
select schema_privs_are('identity', 'app_user', array['USAGE']::name[], 'app_user may use identity');
select schema_privs_are('identity', 'app_admin', array['USAGE']::name[], 'app_admin may use identity');
select schema_privs_are('identity_private', 'app_anonymous', '{}'::name[], 'app_anonymous may not use identity_private');
select schema_privs_are('identity_private', 'app_user', '{}'::name[], 'app_user may not use identity_private');
select schema_privs_are('identity_private', 'app_admin', '{}'::name[], 'app_admin may not use identity_private');
select schema_privs_are('identity_private', 'app_authenticator', '{}'::name[], 'app_authenticator may not use identity_private');
select schema_privs_are('public', 'app_user', array['USAGE']::name[], 'app_user may not create objects in public');

select table_privs_are('identity', 'users', 'app_anonymous', '{}'::name[]);
select table_privs_are('identity', 'users', 'app_user', array['SELECT']::name[]);
select table_privs_are('identity', 'users', 'app_admin', array['SELECT']::name[]);
select table_privs_are('identity', 'users', 'app_authenticator', '{}'::name[]);
select table_privs_are('identity', 'roles', 'app_anonymous', '{}'::name[]);
select table_privs_are('identity', 'roles', 'app_user', array['SELECT']::name[]);
select table_privs_are('identity', 'roles', 'app_admin', array['SELECT']::name[]);
select table_privs_are('identity', 'roles', 'app_authenticator', '{}'::name[]);
select table_privs_are('identity', 'user_profiles', 'app_anonymous', '{}'::name[]);
select table_privs_are('identity', 'user_profiles', 'app_user', array['SELECT']::name[]);
select table_privs_are('identity', 'user_profiles', 'app_admin', array['SELECT']::name[]);
select table_privs_are('identity', 'user_profiles', 'app_authenticator', '{}'::name[]);
select table_privs_are('identity', 'user_emails', 'app_anonymous', '{}'::name[]);
select table_privs_are('identity', 'user_emails', 'app_user', array['SELECT']::name[]);
select table_privs_are('identity', 'user_emails', 'app_admin', array['SELECT']::name[]);
select table_privs_are('identity', 'user_emails', 'app_authenticator', '{}'::name[]);
select table_privs_are('identity', 'user_roles', 'app_anonymous', '{}'::name[]);
select table_privs_are('identity', 'user_roles', 'app_user', array['SELECT']::name[]);
select table_privs_are('identity', 'user_roles', 'app_admin', array['SELECT']::name[]);
select table_privs_are('identity', 'user_roles', 'app_authenticator', '{}'::name[]);
select table_privs_are('identity', 'user_auth_providers', 'app_anonymous', '{}'::name[]);
select table_privs_are('identity', 'user_auth_providers', 'app_user', '{}'::name[], 'app_user has only column privileges on user_auth_providers');
select table_privs_are('identity', 'user_auth_providers', 'app_admin', '{}'::name[], 'app_admin has only column privileges on user_auth_providers');
select table_privs_are('identity', 'user_auth_providers', 'app_authenticator', '{}'::name[]);
select table_privs_are('identity', 'user_status', 'app_anonymous', '{}'::name[]);
select table_privs_are('identity', 'user_status', 'app_user', array['SELECT']::name[]);
select table_privs_are('identity', 'user_status', 'app_admin', array['SELECT']::name[]);
select table_privs_are('identity', 'user_status', 'app_authenticator', '{}'::name[]);
select table_privs_are('identity', 'user_mfa_factors', 'app_anonymous', '{}'::name[]);
select table_privs_are('identity', 'user_mfa_factors', 'app_user', '{}'::name[], 'app_user has only column privileges on user_mfa_factors');
select table_privs_are('identity', 'user_mfa_factors', 'app_admin', '{}'::name[], 'app_admin has only column privileges on user_mfa_factors');
select table_privs_are('identity', 'user_mfa_factors', 'app_authenticator', '{}'::name[]);
select table_privs_are('identity', 'user_devices', 'app_anonymous', '{}'::name[]);
select table_privs_are('identity', 'user_devices', 'app_user', array['SELECT', 'DELETE']::name[]);
select table_privs_are('identity', 'user_devices', 'app_admin', array['SELECT', 'DELETE']::name[]);
select table_privs_are('identity', 'user_devices', 'app_authenticator', '{}'::name[]);
select table_privs_are('identity', 'login_audit_logs', 'app_anonymous', '{}'::name[]);
select table_privs_are('identity', 'login_audit_logs', 'app_user', '{}'::name[], 'app_user has only column privileges on login_audit_logs');
select table_privs_are('identity', 'login_audit_logs', 'app_admin', array['SELECT']::name[]);
select table_privs_are('identity', 'login_audit_logs', 'app_authenticator', '{}'::name[]);
select table_privs_are('identity_private', 'user_credentials', 'app_anonymous', '{}'::name[]);
select table_privs_are('identity_private', 'user_credentials', 'app_user', '{}'::name[]);
select table_privs_are('identity_private', 'user_credentials', 'app_admin', '{}'::name[]);
select table_privs_are('identity_private', 'user_credentials', 'app_authenticator', '{}'::name[]);
select is_empty(
  $$select c.oid::regclass, r.role
      from pg_class c
      cross join unnest(array['app_anonymous', 'app_user', 'app_admin', 'app_authenticator']) r(role)
     where c.oid in (select inhrelid from pg_inherits where inhparent = 'identity.login_audit_logs'::regclass)
       and (has_table_privilege(r.role, c.oid, 'SELECT') or has_table_privilege(r.role, c.oid, 'INSERT')
            or has_table_privilege(r.role, c.oid, 'UPDATE') or has_table_privilege(r.role, c.oid, 'DELETE')
            or has_any_column_privilege(r.role, c.oid, 'SELECT'))$$,
  'No API role has any privilege on a partition of login_audit_logs'
);

-- Column privileges: what may be updated, and the secrets nobody may read.
select column_privs_are('identity', 'user_profiles', 'user_uuid', 'app_user', array['SELECT']::name[]);
select column_privs_are('identity', 'user_profiles', 'username', 'app_user', array['SELECT', 'UPDATE']::name[]);
select column_privs_are('identity', 'user_profiles', 'display_name', 'app_user', array['SELECT', 'UPDATE']::name[]);
select column_privs_are('identity', 'user_profiles', 'avatar_object_key', 'app_user', array['SELECT', 'UPDATE']::name[]);
select column_privs_are('identity', 'user_profiles', 'bio', 'app_admin', array['SELECT', 'UPDATE']::name[]);
select column_privs_are('identity', 'user_devices', 'device_name', 'app_user', array['SELECT', 'UPDATE']::name[]);
select column_privs_are('identity', 'user_devices', 'device_fingerprint', 'app_user', array['SELECT']::name[]);
select column_privs_are('identity', 'user_devices', 'last_seen_at', 'app_user', array['SELECT']::name[]);
select column_privs_are('identity', 'user_auth_providers', 'external_user_id', 'app_user', array['SELECT']::name[]);
select column_privs_are('identity', 'user_auth_providers', 'access_token', 'app_user', '{}'::name[]);
select column_privs_are('identity', 'user_auth_providers', 'access_token', 'app_admin', '{}'::name[]);
select column_privs_are('identity', 'user_auth_providers', 'refresh_token', 'app_user', '{}'::name[]);
select column_privs_are('identity', 'user_auth_providers', 'refresh_token', 'app_admin', '{}'::name[]);
select column_privs_are('identity', 'user_mfa_factors', 'factor_data', 'app_user', '{}'::name[]);
select column_privs_are('identity', 'user_mfa_factors', 'factor_data', 'app_admin', '{}'::name[]);
select column_privs_are('identity', 'login_audit_logs', 'event_type', 'app_user', array['SELECT']::name[]);
select column_privs_are('identity', 'login_audit_logs', 'reason', 'app_user', '{}'::name[]);
select column_privs_are('identity', 'login_audit_logs', 'reason', 'app_admin', array['SELECT']::name[]);

-- Functions: the session helpers for the API roles; nothing in identity_private.
select function_privs_are('identity', 'current_user_uuid', '{}'::name[], 'app_anonymous', array['EXECUTE']::name[]);
select function_privs_are('identity', 'current_user_uuid', '{}'::name[], 'app_user', array['EXECUTE']::name[]);
select function_privs_are('identity', 'current_user_uuid', '{}'::name[], 'app_admin', array['EXECUTE']::name[]);
select function_privs_are('identity', 'current_user_is_admin', '{}'::name[], 'app_anonymous', '{}'::name[]);
select function_privs_are('identity', 'current_user_is_admin', '{}'::name[], 'app_user', array['EXECUTE']::name[]);
select function_privs_are('identity', 'current_user_is_admin', '{}'::name[], 'app_admin', array['EXECUTE']::name[]);
select is_empty(
  $$select p.oid::regprocedure, r.role
      from pg_proc p
      cross join unnest(array['app_anonymous', 'app_user', 'app_admin', 'app_authenticator']) r(role)
     where p.pronamespace = 'identity_private'::regnamespace
       and has_function_privilege(r.role, p.oid, 'EXECUTE')$$,
  'No API role may execute a function of identity_private'
);

/*
 * Policies, exactly as the migration defines them.
 */
select policies_are('identity', 'users', array['select_own', 'select_all_as_admin']::name[]);
select policies_are('identity', 'roles', array['select_all']::name[]);
select policies_are('identity', 'user_profiles', array['select_own', 'update_own', 'select_all_as_admin', 'update_all_as_admin']::name[]);
select policies_are('identity', 'user_emails', array['select_own', 'select_all_as_admin']::name[]);
select policies_are('identity', 'user_roles', array['select_own', 'select_all_as_admin']::name[]);
select policies_are('identity', 'user_auth_providers', array['select_own', 'select_all_as_admin']::name[]);
select policies_are('identity', 'user_status', array['select_own', 'select_all_as_admin']::name[]);
select policies_are('identity', 'user_sessions', array['select_own', 'select_all_as_admin']::name[]);
select policies_are('identity', 'user_mfa_factors', array['select_own', 'select_all_as_admin']::name[]);
select policies_are('identity', 'user_devices', array['select_own', 'update_own', 'delete_own', 'select_all_as_admin']::name[]);
select policies_are('identity', 'login_audit_logs', array['select_own', 'select_all_as_admin']::name[]);
select policies_are('identity_private', 'user_credentials', '{}'::name[], 'user_credentials has no policy: RLS denies every API role');
select results_eq(
  $$select tablename::text collate "default", policyname::text collate "default", cmd collate "default", roles::text collate "default", permissive collate "default"
      from pg_policies
     where schemaname in ('identity', 'identity_private')
     order by 1, 2$$,
  $$values
      ('login_audit_logs', 'select_all_as_admin', 'SELECT', '{app_admin}', 'PERMISSIVE'),
      ('login_audit_logs', 'select_own', 'SELECT', '{app_user}', 'PERMISSIVE'),
      ('roles', 'select_all', 'SELECT', '{app_user}', 'PERMISSIVE'),
      ('user_auth_providers', 'select_all_as_admin', 'SELECT', '{app_admin}', 'PERMISSIVE'),
      ('user_auth_providers', 'select_own', 'SELECT', '{app_user}', 'PERMISSIVE'),
      ('user_devices', 'delete_own', 'DELETE', '{app_user}', 'PERMISSIVE'),
      ('user_devices', 'select_all_as_admin', 'SELECT', '{app_admin}', 'PERMISSIVE'),
      ('user_devices', 'select_own', 'SELECT', '{app_user}', 'PERMISSIVE'),
      ('user_devices', 'update_own', 'UPDATE', '{app_user}', 'PERMISSIVE'),
      ('user_emails', 'select_all_as_admin', 'SELECT', '{app_admin}', 'PERMISSIVE'),
      ('user_emails', 'select_own', 'SELECT', '{app_user}', 'PERMISSIVE'),
      ('user_mfa_factors', 'select_all_as_admin', 'SELECT', '{app_admin}', 'PERMISSIVE'),
      ('user_mfa_factors', 'select_own', 'SELECT', '{app_user}', 'PERMISSIVE'),
      ('user_profiles', 'select_all_as_admin', 'SELECT', '{app_admin}', 'PERMISSIVE'),
      ('user_profiles', 'select_own', 'SELECT', '{app_user}', 'PERMISSIVE'),
      ('user_profiles', 'update_all_as_admin', 'UPDATE', '{app_admin}', 'PERMISSIVE'),
      ('user_profiles', 'update_own', 'UPDATE', '{app_user}', 'PERMISSIVE'),
      ('user_roles', 'select_all_as_admin', 'SELECT', '{app_admin}', 'PERMISSIVE'),
      ('user_roles', 'select_own', 'SELECT', '{app_user}', 'PERMISSIVE'),
      ('user_sessions', 'select_all_as_admin', 'SELECT', '{app_admin}', 'PERMISSIVE'),
      ('user_sessions', 'select_own', 'SELECT', '{app_user}', 'PERMISSIVE'),
      ('user_status', 'select_all_as_admin', 'SELECT', '{app_admin}', 'PERMISSIVE'),
      ('user_status', 'select_own', 'SELECT', '{app_user}', 'PERMISSIVE'),
      ('users', 'select_all_as_admin', 'SELECT', '{app_admin}', 'PERMISSIVE'),
      ('users', 'select_own', 'SELECT', '{app_user}', 'PERMISSIVE')$$,
  'Every policy has the command and role the migration gives it'
);

/*
 * app_user signed in as A: A's rows only.
 */
select test_support.act_as('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
set local role app_user;

select is(identity.current_user_uuid(), 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'::uuid, 'current_user_uuid() reads the claim');
select is(identity.current_user_is_admin(), false, 'A is not an administrator');

select is((select count(*)::int from identity.users where uuid <> 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'), 0, 'app_user A sees no other user');
select results_eq($$select uuid from identity.users$$, array['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'::uuid], 'app_user A sees their own user row');
select is((select count(*)::int from identity.user_profiles where user_uuid <> 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'), 0, 'app_user A sees no profile of B or C');
select results_eq($$select username::text from identity.user_profiles$$, array['rls_alice'], 'app_user A sees their own profile');
select is((select count(*)::int from identity.user_emails where user_uuid <> 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'), 0, 'app_user A sees no email of B or C');
select results_eq($$select email::text from identity.user_emails$$, array['rls_alice@example.com'], 'app_user A sees their own email');
select is((select count(*)::int from identity.user_roles where user_uuid <> 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'), 0, 'app_user A sees no role grant of B or C');
select results_eq(
  $$select r.role_name::text from identity.user_roles ur join identity.roles r using (role_id)$$,
  array['user'],
  'app_user A sees their own role grant'
);
select results_eq($$select role_name::text from identity.roles order by role_id$$, array['user', 'admin'], 'app_user sees every role');
select is((select count(*)::int from identity.user_auth_providers where user_uuid <> 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'), 0, 'app_user A sees no provider link of B or C');
select results_eq($$select external_user_id::text from identity.user_auth_providers$$, array['rls-gh-a'], 'app_user A sees their own provider link');
select is((select count(*)::int from identity.user_status where user_uuid <> 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'), 0, 'app_user A sees no status of B or C');
select results_eq($$select status::text from identity.user_status$$, array['active'], 'app_user A sees their own status');
select is((select count(*)::int from identity.user_mfa_factors where user_uuid <> 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'), 0, 'app_user A sees no MFA factor of B or C');
select results_eq($$select factor_type::text from identity.user_mfa_factors$$, array['totp'], 'app_user A sees their own MFA factor');
select is((select count(*)::int from identity.user_devices where user_uuid <> 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'), 0, 'app_user A sees no device of B or C');
select results_eq($$select device_fingerprint::text from identity.user_devices order by 1$$, array['fp-a', 'fp-a2'], 'app_user A sees their own devices');
select is(
  (select count(*)::int from identity.login_audit_logs where user_uuid is distinct from 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'),
  0,
  'app_user A sees no audit event of B, C or of no user'
);
select results_eq(
  $$select host(ip_address) from identity.login_audit_logs$$,
  array['192.0.2.10'],
  'app_user A sees their own audit event'
);

-- Updates and deletes that the grants allow reach A's rows only.
with changed as (
  update identity.user_profiles set bio = 'changed by A' where user_uuid = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb' returning 1
)
select is((select count(*)::int from changed), 0, 'app_user A updates no profile of B');
with changed as (update identity.user_profiles set bio = 'changed by A' returning 1)
select is((select count(*)::int from changed), 1, 'app_user A updating every profile changes their own only');
with changed as (
  update identity.user_devices set device_name = 'changed by A' where user_uuid = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb' returning 1
)
select is((select count(*)::int from changed), 0, 'app_user A renames no device of B');
with removed as (
  delete from identity.user_devices where user_uuid = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb' returning 1
)
select is((select count(*)::int from removed), 0, 'app_user A deletes no device of B');
with removed as (delete from identity.user_devices where device_fingerprint = 'fp-a2' returning 1)
select is((select count(*)::int from removed), 1, 'app_user A deletes their own device');
select throws_ok(
  $$update identity.user_profiles set user_uuid = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'$$,
  '42501', null, 'app_user cannot move a profile to another user'
);
select throws_ok(
  $$update identity.user_devices set device_fingerprint = 'forged'$$,
  '42501', null, 'app_user cannot change a device fingerprint'
);

-- Statements without a grant.
select throws_ok($$insert into identity.users default values$$, '42501', null, 'app_user cannot insert into users');
select throws_ok(
  $$insert into identity.user_profiles (user_uuid, username) values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'rls_alice2')$$,
  '42501', null, 'app_user cannot insert into user_profiles'
);
select throws_ok(
  $$insert into identity.user_emails (user_uuid, email) values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'rls_alice2@example.com')$$,
  '42501', null, 'app_user cannot insert into user_emails'
);
select throws_ok($$insert into identity.roles (role_name) values ('hacker')$$, '42501', null, 'app_user cannot insert into roles');
select throws_ok(
  $$insert into identity.user_roles (user_uuid, role_id) select 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', role_id from identity.roles where role_name = 'admin'$$,
  '42501', null, 'app_user cannot grant themselves a role'
);
select throws_ok(
  $$insert into identity.user_auth_providers (user_uuid, provider_name, external_user_id) values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'google', 'g-a')$$,
  '42501', null, 'app_user cannot insert into user_auth_providers'
);
select throws_ok(
  $$insert into identity.user_status (user_uuid) values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa')$$,
  '42501', null, 'app_user cannot insert into user_status'
);
select throws_ok(
  $$insert into identity.user_mfa_factors (user_uuid, factor_type) values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'totp')$$,
  '42501', null, 'app_user cannot insert into user_mfa_factors'
);
select throws_ok(
  $$insert into identity.user_devices (user_uuid, device_fingerprint) values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'fp-new')$$,
  '42501', null, 'app_user cannot insert into user_devices'
);
select throws_ok(
  $$insert into identity.login_audit_logs (user_uuid, event_type) values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'login_success')$$,
  '42501', null, 'app_user cannot insert into login_audit_logs'
);
select throws_ok(
  $$insert into identity_private.user_credentials (user_uuid, password_hash) values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'x')$$,
  '42501', null, 'app_user cannot insert into user_credentials'
);
select throws_ok($$update identity.users set last_login_at = now()$$, '42501', null, 'app_user cannot update users');
select throws_ok($$delete from identity.users$$, '42501', null, 'app_user cannot delete users');
select throws_ok($$delete from identity.user_profiles$$, '42501', null, 'app_user cannot delete profiles');
select throws_ok($$update identity.user_emails set is_verified = true$$, '42501', null, 'app_user cannot verify an email');
select throws_ok($$delete from identity.user_emails$$, '42501', null, 'app_user cannot delete emails');
select throws_ok($$update identity.roles set role_name = 'hacker'$$, '42501', null, 'app_user cannot update roles');
select throws_ok($$delete from identity.user_roles$$, '42501', null, 'app_user cannot delete role grants');
select throws_ok($$delete from identity.user_auth_providers$$, '42501', null, 'app_user cannot delete provider links');
select throws_ok($$update identity.user_status set status = 'active'$$, '42501', null, 'app_user cannot change an account status');
select throws_ok($$update identity.user_mfa_factors set is_enabled = false$$, '42501', null, 'app_user cannot update MFA factors');
select throws_ok($$update identity.login_audit_logs set event_type = 'login_success'$$, '42501', null, 'app_user cannot update audit events');
select throws_ok($$delete from identity.login_audit_logs$$, '42501', null, 'app_user cannot delete audit events');

-- Secrets.
select throws_ok($$select * from identity_private.user_credentials$$, '42501', null, 'app_user cannot read user_credentials (no USAGE on identity_private)');
select throws_ok($$select access_token from identity.user_auth_providers$$, '42501', null, 'app_user cannot read access_token');
select throws_ok($$select refresh_token from identity.user_auth_providers$$, '42501', null, 'app_user cannot read refresh_token');
select throws_ok($$select * from identity.user_auth_providers$$, '42501', null, 'app_user cannot select * from user_auth_providers');
select throws_ok($$select factor_data from identity.user_mfa_factors$$, '42501', null, 'app_user cannot read factor_data');
select throws_ok($$select reason from identity.login_audit_logs$$, '42501', null, 'app_user cannot read an audit reason');
select throws_ok($$select * from identity.login_audit_logs_default$$, '42501', null, 'app_user cannot read an audit partition directly');

/*
 * app_user with no claim sees nothing; app_user with the claims of administrator C is still only C.
 */
select test_support.act_as('');
select is((select count(*)::int from identity.users), 0, 'app_user with no signed-in user sees no user');
select is((select count(*)::int from identity.user_profiles), 0, 'app_user with no signed-in user sees no profile');
select test_support.act_as('cccccccc-cccc-4ccc-8ccc-cccccccccccc');
select results_eq($$select uuid from identity.users$$, array['cccccccc-cccc-4ccc-8ccc-cccccccccccc'::uuid], 'Administrator C under role app_user sees only their own user row');
select results_eq($$select user_uuid from identity.user_emails$$, array['cccccccc-cccc-4ccc-8ccc-cccccccccccc'::uuid], 'Administrator C under role app_user sees only their own emails');

-- A suspended account is signed out from its next statement on (current_user_uuid() checks the status).
reset role;
update identity.user_status set status = 'suspended' where user_uuid = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
select test_support.act_as('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb');
set local role app_user;
select is((select count(*)::int from identity.users), 0, 'app_user with the claims of a suspended account sees no user row');
select is((select count(*)::int from identity.user_profiles), 0, 'app_user with the claims of a suspended account sees no profile');
reset role;
update identity.user_status set status = 'active' where user_uuid = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

/*
 * app_anonymous: every table is out of reach, signed in or not.
 */
reset role;
select test_support.act_as('');
set local role app_anonymous;
select is(identity.current_user_uuid(), null, 'app_anonymous has no current user');
select throws_ok($$select identity.current_user_is_admin()$$, '42501', null, 'app_anonymous cannot call current_user_is_admin()');
select throws_ok($$select * from identity.users$$, '42501', null, 'app_anonymous cannot read users');
select throws_ok($$select * from identity.user_profiles$$, '42501', null, 'app_anonymous cannot read user_profiles');
select throws_ok($$select * from identity.user_emails$$, '42501', null, 'app_anonymous cannot read user_emails');
select throws_ok($$select * from identity.roles$$, '42501', null, 'app_anonymous cannot read roles');
select throws_ok($$select * from identity.user_roles$$, '42501', null, 'app_anonymous cannot read user_roles');
select throws_ok($$select id from identity.user_auth_providers$$, '42501', null, 'app_anonymous cannot read user_auth_providers');
select throws_ok($$select * from identity.user_status$$, '42501', null, 'app_anonymous cannot read user_status');
select throws_ok($$select id from identity.user_mfa_factors$$, '42501', null, 'app_anonymous cannot read user_mfa_factors');
select throws_ok($$select * from identity.user_devices$$, '42501', null, 'app_anonymous cannot read user_devices');
select throws_ok($$select id from identity.login_audit_logs$$, '42501', null, 'app_anonymous cannot read login_audit_logs');
select throws_ok($$select * from identity_private.user_credentials$$, '42501', null, 'app_anonymous cannot read user_credentials');
select throws_ok($$insert into identity.users default values$$, '42501', null, 'app_anonymous cannot create a user');
select test_support.act_as('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
select throws_ok($$select * from identity.users$$, '42501', null, 'app_anonymous cannot read users even with a user claim');

/*
 * app_admin signed in as administrator C: every row.
 */
reset role;
-- What the superuser sees, for comparison with what an administrator sees. Readable by the API roles.
-- (The API roles have no TEMP privilege, so set_eq/bag_eq, which build temp tables, cannot run under them.)
create temp table all_rows as
            select 'users' as t, uuid as user_uuid from identity.users
  union all select 'user_profiles', user_uuid from identity.user_profiles
  union all select 'user_emails', user_uuid from identity.user_emails
  union all select 'user_roles', user_uuid from identity.user_roles
  union all select 'user_auth_providers', user_uuid from identity.user_auth_providers
  union all select 'user_status', user_uuid from identity.user_status
  union all select 'user_mfa_factors', user_uuid from identity.user_mfa_factors
  union all select 'user_devices', user_uuid from identity.user_devices
  union all select 'login_audit_logs', user_uuid from identity.login_audit_logs;
grant select on all_rows to public;
select test_support.act_as('cccccccc-cccc-4ccc-8ccc-cccccccccccc');
set local role app_admin;
select is(identity.current_user_is_admin(), true, 'C is an administrator');
select results_eq($$select uuid from identity.users order by 1$$, $$select user_uuid from all_rows where t = 'users' order by 1$$, 'Administrator sees every user');
select results_eq($$select user_uuid from identity.user_profiles order by 1$$, $$select user_uuid from all_rows where t = 'user_profiles' order by 1$$, 'Administrator sees every profile');
select results_eq($$select user_uuid from identity.user_emails order by 1$$, $$select user_uuid from all_rows where t = 'user_emails' order by 1$$, 'Administrator sees every email');
select results_eq($$select user_uuid from identity.user_roles order by 1$$, $$select user_uuid from all_rows where t = 'user_roles' order by 1$$, 'Administrator sees every role grant');
select results_eq($$select role_name::text from identity.roles order by role_id$$, array['user', 'admin'], 'Administrator sees every role');
select results_eq($$select user_uuid from identity.user_auth_providers order by 1$$, $$select user_uuid from all_rows where t = 'user_auth_providers' order by 1$$, 'Administrator sees every provider link');
select results_eq($$select user_uuid from identity.user_status order by 1$$, $$select user_uuid from all_rows where t = 'user_status' order by 1$$, 'Administrator sees every status');
select results_eq($$select user_uuid from identity.user_mfa_factors order by 1$$, $$select user_uuid from all_rows where t = 'user_mfa_factors' order by 1$$, 'Administrator sees every MFA factor');
select results_eq($$select user_uuid from identity.user_devices order by 1$$, $$select user_uuid from all_rows where t = 'user_devices' order by 1$$, 'Administrator sees every device');
select results_eq($$select user_uuid from identity.login_audit_logs order by 1$$, $$select user_uuid from all_rows where t = 'login_audit_logs' order by 1$$, 'Administrator sees every audit event, including those of no user');
select results_eq(
  $$select reason from identity.login_audit_logs where ip_address = '192.0.2.13'$$,
  array['unknown account'],
  'Administrator reads audit reasons'
);
with changed as (
  update identity.user_profiles set display_name = 'Bob (checked)' where user_uuid = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb' returning 1
)
select is((select count(*)::int from changed), 1, 'Administrator may update the profile of B');
select throws_ok($$select access_token from identity.user_auth_providers$$, '42501', null, 'Administrator cannot read access_token');
select throws_ok($$select refresh_token from identity.user_auth_providers$$, '42501', null, 'Administrator cannot read refresh_token');
select throws_ok($$select factor_data from identity.user_mfa_factors$$, '42501', null, 'Administrator cannot read factor_data');
select throws_ok($$select * from identity_private.user_credentials$$, '42501', null, 'Administrator cannot read user_credentials');
select throws_ok($$update identity.login_audit_logs set reason = null$$, '42501', null, 'Administrator cannot update audit events');
select throws_ok($$delete from identity.login_audit_logs$$, '42501', null, 'Administrator cannot delete audit events');
select throws_ok($$insert into identity.users default values$$, '42501', null, 'app_admin cannot insert into users');
select throws_ok(
  $$insert into identity.user_roles (user_uuid, role_id) select 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', role_id from identity.roles where role_name = 'admin'$$,
  '42501', null, 'app_admin cannot insert into user_roles directly'
);
select throws_ok($$update identity.user_status set status = 'suspended'$$, '42501', null, 'app_admin cannot update user_status directly');
select throws_ok(
  $$insert into identity.login_audit_logs (event_type) values ('login_success')$$,
  '42501', null, 'app_admin cannot insert into login_audit_logs'
);

/*
 * app_admin with the claims of A, who does not hold the admin role: A's rows only.
 */
reset role;
select test_support.act_as('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
set local role app_admin;
select is(identity.current_user_is_admin(), false, 'A under app_admin is still not an administrator');
select results_eq($$select uuid from identity.users$$, array['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'::uuid], 'Non-admin under app_admin sees only their own user row');
select results_eq($$select distinct user_uuid from identity.user_profiles$$, array['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'::uuid], 'Non-admin under app_admin sees only their own profile');
select results_eq($$select distinct user_uuid from identity.user_emails$$, array['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'::uuid], 'Non-admin under app_admin sees only their own emails');
select results_eq($$select distinct user_uuid from identity.user_roles$$, array['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'::uuid], 'Non-admin under app_admin sees only their own role grants');
select results_eq($$select distinct user_uuid from identity.user_auth_providers$$, array['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'::uuid], 'Non-admin under app_admin sees only their own provider links');
select results_eq($$select distinct user_uuid from identity.user_status$$, array['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'::uuid], 'Non-admin under app_admin sees only their own status');
select results_eq($$select distinct user_uuid from identity.user_mfa_factors$$, array['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'::uuid], 'Non-admin under app_admin sees only their own MFA factors');
select results_eq($$select distinct user_uuid from identity.user_devices$$, array['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'::uuid], 'Non-admin under app_admin sees only their own devices');
select results_eq($$select distinct user_uuid from identity.login_audit_logs$$, array['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'::uuid], 'Non-admin under app_admin sees only their own audit events');
with changed as (
  update identity.user_profiles set bio = 'changed by A as app_admin' where user_uuid = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb' returning 1
)
select is((select count(*)::int from changed), 0, 'Non-admin under app_admin updates no profile of B');
with removed as (
  delete from identity.user_devices where user_uuid = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb' returning 1
)
select is((select count(*)::int from removed), 0, 'Non-admin under app_admin deletes no device of B');

/*
 * Back as superuser: B's rows came through every attempt untouched (except the administrator's edit).
 */
reset role;
select results_eq(
  $$select bio, display_name::text from identity.user_profiles where user_uuid = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'$$,
  $$values ('bio of B', 'Bob (checked)')$$,
  'B''s profile kept its bio; only the administrator changed it'
);
select results_eq(
  $$select device_fingerprint::text, device_name::text from identity.user_devices where user_uuid = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'$$,
  $$values ('fp-b', 'B laptop')$$,
  'B''s device is still there, unrenamed'
);
select results_eq(
  $$select bio from identity.user_profiles where user_uuid = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'$$,
  array['changed by A'],
  'A changed their own bio'
);

select * from finish();
rollback;

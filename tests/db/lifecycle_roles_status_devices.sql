-- Account lifecycle, administration and devices: grant_role, revoke_role, set_account_status,
-- deactivate_my_account, and forgetting or renaming a device.
begin;
select plan(97);

-- Cheap hashes: these tests check behaviour, not the cost.
update identity_private.auth_settings set bcrypt_cost = 4;

create temp table people (username text primary key, uuid uuid not null);
create temp table counts (label text primary key, n bigint);
grant select, insert on people, counts to public;

set local role app_anonymous;
insert into people select 'ada', uuid from identity.register_user('ada', 'ada@example.com', 'a-d-a password 1');
insert into people select 'alice', uuid from identity.register_user('alice', 'alice@example.com', 'a-l-i-c-e password 1');
insert into people select 'bob', uuid from identity.register_user('bob', 'bob@example.com', 'b-o-b password 1');
insert into people select 'carol', uuid from identity.register_user('carol', 'carol@example.com', 'c-a-r-o-l password 1');
insert into people select 'dan', uuid from identity.register_user('dan', 'dan@example.com', 'd-a-n password 1');
insert into people select 'nadia', uuid from identity.register_user('nadia', 'nadia@example.com', 'n-a-d-i-a password 1');
insert into people select 'otto', uuid from identity.register_user('otto', 'otto@example.com', 'o-t-t-o password 1');
reset role;
-- ada is the only administrator.
insert into identity.user_roles (user_uuid, role_id)
  select p.uuid, r.role_id from people p, identity.roles r where p.username = 'ada' and r.role_name = 'admin';

/*
 * Who may call what.
 */
select function_privs_are('identity', 'grant_role', array['uuid', 'text'], 'app_anonymous', array[]::name[],
  'app_anonymous may not execute grant_role');
select function_privs_are('identity', 'grant_role', array['uuid', 'text'], 'app_user', array[]::name[],
  'app_user may not execute grant_role');
select function_privs_are('identity', 'grant_role', array['uuid', 'text'], 'app_admin', array['EXECUTE'],
  'app_admin may execute grant_role');
select function_privs_are('identity', 'grant_role', array['uuid', 'text'], 'public', array[]::name[],
  'PUBLIC may not execute grant_role');
select function_privs_are('identity', 'revoke_role', array['uuid', 'text'], 'app_anonymous', array[]::name[],
  'app_anonymous may not execute revoke_role');
select function_privs_are('identity', 'revoke_role', array['uuid', 'text'], 'app_user', array[]::name[],
  'app_user may not execute revoke_role');
select function_privs_are('identity', 'revoke_role', array['uuid', 'text'], 'app_admin', array['EXECUTE'],
  'app_admin may execute revoke_role');
select function_privs_are('identity', 'revoke_role', array['uuid', 'text'], 'public', array[]::name[],
  'PUBLIC may not execute revoke_role');
select function_privs_are('identity', 'set_account_status', array['uuid', 'identity.account_status', 'text'], 'app_anonymous',
  array[]::name[], 'app_anonymous may not execute set_account_status');
select function_privs_are('identity', 'set_account_status', array['uuid', 'identity.account_status', 'text'], 'app_user',
  array[]::name[], 'app_user may not execute set_account_status');
select function_privs_are('identity', 'set_account_status', array['uuid', 'identity.account_status', 'text'], 'app_admin',
  array['EXECUTE'], 'app_admin may execute set_account_status');
select function_privs_are('identity', 'set_account_status', array['uuid', 'identity.account_status', 'text'], 'public',
  array[]::name[], 'PUBLIC may not execute set_account_status');
select function_privs_are('identity', 'deactivate_my_account', array['text'], 'app_anonymous', array[]::name[],
  'app_anonymous may not execute deactivate_my_account');
select function_privs_are('identity', 'deactivate_my_account', array['text'], 'app_user', array['EXECUTE'],
  'app_user may execute deactivate_my_account');
select function_privs_are('identity', 'deactivate_my_account', array['text'], 'app_admin', array['EXECUTE'],
  'app_admin may execute deactivate_my_account');
select function_privs_are('identity', 'deactivate_my_account', array['text'], 'public', array[]::name[],
  'PUBLIC may not execute deactivate_my_account');

/*
 * grant_role.
 */
set local role app_anonymous;
select throws_ok($$ select identity.grant_role((select uuid from people where username = 'alice'), 'admin') $$, '42501', null,
  'an anonymous session cannot grant roles (no EXECUTE)');
reset role;

set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'alice'));
select throws_ok($$ select identity.grant_role((select uuid from people where username = 'alice'), 'admin') $$, '42501', null,
  'a user cannot grant themselves admin from an app_user session (no EXECUTE)');
select throws_ok($$ select identity.revoke_role((select uuid from people where username = 'ada'), 'admin') $$, '42501', null,
  'an app_user session cannot revoke roles (no EXECUTE)');
select throws_ok($$ select identity.set_account_status((select uuid from people where username = 'bob'), 'suspended') $$, '42501', null,
  'an app_user session cannot set account status (no EXECUTE)');
reset role;

set local role app_admin;
select test_support.act_as('');
select throws_ok($$ select identity.grant_role((select uuid from people where username = 'nadia'), 'admin') $$, 'LOGIN', null,
  'an app_admin session without claims gets LOGIN from grant_role');
select test_support.act_as((select uuid::text from people where username = 'nadia'));
select throws_ok($$ select identity.grant_role((select uuid from people where username = 'nadia'), 'admin') $$, 'FORBD', null,
  'an app_admin session of a user without the admin role cannot grant themselves admin (FORBD)');
select throws_ok($$ select identity.grant_role((select uuid from people where username = 'alice'), 'admin') $$, 'FORBD', null,
  'an app_admin session of a user without the admin role cannot grant roles (FORBD)');
select throws_ok($$ select identity.revoke_role((select uuid from people where username = 'ada'), 'admin') $$, 'FORBD', null,
  'an app_admin session of a user without the admin role cannot revoke roles (FORBD)');
select throws_ok($$ select identity.set_account_status((select uuid from people where username = 'ada'), 'suspended') $$, 'FORBD', null,
  'an app_admin session of a user without the admin role cannot set account status (FORBD)');
reset role;
select is_empty(
  $$ select 1 from identity.user_roles ur join identity.roles r using (role_id)
     where r.role_name = 'admin' and ur.user_uuid <> (select uuid from people where username = 'ada') $$,
  'the refused attempts granted nothing');
select is((select status::text from identity.user_status where user_uuid = (select uuid from people where username = 'ada')), 'active',
  'the refused attempts changed no status');

set local role app_admin;
select test_support.act_as((select uuid::text from people where username = 'ada'));
select throws_ok($$ select identity.grant_role((select uuid from people where username = 'alice'), 'superuser') $$, 'ROLNF', null,
  'grant_role of an unknown role raises ROLNF');
select throws_ok($$ select identity.grant_role('00000000-0000-4000-8000-000000000000', 'admin') $$, 'USRNF', null,
  'grant_role to an unknown user raises USRNF');
select is(identity.grant_role((select uuid from people where username = 'alice'), 'admin'), true,
  'an administrator grants a role');
select is(identity.grant_role((select uuid from people where username = 'alice'), 'admin'), false,
  'granting a role already held returns false');
select throws_ok($$ select identity.grant_role((select uuid from people where username = 'ada'), 'user') $$, 'FORBD', null,
  'an administrator cannot grant roles to themselves either (FORBD)');
select is(identity.grant_role(null, 'admin'), null::boolean, 'grant_role(NULL, ...) returns NULL');
select results_eq(
  $$ select user_uuid, event_type::text, reason from identity.login_audit_logs where event_type = 'role_granted' $$,
  $$ select a.uuid, 'role_granted', 'admin by ' || d.uuid from people a, people d where a.username = 'alice' and d.username = 'ada' $$,
  'the grant is audited once as role_granted of the target user, naming the administrator');
reset role;
select ok(exists (select 1 from identity.user_roles ur join identity.roles r using (role_id)
                  where r.role_name = 'admin' and ur.user_uuid = (select uuid from people where username = 'alice')),
  'alice now holds admin');
set local role app_anonymous;
select is((select role from identity.authenticate('alice', 'a-l-i-c-e password 1')), 'app_admin',
  'the granted admin role makes the next session app_admin');
reset role;

/*
 * revoke_role.
 */
set local role app_admin;
select test_support.act_as((select uuid::text from people where username = 'ada'));
select throws_ok($$ select identity.revoke_role((select uuid from people where username = 'alice'), 'superuser') $$, 'ROLNF', null,
  'revoke_role of an unknown role raises ROLNF');
select is(identity.revoke_role((select uuid from people where username = 'bob'), 'admin'), false,
  'revoking a role not held returns false');
select is(identity.revoke_role('00000000-0000-4000-8000-000000000000', 'admin'), false,
  'revoking from an unknown user returns false');
select is(identity.revoke_role((select uuid from people where username = 'alice'), 'admin'), true,
  'an administrator revokes a role');
select throws_ok($$ select identity.revoke_role((select uuid from people where username = 'ada'), 'admin') $$, 'LSTAD', null,
  'the last administrator cannot lose the admin role (LSTAD)');
select is(identity.revoke_role((select uuid from people where username = 'bob'), 'user'), true,
  'an administrator revokes another role');
select is(identity.revoke_role(null, 'admin'), null::boolean, 'revoke_role(NULL, ...) returns NULL');
select results_eq(
  $$ select user_uuid, reason from identity.login_audit_logs where event_type = 'role_revoked' order by id $$,
  $$ select t.uuid, r || ' by ' || d.uuid from (values ('alice', 'admin', 1), ('bob', 'user', 2)) v(u, r, o)
     join people t on t.username = v.u, people d where d.username = 'ada' order by o $$,
  'each revocation is audited once as role_revoked of the target user, naming the administrator');
select ok(identity.current_user_is_admin(), 'ada is still an administrator');
reset role;

-- With two administrators one may step down, and then the other is the last.
set local role app_admin;
select test_support.act_as((select uuid::text from people where username = 'ada'));
select is(identity.grant_role((select uuid from people where username = 'alice'), 'admin'), true, 'alice is made admin again');
select is(identity.revoke_role((select uuid from people where username = 'ada'), 'admin'), true,
  'an administrator may drop their own admin role while another administrator remains');
select throws_ok($$ select identity.grant_role((select uuid from people where username = 'ada'), 'admin') $$, 'FORBD', null,
  'having stepped down, ada can no longer grant roles, not even to herself (FORBD)');
select test_support.act_as((select uuid::text from people where username = 'alice'));
select throws_ok($$ select identity.revoke_role((select uuid from people where username = 'alice'), 'admin') $$, 'LSTAD', null,
  'the remaining administrator cannot revoke their own admin role (LSTAD)');
select is(identity.grant_role((select uuid from people where username = 'ada'), 'admin'), true, 'alice makes ada admin again');
reset role;

/*
 * set_account_status.
 */
set local role app_admin;
select test_support.act_as((select uuid::text from people where username = 'ada'));
select throws_ok($$ select identity.set_account_status((select uuid from people where username = 'ada'), 'suspended', 'oops') $$,
  'FORBD', null, 'an administrator cannot suspend themselves (FORBD)');
select throws_ok($$ select identity.set_account_status((select uuid from people where username = 'ada'), 'deactivated') $$,
  'FORBD', null, 'an administrator cannot deactivate themselves here (FORBD)');
select is(identity.set_account_status((select uuid from people where username = 'ada'), 'active'), false,
  'an administrator setting themselves active (unchanged) returns false');
select throws_ok($$ select identity.set_account_status('00000000-0000-4000-8000-000000000000', 'suspended') $$, 'USRNF', null,
  'set_account_status of an unknown user raises USRNF');
select throws_ok($$ select identity.set_account_status((select uuid from people where username = 'bob'), 'suspended', repeat('r', 501)) $$,
  'BADRS', null, 'a 501-character reason raises BADRS');
select throws_ok($$ select identity.set_account_status(null, 'suspended') $$, '22004', null,
  'set_account_status without a user raises 22004');
select throws_ok($$ select identity.set_account_status((select uuid from people where username = 'bob'), null) $$, '22004', null,
  'set_account_status without a status raises 22004');
select is(identity.set_account_status((select uuid from people where username = 'bob'), 'suspended', 'spam'), true,
  'an administrator suspends an account');
select is(identity.set_account_status((select uuid from people where username = 'bob'), 'suspended', 'spam again'), false,
  'suspending a suspended account returns false');
reset role;
select results_eq(
  $$ select status::text, reason, deactivated_at from identity.user_status where user_uuid = (select uuid from people where username = 'bob') $$,
  $$ values ('suspended', 'spam', null::timestamptz) $$,
  'the account is suspended with the reason (the unchanged call changed nothing)');

set local role app_anonymous;
select ok(identity.authenticate('bob', 'b-o-b password 1', null, 'bob:suspended') is null,
  'a suspended account cannot sign in');
reset role;
select results_eq(
  $$ select event_type::text, reason from identity.login_audit_logs where user_agent = 'bob:suspended' $$,
  $$ values ('login_failure', 'account_suspended') $$,
  '... audited as login_failure, reason account_suspended');
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'bob'));
select is(identity.current_user_uuid(), null::uuid, 'a suspended account''s existing session claims name nobody');
select is_empty($$ select 1 from identity.user_emails $$, 'a suspended account''s session reads none of its rows');
reset role;

set local role app_admin;
select test_support.act_as((select uuid::text from people where username = 'ada'));
select is(identity.set_account_status((select uuid from people where username = 'bob'), 'active', 'appeal granted'), true,
  'an administrator reactivates an account');
reset role;
set local role app_anonymous;
select results_eq(
  $$ select role, user_uuid from identity.authenticate('bob', 'b-o-b password 1') $$,
  $$ select 'app_user', uuid from people where username = 'bob' $$,
  'a reactivated account signs in again');
reset role;
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'bob'));
select is(identity.current_user_uuid(), (select uuid from people where username = 'bob'),
  'a reactivated account''s session claims work again');
reset role;

set local role app_admin;
select test_support.act_as((select uuid::text from people where username = 'ada'));
select is(identity.set_account_status((select uuid from people where username = 'bob'), 'deactivated', repeat('r', 500)), true,
  'an administrator deactivates an account, with a 500-character reason');
reset role;
select results_eq(
  $$ select status::text, deactivated_at, char_length(reason) from identity.user_status where user_uuid = (select uuid from people where username = 'bob') $$,
  $$ values ('deactivated', now(), 500) $$,
  'deactivation sets deactivated_at');
set local role app_admin;
select test_support.act_as((select uuid::text from people where username = 'ada'));
select is(identity.set_account_status((select uuid from people where username = 'bob'), 'active'), true,
  'a deactivated account can be reactivated');
reset role;
select results_eq(
  $$ select status::text, deactivated_at, reason from identity.user_status where user_uuid = (select uuid from people where username = 'bob') $$,
  $$ values ('active', null::timestamptz, null::text) $$,
  'reactivation clears deactivated_at and the reason');
select results_eq(
  $$ select reason from identity.login_audit_logs
     where event_type = 'status_changed' and user_uuid = (select uuid from people where username = 'bob') order by id $$,
  $$ select left(s || ' by ' || d.uuid || ': ' || r, 500) from (values (1, 'suspended', 'spam'), (2, 'active', 'appeal granted'),
       (3, 'deactivated', repeat('r', 500)), (4, 'active', '')) v(o, s, r), people d where d.username = 'ada' order by o $$,
  'each change is audited once as status_changed of the account, with the administrator and the reason (cut to 500)');
select is(
  (select count(*) from identity.login_audit_logs
   where event_type = 'status_changed' and user_uuid = (select uuid from people where username = 'ada')),
  0::bigint,
  'refused and unchanged calls are not audited');

/*
 * deactivate_my_account.
 */
set local role app_anonymous;
select throws_ok($$ select identity.deactivate_my_account() $$, '42501', null,
  'an anonymous session cannot deactivate an account (no EXECUTE)');
reset role;
set local role app_user;
select test_support.act_as('');
select throws_ok($$ select identity.deactivate_my_account() $$, 'LOGIN', null,
  'an app_user session without claims gets LOGIN from deactivate_my_account');
select test_support.act_as((select uuid::text from people where username = 'carol'));
select throws_ok($$ select identity.deactivate_my_account(repeat('r', 501)) $$, 'BADRS', null,
  'deactivate_my_account with a 501-character reason raises BADRS');
select is(identity.current_user_uuid(), (select uuid from people where username = 'carol'), '... and leaves the account active');
select test_support.act_as((select uuid::text from people where username = 'otto'));
select is(identity.deactivate_my_account('moving on'), true, 'a user deactivates their own account');
select is(identity.current_user_uuid(), null::uuid, 'the session stops working at once');
select throws_ok($$ select identity.deactivate_my_account() $$, 'LOGIN', null,
  'a second deactivation from the dead session gets LOGIN');
select is_empty($$ select 1 from identity.users $$, 'the dead session reads nothing');
reset role;
select results_eq(
  $$ select status::text, deactivated_at, reason from identity.user_status where user_uuid = (select uuid from people where username = 'otto') $$,
  $$ values ('deactivated', now(), 'moving on') $$,
  'the account is deactivated with deactivated_at and the reason');
select results_eq(
  $$ select reason from identity.login_audit_logs where event_type = 'status_changed' and user_uuid = (select uuid from people where username = 'otto') $$,
  $$ select 'deactivated by ' || uuid || ': moving on' from people where username = 'otto' $$,
  'self-deactivation is audited as status_changed by the user');
set local role app_anonymous;
select ok(identity.authenticate('otto', 'o-t-t-o password 1') is null, 'a self-deactivated account cannot sign in');
reset role;

/*
 * Devices: a user forgets or renames their own devices only.
 */
insert into identity.user_devices (user_uuid, device_fingerprint, device_name)
  select uuid, 'fp-carol-1', 'Phone' from people where username = 'carol'
  union all select uuid, 'fp-carol-2', 'Laptop' from people where username = 'carol'
  union all select uuid, 'fp-dan-1', 'Dan''s phone' from people where username = 'dan';

set local role app_anonymous;
select throws_ok($$ delete from identity.user_devices $$, '42501', null, 'an anonymous session cannot delete devices');
reset role;

set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'carol'));
select results_eq(
  $$ select device_fingerprint::text from identity.user_devices order by 1 $$,
  $$ values ('fp-carol-1'), ('fp-carol-2') $$,
  'RLS: carol sees only her own devices');
with d as (delete from identity.user_devices where device_fingerprint = 'fp-carol-1' returning 1)
  insert into counts select 'carol deletes her own', count(*) from d;
with d as (delete from identity.user_devices where device_fingerprint = 'fp-dan-1' returning 1)
  insert into counts select 'carol deletes dan''s', count(*) from d;
with d as (update identity.user_devices set device_name = 'Work laptop' where device_fingerprint = 'fp-carol-2' returning 1)
  insert into counts select 'carol renames her own', count(*) from d;
with d as (update identity.user_devices set device_name = 'Pwned' where device_fingerprint = 'fp-dan-1' returning 1)
  insert into counts select 'carol renames dan''s', count(*) from d;
select throws_ok($$ update identity.user_devices set device_fingerprint = 'forged' $$, '42501', null,
  'a user cannot change a device''s fingerprint');
select throws_ok($$ update identity.user_devices set device_name = repeat('n', 101) $$, '22001', null,
  'a device name over 100 characters is refused');
reset role;
select results_eq(
  $$ select label, n from counts order by label $$,
  $$ values ('carol deletes dan''s', 0::bigint), ('carol deletes her own', 1::bigint),
            ('carol renames dan''s', 0::bigint), ('carol renames her own', 1::bigint) $$,
  'a user deletes and renames one own device each, and affects none of another user''s');
select results_eq(
  $$ select device_fingerprint::text, device_name::text from identity.user_devices where device_fingerprint is not null order by 1 $$,
  $$ values ('fp-carol-2', 'Work laptop'), ('fp-dan-1', 'Dan''s phone') $$,
  'the own device is gone or renamed; dan''s is untouched');
select results_eq(
  $$ select user_uuid from identity.login_audit_logs where event_type = 'device_forgotten' $$,
  $$ select uuid from people where username = 'carol' $$,
  'forgetting a device is audited once as device_forgotten of its owner');

-- Deleting an account removes its devices with it.
select lives_ok($$ delete from identity.users where uuid = (select uuid from people where username = 'nadia') $$,
  'an account without devices can be deleted');
select lives_ok($$ delete from identity.users where uuid = (select uuid from people where username = 'dan') $$,
  'an account with a device can be deleted (forgetting its devices must not block the deletion)');

/*
 * There is always an active administrator: a suspended or deactivated one does not count.
 */
update identity.user_status set status = 'active', deactivated_at = null
  where user_uuid = (select uuid from people where username = 'ada');
-- Exactly two administrators from here on: ada and zed.
delete from identity.user_roles ur using identity.roles r
  where r.role_id = ur.role_id and r.role_name = 'admin' and ur.user_uuid <> (select uuid from people where username = 'ada');
insert into people select 'zed', uuid from identity.register_user('zed', 'zed@example.com', 'z-e-d password 1');
insert into identity.user_roles (user_uuid, role_id)
  select p.uuid, r.role_id from people p, identity.roles r where p.username = 'zed' and r.role_name = 'admin';
set local role app_admin;
select test_support.act_as((select uuid::text from people where username = 'ada'));
select is(identity.set_account_status((select uuid from people where username = 'zed'), 'suspended', 'holiday'), true,
  'an administrator suspends the other administrator while remaining active');
select throws_ok($$ select identity.revoke_role((select uuid from people where username = 'ada'), 'admin') $$, 'LSTAD', null,
  'the last active administrator cannot lose admin while the other one is suspended');
reset role;
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'ada'));
select throws_ok($$ select identity.deactivate_my_account('leaving') $$, 'LSTAD', null,
  'the last active administrator cannot deactivate their own account');
reset role;
update identity.user_status set status = 'active' where user_uuid = (select uuid from people where username = 'zed');
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'ada'));
select is(identity.deactivate_my_account('leaving'), true,
  'with another active administrator, an administrator may deactivate their own account');
reset role;

select * from finish();
rollback;

-- identity.change_password, identity."current_user"() and the private password helpers.
begin;
select plan(43);

-- Cheap hashes: these tests check behaviour, not the cost.
update identity_private.auth_settings set bcrypt_cost = 4;

create temp table people (username text primary key, uuid uuid not null);
grant select, insert on people to public;
-- The value of a one-value query, or the error it raised as text: keeps the file running when a call fails.
create function pg_temp.value_or_error(query text) returns text
  language plpgsql
as $$
declare
  v_result text;
begin
  execute query into v_result;
  return v_result;
exception when others then
  return format('error %s: %s', sqlstate, sqlerrm);
end;
$$;

set local role app_anonymous;
insert into people select 'alice', uuid from identity.register_user('alice', 'alice@example.com', 'old password 1', 'Alice');
insert into people select 'bob', uuid from identity.register_user('bob', 'bob@example.com', 'b-o-b password 1', 'Bob');
reset role;
-- Registration and the change share one transaction timestamp: move the change time back to see it move.
update identity_private.user_credentials set password_changed_at = now() - interval '1 day';
create temp table hash_before as
  select user_uuid, password_hash from identity_private.user_credentials;

/*
 * Who may call change_password.
 */
select function_privs_are('identity', 'change_password', array['text', 'text'], 'app_anonymous', array[]::name[],
  'app_anonymous may not execute change_password');
select function_privs_are('identity', 'change_password', array['text', 'text'], 'app_user', array['EXECUTE'],
  'app_user may execute change_password');
select function_privs_are('identity', 'change_password', array['text', 'text'], 'app_admin', array['EXECUTE'],
  'app_admin may execute change_password');
select function_privs_are('identity', 'change_password', array['text', 'text'], 'public', array[]::name[],
  'PUBLIC may not execute change_password');

set local role app_anonymous;
select throws_ok($$ select identity.change_password('old password 1', 'new password 2') $$, '42501', null,
  'an anonymous session cannot change a password');
reset role;

set local role app_user;
select throws_ok($$ select identity.change_password('old password 1', 'new password 2') $$, 'LOGIN', null,
  'an app_user session without a signed-in user gets LOGIN');
reset role;

/*
 * Wrong old password: false, audited, nothing changed.
 */
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'alice'));
select is(identity.change_password('not my password', 'new password 2'), false,
  'a wrong old password returns false');
select is(identity.change_password('b-o-b password 1', 'new password 2'), false,
  'another account''s password is a wrong old password');
reset role;
select is(
  (select password_hash from identity_private.user_credentials where user_uuid = (select uuid from people where username = 'alice')),
  (select password_hash from hash_before where user_uuid = (select uuid from people where username = 'alice')),
  'a wrong old password leaves the hash unchanged');
select is(
  (select count(*) from identity.login_audit_logs
   where user_uuid = (select uuid from people where username = 'alice') and event_type = 'login_failure'),
  2::bigint,
  'each wrong old password is audited as a login_failure of the account');
select is(
  (select count(*) from identity.login_audit_logs
   where user_uuid = (select uuid from people where username = 'alice') and event_type = 'password_change'),
  0::bigint,
  'a wrong old password is not audited as password_change');

/*
 * Weak or too long new passwords are refused.
 */
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'alice'));
select throws_ok($$ select identity.change_password('old password 1', 'short') $$, 'WEAKP', null,
  'a new password under the minimum length is refused with WEAKP');
select throws_ok($$ select identity.change_password('old password 1', null) $$, 'WEAKP', null,
  'a NULL new password is refused with WEAKP');
select throws_ok($$ select identity.change_password('old password 1', repeat('n', 73)) $$, 'LONGP', null,
  'a 73-byte new password is refused with LONGP');
select throws_ok($$ select identity.change_password('old password 1', repeat('€', 25)) $$, 'LONGP', null,
  'a new password of 25 × € (75 bytes) is refused with LONGP');
reset role;
select is(
  (select password_hash from identity_private.user_credentials where user_uuid = (select uuid from people where username = 'alice')),
  (select password_hash from hash_before where user_uuid = (select uuid from people where username = 'alice')),
  'a refused new password leaves the hash unchanged');

/*
 * The right old password: true, new hash, audited; the new password signs in, the old one does not.
 */
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'alice'));
select is(identity.change_password('old password 1', 'new password 2'), true,
  'the right old password and a valid new one return true');
reset role;
select isnt(
  (select password_hash from identity_private.user_credentials where user_uuid = (select uuid from people where username = 'alice')),
  (select password_hash from hash_before where user_uuid = (select uuid from people where username = 'alice')),
  'changing the password replaces the hash');
select ok(
  (select password_hash like '$2a$04$%' and password_hash = crypt('new password 2', password_hash)
   from identity_private.user_credentials where user_uuid = (select uuid from people where username = 'alice')),
  'the new hash is a bcrypt hash of the new password at the configured cost');
select is(
  (select password_changed_at from identity_private.user_credentials where user_uuid = (select uuid from people where username = 'alice')),
  now(),
  'changing the password moves password_changed_at to now');
select results_eq(
  $$ select event_type::text, reason from identity.login_audit_logs
     where user_uuid = (select uuid from people where username = 'alice') and event_type = 'password_change' $$,
  $$ values ('password_change', null::text) $$,
  'changing the password is audited as password_change');
select is(
  (select password_hash from identity_private.user_credentials where user_uuid = (select uuid from people where username = 'bob')),
  (select password_hash from hash_before where user_uuid = (select uuid from people where username = 'bob')),
  'changing one''s password leaves other accounts'' hashes alone');
set local role app_anonymous;
select results_eq(
  $$ select user_uuid from identity.authenticate('alice', 'new password 2') $$,
  $$ select uuid from people where username = 'alice' $$,
  'the new password signs in');
select ok(identity.authenticate('alice', 'old password 1') is null, 'the old password no longer signs in');
reset role;

set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'alice'));
select is(identity.change_password('old password 1', 'third password 3'), false,
  'the old password is no longer accepted as old_password');
select is(identity.change_password('new password 2', repeat('€', 24)), true,
  'a new password of exactly 72 bytes (24 × €) is accepted');
reset role;
set local role app_anonymous;
select ok((identity.authenticate('alice', repeat('€', 24))).user_uuid is not null, 'the 72-byte multibyte password signs in');
reset role;

/*
 * identity."current_user"(): the signed-in user's row, or NULL.
 */
select function_privs_are('identity', 'current_user', array[]::text[], 'app_anonymous', array['EXECUTE'],
  'app_anonymous may execute current_user()');
select function_privs_are('identity', 'current_user', array[]::text[], 'app_user', array['EXECUTE'],
  'app_user may execute current_user()');
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'alice'));
select results_eq(
  $$ select uuid, id from identity."current_user"() $$,
  $$ select uuid, id from identity.users where uuid = (select uuid from people where username = 'alice') $$,
  'current_user() returns the signed-in user''s row');
select test_support.act_as((select uuid::text from people where username = 'bob'));
select results_eq(
  $$ select uuid from identity."current_user"() $$,
  $$ select uuid from people where username = 'bob' $$,
  'current_user() follows the session''s user');
select test_support.act_as('');
select is(pg_temp.value_or_error($$ select (identity."current_user"()).uuid::text $$), null,
  'current_user() returns NULL in an app_user session without a user');
reset role;
set local role app_anonymous;
select is(pg_temp.value_or_error($$ select (identity."current_user"()).uuid::text $$), null,
  'current_user() returns NULL for an anonymous session');
reset role;

/*
 * The private password helpers are not reachable by the API roles.
 */
select function_privs_are('identity_private', 'verify_password', array['uuid', 'text'], 'app_anonymous', array[]::name[],
  'app_anonymous may not execute identity_private.verify_password');
select function_privs_are('identity_private', 'verify_password', array['uuid', 'text'], 'app_user', array[]::name[],
  'app_user may not execute identity_private.verify_password');
select function_privs_are('identity_private', 'verify_password', array['uuid', 'text'], 'app_admin', array[]::name[],
  'app_admin may not execute identity_private.verify_password');
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'alice'));
select throws_ok(
  $$ select identity_private.verify_password(identity.current_user_uuid(), 'anything at all') $$, '42501', null,
  'an app_user session calling identity_private.verify_password is denied');
reset role;
select is_empty(
  $$ select p.oid::regprocedure::text, r.rolname
     from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     cross join (values ('app_anonymous'), ('app_user'), ('app_admin')) as r (rolname)
     where n.nspname = 'identity_private' and has_function_privilege(r.rolname, p.oid, 'EXECUTE') $$,
  'no API role may execute any identity_private function');
select ok(
  identity_private.verify_password((select uuid from people where username = 'bob'), 'b-o-b password 1')
  and not identity_private.verify_password((select uuid from people where username = 'bob'), 'b-o-b password 2')
  and not identity_private.verify_password(gen_random_uuid(), 'b-o-b password 1'),
  'verify_password accepts the right password only, and nothing for an unknown user');

-- Wrong current passwords count towards the account lockout; once locked, even the right one is refused.
update identity_private.auth_settings set lockout_max_attempts = 2;
insert into identity.users (uuid) values ('00000000-0000-4000-8000-0000000000cc');
insert into identity_private.user_credentials (user_uuid, password_hash)
  values ('00000000-0000-4000-8000-0000000000cc', crypt('c-a-r-l password 1', gen_salt('bf', 4)));
set local role app_user;
select test_support.act_as('00000000-0000-4000-8000-0000000000cc');
select is(identity.change_password('guess one', 'c-a-r-l password 2'), false, 'a first wrong current password returns false');
select is(identity.change_password('guess two', 'c-a-r-l password 2'), false, 'a second wrong current password returns false');
select is(identity.change_password('c-a-r-l password 1', 'c-a-r-l password 2'), false,
  'after lockout_max_attempts wrong tries even the right current password is refused');
reset role;
select is(
  (select array_agg(event_type::text order by id) from identity.login_audit_logs
    where user_uuid = '00000000-0000-4000-8000-0000000000cc'),
  array['login_failure', 'login_failure', 'login_locked'],
  'the wrong tries and the locked attempt are audited');

select * from finish();
rollback;

-- identity.authenticate: sign-in by email or username, the session token, devices, auditing,
-- refused sign-ins, lockout, hash upgrades; and who may read or change login_audit_logs.
begin;
select plan(90);

-- Cheap hashes: these tests check behaviour, not the cost.
update identity_private.auth_settings set bcrypt_cost = 4;

-- Accounts and session tokens, readable and writable by the API roles used below.
create temp table people (username text primary key, uuid uuid not null);
create temp table tokens (label text primary key, role text, user_uuid uuid, session_id uuid, iat bigint, exp bigint, aal integer, auth_time bigint, refresh_token text, mfa_challenge text, device_token text);
grant select, insert on people, tokens to public;

set local role app_anonymous;
insert into people select 'alice', uuid from identity.register_user('alice', 'Alice@Example.com', 'a-l-i-c-e password 1', 'Alice');
insert into people select 'bob', uuid from identity.register_user('bob', 'bob@example.com', 'b-o-b password 1');
insert into people select 'carol', uuid from identity.register_user('carol', 'carol@example.com', 'c-a-r-o-l password 1');
insert into people select 'dave', uuid from identity.register_user('dave', 'dave@example.com', 'd-a-v-e password 1');
insert into people select 'erin', uuid from identity.register_user('erin', 'erin@example.com', 'e-r-i-n password 1');
insert into people select 'frank', uuid from identity.register_user('frank', 'frank@example.com', repeat('f', 72));
insert into people select 'gina', uuid from identity.register_user('gina', 'gina@example.com', 'g-i-n-a password 1');
insert into people select 'hank', uuid from identity.register_user('hank', 'hank@example.com', 'h-a-n-k password 1');
insert into people select 'ivan', uuid from identity.register_user('ivan', 'ivan@example.com', 'i-v-a-n password 1');
insert into people select 'judy', uuid from identity.register_user('judy', 'judy@example.com', 'j-u-d-y password 1');
insert into people select 'kate', uuid from identity.register_user('kate', 'kate@example.com', 'k-a-t-e password 1');
reset role;
-- Sign-in by email takes verified addresses only (tests/db/attack_unproven_addresses.sql): these are.
update identity.user_emails set is_verified = true;
update identity.user_status set status = 'suspended' where user_uuid = (select uuid from people where username = 'carol');
update identity.user_status set status = 'deactivated', deactivated_at = now()
  where user_uuid = (select uuid from people where username = 'dave');
insert into identity.user_roles (user_uuid, role_id)
  select p.uuid, r.role_id from people p, identity.roles r where p.username = 'erin' and r.role_name = 'admin';

/*
 * Who may call it.
 */
select function_privs_are('identity', 'authenticate', array['text', 'text', 'inet', 'text', 'text', 'text'], 'app_anonymous', array['EXECUTE'],
  'app_anonymous may execute authenticate');
select function_privs_are('identity', 'authenticate', array['text', 'text', 'inet', 'text', 'text', 'text'], 'app_user', array['EXECUTE'],
  'app_user may execute authenticate');
select function_privs_are('identity', 'authenticate', array['text', 'text', 'inet', 'text', 'text', 'text'], 'public', array[]::name[],
  'PUBLIC may not execute authenticate');

/*
 * Successful sign-in by email and by username, in any letter case.
 */
select is((select last_login_at from identity.users where uuid = (select uuid from people where username = 'alice')), null,
  'a new account has never signed in');

set local role app_anonymous;
insert into tokens select 'alice by email', t.*
  from identity.authenticate('aLiCe@eXaMpLe.CoM', 'a-l-i-c-e password 1', '203.0.113.7', 'TestAgent/1.0', 'fp-laptop') t;
insert into tokens select 'alice by username', t.*
  from identity.authenticate('ALICE', 'a-l-i-c-e password 1', '203.0.113.8', 'TestAgent/2.0') t;
insert into tokens select 'erin', t.* from identity.authenticate('erin', 'e-r-i-n password 1') t;
reset role;

select results_eq(
  $$ select role, user_uuid from tokens where label = 'alice by email' $$,
  $$ select 'app_user', uuid from people where username = 'alice' $$,
  'signing in with the email in another letter case returns an app_user session for the account');
select results_eq(
  $$ select role, user_uuid from tokens where label = 'alice by username' $$,
  $$ select 'app_user', uuid from people where username = 'alice' $$,
  'signing in with the username in another letter case returns an app_user session for the account');
select ok((select exp > extract(epoch from now()) from tokens where label = 'alice by email'),
  'the session expires in the future');
select ok(
  (select abs(t.exp - extract(epoch from now() + s.access_token_lifetime)) <= 1
   from tokens t, identity_private.auth_settings s where t.label = 'alice by email'),
  'the access token expires access_token_lifetime after now');
select results_eq(
  $$ select role, user_uuid from tokens where label = 'erin' $$,
  $$ select 'app_admin', uuid from people where username = 'erin' $$,
  'an account holding the admin role gets an app_admin session');
select is((select last_login_at from identity.users where uuid = (select uuid from people where username = 'alice')), now(),
  'signing in sets last_login_at');
select results_eq(
  $$ select ip_address, user_agent, reason from identity.login_audit_logs
     where user_uuid = (select uuid from people where username = 'alice') and event_type = 'login_success'
     order by ip_address $$,
  $$ values ('203.0.113.7'::inet, 'TestAgent/1.0', null::text), ('203.0.113.8'::inet, 'TestAgent/2.0', null::text) $$,
  'each sign-in is audited as login_success with its IP address and user agent');
select is((select count(*) from identity_private.login_attempts), 0::bigint, 'successful sign-ins leave no failure counter');

/*
 * Devices: recorded on the first sign-in with a fingerprint, refreshed on the next. A sign-in without a
 * fingerprint (and without a device token) is a new device known by the token it is handed.
 */
select results_eq(
  $$ select device_fingerprint::text, last_seen_at from identity.user_devices
     where user_uuid = (select uuid from people where username = 'alice') and device_fingerprint is not null $$,
  $$ values ('fp-laptop', now()) $$,
  'the first sign-in with a fingerprint records the device');
select results_eq(
  $$ select ip_address, user_agent from identity.login_audit_logs
     where user_uuid = (select uuid from people where username = 'alice') and event_type = 'device_new' order by ip_address $$,
  $$ values ('203.0.113.7'::inet, 'TestAgent/1.0'), ('203.0.113.8'::inet, 'TestAgent/2.0') $$,
  'a new device is audited as device_new (the one with a fingerprint, and the one known by its token only)');
update identity.user_devices set last_seen_at = now() - interval '3 days'
  where user_uuid = (select uuid from people where username = 'alice');
set local role app_anonymous;
select ok((identity.authenticate('alice', 'a-l-i-c-e password 1', '203.0.113.9', 'TestAgent/3.0', 'fp-laptop')).user_uuid is not null,
  'signing in again from the same device succeeds');
reset role;
select results_eq(
  $$ select device_fingerprint::text, last_seen_at from identity.user_devices
     where user_uuid = (select uuid from people where username = 'alice') and device_fingerprint is not null $$,
  $$ values ('fp-laptop', now()) $$,
  'a second sign-in from a known device refreshes last_seen_at and adds no device');
select is(
  (select count(*) from identity.login_audit_logs
   where user_uuid = (select uuid from people where username = 'alice') and event_type = 'device_new'),
  2::bigint,
  'a known device is not audited as device_new again');

/*
 * Refused sign-ins: NULL, whatever the reason, and audited with the reason.
 */
set local role app_anonymous;
select ok(identity.authenticate('bob', 'not bob''s password', '198.51.100.1', 'case:wrong_password') is null,
  'a wrong password returns NULL');
select ok(identity.authenticate('nobody@example.com', 'whatever password', '198.51.100.2', 'case:unknown_email') is null,
  'an unknown email returns NULL');
select ok(identity.authenticate('nobody', 'whatever password', '198.51.100.3', 'case:unknown_username') is null,
  'an unknown username returns NULL');
select ok(identity.authenticate('carol', 'c-a-r-o-l password 1', '198.51.100.4', 'case:suspended') is null,
  'a suspended account with the right password returns NULL');
select ok(identity.authenticate('dave@example.com', 'd-a-v-e password 1', '198.51.100.5', 'case:deactivated') is null,
  'a deactivated account with the right password returns NULL');
select ok((identity.authenticate('frank', repeat('f', 72), null, null)).user_uuid is not null,
  'a 72-byte password signs in');
select ok(identity.authenticate('frank', repeat('f', 72) || 'f', '198.51.100.6', 'case:73_bytes') is null,
  'a 73-byte password sharing its first 72 bytes with the real password returns NULL');
select ok(identity.authenticate('frank', repeat('f', 72) || 'tail', '198.51.100.6', 'case:76_bytes') is null,
  'a 76-byte password sharing its first 72 bytes with the real password returns NULL');
select ok(identity.authenticate('bob', '', '198.51.100.7', 'case:empty') is null,
  'an empty password returns NULL');
select ok(identity.authenticate('bob', null, '198.51.100.7', 'case:null') is null,
  'a NULL password returns NULL');
reset role;

select results_eq(
  $$ select event_type::text, user_uuid, ip_address, reason from identity.login_audit_logs where user_agent = 'case:wrong_password' $$,
  $$ select 'login_failure', uuid, '198.51.100.1'::inet, 'wrong_password' from people where username = 'bob' $$,
  'a wrong password is audited as login_failure, reason wrong_password, with the account and IP address');
select results_eq(
  $$ select event_type::text, user_uuid, ip_address, reason from identity.login_audit_logs where user_agent = 'case:unknown_email' $$,
  $$ values ('login_failure', null::uuid, '198.51.100.2'::inet, 'unknown_login') $$,
  'an unknown email is audited as login_failure, reason unknown_login, without an account');
select results_eq(
  $$ select event_type::text, user_uuid, ip_address, reason from identity.login_audit_logs where user_agent = 'case:unknown_username' $$,
  $$ values ('login_failure', null::uuid, '198.51.100.3'::inet, 'unknown_login') $$,
  'an unknown username is audited as login_failure, reason unknown_login, without an account');
select results_eq(
  $$ select event_type::text, user_uuid, reason from identity.login_audit_logs where user_agent = 'case:suspended' $$,
  $$ select 'login_failure', uuid, 'account_suspended' from people where username = 'carol' $$,
  'a suspended account''s sign-in is audited as login_failure, reason account_suspended');
select results_eq(
  $$ select event_type::text, user_uuid, reason from identity.login_audit_logs where user_agent = 'case:deactivated' $$,
  $$ select 'login_failure', uuid, 'account_deactivated' from people where username = 'dave' $$,
  'a deactivated account''s sign-in is audited as login_failure, reason account_deactivated');
select results_eq(
  $$ select event_type::text, user_uuid, reason from identity.login_audit_logs where user_agent in ('case:73_bytes', 'case:76_bytes') $$,
  $$ select 'login_failure', uuid, 'wrong_password' from people, generate_series(1, 2) where username = 'frank' $$,
  'a password over 72 bytes is audited as a wrong password');
select is(
  (select count(*) from identity.login_audit_logs where user_agent in ('case:empty', 'case:null') and event_type = 'login_failure'),
  2::bigint,
  'an empty or NULL password is audited as login_failure');
select is_empty(
  $$ select 1 from identity.users u join people p on p.uuid = u.uuid
     where p.username in ('bob', 'carol', 'dave') and u.last_login_at is not null $$,
  'refused sign-ins do not set last_login_at');
select is_empty(
  $$ select 1 from identity.login_audit_logs a join people p on p.uuid = a.user_uuid
     where p.username in ('bob', 'carol', 'dave') and a.event_type = 'login_success' $$,
  'refused sign-ins are not audited as login_success');

/*
 * Lockout after lockout_max_attempts failures within lockout_window.
 */
update identity_private.auth_settings set lockout_max_attempts = 3;

set local role app_anonymous;
select ok(identity.authenticate('gina', 'wrong 1', null, 'gina:1') is null, 'gina: failure 1 of 3');
select ok(identity.authenticate('gina', 'wrong 2', null, 'gina:2') is null, 'gina: failure 2 of 3');
select ok(identity.authenticate('gina', 'wrong 3', null, 'gina:3') is null, 'gina: failure 3 of 3');
reset role;
select is(
  (select failed_count from identity_private.login_attempts where identifier = 'account:' || (select uuid from people where username = 'gina')),
  3,
  'failures are counted per account');
select is(
  (select count(*) from identity.login_audit_logs where user_agent like 'gina:%' and event_type = 'login_failure'),
  3::bigint,
  'the three failures before the limit are audited as login_failure, not login_locked');
set local role app_anonymous;
select ok(identity.authenticate('gina', 'g-i-n-a password 1', '192.0.2.1', 'gina:4') is null,
  'after lockout_max_attempts failures, the right password returns NULL');
reset role;
select results_eq(
  $$ select event_type::text, user_uuid, ip_address from identity.login_audit_logs where user_agent = 'gina:4' $$,
  $$ select 'login_locked', uuid, '192.0.2.1'::inet from people where username = 'gina' $$,
  'a sign-in refused by the lock is audited as login_locked');
select is(
  (select failed_count from identity_private.login_attempts where identifier = 'account:' || (select uuid from people where username = 'gina')),
  3,
  'an attempt refused by the lock does not extend the count');
select is((select last_login_at from identity.users where uuid = (select uuid from people where username = 'gina')), null,
  'a locked account is not signed in');

-- The same limit for an identifier that matches no account.
set local role app_anonymous;
select ok(identity.authenticate('ghost@example.com', 'guess 1', null, 'ghost:1') is null, 'ghost: failure 1 of 3');
select ok(identity.authenticate('GHOST@example.com', 'guess 2', null, 'ghost:2') is null, 'ghost: failure 2 of 3 (other case)');
select ok(identity.authenticate('ghost@example.com', 'guess 3', null, 'ghost:3') is null, 'ghost: failure 3 of 3');
select ok(identity.authenticate('ghost@example.com', 'guess 4', null, 'ghost:4') is null, 'ghost: attempt 4');
reset role;
select results_eq(
  $$ select event_type::text from identity.login_audit_logs where user_agent like 'ghost:%' order by user_agent $$,
  $$ values ('login_failure'), ('login_failure'), ('login_failure'), ('login_locked') $$,
  'an unknown identifier is locked after the same number of failures (the 4th attempt is login_locked)');
select is_empty(
  $$ select 1 from identity.login_audit_logs where user_agent like 'ghost:%' and user_uuid is not null $$,
  'the attempts on an unknown identifier are audited without an account');

-- Failures through the username and through the email of one account count together.
set local role app_anonymous;
select ok(identity.authenticate('hank', 'wrong 1', null, 'hank:1') is null, 'hank: failure 1 of 3 by username');
select ok(identity.authenticate('HANK@example.com', 'wrong 2', null, 'hank:2') is null, 'hank: failure 2 of 3 by email');
select ok(identity.authenticate('Hank', 'wrong 3', null, 'hank:3') is null, 'hank: failure 3 of 3 by username');
select ok(identity.authenticate('hank@example.com', 'h-a-n-k password 1', null, 'hank:4') is null,
  'failures by username and by email count together: the right password is then refused');
reset role;
select is(
  (select event_type::text from identity.login_audit_logs where user_agent = 'hank:4'),
  'login_locked',
  '... and audited as login_locked');

-- A success before the limit clears the count.
set local role app_anonymous;
select ok(identity.authenticate('kate', 'wrong 1') is null, 'kate: failure 1 of 3');
select ok(identity.authenticate('kate', 'wrong 2') is null, 'kate: failure 2 of 3');
select ok((identity.authenticate('kate', 'k-a-t-e password 1')).user_uuid is not null, 'kate: the right password before the limit signs in');
select ok(identity.authenticate('kate', 'wrong 3') is null, 'kate: a failure after the success');
select ok((identity.authenticate('kate', 'k-a-t-e password 1')).user_uuid is not null,
  'a successful sign-in resets the count: a later failure does not lock the account');
reset role;
select is(
  (select count(*) from identity_private.login_attempts where identifier = 'account:' || (select uuid from people where username = 'kate')),
  0::bigint,
  'a successful sign-in deletes the account''s failure counter');

-- The lock ends lockout_window (15 minutes) after the first failure.
update identity_private.auth_settings set clock_offset = interval '16 minutes';
set local role app_anonymous;
insert into tokens select 'gina after lock', t.* from identity.authenticate('gina', 'g-i-n-a password 1') t;
reset role;
select results_eq(
  $$ select role, user_uuid from tokens where label = 'gina after lock' $$,
  $$ select 'app_user', uuid from people where username = 'gina' $$,
  'once lockout_window has passed, the right password signs in');
select is_empty(
  $$ select 1 from identity_private.login_attempts where identifier = 'account:' || (select uuid from people where username = 'gina') $$,
  '... and the failure counter is gone');
update identity_private.auth_settings set clock_offset = interval '0', lockout_max_attempts = 5;

/*
 * Hashes made at a lower cost are upgraded at the next successful sign-in.
 */
update identity_private.auth_settings set bcrypt_cost = 5;
select ok(
  (select password_hash like '$2a$04$%' from identity_private.user_credentials where user_uuid = (select uuid from people where username = 'ivan')),
  'ivan''s hash was made at cost 4');
set local role app_anonymous;
select ok(identity.authenticate('ivan', 'wrong password') is null, 'ivan: a wrong password');
reset role;
select ok(
  (select password_hash like '$2a$04$%' from identity_private.user_credentials where user_uuid = (select uuid from people where username = 'ivan')),
  'a failed sign-in does not rehash');
set local role app_anonymous;
select ok((identity.authenticate('ivan', 'i-v-a-n password 1')).user_uuid is not null, 'ivan signs in while bcrypt_cost is 5');
reset role;
select ok(
  (select password_hash like '$2a$05$%' from identity_private.user_credentials where user_uuid = (select uuid from people where username = 'ivan')),
  'a successful sign-in rehashes a cost-4 hash at the configured cost 5');
set local role app_anonymous;
select ok((identity.authenticate('ivan', 'i-v-a-n password 1')).user_uuid is not null, 'the upgraded hash still accepts the password');
select ok(identity.authenticate('ivan', 'i-v-a-n password 2') is null, 'the upgraded hash still refuses another password');
reset role;
update identity_private.auth_settings set bcrypt_cost = 4;

/*
 * Reading login_audit_logs: own rows only, without the reason; administrators read everything.
 */
insert into identity.login_audit_logs (user_uuid, event_type, event_at, reason)
  select uuid, 'password_change', now() - interval '1 hour', null from people where username = 'judy'
  union all
  select uuid, 'login_failure', now() - interval '1 day', 'wrong_password' from people where username = 'judy';

set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'judy'));
select results_eq(
  $$ select event_type::text from identity.login_audit_logs order by event_at desc $$,
  $$ values ('register'), ('password_change'), ('login_failure') $$,
  'a user reads their own audit events, newest first');
select is_empty(
  $$ select 1 from identity.login_audit_logs where user_uuid is distinct from identity.current_user_uuid() $$,
  'a user reads no other account''s audit events, nor those without an account');
select is_empty(
  $$ select 1 from identity.login_audit_logs where user_uuid = (select uuid from people where username = 'alice') $$,
  'a user cannot read another user''s audit events even by asking for them');
select throws_ok($$ select reason from identity.login_audit_logs $$, '42501', null,
  'app_user may not read the reason column');
select lives_ok($$ select id, user_uuid, event_type, ip_address, user_agent, event_at from identity.login_audit_logs $$,
  'app_user may read every other column');
select throws_ok($$ insert into identity.login_audit_logs (user_uuid, event_type) values (identity.current_user_uuid(), 'register') $$,
  '42501', null, 'app_user may not insert audit events');
select throws_ok($$ update identity.login_audit_logs set user_agent = 'forged' $$, '42501', null,
  'app_user may not update audit events');
select throws_ok($$ delete from identity.login_audit_logs $$, '42501', null,
  'app_user may not delete audit events');
reset role;

set local role app_admin;
select test_support.act_as((select uuid::text from people where username = 'erin'));
select results_eq(
  $$ select reason from identity.login_audit_logs where user_agent = 'case:wrong_password' $$,
  $$ values ('wrong_password') $$,
  'an app_admin holding the admin role reads the reason of another account''s failure');
select results_eq(
  $$ select reason from identity.login_audit_logs where user_agent = 'case:unknown_email' $$,
  $$ values ('unknown_login') $$,
  'an app_admin holding the admin role reads failures without an account');
select throws_ok($$ insert into identity.login_audit_logs (user_uuid, event_type) values (identity.current_user_uuid(), 'register') $$,
  '42501', null, 'app_admin may not insert audit events');
select throws_ok($$ update identity.login_audit_logs set reason = null $$, '42501', null,
  'app_admin may not update audit events');
select throws_ok($$ delete from identity.login_audit_logs $$, '42501', null,
  'app_admin may not delete audit events');
reset role;

set local role app_admin;
select test_support.act_as((select uuid::text from people where username = 'alice'));
select is_empty(
  $$ select 1 from identity.login_audit_logs where user_uuid is distinct from identity.current_user_uuid() $$,
  'an app_admin session of an account without the admin role reads only its own audit events');
reset role;

/*
 * Oversized or padded input is trimmed to fit, never an error.
 */
set local role app_anonymous;
select ok((identity.authenticate('  erin  ', 'e-r-i-n password 1', null, repeat('u', 2000), '  ' || repeat('d', 300) || '  ')).user_uuid is not null,
  'a login padded with spaces signs in, with an oversized user agent and fingerprint');
select ok(identity.authenticate(repeat('x', 1000), 'whatever password', null, 'case:long_login') is null,
  'a 1000-character login returns NULL rather than an error');
reset role;
select is(
  (select max(char_length(user_agent)) from identity.login_audit_logs
   where user_uuid = (select uuid from people where username = 'erin') and user_agent like 'uuu%'),
  1024,
  'an oversized user agent is audited cut to 1024 characters');
select results_eq(
  $$ select device_fingerprint::text from identity.user_devices where user_uuid = (select uuid from people where username = 'erin') and device_fingerprint is not null $$,
  $$ values (repeat('d', 255)) $$,
  'an oversized fingerprint is trimmed and cut to 255 characters');

/*
 * authenticate also works from a signed-in session (e.g. to switch accounts).
 */
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'alice'));
select results_eq(
  $$ select role, user_uuid from identity.authenticate('bob', 'b-o-b password 1') $$,
  $$ select 'app_user', uuid from people where username = 'bob' $$,
  'app_user can call authenticate');
reset role;

select * from finish();
rollback;

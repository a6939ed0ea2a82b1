-- Issue 10, points 4 and 5, written as the attack. A session stolen more than 10 minutes after its
-- sign-in changes no security setting until the password is confirmed again; one client flooding the
-- sign-in paths causes a bounded number of bcrypt computations and audit rows.
begin;
select plan(26);

update identity_private.auth_settings set bcrypt_cost = 4;
select set_config('idkit.token_keys', 'k1=0123456789abcdef0123', true);
create temp table people (username text primary key, uuid uuid not null);
grant select, insert, update on people to public;

set local role app_anonymous;
insert into people select 'alice', uuid from identity.register_user('alice', 'alice@example.com', 'violet harbour sting 4');
reset role;
update identity.user_emails set is_verified = true where email = 'alice@example.com';

/*
 * The stolen session: signed in 11 minutes ago.
 */
select set_config('role', 'app_user', true);
select test_support.act_as((select uuid::text from people where username = 'alice'));
reset role;
update identity.user_sessions set authenticated_at = now() - interval '11 minutes'
  where id = current_setting('jwt.claims.session_id')::uuid;
select set_config('role', 'app_user', true);

select throws_ok($$ select identity.enrol_totp() $$, 'REAUT', null, 'a stale session cannot enrol an authenticator app');
select throws_ok($$ select identity.add_email('mallory@example.com') $$, 'REAUT', null, 'a stale session cannot add an email address');
select throws_ok($$ select identity.make_email_primary((select id from identity.user_emails where email = 'alice@example.com')) $$,
  'REAUT', null, 'a stale session cannot change the primary address');
select throws_ok($$ select identity.confirm_totp('123456') $$, 'REAUT', null, 'a stale session cannot confirm an authenticator app');
select throws_ok($$ select identity.disable_totp('123456') $$, 'REAUT', null, 'a stale session cannot disable an authenticator app');
select throws_ok($$ select * from identity.generate_recovery_codes() $$, 'REAUT', null, 'a stale session cannot take recovery codes');
select throws_ok($$ select identity.link_provider('github', '12345') $$, 'REAUT', null, 'a stale session cannot link a provider');
select throws_ok($$ select identity.deactivate_my_account() $$, 'REAUT', null, 'a stale session cannot deactivate the account');

select is(identity.reauthenticate('not the password'), false, 'reauthenticate refuses a wrong password');
reset role;
select is((select failed_count from identity_private.login_attempts
           where identifier = 'account:' || (select uuid from people where username = 'alice')), 1,
  'a wrong password at reauthenticate counts towards the account lockout');
select set_config('role', 'app_user', true);
select throws_ok($$ select identity.enrol_totp() $$, 'REAUT', null, 'still stale after a wrong password');
select is(identity.reauthenticate('violet harbour sting 4'), true, 'reauthenticate accepts the password');
reset role;
select cmp_ok((select authenticated_at from identity.user_sessions where id = current_setting('jwt.claims.session_id')::uuid),
  '>', now() - interval '1 minute', 'reauthenticate renews the session''s authenticated_at');
select set_config('role', 'app_user', true);
select lives_ok($$ select identity.add_email('alice.second@example.com') $$, 'a freshly confirmed session adds an address');
select lives_ok($$ select identity.enrol_totp() $$, 'a freshly confirmed session enrols an authenticator app');
reset role;
select results_eq(
  $$ select event_type::text from identity.login_audit_logs
     where user_uuid = (select uuid from people where username = 'alice')
       and event_type in ('reauthenticated', 'email_added', 'mfa_enrolment_started') order by id $$,
  $$ values ('reauthenticated'::text), ('email_added'), ('mfa_enrolment_started') $$,
  'the confirmation and each change are audited, so the owner can be told');
select set_config('role', 'app_user', true);
select test_support.act_as('');
reset role;

/*
 * A flood of sign-ins from one client address (the server sets it).
 */
select set_config('idkit.request_meta', 'server', true);
select set_config('idkit.client_ip', '203.0.113.9', true);
set local role app_anonymous;
select is(count(*)::integer, 0, '90 sign-ins from one address, none succeeds')
  from generate_series(1, 90) i
  where identity.authenticate('nobody' || i || '@example.com', 'guess ' || i) is not null;
reset role;
select is((select count(*)::integer from identity.login_audit_logs
           where event_type = 'login_failure' and ip_address = '203.0.113.9'), 60,
  'only 60 of them (the per-client limit) reached bcrypt and were audited as failures');
select is((select count(*)::integer from identity.login_audit_logs
           where event_type = 'throttled' and ip_address = '203.0.113.9'), 1,
  'the other 30 wrote one audit row between them');
set local role app_anonymous;
select is(identity.authenticate('alice', 'violet harbour sting 4'), null,
  'even the right password is refused (NULL) from a throttled address');
reset role;

/*
 * One identifier from many addresses: 10 attempts per window.
 */
delete from identity_private.throttle_counters where scope = 'identifier'; -- reauthenticate counted two for alice
select is(count(*)::integer, 0, '15 wrong guesses for alice from 15 addresses')
  from generate_series(1, 15) i
  where set_config('idkit.client_ip', '198.51.100.' || i, true) is not null
    and identity.authenticate('alice', 'guess ' || i) is not null;
select is((select count(*)::integer from identity.login_audit_logs
           where event_type in ('login_failure', 'login_locked') and ip_address << '198.51.100.0/24'), 10,
  '10 reached bcrypt (the per-identifier limit; the account locked on the way)');

/*
 * Account functions: register_user per address.
 */
select set_config('idkit.client_ip', '192.0.2.7', true);
set local role app_anonymous;
select lives_ok($$ select identity.register_user('carol' || i, 'carol@example.com', 'marble anchor tulip ' || i)
                   from generate_series(1, 5) i $$, 'five registrations naming one (unverified) address pass');
select throws_ok($$ select identity.register_user('carol9', 'carol@example.com', 'marble anchor tulip 9') $$,
  'THROT', null, 'the sixth for that address in the window is refused with THROT');
reset role;

/*
 * Cleanup: counters of past windows go with maintain().
 */
update identity_private.throttle_counters set window_start = now() - interval '2 minutes';
select cmp_ok((select deleted from identity_private.maintain() where task = 'throttle_counters'), '>', 0::bigint,
  'maintain removes throttle counters of past windows');
select is((select count(*)::integer from identity_private.throttle_counters), 0, 'none is left');

select * from finish();
rollback;

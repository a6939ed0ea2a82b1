-- Issue 10, point 6, written as the attack: five wrong passwords from anywhere lock an account. With
-- OWASP's device-cookie design the lockout applies to callers without a valid device token only: the
-- owner's device, which signed in before, still signs in; a token of another account does not help; and a
-- stolen token with wrong passwords locks that device (its own key), not the account.
begin;
select plan(25);

update identity_private.auth_settings set bcrypt_cost = 4;
create temp table people (username text primary key, uuid uuid not null);
create temp table tokens (label text primary key, token text);
grant select, insert, update on people, tokens to public;

set local role app_anonymous;
insert into people select 'dora', uuid from identity.register_user('dora', 'dora@example.com', 'violet harbour sting 4');
insert into people select 'eve', uuid from identity.register_user('eve', 'eve@example.com', 'copper lantern moth 8');

/*
 * A successful sign-in hands out a device token, once; only its hash is stored.
 */
insert into tokens select 'dora laptop', (identity.authenticate('dora', 'violet harbour sting 4')).device_token;
insert into tokens select 'eve phone', (identity.authenticate('eve', 'copper lantern moth 8')).device_token;
select matches((select token from tokens where label = 'dora laptop'), '^[A-Za-z0-9_-]{43}=?$',
  'a successful sign-in returns a device token of 32 random bytes');
select throws_ok($$ select * from identity_private.user_device_tokens $$, '42501', null, 'no API role can read device tokens');
reset role;
select is((select count(*)::integer from identity_private.user_device_tokens t join identity.user_devices d on d.id = t.device_id
           where d.user_uuid = (select uuid from people where username = 'dora')
             and t.token_hash = identity_private.sha256((select token from tokens where label = 'dora laptop'))), 1,
  'the device of the sign-in stores the token''s SHA-256');
select is((select count(*)::integer from identity_private.user_device_tokens t, tokens k where encode(t.token_hash, 'escape') = k.token), 0,
  'the token itself is stored nowhere');
select is((select count(*)::integer from identity.login_audit_logs
           where event_type = 'device_new' and user_uuid = (select uuid from people where username = 'dora')), 1,
  'the new device is audited (device_new)');

/*
 * The attack: five wrong passwords from elsewhere.
 */
select set_config('idkit.request_meta', 'server', true);
select set_config('idkit.client_ip', '203.0.113.66', true);
set local role app_anonymous;
select is(count(*)::integer, 5, 'five wrong passwords from an unknown device fail')
  from generate_series(1, 5) i where identity.authenticate('dora', 'guess ' || i) is null;
select is(identity.authenticate('dora', 'violet harbour sting 4'), null,
  'the account is locked for every caller without a device token, even with the right password');
select set_config('idkit.client_ip', '192.0.2.10', true);
select is((identity.authenticate('dora', 'violet harbour sting 4',
            device_token => (select token from tokens where label = 'dora laptop'))).role, 'app_user',
  'the owner''s device, presenting its token, still signs in');
select is((identity.authenticate('dora', 'violet harbour sting 4',
            device_token => (select token from tokens where label = 'dora laptop'))).device_token, null,
  'a valid device token stays valid: no new one is handed out');
select is(identity.authenticate('dora', 'violet harbour sting 4', device_token => (select token from tokens where label = 'eve phone')),
  null, 'a device token of another account does not lift the lockout');
select is(identity.authenticate('dora', 'violet harbour sting 4', device_token => 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'),
  null, 'nor does an unknown device token');
reset role;
select is((select failed_count from identity_private.login_attempts
           where identifier = 'account:' || (select uuid from people where username = 'dora')), 5,
  'the owner''s sign-ins on the known device did not lift the account''s lockout for the others');
select is((select count(*)::integer from identity_private.login_attempts where identifier like 'device:%'), 0,
  'the known device has no failures of its own');

/*
 * A stolen token with wrong passwords: its failures count under the device's key and lock that device.
 */
set local role app_anonymous;
select is(count(*)::integer, 5, 'five wrong passwords with the stolen token fail')
  from generate_series(1, 5) i
  where identity.authenticate('dora', 'stolen guess ' || i, device_token => (select token from tokens where label = 'dora laptop')) is null;
reset role;
select is((select a.failed_count from identity_private.login_attempts a
           join identity_private.user_device_tokens t on a.identifier = 'device:' || t.device_id
           where t.token_hash = identity_private.sha256((select token from tokens where label = 'dora laptop'))), 5,
  'they are counted under the device''s key');
set local role app_anonymous;
select is(identity.authenticate('dora', 'violet harbour sting 4', device_token => (select token from tokens where label = 'dora laptop')),
  null, 'and the device is locked now, even with the right password');
reset role;
select is((select count(*)::integer from identity.login_audit_logs
           where event_type = 'login_locked' and reason = 'device locked'
             and user_uuid = (select uuid from people where username = 'dora')), 1,
  'the refusal of a locked device is audited as such');

/*
 * The second step: complete_mfa_login counts failures under the device's key too, and hands out a token.
 */
delete from identity_private.login_attempts;
insert into identity.user_mfa_factors (user_uuid, factor_type, is_enabled)
  values ((select uuid from people where username = 'eve'), 'totp', true);
insert into identity_private.user_recovery_codes (user_uuid, code_hash)
  values ((select uuid from people where username = 'eve'), identity_private.sha256('ABCDEFGHIJKLMNOP'));
set local role app_anonymous;
insert into tokens select 'eve challenge', (identity.authenticate('eve', 'copper lantern moth 8',
  device_token => (select token from tokens where label = 'eve phone'))).mfa_challenge;
select is(identity.complete_mfa_login((select token from tokens where label = 'eve challenge'), '000000',
            device_token => (select token from tokens where label = 'eve phone')), null, 'a wrong second factor fails');
reset role;
select is((select count(*)::integer from identity_private.login_attempts where identifier like 'device:%'), 1,
  '... and counts under the device''s key');
select is((select count(*)::integer from identity_private.login_attempts where identifier like 'account:%'), 0,
  '... not the account''s');
set local role app_anonymous;
select is((identity.complete_mfa_login((select token from tokens where label = 'eve challenge'), 'ABCD-EFGH-IJKL-MNOP',
            device_token => (select token from tokens where label = 'eve phone'))).aal, 2,
  'the right second factor on the known device creates the session');
select is(identity.complete_mfa_login(
            (select (identity.authenticate('eve', 'copper lantern moth 8')).mfa_challenge), 'ABCD-EFGH-IJKL-MNOP'), null,
  'the used recovery code does not work twice');
reset role;

/*
 * A forgotten device: its token goes with it.
 */
insert into tokens select 'dora laptop device', t.device_id::text from identity_private.user_device_tokens t
  where t.token_hash = identity_private.sha256((select token from tokens where label = 'dora laptop'));
select test_support.act_as((select uuid::text from people where username = 'dora'));
set local role app_user;
select is((select count(*)::integer from identity.user_devices d
           where d.id = (select token::bigint from tokens where label = 'dora laptop device')), 1,
  'the owner sees the device among theirs');
delete from identity.user_devices d where d.id = (select token::bigint from tokens where label = 'dora laptop device');
reset role;
select test_support.act_as('');
select is((select count(*)::integer from identity_private.user_device_tokens
           where token_hash = identity_private.sha256((select token from tokens where label = 'dora laptop'))), 0,
  'forgetting the device deletes its token');
delete from identity_private.login_attempts;
set local role app_anonymous;
select is((identity.authenticate('dora', 'violet harbour sting 4', device_token => (select token from tokens where label = 'dora laptop'))).device_token
            is not null, true,
  'the forgotten token counts for nothing: the sign-in is treated as from a new device and gets a new token');
reset role;

select * from finish();
rollback;

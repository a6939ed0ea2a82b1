-- Issue 10, points 1 and 5, written as the attack: register_user raised EMTKN for an address another account
-- verified and UNTKN for a taken username, and an error rolls the call's throttle count back, so one client
-- could probe unlimited addresses and usernames (30 calls from one address: 30 EMTKN, no THROT). Now an
-- address verified elsewhere is accepted as an unverified claim that gains nothing, a taken username answers
-- NULL, every call is counted, and a flood meets THROT.
begin;
select plan(22);

update identity_private.auth_settings set bcrypt_cost = 4;
create temp table people (username text primary key, uuid uuid);
create temp table mail (label text primary key, recipient text, token text);
grant select, insert, update on people, mail to public;

-- The owners of verified addresses (registered without a client address: only their addresses count).
set local role app_anonymous;
insert into people select 'vic', uuid from identity.register_user('vic', 'vic@example.com', 'violet harbour sting 4');
insert into people select 'owner' || i, (identity.register_user('owner' || i, 'owner' || i || '@example.com', 'violet harbour sting 4')).uuid
  from generate_series(1, 21) i;
reset role;
update identity.user_emails set is_verified = true;
delete from identity_private.throttle_counters;
select set_config('idkit.request_meta', 'server', true);

/*
 * Registering somebody else's verified address answers like a free one and gains nothing.
 */
select set_config('idkit.client_ip', '198.51.100.80', true);
set local role app_anonymous;
select lives_ok(
  $$ insert into people select 'mal', uuid from identity.register_user('mal', 'VIC@example.com', 'copper lantern moth 8') $$,
  'registering with an address another account verified is not refused (no EMTKN)');
select lives_ok(
  $$ insert into people select 'nia', uuid from identity.register_user('nia', 'nobody.has.this@example.com', 'copper lantern moth 8') $$,
  'registering with a free address is answered the same way');
reset role;
select isnt((select uuid from people where username = 'mal'), null, 'the account with the address verified elsewhere exists');
select results_eq(
  $$ select email::text, is_primary, is_verified from identity.user_emails where user_uuid = (select uuid from people where username = 'mal') $$,
  $$ values ('vic@example.com', true, false) $$,
  'its address is an unverified claim');
select results_eq(
  $$ select user_uuid from identity.user_emails where email = 'vic@example.com' and is_verified $$,
  $$ select uuid from people where username = 'vic' $$,
  'vic keeps the verified address');

select is((identity.authenticate('vic@example.com', 'copper lantern moth 8', null, null, null, null)).session_id, null,
  'mal cannot sign in with vic''s address (sign-in by email takes verified addresses, vic''s)');
select isnt((identity.authenticate('mal', 'copper lantern moth 8', null, null, null, null)).session_id, null,
  'mal signs in with the username');
select isnt((identity.authenticate('vic@example.com', 'violet harbour sting 4', null, null, null, null)).session_id, null,
  'vic still signs in with her address');

select test_support.act_as((select uuid::text from people where username = 'mal'));
set local role app_user;
insert into mail select 'mal claims vic', r.recipient, r.token
  from identity.request_email_verification((select id from identity.user_emails where email = 'vic@example.com')) r;
reset role;
select test_support.act_as('');
select is((select count(*)::integer from identity_private.user_tokens t join identity.user_emails e on e.id = t.email_id
           where e.email = 'vic@example.com'), 0,
  'a verification of mal''s claim is a decoy: no token is stored');
set local role app_anonymous;
select is(identity.verify_email((select token from mail where label = 'mal claims vic')), false,
  'so the claim cannot be verified, not even by vic following the mail');
reset role;
select is((select is_verified from identity.user_emails where user_uuid = (select uuid from people where username = 'mal')), false,
  'mal''s claim stays unverified');

/*
 * A taken username answers NULL, writing nothing but the throttle count.
 */
select set_config('idkit.client_ip', '198.51.100.81', true);
create temp table before_taken as
  select (select count(*) from identity.users) as users, (select count(*) from identity.login_audit_logs) as audit;
set local role app_anonymous;
select is((identity.register_user('VIC', 'fresh@example.com', 'copper lantern moth 8')).uuid, null,
  'a username taken in another letter case answers NULL (no UNTKN error)');
reset role;
select results_eq(
  $$ select (select count(*) from identity.users), (select count(*) from identity.login_audit_logs) $$,
  $$ select users, audit from before_taken $$,
  '... and writes no account and no audit row');
select is((select hits from identity_private.throttle_counters where bucket = 'account' and scope = 'client' and value = '198.51.100.81'), 1,
  '... but its throttle count stays');

/*
 * Floods from one client address meet THROT.
 */
select set_config('idkit.client_ip', '203.0.113.80', true);
set local role app_anonymous;
select is(count(*)::integer, 5, '5 registrations with one address verified elsewhere create 5 unverified claims')
  from generate_series(1, 5) i where (identity.register_user('probe' || i, 'owner1@example.com', 'copper lantern moth 8')).uuid is not null;
select throws_ok($$ select identity.register_user('probe6', 'owner1@example.com', 'copper lantern moth 8') $$, 'THROT', null,
  'the 6th with that address in the window is refused with THROT (5 per address)');

select set_config('idkit.client_ip', '203.0.113.81', true);
select is(count(*)::integer, 20, '20 registrations with 20 addresses verified elsewhere all answer with an account')
  from generate_series(2, 21) i where (identity.register_user('prober' || i, 'owner' || i || '@example.com', 'copper lantern moth 8')).uuid is not null;
select throws_ok($$ select identity.register_user('prober22', 'yet.another@example.com', 'copper lantern moth 8') $$, 'THROT', null,
  'the 21st registration from that client in the window is refused with THROT (20 per client)');

select set_config('idkit.client_ip', '203.0.113.82', true);
select is(count(*)::integer, 20, '20 registrations with a taken username answer NULL')
  from generate_series(1, 20) i where (identity.register_user('vic', 'taken' || i || '@example.com', 'copper lantern moth 8')).uuid is null;
select throws_ok($$ select identity.register_user('vic', 'taken21@example.com', 'copper lantern moth 8') $$, 'THROT', null,
  'the 21st is refused with THROT: every taken-username answer was counted');
reset role;

select is((select count(*)::integer from identity.user_emails where email like 'owner%@example.com' and is_verified), 21,
  'every owner keeps the verified address');
select is((select count(*)::integer from identity.login_audit_logs where ip_address = '203.0.113.82'), 0,
  'the taken-username flood wrote no audit row');

select * from finish();
rollback;

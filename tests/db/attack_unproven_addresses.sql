-- Issue 10, point 1, written as the attack: an address nobody proved can neither take nor block an account.
-- mallory registers victim's address first, then tries to sign in with it, get a reset token for it, and
-- keep victim from registering or verifying it.
begin;
select plan(25);

update identity_private.auth_settings set bcrypt_cost = 4;
create temp table people (username text primary key, uuid uuid not null);
create temp table mail (label text primary key, recipient text, token text);
grant select, insert, update on people, mail to public;

set local role app_anonymous;
insert into people select 'mallory', uuid from identity.register_user('mallory', 'victim@example.com', 'horse staple orbit 1');
reset role;

/*
 * The unverified claim opens nothing.
 */
select is(identity_private.user_uuid_for_login('victim@example.com'), null,
  'user_uuid_for_login: an unverified address names no account');
select is(identity_private.user_uuid_for_login('MALLORY'), (select uuid from people where username = 'mallory'),
  'user_uuid_for_login: the username (any letter case) names the account');
set local role app_anonymous;
select is(identity.authenticate('victim@example.com', 'horse staple orbit 1'), null,
  'signing in with an unverified address fails, even with the right password');
select isnt((identity.authenticate('mallory', 'horse staple orbit 1')).user_uuid, null,
  'an account without a verified address signs in with its username');
insert into mail select 'decoy', r.recipient, r.token from identity.request_password_reset('victim@example.com') r;
reset role;
select is((select count(*) from identity_private.user_tokens where purpose = 'password_reset'), 0::bigint,
  'a reset requested for an unverified address stores no token');
select is((select recipient from mail where label = 'decoy'), 'victim@example.com',
  'the decoy names the address as it would be stored');
select matches((select token from mail where label = 'decoy'), '^[A-Za-z0-9_-]{43}$',
  'the decoy has the shape of a real token');
set local role app_anonymous;
select is(identity.reset_password((select token from mail where label = 'decoy'), 'brand new secret 7'), false,
  'the decoy resets nothing');

/*
 * The real owner registers and verifies the same address anyway.
 */
select lives_ok($$ insert into people select 'victim', uuid from identity.register_user('victim', 'Victim@Example.com', 'lantern copper fig 2') $$,
  'the real owner can register an address somebody else only claimed');
reset role;
select is((select count(*) from identity.user_emails where email = 'victim@example.com'), 2::bigint,
  'two accounts claim the unverified address');
select set_config('role', 'app_user', true);
select test_support.act_as((select uuid::text from people where username = 'victim'));
insert into mail select 'verify victim', r.recipient, r.token
  from identity.request_email_verification((select id from identity.user_emails where email = 'victim@example.com')) r;
select is((select recipient from mail where label = 'verify victim'), 'victim@example.com',
  'request_email_verification returns the stored address to mail the token to');
reset role;
set local role app_anonymous;
select ok(identity.verify_email((select token from mail where label = 'verify victim')), 'victim verifies the address');
reset role;
select results_eq(
  $$ select user_uuid, is_verified from identity.user_emails where email = 'victim@example.com' $$,
  $$ select uuid, true from people where username = 'victim' $$,
  'verifying removes the unverified claims of the address by other accounts');
select is((select count(*) from identity.login_audit_logs where event_type = 'email_removed'
           and user_uuid = (select uuid from people where username = 'mallory') and reason = 'verified by another account'), 1::bigint,
  'the removed claim is audited on the claimant''s account');
select is(identity_private.user_uuid_for_login('VICTIM@example.com'), (select uuid from people where username = 'victim'),
  'user_uuid_for_login: a verified address (any ASCII letter case) names its account');

/*
 * Once verified, the address is taken for everyone else, and the reset goes to its owner.
 */
set local role app_anonymous;
select lives_ok(
  $$ insert into people select 'mallory2', uuid from identity.register_user('mallory2', 'victim@example.com', 'horse staple orbit 1') $$,
  'registering a verified address of another account is no error: the answer tells nothing');
reset role;
select results_eq(
  $$ select user_uuid, is_verified from identity.user_emails where email = 'victim@example.com' order by is_verified $$,
  $$ values ((select uuid from people where username = 'mallory2'), false), ((select uuid from people where username = 'victim'), true) $$,
  '... it is an unverified claim of mallory2, and the address stays verified by victim');
select set_config('role', 'app_user', true);
select test_support.act_as((select uuid::text from people where username = 'mallory'));
select is((identity.add_email('VICTIM@example.com')).is_verified, false,
  'adding a verified address of another account is accepted as a claim that can never be verified: nothing tells that it is taken');
select lives_ok($$ select identity.add_email('second@example.com') $$, 'adding an address nobody verified works');
reset role;
set local role app_anonymous;
insert into mail select 'reset', r.recipient, r.token from identity.request_password_reset('  VICTIM@example.com ') r;
reset role;
select results_eq(
  $$ select t.user_uuid, e.email from identity_private.user_tokens t join identity.user_emails e on e.id = t.email_id
     where t.purpose = 'password_reset' $$,
  $$ select uuid, 'victim@example.com' from people where username = 'victim' $$,
  'a reset for the verified address is a token of its owner, tied to that address');
select is((select recipient from mail where label = 'reset'), 'victim@example.com',
  'request_password_reset returns the stored address, not what the caller typed');
set local role app_anonymous;
select isnt((identity.authenticate('victim@example.com', 'lantern copper fig 2')).user_uuid, null,
  'the owner signs in with the verified address');
reset role;

/*
 * Two verified claims of one address cannot exist, whatever the path.
 */
select throws_ok(
  $$ update identity.user_emails set is_verified = true where email = 'second@example.com' or
       (email = 'victim@example.com' and user_uuid = (select uuid from people where username = 'victim'));
     insert into identity.user_emails (user_uuid, email, is_verified)
       select uuid, 'victim@example.com', true from people where username = 'mallory' $$,
  '23505', null, 'the unique index on verified addresses refuses a second verified copy');
select has_index('identity', 'user_emails', 'user_emails_verified_email_key', 'verified addresses have a unique index');
select function_privs_are('identity_private', 'user_uuid_for_login', array['text'], 'app_anonymous', array[]::name[],
  'user_uuid_for_login is not executable by API roles');

select * from finish();
rollback;

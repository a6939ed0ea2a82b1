-- Account lifecycle, emails and one-time tokens: add_email, remove_email, make_email_primary,
-- request_email_verification / verify_email and request_password_reset / reset_password.
begin;
select plan(134);

-- Cheap hashes: these tests check behaviour, not the cost.
update identity_private.auth_settings set bcrypt_cost = 4;

-- Accounts, email ids and issued tokens, readable and writable by the API roles used below.
create temp table people (username text primary key, uuid uuid not null);
create temp table ids (label text primary key, id bigint);
create temp table secrets (label text primary key, value text);
grant select, insert, update on people, ids, secrets to public;
set local role app_anonymous;
insert into people select 'alice', uuid from identity.register_user('alice', 'alice@example.com', 'a-l-i-c-e password 1');
insert into people select 'bob', uuid from identity.register_user('bob', 'bob@example.com', 'b-o-b password 1');
insert into people select 'carol', uuid from identity.register_user('carol', 'carol@example.com', 'c-a-r-o-l password 1');
insert into people select 'dave', uuid from identity.register_user('dave', 'dave@example.com', 'd-a-v-e password 1');
insert into people select 'erin', uuid from identity.register_user('erin', 'erin@example.com', 'e-r-i-n password 1');
reset role;
insert into ids select username || ' primary', e.id
  from people p join identity.user_emails e on e.user_uuid = p.uuid;
-- Everyone proved their registration address (an unverified one opens nothing: attack_unproven_addresses.sql).
update identity.user_emails set is_verified = true;
-- erin is suspended: her session claims name nobody.
update identity.user_status set status = 'suspended' where user_uuid = (select uuid from people where username = 'erin');

/*
 * Who may call what.
 */
select function_privs_are('identity', 'add_email', array['text'], 'app_anonymous', array[]::name[],
  'app_anonymous may not execute add_email');
select function_privs_are('identity', 'add_email', array['text'], 'app_user', array['EXECUTE'],
  'app_user may execute add_email');
select function_privs_are('identity', 'add_email', array['text'], 'app_admin', array['EXECUTE'],
  'app_admin may execute add_email');
select function_privs_are('identity', 'add_email', array['text'], 'public', array[]::name[],
  'PUBLIC may not execute add_email');
select function_privs_are('identity', 'remove_email', array['bigint'], 'app_anonymous', array[]::name[],
  'app_anonymous may not execute remove_email');
select function_privs_are('identity', 'remove_email', array['bigint'], 'app_user', array['EXECUTE'],
  'app_user may execute remove_email');
select function_privs_are('identity', 'remove_email', array['bigint'], 'app_admin', array['EXECUTE'],
  'app_admin may execute remove_email');
select function_privs_are('identity', 'remove_email', array['bigint'], 'public', array[]::name[],
  'PUBLIC may not execute remove_email');
select function_privs_are('identity', 'make_email_primary', array['bigint'], 'app_anonymous', array[]::name[],
  'app_anonymous may not execute make_email_primary');
select function_privs_are('identity', 'make_email_primary', array['bigint'], 'app_user', array['EXECUTE'],
  'app_user may execute make_email_primary');
select function_privs_are('identity', 'make_email_primary', array['bigint'], 'app_admin', array['EXECUTE'],
  'app_admin may execute make_email_primary');
select function_privs_are('identity', 'make_email_primary', array['bigint'], 'public', array[]::name[],
  'PUBLIC may not execute make_email_primary');
select function_privs_are('identity', 'request_email_verification', array['bigint'], 'app_anonymous', array[]::name[],
  'app_anonymous may not execute request_email_verification');
select function_privs_are('identity', 'request_email_verification', array['bigint'], 'app_user', array['EXECUTE'],
  'app_user may execute request_email_verification');
select function_privs_are('identity', 'request_email_verification', array['bigint'], 'app_admin', array['EXECUTE'],
  'app_admin may execute request_email_verification');
select function_privs_are('identity', 'request_email_verification', array['bigint'], 'public', array[]::name[],
  'PUBLIC may not execute request_email_verification');
select function_privs_are('identity', 'verify_email', array['text'], 'app_anonymous', array['EXECUTE'],
  'app_anonymous may execute verify_email (the link in the mail works signed out)');
select function_privs_are('identity', 'verify_email', array['text'], 'app_user', array['EXECUTE'],
  'app_user may execute verify_email');
select function_privs_are('identity', 'verify_email', array['text'], 'app_admin', array['EXECUTE'],
  'app_admin may execute verify_email');
select function_privs_are('identity', 'verify_email', array['text'], 'public', array[]::name[],
  'PUBLIC may not execute verify_email');
select function_privs_are('identity', 'request_password_reset', array['text'], 'app_anonymous', array['EXECUTE'],
  'app_anonymous may execute request_password_reset');
select function_privs_are('identity', 'request_password_reset', array['text'], 'app_user', array[]::name[],
  'app_user may not execute request_password_reset (only signed-out sessions forget passwords)');
select function_privs_are('identity', 'request_password_reset', array['text'], 'app_admin', array[]::name[],
  'app_admin may not execute request_password_reset');
select function_privs_are('identity', 'request_password_reset', array['text'], 'public', array[]::name[],
  'PUBLIC may not execute request_password_reset');
select function_privs_are('identity', 'reset_password', array['text', 'text'], 'app_anonymous', array['EXECUTE'],
  'app_anonymous may execute reset_password');
select function_privs_are('identity', 'reset_password', array['text', 'text'], 'app_user', array['EXECUTE'],
  'app_user may execute reset_password');
select function_privs_are('identity', 'reset_password', array['text', 'text'], 'app_admin', array['EXECUTE'],
  'app_admin may execute reset_password');
select function_privs_are('identity', 'reset_password', array['text', 'text'], 'public', array[]::name[],
  'PUBLIC may not execute reset_password');
select is_empty(
  $$ select r.role from unnest(array['app_anonymous', 'app_user', 'app_admin', 'app_authenticator']) r(role)
     where has_table_privilege(r.role, 'identity_private.user_tokens', 'SELECT')
        or has_schema_privilege(r.role, 'identity_private', 'USAGE') $$,
  'no API role may read identity_private.user_tokens');

-- The token-issuing functions are for the application server only: hidden from GraphQL.
select ok(obj_description('identity.request_email_verification(bigint)'::regprocedure, 'pg_proc') like E'@behavior -*\n%',
  'request_email_verification carries @behavior -* in its comment (hidden from GraphQL)');
select ok(obj_description('identity.request_password_reset(text)'::regprocedure, 'pg_proc') like E'@behavior -*\n%',
  'request_password_reset carries @behavior -* in its comment (hidden from GraphQL)');

/*
 * add_email.
 */
set local role app_anonymous;
select throws_ok($$ select identity.add_email('anon@example.com') $$, '42501', null,
  'an anonymous session cannot add an email address (no EXECUTE)');
reset role;

set local role app_user;
select throws_ok($$ select identity.add_email('nobody@example.com') $$, 'LOGIN', null,
  'an app_user session without claims gets LOGIN from add_email');
select test_support.act_as((select uuid::text from people where username = 'erin'));
select throws_ok($$ select identity.add_email('erin.two@example.com') $$, 'LOGIN', null,
  'a suspended account''s session gets LOGIN from add_email');

select test_support.act_as((select uuid::text from people where username = 'alice'));
insert into ids select 'alice two', e.id from identity.add_email('Alice.Two@Example.com') e;
insert into ids select 'alice three', e.id from identity.add_email('alice.three@example.com') e;
select results_eq(
  $$ select user_uuid, email::text, is_verified, is_primary from identity.user_emails
     where id = (select id from ids where label = 'alice two') $$,
  $$ select uuid, 'alice.two@example.com', false, false from people where username = 'alice' $$,
  'add_email adds an unverified, non-primary address to the signed-in user''s account, normalised');
select throws_ok($$ select identity.add_email('not-an-email') $$, 'BADEM', null, 'add_email: no @ is BADEM');
select throws_ok($$ select identity.add_email('alice@localhost') $$, 'BADEM', null, 'add_email: no dot in the domain is BADEM');
select throws_ok($$ select identity.add_email('alice smith@example.com') $$, 'BADEM', null, 'add_email: a space is BADEM');
select throws_ok($$ select identity.add_email(repeat('a', 243) || '@example.com') $$, 'BADEM', null,
  'add_email: 255 characters is BADEM');
select throws_ok($$ select identity.add_email(null) $$, 'BADEM', null, 'add_email: NULL is BADEM');
insert into ids select 'alice claims bob', e.id from identity.add_email('BOB@EXAMPLE.COM') e;
select is((select is_verified from identity.user_emails where id = (select id from ids where label = 'alice claims bob')), false,
  'add_email: another account''s verified address in another letter case is accepted as a claim that can never be verified (nothing tells that it is taken)');
select is((identity.add_email('ALICE.TWO@example.COM')).id, (select id from ids where label = 'alice two'),
  'add_email: one''s own address in another letter case returns that address again');
select is(
  (select count(*) from identity.user_emails),
  4::bigint,
  'RLS: alice sees exactly her own four addresses');
reset role;

select is(
  (select count(*) from identity.login_audit_logs
   where user_uuid = (select uuid from people where username = 'alice') and event_type = 'email_added'),
  3::bigint,
  'each added address is audited as email_added, refused and repeated ones are not');
select is(
  (select count(*) from identity.user_emails where user_uuid = (select uuid from people where username = 'erin')),
  1::bigint,
  'a refused add_email adds nothing');

set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'bob'));
select results_eq(
  $$ select email::text from identity.user_emails $$,
  $$ values ('bob@example.com') $$,
  'RLS: bob sees only his own address, not alice''s new ones');
reset role;

/*
 * remove_email.
 */
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'alice'));
select throws_ok($$ select identity.remove_email((select id from ids where label = 'alice primary')) $$, 'EMPRM', null,
  'remove_email: the primary address cannot be removed (EMPRM)');
select throws_ok($$ select identity.remove_email((select id from ids where label = 'bob primary')) $$, 'EMLNF', null,
  'remove_email: another user''s address id is EMLNF');
select throws_ok($$ select identity.remove_email(-1) $$, 'EMLNF', null, 'remove_email: an unknown id is EMLNF');
select is(identity.remove_email(null), null::boolean, 'remove_email(NULL) returns NULL');
select is(identity.remove_email((select id from ids where label = 'alice three')), true,
  'remove_email removes one of the user''s non-primary addresses');
select throws_ok($$ select identity.remove_email((select id from ids where label = 'alice three')) $$, 'EMLNF', null,
  'remove_email: a removed address is EMLNF');
reset role;
select is(
  (select count(*) from identity.user_emails where id = (select id from ids where label = 'bob primary')),
  1::bigint,
  'alice''s attempt left bob''s address in place');
select is_empty($$ select 1 from identity.user_emails where email = 'alice.three@example.com' $$,
  'the removed address is gone');
select is(
  (select count(*) from identity.login_audit_logs
   where user_uuid = (select uuid from people where username = 'alice') and event_type = 'email_removed'),
  1::bigint,
  'the removal is audited as email_removed, the refused ones are not');

-- dave's only address is not primary (e.g. an account imported that way): still never removable.
update identity.user_emails set is_primary = false where user_uuid = (select uuid from people where username = 'dave');
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'dave'));
select throws_ok($$ select identity.remove_email((select id from ids where label = 'dave primary')) $$, 'EMLST', null,
  'remove_email: the last address cannot be removed (EMLST)');
select test_support.act_as('');
select throws_ok($$ select identity.remove_email((select id from ids where label = 'dave primary')) $$, 'LOGIN', null,
  'an app_user session without claims gets LOGIN from remove_email');
reset role;
set local role app_anonymous;
select throws_ok($$ select identity.remove_email(1) $$, '42501', null,
  'an anonymous session cannot remove an address (no EXECUTE)');
reset role;

/*
 * request_email_verification and verify_email (every bad token is TOKEN alike: attack_one_time_tokens.sql).
 */
set local role app_anonymous;
select throws_ok($$ select identity.request_email_verification(1) $$, '42501', null,
  'an anonymous session cannot request a verification token (no EXECUTE)');
reset role;

set local role app_user;
select throws_ok($$ select identity.request_email_verification((select id from ids where label = 'alice two')) $$, 'LOGIN', null,
  'an app_user session without claims gets LOGIN from request_email_verification');
select test_support.act_as((select uuid::text from people where username = 'alice'));
select throws_ok($$ select identity.request_email_verification((select id from ids where label = 'bob primary')) $$, 'EMLNF', null,
  'request_email_verification for another user''s address is EMLNF');
select throws_ok($$ select identity.request_email_verification(-1) $$, 'EMLNF', null,
  'request_email_verification for an unknown id is EMLNF');
insert into secrets select unnest(array['verify a2 first', 'verify a2 recipient']), unnest(array[r.token, r.recipient])
  from identity.request_email_verification((select id from ids where label = 'alice two')) r;
reset role;

select matches((select value from secrets where label = 'verify a2 first'), '^[A-Za-z0-9_-]{43}$',
  'request_email_verification returns a 256-bit URL-safe token');
select is((select value from secrets where label = 'verify a2 recipient'), 'alice.two@example.com',
  'request_email_verification names the stored address as the recipient');
select results_eq(
  $$ select t.user_uuid, t.purpose, t.email_id, t.expires_at
     from identity_private.user_tokens t where t.email_id = (select id from ids where label = 'alice two') $$,
  $$ select p.uuid, 'email_verification', (select id from ids where label = 'alice two'), now() + interval '24 hours'
     from people p where p.username = 'alice' $$,
  'one email_verification token for the address, valid 24 hours');
select is(
  (select t.secret_hash from identity_private.user_tokens t where t.email_id = (select id from ids where label = 'alice two')),
  (select digest(convert_to(value, 'UTF8'), 'sha256') from secrets where label = 'verify a2 first'),
  'the row stores the SHA-256 of the token');
select is_empty(
  $$ select 1 from identity_private.user_tokens t, secrets s
     where s.label = 'verify a2 first'
       and (position(s.value in t::text) > 0 or position(convert_to(s.value, 'UTF8') in t.secret_hash) > 0) $$,
  'the token itself is stored nowhere in identity_private.user_tokens');

set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'alice'));
select throws_ok($$ select * from identity_private.user_tokens $$, '42501', null, 'app_user cannot read identity_private.user_tokens');
insert into secrets select 'verify a2 second', r.token from identity.request_email_verification((select id from ids where label = 'alice two')) r;
reset role;

select is(
  (select count(*) from identity_private.user_tokens where email_id = (select id from ids where label = 'alice two')),
  1::bigint,
  'a new request replaces the earlier token of the address');
select isnt((select value from secrets where label = 'verify a2 second'), (select value from secrets where label = 'verify a2 first'),
  'the replacement is a new token');

set local role app_anonymous;
select is(identity.verify_email((select value from secrets where label = 'verify a2 first')), false,
  'a replaced token answers false (TOKEN in the API layers)');
select is(identity.verify_email(left((select value from secrets where label = 'verify a2 second'), 42) || '_'), false,
  'a wrong token answers false (TOKEN in the API layers)');
reset role;
select is((select is_verified from identity.user_emails where id = (select id from ids where label = 'alice two')), false,
  'a wrong token verifies nothing');

set local role app_anonymous;
select is(identity.verify_email((select value from secrets where label = 'verify a2 second')), true,
  'verify_email with the right token returns true, signed out');
select is(identity.verify_email((select value from secrets where label = 'verify a2 second')), false,
  'the same token a second time answers false (TOKEN in the API layers)');
reset role;
select is((select is_verified from identity.user_emails where id = (select id from ids where label = 'alice two')), true,
  'verify_email marks the address verified');
select is_empty($$ select 1 from identity_private.user_tokens where email_id = (select id from ids where label = 'alice two') $$,
  'the used token is gone');
select is(
  (select count(*) from identity.login_audit_logs
   where user_uuid = (select uuid from people where username = 'alice') and event_type = 'email_verified'),
  1::bigint,
  'the verification is audited once as email_verified of the owner');
select results_eq(
  $$ select id from identity.user_emails where user_uuid = (select uuid from people where username = 'alice') and is_verified order by id $$,
  $$ select id from ids where label in ('alice primary', 'alice two') order by id $$,
  'only the address of the token was verified');
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'alice'));
select results_eq($$ select recipient, token from identity.request_email_verification((select id from ids where label = 'alice two')) $$,
  $$ values ('alice.two@example.com', null::text) $$,
  'request_email_verification gives no token for an already verified address');
reset role;
select is_empty($$ select 1 from identity_private.user_tokens where email_id = (select id from ids where label = 'alice two') $$,
  '... and stores none');

-- Expiry: the token dies at expires_at.
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'bob'));
insert into ids select 'bob two', e.id from identity.add_email('bob.two@example.com') e;
insert into secrets select 'verify b2 expired', r.token from identity.request_email_verification((select id from ids where label = 'bob two')) r;
reset role;
update identity_private.user_tokens set expires_at = now() where email_id = (select id from ids where label = 'bob two');
set local role app_anonymous;
select is(identity.verify_email((select value from secrets where label = 'verify b2 expired')), false,
  'a token at its expires_at answers false (TOKEN in the API layers)');
reset role;
update identity_private.user_tokens set expires_at = now() - interval '1 day' where email_id = (select id from ids where label = 'bob two');
set local role app_anonymous;
select is(identity.verify_email((select value from secrets where label = 'verify b2 expired')), false,
  'a token past its expires_at answers false (TOKEN in the API layers)');
reset role;
select is((select is_verified from identity.user_emails where id = (select id from ids where label = 'bob two')), false,
  'an expired token verifies nothing');

-- Malformed tokens.
set local role app_anonymous;
select is(identity.verify_email('garbage'), false,
  'verify_email: garbage answers false (TOKEN in the API layers)');
select is(identity.verify_email(''), false,
  'verify_email: an empty token answers false (TOKEN in the API layers)');
select is(identity.verify_email(repeat('a', 100000)), false,
  'verify_email: a huge token answers false (TOKEN in the API layers)');
select is(identity.verify_email('999999999.' || repeat('a', 32)), false,
  'verify_email: a token of the old <id>.<secret> shape answers false (TOKEN in the API layers)');
select is(identity.verify_email(null), null::boolean, 'verify_email(NULL) returns NULL');
reset role;

-- A verification token is not a password-reset token.
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'bob'));
insert into secrets select 'verify b2 last', r.token from identity.request_email_verification((select id from ids where label = 'bob two')) r;
reset role;
set local role app_anonymous;
select is(identity.reset_password((select value from secrets where label = 'verify b2 last'), 'b-o-b new password 2'), false,
  'an email verification token cannot reset a password (TOKEN)');
select is(identity.verify_email((select value from secrets where label = 'verify b2 last')), true,
  'a fresh request after an expired token verifies the address');
reset role;
select is(
  (select count(*) from identity.login_audit_logs
   where user_uuid = (select uuid from people where username = 'bob') and event_type in ('password_reset', 'password_reset_request')),
  0::bigint,
  'the misuse reset nothing');

-- Removing an address kills its tokens.
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'alice'));
insert into ids select 'alice four', e.id from identity.add_email('alice.four@example.com') e;
insert into secrets select 'verify a4', r.token from identity.request_email_verification((select id from ids where label = 'alice four')) r;
select is(identity.remove_email((select id from ids where label = 'alice four')), true, 'alice removes a pending address');
reset role;
set local role app_anonymous;
select is(identity.verify_email((select value from secrets where label = 'verify a4')), false,
  'the token of a removed address answers false (TOKEN in the API layers)');
reset role;

/*
 * make_email_primary.
 */
set local role app_anonymous;
select throws_ok($$ select identity.make_email_primary(1) $$, '42501', null,
  'an anonymous session cannot change the primary address (no EXECUTE)');
reset role;
set local role app_user;
select test_support.act_as('');
select throws_ok($$ select identity.make_email_primary((select id from ids where label = 'alice two')) $$, 'LOGIN', null,
  'an app_user session without claims gets LOGIN from make_email_primary');
select test_support.act_as((select uuid::text from people where username = 'bob'));
select throws_ok($$ select identity.make_email_primary((select id from ids where label = 'alice two')) $$, 'EMLNF', null,
  'make_email_primary of another user''s (verified) address is EMLNF');
select throws_ok($$ select identity.make_email_primary(-1) $$, 'EMLNF', null, 'make_email_primary of an unknown id is EMLNF');
select test_support.act_as((select uuid::text from people where username = 'alice'));
reset role;
delete from identity_private.throttle_counters; -- alice's five add_email calls so far filled this window
set local role app_user;
insert into ids select 'alice five', e.id from identity.add_email('alice.five@example.com') e;
select throws_ok($$ select identity.make_email_primary((select id from ids where label = 'alice five')) $$, 'EMUNV', null,
  'make_email_primary of an unverified address is EMUNV');
select results_eq(
  $$ select id, is_primary, is_verified from identity.make_email_primary((select id from ids where label = 'alice two')) $$,
  $$ select id, true, true from ids where label = 'alice two' $$,
  'make_email_primary makes a verified address primary and returns it');
select results_eq(
  $$ select id from identity.user_emails where is_primary $$,
  $$ select id from ids where label = 'alice two' $$,
  'the old primary is no longer primary: exactly one primary address');
select is(identity.remove_email((select id from ids where label = 'alice primary')), true,
  'the former primary address can now be removed');
select is(identity.make_email_primary(null), null, 'make_email_primary(NULL) returns NULL');
reset role;
select is(
  (select count(*) from identity.login_audit_logs
   where user_uuid = (select uuid from people where username = 'alice') and event_type = 'email_primary_changed'),
  1::bigint,
  'the change is audited once as email_primary_changed');
select results_eq(
  $$ select email::text from identity.user_emails where user_uuid = (select uuid from people where username = 'bob') and is_primary $$,
  $$ values ('bob@example.com') $$,
  'bob''s primary address is untouched');

/*
 * request_password_reset.
 */
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'carol'));
select throws_ok($$ select identity.request_password_reset('carol@example.com') $$, '42501', null,
  'an app_user session cannot request a password reset (no EXECUTE)');
reset role;
set local role app_admin;
select throws_ok($$ select identity.request_password_reset('carol@example.com') $$, '42501', null,
  'an app_admin session cannot request a password reset (no EXECUTE)');
reset role;

set local role app_anonymous;
insert into secrets select 'decoy', r.token from identity.request_password_reset('nobody@example.com') r;
select matches((select value from secrets where label = 'decoy'), '^[A-Za-z0-9_-]{43}$',
  'request_password_reset returns a token-shaped decoy for an address no account has');
select is(identity.reset_password((select value from secrets where label = 'decoy'), 'a fine new password'), false,
  'the decoy fails like any unknown token');
select results_eq($$ select recipient, token from identity.request_password_reset(null) $$, $$ values (null::text, null::text) $$,
  'request_password_reset(NULL) returns nothing');
select throws_ok($$ select identity.request_password_reset('not an address') $$, 'BADEM', null,
  'request_password_reset of something that is no address is BADEM (it reveals nothing about accounts)');
insert into secrets select 'reset bob', r.token from identity.request_password_reset('BOB@Example.COM') r;
insert into secrets select 'reset carol first', r.token from identity.request_password_reset('carol@example.com') r;
insert into secrets select 'reset carol', r.token from identity.request_password_reset('carol@example.com') r;
reset role;
select is(
  (select count(*) from identity.login_audit_logs where event_type = 'password_reset_request' and user_uuid is null),
  0::bigint,
  'an unknown address is not audited as a reset request');
select matches((select value from secrets where label = 'reset carol first'), '^[A-Za-z0-9_-]{43}$',
  'request_password_reset returns a token for a verified address');
select ok(exists (select 1 from identity_private.user_tokens t, secrets s
                  where s.label = 'reset bob' and t.secret_hash = identity_private.sha256(s.value)
                    and t.user_uuid = (select uuid from people where username = 'bob')),
  'request_password_reset returns bob''s token for his address typed in another letter case');
select results_eq(
  $$ select t.user_uuid, t.purpose, t.email_id, t.expires_at, t.secret_hash from identity_private.user_tokens t
     where t.purpose = 'password_reset' and t.user_uuid = (select uuid from people where username = 'carol') $$,
  $$ select p.uuid, 'password_reset', (select id from ids where label = 'carol primary'), now() + interval '1 hour',
            digest(convert_to(s.value, 'UTF8'), 'sha256')
     from people p, secrets s where p.username = 'carol' and s.label = 'reset carol' $$,
  'one live reset token for the account (the second request replaced the first), for its address, valid 1 hour, stored as a SHA-256');
select is(
  (select count(*) from identity.login_audit_logs
   where user_uuid = (select uuid from people where username = 'carol') and event_type = 'password_reset_request'),
  2::bigint,
  'each reset request for a known address is audited as password_reset_request');

/*
 * reset_password.
 */
-- carol locks her account first.
set local role app_anonymous;
select is(
  array[identity.authenticate('carol', 'wrong 1') is null, identity.authenticate('carol', 'wrong 2') is null,
        identity.authenticate('carol', 'wrong 3') is null, identity.authenticate('carol', 'wrong 4') is null,
        identity.authenticate('carol', 'wrong 5') is null, identity.authenticate('carol', 'c-a-r-o-l password 1') is null],
  array[true, true, true, true, true, true],
  'carol is locked out after five failures: even her password returns NULL');
select is(identity.reset_password((select value from secrets where label = 'reset carol first'), 'c-a-r-o-l new password 2'), false,
  'a replaced reset token answers false (TOKEN in the API layers)');
select throws_ok($$ select identity.reset_password((select value from secrets where label = 'reset carol'), 'short') $$,
  'WEAKP', null, 'reset_password: a too short password is WEAKP');
select throws_ok($$ select identity.reset_password((select value from secrets where label = 'reset carol'), repeat('p', 73)) $$,
  'LONGP', null, 'reset_password: a 73-byte password is LONGP');
select throws_ok($$ select identity.reset_password((select value from secrets where label = 'reset carol'), repeat('€', 25)) $$,
  'LONGP', null, 'reset_password: 25 three-byte characters (75 bytes) is LONGP');
select is(identity.reset_password(left((select value from secrets where label = 'reset carol'), 42) || '_', 'c-a-r-o-l new password 2'), false,
  'reset_password with a wrong token answers false (TOKEN in the API layers)');
reset role;
select is((select count(*) from identity_private.user_tokens
           where purpose = 'password_reset' and user_uuid = (select uuid from people where username = 'carol')), 1::bigint,
  'refused passwords and wrong tokens do not use up the token');

update identity_private.user_credentials set password_changed_at = now() - interval '1 day'
  where user_uuid = (select uuid from people where username = 'carol');
set local role app_anonymous;
select is(identity.reset_password((select value from secrets where label = 'reset carol'), 'c-a-r-o-l new password 2'), true,
  'reset_password with the right token sets the password');
select is(identity.reset_password((select value from secrets where label = 'reset carol'), 'c-a-r-o-l new password 3'), false,
  'the reset token works once');
reset role;
select is_empty(
  $$ select 1 from identity_private.login_attempts where identifier = 'account:' || (select uuid from people where username = 'carol') $$,
  'the reset cleared the account''s lockout counter');
select ok(
  (select password_changed_at between now() and clock_timestamp()
   from identity_private.user_credentials where user_uuid = (select uuid from people where username = 'carol')),
  'the reset sets password_changed_at to the moment of the reset (after it held the account''s lock)');
set local role app_anonymous;
select results_eq(
  $$ select role, user_uuid from identity.authenticate('carol', 'c-a-r-o-l new password 2') $$,
  $$ select 'app_user', uuid from people where username = 'carol' $$,
  'after the reset the new password signs in (the lock is lifted)');
select ok(identity.authenticate('carol', 'c-a-r-o-l password 1') is null, 'after the reset the old password is refused');
reset role;
select is(
  (select count(*) from identity.login_audit_logs
   where user_uuid = (select uuid from people where username = 'carol') and event_type = 'password_reset'),
  1::bigint,
  'the reset is audited once as password_reset');

-- An account without a password (e.g. created through a provider) gets one.
delete from identity_private.user_credentials where user_uuid = (select uuid from people where username = 'dave');
set local role app_anonymous;
insert into secrets select 'reset dave', r.token from identity.request_password_reset('dave@example.com') r;
select is(identity.reset_password((select value from secrets where label = 'reset dave'), 'd-a-v-e new password 2'), true,
  'reset_password for an account without a password returns true');
select results_eq(
  $$ select role, user_uuid from identity.authenticate('dave@example.com', 'd-a-v-e new password 2') $$,
  $$ select 'app_user', uuid from people where username = 'dave' $$,
  '... and the account can sign in with it');
select is(identity.reset_password('garbage', 'd-a-v-e new password 3'), false,
  'reset_password with a malformed token answers false (TOKEN in the API layers)');
select is(identity.reset_password(null, 'd-a-v-e new password 3'), null::boolean, 'reset_password(NULL, ...) returns NULL');
reset role;

select * from finish();
rollback;

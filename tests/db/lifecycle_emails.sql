-- Account lifecycle, emails and one-time tokens: add_email, remove_email, make_email_primary,
-- request_email_verification / verify_email and request_password_reset / reset_password.
begin;
select plan(143);

-- Cheap hashes: these tests check behaviour, not the cost.
update app_private.auth_settings set bcrypt_cost = 4;

-- Accounts, email ids and issued tokens, readable and writable by the API roles used below.
create temp table people (username text primary key, uuid uuid not null);
create temp table ids (label text primary key, id bigint);
create temp table secrets (label text primary key, value text);
grant select, insert, update on people, ids, secrets to public;
set local role app_anonymous;
insert into people select 'alice', uuid from app_public.register_user('alice', 'alice@example.com', 'alice password 1');
insert into people select 'bob', uuid from app_public.register_user('bob', 'bob@example.com', 'bob password 1');
insert into people select 'carol', uuid from app_public.register_user('carol', 'carol@example.com', 'carol password 1');
insert into people select 'dave', uuid from app_public.register_user('dave', 'dave@example.com', 'dave password 1');
insert into people select 'erin', uuid from app_public.register_user('erin', 'erin@example.com', 'erin password 1');
reset role;
insert into ids select username || ' primary', e.id
  from people p join app_public.user_emails e on e.user_uuid = p.uuid;
-- erin is suspended: her session claims name nobody.
update app_public.user_status set status = 'suspended' where user_uuid = (select uuid from people where username = 'erin');

/*
 * Who may call what.
 */
select function_privs_are('app_public', 'add_email', array['text'], 'app_anonymous', array[]::name[],
  'app_anonymous may not execute add_email');
select function_privs_are('app_public', 'add_email', array['text'], 'app_user', array['EXECUTE'],
  'app_user may execute add_email');
select function_privs_are('app_public', 'add_email', array['text'], 'app_admin', array['EXECUTE'],
  'app_admin may execute add_email');
select function_privs_are('app_public', 'add_email', array['text'], 'public', array[]::name[],
  'PUBLIC may not execute add_email');
select function_privs_are('app_public', 'remove_email', array['bigint'], 'app_anonymous', array[]::name[],
  'app_anonymous may not execute remove_email');
select function_privs_are('app_public', 'remove_email', array['bigint'], 'app_user', array['EXECUTE'],
  'app_user may execute remove_email');
select function_privs_are('app_public', 'remove_email', array['bigint'], 'app_admin', array['EXECUTE'],
  'app_admin may execute remove_email');
select function_privs_are('app_public', 'remove_email', array['bigint'], 'public', array[]::name[],
  'PUBLIC may not execute remove_email');
select function_privs_are('app_public', 'make_email_primary', array['bigint'], 'app_anonymous', array[]::name[],
  'app_anonymous may not execute make_email_primary');
select function_privs_are('app_public', 'make_email_primary', array['bigint'], 'app_user', array['EXECUTE'],
  'app_user may execute make_email_primary');
select function_privs_are('app_public', 'make_email_primary', array['bigint'], 'app_admin', array['EXECUTE'],
  'app_admin may execute make_email_primary');
select function_privs_are('app_public', 'make_email_primary', array['bigint'], 'public', array[]::name[],
  'PUBLIC may not execute make_email_primary');
select function_privs_are('app_public', 'request_email_verification', array['bigint'], 'app_anonymous', array[]::name[],
  'app_anonymous may not execute request_email_verification');
select function_privs_are('app_public', 'request_email_verification', array['bigint'], 'app_user', array['EXECUTE'],
  'app_user may execute request_email_verification');
select function_privs_are('app_public', 'request_email_verification', array['bigint'], 'app_admin', array['EXECUTE'],
  'app_admin may execute request_email_verification');
select function_privs_are('app_public', 'request_email_verification', array['bigint'], 'public', array[]::name[],
  'PUBLIC may not execute request_email_verification');
select function_privs_are('app_public', 'verify_email', array['text'], 'app_anonymous', array['EXECUTE'],
  'app_anonymous may execute verify_email (the link in the mail works signed out)');
select function_privs_are('app_public', 'verify_email', array['text'], 'app_user', array['EXECUTE'],
  'app_user may execute verify_email');
select function_privs_are('app_public', 'verify_email', array['text'], 'app_admin', array['EXECUTE'],
  'app_admin may execute verify_email');
select function_privs_are('app_public', 'verify_email', array['text'], 'public', array[]::name[],
  'PUBLIC may not execute verify_email');
select function_privs_are('app_public', 'request_password_reset', array['text'], 'app_anonymous', array['EXECUTE'],
  'app_anonymous may execute request_password_reset');
select function_privs_are('app_public', 'request_password_reset', array['text'], 'app_user', array[]::name[],
  'app_user may not execute request_password_reset (only signed-out sessions forget passwords)');
select function_privs_are('app_public', 'request_password_reset', array['text'], 'app_admin', array[]::name[],
  'app_admin may not execute request_password_reset');
select function_privs_are('app_public', 'request_password_reset', array['text'], 'public', array[]::name[],
  'PUBLIC may not execute request_password_reset');
select function_privs_are('app_public', 'reset_password', array['text', 'text'], 'app_anonymous', array['EXECUTE'],
  'app_anonymous may execute reset_password');
select function_privs_are('app_public', 'reset_password', array['text', 'text'], 'app_user', array['EXECUTE'],
  'app_user may execute reset_password');
select function_privs_are('app_public', 'reset_password', array['text', 'text'], 'app_admin', array['EXECUTE'],
  'app_admin may execute reset_password');
select function_privs_are('app_public', 'reset_password', array['text', 'text'], 'public', array[]::name[],
  'PUBLIC may not execute reset_password');
select is_empty(
  $$ select r.role from unnest(array['app_anonymous', 'app_user', 'app_admin', 'app_authenticator']) r(role)
     where has_table_privilege(r.role, 'app_private.user_tokens', 'SELECT')
        or has_schema_privilege(r.role, 'app_private', 'USAGE') $$,
  'no API role may read app_private.user_tokens');

-- The token-issuing functions are for the application server only: hidden from GraphQL.
select ok(obj_description('app_public.request_email_verification(bigint)'::regprocedure, 'pg_proc') like E'@behavior -*\n%',
  'request_email_verification carries @behavior -* in its comment (hidden from GraphQL)');
select ok(obj_description('app_public.request_password_reset(text)'::regprocedure, 'pg_proc') like E'@behavior -*\n%',
  'request_password_reset carries @behavior -* in its comment (hidden from GraphQL)');

/*
 * add_email.
 */
set local role app_anonymous;
select throws_ok($$ select app_public.add_email('anon@example.com') $$, '42501', null,
  'an anonymous session cannot add an email address (no EXECUTE)');
reset role;

set local role app_user;
select throws_ok($$ select app_public.add_email('nobody@example.com') $$, 'LOGIN', null,
  'an app_user session without claims gets LOGIN from add_email');
select test_support.act_as((select uuid::text from people where username = 'erin'));
select throws_ok($$ select app_public.add_email('erin.two@example.com') $$, 'LOGIN', null,
  'a suspended account''s session gets LOGIN from add_email');

select test_support.act_as((select uuid::text from people where username = 'alice'));
insert into ids select 'alice two', e.id from app_public.add_email('Alice.Two@Example.com') e;
insert into ids select 'alice three', e.id from app_public.add_email('alice.three@example.com') e;
select results_eq(
  $$ select user_uuid, email::text, is_verified, is_primary from app_public.user_emails
     where id = (select id from ids where label = 'alice two') $$,
  $$ select uuid, 'Alice.Two@Example.com', false, false from people where username = 'alice' $$,
  'add_email adds an unverified, non-primary address to the signed-in user''s account, as typed');
select throws_ok($$ select app_public.add_email('not-an-email') $$, 'BADEM', null, 'add_email: no @ is BADEM');
select throws_ok($$ select app_public.add_email('alice@localhost') $$, 'BADEM', null, 'add_email: no dot in the domain is BADEM');
select throws_ok($$ select app_public.add_email('alice smith@example.com') $$, 'BADEM', null, 'add_email: a space is BADEM');
select throws_ok($$ select app_public.add_email(repeat('a', 243) || '@example.com') $$, 'BADEM', null,
  'add_email: 255 characters is BADEM');
select throws_ok($$ select app_public.add_email(null) $$, 'BADEM', null, 'add_email: NULL is BADEM');
select throws_ok($$ select app_public.add_email('BOB@EXAMPLE.COM') $$, 'EMTKN', null,
  'add_email: another account''s address in another letter case is EMTKN');
select throws_ok($$ select app_public.add_email('ALICE.TWO@example.COM') $$, 'EMTKN', null,
  'add_email: one''s own address in another letter case is EMTKN');
select is(
  (select count(*) from app_public.user_emails),
  3::bigint,
  'RLS: alice sees exactly her own three addresses');
reset role;

select is(
  (select count(*) from app_public.login_audit_logs
   where user_uuid = (select uuid from people where username = 'alice') and event_type = 'email_added'),
  2::bigint,
  'each added address is audited as email_added, refused ones are not');
select is(
  (select count(*) from app_public.user_emails where user_uuid = (select uuid from people where username = 'erin')),
  1::bigint,
  'a refused add_email adds nothing');

set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'bob'));
select results_eq(
  $$ select email::text from app_public.user_emails $$,
  $$ values ('bob@example.com') $$,
  'RLS: bob sees only his own address, not alice''s new ones');
reset role;

/*
 * remove_email.
 */
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'alice'));
select throws_ok($$ select app_public.remove_email((select id from ids where label = 'alice primary')) $$, 'EMPRM', null,
  'remove_email: the primary address cannot be removed (EMPRM)');
select throws_ok($$ select app_public.remove_email((select id from ids where label = 'bob primary')) $$, 'EMLNF', null,
  'remove_email: another user''s address id is EMLNF');
select throws_ok($$ select app_public.remove_email(-1) $$, 'EMLNF', null, 'remove_email: an unknown id is EMLNF');
select is(app_public.remove_email(null), null::boolean, 'remove_email(NULL) returns NULL');
select is(app_public.remove_email((select id from ids where label = 'alice three')), true,
  'remove_email removes one of the user''s non-primary addresses');
select throws_ok($$ select app_public.remove_email((select id from ids where label = 'alice three')) $$, 'EMLNF', null,
  'remove_email: a removed address is EMLNF');
reset role;
select is(
  (select count(*) from app_public.user_emails where id = (select id from ids where label = 'bob primary')),
  1::bigint,
  'alice''s attempt left bob''s address in place');
select is_empty($$ select 1 from app_public.user_emails where email = 'alice.three@example.com' $$,
  'the removed address is gone');
select is(
  (select count(*) from app_public.login_audit_logs
   where user_uuid = (select uuid from people where username = 'alice') and event_type = 'email_removed'),
  1::bigint,
  'the removal is audited as email_removed, the refused ones are not');

-- dave's only address is not primary (e.g. an account imported that way): still never removable.
update app_public.user_emails set is_primary = false where user_uuid = (select uuid from people where username = 'dave');
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'dave'));
select throws_ok($$ select app_public.remove_email((select id from ids where label = 'dave primary')) $$, 'EMLST', null,
  'remove_email: the last address cannot be removed (EMLST)');
select test_support.act_as('');
select throws_ok($$ select app_public.remove_email((select id from ids where label = 'dave primary')) $$, 'LOGIN', null,
  'an app_user session without claims gets LOGIN from remove_email');
reset role;
set local role app_anonymous;
select throws_ok($$ select app_public.remove_email(1) $$, '42501', null,
  'an anonymous session cannot remove an address (no EXECUTE)');
reset role;

/*
 * request_email_verification and verify_email.
 */
set local role app_anonymous;
select throws_ok($$ select app_public.request_email_verification(1) $$, '42501', null,
  'an anonymous session cannot request a verification token (no EXECUTE)');
reset role;

set local role app_user;
select throws_ok($$ select app_public.request_email_verification((select id from ids where label = 'alice two')) $$, 'LOGIN', null,
  'an app_user session without claims gets LOGIN from request_email_verification');
select test_support.act_as((select uuid::text from people where username = 'alice'));
select throws_ok($$ select app_public.request_email_verification((select id from ids where label = 'bob primary')) $$, 'EMLNF', null,
  'request_email_verification for another user''s address is EMLNF');
select throws_ok($$ select app_public.request_email_verification(-1) $$, 'EMLNF', null,
  'request_email_verification for an unknown id is EMLNF');
insert into secrets select 'verify a2 first', app_public.request_email_verification((select id from ids where label = 'alice two'));
reset role;

select matches((select value from secrets where label = 'verify a2 first'), '^[0-9]+\.[A-Za-z0-9_-]{16,64}$',
  'request_email_verification returns a token <id>.<url-safe secret>');
select results_eq(
  $$ select t.user_uuid, t.purpose, t.email_id, t.attempts, t.used_at, t.expires_at
     from app_private.user_tokens t where t.email_id = (select id from ids where label = 'alice two') $$,
  $$ select p.uuid, 'email_verification', (select id from ids where label = 'alice two'), 0, null::timestamptz, now() + interval '24 hours'
     from people p where p.username = 'alice' $$,
  'one unused email_verification token for the address, valid 24 hours');
select is(
  (select t.secret_hash from app_private.user_tokens t, secrets s
   where s.label = 'verify a2 first' and t.id = split_part(s.value, '.', 1)::bigint),
  (select digest(convert_to(split_part(value, '.', 2), 'UTF8'), 'sha256') from secrets where label = 'verify a2 first'),
  'the token''s id is its row and the row stores the SHA-256 of the secret');
select is_empty(
  $$ select 1 from app_private.user_tokens t, secrets s
     where s.label = 'verify a2 first'
       and (position(split_part(s.value, '.', 2) in t::text) > 0
            or position(convert_to(split_part(s.value, '.', 2), 'UTF8') in t.secret_hash) > 0) $$,
  'the secret itself is stored nowhere in app_private.user_tokens');

set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'alice'));
select throws_ok($$ select * from app_private.user_tokens $$, '42501', null, 'app_user cannot read app_private.user_tokens');
insert into secrets select 'verify a2 second', app_public.request_email_verification((select id from ids where label = 'alice two'));
reset role;

select is(
  (select count(*) from app_private.user_tokens where email_id = (select id from ids where label = 'alice two')),
  1::bigint,
  'a new request replaces the earlier token of the address');
select isnt(
  (select split_part(value, '.', 1) from secrets where label = 'verify a2 second'),
  (select split_part(value, '.', 1) from secrets where label = 'verify a2 first'),
  'the replacement is a new token');

set local role app_anonymous;
select throws_ok($$ select app_public.verify_email((select value from secrets where label = 'verify a2 first')) $$, 'TOKEN', null,
  'a replaced token raises TOKEN');
select is(
  app_public.verify_email((select split_part(value, '.', 1) || '.' || repeat('A', 32) from secrets where label = 'verify a2 second')),
  false,
  'a wrong secret for a live token returns false');
reset role;
select is(
  (select attempts from app_private.user_tokens where id = (select split_part(value, '.', 1)::bigint from secrets where label = 'verify a2 second')),
  1,
  'the wrong secret is counted on the token');
select is((select is_verified from app_public.user_emails where id = (select id from ids where label = 'alice two')), false,
  'a wrong secret verifies nothing');

set local role app_anonymous;
select is(app_public.verify_email((select value from secrets where label = 'verify a2 second')), true,
  'verify_email with the right token returns true, signed out');
select throws_ok($$ select app_public.verify_email((select value from secrets where label = 'verify a2 second')) $$, 'TOKEN', null,
  'the same token a second time raises TOKEN');
reset role;
select is((select is_verified from app_public.user_emails where id = (select id from ids where label = 'alice two')), true,
  'verify_email marks the address verified');
select is(
  (select used_at from app_private.user_tokens where id = (select split_part(value, '.', 1)::bigint from secrets where label = 'verify a2 second')),
  now(),
  'the token is marked used');
select is(
  (select count(*) from app_public.login_audit_logs
   where user_uuid = (select uuid from people where username = 'alice') and event_type = 'email_verified'),
  1::bigint,
  'the verification is audited once as email_verified of the owner');
select results_eq(
  $$ select id from app_public.user_emails where user_uuid = (select uuid from people where username = 'alice') and is_verified $$,
  $$ select id from ids where label = 'alice two' $$,
  'only the address of the token was verified');
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'alice'));
select is(app_public.request_email_verification((select id from ids where label = 'alice two')), null::text,
  'request_email_verification returns NULL for an already verified address');
reset role;
select is_empty($$ select 1 from app_private.user_tokens where email_id = (select id from ids where label = 'alice two') and used_at is null $$,
  '... and issues no token for it');

-- Five wrong secrets kill a token.
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'bob'));
insert into ids select 'bob two', e.id from app_public.add_email('bob.two@example.com') e;
insert into secrets select 'verify b2 first', app_public.request_email_verification((select id from ids where label = 'bob two'));
insert into secrets select 'verify b2', app_public.request_email_verification((select id from ids where label = 'bob two'));
reset role;
select is(
  (select count(*) from app_private.user_tokens where email_id = (select id from ids where label = 'bob two')),
  1::bigint,
  'bob''s second request replaced his first token too');
set local role app_anonymous;
select is(
  array[
    app_public.verify_email((select split_part(value, '.', 1) || '.wrong-secret-0000001' from secrets where label = 'verify b2')),
    app_public.verify_email((select split_part(value, '.', 1) || '.wrong-secret-0000002' from secrets where label = 'verify b2')),
    app_public.verify_email((select split_part(value, '.', 1) || '.wrong-secret-0000003' from secrets where label = 'verify b2')),
    app_public.verify_email((select split_part(value, '.', 1) || '.wrong-secret-0000004' from secrets where label = 'verify b2')),
    app_public.verify_email((select split_part(value, '.', 1) || '.wrong-secret-0000005' from secrets where label = 'verify b2'))],
  array[false, false, false, false, false],
  'five different wrong secrets each return false');
reset role;
select is(
  (select attempts from app_private.user_tokens where email_id = (select id from ids where label = 'bob two')),
  5,
  'the five wrong secrets are counted');
set local role app_anonymous;
select throws_ok($$ select app_public.verify_email((select value from secrets where label = 'verify b2')) $$, 'TOKEN', null,
  'after five wrong secrets even the right one raises TOKEN');
select throws_ok(
  $$ select app_public.verify_email((select split_part(value, '.', 1) || '.wrong-secret-0000006' from secrets where label = 'verify b2')) $$,
  'TOKEN', null,
  'after five wrong secrets a sixth wrong one raises TOKEN too');
reset role;
select is((select is_verified from app_public.user_emails where id = (select id from ids where label = 'bob two')), false,
  'a dead token verifies nothing');

-- Expiry: the token dies at expires_at.
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'bob'));
insert into secrets select 'verify b2 expired', app_public.request_email_verification((select id from ids where label = 'bob two'));
reset role;
update app_private.user_tokens set expires_at = now()
  where id = (select split_part(value, '.', 1)::bigint from secrets where label = 'verify b2 expired');
set local role app_anonymous;
select throws_ok($$ select app_public.verify_email((select value from secrets where label = 'verify b2 expired')) $$, 'TOKEN', null,
  'a token at its expires_at raises TOKEN');
reset role;
update app_private.user_tokens set expires_at = now() - interval '1 day'
  where id = (select split_part(value, '.', 1)::bigint from secrets where label = 'verify b2 expired');
set local role app_anonymous;
select throws_ok($$ select app_public.verify_email((select value from secrets where label = 'verify b2 expired')) $$, 'TOKEN', null,
  'a token past its expires_at raises TOKEN');
reset role;
select is((select is_verified from app_public.user_emails where id = (select id from ids where label = 'bob two')), false,
  'an expired token verifies nothing');

-- Malformed tokens.
set local role app_anonymous;
select throws_ok($$ select app_public.verify_email('garbage') $$, 'TOKEN', null, 'verify_email: a token without a dot raises TOKEN');
select throws_ok($$ select app_public.verify_email('') $$, 'TOKEN', null, 'verify_email: an empty token raises TOKEN');
select throws_ok($$ select app_public.verify_email('1.short') $$, 'TOKEN', null, 'verify_email: a too short secret raises TOKEN');
select throws_ok($$ select app_public.verify_email('x.' || repeat('a', 32)) $$, 'TOKEN', null,
  'verify_email: a non-numeric id raises TOKEN');
select throws_ok($$ select app_public.verify_email(repeat('9', 30) || '.' || repeat('a', 32)) $$, 'TOKEN', null,
  'verify_email: an oversized id raises TOKEN, not a numeric overflow');
select throws_ok($$ select app_public.verify_email('1.' || repeat('a', 20) || '!') $$, 'TOKEN', null,
  'verify_email: a secret with a character outside base64url raises TOKEN');
select throws_ok($$ select app_public.verify_email('999999999.' || repeat('a', 32)) $$, 'TOKEN', null,
  'verify_email: an unknown id raises TOKEN');
select is(app_public.verify_email(null), null::boolean, 'verify_email(NULL) returns NULL');
reset role;

-- A verification token is not a password-reset token.
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'bob'));
insert into secrets select 'verify b2 last', app_public.request_email_verification((select id from ids where label = 'bob two'));
reset role;
set local role app_anonymous;
select throws_ok($$ select app_public.reset_password((select value from secrets where label = 'verify b2 last'), 'bob new password 2') $$,
  'TOKEN', null, 'an email verification token cannot reset a password (TOKEN)');
select is(app_public.verify_email((select value from secrets where label = 'verify b2 last')), true,
  'a fresh request after an expired token verifies the address');
reset role;
select is(
  (select count(*) from app_public.login_audit_logs
   where user_uuid = (select uuid from people where username = 'bob') and event_type in ('password_reset', 'password_reset_request')),
  0::bigint,
  'the misuse reset nothing');

-- Removing an address kills its tokens.
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'alice'));
insert into ids select 'alice four', e.id from app_public.add_email('alice.four@example.com') e;
insert into secrets select 'verify a4', app_public.request_email_verification((select id from ids where label = 'alice four'));
select is(app_public.remove_email((select id from ids where label = 'alice four')), true, 'alice removes a pending address');
reset role;
set local role app_anonymous;
select throws_ok($$ select app_public.verify_email((select value from secrets where label = 'verify a4')) $$, 'TOKEN', null,
  'the token of a removed address raises TOKEN');
reset role;

/*
 * make_email_primary.
 */
set local role app_anonymous;
select throws_ok($$ select app_public.make_email_primary(1) $$, '42501', null,
  'an anonymous session cannot change the primary address (no EXECUTE)');
reset role;
set local role app_user;
select test_support.act_as('');
select throws_ok($$ select app_public.make_email_primary((select id from ids where label = 'alice two')) $$, 'LOGIN', null,
  'an app_user session without claims gets LOGIN from make_email_primary');
select test_support.act_as((select uuid::text from people where username = 'bob'));
select throws_ok($$ select app_public.make_email_primary((select id from ids where label = 'alice two')) $$, 'EMLNF', null,
  'make_email_primary of another user''s (verified) address is EMLNF');
select throws_ok($$ select app_public.make_email_primary(-1) $$, 'EMLNF', null, 'make_email_primary of an unknown id is EMLNF');
select test_support.act_as((select uuid::text from people where username = 'alice'));
insert into ids select 'alice five', e.id from app_public.add_email('alice.five@example.com') e;
select throws_ok($$ select app_public.make_email_primary((select id from ids where label = 'alice five')) $$, 'EMUNV', null,
  'make_email_primary of an unverified address is EMUNV');
select results_eq(
  $$ select id, is_primary, is_verified from app_public.make_email_primary((select id from ids where label = 'alice two')) $$,
  $$ select id, true, true from ids where label = 'alice two' $$,
  'make_email_primary makes a verified address primary and returns it');
select results_eq(
  $$ select id from app_public.user_emails where is_primary $$,
  $$ select id from ids where label = 'alice two' $$,
  'the old primary is no longer primary: exactly one primary address');
select is(app_public.remove_email((select id from ids where label = 'alice primary')), true,
  'the former primary address can now be removed');
select is(app_public.make_email_primary(null), null, 'make_email_primary(NULL) returns NULL');
reset role;
select is(
  (select count(*) from app_public.login_audit_logs
   where user_uuid = (select uuid from people where username = 'alice') and event_type = 'email_primary_changed'),
  1::bigint,
  'the change is audited once as email_primary_changed');
select results_eq(
  $$ select email::text from app_public.user_emails where user_uuid = (select uuid from people where username = 'bob') and is_primary $$,
  $$ values ('bob@example.com') $$,
  'bob''s primary address is untouched');

/*
 * request_password_reset.
 */
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'carol'));
select throws_ok($$ select app_public.request_password_reset('carol@example.com') $$, '42501', null,
  'an app_user session cannot request a password reset (no EXECUTE)');
reset role;
set local role app_admin;
select throws_ok($$ select app_public.request_password_reset('carol@example.com') $$, '42501', null,
  'an app_admin session cannot request a password reset (no EXECUTE)');
reset role;

set local role app_anonymous;
insert into secrets select 'decoy', app_public.request_password_reset('nobody@example.com');
select matches((select value from secrets where label = 'decoy'), '^[0-9]+\.[A-Za-z0-9_-]{16,64}$',
  'request_password_reset returns a token-shaped decoy for an address no account has');
select throws_ok($$ select app_public.reset_password((select value from secrets where label = 'decoy'), 'a fine new password') $$,
  'TOKEN', null, 'the decoy fails like any unknown token');
select is(app_public.request_password_reset(null), null::text, 'request_password_reset(NULL) returns NULL');
insert into secrets select 'reset bob', app_public.request_password_reset('BOB@Example.COM');
insert into secrets select 'reset carol first', app_public.request_password_reset('carol@example.com');
insert into secrets select 'reset carol', app_public.request_password_reset('carol@example.com');
reset role;
select is_empty($$ select 1 from app_private.user_tokens where purpose = 'password_reset' and user_uuid is null $$,
  'an unknown address leaves no token behind');
select is(
  (select count(*) from app_public.login_audit_logs where event_type = 'password_reset_request' and user_uuid is null),
  0::bigint,
  'an unknown address is not audited as a reset request');
select matches((select value from secrets where label = 'reset carol first'), '^[0-9]+\.[A-Za-z0-9_-]{16,64}$',
  'request_password_reset returns a token for a known address');
select matches((select value from secrets where label = 'reset bob'), '^[0-9]+\.[A-Za-z0-9_-]{16,64}$',
  'request_password_reset returns a token for a known address typed in another letter case');
select results_eq(
  $$ select t.user_uuid, t.purpose, t.email_id, t.expires_at, t.secret_hash from app_private.user_tokens t
     where t.purpose = 'password_reset' and t.user_uuid = (select uuid from people where username = 'carol') $$,
  $$ select p.uuid, 'password_reset', null::bigint, now() + interval '1 hour',
            digest(convert_to(split_part(s.value, '.', 2), 'UTF8'), 'sha256')
     from people p, secrets s where p.username = 'carol' and s.label = 'reset carol' $$,
  'one live reset token for the account (the second request replaced the first), valid 1 hour, stored as a SHA-256');
select is(
  (select count(*) from app_public.login_audit_logs
   where user_uuid = (select uuid from people where username = 'carol') and event_type = 'password_reset_request'),
  2::bigint,
  'each reset request for a known address is audited as password_reset_request');

/*
 * reset_password.
 */
-- carol locks her account first.
set local role app_anonymous;
select is(
  array[app_public.authenticate('carol', 'wrong 1') is null, app_public.authenticate('carol', 'wrong 2') is null,
        app_public.authenticate('carol', 'wrong 3') is null, app_public.authenticate('carol', 'wrong 4') is null,
        app_public.authenticate('carol', 'wrong 5') is null, app_public.authenticate('carol', 'carol password 1') is null],
  array[true, true, true, true, true, true],
  'carol is locked out after five failures: even her password returns NULL');
select throws_ok($$ select app_public.reset_password((select value from secrets where label = 'reset carol first'), 'carol new password 2') $$,
  'TOKEN', null, 'a replaced reset token raises TOKEN');
select throws_ok($$ select app_public.reset_password((select value from secrets where label = 'reset carol'), 'short') $$,
  'WEAKP', null, 'reset_password: a too short password is WEAKP');
select throws_ok($$ select app_public.reset_password((select value from secrets where label = 'reset carol'), repeat('p', 73)) $$,
  'LONGP', null, 'reset_password: a 73-byte password is LONGP');
select throws_ok($$ select app_public.reset_password((select value from secrets where label = 'reset carol'), repeat('€', 25)) $$,
  'LONGP', null, 'reset_password: 25 three-byte characters (75 bytes) is LONGP');
select is(
  app_public.reset_password((select split_part(value, '.', 1) || '.' || repeat('C', 32) from secrets where label = 'reset carol'), 'carol new password 2'),
  false,
  'reset_password with a wrong secret returns false');
reset role;
select results_eq(
  $$ select attempts, used_at from app_private.user_tokens
     where purpose = 'password_reset' and user_uuid = (select uuid from people where username = 'carol') $$,
  $$ values (1, null::timestamptz) $$,
  'a refused password does not use up the token; the wrong secret is counted');

update app_private.user_credentials set password_changed_at = now() - interval '1 day'
  where user_uuid = (select uuid from people where username = 'carol');
set local role app_anonymous;
select is(app_public.reset_password((select value from secrets where label = 'reset carol'), 'carol new password 2'), true,
  'reset_password with the right token sets the password');
select throws_ok($$ select app_public.reset_password((select value from secrets where label = 'reset carol'), 'carol new password 3') $$,
  'TOKEN', null, 'the reset token works once');
reset role;
select is_empty(
  $$ select 1 from app_private.login_attempts where identifier = 'account:' || (select uuid from people where username = 'carol') $$,
  'the reset cleared the account''s lockout counter');
select ok(
  (select password_changed_at between now() and clock_timestamp()
   from app_private.user_credentials where user_uuid = (select uuid from people where username = 'carol')),
  'the reset sets password_changed_at to the moment of the reset (after it held the account''s lock)');
set local role app_anonymous;
select results_eq(
  $$ select role, user_uuid from app_public.authenticate('carol', 'carol new password 2') $$,
  $$ select 'app_user', uuid from people where username = 'carol' $$,
  'after the reset the new password signs in (the lock is lifted)');
select ok(app_public.authenticate('carol', 'carol password 1') is null, 'after the reset the old password is refused');
reset role;
select is(
  (select count(*) from app_public.login_audit_logs
   where user_uuid = (select uuid from people where username = 'carol') and event_type = 'password_reset'),
  1::bigint,
  'the reset is audited once as password_reset');

-- An account without a password (e.g. created through a provider) gets one.
delete from app_private.user_credentials where user_uuid = (select uuid from people where username = 'dave');
set local role app_anonymous;
insert into secrets select 'reset dave', app_public.request_password_reset('dave@example.com');
select is(app_public.reset_password((select value from secrets where label = 'reset dave'), 'dave new password 2'), true,
  'reset_password for an account without a password returns true');
select results_eq(
  $$ select role, user_uuid from app_public.authenticate('dave@example.com', 'dave new password 2') $$,
  $$ select 'app_user', uuid from people where username = 'dave' $$,
  '... and the account can sign in with it');
select throws_ok($$ select app_public.reset_password('garbage', 'dave new password 3') $$, 'TOKEN', null,
  'reset_password with a malformed token raises TOKEN');
select is(app_public.reset_password(null, 'dave new password 3'), null::boolean, 'reset_password(NULL, ...) returns NULL');
reset role;

select * from finish();
rollback;

-- identity.register_user: what a registration writes, how bad input is refused (writing nothing),
-- and who may call it; plus the catalog rules every SECURITY DEFINER function must follow.
begin;
select plan(73);

-- Cheap hashes: these tests check behaviour, not the cost.
update identity_private.auth_settings set bcrypt_cost = 4;

-- Rows of every table register_user writes. The view runs with its owner's (the superuser's) rights,
-- so the API roles can read it to check that a refused registration wrote nothing.
create temp view row_counts as
  select (select count(*) from identity.users) as users,
         (select count(*) from identity.user_profiles) as profiles,
         (select count(*) from identity.user_emails) as emails,
         (select count(*) from identity.user_status) as statuses,
         (select count(*) from identity.user_roles) as user_roles,
         (select count(*) from identity_private.user_credentials) as credentials,
         (select count(*) from identity.login_audit_logs) as audit_events;
grant select on row_counts to public;
create temp table counts_at_start as select * from row_counts;
create temp table registered (username text primary key, uuid uuid not null);
grant select, insert on registered to public;

/*
 * Who may call it.
 */
select function_privs_are('identity', 'register_user', array['text', 'text', 'text', 'text'], 'app_anonymous', array['EXECUTE'],
  'app_anonymous may execute register_user');
select function_privs_are('identity', 'register_user', array['text', 'text', 'text', 'text'], 'app_user', array[]::name[],
  'app_user (a signed-in session) may not execute register_user');
select function_privs_are('identity', 'register_user', array['text', 'text', 'text', 'text'], 'app_admin', array[]::name[],
  'app_admin may not execute register_user');
select function_privs_are('identity', 'register_user', array['text', 'text', 'text', 'text'], 'public', array[]::name[],
  'PUBLIC may not execute register_user');
select is_definer('identity', 'register_user', array['text', 'text', 'text', 'text'],
  'register_user is SECURITY DEFINER');
select ok(
  exists (
    select 1 from pg_proc p, unnest(p.proconfig) as setting
    where p.oid = 'identity.register_user(text, text, text, text)'::regprocedure and setting like 'search_path=%'
  ),
  'register_user pins its search_path');

/*
 * Every SECURITY DEFINER function of identity and identity_private.
 */
select cmp_ok(
  (select count(*)::integer from pg_proc p join pg_namespace n on n.oid = p.pronamespace
   where n.nspname in ('identity', 'identity_private') and p.prosecdef),
  '>=', 3,
  'the schemas hold SECURITY DEFINER functions (register_user, authenticate, change_password at least)');
select is_empty(
  $$ select p.oid::regprocedure::text
     from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where n.nspname in ('identity', 'identity_private') and p.prosecdef
       and not exists (select 1 from unnest(p.proconfig) as setting where setting like 'search_path=%') $$,
  'every SECURITY DEFINER function in identity and identity_private pins its search_path');
select is_empty(
  $$ select p.oid::regprocedure::text
     from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where n.nspname in ('identity', 'identity_private') and p.prosecdef
       and exists (
         select 1 from aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) as a
         where a.grantee = 0 and a.privilege_type = 'EXECUTE'
       ) $$,
  'PUBLIC may execute none of the SECURITY DEFINER functions in identity and identity_private');

/*
 * A successful registration.
 */
set local role app_anonymous;
select lives_ok(
  $$ insert into registered
     select 'Alice_1', u.uuid from identity.register_user('Alice_1', 'Alice@Example.com', 'correct horse battery', '  Alice Liddell  ') u $$,
  'an anonymous visitor can register');
reset role;

select is(
  (select count(*) from identity.users where uuid = (select uuid from registered where username = 'Alice_1')),
  1::bigint,
  'registering creates the users row whose uuid it returns');
select results_eq(
  $$ select username::text, display_name::text from identity.user_profiles
     where user_uuid = (select uuid from registered where username = 'Alice_1') $$,
  $$ values ('Alice_1', 'Alice Liddell') $$,
  'registering creates the profile with the username as typed and the trimmed display name');
select results_eq(
  $$ select email::text, is_primary, is_verified from identity.user_emails
     where user_uuid = (select uuid from registered where username = 'Alice_1') $$,
  $$ values ('alice@example.com', true, false) $$,
  'registering adds the email, normalised, as the one primary, unverified address');
select results_eq(
  $$ select status::text, deactivated_at from identity.user_status
     where user_uuid = (select uuid from registered where username = 'Alice_1') $$,
  $$ values ('active', null::timestamptz) $$,
  'a registered account is active');
select results_eq(
  $$ select r.role_name::text from identity.user_roles ur join identity.roles r using (role_id)
     where ur.user_uuid = (select uuid from registered where username = 'Alice_1') $$,
  $$ values ('user') $$,
  'a registered account holds exactly the `user` role');
select ok(
  (select password_hash like '$2a$04$%' from identity_private.user_credentials
   where user_uuid = (select uuid from registered where username = 'Alice_1')),
  'registering stores a bcrypt hash at the configured cost (4)');
select ok(
  (select password_hash = crypt('correct horse battery', password_hash) from identity_private.user_credentials
   where user_uuid = (select uuid from registered where username = 'Alice_1')),
  'the stored hash matches the password');
select results_eq(
  $$ select event_type::text, ip_address, user_agent, reason from identity.login_audit_logs
     where user_uuid = (select uuid from registered where username = 'Alice_1') $$,
  $$ values ('register', null::inet, null::text, null::text) $$,
  'registering records one `register` audit event');
select results_eq(
  $$ select users, profiles, emails, statuses, user_roles, credentials, audit_events from row_counts $$,
  $$ select users + 1, profiles + 1, emails + 1, statuses + 1, user_roles + 1, credentials + 1, audit_events + 1
     from counts_at_start $$,
  'registering writes one row to each table and nothing else');

set local role app_anonymous;
select lives_ok(
  $$ insert into registered select 'bob', u.uuid from identity.register_user('bob', 'bob@example.com', 'b-o-b password 1') u $$,
  'display_name is optional');
select lives_ok(
  $$ insert into registered
     select 'Euro', u.uuid from identity.register_user('Euro', 'euro@example.com', repeat('€', 24), 'Euro') u $$,
  'a password of exactly 72 bytes (24 × €) is accepted');
select lives_ok(
  $$ insert into registered
     select 'abc', u.uuid from identity.register_user('abc', repeat('a', 242) || '@example.com', 'a-b-c password 1', 'x') u $$,
  'a 3-character username and a 254-character email are accepted');
select lives_ok(
  $$ insert into registered
     select 'z' || repeat('9', 30) || '_', u.uuid
     from identity.register_user('z' || repeat('9', 30) || '_', 'long.name@example.com', 'long password 1', repeat('d', 100)) u $$,
  'a 32-character username and a 100-character display name are accepted');
reset role;
select is(
  (select display_name from identity.user_profiles where user_uuid = (select uuid from registered where username = 'bob')),
  null,
  'without a display name the profile''s display_name is NULL');

-- From here on every registration is refused; none of them may write anything.
create temp table baseline as select * from row_counts;
grant select on baseline to public;
set local role app_anonymous;

/*
 * BADEM: malformed or too long email.
 */
select throws_ok($$ select identity.register_user('carol', 'not-an-email', 'c-a-r-o-l password 1') $$,
  'BADEM', null, 'an email without @ is refused with BADEM');
select results_eq('table row_counts', 'table baseline', '... and nothing was written');
select throws_ok($$ select identity.register_user('carol', 'carol@localhost', 'c-a-r-o-l password 1') $$,
  'BADEM', null, 'an email without a dot in the domain is refused with BADEM');
select results_eq('table row_counts', 'table baseline', '... and nothing was written');
select throws_ok($$ select identity.register_user('carol', 'carol@@example.com', 'c-a-r-o-l password 1') $$,
  'BADEM', null, 'an email with two @ is refused with BADEM');
select results_eq('table row_counts', 'table baseline', '... and nothing was written');
select throws_ok($$ select identity.register_user('carol', 'carol smith@example.com', 'c-a-r-o-l password 1') $$,
  'BADEM', null, 'an email with a space is refused with BADEM');
select results_eq('table row_counts', 'table baseline', '... and nothing was written');
select throws_ok($$ select identity.register_user('carol', repeat('c', 243) || '@example.com', 'c-a-r-o-l password 1') $$,
  'BADEM', null, 'a 255-character email is refused with BADEM');
select results_eq('table row_counts', 'table baseline', '... and nothing was written');
select throws_ok($$ select identity.register_user('carol', null, 'c-a-r-o-l password 1') $$,
  'BADEM', null, 'a NULL email is refused with BADEM');
select results_eq('table row_counts', 'table baseline', '... and nothing was written');

/*
 * BADUN: username too short, too long, bad characters, leading digit.
 */
select throws_ok($$ select identity.register_user('ab', 'carol@example.com', 'c-a-r-o-l password 1') $$,
  'BADUN', null, 'a 2-character username is refused with BADUN');
select results_eq('table row_counts', 'table baseline', '... and nothing was written');
select throws_ok($$ select identity.register_user(repeat('c', 33), 'carol@example.com', 'c-a-r-o-l password 1') $$,
  'BADUN', null, 'a 33-character username is refused with BADUN');
select results_eq('table row_counts', 'table baseline', '... and nothing was written');
select throws_ok($$ select identity.register_user('carol-smith', 'carol@example.com', 'c-a-r-o-l password 1') $$,
  'BADUN', null, 'a username with a hyphen is refused with BADUN');
select results_eq('table row_counts', 'table baseline', '... and nothing was written');
select throws_ok($$ select identity.register_user('carol smith', 'carol@example.com', 'c-a-r-o-l password 1') $$,
  'BADUN', null, 'a username with a space is refused with BADUN');
select results_eq('table row_counts', 'table baseline', '... and nothing was written');
select throws_ok($$ select identity.register_user('carol@home', 'carol@example.com', 'c-a-r-o-l password 1') $$,
  'BADUN', null, 'a username with @ is refused with BADUN');
select results_eq('table row_counts', 'table baseline', '... and nothing was written');
select throws_ok($$ select identity.register_user('1carol', 'carol@example.com', 'c-a-r-o-l password 1') $$,
  'BADUN', null, 'a username starting with a digit is refused with BADUN');
select results_eq('table row_counts', 'table baseline', '... and nothing was written');
select throws_ok($$ select identity.register_user('_carol', 'carol@example.com', 'c-a-r-o-l password 1') $$,
  'BADUN', null, 'a username starting with an underscore is refused with BADUN');
select results_eq('table row_counts', 'table baseline', '... and nothing was written');

/*
 * BADDN: blank display name.
 */
select throws_ok($$ select identity.register_user('carol', 'carol@example.com', 'c-a-r-o-l password 1', '   ') $$,
  'BADDN', null, 'a display name of spaces is refused with BADDN');
select results_eq('table row_counts', 'table baseline', '... and nothing was written');
select throws_ok($$ select identity.register_user('carol', 'carol@example.com', 'c-a-r-o-l password 1', '') $$,
  'BADDN', null, 'an empty display name is refused with BADDN');
select results_eq('table row_counts', 'table baseline', '... and nothing was written');
select throws_ok($$ select identity.register_user('carol', 'carol@example.com', 'c-a-r-o-l password 1', repeat('d', 101)) $$,
  'BADDN', null, 'a 101-character display name is refused with BADDN');
select results_eq('table row_counts', 'table baseline', '... and nothing was written');

/*
 * WEAKP / LONGP: password too short, or over bcrypt's 72 bytes.
 */
select throws_ok($$ select identity.register_user('carol', 'carol@example.com', 'short') $$,
  'WEAKP', null, 'a 5-character password is refused with WEAKP');
select results_eq('table row_counts', 'table baseline', '... and nothing was written');
select throws_ok($$ select identity.register_user('carol', 'carol@example.com', '123456789') $$,
  'WEAKP', null, 'a 9-character password (one under the minimum of 10) is refused with WEAKP');
select results_eq('table row_counts', 'table baseline', '... and nothing was written');
select throws_ok($$ select identity.register_user('carol', 'carol@example.com', null) $$,
  'WEAKP', null, 'a NULL password is refused with WEAKP');
select results_eq('table row_counts', 'table baseline', '... and nothing was written');
select throws_ok($$ select identity.register_user('carol', 'carol@example.com', repeat('p', 73)) $$,
  'LONGP', null, 'a 73-byte password is refused with LONGP');
select results_eq('table row_counts', 'table baseline', '... and nothing was written');
select throws_ok($$ select identity.register_user('carol', 'carol@example.com', repeat('€', 25)) $$,
  'LONGP', null, 'a 25-character password of 75 bytes (25 × €) is refused with LONGP');
select results_eq('table row_counts', 'table baseline', '... and nothing was written');

/*
 * A taken username, whatever the letter case, answers NULL (the API layers raise UNTKN after the commit, so that
 * the call's throttle count stays) and writes nothing.
 */
select is((identity.register_user('aLICE_1', 'carol@example.com', 'c-a-r-o-l password 1')).uuid, null,
  'a username taken in another letter case answers NULL');
select results_eq('table row_counts', 'table baseline', '... and nothing was written');
select is((identity.register_user('BOB', 'carol@example.com', 'c-a-r-o-l password 1')).uuid, null,
  'a username taken, typed in capitals, answers NULL');
select results_eq('table row_counts', 'table baseline', '... and nothing was written');

/*
 * An email address another account verified is no error: it becomes an unverified claim, which can never be
 * verified nor sign in (tests/db/attack_register_oracle.sql), so the answer tells nothing.
 */
reset role;
update identity.user_emails set is_verified = true where email = 'alice@example.com';
set local role app_anonymous;
select lives_ok(
  $$ insert into registered select 'carol', u.uuid from identity.register_user('carol', 'ALICE@EXAMPLE.COM', 'c-a-r-o-l password 1') u $$,
  'an email another account verified, typed in capitals, is accepted (no EMTKN)');
reset role;
select results_eq(
  $$ select email::text, is_primary, is_verified from identity.user_emails
     where user_uuid = (select uuid from registered where username = 'carol') $$,
  $$ values ('alice@example.com', true, false) $$,
  '... as the new account''s unverified primary address');
select results_eq(
  $$ select user_uuid from identity.user_emails where email = 'alice@example.com' and is_verified $$,
  $$ select uuid from registered where username = 'Alice_1' $$,
  '... while Alice keeps it verified');

reset role;
select * from finish();
rollback;

-- CHECK, UNIQUE and FOREIGN KEY constraints and the triggers that guard the identity schema.
-- Runs as superuser throughout: these rules must hold whoever writes.
begin;
select plan(94);

-- Fixture accounts: u1 keeps its rows, u2 is deleted to check cascades, u3 is created by the tests below.
insert into identity.users (uuid) values
  ('00000000-0000-4000-8000-000000000001'),
  ('00000000-0000-4000-8000-000000000002');

/*
 * USER_EMAILS: shape, length, normalised form, uniqueness of verified addresses and within an account, one primary per user.
 */
select throws_ok(
  $$insert into identity.user_emails (user_uuid, email) values ('00000000-0000-4000-8000-000000000001', 'not-an-email')$$,
  '23514', null, 'An email without @ and domain is rejected'
);
select throws_ok(
  $$insert into identity.user_emails (user_uuid, email) values ('00000000-0000-4000-8000-000000000001', 'two words@sc.example.com')$$,
  '23514', null, 'An email with a space is rejected'
);
select throws_ok(
  $$insert into identity.user_emails (user_uuid, email) values ('00000000-0000-4000-8000-000000000001', 'a@localhost')$$,
  '23514', null, 'An email without a dot in its domain is rejected'
);
select throws_ok(
  $$insert into identity.user_emails (user_uuid, email) values ('00000000-0000-4000-8000-000000000001', repeat('a', 242) || '@sc.example.com')$$,
  '23514', null, 'An email of 257 characters is rejected'
);
select lives_ok(
  $$insert into identity.user_emails (user_uuid, email) values ('00000000-0000-4000-8000-000000000001', repeat('a', 239) || '@sc.example.com')$$,
  'An email of exactly 254 characters is accepted'
);
select lives_ok(
  $$insert into identity.user_emails (user_uuid, email, is_primary) values ('00000000-0000-4000-8000-000000000001', 'alice@sc.example.com', true)$$,
  'A well-formed email in normalised form is accepted as the primary address'
);
select throws_ok(
  $$insert into identity.user_emails (user_uuid, email) values ('00000000-0000-4000-8000-000000000002', 'Alice@sc.example.COM')$$,
  '23514', null, 'An address not in normalised form (capital letters) is refused: the functions store addresses normalised'
);
select lives_ok(
  $$insert into identity.user_emails (user_uuid, email) values ('00000000-0000-4000-8000-000000000002', 'alice@sc.example.com')$$,
  'another user may claim the same address while nobody has verified it'
);
select throws_ok(
  $$insert into identity.user_emails (user_uuid, email) values ('00000000-0000-4000-8000-000000000001', 'alice@sc.example.com')$$,
  '23505', null, 'one account cannot hold the same address twice'
);
select throws_ok(
  $$update identity.user_emails set is_verified = true where email = 'alice@sc.example.com'$$,
  '23505', null, 'two accounts cannot both have the address verified'
);
delete from identity.user_emails where user_uuid = '00000000-0000-4000-8000-000000000002' and email = 'alice@sc.example.com';
select throws_ok(
  $$insert into identity.user_emails (user_uuid, email, is_primary) values ('00000000-0000-4000-8000-000000000001', 'alice2@sc.example.com', true)$$,
  '23505', null, 'A second primary email for the same user is rejected'
);
select lives_ok(
  $$insert into identity.user_emails (user_uuid, email, is_primary) values ('00000000-0000-4000-8000-000000000001', 'alice2@sc.example.com', false)$$,
  'A second, non-primary email for the same user is accepted'
);
select lives_ok(
  $$insert into identity.user_emails (user_uuid, email, is_primary) values ('00000000-0000-4000-8000-000000000002', 'bob@sc.example.com', true)$$,
  'Another user may have their own primary email'
);

/*
 * USER_PROFILES: username length and format (case-insensitive unique), display name, avatar key, bio.
 */
select throws_ok(
  $$insert into identity.user_profiles (user_uuid, username) values ('00000000-0000-4000-8000-000000000001', 'ab')$$,
  '23514', null, 'A 2-character username is rejected'
);
select throws_ok(
  $$insert into identity.user_profiles (user_uuid, username) values ('00000000-0000-4000-8000-000000000001', 'a' || repeat('b', 32))$$,
  '23514', null, 'A 33-character username is rejected'
);
select throws_ok(
  $$insert into identity.user_profiles (user_uuid, username) values ('00000000-0000-4000-8000-000000000001', '1alice')$$,
  '23514', null, 'A username starting with a digit is rejected'
);
select throws_ok(
  $$insert into identity.user_profiles (user_uuid, username) values ('00000000-0000-4000-8000-000000000001', 'alice-b')$$,
  '23514', null, 'A username with a hyphen is rejected'
);
select lives_ok(
  $$insert into identity.user_profiles (user_uuid, username) values ('00000000-0000-4000-8000-000000000001', 'Sc_alice_1')$$,
  'A username of letters, digits and underscores starting with a letter is accepted'
);
select throws_ok(
  $$insert into identity.user_profiles (user_uuid, username) values ('00000000-0000-4000-8000-000000000002', 'sC_ALICE_1')$$,
  '23505', null, 'Usernames are unique regardless of letter case'
);
select lives_ok(
  $$insert into identity.user_profiles (user_uuid, username) values ('00000000-0000-4000-8000-000000000002', 'sc_bob' || repeat('b', 26))$$,
  'A 32-character username is accepted'
);
select throws_ok(
  $$update identity.user_profiles set display_name = '   ' where user_uuid = '00000000-0000-4000-8000-000000000001'$$,
  '23514', null, 'A blank display name is rejected'
);
select throws_ok(
  $$update identity.user_profiles set display_name = '' where user_uuid = '00000000-0000-4000-8000-000000000001'$$,
  '23514', null, 'An empty display name is rejected'
);
select lives_ok(
  $$update identity.user_profiles set display_name = 'Alice A.' where user_uuid = '00000000-0000-4000-8000-000000000001'$$,
  'A display name is accepted'
);
select throws_ok(
  $$update identity.user_profiles set avatar_object_key = 'avatars/my photo.png' where user_uuid = '00000000-0000-4000-8000-000000000001'$$,
  '23514', null, 'An avatar key with a space is rejected'
);
select throws_ok(
  $$update identity.user_profiles set avatar_object_key = '' where user_uuid = '00000000-0000-4000-8000-000000000001'$$,
  '23514', null, 'An empty avatar key is rejected'
);
select throws_ok(
  $$update identity.user_profiles set avatar_object_key = repeat('a', 1025) where user_uuid = '00000000-0000-4000-8000-000000000001'$$,
  '23514', null, 'An avatar key of 1025 characters is rejected'
);
select lives_ok(
  $$update identity.user_profiles set avatar_object_key = 'avatars/u1/photo-1_(2).png' where user_uuid = '00000000-0000-4000-8000-000000000001'$$,
  'A safe object key is accepted'
);
select throws_ok(
  $$update identity.user_profiles set bio = repeat('x', 2001) where user_uuid = '00000000-0000-4000-8000-000000000001'$$,
  '23514', null, 'A bio of 2001 characters is rejected'
);
select lives_ok(
  $$update identity.user_profiles set bio = repeat('x', 2000) where user_uuid = '00000000-0000-4000-8000-000000000001'$$,
  'A bio of 2000 characters is accepted'
);

/*
 * ROLES: name format, description length; a role still held cannot be deleted.
 */
select throws_ok(
  $$insert into identity.roles (role_name) values ('Support')$$,
  '23514', null, 'A role name with a capital letter is rejected'
);
select throws_ok(
  $$insert into identity.roles (role_name) values ('s')$$,
  '23514', null, 'A one-letter role name is rejected'
);
select lives_ok(
  $$insert into identity.roles (role_name) values ('support_agent')$$,
  'A lower-case role name is accepted'
);
select throws_ok(
  $$insert into identity.roles (role_name, description) values ('auditor', repeat('d', 501))$$,
  '23514', null, 'A role description of 501 characters is rejected'
);
select lives_ok(
  $$insert into identity.roles (role_name, description) values ('auditor', repeat('d', 500))$$,
  'A role description of 500 characters is accepted'
);
select throws_ok(
  $$insert into identity.roles (role_name) values ('user')$$,
  '23505', null, 'Role names are unique'
);
insert into identity.user_roles (user_uuid, role_id)
  select u, r.role_id from identity.roles r,
    unnest(array['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002']::uuid[]) u
   where r.role_name = 'user';
-- ON DELETE RESTRICT reports foreign_key_violation (23503) up to PostgreSQL 17, restrict_violation (23001) from 18 on.
select throws_ok(
  $$delete from identity.roles where role_name = 'user'$$,
  case when current_setting('server_version_num')::int >= 180000 then '23001' else '23503' end,
  null, 'A role still held by a user cannot be deleted'
);
select lives_ok(
  $$delete from identity.roles where role_name = 'auditor'$$,
  'A role nobody holds can be deleted'
);

/*
 * USER_CREDENTIALS: bcrypt hashes only.
 */
select throws_ok(
  $$insert into identity_private.user_credentials (user_uuid, password_hash) values ('00000000-0000-4000-8000-000000000001', 'hunter2')$$,
  'BADHS', null, 'A plain-text password is rejected (by the hash trigger, before the CHECK)'
);
select throws_ok(
  $$insert into identity_private.user_credentials (user_uuid, password_hash) values ('00000000-0000-4000-8000-000000000001', crypt('x', gen_salt('md5')))$$,
  'BADHS', null, 'An MD5-crypt hash is rejected (by the hash trigger, before the CHECK)'
);
select lives_ok(
  $$insert into identity_private.user_credentials (user_uuid, password_hash) values ('00000000-0000-4000-8000-000000000001', crypt('x', gen_salt('bf', 4)))$$,
  'A bcrypt hash is accepted'
);

/*
 * USER_AUTH_PROVIDERS: provider name format, external id length, one user per external account.
 */
select throws_ok(
  $$insert into identity.user_auth_providers (user_uuid, provider_name, external_user_id) values ('00000000-0000-4000-8000-000000000001', 'GitHub', '42')$$,
  '23514', null, 'A provider name with capitals is rejected'
);
select throws_ok(
  $$insert into identity.user_auth_providers (user_uuid, provider_name, external_user_id) values ('00000000-0000-4000-8000-000000000001', '', '42')$$,
  '23514', null, 'An empty provider name is rejected'
);
select throws_ok(
  $$insert into identity.user_auth_providers (user_uuid, provider_name, external_user_id) values ('00000000-0000-4000-8000-000000000001', 'github', '')$$,
  '23514', null, 'An empty external user id is rejected'
);
select lives_ok(
  $$insert into identity.user_auth_providers (user_uuid, provider_name, external_user_id) values ('00000000-0000-4000-8000-000000000001', 'github', '42')$$,
  'A provider link is accepted'
);
select throws_ok(
  $$insert into identity.user_auth_providers (user_uuid, provider_name, external_user_id) values ('00000000-0000-4000-8000-000000000002', 'github', '42')$$,
  '23505', null, 'One external account links to at most one user'
);

/*
 * USER_STATUS: every new user gets exactly one 'active' row; reason length; deactivated_at matches status.
 */
insert into identity.users (uuid) values ('00000000-0000-4000-8000-000000000003');
select results_eq(
  $$select status::text from identity.user_status where user_uuid = '00000000-0000-4000-8000-000000000003'$$,
  array['active'],
  'A new user gets exactly one status row, active'
);
select is(
  (select count(*)::int from identity.users u where (select count(*) from identity.user_status s where s.user_uuid = u.uuid) <> 1),
  0,
  'Every user has exactly one status row'
);
select throws_ok(
  $$update identity.user_status set reason = repeat('r', 501) where user_uuid = '00000000-0000-4000-8000-000000000001'$$,
  '23514', null, 'A status reason of 501 characters is rejected'
);
select lives_ok(
  $$update identity.user_status set status = 'suspended', reason = repeat('r', 500) where user_uuid = '00000000-0000-4000-8000-000000000001'$$,
  'Suspending with a reason of 500 characters is accepted'
);
select throws_ok(
  $$update identity.user_status set status = 'deactivated' where user_uuid = '00000000-0000-4000-8000-000000000001'$$,
  '23514', null, 'Deactivating without deactivated_at is rejected'
);
select throws_ok(
  $$update identity.user_status set status = 'active', deactivated_at = now() where user_uuid = '00000000-0000-4000-8000-000000000001'$$,
  '23514', null, 'An active account with deactivated_at is rejected'
);
select lives_ok(
  $$update identity.user_status set status = 'deactivated', deactivated_at = now() where user_uuid = '00000000-0000-4000-8000-000000000001'$$,
  'Deactivating with deactivated_at is accepted'
);
select lives_ok(
  $$update identity.user_status set status = 'active', deactivated_at = null, reason = null where user_uuid = '00000000-0000-4000-8000-000000000001'$$,
  'Reactivating clears deactivated_at'
);
select throws_ok(
  $$delete from identity.user_status where user_uuid = '00000000-0000-4000-8000-000000000001'$$,
  'STAFX', null, 'The status row of an existing user cannot be deleted'
);
select throws_ok(
  $$update identity.user_status set user_uuid = '00000000-0000-4000-8000-000000000003' where user_uuid = '00000000-0000-4000-8000-000000000001'$$,
  'STAFX', null, 'A status row cannot move to another user'
);
select throws_ok(
  $$insert into identity.user_status (user_uuid) values ('00000000-0000-4000-8000-000000000001')$$,
  '23505', null, 'A second status row for a user is rejected'
);

/*
 * USER_MFA_FACTORS: known factor types only.
 */
select throws_ok(
  $$insert into identity.user_mfa_factors (user_uuid, factor_type) values ('00000000-0000-4000-8000-000000000001', 'sms')$$,
  '23514', null, 'An unknown factor type is rejected'
);
select lives_ok(
  $$insert into identity.user_mfa_factors (user_uuid, factor_type, factor_data) values ('00000000-0000-4000-8000-000000000001', 'totp', '\x00'::bytea)$$,
  'A TOTP factor is accepted'
);

/*
 * USER_DEVICES: fingerprint and name lengths, one row per fingerprint and user.
 */
select throws_ok(
  $$insert into identity.user_devices (user_uuid, device_fingerprint) values ('00000000-0000-4000-8000-000000000001', '')$$,
  '23514', null, 'An empty device fingerprint is rejected'
);
select lives_ok(
  $$insert into identity.user_devices (user_uuid, device_fingerprint) values ('00000000-0000-4000-8000-000000000001', 'fp-1')$$,
  'A device fingerprint is accepted'
);
select throws_ok(
  $$insert into identity.user_devices (user_uuid, device_fingerprint, device_name) values ('00000000-0000-4000-8000-000000000001', 'fp-2', '  ')$$,
  '23514', null, 'A blank device name is rejected'
);
select lives_ok(
  $$insert into identity.user_devices (user_uuid, device_fingerprint, device_name) values ('00000000-0000-4000-8000-000000000001', 'fp-2', 'Laptop')$$,
  'A device name is accepted'
);
select throws_ok(
  $$insert into identity.user_devices (user_uuid, device_fingerprint) values ('00000000-0000-4000-8000-000000000001', 'fp-1')$$,
  '23505', null, 'The same fingerprint twice for one user is rejected'
);

/*
 * LOGIN_AUDIT_LOGS: event types and lengths.
 */
select throws_ok(
  $$insert into identity.login_audit_logs (user_uuid, event_type) values ('00000000-0000-4000-8000-000000000001', 'hacked')$$,
  '23514', null, 'An unknown audit event type is rejected'
);
select lives_ok(
  $$insert into identity.login_audit_logs (user_uuid, event_type, ip_address) values ('00000000-0000-4000-8000-000000000001', 'login_success', '192.0.2.1')$$,
  'A known audit event type is accepted'
);
select throws_ok(
  $$insert into identity.login_audit_logs (event_type, user_agent) values ('login_failure', repeat('u', 1025))$$,
  '23514', null, 'A user agent of 1025 characters is rejected'
);
select lives_ok(
  $$insert into identity.login_audit_logs (event_type, user_agent) values ('login_failure', repeat('u', 1024))$$,
  'A user agent of 1024 characters is accepted, and an event without a user'
);
select throws_ok(
  $$insert into identity.login_audit_logs (event_type, reason) values ('login_failure', repeat('r', 501))$$,
  '23514', null, 'An audit reason of 501 characters is rejected'
);
select lives_ok(
  $$insert into identity.login_audit_logs (user_uuid, event_type, reason) values ('00000000-0000-4000-8000-000000000001', 'login_failure', 'wrong password')$$,
  'An audit reason is accepted'
);

/*
 * The audit log is append-only, even for a superuser.
 */
select throws_ok(
  $$update identity.login_audit_logs set reason = 'edited' where ip_address = '192.0.2.1'$$,
  'AUDRO', null, 'Audit rows cannot be updated'
);
select throws_ok(
  $$update identity.login_audit_logs set event_at = event_at - interval '1 day' where ip_address = '192.0.2.1'$$,
  'AUDRO', null, 'Audit rows cannot be back-dated'
);
select throws_ok(
  $$delete from identity.login_audit_logs where ip_address = '192.0.2.1'$$,
  'AUDRO', null, 'Audit rows cannot be deleted'
);
select throws_ok(
  $$delete from identity.login_audit_logs where user_uuid is null and reason is null$$,
  'AUDRO', null, 'Audit rows without a user cannot be deleted either'
);
-- Only the foreign key's ON DELETE SET NULL, once the account is gone, may clear user_uuid.
select throws_ok(
  $$update identity.login_audit_logs set user_uuid = null where user_uuid = '00000000-0000-4000-8000-000000000001'$$,
  'AUDRO', null, 'Audit rows of an existing user cannot be detached from that user'
);

/*
 * Timestamps: created_at immutable, updated_at moves forward.
 */
create temp table stamps as
  select uuid, created_at, updated_at from identity.users where uuid = '00000000-0000-4000-8000-000000000001';
select is(
  (select created_at from identity.users where uuid = '00000000-0000-4000-8000-000000000001'),
  now(),
  'users.created_at is set by the trigger on insert'
);
update identity.users
   set created_at = '2000-01-01', updated_at = '2000-01-01'
 where uuid = '00000000-0000-4000-8000-000000000001';
select is(
  (select created_at from identity.users where uuid = '00000000-0000-4000-8000-000000000001'),
  (select created_at from stamps),
  'users.created_at cannot be changed'
);
select cmp_ok(
  (select updated_at from identity.users where uuid = '00000000-0000-4000-8000-000000000001'),
  '>',
  (select updated_at from stamps),
  'users.updated_at moves forward on update, even to a value given in the past'
);
update identity.users set last_login_at = now() where uuid = '00000000-0000-4000-8000-000000000001';
select cmp_ok(
  (select updated_at from identity.users where uuid = '00000000-0000-4000-8000-000000000001'),
  '>',
  (select updated_at + interval '0.5 millisecond' from stamps),
  'users.updated_at moves forward again on a second update in the same transaction'
);
insert into identity.users (uuid, created_at, updated_at) values ('00000000-0000-4000-8000-000000000004', '2000-01-01', '2000-01-01');
select results_eq(
  $$select created_at, updated_at from identity.users where uuid = '00000000-0000-4000-8000-000000000004'$$,
  $$select now(), now()$$,
  'users timestamps given on insert are replaced by now()'
);
update identity.user_emails set created_at = '2000-01-01' where email = 'alice@sc.example.com';
select is(
  (select created_at from identity.user_emails where email = 'alice@sc.example.com'),
  now(),
  'user_emails.created_at cannot be changed'
);
insert into identity.user_emails (user_uuid, email, created_at) values ('00000000-0000-4000-8000-000000000003', 'carol@sc.example.com', '2000-01-01');
select is(
  (select created_at from identity.user_emails where email = 'carol@sc.example.com'),
  now(),
  'user_emails.created_at given on insert is replaced by now()'
);
update identity.user_devices set created_at = '2000-01-01' where device_fingerprint = 'fp-1';
select is(
  (select created_at from identity.user_devices where device_fingerprint = 'fp-1'),
  now(),
  'user_devices.created_at cannot be changed'
);
select throws_ok(
  $$insert into identity.users (id) values (123456)$$,
  '428C9', null, 'users.id is GENERATED ALWAYS: it cannot be chosen'
);

/*
 * Deleting a user removes its rows and keeps its audit events, detached.
 */
insert into identity_private.user_credentials (user_uuid, password_hash)
  values ('00000000-0000-4000-8000-000000000002', crypt('y', gen_salt('bf', 4)));
insert into identity.user_auth_providers (user_uuid, provider_name, external_user_id)
  values ('00000000-0000-4000-8000-000000000002', 'google', 'g-2');
insert into identity.user_mfa_factors (user_uuid, factor_type) values ('00000000-0000-4000-8000-000000000002', 'totp');
insert into identity.user_devices (user_uuid, device_fingerprint) values ('00000000-0000-4000-8000-000000000002', 'fp-u2');
insert into identity.login_audit_logs (user_uuid, event_type, user_agent, reason)
  values ('00000000-0000-4000-8000-000000000002', 'login_failure', 'u2-agent', 'wrong password');
select lives_ok(
  $$delete from identity.users where uuid = '00000000-0000-4000-8000-000000000002'$$,
  'A user with rows in every table can be deleted'
);
select results_eq(
  $$select t, n from (values
      ('user_profiles', (select count(*) from identity.user_profiles where user_uuid = '00000000-0000-4000-8000-000000000002')),
      ('user_emails', (select count(*) from identity.user_emails where user_uuid = '00000000-0000-4000-8000-000000000002')),
      ('user_roles', (select count(*) from identity.user_roles where user_uuid = '00000000-0000-4000-8000-000000000002')),
      ('user_credentials', (select count(*) from identity_private.user_credentials where user_uuid = '00000000-0000-4000-8000-000000000002')),
      ('user_auth_providers', (select count(*) from identity.user_auth_providers where user_uuid = '00000000-0000-4000-8000-000000000002')),
      ('user_status', (select count(*) from identity.user_status where user_uuid = '00000000-0000-4000-8000-000000000002')),
      ('user_mfa_factors', (select count(*) from identity.user_mfa_factors where user_uuid = '00000000-0000-4000-8000-000000000002')),
      ('user_devices', (select count(*) from identity.user_devices where user_uuid = '00000000-0000-4000-8000-000000000002')),
      ('login_audit_logs', (select count(*) from identity.login_audit_logs where user_uuid = '00000000-0000-4000-8000-000000000002'))
    ) v(t, n)$$,
  $$values ('user_profiles', 0::bigint), ('user_emails', 0), ('user_roles', 0), ('user_credentials', 0),
      ('user_auth_providers', 0), ('user_status', 0), ('user_mfa_factors', 0), ('user_devices', 0), ('login_audit_logs', 0)$$,
  'Deleting a user leaves no row that references it'
);
select results_eq(
  $$select user_uuid, event_type::text, reason from identity.login_audit_logs where user_agent = 'u2-agent'$$,
  $$values (null::uuid, 'login_failure', 'wrong password')$$,
  'The deleted user''s audit event survives with user_uuid set to NULL'
);
select is(
  (select count(*)::int from identity.user_status where user_uuid = '00000000-0000-4000-8000-000000000001'),
  1,
  'Other users keep their status row'
);

/*
 * Monthly partitions of the audit log. Creating them takes locks (tests/audit-partitions.test.ts runs that on a
 * database of its own), so this file, which pg_prove may run beside the others on one database, only inserts.
 */
select throws_ok(
  $$select * from identity_private.create_login_audit_partitions(121, '2099-06-01')$$,
  '22023', null, 'months_ahead above 120 is rejected'
);
insert into identity.login_audit_logs (event_type, event_at, user_agent)
  select 'login_failure', m, label
    from (values (date_trunc('month', now() at time zone 'UTC') at time zone 'UTC', 'p-first'),
                 ((date_trunc('month', now() at time zone 'UTC') + interval '1 month') at time zone 'UTC' - interval '1 microsecond', 'p-last'),
                 ((date_trunc('month', now() at time zone 'UTC') + interval '1 month') at time zone 'UTC', 'p-next')) v (m, label);
select results_eq(
  $$select user_agent, tableoid::regclass::text from identity.login_audit_logs where user_agent like 'p-%' order by event_at$$,
  $$values ('p-first', 'identity.login_audit_logs_' || to_char(now() at time zone 'UTC', 'YYYYMM')),
           ('p-last', 'identity.login_audit_logs_' || to_char(now() at time zone 'UTC', 'YYYYMM')),
           ('p-next', 'identity.login_audit_logs_' || to_char(now() at time zone 'UTC' + interval '1 month', 'YYYYMM'))$$,
  'Events are routed to the partition of their UTC month'
);
select throws_ok(
  $$delete from identity.login_audit_logs where user_agent = 'p-first'$$,
  'AUDRO', null, 'The append-only trigger guards the monthly partitions'
);
select throws_ok(
  format('delete from identity.login_audit_logs_%s', to_char(now() at time zone 'UTC', 'YYYYMM')),
  'AUDRO', null, 'Audit rows cannot be deleted through the partition either'
);
insert into identity.login_audit_logs (event_type, event_at, user_agent) values ('login_failure', '1990-01-01 12:00:00+00', 'p-old');
select results_eq(
  $$select tableoid::regclass::text from identity.login_audit_logs where user_agent = 'p-old'$$,
  array['identity.login_audit_logs_default'],
  'An event outside the monthly partitions lands in the default partition'
);
select throws_ok(
  $$update identity.login_audit_logs_default set reason = 'edited'$$,
  'AUDRO', null, 'Audit rows in the default partition cannot be changed'
);
select results_eq(
  $$select tableoid::regclass::text from identity.login_audit_logs where user_agent = 'u2-agent'$$,
  array['identity.login_audit_logs_' || to_char(now() at time zone 'UTC', 'YYYYMM')],
  'An event of now lands in the current month''s partition, not the default one'
);

select * from finish();
rollback;

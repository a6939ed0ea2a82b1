-- The private tables behind the login functions: defaults of the settings row, and every CHECK with a value
-- that must fail and one that must pass. No API role has any privilege on them.
begin;
select plan(37);

/*
 * Defaults a fresh installation starts with.
 */
select results_eq(
  $$ select bcrypt_cost, password_min_length, lockout_max_attempts, lockout_window, clock_offset,
            access_token_lifetime, session_absolute_lifetime, session_idle_timeout, refresh_reuse_interval
     from identity_private.auth_settings $$,
  $$ values (10, 10, 5, interval '15 minutes', interval '0',
             interval '5 minutes', interval '30 days', interval '7 days', interval '10 seconds') $$,
  'auth_settings starts at bcrypt cost 10 (OWASP minimum), 10 characters, 5 failures in 15 minutes, no clock offset, 5-minute access tokens, sessions of at most 30 days or 7 idle days, a 10-second refresh grace window');
select is((select count(*) from identity_private.auth_settings), 1::bigint, 'auth_settings holds exactly one row');

/*
 * auth_settings checks.
 */
select throws_ok($$ insert into identity_private.auth_settings (singleton) values (false) $$, '23514', null,
  'a second settings row is refused (auth_settings_singleton)');
select throws_ok($$ insert into identity_private.auth_settings default values $$, '23505', null,
  'a duplicate settings row is refused');
select throws_ok($$ update identity_private.auth_settings set bcrypt_cost = 3 $$, '23514', null, 'bcrypt_cost 3 is refused');
select throws_ok($$ update identity_private.auth_settings set bcrypt_cost = 17 $$, '23514', null, 'bcrypt_cost 17 is refused');
select lives_ok($$ update identity_private.auth_settings set bcrypt_cost = 12 $$, 'bcrypt_cost 12 is accepted');
select throws_ok($$ update identity_private.auth_settings set password_min_length = 0 $$, '23514', null, 'password_min_length 0 is refused');
select throws_ok($$ update identity_private.auth_settings set password_min_length = 73 $$, '23514', null, 'password_min_length 73 is refused');
select lives_ok($$ update identity_private.auth_settings set password_min_length = 12 $$, 'password_min_length 12 is accepted');
select throws_ok($$ update identity_private.auth_settings set lockout_max_attempts = 0 $$, '23514', null, 'lockout_max_attempts 0 is refused');
select lives_ok($$ update identity_private.auth_settings set lockout_max_attempts = 10 $$, 'lockout_max_attempts 10 is accepted');
select throws_ok($$ update identity_private.auth_settings set lockout_window = interval '0' $$, '23514', null, 'a zero lockout window is refused');
select lives_ok($$ update identity_private.auth_settings set lockout_window = interval '1 hour' $$, 'a one-hour lockout window is accepted');
select throws_ok($$ update identity_private.auth_settings set access_token_lifetime = interval '5 seconds' $$, '23514', null,
  'a 5-second access-token lifetime is refused');
select throws_ok($$ update identity_private.auth_settings set access_token_lifetime = interval '2 hours' $$, '23514', null,
  'a 2-hour access-token lifetime is refused (access tokens stay short)');
select lives_ok($$ update identity_private.auth_settings set access_token_lifetime = interval '15 minutes' $$, 'a 15-minute access-token lifetime is accepted');
select throws_ok($$ update identity_private.auth_settings set session_absolute_lifetime = interval '0' $$, '23514', null,
  'a zero absolute session lifetime is refused');
select throws_ok($$ update identity_private.auth_settings set session_idle_timeout = interval '-1 day' $$, '23514', null,
  'a negative idle timeout is refused');
select throws_ok($$ update identity_private.auth_settings set refresh_reuse_interval = interval '10 minutes' $$, '23514', null,
  'a refresh grace window over 5 minutes is refused');
select lives_ok($$ update identity_private.auth_settings set refresh_reuse_interval = interval '0' $$, 'no refresh grace window at all is accepted');

/*
 * login_attempts checks.
 */
select throws_ok($$ insert into identity_private.login_attempts values (repeat('x', 331), 1, now()) $$, '23514', null,
  'a lockout key over 330 characters is refused');
select lives_ok($$ insert into identity_private.login_attempts values (repeat('x', 330), 1, now()) $$, 'a 330-character lockout key is accepted');
select throws_ok($$ insert into identity_private.login_attempts values ('login:zero', 0, now()) $$, '23514', null,
  'a failure count of 0 is refused');
select throws_ok($$ insert into identity_private.login_attempts values ('LOGIN:X', 1, now()), ('login:x', 1, now()) $$, '23505', null,
  'lockout keys are unique regardless of letter case');

/*
 * user_tokens checks.
 */
insert into identity.users (uuid) values ('00000000-0000-4000-8000-00000000aaaa');
insert into identity.user_emails (user_uuid, email) values ('00000000-0000-4000-8000-00000000aaaa', 'tok@example.com');
select throws_ok($$ insert into identity_private.user_tokens (user_uuid, purpose, email_id, secret_hash, expires_at)
                    select '00000000-0000-4000-8000-00000000aaaa', 'magic_link', id, '\x00', now() from identity.user_emails $$, '23514', null,
  'an unknown token purpose is refused');
select throws_ok($$ insert into identity_private.user_tokens (user_uuid, purpose, secret_hash, expires_at)
                    values ('00000000-0000-4000-8000-00000000aaaa', 'email_verification', '\x00', now()) $$, '23502', null,
  'an email verification token without its address is refused');
select throws_ok($$ insert into identity_private.user_tokens (user_uuid, purpose, secret_hash, expires_at)
                    values ('00000000-0000-4000-8000-00000000aaaa', 'password_reset', '\x00', now()) $$, '23502', null,
  'a password reset token without the address it was sent to is refused');
select lives_ok($$ insert into identity_private.user_tokens (user_uuid, purpose, email_id, secret_hash, expires_at)
                   select '00000000-0000-4000-8000-00000000aaaa', 'email_verification', id, '\x00', now() from identity.user_emails $$,
  'an email verification token for an address is accepted');
select throws_ok($$ insert into identity_private.user_tokens (user_uuid, purpose, email_id, secret_hash, expires_at)
                    select '00000000-0000-4000-8000-00000000aaaa', 'password_reset', id, '\x00', now() from identity.user_emails $$,
  '23505', null, 'two tokens with the same hash are refused (tokens are found by their hash)');

/*
 * Nobody but the owner touches these tables.
 */
select table_privs_are('identity_private', 'auth_settings', 'app_anonymous', array[]::text[], 'app_anonymous has no privilege on auth_settings');
select table_privs_are('identity_private', 'auth_settings', 'app_user', array[]::text[], 'app_user has no privilege on auth_settings');
select table_privs_are('identity_private', 'auth_settings', 'app_admin', array[]::text[], 'app_admin has no privilege on auth_settings');
select table_privs_are('identity_private', 'login_attempts', 'app_admin', array[]::text[], 'app_admin has no privilege on login_attempts');
select table_privs_are('identity_private', 'user_tokens', 'app_admin', array[]::text[], 'app_admin has no privilege on user_tokens');
select table_privs_are('identity_private', 'mfa_challenges', 'app_admin', array[]::text[], 'app_admin has no privilege on mfa_challenges');
select table_privs_are('identity_private', 'user_recovery_codes', 'app_admin', array[]::text[], 'app_admin has no privilege on user_recovery_codes');

select * from finish();
rollback;

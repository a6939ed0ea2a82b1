-- Account lifecycle, linked providers and MFA: link_provider, refresh_provider_tokens, linked_provider_tokens,
-- unlink_provider, key rotation (reencrypt_secrets); enrol_totp, confirm_totp, generate_recovery_codes,
-- disable_totp, the mfa_required answer of authenticate and complete_mfa_login.
begin;
select plan(195);

-- Cheap hashes: these tests check behaviour, not the cost.
update identity_private.auth_settings set bcrypt_cost = 4;
-- The encryption keys come from the transaction, as the server passes them.
select set_config('idkit.token_keys', 'k1=0123456789abcdef0123', true);
-- This file signs alice in many times within a minute: throttling has its own test (attack_stolen_session_and_throttling).
update identity_private.auth_settings set throttle_sign_ins_per_identifier = 1000, throttle_sign_ins_per_client = 1000;

create temp table people (username text primary key, uuid uuid not null);
create temp table ids (label text primary key, id bigint);
create temp table secrets (label text primary key, value text);
create temp table sessions (label text primary key, role text, user_uuid uuid, session_id uuid, iat bigint, exp bigint, aal integer, auth_time bigint, refresh_token text, mfa_challenge text, device_token text);
create temp table recovery (batch text, n integer, code text, primary key (batch, n));
grant select, insert, update on people, ids, secrets, sessions, recovery to public;

-- RFC 4648 base32 decoding, written independently of the code under test.
create function pg_temp.b32decode(p text) returns bytea
  language plpgsql immutable
as $$
declare
  v_bits text := '';
  v_out bytea := ''::bytea;
begin
  for i in 1 .. length(p) loop
    v_bits := v_bits || (strpos('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', substr(p, i, 1)) - 1)::bit(5)::text;
  end loop;
  for i in 0 .. length(v_bits) / 8 - 1 loop
    v_out := v_out || set_byte('\x00'::bytea, 0, substring(v_bits from i * 8 + 1 for 8)::bit(8)::integer);
  end loop;
  return v_out;
end;
$$;

-- The TOTP code of a user's factor for the current 30-second step (clock_offset applied) plus p_delta steps.
-- Security definer so that it can be called from an API role's statement; it only reads.
create function pg_temp.totp_code(p_username text, p_delta integer) returns text
  language sql stable security definer
as $$
  select identity_private.hotp(
    decode(identity_private.decrypt_secret(f.factor_data, f.factor_key_id), 'hex'),
    floor(extract(epoch from now() + s.clock_offset) / 30)::bigint + p_delta)
  from identity.user_mfa_factors f
  join pg_temp.people p on p.uuid = f.user_uuid
  cross join identity_private.auth_settings s
  where p.username = p_username and f.factor_type = 'totp'
$$;

-- A six-digit code that is valid for none of the steps around now.
create function pg_temp.wrong_code(p_username text) returns text
  language sql stable
as $$
  select c from (values ('000000'), ('111111'), ('222222'), ('333333'), ('444444'), ('555555')) v(c)
  where c not in (select pg_temp.totp_code(p_username, d) from generate_series(-3, 3) d)
  limit 1
$$;

set local role app_anonymous;
insert into people select 'alice', uuid from identity.register_user('alice', 'alice@example.com', 'a-l-i-c-e password 1');
insert into people select 'bob', uuid from identity.register_user('bob', 'bob@example.com', 'b-o-b password 1');
insert into people select 'dave', uuid from identity.register_user('dave', 'dave@example.com', 'd-a-v-e password 1');
insert into people select 'erin', uuid from identity.register_user('erin', 'erin@example.com', 'e-r-i-n password 1');
reset role;
-- erin is an administrator.
insert into identity.user_roles (user_uuid, role_id)
  select p.uuid, r.role_id from people p, identity.roles r where p.username = 'erin' and r.role_name = 'admin';

/*
 * Who may call what.
 */
select function_privs_are('identity', 'link_provider', array['text', 'text', 'text', 'text', 'timestamp with time zone'],
  'app_anonymous', array[]::name[], 'app_anonymous may not execute link_provider');
select function_privs_are('identity', 'link_provider', array['text', 'text', 'text', 'text', 'timestamp with time zone'],
  'app_user', array['EXECUTE'], 'app_user may execute link_provider');
select function_privs_are('identity', 'link_provider', array['text', 'text', 'text', 'text', 'timestamp with time zone'],
  'app_admin', array['EXECUTE'], 'app_admin may execute link_provider');
select function_privs_are('identity', 'link_provider', array['text', 'text', 'text', 'text', 'timestamp with time zone'],
  'public', array[]::name[], 'PUBLIC may not execute link_provider');
select function_privs_are('identity', 'refresh_provider_tokens', array['bigint', 'text', 'text', 'timestamp with time zone'],
  'app_anonymous', array[]::name[], 'app_anonymous may not execute refresh_provider_tokens');
select function_privs_are('identity', 'refresh_provider_tokens', array['bigint', 'text', 'text', 'timestamp with time zone'],
  'app_user', array['EXECUTE'], 'app_user may execute refresh_provider_tokens');
select function_privs_are('identity', 'refresh_provider_tokens', array['bigint', 'text', 'text', 'timestamp with time zone'],
  'app_admin', array['EXECUTE'], 'app_admin may execute refresh_provider_tokens');
select function_privs_are('identity', 'refresh_provider_tokens', array['bigint', 'text', 'text', 'timestamp with time zone'],
  'public', array[]::name[], 'PUBLIC may not execute refresh_provider_tokens');
select function_privs_are('identity', 'linked_provider_tokens', array['bigint'], 'app_anonymous', array[]::name[],
  'app_anonymous may not execute linked_provider_tokens');
select function_privs_are('identity', 'linked_provider_tokens', array['bigint'], 'app_user', array['EXECUTE'],
  'app_user may execute linked_provider_tokens');
select function_privs_are('identity', 'linked_provider_tokens', array['bigint'], 'app_admin', array['EXECUTE'],
  'app_admin may execute linked_provider_tokens');
select function_privs_are('identity', 'linked_provider_tokens', array['bigint'], 'public', array[]::name[],
  'PUBLIC may not execute linked_provider_tokens');
select function_privs_are('identity', 'unlink_provider', array['bigint'], 'app_anonymous', array[]::name[],
  'app_anonymous may not execute unlink_provider');
select function_privs_are('identity', 'unlink_provider', array['bigint'], 'app_user', array['EXECUTE'],
  'app_user may execute unlink_provider');
select function_privs_are('identity', 'unlink_provider', array['bigint'], 'app_admin', array['EXECUTE'],
  'app_admin may execute unlink_provider');
select function_privs_are('identity', 'unlink_provider', array['bigint'], 'public', array[]::name[],
  'PUBLIC may not execute unlink_provider');
select function_privs_are('identity', 'enrol_totp', array[]::name[], 'app_anonymous', array[]::name[],
  'app_anonymous may not execute enrol_totp');
select function_privs_are('identity', 'enrol_totp', array[]::name[], 'app_user', array['EXECUTE'],
  'app_user may execute enrol_totp');
select function_privs_are('identity', 'enrol_totp', array[]::name[], 'app_admin', array['EXECUTE'],
  'app_admin may execute enrol_totp');
select function_privs_are('identity', 'enrol_totp', array[]::name[], 'public', array[]::name[],
  'PUBLIC may not execute enrol_totp');
select function_privs_are('identity', 'confirm_totp', array['text'], 'app_anonymous', array[]::name[],
  'app_anonymous may not execute confirm_totp');
select function_privs_are('identity', 'confirm_totp', array['text'], 'app_user', array['EXECUTE'],
  'app_user may execute confirm_totp');
select function_privs_are('identity', 'confirm_totp', array['text'], 'app_admin', array['EXECUTE'],
  'app_admin may execute confirm_totp');
select function_privs_are('identity', 'confirm_totp', array['text'], 'public', array[]::name[],
  'PUBLIC may not execute confirm_totp');
select function_privs_are('identity', 'generate_recovery_codes', array['text'], 'app_anonymous', array[]::name[],
  'app_anonymous may not execute generate_recovery_codes');
select function_privs_are('identity', 'generate_recovery_codes', array['text'], 'app_user', array['EXECUTE'],
  'app_user may execute generate_recovery_codes');
select function_privs_are('identity', 'generate_recovery_codes', array['text'], 'app_admin', array['EXECUTE'],
  'app_admin may execute generate_recovery_codes');
select function_privs_are('identity', 'generate_recovery_codes', array['text'], 'public', array[]::name[],
  'PUBLIC may not execute generate_recovery_codes');
select function_privs_are('identity', 'disable_totp', array['text'], 'app_anonymous', array[]::name[],
  'app_anonymous may not execute disable_totp');
select function_privs_are('identity', 'disable_totp', array['text'], 'app_user', array['EXECUTE'],
  'app_user may execute disable_totp');
select function_privs_are('identity', 'disable_totp', array['text'], 'app_admin', array['EXECUTE'],
  'app_admin may execute disable_totp');
select function_privs_are('identity', 'disable_totp', array['text'], 'public', array[]::name[],
  'PUBLIC may not execute disable_totp');
select function_privs_are('identity', 'complete_mfa_login', array['text', 'text', 'inet', 'text', 'text', 'text'],
  'app_anonymous', array['EXECUTE'], 'app_anonymous may execute complete_mfa_login');
select function_privs_are('identity', 'complete_mfa_login', array['text', 'text', 'inet', 'text', 'text', 'text'],
  'app_user', array['EXECUTE'], 'app_user may execute complete_mfa_login');
select function_privs_are('identity', 'complete_mfa_login', array['text', 'text', 'inet', 'text', 'text', 'text'],
  'app_admin', array['EXECUTE'], 'app_admin may execute complete_mfa_login');
select function_privs_are('identity', 'complete_mfa_login', array['text', 'text', 'inet', 'text', 'text', 'text'],
  'public', array[]::name[], 'PUBLIC may not execute complete_mfa_login');
select is_empty(
  $$ select r.role from unnest(array['app_anonymous', 'app_user', 'app_admin', 'app_authenticator']) r(role)
     where has_schema_privilege(r.role, 'identity_private', 'USAGE')
        or has_table_privilege(r.role, 'identity_private.user_recovery_codes', 'SELECT')
        or has_table_privilege(r.role, 'identity_private.mfa_challenges', 'SELECT') $$,
  'no API role may read recovery codes or MFA challenges');

set local role app_anonymous;
select throws_ok($$ select identity.link_provider('github', 'gh-anon', 'tok') $$, '42501', null,
  'an anonymous session cannot link a provider (no EXECUTE)');
select throws_ok($$ select identity.linked_provider_tokens(1) $$, '42501', null,
  'an anonymous session cannot read provider tokens (no EXECUTE)');
select throws_ok($$ select identity.enrol_totp() $$, '42501', null,
  'an anonymous session cannot enrol an authenticator (no EXECUTE)');
select throws_ok($$ select access_token from identity.user_auth_providers $$, '42501', null,
  'an anonymous session cannot read user_auth_providers');
reset role;

set local role app_user;
select throws_ok($$ select identity.link_provider('github', 'gh-nobody', 'tok') $$, 'LOGIN', null,
  'an app_user session without claims gets LOGIN from link_provider');
select throws_ok($$ select identity.linked_provider_tokens(1) $$, 'LOGIN', null,
  'an app_user session without claims gets LOGIN from linked_provider_tokens');
select throws_ok($$ select identity.refresh_provider_tokens(1, 'tok') $$, 'LOGIN', null,
  'an app_user session without claims gets LOGIN from refresh_provider_tokens');
select throws_ok($$ select identity.unlink_provider(1) $$, 'LOGIN', null,
  'an app_user session without claims gets LOGIN from unlink_provider');
select throws_ok($$ select identity.enrol_totp() $$, 'LOGIN', null,
  'an app_user session without claims gets LOGIN from enrol_totp');
select throws_ok($$ select identity.confirm_totp('123456') $$, 'LOGIN', null,
  'an app_user session without claims gets LOGIN from confirm_totp');
select throws_ok($$ select identity.generate_recovery_codes() $$, 'LOGIN', null,
  'an app_user session without claims gets LOGIN from generate_recovery_codes');
select throws_ok($$ select identity.disable_totp('123456') $$, 'LOGIN', null,
  'an app_user session without claims gets LOGIN from disable_totp');
reset role;

/*
 * link_provider: tokens stored encrypted with the current key.
 */
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'alice'));
insert into ids select 'alice github', a.id
  from identity.link_provider('github', 'gh-alice', 'gho_ALICE_ACCESS_TOKEN_0001', 'ghr_ALICE_REFRESH_TOKEN_0001',
                                now() + interval '1 hour') a;
reset role;
select results_eq(
  $$ select user_uuid, provider_name::text, external_user_id::text, token_key_id, token_expires_at
     from identity.user_auth_providers where id = (select id from ids where label = 'alice github') $$,
  $$ select uuid, 'github', 'gh-alice', 'k1', now() + interval '1 hour' from people where username = 'alice' $$,
  'link_provider links the external account to the signed-in user under the current key id');
select ok(
  (select access_token is not null and refresh_token is not null
      and position(convert_to('gho_ALICE_ACCESS_TOKEN_0001', 'UTF8') in access_token) = 0
      and position(convert_to('ALICE_ACCESS', 'UTF8') in access_token) = 0
      and position(convert_to('ghr_ALICE_REFRESH_TOKEN_0001', 'UTF8') in refresh_token) = 0
      and position(convert_to('ALICE_REFRESH', 'UTF8') in refresh_token) = 0
   from identity.user_auth_providers where id = (select id from ids where label = 'alice github')),
  'the stored access and refresh tokens do not contain their plaintext bytes');
select results_eq(
  $$ select pgp_sym_decrypt(access_token, '0123456789abcdef0123'), pgp_sym_decrypt(refresh_token, '0123456789abcdef0123')
     from identity.user_auth_providers where id = (select id from ids where label = 'alice github') $$,
  $$ values ('gho_ALICE_ACCESS_TOKEN_0001', 'ghr_ALICE_REFRESH_TOKEN_0001') $$,
  'the stored tokens are OpenPGP ciphertexts under key k1');
select is(
  (select count(*) from identity.login_audit_logs
   where user_uuid = (select uuid from people where username = 'alice') and event_type = 'provider_linked'),
  1::bigint,
  'linking is audited as provider_linked');

set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'alice'));
select results_eq(
  $$ select access_token, refresh_token, token_expires_at from identity.linked_provider_tokens((select id from ids where label = 'alice github')) $$,
  $$ values ('gho_ALICE_ACCESS_TOKEN_0001', 'ghr_ALICE_REFRESH_TOKEN_0001', now() + interval '1 hour') $$,
  'linked_provider_tokens decrypts the tokens for their owner');
select throws_ok($$ select access_token from identity.user_auth_providers $$, '42501', null,
  'app_user cannot select access_token');
select throws_ok($$ select refresh_token from identity.user_auth_providers $$, '42501', null,
  'app_user cannot select refresh_token');
select throws_ok($$ select * from identity.user_auth_providers $$, '42501', null,
  'app_user cannot select * from user_auth_providers');
select results_eq(
  $$ select provider_name::text, external_user_id::text from identity.user_auth_providers $$,
  $$ values ('github', 'gh-alice') $$,
  'app_user reads the non-secret columns of their own link');
select throws_ok($$ select identity.link_provider('GitHub', 'gh-alice-2', 'tok') $$, '23514', null,
  'link_provider: an invalid provider name violates its check constraint (23514)');
select throws_ok($$ select identity.link_provider('github', '', 'tok') $$, '23514', null,
  'link_provider: an empty external user id violates its check constraint (23514)');

-- KEYMS: no usable key configured.
select set_config('idkit.token_keys', '', true);
select throws_ok($$ select identity.link_provider('gitlab', 'gl-alice', 'tok') $$, 'KEYMS', null,
  'link_provider without idkit.token_keys raises KEYMS');
select throws_ok($$ select * from identity.linked_provider_tokens((select id from ids where label = 'alice github')) $$, 'KEYMS', null,
  'linked_provider_tokens without idkit.token_keys raises KEYMS');
select set_config('idkit.token_keys', 'k1=short', true);
select throws_ok($$ select identity.link_provider('gitlab', 'gl-alice', 'tok') $$, 'KEYMS', null,
  'a key shorter than 16 characters is not a key: KEYMS');
select set_config('idkit.token_keys', 'k9=0123456789abcdef0123', true);
select throws_ok($$ select * from identity.linked_provider_tokens((select id from ids where label = 'alice github')) $$, 'KEYMS', null,
  'linked_provider_tokens raises KEYMS when the row''s key id is not configured');
select set_config('idkit.token_keys', 'k1=0123456789abcdef0123', true);
reset role;
select is_empty($$ select 1 from identity.user_auth_providers where provider_name = 'gitlab' $$,
  'nothing was linked without a key');

-- Another user: cannot read, refresh, unlink or take over the link.
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'bob'));
select is_empty($$ select 1 from identity.user_auth_providers $$, 'RLS: bob sees none of alice''s links');
select throws_ok($$ select * from identity.linked_provider_tokens((select id from ids where label = 'alice github')) $$,
  'PRVNF', null,
  'linked_provider_tokens of another user''s link raises the not-found error (PRVNF)');
select throws_ok($$ select identity.refresh_provider_tokens((select id from ids where label = 'alice github'), 'stolen', 'stolen') $$,
  'PRVNF', null,
  'refresh_provider_tokens of another user''s link raises the not-found error (PRVNF)');
select throws_ok($$ select identity.refresh_provider_tokens((select id from ids where label = 'alice github'), 'stolen') $$,
  'PRVNF', null,
  'refresh_provider_tokens of another user''s link without a refresh token raises the not-found error (PRVNF)');
select throws_ok($$ select identity.unlink_provider((select id from ids where label = 'alice github')) $$,
  'PRVNF', null,
  'unlink_provider of another user''s link raises the not-found error (PRVNF)');
select throws_ok($$ select identity.link_provider('github', 'gh-alice', 'gho_BOB_TAKEOVER') $$, 'PRTKN', null,
  'linking an external account already linked to another user raises PRTKN');
insert into ids select 'bob gitlab', a.id from identity.link_provider('gitlab', 'gl-bob', 'glpat_BOB_ACCESS_0001') a;
reset role;
select results_eq(
  $$ select user_uuid, pgp_sym_decrypt(access_token, '0123456789abcdef0123'), pgp_sym_decrypt(refresh_token, '0123456789abcdef0123')
     from identity.user_auth_providers where id = (select id from ids where label = 'alice github') $$,
  $$ select uuid, 'gho_ALICE_ACCESS_TOKEN_0001', 'ghr_ALICE_REFRESH_TOKEN_0001' from people where username = 'alice' $$,
  'alice''s link is untouched by bob''s attempts');
select is(
  (select count(*) from identity.login_audit_logs
   where user_uuid = (select uuid from people where username = 'bob') and event_type = 'provider_linked'),
  1::bigint,
  'only bob''s successful link is audited');

-- The owner re-linking refreshes the tokens of the same link.
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'alice'));
select results_eq(
  $$ select id, token_expires_at from identity.link_provider('github', 'gh-alice', 'gho_ALICE_ACCESS_TOKEN_0002', null, now() + interval '2 hours') $$,
  $$ select id, now() + interval '2 hours' from ids where label = 'alice github' $$,
  're-linking the same external account by its owner keeps the link');
select results_eq(
  $$ select access_token, refresh_token from identity.linked_provider_tokens((select id from ids where label = 'alice github')) $$,
  $$ values ('gho_ALICE_ACCESS_TOKEN_0002', null::text) $$,
  '... and replaces its tokens');

/*
 * refresh_provider_tokens.
 */
select is(identity.refresh_provider_tokens((select id from ids where label = 'alice github'),
  'gho_ALICE_ACCESS_TOKEN_0003', 'ghr_ALICE_REFRESH_TOKEN_0003', now() + interval '3 hours'), true,
  'refresh_provider_tokens stores new tokens');
select results_eq(
  $$ select access_token, refresh_token, token_expires_at from identity.linked_provider_tokens((select id from ids where label = 'alice github')) $$,
  $$ values ('gho_ALICE_ACCESS_TOKEN_0003', 'ghr_ALICE_REFRESH_TOKEN_0003', now() + interval '3 hours') $$,
  '... which decrypt');
select is(identity.refresh_provider_tokens((select id from ids where label = 'alice github'),
  'gho_ALICE_ACCESS_TOKEN_0004', null, now() + interval '4 hours'), true,
  'refresh_provider_tokens with a NULL refresh token returns true');
select results_eq(
  $$ select access_token, refresh_token, token_expires_at from identity.linked_provider_tokens((select id from ids where label = 'alice github')) $$,
  $$ values ('gho_ALICE_ACCESS_TOKEN_0004', 'ghr_ALICE_REFRESH_TOKEN_0003', now() + interval '4 hours') $$,
  '... and keeps the stored refresh token');
select throws_ok($$ select identity.refresh_provider_tokens(-1, 'tok') $$, 'PRVNF', null,
  'refresh_provider_tokens of an unknown link raises the not-found error (PRVNF)');
select throws_ok($$ select identity.refresh_provider_tokens(null, 'tok', 'tok') $$, 'PRVNF', null,
  'refresh_provider_tokens of a NULL link raises the not-found error (PRVNF)');
select set_config('idkit.token_keys', '', true);
select throws_ok($$ select identity.refresh_provider_tokens((select id from ids where label = 'alice github'), 'tok') $$, 'KEYMS', null,
  'refresh_provider_tokens without idkit.token_keys raises KEYMS');
select set_config('idkit.token_keys', 'k1=0123456789abcdef0123', true);
select test_support.act_as((select uuid::text from people where username = 'bob'));
select is(identity.refresh_provider_tokens((select id from ids where label = 'bob gitlab'), 'glpat_BOB_ACCESS_0002'), true,
  'refresh_provider_tokens of a link without a refresh token, giving none');
select results_eq(
  $$ select access_token, refresh_token from identity.linked_provider_tokens((select id from ids where label = 'bob gitlab')) $$,
  $$ values ('glpat_BOB_ACCESS_0002', null::text) $$,
  '... stores the access token and still no refresh token');
reset role;

/*
 * TOTP: known answers first, so that the codes computed below can be trusted.
 */
select is(
  array(select identity_private.hotp(convert_to('12345678901234567890', 'UTF8'), c) from generate_series(0, 9) c),
  array['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'],
  'hotp matches the RFC 4226 test vectors');
select is(
  array(select identity_private.hotp(convert_to('12345678901234567890', 'UTF8'), identity_private.totp_step(to_timestamp(t)))
        from unnest(array[59, 1111111109, 1111111111, 1234567890, 2000000000, 20000000000]::bigint[]) t),
  array['287082', '081804', '050471', '005924', '279037', '353130'],
  'hotp over totp_step matches the RFC 6238 SHA-1 test vectors (last six digits)');
select is(
  array(select identity_private.base32_encode(convert_to(v, 'UTF8')) from unnest(array['f', 'fo', 'foo', 'foob', 'fooba', 'foobar']) v),
  array['MY', 'MZXQ', 'MZXW6', 'MZXW6YQ', 'MZXW6YTB', 'MZXW6YTBOI'],
  'base32_encode matches the RFC 4648 test vectors (without padding)');

/*
 * enrol_totp and confirm_totp.
 */
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'alice'));
insert into secrets select 'alice uri first', identity.enrol_totp();
insert into secrets select 'alice uri', identity.enrol_totp();
-- While enrolling (nothing enabled yet), recovery codes need no authenticator code.
insert into recovery select 'old', row_number() over (), c from identity.generate_recovery_codes() c;
insert into recovery select 'new', row_number() over (), c from identity.generate_recovery_codes() c;
reset role;
select matches((select value from secrets where label = 'alice uri'),
  '^otpauth://totp/pg-identity-kit:alice\?secret=[A-Z2-7]{32}&issuer=pg-identity-kit&algorithm=SHA1&digits=6&period=30$',
  'enrol_totp returns an otpauth URI with a 160-bit base32 secret, SHA1, 6 digits, 30 seconds');
select is(
  (select pg_temp.b32decode(substring(s.value from 'secret=([A-Z2-7]+)')) from secrets s where s.label = 'alice uri'),
  (select decode(identity_private.decrypt_secret(f.factor_data, f.factor_key_id), 'hex') from identity.user_mfa_factors f
   where f.user_uuid = (select uuid from people where username = 'alice')),
  'the URI''s secret base32-decodes to the stored seed');
select results_eq(
  $$ select factor_type::text, is_enabled, factor_key_id, last_used_step from identity.user_mfa_factors
     where user_uuid = (select uuid from people where username = 'alice') $$,
  $$ values ('totp', false, 'k1', null::bigint) $$,
  'enrolling a second time while unconfirmed leaves one pending factor, encrypted under k1');
select isnt(
  (select substring(value from 'secret=([A-Z2-7]+)') from secrets where label = 'alice uri'),
  (select substring(value from 'secret=([A-Z2-7]+)') from secrets where label = 'alice uri first'),
  'a new enrolment has a new secret');
select ok(
  (select position(s.seed in f.factor_data) = 0 and position(convert_to(encode(s.seed, 'hex'), 'UTF8') in f.factor_data) = 0
             and position(convert_to(encode(s.seed, 'base64'), 'UTF8') in f.factor_data) = 0
   from identity.user_mfa_factors f,
        (select pg_temp.b32decode(substring(value from 'secret=([A-Z2-7]+)')) seed from secrets where label = 'alice uri') s
   where f.user_uuid = (select uuid from people where username = 'alice')),
  'factor_data contains the seed neither as bytes nor as hex');

set local role app_anonymous;
select results_eq(
  $$ select role, user_uuid, mfa_challenge from identity.authenticate('alice', 'a-l-i-c-e password 1') $$,
  $$ select 'app_user', uuid, null::text from people where username = 'alice' $$,
  'an unconfirmed factor does not ask for a second step');
reset role;

set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'alice'));
select throws_ok($$ select factor_data from identity.user_mfa_factors $$, '42501', null, 'app_user cannot select factor_data');
select is(identity.confirm_totp(pg_temp.wrong_code('alice')), false, 'confirm_totp with a wrong code returns false');
select is(identity.confirm_totp('12345'), false, 'confirm_totp with five digits returns false');
select is(identity.confirm_totp('abcdef'), false, 'confirm_totp with letters returns false');
select is(identity.confirm_totp(pg_temp.totp_code('alice', -2)), false, 'confirm_totp with the code of two steps ago returns false');
select is(identity.confirm_totp(pg_temp.totp_code('alice', 2)), false, 'confirm_totp with the code of two steps ahead returns false');
select is(identity.confirm_totp(null), null::boolean, 'confirm_totp(NULL) returns NULL');
reset role;
select results_eq(
  $$ select is_enabled, last_used_step from identity.user_mfa_factors where user_uuid = (select uuid from people where username = 'alice') $$,
  $$ values (false, null::bigint) $$,
  'wrong codes leave the factor disabled');
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'alice'));
select is(identity.confirm_totp(pg_temp.totp_code('alice', -1)), true, 'confirm_totp accepts the code of the previous step');
select throws_ok($$ select identity.confirm_totp(pg_temp.totp_code('alice', 0)) $$, 'MFANF', null,
  'confirm_totp with nothing pending raises MFANF');
select throws_ok($$ select identity.enrol_totp() $$, 'MFAON', null, 'enrol_totp while a factor is enabled raises MFAON');
select results_eq(
  $$ select factor_type::text, is_enabled from identity.user_mfa_factors $$,
  $$ values ('totp', true) $$,
  'the factor is enabled, and alice sees it');
reset role;
select is(
  (select last_used_step from identity.user_mfa_factors where user_uuid = (select uuid from people where username = 'alice')),
  identity_private.totp_step(now()) - 1,
  'the accepted step is remembered');
select is(
  (select count(*) from identity.login_audit_logs
   where user_uuid = (select uuid from people where username = 'alice') and event_type = 'mfa_enrolled'),
  1::bigint,
  'confirming is audited once as mfa_enrolled');

set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'bob'));
select is_empty($$ select 1 from identity.user_mfa_factors $$, 'RLS: bob sees none of alice''s factors');
select throws_ok($$ select identity.confirm_totp('123456') $$, 'MFANF', null, 'confirm_totp without an enrolment raises MFANF');
select throws_ok($$ select identity.disable_totp('123456') $$, 'MFANF', null, 'disable_totp without an enabled factor raises MFANF');
select set_config('idkit.token_keys', '', true);
select throws_ok($$ select identity.enrol_totp() $$, 'KEYMS', null, 'enrol_totp without idkit.token_keys raises KEYMS');
select set_config('idkit.token_keys', 'k1=0123456789abcdef0123', true);
reset role;
select is_empty($$ select 1 from identity.user_mfa_factors where user_uuid = (select uuid from people where username = 'bob') $$,
  'nothing was enrolled without a key');

set local role app_admin;
select test_support.act_as((select uuid::text from people where username = 'erin'));
select throws_ok($$ select factor_data from identity.user_mfa_factors $$, '42501', null, 'app_admin cannot select factor_data');
select throws_ok($$ select access_token from identity.user_auth_providers $$, '42501', null, 'app_admin cannot select access_token');
select throws_ok($$ select refresh_token from identity.user_auth_providers $$, '42501', null, 'app_admin cannot select refresh_token');
select is((select count(*) from identity.user_auth_providers), 2::bigint, 'app_admin sees every link''s non-secret columns');
reset role;

/*
 * Recovery codes.
 */
-- (alice generated both batches while enrolling, before confirming: see enrol_totp above.)
select is((select count(distinct code) from recovery where batch = 'new'), 10::bigint,
  'generate_recovery_codes returns 10 distinct codes');
select is_empty($$ select 1 from recovery where code !~ '^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$' $$,
  'each code is 16 base32 characters in groups of four');
select set_eq(
  $$ select code_hash from identity_private.user_recovery_codes where user_uuid = (select uuid from people where username = 'alice') $$,
  $$ select digest(convert_to(replace(code, '-', ''), 'UTF8'), 'sha256') from recovery where batch = 'new' $$,
  'the stored rows are exactly the SHA-256 of the current batch''s codes (the earlier batch is gone)');
select is_empty(
  $$ select 1 from identity_private.user_recovery_codes r, recovery c
     where position(replace(c.code, '-', '') in r::text) > 0 or position(convert_to(replace(c.code, '-', ''), 'UTF8') in r.code_hash) > 0 $$,
  'no recovery code is stored in plain text');
select is(
  (select count(*) from identity.login_audit_logs
   where user_uuid = (select uuid from people where username = 'alice') and event_type = 'recovery_codes_generated'),
  2::bigint,
  'each generation is audited as recovery_codes_generated');

/*
 * Once an authenticator app is enabled, replacing recovery codes needs a current code from it.
 */
set local role app_anonymous;
insert into people select 'rita', uuid from identity.register_user('rita', 'rita@example.com', 'r-i-t-a password 1');
reset role;
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'rita'));
select ok(identity.enrol_totp() like 'otpauth://%', 'rita enrols an authenticator app');
select ok(identity.confirm_totp(pg_temp.totp_code('rita', -1)), 'rita confirms it');
select is_empty($$ select identity.generate_recovery_codes() $$,
  'with an authenticator app enabled, generate_recovery_codes without a code returns nothing');
select is_empty($$ select identity.generate_recovery_codes(pg_temp.totp_code('rita', -1)) $$,
  'generate_recovery_codes with the code already used to confirm returns nothing (replay)');
select is((select count(*) from identity.generate_recovery_codes(pg_temp.totp_code('rita', 0))), 10::bigint,
  'generate_recovery_codes with a current code returns 10 codes');
reset role;
select is(
  (select array_agg(event_type::text || ':' || coalesce(reason, '') order by id) from identity.login_audit_logs
   where user_uuid = (select uuid from people where username = 'rita') and event_type in ('mfa_failure', 'recovery_codes_generated')),
  array['mfa_failure:generate_recovery_codes: wrong code', 'mfa_failure:generate_recovery_codes: wrong code', 'recovery_codes_generated:'],
  'refused generations are audited as mfa_failure, the accepted one as recovery_codes_generated');
select is((select failed_count from identity_private.login_attempts where identifier = 'account:' || (select uuid from people where username = 'rita')),
  2, 'refused generations count towards the lockout');
-- rita's part ends here; her factor would only disturb the key-rotation counts below.
delete from identity.user_mfa_factors where user_uuid = (select uuid from people where username = 'rita');

/*
 * authenticate asks for the second step; complete_mfa_login finishes the sign-in.
 */
set local role app_anonymous;
insert into sessions select 'c1', t.* from identity.authenticate('alice', 'a-l-i-c-e password 1', '203.0.113.1', 'agent:c1', 'fp-c1') t;
reset role;
select results_eq(
  $$ select role, user_uuid, exp from sessions where label = 'c1' $$,
  $$ values ('mfa_required', null::uuid, extract(epoch from now() + interval '5 minutes')::bigint) $$,
  'with an enabled factor, authenticate returns role mfa_required, no user and a 5-minute expiry');
select matches((select mfa_challenge from sessions where label = 'c1'), '^[0-9]+\.[A-Za-z0-9_-]{16,64}$',
  '... and an mfa_challenge <id>.<secret>');
select results_eq(
  $$ select c.user_uuid, c.secret_hash, c.expires_at, c.used_at from identity_private.mfa_challenges c, sessions s
     where s.label = 'c1' and c.id = split_part(s.mfa_challenge, '.', 1)::bigint $$,
  $$ select p.uuid, digest(convert_to(split_part(s.mfa_challenge, '.', 2), 'UTF8'), 'sha256'), now() + interval '5 minutes', null::timestamptz
     from people p, sessions s where p.username = 'alice' and s.label = 'c1' $$,
  'the challenge is stored as a SHA-256 of its secret, for 5 minutes');
select results_eq(
  $$ select event_type::text, ip_address from identity.login_audit_logs where user_agent = 'agent:c1' $$,
  $$ values ('mfa_challenge', '203.0.113.1'::inet) $$,
  'the password step is audited as mfa_challenge and not as login_success');
select is_empty(
  $$ select 1 from identity.user_devices where device_fingerprint = 'fp-c1' $$,
  'the password step records no device');

set local role app_anonymous;
select ok(identity.complete_mfa_login((select mfa_challenge from sessions where label = 'c1'), pg_temp.totp_code('alice', -1),
  '203.0.113.1', 'agent:c1 replay') is null,
  'complete_mfa_login with the code already used to confirm returns NULL (replay)');
select ok(identity.complete_mfa_login((select mfa_challenge from sessions where label = 'c1'), pg_temp.wrong_code('alice'),
  '203.0.113.1', 'agent:c1 wrong') is null,
  'complete_mfa_login with a wrong code returns NULL');
reset role;
select results_eq(
  $$ select event_type::text, reason from identity.login_audit_logs where user_agent in ('agent:c1 replay', 'agent:c1 wrong') order by user_agent $$,
  $$ values ('mfa_failure', 'wrong code'), ('mfa_failure', 'wrong code') $$,
  'each refused code is audited as mfa_failure');
select is(
  (select failed_count from identity_private.login_attempts where identifier = 'account:' || (select uuid from people where username = 'alice')),
  2,
  'refused codes count towards the account''s lockout');

set local role app_anonymous;
insert into sessions select 'c1 done', t.*
  from identity.complete_mfa_login((select mfa_challenge from sessions where label = 'c1'), pg_temp.totp_code('alice', 0),
                                     '203.0.113.2', 'agent:c1 done', 'fp-c1') t;
reset role;
select results_eq(
  $$ select role, user_uuid, exp, mfa_challenge, aal from sessions where label = 'c1 done' $$,
  $$ select 'app_user', p.uuid, extract(epoch from now() + s.access_token_lifetime)::bigint, null::text, 2
     from people p, identity_private.auth_settings s where p.username = 'alice' $$,
  'complete_mfa_login with the current code returns a full app_user session at assurance level 2');
select results_eq(
  $$ select event_type::text, ip_address from identity.login_audit_logs where user_agent = 'agent:c1 done' order by id $$,
  $$ values ('mfa_success', '203.0.113.2'::inet), ('device_new', '203.0.113.2'::inet), ('login_success', '203.0.113.2'::inet) $$,
  'the second step is audited as mfa_success, then the device and login_success');
select is_empty(
  $$ select 1 from identity_private.login_attempts where identifier = 'account:' || (select uuid from people where username = 'alice') $$,
  'the successful second step clears the lockout counter');
select is(
  (select used_at from identity_private.mfa_challenges c, sessions s where s.label = 'c1' and c.id = split_part(s.mfa_challenge, '.', 1)::bigint),
  now(),
  'the challenge is marked used');
select is((select count(*) from identity.user_devices where device_fingerprint = 'fp-c1'), 1::bigint,
  'the second step records the device');

set local role app_anonymous;
select ok(identity.complete_mfa_login((select mfa_challenge from sessions where label = 'c1'), pg_temp.totp_code('alice', 1)) is null,
  'a used challenge returns NULL, even with a valid code');
insert into sessions select 'c2', t.* from identity.authenticate('alice', 'a-l-i-c-e password 1') t;
select results_eq(
  $$ select role, user_uuid from identity.complete_mfa_login((select mfa_challenge from sessions where label = 'c2'), pg_temp.totp_code('alice', 1)) $$,
  $$ select 'app_user', uuid from people where username = 'alice' $$,
  'the code of the next step is accepted (clock drift)');
insert into sessions select 'c3', t.* from identity.authenticate('alice', 'a-l-i-c-e password 1') t;
select ok(identity.complete_mfa_login((select mfa_challenge from sessions where label = 'c3'), pg_temp.totp_code('alice', 1)) is null,
  'the same code on a new challenge returns NULL (replay)');
select ok(identity.complete_mfa_login((select mfa_challenge from sessions where label = 'c3'), pg_temp.totp_code('alice', 0)) is null,
  'a code older than the last accepted one returns NULL');

-- Recovery codes instead of the authenticator.
select results_eq(
  $$ select role, user_uuid from identity.complete_mfa_login((select mfa_challenge from sessions where label = 'c3'),
       (select lower(code) from recovery where batch = 'new' and n = 1)) $$,
  $$ select 'app_user', uuid from people where username = 'alice' $$,
  'an unused recovery code completes the sign-in (letter case and dashes do not matter)');
insert into sessions select 'c4', t.* from identity.authenticate('alice', 'a-l-i-c-e password 1') t;
select ok(identity.complete_mfa_login((select mfa_challenge from sessions where label = 'c4'),
  (select code from recovery where batch = 'new' and n = 1)) is null,
  'a recovery code works only once');
select ok(identity.complete_mfa_login((select mfa_challenge from sessions where label = 'c4'),
  (select code from recovery where batch = 'old' and n = 3)) is null,
  'a code of a replaced batch returns NULL');
select results_eq(
  $$ select role, user_uuid from identity.complete_mfa_login((select mfa_challenge from sessions where label = 'c4'),
       (select replace(code, '-', '') from recovery where batch = 'new' and n = 2)) $$,
  $$ select 'app_user', uuid from people where username = 'alice' $$,
  'a recovery code without dashes completes the sign-in');
reset role;
select set_eq(
  $$ select r.code_hash from identity_private.user_recovery_codes r where r.used_at is not null $$,
  $$ select digest(convert_to(replace(code, '-', ''), 'UTF8'), 'sha256') from recovery where batch = 'new' and n in (1, 2) $$,
  'exactly the two recovery codes used are marked used');

-- Expired and forged challenges.
set local role app_anonymous;
insert into sessions select 'c5', t.* from identity.authenticate('alice', 'a-l-i-c-e password 1') t;
reset role;
update identity_private.mfa_challenges set expires_at = now()
  where id = (select split_part(mfa_challenge, '.', 1)::bigint from sessions where label = 'c5');
set local role app_anonymous;
select ok(identity.complete_mfa_login((select mfa_challenge from sessions where label = 'c5'),
  (select code from recovery where batch = 'new' and n = 3)) is null,
  'an expired challenge returns NULL, even with a valid recovery code');
insert into sessions select 'c6', t.* from identity.authenticate('alice', 'a-l-i-c-e password 1') t;
select ok(identity.complete_mfa_login((select split_part(mfa_challenge, '.', 1) || '.' || repeat('A', 32) from sessions where label = 'c6'),
  (select code from recovery where batch = 'new' and n = 3)) is null,
  'a challenge with a forged secret returns NULL');
select ok(identity.complete_mfa_login('999999999.' || repeat('A', 32), (select code from recovery where batch = 'new' and n = 3)) is null,
  'an unknown challenge id returns NULL');
select ok(identity.complete_mfa_login('garbage', (select code from recovery where batch = 'new' and n = 3)) is null,
  'a malformed challenge returns NULL');
select ok(identity.complete_mfa_login(repeat('9', 30) || '.' || repeat('A', 32), (select code from recovery where batch = 'new' and n = 3)) is null,
  'an oversized challenge id returns NULL rather than an error');
select ok(identity.complete_mfa_login(null, (select code from recovery where batch = 'new' and n = 3)) is null,
  'a NULL challenge returns NULL');
select ok(identity.complete_mfa_login((select mfa_challenge from sessions where label = 'c6'), null) is null,
  'a NULL code returns NULL');
reset role;
select is((select count(*) from identity_private.user_recovery_codes where used_at is not null), 2::bigint,
  'refused challenges use up no recovery code');

-- Lockout at the second step.
delete from identity_private.login_attempts;
update identity_private.auth_settings set lockout_max_attempts = 3;
set local role app_anonymous;
insert into sessions select 'c7', t.* from identity.authenticate('alice', 'a-l-i-c-e password 1') t;
select is(
  array[identity.complete_mfa_login((select mfa_challenge from sessions where label = 'c7'), pg_temp.wrong_code('alice'), null, 'lock:1') is null,
        identity.complete_mfa_login((select mfa_challenge from sessions where label = 'c7'), pg_temp.wrong_code('alice'), null, 'lock:2') is null,
        identity.complete_mfa_login((select mfa_challenge from sessions where label = 'c7'), 'AAAA-AAAA-AAAA-AAAA', null, 'lock:3') is null],
  array[true, true, true],
  'three wrong codes (authenticator or recovery) each return NULL');
select ok(identity.complete_mfa_login((select mfa_challenge from sessions where label = 'c7'),
  (select code from recovery where batch = 'new' and n = 4), '192.0.2.44', 'lock:4') is null,
  'after lockout_max_attempts failures even a valid recovery code returns NULL');
select ok(identity.authenticate('alice', 'a-l-i-c-e password 1', null, 'lock:5') is null,
  'the lock also refuses the password step');
reset role;
select results_eq(
  $$ select event_type::text, reason from identity.login_audit_logs where user_agent like 'lock:%' order by user_agent $$,
  $$ values ('mfa_failure', 'wrong code'), ('mfa_failure', 'wrong code'), ('mfa_failure', 'wrong code'),
            ('login_locked', 'locked at second step'), ('login_locked', 'locked') $$,
  'the three failures are audited as mfa_failure, the refused right code as login_locked');
select is((select used_at from identity_private.user_recovery_codes where code_hash =
            (select digest(convert_to(replace(code, '-', ''), 'UTF8'), 'sha256') from recovery where batch = 'new' and n = 4)),
  null::timestamptz,
  'the recovery code refused by the lock is not used up');
delete from identity_private.login_attempts;
update identity_private.auth_settings set lockout_max_attempts = 5;

-- A sign-in whose account is suspended between the two steps does not complete.
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'dave'));
insert into secrets select 'dave uri', identity.enrol_totp();
select is(identity.confirm_totp(pg_temp.totp_code('dave', 0)), true, 'dave confirms his authenticator with the current code');
reset role;
set local role app_anonymous;
insert into sessions select 'dave c1', t.* from identity.authenticate('dave', 'd-a-v-e password 1') t;
reset role;
update identity.user_status set status = 'suspended' where user_uuid = (select uuid from people where username = 'dave');
set local role app_anonymous;
select ok(identity.complete_mfa_login((select mfa_challenge from sessions where label = 'dave c1'), pg_temp.totp_code('dave', 1),
  null, 'dave:suspended') is null,
  'complete_mfa_login returns NULL for an account suspended after the password step');
reset role;
select is_empty($$ select 1 from identity.login_audit_logs where user_agent = 'dave:suspended' and event_type = 'login_success' $$,
  '... and audits no login_success for it');
update identity.user_status set status = 'active' where user_uuid = (select uuid from people where username = 'dave');

/*
 * Key rotation: k2 becomes current, k1 still decrypts; reencrypt_secrets moves everything to k2.
 */
select set_config('idkit.token_keys', 'k2=fedcba9876543210fedcba98,k1=0123456789abcdef0123', true);
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'alice'));
select results_eq(
  $$ select access_token, refresh_token from identity.linked_provider_tokens((select id from ids where label = 'alice github')) $$,
  $$ values ('gho_ALICE_ACCESS_TOKEN_0004', 'ghr_ALICE_REFRESH_TOKEN_0003') $$,
  'with k2 current and k1 still configured, a k1 link decrypts');
select is(identity.refresh_provider_tokens((select id from ids where label = 'alice github'), 'gho_ALICE_ACCESS_TOKEN_0005'), true,
  'refreshing only the access token after the rotation');
reset role;
select results_eq(
  $$ select token_key_id, pgp_sym_decrypt(access_token, 'fedcba9876543210fedcba98'), pgp_sym_decrypt(refresh_token, 'fedcba9876543210fedcba98')
     from identity.user_auth_providers where id = (select id from ids where label = 'alice github') $$,
  $$ values ('k2', 'gho_ALICE_ACCESS_TOKEN_0005', 'ghr_ALICE_REFRESH_TOKEN_0003') $$,
  '... re-encrypts the kept refresh token under the new key with the access token');
select is(identity_private.reencrypt_secrets(), 3,
  'reencrypt_secrets re-encrypts the rows still under k1 (bob''s link, alice''s and dave''s factors)');
select is_empty(
  $$ select 1 from identity.user_auth_providers where token_key_id is distinct from 'k2'
     union all select 1 from identity.user_mfa_factors where factor_key_id is distinct from 'k2' $$,
  'every provider link and factor is now under k2');
select is(identity_private.reencrypt_secrets(), 0, 'a second run has nothing to do');
select set_config('idkit.token_keys', 'k2=fedcba9876543210fedcba98', true);
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'bob'));
select results_eq(
  $$ select access_token, refresh_token from identity.linked_provider_tokens((select id from ids where label = 'bob gitlab')) $$,
  $$ values ('glpat_BOB_ACCESS_0002', null::text) $$,
  'with only k2 configured, a re-encrypted link decrypts');
select test_support.act_as((select uuid::text from people where username = 'alice'));
select results_eq(
  $$ select access_token, refresh_token from identity.linked_provider_tokens((select id from ids where label = 'alice github')) $$,
  $$ values ('gho_ALICE_ACCESS_TOKEN_0005', 'ghr_ALICE_REFRESH_TOKEN_0003') $$,
  'with only k2 configured, the link refreshed after the rotation decrypts');
select set_config('idkit.token_keys', 'k1=0123456789abcdef0123', true);
select throws_ok($$ select * from identity.linked_provider_tokens((select id from ids where label = 'alice github')) $$, 'KEYMS', null,
  'with only the old key configured, a rotated link raises KEYMS');
select set_config('idkit.token_keys', 'k2=fedcba9876543210fedcba98', true);
reset role;
select is(
  (select pg_temp.b32decode(substring(s.value from 'secret=([A-Z2-7]+)')) from secrets s where s.label = 'alice uri'),
  (select decode(identity_private.decrypt_secret(f.factor_data, f.factor_key_id), 'hex') from identity.user_mfa_factors f
   where f.user_uuid = (select uuid from people where username = 'alice')),
  'the re-encrypted seed is still the enrolled one');

/*
 * disable_totp (a few minutes later, with k2 only).
 */
update identity_private.auth_settings set clock_offset = interval '5 minutes';
set local role app_anonymous;
insert into sessions select 'c8', t.* from identity.authenticate('alice', 'a-l-i-c-e password 1') t;
select results_eq(
  $$ select role, user_uuid from identity.complete_mfa_login((select mfa_challenge from sessions where label = 'c8'), pg_temp.totp_code('alice', 0)) $$,
  $$ select 'app_user', uuid from people where username = 'alice' $$,
  'after the rotation the authenticator still signs in');
reset role;
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'alice'));
select is(identity.disable_totp(pg_temp.wrong_code('alice')), false, 'disable_totp with a wrong code returns false');
select is(identity.disable_totp(pg_temp.totp_code('alice', 0)), false, 'disable_totp with the code just used to sign in returns false (replay)');
select is(identity.disable_totp(null), null::boolean, 'disable_totp(NULL) returns NULL');
select is((select count(*) from identity.user_mfa_factors where is_enabled), 1::bigint, 'the refused attempts leave the factor enabled');
select is(identity.disable_totp(pg_temp.totp_code('alice', 1)), true, 'disable_totp with a fresh code returns true');
select is_empty($$ select 1 from identity.user_mfa_factors $$, 'the factor is gone');
select throws_ok($$ select identity.disable_totp('123456') $$, 'MFANF', null, 'disabling again raises MFANF');
reset role;
select is_empty($$ select 1 from identity_private.user_recovery_codes where user_uuid = (select uuid from people where username = 'alice') $$,
  'disabling drops the recovery codes');
select is(
  (select count(*) from identity.login_audit_logs
   where user_uuid = (select uuid from people where username = 'alice') and event_type = 'mfa_disabled'),
  1::bigint,
  'disabling is audited once as mfa_disabled');
set local role app_anonymous;
select results_eq(
  $$ select role, user_uuid, mfa_challenge from identity.authenticate('alice', 'a-l-i-c-e password 1') $$,
  $$ select 'app_user', uuid, null::text from people where username = 'alice' $$,
  'without a factor, authenticate returns a full session again');
reset role;

/*
 * unlink_provider.
 */
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'alice'));
select is(identity.unlink_provider((select id from ids where label = 'alice github')), true, 'unlink_provider removes the user''s link');
select throws_ok($$ select identity.unlink_provider((select id from ids where label = 'alice github')) $$,
  'PRVNF', null, 'unlinking again raises the not-found error (PRVNF)');
select is(identity.unlink_provider(null), null::boolean, 'unlink_provider(NULL) returns NULL');
reset role;
select is_empty($$ select 1 from identity.user_auth_providers where id = (select id from ids where label = 'alice github') $$,
  'the link is gone');
select is((select count(*) from identity.user_auth_providers where id = (select id from ids where label = 'bob gitlab')), 1::bigint,
  'bob''s link is untouched');
select is(
  (select count(*) from identity.login_audit_logs
   where user_uuid = (select uuid from people where username = 'alice') and event_type = 'provider_unlinked'),
  1::bigint,
  'unlinking is audited once as provider_unlinked');
set local role app_user;
select test_support.act_as((select uuid::text from people where username = 'bob'));
select lives_ok($$ select identity.link_provider('github', 'gh-alice', 'gho_BOB_ACCESS_0001') $$,
  'once unlinked, the external account may be linked by another user');
reset role;

select * from finish();
rollback;

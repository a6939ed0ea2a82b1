-- Sessions: created by a sign-in, checked on every statement, refreshed with rotation and reuse detection,
-- ended by sign-out, revocation, password changes and account status. Every check as the API roles.
begin;
select plan(57);

update identity_private.auth_settings set bcrypt_cost = 4;
create temp table grants (label text primary key, role text, user_uuid uuid, session_id uuid, iat bigint, exp bigint,
  aal integer, auth_time bigint, refresh_token text, mfa_challenge text, device_token text);
grant select, insert, update on grants to public;
create temp table people as
  select (identity.register_user(n, n || '@sessions.example', 'pw of ' || reverse(n) || ' 1')).uuid, n as username
  from unnest(array['sam', 'tess', 'uma', 'admin_ann']) n;
grant select on people to public;
insert into identity.user_roles (user_uuid, role_id)
  select p.uuid, r.role_id from people p, identity.roles r where p.username = 'admin_ann' and r.role_name = 'admin';

-- Runs as the signed-in user of a grant, the way the server sets the claims of a verified access token.
create function pg_temp.act_with(label text) returns void language sql as $$
  select set_config('jwt.claims.user_uuid', coalesce((select user_uuid::text from grants g where g.label = act_with.label), ''), true),
         set_config('jwt.claims.session_id', coalesce((select session_id::text from grants g where g.label = act_with.label), ''), true);
$$;
create function pg_temp.sign_in(label text, login text, fingerprint text default null) returns void language sql as $$
  insert into grants select label, g.* from identity.authenticate(login, 'pw of ' || reverse(login) || ' 1', null, null, fingerprint) g;
$$;
create function pg_temp.refresh(label text, token_of text) returns void language sql as $$
  insert into grants select label, g.* from identity.refresh_session((select refresh_token from grants where grants.label = token_of)) g;
$$;

/*
 * A sign-in creates a session; nothing stored lets anyone resume it.
 */
select set_config('idkit.request_meta', 'server', true), set_config('idkit.client_ip', '203.0.113.7', true),
       set_config('idkit.user_agent', 'agent:sam', true);
set local role app_anonymous;
select pg_temp.sign_in('sam 1', 'sam', 'fp-sam');
reset role;
select set_config('idkit.request_meta', '', true);
select results_eq(
  $$ select s.user_uuid, s.aal, s.authenticated_at, s.ip_address, s.user_agent, d.device_fingerprint::text, s.revoked_at
     from identity.user_sessions s join grants g on g.session_id = s.id left join identity.user_devices d on d.id = s.device_id
     where g.label = 'sam 1' $$,
  $$ select uuid, 1::smallint, now(), '203.0.113.7'::inet, 'agent:sam', 'fp-sam', null::timestamptz from people where username = 'sam' $$,
  'authenticate creates a session of assurance level 1, with the time, client address, user agent and device');
select results_eq(
  $$ select s.expires_at, s.refreshed_at from identity.user_sessions s join grants g on g.session_id = s.id where g.label = 'sam 1' $$,
  $$ values (now() + interval '30 days', now()) $$,
  'the session expires 30 days after the sign-in (absolute) and counts as refreshed now');
select results_eq(
  $$ select g.role, g.exp - g.iat, g.aal, g.auth_time from grants g where g.label = 'sam 1' $$,
  $$ values ('app_user', 300::bigint, 1, extract(epoch from now())::bigint) $$,
  'the grant carries the role, a 5-minute access token, the assurance level and auth_time');
select matches((select refresh_token from grants where label = 'sam 1'), '^[0-9a-f-]{36}\.0\.[A-Za-z0-9_-]{43}$',
  'the refresh token names the session, its counter and a 256-bit secret');
select is_empty(
  $$ select 1 from identity_private.user_session_secrets k, grants g
     where g.label = 'sam 1' and (position(split_part(g.refresh_token, '.', 3) in encode(k.rotation_key, 'escape')) > 0
       or k.refresh_token_hash = identity_private.base64url_decode(split_part(g.refresh_token, '.', 3))
       or k.rotation_key = identity_private.base64url_decode(split_part(g.refresh_token, '.', 3))) $$,
  'the refresh secret itself is not stored, only its hash');

/*
 * The database checks the session on every statement.
 */
set local role app_user;
select pg_temp.act_with('sam 1');
select is(identity.current_user_uuid(), (select uuid from people where username = 'sam'), 'a live session is its user');
select is(identity.current_session_id(), (select session_id from grants where label = 'sam 1'), 'current_session_id names it');
select set_config('jwt.claims.session_id', gen_random_uuid()::text, true);
select is(identity.current_user_uuid(), null::uuid, 'a session id that does not exist is nobody');
select set_config('jwt.claims.session_id', (select session_id::text from grants where label = 'sam 1'), true),
       set_config('jwt.claims.user_uuid', (select uuid::text from people where username = 'tess'), true);
select is(identity.current_user_uuid(), null::uuid, 'a session claimed for another user is nobody');
select set_config('jwt.claims.user_uuid', (select uuid::text from people where username = 'sam'), true),
       set_config('jwt.claims.session_id', '', true);
select is(identity.current_user_uuid(), null::uuid, 'a user claim without a session is nobody');
reset role;

/*
 * Refresh: rotation, the grace window for racing tabs, reuse detection.
 */
set local role app_anonymous;
select pg_temp.refresh('sam 2', 'sam 1');
select pg_temp.refresh('sam 2 again', 'sam 1');
reset role;
select matches((select refresh_token from grants where label = 'sam 2'), '\.1\.', 'a refresh returns the next refresh token');
select is((select refresh_token from grants where label = 'sam 2 again'), (select refresh_token from grants where label = 'sam 2'),
  'the token just rotated away, inside the grace window, returns the same successor (two tabs refreshing at once)');
select is((select session_id from grants where label = 'sam 2'), (select session_id from grants where label = 'sam 1'),
  'a refresh keeps the session');
select is((select count(*)::int from identity.login_audit_logs l join people p on p.uuid = l.user_uuid
           where p.username = 'sam' and l.event_type not in ('register', 'device_new', 'login_success')), 0,
  'routine refreshes write no audit rows');
set local role app_anonymous;
select ok(identity.refresh_session((select session_id::text from grants where label = 'sam 1') || '.1.' || repeat('A', 43)) is null,
  'a forged secret for a real session is refused');
select ok(identity.refresh_session('not a token') is null, 'a malformed token is refused');
select ok(identity.refresh_session(gen_random_uuid()::text || '.0.' || repeat('A', 43)) is null, 'an unknown session is refused');
reset role;
select is((select revoked_at from identity.user_sessions s join grants g on g.session_id = s.id where g.label = 'sam 1'), null,
  'a forged token does not end the session it names');

update identity_private.auth_settings set refresh_reuse_interval = interval '0';
set local role app_anonymous;
select pg_temp.refresh('sam 3', 'sam 2');
select ok(identity.refresh_session((select refresh_token from grants where label = 'sam 1')) is null,
  'a token two rotations old is refused');
reset role;
select results_eq(
  $$ select s.revoke_reason, s.revoked_by from identity.user_sessions s join grants g on g.session_id = s.id where g.label = 'sam 1' $$,
  $$ values ('refresh_token_reuse', null::uuid) $$,
  'reusing a rotated-away token after the grace window ends the whole session');
select is((select count(*)::int from identity.login_audit_logs l join people p on p.uuid = l.user_uuid
           where p.username = 'sam' and l.event_type = 'refresh_token_reuse'), 1, 'the reuse is audited');
set local role app_anonymous;
select ok(identity.refresh_session((select refresh_token from grants where label = 'sam 3')) is null,
  'the newest token of a session ended for reuse is refused too');
reset role;
set local role app_user;
select pg_temp.act_with('sam 3');
select is(identity.current_user_uuid(), null::uuid, 'the access tokens of a session ended for reuse stop at their next statement');
reset role;
update identity_private.auth_settings set refresh_reuse_interval = interval '10 seconds';

/*
 * Idle and absolute limits.
 */
set local role app_anonymous;
select pg_temp.sign_in('tess 1', 'tess');
select pg_temp.sign_in('tess 2', 'tess');
reset role;
update identity.user_sessions s set refreshed_at = now() - interval '8 days', created_at = now() - interval '9 days'
  from grants g where g.label = 'tess 1' and s.id = g.session_id;
set local role app_anonymous;
select ok(identity.refresh_session((select refresh_token from grants where label = 'tess 1')) is null,
  'a session idle for longer than session_idle_timeout cannot be refreshed');
reset role;
update identity.user_sessions s set expires_at = now() - interval '1 second', created_at = now() - interval '31 days'
  from grants g where g.label = 'tess 2' and s.id = g.session_id;
set local role app_user;
select pg_temp.act_with('tess 2');
select is(identity.current_user_uuid(), null::uuid, 'a session past its absolute expiry is nobody');
reset role;
set local role app_anonymous;
select ok(identity.refresh_session((select refresh_token from grants where label = 'tess 2')) is null,
  'a session past its absolute expiry cannot be refreshed');
reset role;

/*
 * Where you are signed in, and signing out.
 */
set local role app_anonymous;
select pg_temp.sign_in('uma 1', 'uma', 'fp-uma-1');
select pg_temp.sign_in('uma 2', 'uma', 'fp-uma-2');
select pg_temp.sign_in('uma 3', 'uma');
select pg_temp.sign_in('uma 4', 'uma');
reset role;
update identity.user_devices set device_name = 'Uma''s phone' where device_fingerprint = 'fp-uma-2';
set local role app_user;
select pg_temp.act_with('uma 2');
select results_eq(
  $$ select s.id, identity.user_sessions_is_current(s), identity.user_sessions_device_name(s) from identity.my_sessions() s order by s.created_at, s.id $$,
  $$ select g.session_id, g.label = 'uma 2', case g.label when 'uma 2' then 'Uma''s phone' end
     from grants g join identity.user_sessions s on s.id = g.session_id where g.label like 'uma %' order by s.created_at, s.id $$,
  'my_sessions lists the user''s live sessions, marks the current one and names its device');
select is((select count(*)::int from identity.user_sessions), 4, 'a user sees only their own sessions');
select is(identity.revoke_session((select session_id from grants where label = 'sam 2')), false,
  'revoking another user''s session by its id does nothing');
select is(identity.revoke_session((select session_id from grants where label = 'uma 1')), true, 'a user revokes one of their sessions by id');
select is((select count(*)::int from identity.my_sessions()), 3, 'it is gone from the list');
select is(identity.sign_out('others'), 2, 'signing out the others ends every session but this one');
select is(identity.current_user_uuid(), (select uuid from people where username = 'uma'), 'this one goes on');
select throws_ok($$ select identity.sign_out('everywhere') $$, '22023', null, 'an unknown scope is refused');
select is(identity.sign_out(), 1, 'signing out (local) ends this session');
select is(identity.current_user_uuid(), null::uuid, 'its access token stops working at the next statement');
select throws_ok($$ select identity.sign_out() $$, 'LOGIN', null, 'signing out without a session is refused');
reset role;
select results_eq(
  $$ select l.event_type::text, l.reason from identity.login_audit_logs l join people p on p.uuid = l.user_uuid
     where p.username = 'uma' and l.event_type in ('sign_out', 'session_revoked') order by l.id $$,
  $$ select * from (values ('session_revoked', format('1 session(s), revoked_by_user, by %s', (select uuid from people where username = 'uma'))),
                           ('sign_out', format('2 session(s), sign_out, by %s', (select uuid from people where username = 'uma'))),
                           ('sign_out', format('1 session(s), sign_out, by %s', (select uuid from people where username = 'uma')))) v $$,
  'revocations and sign-outs are audited once per call, naming who ended them');
set local role app_anonymous;
select ok(identity.refresh_session((select refresh_token from grants where label = 'uma 2')) is null,
  'a signed-out session cannot be refreshed');
select pg_temp.sign_in('uma 5', 'uma');
select pg_temp.sign_in('uma 6', 'uma');
reset role;
set local role app_user;
select pg_temp.act_with('uma 5');
select is(identity.sign_out('global'), 2, 'a global sign-out ends every session of the user');
reset role;

/*
 * Password changes and resets.
 */
set local role app_anonymous;
select pg_temp.sign_in('sam 4', 'sam');
select pg_temp.sign_in('sam 5', 'sam');
reset role;
set local role app_user;
select pg_temp.act_with('sam 4');
select ok(identity.change_password('pw of mas 1', 'another passphrase 2'), 'sam changes the password');
select is(identity.current_user_uuid(), (select uuid from people where username = 'sam'), 'the session that changed the password goes on');
select pg_temp.act_with('sam 5');
select is(identity.current_user_uuid(), null::uuid, 'every other session of the user ends with a password change');
reset role;
update identity.user_emails set is_verified = true where email = 'sam@sessions.example';
set local role app_anonymous;
select ok(identity.reset_password(
  (identity.request_password_reset('sam@sessions.example')).token, 'yet another passphrase 3'), 'a password reset succeeds');
reset role;
set local role app_user;
select pg_temp.act_with('sam 4');
select is(identity.current_user_uuid(), null::uuid, 'a password reset ends every session, the current one included');
reset role;

/*
 * Suspension ends sessions for good; administrators revoke every session of an account.
 */
set local role app_anonymous;
select pg_temp.sign_in('ann 1', 'admin_ann');
select pg_temp.sign_in('tess 3', 'tess');
select pg_temp.sign_in('tess 4', 'tess');
reset role;
select is((select role from grants where label = 'ann 1'), 'app_admin', 'an administrator''s grant has the app_admin role');
set local role app_user;
select pg_temp.act_with('tess 3');
select throws_ok($$ select identity.revoke_user_sessions((select uuid from people where username = 'sam')) $$, '42501', null,
  'an ordinary user may not call revoke_user_sessions');
reset role;
set local role app_admin;
select pg_temp.act_with('ann 1');
select ok(identity.set_account_status((select uuid from people where username = 'tess'), 'suspended', 'testing'), 'tess is suspended');
select ok(identity.set_account_status((select uuid from people where username = 'tess'), 'active', 'back'), 'and reactivated');
reset role;
select results_eq(
  $$ select s.revoke_reason, s.revoked_by from identity.user_sessions s join grants g on g.session_id = s.id where g.label = 'tess 3' $$,
  $$ select 'account_suspended', uuid from people where username = 'admin_ann' $$,
  'suspension ended the session, naming the administrator');
set local role app_user;
select pg_temp.act_with('tess 4');
select is(identity.current_user_uuid(), null::uuid, 'after reactivation the old sessions stay dead');
reset role;
set local role app_anonymous;
select ok(identity.refresh_session((select refresh_token from grants where label = 'tess 4')) is null,
  'and their refresh tokens stay dead');
select pg_temp.sign_in('tess 5', 'tess');
reset role;
set local role app_admin;
select pg_temp.act_with('ann 1');
select is(identity.revoke_user_sessions((select uuid from people where username = 'tess')), 1,
  'an administrator ends every live session of an account');
select throws_ok($$ select identity.revoke_user_sessions(gen_random_uuid()) $$, 'USRNF', null, 'an unknown account is refused');
reset role;

/*
 * A first step that needs a second factor creates no session; nothing secret is readable by API roles.
 */
insert into identity.user_mfa_factors (user_uuid, factor_type, factor_data, is_enabled)
  select uuid, 'totp', '\x00'::bytea, true from people where username = 'uma';
set local role app_anonymous;
select pg_temp.sign_in('uma mfa', 'uma');
reset role;
select is((select role from grants where label = 'uma mfa'), 'mfa_required', 'an account with an authenticator app gets a challenge');
select is((select count(*)::int from identity.user_sessions s join people p on p.uuid = s.user_uuid
           where p.username = 'uma' and s.created_at = now() and s.revoked_at is null), 0,
  'the mfa_required step creates no session');
select ok(not has_table_privilege('app_user', 'identity_private.user_session_secrets', 'select')
          and not has_schema_privilege('app_user', 'identity_private', 'usage'), 'no API role can read refresh state');

select * from finish();
rollback;

-- Issue 10, point 6, written as the attack: reauthenticate counted its failures under the account's key, so
-- five wrong passwords at the sign-in form from anywhere locked the signed-in owner out of every security
-- setting (re-authentication failed even with the right password). It counts under the session's device now.
begin;
select plan(6);

update identity_private.auth_settings set bcrypt_cost = 4;
create temp table grants (label text primary key, user_uuid uuid, session_id uuid);
grant select, insert on grants to public;

set local role app_anonymous;
select identity.register_user('reauth_rosa', 'reauth_rosa@example.com', 'velvet canyon drum 6');
insert into grants select 'rosa laptop', g.user_uuid, g.session_id from identity.authenticate('reauth_rosa', 'velvet canyon drum 6') g;

-- The attack: five wrong passwords for rosa from another address lock the account's key.
select set_config('idkit.request_meta', 'server', true);
select set_config('idkit.client_ip', '203.0.113.77', true);
select is(count(*)::integer, 5, 'five wrong passwords from elsewhere fail')
  from generate_series(1, 5) i where identity.authenticate('reauth_rosa', 'guess ' || i) is null;
select is(identity.authenticate('reauth_rosa', 'velvet canyon drum 6'), null, 'the account is locked for callers without a device token');

-- Rosa, signed in on her laptop, re-authenticates for a security setting.
select set_config('idkit.client_ip', '192.0.2.44', true);
select set_config('jwt.claims.user_uuid', user_uuid::text, true), set_config('jwt.claims.session_id', session_id::text, true)
  from grants where label = 'rosa laptop';
set local role app_user;
select is(identity.reauthenticate('velvet canyon drum 6'), true,
  'the owner''s session re-authenticates despite the lockout the attacker caused');

-- A stolen session guessing the password locks only its own device.
select is(count(*)::integer, 5, 'five wrong passwords through the session fail')
  from generate_series(1, 5) i where not identity.reauthenticate('session guess ' || i);
select is(identity.reauthenticate('velvet canyon drum 6'), false, 'then that session''s device is locked, even with the right password');
reset role;
select is((select failed_count from identity_private.login_attempts
           where identifier = 'account:' || (select user_uuid from grants where label = 'rosa laptop')), 5,
  'the session''s failures went to its device''s key, not the account''s');

select * from finish();
rollback;

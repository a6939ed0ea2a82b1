-- Issue 10, point 7: identity_private.maintain removes what no longer serves (expired tokens and MFA challenges,
-- failure counters past their window) in bounded batches, and keeps everything still alive.
begin;
select plan(13);

update identity_private.auth_settings set bcrypt_cost = 4;
create temp table people (username text primary key, uuid uuid not null);
insert into people select 'alice', uuid from identity.register_user('alice', 'alice@example.com', 'lantern copper fig 2');
insert into identity_private.user_tokens (user_uuid, purpose, email_id, secret_hash, expires_at)
  select p.uuid, 'email_verification', e.id, identity_private.sha256(g::text), now() + case when g <= 5 then interval '-1 minute' else interval '1 hour' end
  from people p join identity.user_emails e on e.user_uuid = p.uuid, generate_series(1, 7) g;
insert into identity_private.mfa_challenges (user_uuid, secret_hash, expires_at)
  select p.uuid, identity_private.sha256('c' || g), now() + case when g <= 3 then interval '-1 minute' else interval '5 minutes' end
  from people p, generate_series(1, 4) g;
insert into identity_private.login_attempts (identifier, failed_count, first_failed_at)
  select 'login:old' || g, 5, identity_private.auth_now() - interval '16 minutes' from generate_series(1, 4) g;
insert into identity_private.login_attempts (identifier, failed_count, first_failed_at)
  values ('login:recent', 5, identity_private.auth_now() - interval '14 minutes');

select results_eq($$ select task, deleted from identity_private.maintain(2) $$,
  $$ values ('user_tokens', 2::bigint), ('login_attempts', 2::bigint), ('mfa_challenges', 2::bigint), ('throttle_counters', 0::bigint) $$,
  'one round deletes at most batch_size rows of each kind');
select results_eq($$ select task, deleted from identity_private.maintain(2) $$,
  $$ values ('user_tokens', 2::bigint), ('login_attempts', 2::bigint), ('mfa_challenges', 1::bigint), ('throttle_counters', 0::bigint) $$,
  'the next round goes on where it stopped');
select results_eq($$ select task, deleted from identity_private.maintain(2) $$,
  $$ values ('user_tokens', 1::bigint), ('login_attempts', 0::bigint), ('mfa_challenges', 0::bigint), ('throttle_counters', 0::bigint) $$,
  'until nothing is left');
select is((select count(*) from identity_private.user_tokens), 2::bigint, 'live tokens stay');
select is((select count(*) from identity_private.mfa_challenges), 1::bigint, 'live challenges stay');
select results_eq($$ select identifier::text from identity_private.login_attempts $$, array['login:recent'],
  'a failure counter inside its window stays');
select results_eq($$ select task, deleted from identity_private.maintain() $$,
  $$ values ('user_tokens', 0::bigint), ('login_attempts', 0::bigint), ('mfa_challenges', 0::bigint), ('throttle_counters', 0::bigint) $$,
  'a round with nothing to do deletes nothing (default batch size)');
select throws_ok($$ select * from identity_private.maintain(0) $$, '22023', null, 'batch_size 0 is refused');
select throws_ok($$ select * from identity_private.maintain(100001) $$, '22023', null, 'batch_size over 100000 is refused');
select isnt_definer('identity_private', 'maintain', array['integer'], 'maintain runs with the caller''s rights (the owner, or a superuser from cron)');
select function_privs_are('identity_private', 'maintain', array['integer'], 'app_user', array[]::name[], 'API roles may not run maintain');
select function_privs_are('identity_private', 'maintain', array['integer'], 'public', array[]::name[], 'PUBLIC may not run maintain');
select has_index('identity_private', 'user_tokens', 'user_tokens_expires_at_idx', 'expired tokens are found by an index, so a batch stays cheap');

select * from finish();
rollback;

-- Issue 10, point 3, written as the attack: one-time tokens reveal nothing. Tokens carried sequential ids,
-- reset_password answered differently for a live id and an unknown one, and five wrong guesses from anyone
-- killed any user's pending token.
begin;
select plan(20);

update identity_private.auth_settings set bcrypt_cost = 4;
create temp table people (username text primary key, uuid uuid not null);
create temp table mail (label text primary key, recipient text, token text);
grant select, insert, update on people, mail to public;
set local role app_anonymous;
insert into people select 'alice', uuid from identity.register_user('alice', 'alice@example.com', 'lantern copper fig 2');
insert into people select 'bob', uuid from identity.register_user('bob', 'bob@example.com', 'orbit velvet moss 3');
reset role;
update identity.user_emails set is_verified = true where email = 'alice@example.com';

set local role app_anonymous;
insert into mail select 'replaced', r.recipient, r.token from identity.request_password_reset('alice@example.com') r;
insert into mail select 'decoy', r.recipient, r.token from identity.request_password_reset('nobody@example.com') r;
-- A second request replaces the first.
insert into mail select 'alice reset', r.recipient, r.token from identity.request_password_reset('alice@example.com') r;
reset role;
insert into mail values ('expired', 'alice@example.com', identity_private.random_token(32)), ('unknown', null, identity_private.random_token(32));
insert into identity_private.user_tokens (user_uuid, purpose, email_id, secret_hash, expires_at)
  select p.uuid, 'password_reset', e.id, identity_private.sha256(m.token), now() - interval '1 second'
  from people p join identity.user_emails e on e.user_uuid = p.uuid, mail m
  where p.username = 'alice' and m.label = 'expired';
select set_config('role', 'app_user', true);
select test_support.act_as((select uuid::text from people where username = 'bob'));
insert into mail select 'bob verify', r.recipient, r.token
  from identity.request_email_verification((select id from identity.user_emails where email = 'bob@example.com')) r;
reset role;

/*
 * Unguessable: 256 random bits, no id, no sequence; only a hash is stored.
 */
select matches(token, '^[A-Za-z0-9_-]{43}$', label || ': 43 URL-safe characters (256 bits), no id part')
  from mail where label in ('alice reset', 'decoy', 'bob verify') order by label;
select is((select count(*) from identity_private.user_tokens t join mail m on t.secret_hash = identity_private.sha256(m.token)
           where m.label in ('alice reset', 'bob verify', 'expired')), 3::bigint,
  'tokens are stored as the SHA-256 of the token');
select hasnt_column('identity_private', 'user_tokens', 'attempts', 'there is no attempt counter anybody could exhaust');

/*
 * Every bad token answers the same, for both functions.
 */
set local role app_anonymous;
select is(identity.reset_password(token, 'brand new secret 7'), false,
  'reset_password: ' || label || ' token answers false like every other (the API layers say TOKEN)')
  from (values
    ('unknown', (select token from mail where label = 'unknown')),
    ('decoy', (select token from mail where label = 'decoy')),
    ('expired', (select token from mail where label = 'expired')),
    ('replaced', (select token from mail where label = 'replaced')),
    ('wrong', left((select token from mail where label = 'alice reset'), 42) || 'x'),
    ('malformed', 'x'),
    ('old-style', '1.AAAAAAAAAAAAAAAAAAAAAAAA'),
    ('verification', (select token from mail where label = 'bob verify'))
  ) t(label, token) order by label;
select is(identity.verify_email(token), false,
  'verify_email: ' || label || ' token answers false like every other (the API layers say TOKEN)')
  from (values
    ('unknown', (select token from mail where label = 'unknown')),
    ('wrong', left((select token from mail where label = 'bob verify'), 42) || 'x'),
    ('reset', (select token from mail where label = 'alice reset'))
  ) t(label, token) order by label;

/*
 * Nobody but the holder can use a token up: a thousand wrong tries change nothing.
 */
reset role;
do $$
begin
  for i in 1 .. 1000 loop
    begin
      perform identity.reset_password(identity_private.random_token(32), 'brand new secret 7');
    exception when sqlstate 'TOKEN' then null;
    end;
  end loop;
end;
$$;
set local role app_anonymous;
select ok(identity.reset_password((select token from mail where label = 'alice reset'), 'brand new secret 7'),
  'after a thousand wrong tries alice''s token still resets her password');
select is(identity.reset_password((select token from mail where label = 'alice reset'), 'another new secret 8'), false,
  'a used token answers false like every other');
select ok(identity.verify_email((select token from mail where label = 'bob verify')), 'bob''s verification token works once');
select is(identity.verify_email((select token from mail where label = 'bob verify')), false,
  '... and then answers false like every other');
reset role;

select * from finish();
rollback;

-- Issue 10, point 5, written as the attack: a call that raised rolled its own throttle count back, so
-- add_email was an unthrottled oracle telling whether another account verified an address (EMTKN), and
-- bad tokens for verify_email and reset_password were never counted. Now those calls answer without an
-- error, their count stays, and a flood of them meets THROT after the limit.
begin;
select plan(14);

update identity_private.auth_settings set bcrypt_cost = 4;
create temp table people (username text primary key, uuid uuid not null);
create temp table mail (label text primary key, recipient text, token text);
grant select, insert, update on people, mail to public;
select set_config('idkit.request_meta', 'server', true);

set local role app_anonymous;
insert into people select 'vic', uuid from identity.register_user('vic', 'vic@example.com', 'violet harbour sting 4');
insert into people select 'mal', uuid from identity.register_user('mal', 'mal@example.com', 'copper lantern moth 8');
reset role;
update identity.user_emails set is_verified = true where email = 'vic@example.com';

/*
 * add_email tells nothing about other accounts, and every call counts.
 */
select set_config('idkit.client_ip', '198.51.100.70', true);
select test_support.act_as((select uuid::text from people where username = 'mal'));
set local role app_user;
select is((identity.add_email('VIC@example.com')).is_verified, false,
  'adding an address another account verified is accepted as an unverified claim, like any other');
select is((identity.add_email('vic@example.com')).email::text, 'vic@example.com',
  'adding it again returns the same claim (no error either)');
select is((identity.add_email('nobody.yet@example.com')).is_verified, false, 'an address nobody has is answered the same way');
insert into mail select 'mal claims vic', r.recipient, r.token
  from identity.request_email_verification((select id from identity.user_emails where email = 'vic@example.com')) r;
reset role;
select is((select count(*)::integer from identity_private.user_tokens t join identity.user_emails e on e.id = t.email_id
           where e.email = 'vic@example.com'), 0,
  'the verification of a claim another account verified is a decoy: no token is stored');
select matches((select token from mail where label = 'mal claims vic'), '^[A-Za-z0-9_-]{43}$', '... with the shape of a real one');
set local role app_anonymous;
select is(identity.verify_email((select token from mail where label = 'mal claims vic')), false,
  'so the owner of the address cannot be led to verify mal''s claim');
reset role;
select is((select user_uuid from identity.user_emails where email = 'vic@example.com' and is_verified),
  (select uuid from people where username = 'vic'), 'vic keeps the verified address');
set local role app_user;
select lives_ok($$ select identity.add_email('vic@example.com') $$, 'the fourth call in the window is answered');
select lives_ok($$ select identity.add_email('vic@example.com') $$, 'the fifth too');
select throws_ok($$ select identity.add_email('vic@example.com') $$, 'THROT', null,
  'the sixth add_email of the account in the window is refused: the earlier ones were all counted');
reset role;
select test_support.act_as('');

/*
 * Bad tokens count: 20 calls per client address and window.
 */
select set_config('idkit.client_ip', '198.51.100.71', true);
set local role app_anonymous;
select is(count(*)::integer, 20, '20 bad verification tokens from one address answer false')
  from generate_series(1, 20) i where identity.verify_email(md5(i::text) || md5((i + 1)::text)) = false;
select throws_ok($$ select identity.verify_email('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA') $$, 'THROT', null,
  'the 21st is refused with THROT');
select set_config('idkit.client_ip', '198.51.100.72', true);
select is(count(*)::integer, 20, '20 bad reset tokens from another address answer false')
  from generate_series(1, 20) i where identity.reset_password(md5(i::text) || md5((i + 1)::text), 'brand new secret 7') = false;
select throws_ok($$ select identity.reset_password('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'brand new secret 7') $$, 'THROT', null,
  'the 21st is refused with THROT');
reset role;

select * from finish();
rollback;

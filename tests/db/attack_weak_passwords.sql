-- Issue 10, point 8, written as the attack: passwords such as `password12`, `1234567890` or the account's own
-- email address were accepted. The policy follows NIST SP 800-63B: a minimum length, a list of common and
-- breached passwords, nothing that contains the username or an address's local part, no composition rules.
begin;
select plan(21);

update identity_private.auth_settings set bcrypt_cost = 4;
create temp table people (username text primary key, uuid uuid not null);
create temp table mail (label text primary key, recipient text, token text);
grant select, insert, update on people, mail to public;

select cmp_ok((select count(*) from identity_private.common_passwords), '>=', 10000::bigint,
  'the list of common passwords holds at least 10,000 entries');
select ok(exists (select 1 from identity_private.common_passwords where password = 'password12'), 'password12 is on the list');

set local role app_anonymous;
select throws_ok($$ select identity.register_user('pw_a', 'pw_a@example.com', 'password12') $$,
  'WEAKP', 'The password is on a list of common or breached passwords; choose another', 'register: password12 is refused as common');
select throws_ok($$ select identity.register_user('pw_b', 'pw_b@example.com', '1234567890') $$,
  'WEAKP', 'The password is on a list of common or breached passwords; choose another', 'register: 1234567890 is refused as common');
select throws_ok($$ select identity.register_user('pw_c', 'pw_c@example.com', 'PassWord12') $$,
  'WEAKP', 'The password is on a list of common or breached passwords; choose another', 'the list ignores ASCII letter case');
select throws_ok($$ select identity.register_user('pw_d', 'someone@example.com', 'someone@example.com') $$,
  'WEAKP', 'The password must not contain the part of the email address before the @', 'register: the own email address is refused');
select throws_ok($$ select identity.register_user('pw_e', 'Someone.Else@example.com', 'my SOMEONE.ELSE secret') $$,
  'WEAKP', 'The password must not contain the part of the email address before the @', 'register: the local part in any ASCII case is refused');
select throws_ok($$ select identity.register_user('Gandalf', 'g@example.com', 'you shall not pass gandalf') $$,
  'WEAKP', 'The password must not contain the username', 'register: a password containing the username is refused');
select throws_ok($$ select identity.register_user('pw_f', 'pw_f@example.com', 'short') $$,
  'WEAKP', 'The password must be at least 10 characters long', 'the minimum length names its rule');
select lives_ok($$ insert into people select 'frodo', uuid from identity.register_user('frodo', 'ab@example.com', 'abyss of the ring 1') $$,
  'a local part shorter than 3 characters is not a forbidden substring');
select lives_ok($$ insert into people select 'sam', uuid from identity.register_user('sam', 'gamgee@example.com', 'alllowercaseletters') $$,
  'no composition rules: lower-case letters only are fine');
select lives_ok($$ insert into people select 'pippin', uuid from identity.register_user('pippin', 'pippin@example.com', '€€€€€€€€€€') $$,
  'no composition rules: any characters are fine');
reset role;

/*
 * The same policy for a password change (the signed-in account's username and addresses) and a reset.
 */
select set_config('role', 'app_user', true);
select test_support.act_as((select uuid::text from people where username = 'sam'));
select lives_ok($$ select identity.add_email('gardener@example.com') $$, 'sam adds a second address');
select throws_ok($$ select identity.change_password('alllowercaseletters', 'qwertyuiop') $$,
  'WEAKP', 'The password is on a list of common or breached passwords; choose another', 'change_password: a common password is refused');
select throws_ok($$ select identity.change_password('alllowercaseletters', 'I am SAM the brave') $$,
  'WEAKP', 'The password must not contain the username', 'change_password: the username is refused');
select throws_ok($$ select identity.change_password('alllowercaseletters', 'the gardener of shire') $$,
  'WEAKP', 'The password must not contain the part of the email address before the @',
  'change_password: the local part of any address of the account is refused');
select ok(identity.change_password('alllowercaseletters', 'potatoes boiled mashed'), 'change_password: a fine password is accepted');
reset role;
update identity.user_emails set is_verified = true where email = 'gamgee@example.com';
set local role app_anonymous;
insert into mail select 'sam', r.recipient, r.token from identity.request_password_reset('gamgee@example.com') r;
select throws_ok($$ select identity.reset_password((select token from mail), '1234567890') $$,
  'WEAKP', 'The password is on a list of common or breached passwords; choose another', 'reset_password: a common password is refused');
select throws_ok($$ select identity.reset_password((select token from mail), 'gamgee and the ring') $$,
  'WEAKP', 'The password must not contain the part of the email address before the @', 'reset_password: the account''s local part is refused');
select is(identity.reset_password('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'gamgee and the ring'), false,
  'reset_password: with a bad token the account rules are never reached (nothing about the account leaks)');
select ok(identity.reset_password((select token from mail), 'second breakfast please'),
  'reset_password: the refused tries did not use the token up');
reset role;

select * from finish();
rollback;

-- Issue 10, point 2, written as the attack: identifiers compare by the kit's own rules on every database
-- locale. tests/identifier-locales.test.ts also runs this file on databases created with the C, C.UTF-8 and
-- en_US.UTF-8 locales, where citext and lower() fold 'İ' to 'i' and the Kelvin sign to 'k'.
begin;
select plan(38);

select diag('database locale: ' || datcollate || ' / ' || datctype) from pg_database where datname = current_database();
-- What the attack relied on: citext (and lower()) under this locale.
select diag(format('citext here: bob@gİthub.example = bob@github.example is %s, K (Kelvin sign) = k is %s',
  U&'bob@g\0130thub.example'::citext = 'bob@github.example'::citext, U&'\212A'::citext = 'k'::citext));

update identity_private.auth_settings set bcrypt_cost = 4;
create temp table people (username text primary key, uuid uuid not null);
create temp table mail (label text primary key, recipient text, token text);
grant select, insert, update on people, mail to public;
set local role app_anonymous;
insert into people select 'bob', uuid from identity.register_user('bob', 'bob@github.example', 'lantern copper fig 2');
insert into people select 'kate', uuid from identity.register_user('kate', 'kate@example.com', 'orbit velvet moss 3');
insert into people select 'jose', uuid from identity.register_user('jose', 'josé@example.com', 'quartz meadow tin 4');
reset role;
update identity.user_emails set is_verified = true;

/*
 * The 2019 GitHub attack: a reset for a look-alike address must never return bob's token.
 */
set local role app_anonymous;
select throws_ok($$ select identity.request_password_reset(U&'bob@g\0130thub.example') $$, 'BADEM', null,
  'a reset for bob@gİthub.example (dotted capital I in the domain) is refused: domains must be ASCII');
select throws_ok($$ select identity.request_password_reset(U&'bob@g\0131thub.example') $$, 'BADEM', null,
  'a reset for bob@gıthub.example (dotless i in the domain) is refused');
select throws_ok($$ select identity.request_password_reset(U&'bob@\FF47ithub.example') $$, 'BADEM', null,
  'a reset for a full-width letter in the domain is refused');
insert into mail select 'dotted', r.recipient, r.token from identity.request_password_reset(U&'k\0130te@example.com') r;
insert into mail select 'dotless', r.recipient, r.token from identity.request_password_reset(U&'k\0131te@example.com') r;
insert into mail select 'fullwidth', r.recipient, r.token from identity.request_password_reset(U&'\FF42ob@github.example') r;
reset role;
select is((select count(*) from identity_private.user_tokens), 0::bigint,
  'resets for kİte@, kıte@ and ｂob@ (non-ASCII letters in the local part) issue no token for kate or bob');
select is((select recipient from mail where label = 'dotted'), U&'k\0130te@example.com',
  'İ in a local part is kept as it is (no locale folding)');
select is((select recipient from mail where label = 'dotless'), U&'k\0131te@example.com',
  'ı in a local part is kept as it is');
select is((select recipient from mail where label = 'fullwidth'), U&'\FF42ob@github.example',
  'full-width letters are kept as they are');

-- The Kelvin sign is canonically equivalent to K: NFC makes it the ASCII letter, so the token is kate's
-- and goes to her stored address, not to what was typed.
set local role app_anonymous;
insert into mail select 'kelvin', r.recipient, r.token from identity.request_password_reset(U&'\212Aate@example.com') r;
reset role;
select is((select recipient from mail where label = 'kelvin'), 'kate@example.com',
  'a reset typed with the Kelvin sign is the stored address''s (kate@example.com): mail goes there');
select is((select user_uuid from identity_private.user_tokens), (select uuid from people where username = 'kate'),
  'and the token is kate''s');

/*
 * The normalised forms.
 */
select is(identity.normalize_email('  Bob@GitHub.EXAMPLE '), 'bob@github.example', 'ASCII letters fold, spaces around go');
select is(identity.normalize_email(U&'jose\0301@example.com'), U&'jos\00E9@example.com', 'NFD becomes NFC');
select is(identity.normalize_email(U&'\212Aate@example.com'), 'kate@example.com', 'the Kelvin sign becomes k');
select is(identity.normalize_email(U&'K\0130@example.com'), U&'k\0130@example.com', 'İ is not folded');
select is(identity.normalize_email(U&'\00C9mile@example.com'), U&'\00C9mile@example.com', 'É is not folded either: only A-Z');
select is(identity.normalize_email('ada@xn--bcher-kva.example'), 'ada@xn--bcher-kva.example', 'an IDNA A-label domain is accepted');
select is(identity.normalize_email(U&'ada@b\00FCcher.example'), null, 'a U-label domain is refused (send it as xn--)');
select is(identity.normalize_email(U&'ada\00A0x@example.com'), null, 'a no-break space in the local part is refused');
select is(identity.normalize_email(U&'ada\200Bx@example.com'), null, 'a zero-width space in the local part is refused');
select is(identity.normalize_email(U&'ada\202Ex@example.com'), null, 'a bidirectional override in the local part is refused');
select is(identity.normalize_email(U&'ada\FE0Fx@example.com'), null, 'a variation selector in the local part is refused');
select is(identity.normalize_email(U&'ada\+0E0041x@example.com'), null, 'a tag character in the local part is refused');
select is(identity.normalize_email(U&'\00FCber.\+01F600@example.com'), U&'\00FCber.\+01F600@example.com', 'other non-ASCII characters are kept (RFC 6531)');
select is(identity.normalize_username(U&'\212Aate'), 'kate', 'usernames: the Kelvin sign is k');
select is(identity.normalize_username(U&'B\0130LL'), U&'b\0130ll', 'usernames: İ is not folded');
select is(identity.normalize_username(U&'BILL'), 'bill', 'usernames: I is i on every locale (no Turkish dotless ı)');

/*
 * Sign-in lookups and uniqueness use the same rules.
 */
select is(identity_private.user_uuid_for_login(U&'bob@g\0130thub.example'), null, 'sign-in: bob@gİthub.example is nobody');
select is(identity_private.user_uuid_for_login(U&'\FF42ob'), null, 'sign-in: the full-width username ｂob is nobody');
select is(identity_private.user_uuid_for_login(U&'\212Aate'), (select uuid from people where username = 'kate'),
  'sign-in: the username typed with the Kelvin sign is kate');
select is(identity_private.user_uuid_for_login(U&'jose\0301@EXAMPLE.com'), (select uuid from people where username = 'jose'),
  'sign-in: the NFD spelling of josé''s address is josé''s');
select is(identity_private.user_uuid_for_login(U&'JOS\00C9@example.com'), null,
  'sign-in: JOSÉ@ is not josé@ (only A-Z fold)');
set local role app_anonymous;
select lives_ok(
  $$ insert into people select 'jose2', uuid from identity.register_user('jose2', U&'jose\0301@example.com', 'quartz meadow tin 4') $$,
  'registering the NFD spelling of a verified address is no error (it becomes an unverified claim)');
select is((identity.register_user('BOB', 'other@example.com', 'quartz meadow tin 4')).uuid, null,
  'usernames are unique whatever the ASCII letter case (a taken one answers NULL)');
select lives_ok($$ select identity.register_user('kate2', U&'k\0131te@example.com', 'quartz meadow tin 4') $$,
  'kıte@example.com is another address than kate@example.com');
reset role;
select results_eq(
  $$ select email::text, is_verified from identity.user_emails where user_uuid = (select uuid from people where username = 'jose2') $$,
  $$ values (U&'jos\00E9@example.com', false) $$,
  '... the NFD spelling is stored as josé''s address in NFC, unverified');
select set_config('role', 'app_user', true);
select test_support.act_as((select uuid::text from people where username = 'jose'));
select throws_ok($$ update identity.user_profiles set username = 'KATE' where user_uuid = (select uuid from people where username = 'jose') $$,
  '23505', null, 'renaming oneself to another''s username in other letters is refused by the same rule');
select lives_ok($$ update identity.user_profiles set username = 'Jose_M' where user_uuid = (select uuid from people where username = 'jose') $$,
  'renaming oneself to a free username works (the rule runs with the user''s own rights)');
reset role;
select is((select email from identity.user_emails e join identity.user_profiles p using (user_uuid) where p.user_uuid = (select uuid from people where username = 'jose')),
  U&'jos\00E9@example.com', 'addresses are stored normalised');
select is_empty(
  $$ select table_name, column_name from information_schema.columns
     where table_schema = 'identity' and table_name in ('user_emails', 'user_profiles') and udt_name = 'citext' $$,
  'no identifier column is citext (compared by the server''s locale)');

select * from finish();
rollback;

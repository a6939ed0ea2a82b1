--! Previous: sha1:97abb4691b0e60e0cf5c62cde758c08fb430791c
--! Hash: sha1:61de2811f6349956785bd2a8e7f186b48ff2cd9f
--! Message: register_user reveals nothing and every call counts: an address another account verified becomes an unverified claim (no EMTKN), a taken username answers NULL (UNTKN raised after commit by the API layers)

set local lock_timeout = '5s';
set local statement_timeout = '60s';

/*
 * Issue 10, points 1 and 5: register_user was the last oracle. It raised EMTKN for an address another
 * account verified and UNTKN for a taken username, and an error rolls the call's throttle count back
 * with it (no autonomous transactions), so one client could probe unlimited addresses and usernames.
 *
 * AN ADDRESS ANOTHER ACCOUNT VERIFIED is no longer refused: the account is created with an unverified
 * claim of it, like any other address (uniqueness blocks verified addresses only). Such a claim can never
 * be verified (request_email_verification hands out a decoy for it, verify_email refuses it) and never
 * signs in (sign-in by email takes verified addresses only), so registering somebody else's address gains
 * nothing, and the answer is the same as for a free address, so it reveals nothing.
 *
 * A TAKEN USERNAME answers NULL instead of raising (also when a concurrent registration takes it first),
 * so the call's count commits; the typed client and GraphQL turn the NULL into UNTKN after the commit
 * (src/server/post-commit-errors.ts).
 */
create or replace function app_public.register_user(username text, email text, password text, display_name text default null)
  returns app_public.users
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user app_public.users;
  v_email text := app_public.normalize_email(email);
  v_constraint text;
begin
  perform app_private.assert_account_call_allowed('register_user', v_email);
  if v_email is null then
    raise exception 'The email address is not valid' using errcode = 'BADEM';
  end if;
  if username is null or char_length(username) not between 3 and 32 or username !~ '^[A-Za-z][A-Za-z0-9_]*$' then
    raise exception 'The username must be 3 to 32 letters, digits or underscores, starting with a letter'
      using errcode = 'BADUN';
  end if;
  if display_name is not null and char_length(btrim(display_name)) not between 1 and 100 then
    raise exception 'The display name must be 1 to 100 characters long' using errcode = 'BADDN';
  end if;
  perform app_private.assert_valid_password(password, null, username, array[v_email]);
  -- Whether another account verified the address is never asked: the claim is stored either way.

  begin
    insert into app_public.users default values returning * into v_user;
    insert into app_public.user_profiles (user_uuid, username, display_name)
      values (v_user.uuid, username, nullif(btrim(display_name), ''));
    insert into app_public.user_emails (user_uuid, email, is_primary)
      values (v_user.uuid, v_email, true);
  exception when unique_violation then
    -- Also reached when a concurrent registration commits the same name first. The block's writes are
    -- rolled back, the throttle count above stays.
    get stacked diagnostics v_constraint = constraint_name;
    if v_constraint = 'user_profiles_username_key' then
      return null; -- the username is taken: the API layers answer UNTKN once this call's count is committed
    end if;
    raise;
  end;
  insert into app_public.user_roles (user_uuid, role_id)
    select v_user.uuid, r.role_id from app_public.roles r where r.role_name = 'user';
  insert into app_private.user_credentials (user_uuid, password_hash)
    values (v_user.uuid, app_private.hash_password(password));
  perform app_private.audit('register', v_user.uuid);
  return v_user;
end;
$$;
comment on function app_public.register_user(text, text, text, text) is
  E'Creates an account with its profile, primary email (unverified), `user` role and password, and records a `register` event. NULL when the username is taken (any letter case); the typed client and the GraphQL API turn it into the error UNTKN once the call''s throttle count is committed. An address another account verified is accepted as an unverified claim, like any other: it can never be verified nor sign in, and the answer does not tell. Throttled per client and per address. Errors: THROT, BADEM, BADUN, BADDN, WEAKP, LONGP (and UNTKN from the API layers).';

comment on function app_private.assert_account_call_allowed(text, text) is
  E'Throttles register_user, request_password_reset, verify_email, reset_password and add_email per client address (all together) and per identifier (per function); raises THROT over a limit. The functions check what depends on the caller''s input alone before or after it, and answer what depends on stored data without an error after it (a taken username is NULL, a bad token false), so the count of a failing call is kept (reset_password''s account rules behind a valid token are the exception).';

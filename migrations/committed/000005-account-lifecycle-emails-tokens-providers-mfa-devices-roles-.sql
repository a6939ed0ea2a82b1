--! Previous: sha1:0258b9e7123521ef14f646498fa7c7a468461b64
--! Hash: sha1:59774c8c3c5e79d81a70f7f418a7cfbfeacdb71c
--! Message: account lifecycle: emails, tokens, providers, MFA, devices, roles and status

/*
 * Encryption keys for secrets that must be read back (provider tokens, TOTP seeds). They live outside
 * the database: the server passes them per transaction in the setting `idkit.token_keys`, formatted
 * `kid=key[,kid=key...]`; the first is current, the others still decrypt older rows (rotation).
 */
create function app_private.token_key(key_id text default null) returns table (kid text, key text)
  language plpgsql stable
  set search_path = pg_catalog, pg_temp
as $$
declare
  v_entry text;
begin
  foreach v_entry in array string_to_array(coalesce(current_setting('idkit.token_keys', true), ''), ',') loop
    kid := split_part(v_entry, '=', 1);
    key := substr(v_entry, length(kid) + 2);
    if kid <> '' and length(key) >= 16 and (key_id is null or kid = key_id) then
      return next;
      return;
    end if;
  end loop;
  raise exception 'The encryption key % is not configured', coalesce(key_id, '(current)')
    using errcode = 'KEYMS', hint = 'Set idkit.token_keys (IDKIT_TOKEN_KEYS) in the server configuration.';
end;
$$;
comment on function app_private.token_key(text) is
  E'The encryption key with this id (the current key when NULL) from the setting idkit.token_keys; raises KEYMS when missing.';

create function app_private.encrypt_secret(plaintext text, out key_id text, out ciphertext bytea)
  language plpgsql stable
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_key record;
begin
  select * into v_key from app_private.token_key(null);
  key_id := v_key.kid;
  ciphertext := pgp_sym_encrypt(plaintext, v_key.key, 'cipher-algo=aes256, compress-algo=0');
end;
$$;
comment on function app_private.encrypt_secret(text) is E'Encrypts with the current key (AES-256, OpenPGP); returns the key id beside the ciphertext.';

create function app_private.decrypt_secret(ciphertext bytea, key_id text) returns text
  language sql stable
  set search_path = pg_catalog, public, pg_temp
as $$
  select case when ciphertext is null then null
    else pgp_sym_decrypt(ciphertext, (select k.key from app_private.token_key(key_id) k)) end
$$;
comment on function app_private.decrypt_secret(bytea, text) is E'Decrypts a value encrypted by encrypt_secret with the key it names.';

create function app_private.sha256(value text) returns bytea
  language sql immutable strict parallel safe
  set search_path = pg_catalog, public, pg_temp
as $$
  select digest(convert_to(value, 'UTF8'), 'sha256')
$$;
comment on function app_private.sha256(text) is E'SHA-256 of a text (for high-entropy one-time secrets; passwords use bcrypt).';

create function app_private.random_token(bytes integer default 24) returns text
  language sql volatile strict
  set search_path = pg_catalog, public, pg_temp
as $$
  select translate(encode(gen_random_bytes(bytes), 'base64'), '+/=', '-_')
$$;
comment on function app_private.random_token(integer) is E'A URL-safe random string of the given number of random bytes.';

create function app_private.assert_signed_in() returns uuid
  language plpgsql stable
  set search_path = pg_catalog, pg_temp
as $$
declare
  v_user_uuid uuid := app_public.current_user_uuid();
begin
  if v_user_uuid is null then
    raise exception 'You must be signed in' using errcode = 'LOGIN';
  end if;
  return v_user_uuid;
end;
$$;
comment on function app_private.assert_signed_in() is E'The signed-in, active user''s uuid; raises LOGIN otherwise.';

create function app_private.assert_admin() returns uuid
  language plpgsql stable
  set search_path = pg_catalog, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_signed_in();
begin
  if not app_public.current_user_is_admin() then
    raise exception 'Only administrators may do this' using errcode = 'FORBD';
  end if;
  return v_user_uuid;
end;
$$;
comment on function app_private.assert_admin() is E'The signed-in administrator''s uuid; raises LOGIN or FORBD otherwise.';

/*
 * One-time tokens (email verification, password reset): only a SHA-256 of the secret is stored.
 * A token is `<id>.<secret>`; wrong secrets for a known id count, and the token dies after 5.
 */
create table app_private.user_tokens (
  id          bigint generated always as identity primary key,
  user_uuid   uuid not null references app_public.users (uuid) on delete cascade,
  purpose     text not null
    constraint user_tokens_purpose_known check (purpose in ('email_verification', 'password_reset')),
  email_id    bigint references app_public.user_emails (id) on delete cascade,
  secret_hash bytea not null,
  attempts    integer not null default 0,
  expires_at  timestamptz not null,
  used_at     timestamptz,
  created_at  timestamptz not null default now(),
  constraint user_tokens_email_for_verification check ((purpose = 'email_verification') = (email_id is not null))
);
create index user_tokens_user_uuid_idx on app_private.user_tokens (user_uuid, purpose);
create index user_tokens_email_id_idx on app_private.user_tokens (email_id);
alter table app_private.user_tokens enable row level security;
comment on table app_private.user_tokens is E'Single-use tokens for email verification and password reset; only hashes are stored.';
comment on column app_private.user_tokens.id is E'Public part of the token.';
comment on column app_private.user_tokens.user_uuid is E'The account the token acts for.';
comment on column app_private.user_tokens.purpose is E'`email_verification` or `password_reset`.';
comment on column app_private.user_tokens.email_id is E'The address being verified (email_verification only).';
comment on column app_private.user_tokens.secret_hash is E'SHA-256 of the secret part.';
comment on column app_private.user_tokens.attempts is E'Wrong secrets presented for this token; it is dead after 5.';
comment on column app_private.user_tokens.expires_at is E'When the token stops working.';
comment on column app_private.user_tokens.used_at is E'When the token was used; a used token never works again.';
comment on column app_private.user_tokens.created_at is E'When the token was issued.';

create function app_private.issue_token(user_uuid uuid, purpose text, email_id bigint, lifetime interval) returns text
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_secret text := app_private.random_token(24);
  v_id bigint;
begin
  -- One live token per purpose (and address): a new request replaces the old one.
  delete from app_private.user_tokens t
    where t.user_uuid = issue_token.user_uuid and t.purpose = issue_token.purpose
      and t.email_id is not distinct from issue_token.email_id and t.used_at is null;
  insert into app_private.user_tokens (user_uuid, purpose, email_id, secret_hash, expires_at)
    values (user_uuid, purpose, email_id, app_private.sha256(v_secret), now() + lifetime)
    returning id into v_id;
  return v_id || '.' || v_secret;
end;
$$;
comment on function app_private.issue_token(uuid, text, bigint, interval) is E'Issues a token and returns it in plain text, once.';

create function app_private.redeem_token(token text, purpose text) returns app_private.user_tokens
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_row app_private.user_tokens;
  v_id bigint;
begin
  if token !~ '^[0-9]{1,18}\.[A-Za-z0-9_-]{16,64}$' then
    raise exception 'The token is invalid or has expired' using errcode = 'TOKEN';
  end if;
  v_id := split_part(token, '.', 1)::bigint;
  select * into v_row from app_private.user_tokens t where t.id = v_id and t.purpose = redeem_token.purpose for update;
  if v_row.id is null or v_row.used_at is not null or v_row.expires_at <= now() or v_row.attempts >= 5 then
    raise exception 'The token is invalid or has expired' using errcode = 'TOKEN';
  end if;
  if v_row.secret_hash <> app_private.sha256(split_part(token, '.', 2)) then
    update app_private.user_tokens t set attempts = t.attempts + 1 where t.id = v_id;
    return null; -- the caller returns false, so the attempt is counted
  end if;
  update app_private.user_tokens t set used_at = now() where t.id = v_id returning * into v_row;
  return v_row;
end;
$$;
comment on function app_private.redeem_token(text, text) is
  E'Marks a token used and returns it; NULL (and one more counted attempt) for a wrong secret; raises TOKEN when unknown, used, expired or dead.';

/*
 * Emails.
 */
create function app_private.assert_valid_email(email text) returns void
  language plpgsql immutable
  set search_path = pg_catalog, pg_temp
as $$
begin
  if email is null or char_length(email) > 254 or email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' then
    raise exception 'The email address is not valid' using errcode = 'BADEM';
  end if;
end;
$$;
comment on function app_private.assert_valid_email(text) is E'Raises BADEM unless the text is a plausible email address.';

create function app_public.add_email(email text) returns app_public.user_emails
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_signed_in();
  v_row app_public.user_emails;
begin
  perform app_private.assert_valid_email(email);
  begin
    insert into app_public.user_emails (user_uuid, email) values (v_user_uuid, email) returning * into v_row;
  exception when unique_violation then
    raise exception 'An account with this email address already exists' using errcode = 'EMTKN';
  end;
  perform app_private.audit('email_added', v_user_uuid);
  return v_row;
end;
$$;
grant execute on function app_public.add_email(text) to app_user;
comment on function app_public.add_email(text) is
  E'Adds an unverified email address to the signed-in user''s account. Errors: LOGIN, BADEM, EMTKN.';

create function app_public.remove_email(email_id bigint) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_signed_in();
  v_row app_public.user_emails;
begin
  -- Lock the user's addresses so two removals cannot leave the account without one.
  perform 1 from app_public.user_emails e where e.user_uuid = v_user_uuid for update;
  select * into v_row from app_public.user_emails e where e.id = email_id and e.user_uuid = v_user_uuid;
  if v_row.id is null then
    raise exception 'No such email address on your account' using errcode = 'EMLNF';
  elsif v_row.is_primary then
    raise exception 'The primary email address cannot be removed; make another one primary first' using errcode = 'EMPRM';
  elsif (select count(*) from app_public.user_emails e where e.user_uuid = v_user_uuid) = 1 then
    raise exception 'The last email address cannot be removed' using errcode = 'EMLST';
  end if;
  delete from app_public.user_emails e where e.id = v_row.id;
  perform app_private.audit('email_removed', v_user_uuid);
  return true;
end;
$$;
grant execute on function app_public.remove_email(bigint) to app_user;
comment on function app_public.remove_email(bigint) is
  E'Removes one of the signed-in user''s email addresses, never the primary or the last one. Errors: LOGIN, EMLNF, EMPRM, EMLST.';

create function app_public.make_email_primary(email_id bigint) returns app_public.user_emails
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_signed_in();
  v_row app_public.user_emails;
begin
  select * into v_row from app_public.user_emails e where e.id = email_id and e.user_uuid = v_user_uuid for update;
  if v_row.id is null then
    raise exception 'No such email address on your account' using errcode = 'EMLNF';
  elsif not v_row.is_verified then
    raise exception 'Only a verified email address can become primary' using errcode = 'EMUNV';
  end if;
  update app_public.user_emails e set is_primary = false where e.user_uuid = v_user_uuid and e.is_primary and e.id <> v_row.id;
  update app_public.user_emails e set is_primary = true where e.id = v_row.id returning * into v_row;
  perform app_private.audit('email_primary_changed', v_user_uuid);
  return v_row;
end;
$$;
grant execute on function app_public.make_email_primary(bigint) to app_user;
comment on function app_public.make_email_primary(bigint) is
  E'Makes a verified email address of the signed-in user primary. Errors: LOGIN, EMLNF, EMUNV.';

create function app_public.request_email_verification(email_id bigint) returns text
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_signed_in();
  v_row app_public.user_emails;
begin
  select * into v_row from app_public.user_emails e where e.id = email_id and e.user_uuid = v_user_uuid;
  if v_row.id is null then
    raise exception 'No such email address on your account' using errcode = 'EMLNF';
  elsif v_row.is_verified then
    return null;
  end if;
  return app_private.issue_token(v_user_uuid, 'email_verification', v_row.id, interval '24 hours');
end;
$$;
grant execute on function app_public.request_email_verification(bigint) to app_user;
comment on function app_public.request_email_verification(bigint) is
  E'@behavior -*\nFor the application server: issues a verification token (valid 24 hours, replaces earlier ones) for an address of the signed-in user and returns it once, to be mailed to that address; NULL when already verified. Not exposed through GraphQL: the user must receive it by mail. Errors: LOGIN, EMLNF.';

create function app_public.verify_email(token text) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_token app_private.user_tokens := app_private.redeem_token(token, 'email_verification');
begin
  if v_token.id is null then
    return false;
  end if;
  update app_public.user_emails e set is_verified = true where e.id = v_token.email_id;
  perform app_private.audit('email_verified', v_token.user_uuid);
  return true;
end;
$$;
grant execute on function app_public.verify_email(text) to app_anonymous, app_user, app_admin;
comment on function app_public.verify_email(text) is
  E'Marks the email address of a verification token verified. False when the token''s secret is wrong (each wrong try counts; 5 kill it). Errors: TOKEN (unknown, used, expired or dead).';

/*
 * Password reset, on the same token machinery.
 */
create function app_public.request_password_reset(email text) returns text
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid;
  v_token text;
begin
  select e.user_uuid into v_user_uuid from app_public.user_emails e where e.email = request_password_reset.email::citext;
  -- The same work whether or not the address exists; the caller answers its user the same either way.
  v_token := app_private.issue_token(v_user_uuid, 'password_reset', null, interval '1 hour');
  if v_user_uuid is null then
    return null;
  end if;
  perform app_private.audit('password_reset_request', v_user_uuid);
  return v_token;
exception when not_null_violation then
  return null; -- no such address: issue_token could not store a token for nobody
end;
$$;
grant execute on function app_public.request_password_reset(text) to app_anonymous;
comment on function app_public.request_password_reset(text) is
  E'@behavior -*\nFor the application server: a password-reset token (valid 1 hour) for the account owning this address, to be mailed to it, or NULL when no account has it. Tell the user the same thing in both cases. Not exposed through GraphQL.';

create function app_public.reset_password(token text, new_password text) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_token app_private.user_tokens;
begin
  perform app_private.assert_valid_password(new_password);
  v_token := app_private.redeem_token(token, 'password_reset');
  if v_token.id is null then
    return false;
  end if;
  update app_private.user_credentials c
    set password_hash = app_private.hash_password(new_password), password_changed_at = now()
    where c.user_uuid = v_token.user_uuid;
  if not found then
    insert into app_private.user_credentials (user_uuid, password_hash)
      values (v_token.user_uuid, app_private.hash_password(new_password));
  end if;
  -- A successful reset lifts the lockout of the account.
  delete from app_private.login_attempts a where a.identifier = 'account:' || v_token.user_uuid::text;
  perform app_private.audit('password_reset', v_token.user_uuid);
  return true;
end;
$$;
grant execute on function app_public.reset_password(text, text) to app_anonymous, app_user, app_admin;
comment on function app_public.reset_password(text, text) is
  E'Sets a new password with a reset token and lifts the account''s lockout. False when the token''s secret is wrong (counted). Errors: TOKEN, WEAKP, LONGP.';

/*
 * Linked providers: tokens encrypted with the configured key.
 */
alter table app_public.user_auth_providers add column token_key_id text;
comment on column app_public.user_auth_providers.token_key_id is E'@behavior -*\nId of the key the tokens are encrypted with.';

create function app_public.link_provider(
  provider_name text, external_user_id text, access_token text default null, refresh_token text default null,
  token_expires_at timestamptz default null
) returns app_public.user_auth_providers
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_signed_in();
  v_access record := app_private.encrypt_secret(access_token);
  v_refresh record := app_private.encrypt_secret(refresh_token);
  v_row app_public.user_auth_providers;
begin
  insert into app_public.user_auth_providers as a
    (user_uuid, provider_name, external_user_id, access_token, refresh_token, token_expires_at, token_key_id)
  values (v_user_uuid, provider_name, external_user_id, v_access.ciphertext, v_refresh.ciphertext, token_expires_at, v_access.key_id)
  on conflict on constraint user_auth_providers_external_account_unique do update set
    access_token = excluded.access_token, refresh_token = excluded.refresh_token,
    token_expires_at = excluded.token_expires_at, token_key_id = excluded.token_key_id
    where a.user_uuid = v_user_uuid
  returning * into v_row;
  if v_row.id is null then
    raise exception 'This external account is linked to another user' using errcode = 'PRTKN';
  end if;
  perform app_private.audit('provider_linked', v_user_uuid);
  return v_row;
end;
$$;
grant execute on function app_public.link_provider(text, text, text, text, timestamptz) to app_user;
comment on function app_public.link_provider(text, text, text, text, timestamptz) is
  E'@behavior -*\nFor the application server''s OAuth callback: links an external account to the signed-in user (or refreshes its tokens), storing the tokens encrypted. Errors: LOGIN, PRTKN, KEYMS, 23514.';

create function app_public.refresh_provider_tokens(
  provider_id bigint, access_token text, refresh_token text default null, token_expires_at timestamptz default null
) returns boolean
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_signed_in();
  v_access record := app_private.encrypt_secret(access_token);
  v_refresh record := app_private.encrypt_secret(refresh_token);
begin
  update app_public.user_auth_providers a
    set access_token = v_access.ciphertext,
        refresh_token = coalesce(v_refresh.ciphertext, a.refresh_token),
        token_expires_at = refresh_provider_tokens.token_expires_at,
        -- Keeping an old refresh token means keeping its key id too, so re-encrypt it.
        token_key_id = v_access.key_id
    where a.id = provider_id and a.user_uuid = v_user_uuid and (v_refresh.ciphertext is not null or a.refresh_token is null);
  if found then
    return true;
  end if;
  if refresh_token is null and exists (select 1 from app_public.user_auth_providers a where a.id = provider_id and a.user_uuid = v_user_uuid) then
    update app_public.user_auth_providers a
      set access_token = v_access.ciphertext,
          refresh_token = (app_private.encrypt_secret(app_private.decrypt_secret(a.refresh_token, a.token_key_id))).ciphertext,
          token_expires_at = refresh_provider_tokens.token_expires_at,
          token_key_id = v_access.key_id
      where a.id = provider_id;
    return true;
  end if;
  raise exception 'No such linked provider on your account' using errcode = 'PRVNF';
end;
$$;
grant execute on function app_public.refresh_provider_tokens(bigint, text, text, timestamptz) to app_user;
comment on function app_public.refresh_provider_tokens(bigint, text, text, timestamptz) is
  E'@behavior -*\nFor the application server: stores new tokens for one of the signed-in user''s linked providers (the refresh token is kept when NULL). Errors: LOGIN, PRVNF, KEYMS.';

create function app_public.linked_provider_tokens(
  provider_id bigint, out access_token text, out refresh_token text, out token_expires_at timestamptz
)
  language plpgsql stable strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_signed_in();
  v_row app_public.user_auth_providers;
begin
  select * into v_row from app_public.user_auth_providers a where a.id = provider_id and a.user_uuid = v_user_uuid;
  if v_row.id is null then
    raise exception 'No such linked provider on your account' using errcode = 'PRVNF';
  end if;
  access_token := app_private.decrypt_secret(v_row.access_token, v_row.token_key_id);
  refresh_token := app_private.decrypt_secret(v_row.refresh_token, v_row.token_key_id);
  token_expires_at := v_row.token_expires_at;
end;
$$;
grant execute on function app_public.linked_provider_tokens(bigint) to app_user;
comment on function app_public.linked_provider_tokens(bigint) is
  E'@behavior -*\nFor the application server: the decrypted tokens of one of the signed-in user''s linked providers; the only way to read them. Errors: LOGIN, PRVNF, KEYMS.';

create function app_public.unlink_provider(provider_id bigint) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_signed_in();
begin
  delete from app_public.user_auth_providers a where a.id = provider_id and a.user_uuid = v_user_uuid;
  if not found then
    raise exception 'No such linked provider on your account' using errcode = 'PRVNF';
  end if;
  perform app_private.audit('provider_unlinked', v_user_uuid);
  return true;
end;
$$;
grant execute on function app_public.unlink_provider(bigint) to app_user;
comment on function app_public.unlink_provider(bigint) is E'Unlinks one of the signed-in user''s external accounts. Errors: LOGIN, PRVNF.';

create function app_private.reencrypt_secrets() returns integer
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_current text := (select kid from app_private.token_key(null));
  v_count integer := 0;
  v_n integer;
begin
  update app_public.user_auth_providers a set
    access_token = (app_private.encrypt_secret(app_private.decrypt_secret(a.access_token, a.token_key_id))).ciphertext,
    refresh_token = (app_private.encrypt_secret(app_private.decrypt_secret(a.refresh_token, a.token_key_id))).ciphertext,
    token_key_id = v_current
  where a.token_key_id is distinct from v_current;
  get diagnostics v_n = row_count;
  v_count := v_count + v_n;
  update app_public.user_mfa_factors f set
    factor_data = (app_private.encrypt_secret(app_private.decrypt_secret(f.factor_data, f.factor_key_id))).ciphertext,
    factor_key_id = v_current
  where f.factor_key_id is distinct from v_current;
  get diagnostics v_n = row_count;
  return v_count + v_n;
end;
$$;
comment on function app_private.reencrypt_secrets() is
  E'Key rotation: re-encrypts every provider token and TOTP seed not yet under the current key (with the old keys still configured); returns the rows changed.';

/*
 * TOTP (RFC 6238: HMAC-SHA-1, 6 digits, 30-second steps, one step of drift) and recovery codes.
 */
alter table app_public.user_mfa_factors add column factor_key_id text;
alter table app_public.user_mfa_factors add column last_used_step bigint;
comment on column app_public.user_mfa_factors.factor_key_id is E'@behavior -*\nId of the key the seed is encrypted with.';
comment on column app_public.user_mfa_factors.last_used_step is E'@behavior -*\nThe last accepted 30-second step: codes of it or earlier steps are replays.';
create unique index user_mfa_factors_one_totp_per_user on app_public.user_mfa_factors (user_uuid) where factor_type = 'totp';

create function app_private.base32_encode(data bytea) returns text
  language plpgsql immutable strict parallel safe
  set search_path = pg_catalog, pg_temp
as $$
declare
  v_alphabet constant text := 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  v_bits text := '';
  v_out text := '';
begin
  for i in 0 .. length(data) - 1 loop
    v_bits := v_bits || get_byte(data, i)::bit(8)::text;
  end loop;
  v_bits := rpad(v_bits, ((length(v_bits) + 4) / 5) * 5, '0');
  for i in 0 .. length(v_bits) / 5 - 1 loop
    v_out := v_out || substr(v_alphabet, substr(v_bits, i * 5 + 1, 5)::bit(5)::integer + 1, 1);
  end loop;
  return v_out;
end;
$$;
comment on function app_private.base32_encode(bytea) is E'RFC 4648 base32 without padding (TOTP secrets in otpauth URIs).';

create function app_private.hotp(secret bytea, step bigint) returns text
  language plpgsql immutable strict parallel safe
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_hmac bytea := hmac(int8send(step), secret, 'sha1');
  v_offset integer := get_byte(v_hmac, 19) & 15;
  v_binary bigint;
begin
  v_binary := ((get_byte(v_hmac, v_offset) & 127)::bigint << 24)
            | (get_byte(v_hmac, v_offset + 1)::bigint << 16)
            | (get_byte(v_hmac, v_offset + 2)::bigint << 8)
            | get_byte(v_hmac, v_offset + 3)::bigint;
  return lpad((v_binary % 1000000)::text, 6, '0');
end;
$$;
comment on function app_private.hotp(bytea, bigint) is E'RFC 4226 HOTP, 6 digits, HMAC-SHA-1.';

create function app_private.totp_step(at timestamptz) returns bigint
  language sql immutable strict parallel safe
  set search_path = pg_catalog, pg_temp
as $$
  select floor(extract(epoch from at) / 30)::bigint
$$;
comment on function app_private.totp_step(timestamptz) is E'The RFC 6238 time step (30 seconds) of a moment.';

create function app_private.accept_totp(factor_id bigint, code text) returns boolean
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_factor app_public.user_mfa_factors;
  v_secret bytea;
  v_now bigint := app_private.totp_step(app_private.auth_now());
begin
  if code is null or code !~ '^[0-9]{6}$' then
    return false;
  end if;
  select * into v_factor from app_public.user_mfa_factors f where f.id = factor_id for update;
  v_secret := decode(app_private.decrypt_secret(v_factor.factor_data, v_factor.factor_key_id), 'hex');
  for v_step in v_now - 1 .. v_now + 1 loop
    if v_step > coalesce(v_factor.last_used_step, -1) and app_private.hotp(v_secret, v_step) = code then
      update app_public.user_mfa_factors f set last_used_step = v_step where f.id = factor_id;
      return true;
    end if;
  end loop;
  return false;
end;
$$;
comment on function app_private.accept_totp(bigint, text) is
  E'True when the code matches the previous, current or next step and is newer than the last accepted one, which it then becomes (no replays).';

create function app_public.enrol_totp() returns text
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_signed_in();
  v_secret bytea := gen_random_bytes(20);
  v_encrypted record := app_private.encrypt_secret(encode(v_secret, 'hex'));
  v_username text := (select p.username from app_public.user_profiles p where p.user_uuid = v_user_uuid);
begin
  if exists (select 1 from app_public.user_mfa_factors f where f.user_uuid = v_user_uuid and f.factor_type = 'totp' and f.is_enabled) then
    raise exception 'An authenticator app is already enabled; disable it first' using errcode = 'MFAON';
  end if;
  delete from app_public.user_mfa_factors f where f.user_uuid = v_user_uuid and f.factor_type = 'totp';
  insert into app_public.user_mfa_factors (user_uuid, factor_type, factor_data, factor_key_id)
    values (v_user_uuid, 'totp', v_encrypted.ciphertext, v_encrypted.key_id);
  return format('otpauth://totp/pg-identity-kit:%s?secret=%s&issuer=pg-identity-kit&algorithm=SHA1&digits=6&period=30',
    replace(coalesce(v_username, v_user_uuid::text), ' ', '%20'), app_private.base32_encode(v_secret));
end;
$$;
grant execute on function app_public.enrol_totp() to app_user;
comment on function app_public.enrol_totp() is
  E'Starts enrolling an authenticator app: returns its secret once, as an otpauth:// URI (show it as a QR code). The factor works only after confirm_totp. Errors: LOGIN, MFAON, KEYMS.';

create function app_public.confirm_totp(code text) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_signed_in();
  v_factor_id bigint;
begin
  select f.id into v_factor_id from app_public.user_mfa_factors f
    where f.user_uuid = v_user_uuid and f.factor_type = 'totp' and not f.is_enabled;
  if v_factor_id is null then
    raise exception 'There is no authenticator app waiting for confirmation' using errcode = 'MFANF';
  end if;
  if not app_private.accept_totp(v_factor_id, code) then
    return false;
  end if;
  update app_public.user_mfa_factors f set is_enabled = true where f.id = v_factor_id;
  perform app_private.audit('mfa_enrolled', v_user_uuid);
  return true;
end;
$$;
grant execute on function app_public.confirm_totp(text) to app_user;
comment on function app_public.confirm_totp(text) is
  E'Enables the enrolled authenticator app with its first valid code; false for a wrong code. Errors: LOGIN, MFANF.';

create table app_private.user_recovery_codes (
  id         bigint generated always as identity primary key,
  user_uuid  uuid not null references app_public.users (uuid) on delete cascade,
  code_hash  bytea not null,
  used_at    timestamptz,
  created_at timestamptz not null default now()
);
create index user_recovery_codes_user_uuid_idx on app_private.user_recovery_codes (user_uuid);
alter table app_private.user_recovery_codes enable row level security;
comment on table app_private.user_recovery_codes is E'MFA recovery codes, stored as SHA-256 hashes of 80-bit random codes; each works once.';
comment on column app_private.user_recovery_codes.id is E'The code''s identifier.';
comment on column app_private.user_recovery_codes.user_uuid is E'The account the code recovers.';
comment on column app_private.user_recovery_codes.code_hash is E'SHA-256 of the normalised code (upper case, no dashes).';
comment on column app_private.user_recovery_codes.used_at is E'When the code was used; a used code never works again.';
comment on column app_private.user_recovery_codes.created_at is E'When the batch was generated.';

create function app_public.generate_recovery_codes() returns setof text
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_signed_in();
  v_code text;
begin
  delete from app_private.user_recovery_codes r where r.user_uuid = v_user_uuid;
  for i in 1 .. 10 loop
    v_code := app_private.base32_encode(gen_random_bytes(10)); -- 16 characters, 80 bits
    insert into app_private.user_recovery_codes (user_uuid, code_hash) values (v_user_uuid, app_private.sha256(v_code));
    return next substr(v_code, 1, 4) || '-' || substr(v_code, 5, 4) || '-' || substr(v_code, 9, 4) || '-' || substr(v_code, 13, 4);
  end loop;
  perform app_private.audit('recovery_codes_generated', v_user_uuid);
end;
$$;
grant execute on function app_public.generate_recovery_codes() to app_user;
comment on function app_public.generate_recovery_codes() is
  E'Replaces the signed-in user''s recovery codes with 10 new ones, shown this once; each works once in place of an authenticator code. Errors: LOGIN.';

create function app_public.disable_totp(code text) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_signed_in();
  v_factor_id bigint;
begin
  select f.id into v_factor_id from app_public.user_mfa_factors f
    where f.user_uuid = v_user_uuid and f.factor_type = 'totp' and f.is_enabled;
  if v_factor_id is null then
    raise exception 'No authenticator app is enabled' using errcode = 'MFANF';
  end if;
  if not app_private.accept_totp(v_factor_id, code) then
    return false;
  end if;
  delete from app_public.user_mfa_factors f where f.id = v_factor_id;
  delete from app_private.user_recovery_codes r where r.user_uuid = v_user_uuid;
  perform app_private.audit('mfa_disabled', v_user_uuid);
  return true;
end;
$$;
grant execute on function app_public.disable_totp(text) to app_user;
comment on function app_public.disable_totp(text) is
  E'Disables the signed-in user''s authenticator app (and drops the recovery codes), confirmed by a current code; false for a wrong code. Errors: LOGIN, MFANF.';

/*
 * Two-step sign-in: with an enabled factor, authenticate returns a challenge instead of a session.
 */
alter type app_public.jwt_token add attribute mfa_challenge text;
comment on type app_public.jwt_token is
  E'A session: the database role to use, the signed-in user and the expiry (seconds since the epoch). When a second factor is needed, role is `mfa_required`, user_uuid is NULL and mfa_challenge is what complete_mfa_login takes.';

create table app_private.mfa_challenges (
  id          bigint generated always as identity primary key,
  user_uuid   uuid not null references app_public.users (uuid) on delete cascade,
  secret_hash bytea not null,
  expires_at  timestamptz not null,
  used_at     timestamptz,
  created_at  timestamptz not null default now()
);
create index mfa_challenges_user_uuid_idx on app_private.mfa_challenges (user_uuid);
alter table app_private.mfa_challenges enable row level security;
comment on table app_private.mfa_challenges is E'Pending second steps of sign-ins (5 minutes, single use); only hashes are stored.';
comment on column app_private.mfa_challenges.id is E'Public part of the challenge.';
comment on column app_private.mfa_challenges.user_uuid is E'The account signing in.';
comment on column app_private.mfa_challenges.secret_hash is E'SHA-256 of the secret part.';
comment on column app_private.mfa_challenges.expires_at is E'When the challenge stops working.';
comment on column app_private.mfa_challenges.used_at is E'When the challenge was completed.';
comment on column app_private.mfa_challenges.created_at is E'When the password step succeeded.';

create function app_private.session_for(user_uuid uuid) returns app_public.jwt_token
  language sql stable
  set search_path = pg_catalog, public, pg_temp
as $$
  select (
    case when exists (
      select 1 from app_public.user_roles ur join app_public.roles r on r.role_id = ur.role_id
      where ur.user_uuid = session_for.user_uuid and r.role_name = 'admin'
    ) then 'app_admin' else 'app_user' end,
    session_for.user_uuid,
    extract(epoch from now() + (select session_lifetime from app_private.auth_settings))::bigint,
    null
  )::app_public.jwt_token
$$;
comment on function app_private.session_for(uuid) is E'A full session token for the account: app_admin when it holds the admin role.';

create function app_private.count_login_failure(key citext) returns void
  language sql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
  insert into app_private.login_attempts as a (identifier, failed_count, first_failed_at)
    values (key, 1, app_private.auth_now())
    on conflict (identifier) do update set
      failed_count = case when a.first_failed_at <= app_private.auth_now() - (select lockout_window from app_private.auth_settings)
        then 1 else a.failed_count + 1 end,
      first_failed_at = case when a.first_failed_at <= app_private.auth_now() - (select lockout_window from app_private.auth_settings)
        then app_private.auth_now() else a.first_failed_at end
$$;
comment on function app_private.count_login_failure(citext) is E'Counts one failed sign-in for a lockout key, restarting the window when it has passed.';

create function app_private.is_locked(key citext) returns boolean
  language sql stable
  set search_path = pg_catalog, public, pg_temp
as $$
  select coalesce((
    select a.failed_count >= s.lockout_max_attempts and a.first_failed_at > app_private.auth_now() - s.lockout_window
    from app_private.login_attempts a, app_private.auth_settings s
    where a.identifier = key
  ), false)
$$;
comment on function app_private.is_locked(citext) is E'True while a lockout key has reached the failure limit within the window.';

create or replace function app_public.authenticate(
  login text, password text, ip_address inet default null, user_agent text default null, device_fingerprint text default null
) returns app_public.jwt_token
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_settings app_private.auth_settings;
  v_identifier citext := left(btrim(coalesce(login, '')), 320);
  v_key citext;
  v_user_uuid uuid;
  v_hash text;
  v_status app_public.account_status;
  v_computed text;
  v_matches boolean;
  v_failure text;
  v_device_is_new boolean;
  v_secret text;
  v_challenge_id bigint;
begin
  select * into v_settings from app_private.auth_settings;

  if position('@' in v_identifier) > 0 then
    select e.user_uuid into v_user_uuid from app_public.user_emails e where e.email = v_identifier;
  else
    select p.user_uuid into v_user_uuid from app_public.user_profiles p where p.username = v_identifier;
  end if;
  -- Failures count per account (whichever of its emails or its username is typed), and per typed
  -- identifier when it matches no account: both lock after the same number of attempts.
  v_key := coalesce('account:' || v_user_uuid::text, 'login:' || v_identifier::text);
  select c.password_hash into v_hash from app_private.user_credentials c where c.user_uuid = v_user_uuid;
  select s.status into v_status from app_public.user_status s where s.user_uuid = v_user_uuid;

  -- Exactly one bcrypt computation on every path, at the cost of a real check, so that an unknown
  -- login, a locked identifier or a wrong password take as long as a successful sign-in.
  v_computed := crypt(coalesce(password, ''), coalesce(v_hash, gen_salt('bf', v_settings.bcrypt_cost)));
  v_matches := v_computed = v_hash and password <> '' and octet_length(password) <= 72;

  v_failure := case
    when app_private.is_locked(v_key) then 'locked'
    when v_user_uuid is null then 'unknown_login'
    when v_hash is null then 'no_password'
    when v_matches is not true then 'wrong_password'
    when v_status <> 'active' then 'account_' || v_status::text
  end;

  if v_failure = 'locked' then
    perform app_private.audit('login_locked', v_user_uuid, ip_address, user_agent, 'locked');
    return null;
  elsif v_failure is not null then
    perform app_private.count_login_failure(v_key);
    perform app_private.audit('login_failure', v_user_uuid, ip_address, user_agent, v_failure);
    return null;
  end if;

  -- Upgrade hashes made at a lower cost than today's setting, now that the password is known.
  if substring(v_hash from '^\$2[abxy]\$(\d\d)\$')::integer < v_settings.bcrypt_cost then
    update app_private.user_credentials c set password_hash = app_private.hash_password(password)
      where c.user_uuid = v_user_uuid;
  end if;

  if exists (select 1 from app_public.user_mfa_factors f where f.user_uuid = v_user_uuid and f.is_enabled) then
    v_secret := app_private.random_token(24);
    insert into app_private.mfa_challenges (user_uuid, secret_hash, expires_at)
      values (v_user_uuid, app_private.sha256(v_secret), now() + interval '5 minutes')
      returning id into v_challenge_id;
    perform app_private.audit('mfa_challenge', v_user_uuid, ip_address, user_agent);
    return ('mfa_required', null, extract(epoch from now() + interval '5 minutes')::bigint,
            v_challenge_id || '.' || v_secret)::app_public.jwt_token;
  end if;

  perform app_private.complete_login(v_user_uuid, v_key, ip_address, user_agent, device_fingerprint);
  return app_private.session_for(v_user_uuid);
end;
$$;

create function app_private.complete_login(user_uuid uuid, key citext, ip_address inet, user_agent text, device_fingerprint text)
  returns void
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_device_is_new boolean;
begin
  delete from app_private.login_attempts a where a.identifier = key;
  update app_public.users u set last_login_at = now() where u.uuid = complete_login.user_uuid;
  if nullif(btrim(device_fingerprint), '') is not null then
    insert into app_public.user_devices as d (user_uuid, device_fingerprint)
      values (complete_login.user_uuid, left(btrim(device_fingerprint), 255))
      on conflict on constraint user_devices_fingerprint_per_user do update set last_seen_at = now()
      returning (xmax = 0) into v_device_is_new;
    if v_device_is_new then
      perform app_private.audit('device_new', complete_login.user_uuid, ip_address, user_agent);
    end if;
  end if;
  perform app_private.audit('login_success', complete_login.user_uuid, ip_address, user_agent);
end;
$$;
comment on function app_private.complete_login(uuid, citext, inet, text, text) is
  E'The bookkeeping of a successful sign-in: clears the lockout counter, sets last_login_at, records the device, audits.';

create function app_public.complete_mfa_login(
  mfa_challenge text, code text, ip_address inet default null, user_agent text default null, device_fingerprint text default null
) returns app_public.jwt_token
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_challenge app_private.mfa_challenges;
  v_key citext;
  v_factor_id bigint;
  v_code text := upper(replace(btrim(coalesce(code, '')), '-', ''));
  v_ok boolean := false;
begin
  if coalesce(mfa_challenge, '') !~ '^[0-9]{1,18}\.[A-Za-z0-9_-]{16,64}$' then
    return null;
  end if;
  select * into v_challenge from app_private.mfa_challenges c
    where c.id = split_part(mfa_challenge, '.', 1)::bigint for update;
  if v_challenge.id is null or v_challenge.used_at is not null or v_challenge.expires_at <= now()
     or v_challenge.secret_hash <> app_private.sha256(split_part(mfa_challenge, '.', 2)) then
    return null;
  end if;
  v_key := 'account:' || v_challenge.user_uuid::text;
  if app_private.is_locked(v_key) then
    perform app_private.audit('login_locked', v_challenge.user_uuid, ip_address, user_agent, 'locked at second step');
    return null;
  end if;
  select f.id into v_factor_id from app_public.user_mfa_factors f
    where f.user_uuid = v_challenge.user_uuid and f.factor_type = 'totp' and f.is_enabled;
  if v_code ~ '^[0-9]{6}$' and v_factor_id is not null then
    v_ok := app_private.accept_totp(v_factor_id, v_code);
  elsif v_code ~ '^[A-Z2-7]{16}$' then
    update app_private.user_recovery_codes r set used_at = now()
      where r.id = (select r2.id from app_private.user_recovery_codes r2
                    where r2.user_uuid = v_challenge.user_uuid and r2.used_at is null
                      and r2.code_hash = app_private.sha256(v_code) limit 1);
    v_ok := found;
  end if;
  if not v_ok then
    perform app_private.count_login_failure(v_key);
    perform app_private.audit('mfa_failure', v_challenge.user_uuid, ip_address, user_agent, 'wrong code');
    return null;
  end if;
  update app_private.mfa_challenges c set used_at = now() where c.id = v_challenge.id;
  perform app_private.audit('mfa_success', v_challenge.user_uuid, ip_address, user_agent);
  perform app_private.complete_login(v_challenge.user_uuid, v_key, ip_address, user_agent, device_fingerprint);
  return app_private.session_for(v_challenge.user_uuid);
end;
$$;
grant execute on function app_public.complete_mfa_login(text, text, inet, text, text) to app_anonymous, app_user, app_admin;
comment on function app_public.complete_mfa_login(text, text, inet, text, text) is
  E'The second step of a sign-in: the mfa_challenge from authenticate and a current authenticator code or an unused recovery code. Returns a session, or NULL for any failure (counted towards lockout and audited).';

/*
 * Devices: forgetting one is audited, whichever way it is deleted.
 */
create function app_private.tg_user_devices__audit_forget() returns trigger
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
begin
  -- Not when the device goes because its account is being deleted: there is nobody left to audit.
  if exists (select 1 from app_public.users u where u.uuid = old.user_uuid) then
    perform app_private.audit('device_forgotten', old.user_uuid);
  end if;
  return null;
end;
$$;
comment on function app_private.tg_user_devices__audit_forget() is E'Trigger: audits a device being forgotten.';
create trigger _500_audit_forget after delete on app_public.user_devices
  for each row execute function app_private.tg_user_devices__audit_forget();

/*
 * Roles and status, changed by administrators (or the user deactivating themselves).
 */
create function app_public.grant_role(user_uuid uuid, role_name text) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_admin uuid := app_private.assert_admin();
  v_role_id integer := (select r.role_id from app_public.roles r where r.role_name = grant_role.role_name);
begin
  if v_role_id is null then
    raise exception 'No such role' using errcode = 'ROLNF';
  elsif not exists (select 1 from app_public.users u where u.uuid = grant_role.user_uuid) then
    raise exception 'No such user' using errcode = 'USRNF';
  end if;
  insert into app_public.user_roles (user_uuid, role_id) values (grant_role.user_uuid, v_role_id) on conflict do nothing;
  if not found then
    return false;
  end if;
  perform app_private.audit('role_granted', grant_role.user_uuid, null, null, format('%s by %s', role_name, v_admin));
  return true;
end;
$$;
grant execute on function app_public.grant_role(uuid, text) to app_admin;
comment on function app_public.grant_role(uuid, text) is
  E'Administrators: grants a role to a user (false when already held). Errors: LOGIN, FORBD, ROLNF, USRNF.';

create function app_public.revoke_role(user_uuid uuid, role_name text) returns boolean
  language plpgsql volatile strict security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_admin uuid := app_private.assert_admin();
  v_role_id integer := (select r.role_id from app_public.roles r where r.role_name = revoke_role.role_name);
begin
  if v_role_id is null then
    raise exception 'No such role' using errcode = 'ROLNF';
  end if;
  -- Serialise admin changes so two administrators cannot demote each other into having none.
  perform pg_advisory_xact_lock(hashtext('pg-identity-kit:admins'));
  if role_name = 'admin' and (select count(*) from app_public.user_roles ur where ur.role_id = v_role_id) = 1
     and exists (select 1 from app_public.user_roles ur where ur.role_id = v_role_id and ur.user_uuid = revoke_role.user_uuid) then
    raise exception 'The last administrator cannot lose the admin role' using errcode = 'LSTAD';
  end if;
  delete from app_public.user_roles ur where ur.user_uuid = revoke_role.user_uuid and ur.role_id = v_role_id;
  if not found then
    return false;
  end if;
  perform app_private.audit('role_revoked', revoke_role.user_uuid, null, null, format('%s by %s', role_name, v_admin));
  return true;
end;
$$;
grant execute on function app_public.revoke_role(uuid, text) to app_admin;
comment on function app_public.revoke_role(uuid, text) is
  E'Administrators: revokes a role from a user (false when not held); the last administrator keeps `admin`. Errors: LOGIN, FORBD, ROLNF, LSTAD.';

create function app_private.change_status(user_uuid uuid, status app_public.account_status, reason text, actor uuid) returns boolean
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
begin
  if char_length(reason) > 500 then
    raise exception 'The reason must be at most 500 characters' using errcode = 'BADRS';
  end if;
  update app_public.user_status s set
    status = change_status.status,
    reason = change_status.reason,
    deactivated_at = case when change_status.status = 'deactivated' then coalesce(s.deactivated_at, now()) end
  where s.user_uuid = change_status.user_uuid and s.status is distinct from change_status.status;
  if not found then
    if not exists (select 1 from app_public.users u where u.uuid = change_status.user_uuid) then
      raise exception 'No such user' using errcode = 'USRNF';
    end if;
    return false;
  end if;
  perform app_private.audit('status_changed', user_uuid, null, null, format('%s by %s: %s', status, actor, coalesce(reason, '')));
  return true;
end;
$$;
comment on function app_private.change_status(uuid, app_public.account_status, text, uuid) is
  E'Sets an account''s status with a reason and audits it; false when it already had that status.';

create function app_public.set_account_status(user_uuid uuid, status app_public.account_status, reason text default null)
  returns boolean
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_admin uuid := app_private.assert_admin();
begin
  if user_uuid is null or status is null then
    raise exception 'user_uuid and status are required' using errcode = '22004';
  end if;
  if user_uuid = v_admin and status <> 'active' then
    raise exception 'Administrators cannot suspend or deactivate themselves here' using errcode = 'FORBD';
  end if;
  return app_private.change_status(user_uuid, status, reason, v_admin);
end;
$$;
grant execute on function app_public.set_account_status(uuid, app_public.account_status, text) to app_admin;
comment on function app_public.set_account_status(uuid, app_public.account_status, text) is
  E'Administrators: suspends, reactivates or deactivates an account, with a reason (audited). A non-active account cannot sign in and its sessions stop at once. Errors: LOGIN, FORBD, USRNF, BADRS.';

create function app_public.deactivate_my_account(reason text default null) returns boolean
  language plpgsql volatile security definer
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_user_uuid uuid := app_private.assert_signed_in();
begin
  return app_private.change_status(v_user_uuid, 'deactivated', reason, v_user_uuid);
end;
$$;
grant execute on function app_public.deactivate_my_account(text) to app_user;
comment on function app_public.deactivate_my_account(text) is
  E'Deactivates the signed-in user''s own account (audited); the session stops working at once. Errors: LOGIN, BADRS.';

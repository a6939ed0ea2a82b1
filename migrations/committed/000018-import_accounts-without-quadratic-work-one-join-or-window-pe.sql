--! Previous: sha1:58c8de43bde21d5ac56daf0dee7563795c1b2ca4
--! Hash: sha1:84ecbc3d098ea0022ef53f20a27193cf38574e08
--! Message: import_accounts without quadratic work: one join or window per check, analysed staging tables, index lookups

-- Issue 15, second part: app_private.import_accounts() without work that grows with the batch squared or
-- with the size of the tables. 000016's version compared every account of a batch with every earlier one
-- (correlated subqueries on the unanalysed staging tables) and hashed every verified address, every
-- username and every imported key of the database for each batch: 300 accounts/s at 10k, slower with every
-- batch. Here each check is one join or one window over the batch, the staging tables are analysed, and
-- lookups in the identity tables go through their unique indexes. Same arguments, same result rows, same
-- rules (README, "Import users"); two differences, both deterministic and documented:
--   - an account skipped for another reason no longer blocks the address or provider of a later account
--     in the same batch (before, within one batch, it still did);
--   - username collisions are resolved per base in source order, so the 10 000th `info` costs one
--     lookup, not 10 000.

create or replace function app_private.import_accounts(source text, accounts jsonb)
  returns table (source_id text, outcome text, reason text, user_uuid uuid, username text, must_reset_password boolean)
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
as $$
declare
  v_row record;
  v_name text;
  v_n integer;
  v_base text;
begin
  -- One import at a time (per database), so that two runs never race for the same usernames or addresses.
  -- (A registration racing an import can still take one mid-batch: the batch then fails with a
  -- unique_violation and src/import/run.ts runs it again, when the name or address is seen as taken.)
  perform pg_advisory_xact_lock(hashtext('pg-identity-kit:import'));
  perform set_config('idkit.import', 'on', true);

  create temp table import_stage on commit drop as
  select x.ord, a.source_id, a.username as given_username,
         nullif(left(btrim(a.display_name), 100), '') as display_name,
         nullif(btrim(a.password_hash), '') as password_hash,
         coalesce(a.created_at, now()) as created_at, a.last_login_at,
         coalesce(a.status, 'active') as status,
         coalesce(a.roles, '[]') as roles, coalesce(a.providers, '[]') as providers,
         coalesce(a.emails, '[]') as emails,
         gen_random_uuid() as new_uuid, null::text as username, null::text as reason,
         row_number() over (partition by a.source_id order by x.ord) as nth_of_source_id
  from jsonb_array_elements(accounts) with ordinality as x(j, ord),
       jsonb_to_record(x.j) as a(source_id text, username text, display_name text, password_hash text, created_at timestamptz,
         last_login_at timestamptz, status text, roles jsonb, providers jsonb, emails jsonb);
  alter table import_stage add primary key (ord);

  create temp table import_emails on commit drop as
  select distinct on (s.ord, app_public.normalize_email(e.email))
         s.ord, s.new_uuid, e.email as given, app_public.normalize_email(e.email) as email,
         coalesce(e.verified, false) as verified, coalesce(e."primary", false) as is_primary, y.n
  from import_stage s,
       jsonb_array_elements(case when jsonb_typeof(s.emails) = 'array' then s.emails else '[]' end) with ordinality as y(j, n),
       jsonb_to_record(y.j) as e(email text, verified boolean, "primary" boolean)
  order by s.ord, app_public.normalize_email(e.email), e.verified desc, e."primary" desc, y.n;
  create index on import_emails (ord);
  create index on import_emails (email);

  create temp table import_providers on commit drop as
  select s.ord, lower(p.provider) as provider, p.id
  from import_stage s,
       jsonb_to_recordset(case when jsonb_typeof(s.providers) = 'array' then s.providers else '[]' end) as p(provider text, id text);
  create index on import_providers (ord);
  analyze import_stage;
  analyze import_emails;
  analyze import_providers;

  -- Why an account is skipped; the first reason in this order wins.
  update import_stage s set reason = 'already_imported' where s.source_id is null or s.nth_of_source_id > 1;
  update import_stage s set reason = 'already_imported' from app_private.imported_accounts i
    where s.reason is null and i.source = import_accounts.source and i.source_id = s.source_id;
  update import_stage s set reason = 'deleted' where s.reason is null and s.status = 'deleted';
  update import_stage s set reason = 'no_email' where s.reason is null
    and not exists (select 1 from import_emails e where e.ord = s.ord);
  update import_stage s set reason = 'invalid_email' where s.reason is null
    and exists (select 1 from import_emails e where e.ord = s.ord and e.email is null);
  update import_stage s set reason = 'unsupported_hash' where s.reason is null and s.password_hash is not null
    and s.password_hash !~ '^\$2[abxy]\$(0[4-9]|[12][0-9]|3[01])\$[./A-Za-z0-9]{53}$';
  update import_stage s set reason = 'unknown_role' where s.reason is null and (
    jsonb_typeof(s.roles) <> 'array' or exists (
      select 1 from jsonb_array_elements_text(s.roles) r(name)
      where not exists (select 1 from app_public.roles x where x.role_name = lower(btrim(r.name)))));
  update import_stage s set reason = 'invalid_provider' where s.reason is null and (
    jsonb_typeof(s.providers) <> 'array' or exists (
      select 1 from import_providers p where p.ord = s.ord
        and (coalesce(p.provider, '') !~ '^[a-z][a-z0-9_.-]{0,49}$' or coalesce(char_length(p.id), 0) not between 1 and 255)));
  update import_stage s set reason = 'invalid_status' where s.reason is null and s.status not in ('active', 'suspended');
  -- A verified address belongs to one account: taken when another account verified it, in the database or
  -- earlier in the batch (earlier batches are in the database).
  update import_stage s set reason = 'duplicate_email' where s.reason is null and s.ord in (
    select e.ord from import_emails e join app_public.user_emails x on x.email = e.email and x.is_verified where e.verified);
  update import_stage s set reason = 'duplicate_email' where s.reason is null and s.ord in (
    select d.ord from (
      select e.ord, min(e.ord) over (partition by e.email) as first_ord
      from import_emails e join import_stage t on t.ord = e.ord and t.reason is null
      where e.verified) d
    where d.ord > d.first_ord);
  update import_stage s set reason = 'provider_taken' where s.reason is null and s.ord in (
    select p.ord from import_providers p join app_public.user_auth_providers x
      on x.provider_name = p.provider and x.external_user_id = p.id);
  update import_stage s set reason = 'provider_taken' where s.reason is null and s.ord in (
    select d.ord from (
      select p.ord, min(p.ord) over (partition by p.provider, p.id) as first_ord
      from import_providers p join import_stage t on t.ord = p.ord and t.reason is null) d
    where d.ord > d.first_ord);

  -- Usernames: the base when free, else base_2, base_3, ... (first free), in source order per base.
  update import_stage s set username = app_private.import_username_base(s.given_username, f.email)
    from (select distinct on (e.ord) e.ord, e.email from import_emails e order by e.ord, e.is_primary desc, e.n) f
    where s.reason is null and f.ord = s.ord;
  create index on import_stage (app_public.normalize_username(username));
  analyze import_stage;
  v_base := null;
  for v_row in
    select c.ord, c.username from (
      select s.ord, s.username,
             row_number() over (partition by app_public.normalize_username(s.username) order by s.ord) as nth,
             exists (select 1 from app_public.user_profiles p
                     where app_public.normalize_username(p.username) = app_public.normalize_username(s.username)) as taken
      from import_stage s where s.reason is null) c
    where c.taken or c.nth > 1
    order by app_public.normalize_username(c.username), c.ord
  loop
    -- Accounts that share a base come one after another: go on from the last number given to that base.
    if v_base is distinct from app_public.normalize_username(v_row.username) then
      v_base := app_public.normalize_username(v_row.username);
      v_n := 2;
    else
      v_n := v_n + 1;
    end if;
    loop
      v_name := left(v_row.username, 31 - char_length(v_n::text)) || '_' || v_n;
      exit when not exists (select 1 from app_public.user_profiles p where app_public.normalize_username(p.username) = app_public.normalize_username(v_name))
        and not exists (select 1 from import_stage t where t.reason is null and t.ord <> v_row.ord
                        and app_public.normalize_username(t.username) = app_public.normalize_username(v_name));
      v_n := v_n + 1;
    end loop;
    update import_stage s set username = v_name where s.ord = v_row.ord;
  end loop;

  delete from import_emails e using import_stage s where s.ord = e.ord and s.reason is not null;
  delete from import_providers p using import_stage s where s.ord = p.ord and s.reason is not null;

  insert into app_public.users (uuid, created_at, last_login_at)
    select s.new_uuid, s.created_at, s.last_login_at from import_stage s where s.reason is null order by s.ord;
  insert into app_public.user_profiles (user_uuid, username, display_name)
    select s.new_uuid, s.username, s.display_name from import_stage s where s.reason is null;
  -- A verified import takes the address from accounts that merely claimed it, as verify_email does.
  with gone as (
    delete from app_public.user_emails x using import_emails e
      where e.verified and x.email = e.email and not x.is_verified
      returning x.user_uuid
  )
  insert into app_public.login_audit_logs (event_type, user_uuid, reason)
    select 'email_removed', g.user_uuid, 'verified by another account' from gone g;
  insert into app_public.user_emails (user_uuid, email, is_verified, is_primary, created_at)
    select e.new_uuid, e.email, e.verified, e.n = coalesce(e.first_primary, e.first_any), s.created_at
    from (select i.*, min(i.n) filter (where i.is_primary) over (partition by i.ord) as first_primary,
                 min(i.n) over (partition by i.ord) as first_any
          from import_emails i) e
    join import_stage s on s.ord = e.ord;
  insert into app_public.user_roles (user_uuid, role_id)
    select distinct s.new_uuid, r.role_id
    from import_stage s
    cross join lateral (select 'user' as name union select lower(btrim(x)) from jsonb_array_elements_text(s.roles) x) n
    join app_public.roles r on r.role_name = n.name
    where s.reason is null;
  insert into app_private.user_credentials (user_uuid, password_hash, password_changed_at)
    select s.new_uuid, s.password_hash, s.created_at from import_stage s where s.reason is null and s.password_hash is not null;
  insert into app_public.user_auth_providers (user_uuid, provider_name, external_user_id, created_at)
    select distinct s.new_uuid, p.provider, p.id, s.created_at
    from import_providers p join import_stage s on s.ord = p.ord;
  update app_public.user_status x set status = 'suspended', reason = 'suspended in ' || import_accounts.source
    from import_stage s where s.reason is null and s.status = 'suspended' and x.user_uuid = s.new_uuid;
  insert into app_private.imported_accounts (source, source_id, user_uuid, must_reset_password)
    select import_accounts.source, s.source_id, s.new_uuid, s.password_hash is null from import_stage s where s.reason is null;
  insert into app_public.login_audit_logs (event_type, user_uuid, reason)
    select 'imported', s.new_uuid,
           'from ' || import_accounts.source || case when s.password_hash is null then '; must reset the password' else '' end
    from import_stage s where s.reason is null;

  perform set_config('idkit.import', 'off', true);
  return query
    select s.source_id, case when s.reason is null then 'imported' else 'skipped' end, s.reason,
           case when s.reason is null then s.new_uuid end, s.username,
           case when s.reason is null then s.password_hash is null end
    from import_stage s order by s.ord;
  drop table import_providers;
  drop table import_emails;
  drop table import_stage;
end;
$$;
revoke all on function app_private.import_accounts(text, jsonb) from public;
comment on function app_private.import_accounts(text, jsonb) is
  E'Imports one batch of accounts from another system (`idkit import`), set-based and without bcrypt work: users, profiles, addresses, roles, credentials (hashes as they come; `$2b$`/`$2y$` stored as `$2a$`), providers, status, an `imported` event each. Skips, with a reason, accounts already imported, deleted at the source, with no or an invalid address, an unsupported hash, an unknown role, an invalid or already linked provider, or a verified address another account holds. Accounts without a password get no credentials and must reset it.';

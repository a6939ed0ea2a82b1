--! Previous: sha1:e36aed8869db7725f1415b222592a5d62951107d
--! Hash: sha1:93a99f6bcbfbbac521c9b1814c2ba3a9cc028f49
--! Message: The kit's SECURITY DEFINER functions look names up only where citext and pgcrypto are: in an application's database never in public, which its owner controls

-- Fail fast instead of queueing the application behind a lock: every migration starts with these two lines.
set local lock_timeout = '5s';
set local statement_timeout = '5min';

-- The kit's SECURITY DEFINER functions look names up in pg_catalog and where citext and pgcrypto are
-- installed, and nowhere else. In the kit's own database that is public, as before (app_owner owns the
-- database, hence public). In an application's database public belongs to the application's owner, who could
-- rename it and make a public of its own holding a crypt() that app_owner would then run; there the
-- extensions live in identity_extensions, which only superusers control, and public leaves every path.
create or replace function identity_private.pin_function_search_paths() returns void
  language plpgsql volatile
  set search_path = pg_catalog
as $$
declare
  v_path text;
  v_function regprocedure;
begin
  select 'pg_catalog, ' || string_agg(distinct quote_ident(n.nspname), ', ' order by quote_ident(n.nspname)) || ', pg_temp'
    into v_path
    from pg_extension e join pg_namespace n on n.oid = e.extnamespace
   where e.extname in ('citext', 'pgcrypto');
  if v_path is null then
    raise exception 'citext and pgcrypto are not installed';
  end if;
  -- Every function of the kit that names a schema besides pg_catalog and pg_temp in its search_path.
  for v_function in
    select p.oid::regprocedure
      from pg_proc p
     where p.pronamespace in ('identity'::regnamespace, 'identity_private'::regnamespace)
       and exists (select 1 from unnest(p.proconfig) c
                    where c like 'search_path=%' and c not in ('search_path=pg_catalog', 'search_path=pg_catalog, pg_temp'))
  loop
    execute format('alter function %s set search_path = %s', v_function, v_path);
  end loop;
end;
$$;
comment on function identity_private.pin_function_search_paths() is
  E'Sets the search_path of every kit function that looks up extension objects to pg_catalog, the schemas of citext and pgcrypto, pg_temp: never a schema another role controls. A migration that creates such a function calls it at its end.';
revoke all on function identity_private.pin_function_search_paths() from public;

select identity_private.pin_function_search_paths();

--! Previous: -
--! Hash: sha1:0eec0daf3be1f2ccfe093b03f69569425f8afc92
--! Message: notes

-- The application's schema: a table of its own whose rows belong to the kit's users.
set local lock_timeout = '5s';
set local statement_timeout = '5min';

create schema app_public;
comment on schema app_public is E'The notes application.';
grant usage on schema app_public to app_user, app_admin;

create table app_public.notes (
  id         bigint generated always as identity primary key,
  -- The kit's users are referenced by uuid; deleting an account deletes its notes.
  owner_uuid uuid not null default identity.current_user_uuid() references identity.users (uuid) on delete cascade,
  body       text not null check (length(body) between 1 and 10000),
  created_at timestamptz not null default now()
);
create index notes_owner_uuid_idx on app_public.notes (owner_uuid);
alter table app_public.notes enable row level security;
-- (select …) makes PostgreSQL run the session check once per statement, not once per row.
create policy select_own on app_public.notes for select to app_user
  using (owner_uuid = (select identity.current_user_uuid()));
create policy insert_own on app_public.notes for insert to app_user
  with check (owner_uuid = (select identity.current_user_uuid()));
create policy delete_own on app_public.notes for delete to app_user
  using (owner_uuid = (select identity.current_user_uuid()));
create policy select_all_as_admin on app_public.notes for select to app_admin
  using ((select identity.current_user_is_admin()));
grant select, delete on app_public.notes to app_user;
grant insert (body) on app_public.notes to app_user;
comment on table app_public.notes is E'A note, visible to its author only (and to administrators).';
comment on column app_public.notes.id is E'The note''s id.';
comment on column app_public.notes.owner_uuid is E'The author: the signed-in user who wrote it.';
comment on column app_public.notes.body is E'The text.';
comment on column app_public.notes.created_at is E'When it was written.';

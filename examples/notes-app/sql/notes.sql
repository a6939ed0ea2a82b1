/* @name CountMyNotes */
select count(*)::int as notes from app_public.notes;

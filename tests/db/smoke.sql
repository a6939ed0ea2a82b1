begin;
select plan(2);
select has_schema('app_public');
select has_table('app_public'::name, 'users'::name);
select * from finish();
rollback;

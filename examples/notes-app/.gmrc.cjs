// graphile-migrate for the application's own migrations, run as the application's database owner
// (NOTES_DATABASE_URL). The kit's migrations are not here: `idkit migrate` applies and tracks those itself, in
// identity_migrate, so this chain in graphile_migrate stays the application's alone.
//
// `graphile-migrate reset` (and `commit`, which resets the shadow database NOTES_SHADOW_DATABASE_URL) recreates
// a database empty: afterReset installs the kit into it first, as graphile/starter installs graphile-worker, so
// that the application's migrations find identity.users. `root: true` hands the command a superuser URL of that
// database (GM_DBURL), which is what idkit migrate wants in DATABASE_URL.
const superuser = process.env.DATABASE_URL && new URL(process.env.DATABASE_URL);
if (superuser) superuser.pathname = '/postgres';

module.exports = {
  connectionString: process.env.NOTES_DATABASE_URL,
  shadowConnectionString: process.env.NOTES_SHADOW_DATABASE_URL,
  rootConnectionString: superuser?.toString(),
  migrationsFolder: './migrations',
  pgSettings: { search_path: 'public' },
  afterReset: [{ _: 'command', root: true, command: 'DATABASE_URL="$GM_DBURL" npx --no idkit migrate' }],
};

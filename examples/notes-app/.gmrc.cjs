// graphile-migrate for the application's own migrations, run as the application's database owner
// (NOTES_DATABASE_URL). The kit's migrations are not here: `idkit migrate` applies and tracks those itself,
// in identity_migrate, so this chain in graphile_migrate stays the application's alone.
module.exports = {
  connectionString: process.env.NOTES_DATABASE_URL,
  migrationsFolder: './migrations',
  pgSettings: { search_path: 'public' },
};

// Grafast reads GRAPHILE_ENV when it is first imported, so this module is imported before anything else.
// It follows NODE_ENV unless GRAPHILE_ENV is set explicitly.
process.env.GRAPHILE_ENV ??= process.env.NODE_ENV === 'production' ? 'production' : 'development';

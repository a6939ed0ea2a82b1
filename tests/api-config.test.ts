// The API's protections as configured from the environment: defaults per NODE_ENV, and refused values.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadConfig, parseCorsOrigins, parseTokenKeys } from '../src/config.ts';
import { DEFAULT_LIMITS } from '../src/server/operation-limits.ts';

describe('API configuration', () => {
  test('production turns trusted documents on and introspection off; development the other way round', () => {
    const production = loadConfig({ NODE_ENV: 'production' }, '/srv/app');
    expect(production).toMatchObject({ trustedDocuments: true, introspection: false, corsOrigins: [] });
    // Without IDKIT_TRUSTED_DOCUMENTS_DIR: the allow-list shipped with the package, wherever the server runs.
    expect(production.trustedDocumentsDir).toBe(path.join(import.meta.dirname, '..', 'trusted-documents'));
    const development = loadConfig({}, '/srv/app');
    expect(development).toMatchObject({ trustedDocuments: false, introspection: true, corsOrigins: [] });
    expect(development.limits).toEqual(DEFAULT_LIMITS);
    expect(development.requestTimeoutMs).toBe(10_000);
  });

  test('each protection can be set explicitly', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      IDKIT_TRUSTED_DOCUMENTS: 'false',
      IDKIT_INTROSPECTION: 'true',
      IDKIT_TRUSTED_DOCUMENTS_DIR: 'ops',
      IDKIT_REQUEST_TIMEOUT_MS: '2500',
      IDKIT_MAX_ALIASES: '5',
      IDKIT_MAX_DEPTH: '8',
      IDKIT_MAX_COST: '200',
      IDKIT_MAX_PAGE_SIZE: '50',
      IDKIT_CORS_ORIGINS: 'https://app.example.com, http://localhost:3000',
    }, '/srv/app');
    expect(config).toMatchObject({
      trustedDocuments: false,
      introspection: true,
      trustedDocumentsDir: '/srv/app/ops',
      requestTimeoutMs: 2500,
      limits: { maxAliases: 5, maxDepth: 8, maxCost: 200, maxPageSize: 50, maxSignIns: 1 },
      corsOrigins: ['https://app.example.com', 'http://localhost:3000'],
    });
  });

  test('CORS origins must be exact origins: no wildcard, path or other scheme', () => {
    for (const bad of ['*', 'https://*.example.com', 'https://app.example.com/', 'https://app.example.com/path', 'app.example.com', 'ftp://x.example.com']) {
      expect(() => parseCorsOrigins(bad), bad).toThrow(/IDKIT_CORS_ORIGINS/);
    }
    expect(parseCorsOrigins('')).toEqual([]);
  });

  test('limits and switches refuse values that are not what they look like', () => {
    expect(() => loadConfig({ IDKIT_MAX_DEPTH: '0' })).toThrow(/IDKIT_MAX_DEPTH/);
    expect(() => loadConfig({ IDKIT_MAX_COST: 'lots' })).toThrow(/IDKIT_MAX_COST/);
    expect(() => loadConfig({ IDKIT_INTROSPECTION: 'yes' })).toThrow(/IDKIT_INTROSPECTION/);
  });
});

describe('strong secrets in production', () => {
  const short = 'k1=0123456789abcdef0123'; // 22 characters: fine for development, not for production
  const strong = 'k2=' + 'Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5'.slice(0, 43);
  test('a token key shorter than 32 random bytes (43 base64url characters) is refused in production, without printing it', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', IDKIT_TOKEN_KEYS: short })).toThrow(/too weak for production/);
    try {
      loadConfig({ NODE_ENV: 'production', IDKIT_TOKEN_KEYS: short });
    } catch (error) {
      expect(String(error)).not.toContain('0123456789abcdef0123');
    }
    expect(() => loadConfig({ NODE_ENV: 'production', IDKIT_TOKEN_KEYS: `${strong},${short}` })).toThrow(/"k1"/);
  });
  test('43+ base64url characters or 64 hex digits pass in production; development keeps the 16-character floor', () => {
    expect(parseTokenKeys(strong, true)).toBe(strong);
    expect(parseTokenKeys('k3=' + 'ab'.repeat(32), true)).toBe('k3=' + 'ab'.repeat(32));
    expect(parseTokenKeys(short, false)).toBe(short);
    expect(() => parseTokenKeys('k1=short', false)).toThrow(/16\+ characters/);
  });
});

// The project's error codes are one list: raised by the SQL, known to the TypeScript, documented in the
// README, and passed through GraphQL errors with their code while anything else is masked.
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLError } from 'postgraphile/graphql';
import { expect, test } from 'vitest';
import { CLIENT_RAISED_CODES, IDENTITY_ERROR_CODES, POSTGRES_ERROR_MESSAGES } from '../src/errors.ts';
import { maskError } from '../src/server/mask-error.ts';

const root = path.join(import.meta.dirname, '..');
const migrations = fs
  .readdirSync(path.join(root, 'migrations', 'committed'))
  .map((f) => fs.readFileSync(path.join(root, 'migrations', 'committed', f), 'utf8'))
  .join('\n');
const raised = new Set([...migrations.matchAll(/errcode = '([0-9A-Z]{5})'/g)].map((m) => m[1]!));
const projectCodes = Object.keys(IDENTITY_ERROR_CODES);

test('every error code the SQL raises on purpose is either a project code or a known PostgreSQL code, and vice versa', () => {
  const ownRaised = [...raised].filter((code) => /[A-Z]/.test(code)).sort();
  expect(ownRaised).toEqual(projectCodes.filter((code) => !(CLIENT_RAISED_CODES as readonly string[]).includes(code)).sort());
  for (const code of [...raised].filter((c) => /^[0-9]+$/.test(c))) expect(Object.keys(POSTGRES_ERROR_MESSAGES)).toContain(code);
});

test('the README error table documents every project code', () => {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const documented = new Set([...readme.matchAll(/^\| `([A-Z]{5})` \|/gm)].map((m) => m[1]!));
  expect([...documented].sort()).toEqual([...projectCodes].sort());
});

test('GraphQL errors keep every project code and its message in extensions, never more', () => {
  for (const code of projectCodes) {
    const original = Object.assign(new Error(`message for ${code}`), { code, where: 'PL/pgSQL function identity_private.x() line 3' });
    const masked = maskError(new GraphQLError('raw', { originalError: original, path: ['someField'] }));
    expect(masked.message).toBe(`message for ${code}`);
    expect(masked.extensions).toEqual({ code });
    expect(masked.path).toEqual(['someField']);
  }
});

test('PostgreSQL errors reach GraphQL as a fixed message with their code, and unknown errors are masked', () => {
  const check = Object.assign(new Error('new row for relation "user_profiles" violates check constraint "x"'), {
    code: '23514',
    constraint: 'user_profiles_bio_length',
  });
  const masked = maskError(new GraphQLError('raw', { originalError: check }));
  expect(masked.message).toBe(POSTGRES_ERROR_MESSAGES['23514']);
  expect(masked.extensions).toEqual({ code: '23514', constraint: 'user_profiles_bio_length' });

  const internal = Object.assign(new Error('relation "identity_private.secret" does not exist at character 15: select * from x'), {
    code: '42P01',
  });
  const hidden = maskError(new GraphQLError('raw', { originalError: internal }));
  expect(hidden.message).not.toContain('identity_private');
  expect(hidden.message).not.toContain('select');
  expect(JSON.stringify(hidden.extensions)).not.toContain('42P01');
});

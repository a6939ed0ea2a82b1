// generated/ must be what the migrations and sql/ produce; the check itself must catch a stale file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { calculateHash } from 'graphile-migrate/dist/hash.js';
import { checkGenerated, describeDrift } from '../src/codegen/generate.ts';
import { normaliseDump } from '../src/codegen/schema-dump.ts';
import { createTestDatabase, type TestDatabase } from './support/database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

test('generated/ matches a fresh generation from the migrated schema and sql/', async () => {
  const report = await checkGenerated({ target: database });
  expect(report, describeDrift(report)).toEqual({ changed: [], added: [], removed: [] });
}, 180_000);

test('a changed sql/ file without regeneration is reported as drift', async () => {
  const sqlDir = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-sql-'));
  try {
    fs.cpSync(path.join(import.meta.dirname, '..', 'sql'), sqlDir, { recursive: true });
    fs.appendFileSync(path.join(sqlDir, 'roles.sql'), '\n/* @name CountRoles */\nselect count(*) as n from identity.roles;\n');
    const report = await checkGenerated({ target: database, sqlDir });
    expect(report.changed).toEqual(['roles.queries.ts']);
    expect(describeDrift(report)).toContain('Run `npm run gen`');
  } finally {
    fs.rmSync(sqlDir, { recursive: true, force: true });
  }
});

test('generated/schema.sql carries no version banner and no \\restrict key, and lists the kit schemas only', () => {
  const dump = fs.readFileSync(path.join(import.meta.dirname, '..', 'generated', 'schema.sql'), 'utf8');
  expect(dump).not.toMatch(/^-- Dumped (from|by)/m);
  expect(dump).not.toMatch(/^\\(un)?restrict/m);
  expect(dump).toContain('CREATE TABLE identity.users (');
  expect(dump).toContain('CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;');
  // Monthly audit partitions depend on the date the migrations ran; the default partition does not.
  expect(dump).not.toMatch(/login_audit_logs_\d{6}/);
  expect(dump).toContain('CREATE TABLE identity.login_audit_logs_default (');
  expect(dump).not.toContain('test_support');
});

test('normaliseDump removes the banners and restrict keys pg_dump 18 writes (and pg_dump 15 does not)', () => {
  const pg18 = '--\n-- PostgreSQL database dump\n--\n\n\\restrict AbC123\n\n-- Dumped from database version 18.1\n-- Dumped by pg_dump version 18.1\n\nCREATE SCHEMA a;\n\n\n\\unrestrict AbC123\n';
  const pg15 = '--\n-- PostgreSQL database dump\n--\n\n-- Dumped from database version 15.18\n-- Dumped by pg_dump version 15.18\n\nCREATE SCHEMA a;\n\n';
  expect(normaliseDump(pg18)).toBe('--\n-- PostgreSQL database dump\n--\n\nCREATE SCHEMA a;\n');
  expect(normaliseDump(pg15)).toBe(normaliseDump(pg18));
});

test('a new committed migration without regeneration is reported as drift of schema.sql', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-migrations-'));
  try {
    fs.cpSync(path.join(import.meta.dirname, '..', 'migrations'), folder, { recursive: true });
    const committed = path.join(folder, 'committed');
    const last = fs.readdirSync(committed).sort().at(-1)!;
    const previous = /^--! Hash: (\S+)$/m.exec(fs.readFileSync(path.join(committed, last), 'utf8'))![1]!;
    const body = "comment on table identity.users is E'Accounts, changed by a migration nobody regenerated for.';\n";
    fs.writeFileSync(
      path.join(committed, '999999-drift.sql'),
      `--! Previous: ${previous}\n--! Hash: ${calculateHash(body, previous)}\n--! Message: drift\n\n${body}`,
    );
    const report = await checkGenerated({ target: database, migrationsFolder: folder });
    expect(report.changed).toEqual(['schema.sql']);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}, 180_000);

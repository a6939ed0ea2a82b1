// Issue 13: the 1.0 baseline (migrations/committed/000001) builds exactly the schema the pre-1.0 chain built
// (tests/fixtures/pre-1.0-migrations, replayed verbatim under its old schema names, then renamed with ALTER
// SCHEMA), compared catalog entry by catalog entry. A difference fails with a list of what differs.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as gm from 'graphile-migrate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { withClient } from '../src/db/connect.ts';
import { applyMigrations, migrationSettings, PROJECT_ROOT, settleMigrationPools } from '../src/db/migrations.ts';
import { provisionDatabase } from '../src/db/provision.ts';
import { describeTarget, withConnection, type DatabaseTarget } from '../src/db/target.ts';

const FIXTURE_CHAIN = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'pre-1.0-migrations');
const SCHEMAS = ['identity', 'identity_private'];

/** What text (function bodies, search_path settings, comments) still says after ALTER SCHEMA ... RENAME. */
const renameText = (text: string) => text.replace(/\bapp_private\b/g, 'identity_private').replace(/\bapp_public\b/g, 'identity');

/**
 * Differences that are not differences: the catalog entry, what the old chain left and what the baseline says.
 * The old chain made `username` citext, added this CHECK, then changed the column to text: PostgreSQL kept the
 * pattern's citext cast inside the expression. The baseline states the same check on a text column.
 */
const ACCEPTED: Record<string, { old: string; baseline: string }> = {
  'constraints identity.user_profiles.user_profiles_username_format': {
    old: "c CHECK ((username ~ ('^[A-Za-z][A-Za-z0-9_]*$'::citext)::text)) valid",
    baseline: "c CHECK ((username ~ '^[A-Za-z][A-Za-z0-9_]*$'::text)) valid",
  },
};

/** Sorted ACL entries as text, so grant order does not matter but every grantee, privilege and grantor does. */
const acl = (column: string) =>
  `coalesce((select string_agg(e, ',' order by e) from (
     select coalesce(g.rolname, 'PUBLIC') || '=' || a.privilege_type || case when a.is_grantable then '*' else '' end
            || '/' || coalesce(o.rolname, '?') as e
     from aclexplode(${column}) a left join pg_roles g on g.oid = a.grantee left join pg_roles o on o.oid = a.grantor) entries), '(default)')`;

/** Each query returns (key, value) rows: one catalog aspect. `textual`: values that hold SQL text (renamed in the old database). */
const ASPECTS: { name: string; textual?: boolean; sql: string }[] = [
  { name: 'extensions', sql: `select extname as key, extversion || ' in ' || extnamespace::regnamespace::text as value from pg_extension` },
  {
    name: 'schemas',
    sql: `select nspname as key, pg_get_userbyid(nspowner) || ' ' || ${acl('nspacl')} as value from pg_namespace
          where nspname = any($1) or nspname = 'public'`,
  },
  {
    name: 'default privileges',
    sql: `select pg_get_userbyid(defaclrole) || ' ' || coalesce(defaclnamespace::regnamespace::text, '(all schemas)') || ' ' || defaclobjtype::text as key,
                 ${acl('defaclacl')} as value from pg_default_acl`,
  },
  {
    name: 'relations',
    sql: `select n.nspname || '.' || c.relname as key,
                 concat_ws(' | ', c.relkind::text, c.relpersistence::text, pg_get_userbyid(c.relowner), c.reloptions::text,
                           'rls=' || c.relrowsecurity, 'force=' || c.relforcerowsecurity, 'replica=' || c.relreplident::text,
                           'partition of ' || (select i.inhparent::regclass::text from pg_inherits i where i.inhrelid = c.oid and c.relispartition),
                           pg_get_expr(c.relpartbound, c.oid), case when c.relkind = 'p' then pg_get_partkeydef(c.oid) end,
                           'acl=' || ${acl('c.relacl')}) as value
          from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = any($1) and c.relkind <> 'i'`,
  },
  {
    name: 'columns',
    sql: `select n.nspname || '.' || c.relname || '.' || a.attname as key,
                 concat_ws(' | ', 'position ' || row_number() over (partition by c.oid order by a.attnum), format_type(a.atttypid, a.atttypmod),
                           case when a.attnotnull then 'not null' end, 'default ' || pg_get_expr(d.adbin, d.adrelid),
                           case a.attidentity when 'a' then 'identity always' when 'd' then 'identity by default' end,
                           case when a.attgenerated <> '' then 'generated ' || a.attgenerated::text end,
                           case when a.attcollation <> 0 then 'collate ' || a.attcollation::regcollation::text end,
                           'acl=' || ${acl('a.attacl')}) as value
          from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
          left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
          where n.nspname = any($1) and c.relkind in ('r', 'p', 'v', 'm', 'c', 'f') and a.attnum > 0 and not a.attisdropped`,
  },
  {
    name: 'constraints',
    sql: `select n.nspname || '.' || coalesce(c.relname, t.typname) || '.' || k.conname as key,
                 k.contype::text || ' ' || pg_get_constraintdef(k.oid) || case when k.convalidated then ' valid' else ' not valid' end as value
          from pg_constraint k join pg_namespace n on n.oid = k.connamespace
          left join pg_class c on c.oid = k.conrelid left join pg_type t on t.oid = k.contypid
          where n.nspname = any($1)`,
  },
  {
    name: 'indexes',
    sql: `select n.nspname || '.' || c.relname as key, pg_get_indexdef(c.oid) || case when x.indisvalid then '' else ' (invalid)' end as value
          from pg_index x join pg_class c on c.oid = x.indexrelid join pg_namespace n on n.oid = c.relnamespace where n.nspname = any($1)`,
  },
  {
    name: 'policies',
    sql: `select schemaname || '.' || tablename || '.' || policyname as key,
                 concat_ws(' | ', permissive, cmd, roles::text, 'using ' || qual, 'check ' || with_check) as value
          from pg_policies where schemaname = any($1)`,
  },
  {
    name: 'triggers',
    sql: `select n.nspname || '.' || c.relname || '.' || t.tgname as key, pg_get_triggerdef(t.oid) || ' enabled=' || t.tgenabled::text as value
          from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = any($1) and not t.tgisinternal`,
  },
  {
    name: 'functions',
    textual: true,
    sql: `select p.oid::regprocedure::text as key,
                 concat_ws(E'\\n', pg_get_functiondef(p.oid), 'owner ' || pg_get_userbyid(p.proowner), 'config ' || p.proconfig::text,
                           'acl ' || ${acl('p.proacl')}) as value
          from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = any($1)`,
  },
  {
    name: 'types',
    sql: `select n.nspname || '.' || t.typname as key,
                 concat_ws(' | ', t.typtype::text, pg_get_userbyid(t.typowner), 'acl=' || ${acl('t.typacl')},
                           (select string_agg(e.enumlabel, ',' order by e.enumsortorder) from pg_enum e where e.enumtypid = t.oid)) as value
          from pg_type t join pg_namespace n on n.oid = t.typnamespace
          where n.nspname = any($1) and (t.typtype in ('e', 'd', 'r', 'm') or (t.typtype = 'c' and (select relkind from pg_class where oid = t.typrelid) = 'c'))`,
  },
  {
    name: 'sequences',
    sql: `select schemaname || '.' || sequencename as key,
                 concat_ws(' | ', data_type, start_value, min_value, max_value, increment_by, cycle, cache_size, 'last ' || coalesce(last_value::text, 'none')) as value
          from pg_sequences where schemaname = any($1)`,
  },
  {
    name: 'comments',
    textual: true,
    sql: `select i.type || ' ' || i.identity as key, d.description as value
          from pg_description d, pg_identify_object(d.classoid, d.objoid, d.objsubid) i
          where i.schema = any($1) or (d.classoid = 'pg_namespace'::regclass and i.identity = any($1))`,
  },
];

async function catalogOf(url: string, textual: (text: string) => string): Promise<Map<string, string>> {
  return withClient(url, async (client) => {
    const entries = new Map<string, string>();
    for (const aspect of ASPECTS) {
      const { rows } = await client
        .query<{ key: string; value: string | null }>(aspect.sql, aspect.sql.includes('$1') ? [SCHEMAS] : [])
        .catch((error: Error) => Promise.reject(new Error(`reading ${aspect.name}: ${error.message}`)));
      for (const { key, value } of rows) {
        const k = `${aspect.name} ${key}`;
        if (entries.has(k)) throw new Error(`two catalog entries for ${k}`);
        entries.set(k, aspect.textual ? textual(value ?? '') : (value ?? ''));
      }
    }
    // Row contents of every table (seeded rows: roles, auth_settings, common passwords; the rest empty).
    const { rows: tables } = await client.query<{ name: string }>(
      `select format('%I.%I', n.nspname, c.relname) as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = any($1) and c.relkind = 'r' order by 1`,
      [SCHEMAS],
    );
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: string; digest: string | null }>(
        `select count(*)::text as n, md5(string_agg(to_jsonb(t)::text, E'\\n' order by to_jsonb(t)::text)) as digest from only ${name} t`,
      );
      entries.set(`rows ${name}`, `${rows[0]!.n} rows, md5 ${rows[0]!.digest ?? '-'}`);
    }
    return entries;
  });
}

/** A readable list of what differs, empty when the catalogs match. */
function differences(old: Map<string, string>, baseline: Map<string, string>): string[] {
  const out: string[] = [];
  for (const key of [...new Set([...old.keys(), ...baseline.keys()])].sort()) {
    const a = old.get(key);
    const b = baseline.get(key);
    if (a === b) continue;
    const accepted = ACCEPTED[key];
    if (accepted && a === accepted.old && b === accepted.baseline) continue;
    if (a === undefined) out.push(`only in the baseline: ${key}\n    ${b}`);
    else if (b === undefined) out.push(`only in the old chain: ${key}\n    ${a}`);
    else out.push(`differs: ${key}\n    old chain: ${a.replaceAll('\n', '\n               ')}\n    baseline:  ${b.replaceAll('\n', '\n               ')}`);
  }
  return out;
}

describe('the 1.0 baseline', () => {
  const server = inject('testServer');
  const made: string[] = [];
  let oldChain: DatabaseTarget;
  let baseline: DatabaseTarget;

  async function emptyDatabase(): Promise<DatabaseTarget> {
    const name = `${server.prefix}_${randomBytes(4).toString('hex')}`;
    made.push(name);
    await provisionDatabase(server.maintenanceUrl, name);
    return describeTarget(withConnection(server.maintenanceUrl, { database: name }), server.secrets, false, async () => {});
  }

  beforeAll(async () => {
    [oldChain, baseline] = await Promise.all([emptyDatabase(), emptyDatabase()]);
    await gm.migrate({ ...migrationSettings(oldChain), migrationsFolder: FIXTURE_CHAIN }, false, false);
    await withClient(oldChain.ownerUrl, (client) =>
      client.query('alter schema app_public rename to identity; alter schema app_private rename to identity_private'),
    );
    // The baseline alone: the migrations committed after it are not part of the comparison.
    const baselineOnly = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-baseline-'));
    try {
      const committed = path.join(PROJECT_ROOT, 'migrations', 'committed');
      const [first] = fs.readdirSync(committed).filter((f) => f.endsWith('.sql')).sort();
      fs.mkdirSync(path.join(baselineOnly, 'committed'));
      fs.copyFileSync(path.join(committed, first!), path.join(baselineOnly, 'committed', first!));
      fs.writeFileSync(path.join(baselineOnly, 'current.sql'), '-- Enter migration here\n');
      await gm.migrate({ ...migrationSettings(baseline), migrationsFolder: baselineOnly }, false, false);
    } finally {
      fs.rmSync(baselineOnly, { recursive: true, force: true });
    }
    await settleMigrationPools();
  });

  afterAll(async () => {
    await withClient(server.maintenanceUrl, async (client) => {
      for (const name of made) await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`);
    });
  });

  it('builds the catalog the pre-1.0 chain built, once its schemas are renamed', async () => {
    const [before, after] = await Promise.all([catalogOf(oldChain.superuserUrl, renameText), catalogOf(baseline.superuserUrl, (t) => t)]);
    // The comparison covers something: every aspect found entries on both sides.
    for (const aspect of [...ASPECTS.map((a) => a.name), 'rows']) {
      expect([...after.keys()].some((k) => k.startsWith(`${aspect} `)), `no ${aspect} in the baseline`).toBe(true);
    }
    expect(after.get('rows identity_private.common_passwords')).toMatch(/^49233 rows/);
    const diff = differences(before, after);
    expect(diff, `the baseline differs from the pre-1.0 chain:\n${diff.join('\n')}`).toEqual([]);
  });

  it('reports a difference it did not expect, readably', () => {
    const a = new Map([['functions identity.f()', 'select 1'], ['relations identity.t', 'r']]);
    const b = new Map([['functions identity.f()', 'select 2'], ['relations identity.u', 'r']]);
    expect(differences(a, b)).toEqual([
      'differs: functions identity.f()\n    old chain: select 1\n    baseline:  select 2',
      'only in the old chain: relations identity.t\n    r',
      'only in the baseline: relations identity.u\n    r',
    ]);
  });

  it('replays the old chain verbatim: graphile-migrate recorded exactly the fixture files, by their hashes', async () => {
    const folder = path.join(FIXTURE_CHAIN, 'committed');
    const hashes = fs.readdirSync(folder).filter((f) => f.endsWith('.sql')).sort()
      .map((f) => /^--! Hash: (\S+)$/m.exec(fs.readFileSync(path.join(folder, f), 'utf8'))?.[1]);
    const { rows } = await withClient(oldChain.superuserUrl, (client) =>
      client.query<{ hash: string }>('select hash from graphile_migrate.migrations order by filename'),
    );
    expect(hashes.length).toBeGreaterThanOrEqual(16);
    expect(rows.map((r) => r.hash)).toEqual(hashes);
  });

  // Last: it changes the baseline database.
  it('notices a changed grant, column default, function setting and seeded row in a real catalog', async () => {
    const before = await catalogOf(oldChain.superuserUrl, renameText);
    await withClient(baseline.ownerUrl, (client) =>
      client.query(`
        grant select (bio) on identity.user_profiles to app_user;
        alter table identity_private.auth_settings alter column bcrypt_cost set default 11;
        alter function identity_private.sha256(text) set search_path = public;
        update identity.roles set description = description || '.' where role_name = 'user';`),
    );
    const keys = differences(before, await catalogOf(baseline.superuserUrl, (t) => t)).map((d) => d.split('\n')[0]);
    expect(keys).toEqual([
      'differs: columns identity.user_profiles.bio',
      'differs: columns identity_private.auth_settings.bcrypt_cost',
      'differs: functions identity_private.sha256(text)',
      'differs: rows identity.roles',
    ]);
  });
});

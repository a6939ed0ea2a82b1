// `idkit doctor`: checks a live database against what the kit promises (RLS, pinned search_path, no PUBLIC
// execute, no secret readable by an API role, migrations as committed, audit partitions ahead, roles and grants).
// `doctor(settings)` returns the findings; the CLI prints them and exits 1 when there is any (EXIT.doctorFindings).
import { getAllMigrations } from 'graphile-migrate/dist/migration.js';
import { calculateHash } from 'graphile-migrate/dist/hash.js';
import type { ParsedSettings } from 'graphile-migrate/dist/settings.js';
import path from 'node:path';
import type pg from 'pg';
import type { Config } from '../config.ts';
import { withClient } from '../db/connect.ts';
import { migrationStatusAt, PROJECT_ROOT } from '../db/migrations.ts';
import { databaseExists, missingDatabase } from '../db/provision.ts';
import { openDatabaseTarget } from '../db/target.ts';
import { untrustedSchemas } from '../db/trusted-schemas.ts';
import { EXIT } from './exit-codes.ts';

/** Stable names of the checks, in the order they run; scripts may match on them. */
export const DOCTOR_CHECKS = [
  'rls-enabled',
  'security-definer-search-path',
  'search-path-schemas',
  'no-public-execute',
  'secret-columns',
  'migrations-match',
  'audit-partitions-ahead',
  'audit-default-partition-empty',
  'role-attributes',
  'role-memberships',
  'schema-grants',
  'database-grants',
] as const;
export type DoctorCheck = (typeof DOCTOR_CHECKS)[number];

export interface Finding {
  check: DoctorCheck;
  /** The object at fault (`identity.users`, `app_user`, `000003.sql`...). */
  object: string;
  message: string;
}

/** The kit's roles; tests pass roles of their own here (roles are cluster-wide, the kit's are shared). */
export interface KitRoles {
  owner: string;
  authenticator: string;
  anonymous: string;
  user: string;
  admin: string;
}
export const KIT_ROLES: KitRoles = {
  owner: 'app_owner',
  authenticator: 'app_authenticator',
  anonymous: 'app_anonymous',
  user: 'app_user',
  admin: 'app_admin',
};

/** The kit's schemas, written out (not built) so that a rename finds them. */
const KIT_SCHEMAS = ['identity', 'identity_private'];
/** The schema whose every column is secret: no API role has anything in it. */
const PRIVATE_SCHEMA = 'identity_private';
/**
 * How the kit marks a secret column outside the private schema: its comment says it is never readable by API
 * roles (provider tokens, TOTP seeds). Every column of identity_private is secret as well.
 */
const SECRET_COLUMN_MARK = 'never readable by API roles';

export interface DoctorSettings {
  /** A superuser connection to the identity database (doctor only reads). */
  superuserUrl: string;
  /** Folder holding committed/ (default: the package's migrations/). */
  migrationsFolder?: string;
  /** Months after the current one that must have an audit partition (default 2; `idkit maintain` keeps 3). */
  monthsAhead?: number;
  /** The roles to check (default KIT_ROLES). */
  roles?: KitRoles;
  /** Only these checks (default all). */
  checks?: readonly DoctorCheck[];
}

export interface DoctorReport {
  checks: DoctorCheck[];
  findings: Finding[];
}

type CheckFn = (client: pg.Client, settings: Required<DoctorSettings>) => Promise<Finding[]>;

const apiRoles = (roles: KitRoles) => [roles.anonymous, roles.user, roles.admin, roles.authenticator];

async function rows<T extends pg.QueryResultRow>(client: pg.Client, sql: string, values: unknown[] = []): Promise<T[]> {
  return (await client.query<T>(sql, values)).rows;
}

const checks: Record<DoctorCheck, CheckFn> = {
  async 'rls-enabled'(client) {
    const found = await rows<{ name: string }>(
      client,
      `select format('%I.%I', n.nspname, c.relname) as name
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = any($1) and c.relkind in ('r', 'p') and not c.relrowsecurity
        order by 1`,
      [KIT_SCHEMAS],
    );
    return found.map((r) => ({ check: 'rls-enabled', object: r.name, message: `table ${r.name} does not have row-level security enabled` }));
  },

  async 'search-path-schemas'(client) {
    // A schema another role controls in a pinned search_path lets that role put its own crypt() or citext
    // before the real ones (or rename the schema and make another) and have app_owner run it.
    const paths = await rows<{ name: string; schemas: string[] }>(
      client,
      `select p.oid::regprocedure::text as name,
              array(select btrim(x, ' "') from unnest(string_to_array(substr(c, length('search_path=') + 1), ',')) x
                     where btrim(x, ' "') not in ('pg_catalog', 'pg_temp', '$user')) as schemas
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace, unnest(p.proconfig) c
        where n.nspname = any($1) and c like 'search_path=%'
        order by 1`,
      [KIT_SCHEMAS],
    );
    const untrusted = new Map<string, string[]>();
    for (const u of await untrustedSchemas(client, [...new Set(paths.flatMap((p) => p.schemas))])) {
      untrusted.set(u.name, [...(untrusted.get(u.name) ?? []), u.controller]);
    }
    return paths.flatMap((p) =>
      p.schemas
        .filter((schema) => untrusted.has(schema))
        .map((schema) => ({
          check: 'search-path-schemas' as const,
          object: p.name,
          message: `${p.name} looks names up in schema ${schema}, which ${untrusted.get(schema)!.join(' and ')} may change (only superusers and app_owner may)`,
        })),
    );
  },

  async 'security-definer-search-path'(client) {
    const found = await rows<{ name: string }>(
      client,
      `select p.oid::regprocedure::text as name
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = any($1) and p.prosecdef
          and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) s where s like 'search_path=%')
        order by 1`,
      [KIT_SCHEMAS],
    );
    return found.map((r) => ({
      check: 'security-definer-search-path',
      object: r.name,
      message: `SECURITY DEFINER function ${r.name} does not pin search_path (add \`set search_path = pg_catalog, pg_temp\`)`,
    }));
  },

  async 'no-public-execute'(client) {
    // A NULL proacl means the built-in default, which grants EXECUTE to PUBLIC.
    const found = await rows<{ name: string }>(
      client,
      `select p.oid::regprocedure::text as name
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = any($1)
          and exists (select 1 from aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                       where a.grantee = 0 and a.privilege_type = 'EXECUTE')
        order by 1`,
      [KIT_SCHEMAS],
    );
    return found.map((r) => ({ check: 'no-public-execute', object: r.name, message: `function ${r.name} is executable by PUBLIC` }));
  },

  async 'secret-columns'(client, settings) {
    const found = await rows<{ role: string; name: string }>(
      client,
      `with secret as (
         select c.oid as rel, a.attname, format('%I.%I.%I', n.nspname, c.relname, a.attname) as name
           from pg_attribute a
           join pg_class c on c.oid = a.attrelid
           join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = any($1) and c.relkind in ('r', 'p', 'v', 'm', 'f') and a.attnum > 0 and not a.attisdropped
            and (n.nspname = $2 or col_description(c.oid, a.attnum) like '%' || $3 || '%'))
       select r.rolname as role, s.name
         from secret s, pg_roles r
        where r.rolname = any($4)
          and (has_column_privilege(r.oid, s.rel, s.attname, 'SELECT') or has_table_privilege(r.oid, s.rel, 'SELECT'))
        order by 2, 1`,
      [KIT_SCHEMAS, PRIVATE_SCHEMA, SECRET_COLUMN_MARK, apiRoles(settings.roles)],
    );
    return found.map((r) => ({ check: 'secret-columns', object: r.name, message: `${r.role} can read the secret column ${r.name}` }));
  },

  async 'migrations-match'(client, settings) {
    const findings: Finding[] = [];
    const add = (object: string, message: string) => findings.push({ check: 'migrations-match', object, message });
    let committed: { filename: string; realFilename: string; hash: string; previousHash: string | null; body: string }[] = [];
    try {
      // graphile-migrate's own reader: it parses the headers and checks the Previous chain.
      committed = await getAllMigrations({ migrationsFolder: settings.migrationsFolder } as ParsedSettings);
    } catch (error) {
      add('migrations/committed', `the committed migrations do not form a chain: ${(error as Error).message}`);
    }
    for (const m of committed) {
      const actual = calculateHash(m.body, m.previousHash);
      if (actual !== m.hash) add(m.realFilename, `migrations/committed/${m.realFilename} was edited: its body hashes to ${actual}, its header says ${m.hash}`);
    }
    // The kit's own record (identity_migrate), wherever it is installed; none yet means nothing is applied. Checked
    // by name first: a failed query would end the read-only transaction the other checks run in.
    const recorded = (await rows<{ present: boolean }>(client, `select to_regclass('identity_migrate.migrations') is not null as present`))[0]!.present;
    const applied = recorded
      ? await rows<{ filename: string; hash: string; previous_hash: string | null }>(client, `select filename, hash, previous_hash from identity_migrate.migrations order by filename`)
      : [];
    const byFilename = new Map(committed.map((m) => [m.filename, m]));
    for (const row of applied) {
      const file = byFilename.get(row.filename);
      if (!file) add(row.filename, `applied migration ${row.filename} (${row.hash}) is not among the committed migrations`);
      else if (file.hash !== row.hash) add(file.realFilename, `applied migration ${row.filename} has hash ${row.hash}, the committed file ${file.realFilename} has ${file.hash}`);
    }
    const appliedNames = new Set(applied.map((r) => r.filename));
    for (const m of committed) {
      if (!appliedNames.has(m.filename)) add(m.realFilename, `committed migration ${m.realFilename} is not applied (run \`idkit migrate\`)`);
    }
    return findings;
  },

  async 'audit-partitions-ahead'(client, settings) {
    // Bounds are UTC month starts (identity_private.create_login_audit_partitions).
    const found = await rows<{ month: string }>(
      client,
      `with months as (
         select (date_trunc('month', now() at time zone 'UTC') + make_interval(months => i)) at time zone 'UTC' as start
           from generate_series(0, $1::int) i),
       bounds as (
         select (regexp_match(pg_get_expr(c.relpartbound, c.oid), $$FROM \\('([^']+)'\\) TO \\('([^']+)'\\)$$)) as b
           from pg_inherits i join pg_class c on c.oid = i.inhrelid
          where i.inhparent = 'identity.login_audit_logs'::regclass)
       select to_char(m.start at time zone 'UTC', 'YYYY-MM') as month
         from months m
        where not exists (select 1 from bounds where b is not null and b[1]::timestamptz <= m.start and m.start < b[2]::timestamptz)
        order by 1`,
      [settings.monthsAhead],
    );
    return found.map((r) => ({
      check: 'audit-partitions-ahead',
      object: `identity.login_audit_logs ${r.month}`,
      message: `login_audit_logs has no partition for ${r.month}: its events would land in the default partition (run \`idkit maintain\`)`,
    }));
  },

  async 'audit-default-partition-empty'(client) {
    const [partition] = await rows<{ name: string | null }>(
      client,
      `select format('%I.%I', n.nspname, c.relname) as name
         from pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_namespace n on n.oid = c.relnamespace
        where i.inhparent = 'identity.login_audit_logs'::regclass and pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT'`,
    );
    if (!partition?.name) return [];
    const [{ count }] = (await rows<{ count: string }>(client, `select count(*) from (select 1 from ${partition.name} limit 1000) d`)) as [{ count: string }];
    if (Number(count) === 0) return [];
    return [
      {
        check: 'audit-default-partition-empty',
        object: partition.name,
        message: `${partition.name} holds ${Number(count) >= 1000 ? '1000 or more' : count} events: create the partitions of their months, then move the rows there`,
      },
    ];
  },

  async 'role-attributes'(client, settings) {
    return roleAttributeFindings(client, settings.roles);
  },

  async 'role-memberships'(client, settings) {
    return roleMembershipFindings(client, settings.roles);
  },

  async 'schema-grants'(client, settings) {
    const { roles } = settings;
    const found = await rows<{ grantee: string; schema: string; privilege: string }>(
      client,
      `select coalesce(r.rolname, 'PUBLIC') as grantee, n.nspname as schema, a.privilege_type as privilege
         from pg_namespace n
         cross join lateral aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) a
         left join pg_roles r on r.oid = a.grantee
        where n.nspname = any($1 || array['public'])
          and (a.grantee = 0 or r.rolname = any($2))
          and (a.privilege_type = 'CREATE' or (n.nspname = $3 and a.privilege_type = 'USAGE'))
        order by 2, 1, 3`,
      [KIT_SCHEMAS, apiRoles(roles), PRIVATE_SCHEMA],
    );
    const findings: Finding[] = found.map((r) => ({
      check: 'schema-grants',
      object: `${r.schema} ${r.grantee}`,
      message: `${r.grantee} has ${r.privilege} on schema ${r.schema}`,
    }));
    // The API roles need USAGE on the public schema of the kit to reach its functions and tables.
    const missing = await rows<{ role: string }>(
      client,
      `select r as role from unnest($1::text[]) r where exists (select 1 from pg_roles where rolname = r)
          and not has_schema_privilege(r, 'identity', 'USAGE') order by 1`,
      [[roles.anonymous, roles.user, roles.admin]],
    );
    for (const r of missing) findings.push({ check: 'schema-grants', object: `identity ${r.role}`, message: `${r.role} has no USAGE on schema identity` });
    return findings;
  },

  async 'database-grants'(client, settings) {
    const { roles } = settings;
    const [db] = (await rows<{ name: string; owner: string; public_privileges: string[]; authenticator_connect: boolean | null }>(
      client,
      `select d.datname as name, pg_get_userbyid(d.datdba) as owner,
              array(select a.privilege_type from aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) a where a.grantee = 0 order by 1) as public_privileges,
              (select has_database_privilege(r.oid, d.oid, 'CONNECT') from pg_roles r where r.rolname = $1) as authenticator_connect
         from pg_database d where d.datname = current_database()`,
      [roles.authenticator],
    )) as [{ name: string; owner: string; public_privileges: string[]; authenticator_connect: boolean | null }];
    const findings: Finding[] = [];
    const add = (message: string) => findings.push({ check: 'database-grants', object: `database ${db.name}`, message });
    // The kit owns the databases it creates. One it was installed into (an application's) keeps its owner and
    // grants, which are the application's: there the kit needs only CONNECT for the authenticator.
    const application = db.owner !== roles.owner;
    if (!application && db.public_privileges.length > 0) add(`PUBLIC has ${db.public_privileges.join(', ')} on database ${db.name}`);
    if (db.authenticator_connect === false) add(`${roles.authenticator} cannot connect to database ${db.name}`);
    return findings;
  },
};

interface RoleRow {
  rolname: string;
  rolsuper: boolean;
  rolinherit: boolean;
  rolcreaterole: boolean;
  rolcreatedb: boolean;
  rolcanlogin: boolean;
  rolreplication: boolean;
  rolbypassrls: boolean;
}

/** Role attributes as provisionRoles sets them (src/db/provision.ts), read from pg_roles. */
export async function roleAttributeFindings(client: pg.Client, roles: KitRoles): Promise<Finding[]> {
  const expected: Record<string, { login: boolean; inherit: boolean }> = {
    [roles.owner]: { login: true, inherit: true },
    [roles.authenticator]: { login: true, inherit: false },
    [roles.anonymous]: { login: false, inherit: true },
    [roles.user]: { login: false, inherit: true },
    [roles.admin]: { login: false, inherit: true },
  };
  const found = await rows<RoleRow>(
    client,
    `select rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolreplication, rolbypassrls
       from pg_roles where rolname = any($1)`,
    [Object.keys(expected)],
  );
  const findings: Finding[] = [];
  for (const [name, want] of Object.entries(expected)) {
    const add = (message: string) => findings.push({ check: 'role-attributes', object: name, message: `role ${name} ${message}` });
    const role = found.find((r) => r.rolname === name);
    if (!role) {
      add('does not exist (run `idkit migrate`)');
      continue;
    }
    if (role.rolcanlogin !== want.login) add(want.login ? 'cannot log in (expected LOGIN)' : 'can log in (expected NOLOGIN)');
    if (role.rolinherit !== want.inherit) add(want.inherit ? 'is NOINHERIT (expected INHERIT)' : 'inherits the privileges of its roles (expected NOINHERIT)');
    for (const [attribute, label] of [
      ['rolsuper', 'SUPERUSER'],
      ['rolcreaterole', 'CREATEROLE'],
      ['rolcreatedb', 'CREATEDB'],
      ['rolreplication', 'REPLICATION'],
      ['rolbypassrls', 'BYPASSRLS'],
    ] as const) {
      if (role[attribute]) add(`has ${label}`);
    }
  }
  return findings;
}

/** Memberships: the authenticator holds exactly the three API roles, app_admin holds app_user, nothing else. */
export async function roleMembershipFindings(client: pg.Client, roles: KitRoles): Promise<Finding[]> {
  const expected = new Set([
    `${roles.authenticator}>${roles.anonymous}`,
    `${roles.authenticator}>${roles.user}`,
    `${roles.authenticator}>${roles.admin}`,
    `${roles.admin}>${roles.user}`,
  ]);
  const members = [roles.authenticator, roles.anonymous, roles.user, roles.admin];
  const found = await rows<{ member: string; role: string }>(
    client,
    `select m.rolname as member, r.rolname as role
       from pg_auth_members am join pg_roles m on m.oid = am.member join pg_roles r on r.oid = am.roleid
      where m.rolname = any($1) order by 1, 2`,
    [members],
  );
  const present = new Set(found.map((r) => `${r.member}>${r.role}`));
  const findings: Finding[] = [];
  for (const r of found) {
    if (!expected.has(`${r.member}>${r.role}`)) {
      findings.push({ check: 'role-memberships', object: r.member, message: `${r.member} is a member of ${r.role}, which the kit never grants` });
    }
  }
  const existing = new Set((await rows<{ rolname: string }>(client, 'select rolname from pg_roles where rolname = any($1)', [members])).map((r) => r.rolname));
  for (const pair of expected) {
    const [member, role] = pair.split('>') as [string, string];
    if (existing.has(member) && existing.has(role) && !present.has(pair)) {
      findings.push({ check: 'role-memberships', object: member, message: `${member} is not a member of ${role}` });
    }
  }
  return findings;
}

/** Runs the checks (all by default) on the database `superuserUrl` names; changes nothing. */
export async function doctor(settings: DoctorSettings): Promise<DoctorReport> {
  const resolved: Required<DoctorSettings> = {
    superuserUrl: settings.superuserUrl,
    migrationsFolder: settings.migrationsFolder ?? path.join(PROJECT_ROOT, 'migrations'),
    monthsAhead: settings.monthsAhead ?? 2,
    roles: settings.roles ?? KIT_ROLES,
    checks: settings.checks ?? DOCTOR_CHECKS,
  };
  return withClient(resolved.superuserUrl, async (client) => {
    // Only reads; a read-only transaction makes sure of it.
    await client.query('begin read only');
    try {
      const findings: Finding[] = [];
      for (const name of resolved.checks) findings.push(...(await checks[name](client, resolved)));
      return { checks: [...resolved.checks], findings };
    } finally {
      await client.query('rollback');
    }
  });
}

export function doctorExitCode(report: DoctorReport): number {
  return report.findings.length > 0 ? EXIT.doctorFindings : EXIT.ok;
}

/** `idkit doctor`: one line per finding (`check  object: message`), then a summary. */
export async function doctorCommand(config: Config): Promise<number> {
  const target = await openDatabaseTarget(config);
  try {
    if (!(await databaseExists(target.maintenanceUrl, target.databaseName))) throw missingDatabase(target.databaseName);
    const report = await doctor({ superuserUrl: target.superuserUrl });
    const status = await migrationStatusAt(target.superuserUrl);
    console.log(`pg-identity-kit ${status.packageVersion}: schema ${status.schemaVersion ?? 'not installed'}, ${status.pending.length} kit migration(s) pending`);
    if (status.application) console.log(`application migrations (graphile_migrate): ${status.application.migrations}, not checked by the kit`);
    for (const f of report.findings) console.log(`${f.check}  ${f.message}`);
    const failed = new Set(report.findings.map((f) => f.check));
    console.log(
      failed.size === 0
        ? `Database "${target.databaseName}": all ${report.checks.length} checks pass.`
        : `Database "${target.databaseName}": ${report.findings.length} finding(s) in ${failed.size} of ${report.checks.length} checks (${[...failed].join(', ')}).`,
    );
    return doctorExitCode(report);
  } finally {
    await target.stop();
  }
}

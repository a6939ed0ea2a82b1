// PostgreSQL refuses to run as root. When idkit runs as root (a container's shell), the embedded cluster
// runs as an unprivileged OS user instead, and everything that user needs is put where it can reach it.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface OsUser {
  name: string;
  uid: number;
  gid: number;
}

/** Where root keeps what the PostgreSQL user must reach: binaries copied out of node_modules, clusters. */
export const ROOT_RUNTIME_DIR = '/var/lib/pg-identity-kit';
/** The user created when the machine has no `postgres` user (e.g. the official Node container images). */
export const DEDICATED_USER = 'idkit-postgres';

// Every helper process runs detached (its own process group): a Ctrl-C meant for idkit must not kill `id`
// halfway (which would read as "no such user" and create one) or `useradd` while it holds /etc/passwd's lock.
// (Node's synchronous spawn honours `detached` like the asynchronous one; @types/node does not list it there.)
const DETACHED: object = { detached: true };

function lookup(name: string): OsUser | undefined {
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, name], { stdio: ['ignore', 'pipe', 'ignore'], ...DETACHED }).toString().trim());
    return { name, uid: id('-u'), gid: id('-g') };
  } catch {
    return undefined;
  }
}

/** The OS user the cluster runs as when idkit is root: `postgres`, else `idkit-postgres` (created if missing). */
export function postgresOsUser(): { user: OsUser; created: boolean } {
  const existing = lookup('postgres') ?? lookup(DEDICATED_USER);
  if (existing) return { user: existing, created: false };
  const attempts: [string, string[]][] = [
    ['useradd', ['--system', '--user-group', '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', DEDICATED_USER]],
    ['adduser', ['-S', '-D', '-H', '-h', '/nonexistent', '-s', '/sbin/nologin', DEDICATED_USER]], // BusyBox (Alpine)
  ];
  const failures: string[] = [];
  for (const [command, args] of attempts) {
    const result = spawnSync(command, args, { encoding: 'utf8', ...DETACHED });
    const user = result.status === 0 ? lookup(DEDICATED_USER) : undefined;
    if (user) return { user, created: true };
    failures.push(`${command}: ${result.error?.message ?? result.stderr.trim()}`);
  }
  throw new Error(
    `PostgreSQL cannot run as root, there is no "postgres" OS user, and creating "${DEDICATED_USER}" failed (${failures.join('; ')}). ` +
      'Create a user named postgres, or run idkit as a normal user.',
  );
}

/** Whether `user` can reach `target`: traverse every folder on the way and search (or execute) it. */
export function reachableBy(user: OsUser, target: string): boolean {
  const result = spawnSync('/bin/sh', ['-c', 'test -x "$1"', 'sh', target], { uid: user.uid, gid: user.gid, stdio: 'ignore', ...DETACHED });
  return result.status === 0;
}

/**
 * The binaries' folder (`native/` of the platform package), or a copy of it under ROOT_RUNTIME_DIR when the
 * user cannot reach node_modules (a project under root's mode-700 home). The copy is made once per version.
 */
export function reachableBinaries(user: OsUser, nativeDir: string, version: string): { nativeDir: string; copied: boolean } {
  if (reachableBy(user, path.join(nativeDir, 'bin', 'postgres'))) return { nativeDir, copied: false };
  const copy = path.join(ROOT_RUNTIME_DIR, `postgres-${version}`);
  if (!fs.existsSync(path.join(copy, 'bin', 'postgres'))) {
    fs.mkdirSync(ROOT_RUNTIME_DIR, { recursive: true, mode: 0o755 });
    fs.chmodSync(ROOT_RUNTIME_DIR, 0o755);
    const partial = fs.mkdtempSync(`${copy}.partial-`);
    fs.cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
    fs.chmodSync(partial, 0o755);
    try {
      fs.renameSync(partial, copy);
    } catch {
      fs.rmSync(partial, { recursive: true, force: true }); // another process copied it first
    }
  }
  return { nativeDir: copy, copied: true };
}

/**
 * The folder the cluster really lives in. `clusterDir` itself when the user can reach its parent; otherwise a
 * folder under ROOT_RUNTIME_DIR/clusters that `clusterDir` becomes a symbolic link to.
 */
export function reachableClusterDir(user: OsUser, clusterDir: string): { dir: string; linked: boolean } {
  const stat = fs.lstatSync(clusterDir, { throwIfNoEntry: false });
  if (stat?.isSymbolicLink()) return { dir: fs.realpathSync(clusterDir), linked: true };
  if (stat || reachableBy(user, path.dirname(clusterDir))) return { dir: clusterDir, linked: false };
  const clusters = path.join(ROOT_RUNTIME_DIR, 'clusters');
  fs.mkdirSync(clusters, { recursive: true, mode: 0o755 });
  fs.chmodSync(ROOT_RUNTIME_DIR, 0o755);
  fs.chmodSync(clusters, 0o755);
  const parent = path.dirname(clusterDir);
  const project = path.basename(parent) === '.data' ? path.basename(path.dirname(parent)) : path.basename(parent);
  const dir = fs.mkdtempSync(path.join(clusters, `${project}-`));
  fs.symlinkSync(dir, clusterDir);
  return { dir, linked: true };
}

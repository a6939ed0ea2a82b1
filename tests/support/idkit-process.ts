// `idkit` as a user runs it: a child process whose output is collected, waited on for a line, signalled.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';

export const CLI = path.join(import.meta.dirname, '..', '..', 'src', 'cli.ts');

export interface IdkitProcess {
  child: ChildProcess;
  /** Sends the signal to the whole process group, as a terminal's Ctrl-C does (npm does not forward it). */
  signal(signal: NodeJS.Signals): void;
  /** Everything printed so far, stdout and stderr interleaved. */
  output(): string;
  stdout(): string;
  /** Resolves once the output contains `text`; rejects if the process exits first or after `timeoutMs`. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
  exited: Promise<number | null>;
}

/** Runs `command args` (default: node src/cli.ts) with `env` replacing the environment. */
export function spawnIdkit(args: string[], env: NodeJS.ProcessEnv, options: { command?: string; cwd?: string } = {}): IdkitProcess {
  const [command, fullArgs] = options.command ? [options.command, args] : [process.execPath, [CLI, ...args]];
  const child = spawn(command, fullArgs, { env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  let stdout = '';
  child.stdout!.on('data', (d: Buffer) => {
    output += d;
    stdout += d;
  });
  child.stderr!.on('data', (d: Buffer) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));
  let done = false;
  void exited.then(() => (done = true));
  return {
    child,
    signal(signal) {
      if (!done) process.kill(-child.pid!, signal);
    },
    output: () => output,
    stdout: () => stdout,
    exited,
    waitFor(text, timeoutMs = 90_000) {
      const matches = () => (typeof text === 'string' ? output.includes(text) : text.test(output));
      return new Promise<void>((resolve, reject) => {
        const started = Date.now();
        const timer = setInterval(() => {
          if (matches()) {
            clearInterval(timer);
            resolve();
          } else if (done || Date.now() - started > timeoutMs) {
            clearInterval(timer);
            reject(new Error(`idkit ${args.join(' ')} ${done ? 'exited' : 'timed out'} before printing ${String(text)}:\n${output}`));
          }
        }, 20);
      });
    },
  };
}

export interface IdkitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node src/cli.ts args` to its end with `env` as the whole environment: its exit code and output. */
export async function runIdkit(args: string[], env: NodeJS.ProcessEnv): Promise<IdkitResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as IdkitResult;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** An environment without the variables that would point idkit elsewhere. */
export function cleanEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of ['DATABASE_URL', 'IDKIT_OWNER_PASSWORD', 'IDKIT_AUTHENTICATOR_PASSWORD', 'IDKIT_SIGNING_KEYS', 'IDKIT_TOKEN_KEYS', 'NODE_ENV']) {
    if (!(name in extra)) delete env[name];
  }
  return env;
}

export async function graphqlAnswer(port: number, query = '{ currentUser { uuid } }'): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

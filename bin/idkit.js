#!/usr/bin/env node
// The `idkit` launcher (npm scripts and the installed bin). Plain JavaScript that any Node runs, so an
// old Node gets the version it needs before anything else; then the CLI runs from src/ in a checkout
// (TypeScript, type-stripped) or from the built dist/ in an installed package.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`pg-identity-kit needs Node.js 22.12 or newer; this is Node.js ${process.versions.node}. Install a current Node.js (https://nodejs.org/) and run the command again.`);
  process.exit(69);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'src', 'cli.ts');
// Node does not strip types under node_modules: an installed package runs its build.
const fromSource = fs.existsSync(source) && !root.split(path.sep).includes('node_modules');

if (!fromSource) {
  await import(pathToFileURL(path.join(root, 'dist', 'src', 'cli.js')).href);
} else if (process.features.typescript) {
  // Type stripping is on by default (Node >= 22.18): run in this process, without its experimental warning.
  process.removeAllListeners('warning');
  await import(pathToFileURL(source).href);
} else {
  // Node 22.12 to 22.17: type stripping needs a flag, so the CLI runs in a child that gets the signals too.
  const child = spawn(process.execPath, ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', source, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  // Ctrl-C reaches the child through the terminal; a SIGTERM sent to this process only is passed on.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGTERM' ? 143 : 130)));
}

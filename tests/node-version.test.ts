// An older Node gets the version it needs before anything runs: npm scripts and the bin go through
// bin/idkit.js, plain JavaScript that Node 20 can still parse (it cannot take --experimental-strip-types).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';

const root = path.join(import.meta.dirname, '..');
const oldNode = ['/usr/bin/node', '/usr/local/bin/node', '/opt/homebrew/bin/node'].find((candidate) => {
  if (!fs.existsSync(candidate)) return false;
  const [major, minor] = execFileSync(candidate, ['-p', 'process.versions.node']).toString().trim().split('.').map(Number);
  return major! < 22 || (major === 22 && minor! < 12);
});

test.skipIf(!oldNode)(`npm start on ${oldNode ?? 'an old Node (none installed here)'} says which Node is needed, in one line, exit 69, before doing anything`, () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-old-node-'));
  const dataDir = path.join(scratch, '.data');
  const env = { ...process.env, IDKIT_DATA_DIR: dataDir, PATH: `${path.dirname(oldNode!)}:${process.env.PATH}` };
  for (const [command, args] of [
    [oldNode!, [path.join(root, 'bin', 'idkit.js'), 'start']],
    ['npm', ['start', '--silent']],
  ] as const) {
    const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8' });
    expect(result.status, `${command} ${args.join(' ')}: ${result.stderr}`).toBe(69);
    expect(result.stderr.trim()).toMatch(/^pg-identity-kit needs Node\.js 22\.12 or newer; this is Node\.js \d+\.\d+\.\d+\. Install a current Node\.js \(https:\/\/nodejs\.org\/\) and run the command again\.$/);
  }
  expect(fs.existsSync(dataDir)).toBe(false);
  fs.rmSync(scratch, { recursive: true, force: true });
});

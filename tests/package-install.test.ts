// An application that installs the packed package imports the typed client and gets the idkit command.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';

const run = promisify(execFile);
const root = path.join(import.meta.dirname, '..');
const app = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-app-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

afterAll(() => fs.rmSync(app, { recursive: true, force: true }));

test('npm pack, then npm install in an application: the package export and the idkit bin work', async () => {
  // npm test built dist/ already; --ignore-scripts keeps pack from rebuilding it under the other test files.
  const { stdout } = await run(npm, ['pack', '--pack-destination', app, '--silent', '--ignore-scripts'], { cwd: root });
  const tarball = stdout.trim().split('\n').pop()!;
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'an-app', private: true, type: 'module' }));
  await run(npm, ['install', `./${tarball}`, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: app });
  fs.writeFileSync(
    path.join(app, 'main.js'),
    "import { createIdentityClient, IdentityError } from 'pg-identity-kit';\n" +
      "const client = createIdentityClient({ connectionString: 'postgres://nobody@127.0.0.1:1/none' });\n" +
      "console.log(typeof client.asUser, typeof IdentityError);\nawait client.end();\n",
  );
  expect((await run(process.execPath, ['main.js'], { cwd: app })).stdout.trim()).toBe('function function');
  const types = fs.readFileSync(path.join(app, 'node_modules/pg-identity-kit/dist/src/client/index.d.ts'), 'utf8');
  expect(types).toContain('createIdentityClient');
  const help = await run(process.execPath, [path.join(app, 'node_modules/pg-identity-kit/dist/src/cli.js'), 'help']);
  expect(help.stderr).toContain('Usage: idkit');
  // The installed bin goes through the launcher, which runs the build (Node strips no types under node_modules).
  const bin = await run(path.join(app, 'node_modules', '.bin', 'idkit'), ['help']);
  expect(bin.stderr).toContain('Usage: idkit');
}, 180_000);

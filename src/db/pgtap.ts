// pgTAP for the test suite: found in the usual system folders and copied into the embedded server.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { embeddedBinaries } from './embedded.ts';

export const PGTAP_INSTALL_HINT = [
  'pgTAP is needed by `npm test` and was not found.',
  '  Debian/Ubuntu: sudo apt-get install postgresql-15-pgtap   (any postgresql-NN-pgtap works)',
  '  macOS (Homebrew): brew install pgtap',
  'Or set PGTAP_DIR to a folder holding pgtap.control and pgtap--<version>.sql.',
].join('\n');

function candidateFolders(pgtapDir: string | undefined): string[] {
  const folders: string[] = [];
  if (pgtapDir) folders.push(pgtapDir);
  for (const root of ['/usr/share/postgresql', '/usr/local/share/postgresql', '/opt/homebrew/share/postgresql']) {
    if (!fs.existsSync(root)) continue;
    folders.push(path.join(root, 'extension'));
    for (const version of fs.readdirSync(root).sort().reverse()) folders.push(path.join(root, version, 'extension'));
  }
  for (const prefix of ['/opt/homebrew/opt/pgtap', '/usr/local/opt/pgtap']) {
    folders.push(path.join(prefix, 'share', 'postgresql', 'extension'));
  }
  try {
    const sharedir = execFileSync('pg_config', ['--sharedir'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    folders.push(path.join(sharedir, 'extension'));
  } catch {
    // pg_config is optional.
  }
  return folders;
}

/** The folder holding pgtap.control and its SQL scripts, or undefined when pgTAP is not installed. */
/** `pgtapDir` (PGTAP_DIR) is searched first. */
export function findPgtap(pgtapDir: string | undefined): string | undefined {
  return candidateFolders(pgtapDir).find((folder) => fs.existsSync(path.join(folder, 'pgtap.control')));
}

/** The extension folder of the binaries the embedded cluster runs from (a copy of them when run as root). */
export async function embeddedExtensionFolder(): Promise<string> {
  return path.join(embeddedBinaries().nativeDir, 'share', 'postgresql', 'extension');
}

/** Copies pgTAP's control and SQL files into the embedded server so `create extension pgtap` works there. */
export async function installPgtapIntoEmbedded(sourceFolder: string): Promise<void> {
  const target = await embeddedExtensionFolder();
  for (const file of fs.readdirSync(sourceFolder)) {
    if (file === 'pgtap.control' || /^pgtap--.*\.sql$/.test(file)) {
      fs.copyFileSync(path.join(sourceFolder, file), path.join(target, file));
    }
  }
}

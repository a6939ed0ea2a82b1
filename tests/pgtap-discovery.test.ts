// npm test's preflight: pgTAP is found in PGTAP_DIR or the usual system folders, else the install command is shown.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { findPgtap, PGTAP_INSTALL_HINT } from '../src/db/pgtap.ts';

test('a folder given as PGTAP_DIR that holds pgtap.control is used first', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'idkit-pgtap-'));
  try {
    fs.writeFileSync(path.join(folder, 'pgtap.control'), "default_version = '1.2.0'\n");
    expect(findPgtap(folder)).toBe(folder);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('pgTAP installed in a system folder is found without any setting', () => {
  const found = findPgtap(undefined);
  expect(found).toBeDefined();
  expect(fs.existsSync(path.join(found!, 'pgtap.control'))).toBe(true);
});

test('the message for a missing pgTAP gives the install command for Debian and macOS', () => {
  expect(PGTAP_INSTALL_HINT).toContain('apt-get install postgresql-15-pgtap');
  expect(PGTAP_INSTALL_HINT).toContain('brew install pgtap');
});

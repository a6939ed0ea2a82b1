// `idkit check-pgtap`: the test suite's preflight; stops with the install command when pgTAP is missing.
import type { Config } from '../config.ts';
import { findPgtap, PGTAP_INSTALL_HINT } from '../db/pgtap.ts';
import { EXIT } from './exit-codes.ts';

export async function checkPgtapCommand(config: Config): Promise<number> {
  if (findPgtap(config.pgtapDir)) return EXIT.ok;
  console.error(PGTAP_INSTALL_HINT);
  return EXIT.missingDependency;
}

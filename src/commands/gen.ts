// `idkit gen` (npm run gen): regenerate generated/ from a migrated database; `--check` only compares.
import type { Config } from '../config.ts';
import { checkGenerated, describeDrift, generate, hasDrift } from '../codegen/generate.ts';
import { settleMigrationPools } from '../db/migrations.ts';
import { prepareDatabase } from '../db/prepare.ts';
import { EXIT } from './exit-codes.ts';

export async function genCommand(config: Config, args: string[]): Promise<number> {
  const target = await prepareDatabase(config, { migrate: true });
  try {
    if (args.includes('--check')) {
      const report = await checkGenerated({ target });
      if (!hasDrift(report)) return EXIT.ok;
      console.error(describeDrift(report));
      return EXIT.drift;
    }
    const report = await generate({ target });
    console.log(hasDrift(report) ? describeDrift(report).split('\n').slice(1, -1).join('\n') + '\nupdated.' : 'generated/ was already up to date.');
    return EXIT.ok;
  } finally {
    await settleMigrationPools();
    await target.stop();
  }
}

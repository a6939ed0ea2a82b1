// npm run bench [-- login|graphql|import] [--samples N] [--seconds S] [--accounts N] [--out DIR]: each benchmark prints ratios against a
// baseline run side by side, on a throwaway embedded PostgreSQL, and writes bench/results/<name>.json.
import '../src/graphile-env.ts';
import { startThrowawayServer } from '../src/db/throwaway.ts';
import { benchGraphQL } from './graphql.ts';
import { benchImport } from './import.ts';
import { benchLogin } from './login.ts';
import { resultsDir } from './report.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
// Names of benchmarks to run: the words that are neither a --flag nor a flag's value.
const only = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const wanted = (name: string) => only.length === 0 || only.includes(name);

const out = args.indexOf('--out');
if (out >= 0) resultsDir.path = args[out + 1]!;

const server = await startThrowawayServer();
let failed = false;
try {
  if (wanted('login')) await benchLogin(server, { samples: option('samples', 100), seconds: option('seconds', 8) });
  if (wanted('graphql')) await benchGraphQL(server, { seconds: option('seconds', 9), connections: option('connections', 10) });
  if (wanted('import')) await benchImport(server, { accounts: option('accounts', 100_000) });
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await server.dispose();
}
process.exit(failed ? 1 : 0);

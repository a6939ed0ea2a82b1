// The fields of `idkit import jsonl` and `idkit import csv` (names fixed: tools outside the project write
// them): email, username, display_name, password_hash, email_verified, created_at, roles.
import type { SourceItem } from './account.ts';

export const FILE_FIELDS = ['email', 'username', 'display_name', 'password_hash', 'email_verified', 'created_at', 'roles'] as const;

const ISO_8601 = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?)?$/;

function text(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : undefined;
}

/**
 * One file record as an account; `where` names the line for the report when the address is missing.
 * `email_verified`: true/false (JSON booleans or the words); `roles`: an array of names.
 */
export function accountFromFields(record: Record<string, unknown>, where: string): SourceItem {
  const email = text(record.email);
  const sourceId = email?.trim().toLowerCase() || where;
  if (email === undefined) return { source_id: sourceId, reason: 'invalid_field:email' };
  let verified: boolean;
  const v = record.email_verified;
  if (v === undefined || v === null || v === '') verified = false;
  else if (v === true || v === 'true' || v === 'TRUE' || v === 'True') verified = true;
  else if (v === false || v === 'false' || v === 'FALSE' || v === 'False') verified = false;
  else return { source_id: sourceId, reason: 'invalid_field:email_verified' };
  const createdAt = text(record.created_at);
  if (createdAt === undefined || (createdAt && (!ISO_8601.test(createdAt.trim()) || Number.isNaN(Date.parse(createdAt.trim()))))) {
    return { source_id: sourceId, reason: 'invalid_field:created_at' };
  }
  const roles = record.roles ?? [];
  if (!Array.isArray(roles) || roles.some((r) => typeof r !== 'string')) return { source_id: sourceId, reason: 'invalid_field:roles' };
  const username = text(record.username);
  const displayName = text(record.display_name);
  const hash = text(record.password_hash);
  if (username === undefined) return { source_id: sourceId, reason: 'invalid_field:username' };
  if (displayName === undefined) return { source_id: sourceId, reason: 'invalid_field:display_name' };
  if (hash === undefined) return { source_id: sourceId, reason: 'invalid_field:password_hash' };
  return {
    source_id: sourceId,
    emails: email ? [{ email, verified, primary: true }] : [],
    username: username || null,
    display_name: displayName || null,
    password_hash: hash || null,
    created_at: createdAt?.trim() || null,
    roles: (roles as string[]).filter((r) => r.trim() !== ''),
  };
}

// What every importer hands to the database: one account in the shape identity_private.import_accounts reads.
export interface ImportEmail {
  email: string;
  verified: boolean;
  primary?: boolean;
}

export interface ImportAccount {
  /** The account's identifier in its source; the key that makes a rerun skip it. */
  source_id: string;
  emails: ImportEmail[];
  username?: string | null;
  display_name?: string | null;
  /** A bcrypt hash as the source stored it; empty or null: the account must reset its password. */
  password_hash?: string | null;
  /** ISO 8601 (kept as text so that microseconds survive). */
  created_at?: string | null;
  last_login_at?: string | null;
  status?: 'active' | 'suspended' | 'deleted';
  roles?: string[];
  providers?: { provider: string; id: string }[];
}

/** A row a reader could not turn into an account (bad JSON, a field of the wrong type). */
export interface UnreadableRow {
  source_id: string;
  reason: string;
}

export type SourceItem = ImportAccount | UnreadableRow;

export function isUnreadable(item: SourceItem): item is UnreadableRow {
  return 'reason' in item;
}

/** Where accounts come from: a name for identity_private.imported_accounts, a total for the progress bar, the rows in source order. */
export interface ImportSource {
  /** `supabase`, `graphile-starter` or `file` (JSON Lines and CSV share one namespace: keyed by address). */
  name: string;
  total(): Promise<number | undefined>;
  rows(): AsyncIterable<SourceItem>;
  close(): Promise<void>;
}

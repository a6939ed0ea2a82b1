/** Types generated for queries found in "sql/emails.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ListEmails' parameters type */
export interface IListEmailsParams {
  userUuid: string;
}

/** 'ListEmails' return type */
export interface IListEmailsResult {
  /** When the address was added; never changes. */
  created_at: Date;
  /** The address, compared case-insensitively; unique across all accounts. */
  email: string;
  /** The email row's identifier. */
  id: string;
  /** The address used for account mail; at most one per account. */
  is_primary: boolean;
  /** True once the owner proved they receive mail at this address. */
  is_verified: boolean;
}

/** 'ListEmails' query type */
export interface IListEmailsQuery {
  params: IListEmailsParams;
  result: IListEmailsResult;
}

const listEmailsIR: any = {"usedParamSet":{"userUuid":true},"params":[{"name":"userUuid","required":true,"transform":{"type":"scalar"},"locs":[{"a":114,"b":123}]}],"statement":"select e.id, e.email, e.is_verified, e.is_primary, e.created_at\nfrom app_public.user_emails e\nwhere e.user_uuid = :userUuid!\norder by e.is_primary desc, e.created_at, e.id"};

/**
 * Query generated from SQL:
 * ```
 * select e.id, e.email, e.is_verified, e.is_primary, e.created_at
 * from app_public.user_emails e
 * where e.user_uuid = :userUuid!
 * order by e.is_primary desc, e.created_at, e.id
 * ```
 */
export const listEmails = new PreparedQuery<IListEmailsParams,IListEmailsResult>(listEmailsIR);



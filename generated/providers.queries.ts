/** Types generated for queries found in "sql/providers.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ListLinkedProviders' parameters type */
export interface IListLinkedProvidersParams {
  userUuid: string;
}

/** 'ListLinkedProviders' return type */
export interface IListLinkedProvidersResult {
  /** When the provider was linked; never changes. */
  created_at: Date;
  /** The user's identifier at the provider. */
  external_user_id: string;
  /** The link's identifier. */
  id: string;
  /** The provider, e.g. `github` or `google`. */
  provider_name: string;
  /** When the access token expires. */
  token_expires_at: Date | null;
}

/** 'ListLinkedProviders' query type */
export interface IListLinkedProvidersQuery {
  params: IListLinkedProvidersParams;
  result: IListLinkedProvidersResult;
}

const listLinkedProvidersIR: any = {"usedParamSet":{"userUuid":true},"params":[{"name":"userUuid","required":true,"transform":{"type":"scalar"},"locs":[{"a":227,"b":236}]}],"statement":"-- Never the tokens: API roles cannot read them, and applications should not want to.\nselect a.id, a.provider_name, a.external_user_id, a.token_expires_at, a.created_at\nfrom app_public.user_auth_providers a\nwhere a.user_uuid = :userUuid!\norder by a.provider_name, a.id"};

/**
 * Query generated from SQL:
 * ```
 * -- Never the tokens: API roles cannot read them, and applications should not want to.
 * select a.id, a.provider_name, a.external_user_id, a.token_expires_at, a.created_at
 * from app_public.user_auth_providers a
 * where a.user_uuid = :userUuid!
 * order by a.provider_name, a.id
 * ```
 */
export const listLinkedProviders = new PreparedQuery<IListLinkedProvidersParams,IListLinkedProvidersResult>(listLinkedProvidersIR);



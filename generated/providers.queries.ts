/** Types generated for queries found in "sql/providers.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

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

const listLinkedProvidersIR: any = {"usedParamSet":{"userUuid":true},"params":[{"name":"userUuid","required":true,"transform":{"type":"scalar"},"locs":[{"a":227,"b":236}]}],"statement":"-- Never the tokens: API roles cannot read them, and applications should not want to.\nselect a.id, a.provider_name, a.external_user_id, a.token_expires_at, a.created_at\nfrom identity.user_auth_providers a\nwhere a.user_uuid = :userUuid!\norder by a.provider_name, a.id"};

/**
 * Query generated from SQL:
 * ```
 * -- Never the tokens: API roles cannot read them, and applications should not want to.
 * select a.id, a.provider_name, a.external_user_id, a.token_expires_at, a.created_at
 * from identity.user_auth_providers a
 * where a.user_uuid = :userUuid!
 * order by a.provider_name, a.id
 * ```
 */
export const listLinkedProviders = new PreparedQuery<IListLinkedProvidersParams,IListLinkedProvidersResult>(listLinkedProvidersIR);


/** 'LinkProvider' parameters type */
export interface ILinkProviderParams {
  accessToken?: string | null | void;
  externalUserId: string;
  providerName: string;
  refreshToken?: string | null | void;
  tokenExpiresAt?: DateOrString | null | void;
}

/** 'LinkProvider' return type */
export interface ILinkProviderResult {
  created_at: Date;
  external_user_id: string;
  id: string;
  provider_name: string;
  token_expires_at: Date | null;
}

/** 'LinkProvider' query type */
export interface ILinkProviderQuery {
  params: ILinkProviderParams;
  result: ILinkProviderResult;
}

const linkProviderIR: any = {"usedParamSet":{"providerName":true,"externalUserId":true,"accessToken":true,"refreshToken":true,"tokenExpiresAt":true},"params":[{"name":"providerName","required":true,"transform":{"type":"scalar"},"locs":[{"a":209,"b":222}]},{"name":"externalUserId","required":true,"transform":{"type":"scalar"},"locs":[{"a":245,"b":260}]},{"name":"accessToken","required":false,"transform":{"type":"scalar"},"locs":[{"a":279,"b":290}]},{"name":"refreshToken","required":false,"transform":{"type":"scalar"},"locs":[{"a":312,"b":324}]},{"name":"tokenExpiresAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":347,"b":361}]}],"statement":"select a.id as \"id!\", a.provider_name as \"provider_name!\", a.external_user_id as \"external_user_id!\",\n       a.token_expires_at, a.created_at as \"created_at!\"\nfrom identity.link_provider(\n  provider_name => :providerName!, external_user_id => :externalUserId!, access_token => :accessToken,\n  refresh_token => :refreshToken, token_expires_at => :tokenExpiresAt\n) a"};

/**
 * Query generated from SQL:
 * ```
 * select a.id as "id!", a.provider_name as "provider_name!", a.external_user_id as "external_user_id!",
 *        a.token_expires_at, a.created_at as "created_at!"
 * from identity.link_provider(
 *   provider_name => :providerName!, external_user_id => :externalUserId!, access_token => :accessToken,
 *   refresh_token => :refreshToken, token_expires_at => :tokenExpiresAt
 * ) a
 * ```
 */
export const linkProvider = new PreparedQuery<ILinkProviderParams,ILinkProviderResult>(linkProviderIR);


/** 'RefreshProviderTokens' parameters type */
export interface IRefreshProviderTokensParams {
  accessToken: string;
  providerId: string;
  refreshToken?: string | null | void;
  tokenExpiresAt?: DateOrString | null | void;
}

/** 'RefreshProviderTokens' return type */
export interface IRefreshProviderTokensResult {
  refreshed: boolean;
}

/** 'RefreshProviderTokens' query type */
export interface IRefreshProviderTokensQuery {
  params: IRefreshProviderTokensParams;
  result: IRefreshProviderTokensResult;
}

const refreshProviderTokensIR: any = {"usedParamSet":{"providerId":true,"accessToken":true,"refreshToken":true,"tokenExpiresAt":true},"params":[{"name":"providerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":60,"b":71}]},{"name":"accessToken","required":true,"transform":{"type":"scalar"},"locs":[{"a":90,"b":102}]},{"name":"refreshToken","required":false,"transform":{"type":"scalar"},"locs":[{"a":122,"b":134}]},{"name":"tokenExpiresAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":159,"b":173}]}],"statement":"select identity.refresh_provider_tokens(\n  provider_id => :providerId!, access_token => :accessToken!, refresh_token => :refreshToken,\n  token_expires_at => :tokenExpiresAt\n) as \"refreshed!\""};

/**
 * Query generated from SQL:
 * ```
 * select identity.refresh_provider_tokens(
 *   provider_id => :providerId!, access_token => :accessToken!, refresh_token => :refreshToken,
 *   token_expires_at => :tokenExpiresAt
 * ) as "refreshed!"
 * ```
 */
export const refreshProviderTokens = new PreparedQuery<IRefreshProviderTokensParams,IRefreshProviderTokensResult>(refreshProviderTokensIR);


/** 'LinkedProviderTokens' parameters type */
export interface ILinkedProviderTokensParams {
  providerId: string;
}

/** 'LinkedProviderTokens' return type */
export interface ILinkedProviderTokensResult {
  access_token: string | null;
  refresh_token: string | null;
  token_expires_at: Date | null;
}

/** 'LinkedProviderTokens' query type */
export interface ILinkedProviderTokensQuery {
  params: ILinkedProviderTokensParams;
  result: ILinkedProviderTokensResult;
}

const linkedProviderTokensIR: any = {"usedParamSet":{"providerId":true},"params":[{"name":"providerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":113,"b":124}]}],"statement":"select t.access_token, t.refresh_token, t.token_expires_at\nfrom identity.linked_provider_tokens(provider_id => :providerId!) t"};

/**
 * Query generated from SQL:
 * ```
 * select t.access_token, t.refresh_token, t.token_expires_at
 * from identity.linked_provider_tokens(provider_id => :providerId!) t
 * ```
 */
export const linkedProviderTokens = new PreparedQuery<ILinkedProviderTokensParams,ILinkedProviderTokensResult>(linkedProviderTokensIR);


/** 'UnlinkProvider' parameters type */
export interface IUnlinkProviderParams {
  providerId: string;
}

/** 'UnlinkProvider' return type */
export interface IUnlinkProviderResult {
  unlinked: boolean;
}

/** 'UnlinkProvider' query type */
export interface IUnlinkProviderQuery {
  params: IUnlinkProviderParams;
  result: IUnlinkProviderResult;
}

const unlinkProviderIR: any = {"usedParamSet":{"providerId":true},"params":[{"name":"providerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":49,"b":60}]}],"statement":"select identity.unlink_provider(provider_id => :providerId!) as \"unlinked!\""};

/**
 * Query generated from SQL:
 * ```
 * select identity.unlink_provider(provider_id => :providerId!) as "unlinked!"
 * ```
 */
export const unlinkProvider = new PreparedQuery<IUnlinkProviderParams,IUnlinkProviderResult>(unlinkProviderIR);



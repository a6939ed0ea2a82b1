/** Types generated for queries found in "sql/sessions.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'Authenticate' parameters type */
export interface IAuthenticateParams {
  deviceFingerprint?: string | null | void;
  deviceToken?: string | null | void;
  ipAddress?: string | null | void;
  login: string;
  password: string;
  userAgent?: string | null | void;
}

/** 'Authenticate' return type */
export interface IAuthenticateResult {
  aal: number | null;
  auth_time: string | null;
  device_token: string | null;
  exp: string;
  iat: string | null;
  mfa_challenge: string | null;
  refresh_token: string | null;
  role: string;
  session_id: string | null;
  user_uuid: string | null;
}

/** 'Authenticate' query type */
export interface IAuthenticateQuery {
  params: IAuthenticateParams;
  result: IAuthenticateResult;
}

const authenticateIR: any = {"usedParamSet":{"login":true,"password":true,"ipAddress":true,"userAgent":true,"deviceFingerprint":true,"deviceToken":true},"params":[{"name":"login","required":true,"transform":{"type":"scalar"},"locs":[{"a":486,"b":492}]},{"name":"password","required":true,"transform":{"type":"scalar"},"locs":[{"a":507,"b":516}]},{"name":"ipAddress","required":false,"transform":{"type":"scalar"},"locs":[{"a":533,"b":542}]},{"name":"userAgent","required":false,"transform":{"type":"scalar"},"locs":[{"a":559,"b":568}]},{"name":"deviceFingerprint","required":false,"transform":{"type":"scalar"},"locs":[{"a":595,"b":612}]},{"name":"deviceToken","required":false,"transform":{"type":"scalar"},"locs":[{"a":631,"b":642}]}],"statement":"-- A session grant (role app_user or app_admin, session_id and refresh_token set, device_token when a new\n-- one was handed out), or role mfa_required with an mfa_challenge for complete_mfa_login; no row when the\n-- sign-in failed. deviceToken: the one an earlier sign-in on this device handed out.\nselect g.role as \"role!\", g.user_uuid, g.session_id, g.iat, g.exp as \"exp!\", g.aal, g.auth_time, g.refresh_token, g.mfa_challenge, g.device_token\nfrom identity.authenticate(\n  login => :login!, password => :password!, ip_address => :ipAddress, user_agent => :userAgent,\n  device_fingerprint => :deviceFingerprint, device_token => :deviceToken\n) g\nwhere g.role is not null"};

/**
 * Query generated from SQL:
 * ```
 * -- A session grant (role app_user or app_admin, session_id and refresh_token set, device_token when a new
 * -- one was handed out), or role mfa_required with an mfa_challenge for complete_mfa_login; no row when the
 * -- sign-in failed. deviceToken: the one an earlier sign-in on this device handed out.
 * select g.role as "role!", g.user_uuid, g.session_id, g.iat, g.exp as "exp!", g.aal, g.auth_time, g.refresh_token, g.mfa_challenge, g.device_token
 * from identity.authenticate(
 *   login => :login!, password => :password!, ip_address => :ipAddress, user_agent => :userAgent,
 *   device_fingerprint => :deviceFingerprint, device_token => :deviceToken
 * ) g
 * where g.role is not null
 * ```
 */
export const authenticate = new PreparedQuery<IAuthenticateParams,IAuthenticateResult>(authenticateIR);


/** 'CompleteMfaLogin' parameters type */
export interface ICompleteMfaLoginParams {
  code: string;
  deviceFingerprint?: string | null | void;
  deviceToken?: string | null | void;
  ipAddress?: string | null | void;
  mfaChallenge: string;
  userAgent?: string | null | void;
}

/** 'CompleteMfaLogin' return type */
export interface ICompleteMfaLoginResult {
  aal: number | null;
  auth_time: string | null;
  device_token: string | null;
  exp: string;
  iat: string | null;
  mfa_challenge: string | null;
  refresh_token: string | null;
  role: string;
  session_id: string | null;
  user_uuid: string | null;
}

/** 'CompleteMfaLogin' query type */
export interface ICompleteMfaLoginQuery {
  params: ICompleteMfaLoginParams;
  result: ICompleteMfaLoginResult;
}

const completeMfaLoginIR: any = {"usedParamSet":{"mfaChallenge":true,"code":true,"ipAddress":true,"userAgent":true,"deviceFingerprint":true,"deviceToken":true},"params":[{"name":"mfaChallenge","required":true,"transform":{"type":"scalar"},"locs":[{"a":201,"b":214}]},{"name":"code","required":true,"transform":{"type":"scalar"},"locs":[{"a":225,"b":230}]},{"name":"ipAddress","required":false,"transform":{"type":"scalar"},"locs":[{"a":247,"b":256}]},{"name":"userAgent","required":false,"transform":{"type":"scalar"},"locs":[{"a":273,"b":282}]},{"name":"deviceFingerprint","required":false,"transform":{"type":"scalar"},"locs":[{"a":309,"b":326}]},{"name":"deviceToken","required":false,"transform":{"type":"scalar"},"locs":[{"a":345,"b":356}]}],"statement":"select g.role as \"role!\", g.user_uuid, g.session_id, g.iat, g.exp as \"exp!\", g.aal, g.auth_time, g.refresh_token, g.mfa_challenge, g.device_token\nfrom identity.complete_mfa_login(\n  mfa_challenge => :mfaChallenge!, code => :code!, ip_address => :ipAddress, user_agent => :userAgent,\n  device_fingerprint => :deviceFingerprint, device_token => :deviceToken\n) g\nwhere g.role is not null"};

/**
 * Query generated from SQL:
 * ```
 * select g.role as "role!", g.user_uuid, g.session_id, g.iat, g.exp as "exp!", g.aal, g.auth_time, g.refresh_token, g.mfa_challenge, g.device_token
 * from identity.complete_mfa_login(
 *   mfa_challenge => :mfaChallenge!, code => :code!, ip_address => :ipAddress, user_agent => :userAgent,
 *   device_fingerprint => :deviceFingerprint, device_token => :deviceToken
 * ) g
 * where g.role is not null
 * ```
 */
export const completeMfaLogin = new PreparedQuery<ICompleteMfaLoginParams,ICompleteMfaLoginResult>(completeMfaLoginIR);


/** 'RefreshSession' parameters type */
export interface IRefreshSessionParams {
  refreshToken: string;
}

/** 'RefreshSession' return type */
export interface IRefreshSessionResult {
  aal: number | null;
  auth_time: string | null;
  device_token: string | null;
  exp: string;
  iat: string | null;
  mfa_challenge: string | null;
  refresh_token: string | null;
  role: string;
  session_id: string | null;
  user_uuid: string | null;
}

/** 'RefreshSession' query type */
export interface IRefreshSessionQuery {
  params: IRefreshSessionParams;
  result: IRefreshSessionResult;
}

const refreshSessionIR: any = {"usedParamSet":{"refreshToken":true},"params":[{"name":"refreshToken","required":true,"transform":{"type":"scalar"},"locs":[{"a":302,"b":315}]}],"statement":"-- The next grant of the session, or no row: malformed, unknown, expired, revoked and reused tokens alike.\nselect g.role as \"role!\", g.user_uuid, g.session_id, g.iat, g.exp as \"exp!\", g.aal, g.auth_time, g.refresh_token, g.mfa_challenge, g.device_token\nfrom identity.refresh_session(refresh_token => :refreshToken!) g\nwhere g.role is not null"};

/**
 * Query generated from SQL:
 * ```
 * -- The next grant of the session, or no row: malformed, unknown, expired, revoked and reused tokens alike.
 * select g.role as "role!", g.user_uuid, g.session_id, g.iat, g.exp as "exp!", g.aal, g.auth_time, g.refresh_token, g.mfa_challenge, g.device_token
 * from identity.refresh_session(refresh_token => :refreshToken!) g
 * where g.role is not null
 * ```
 */
export const refreshSession = new PreparedQuery<IRefreshSessionParams,IRefreshSessionResult>(refreshSessionIR);


/** 'SignOut' parameters type */
export interface ISignOutParams {
  scope: string;
}

/** 'SignOut' return type */
export interface ISignOutResult {
  ended: number;
}

/** 'SignOut' query type */
export interface ISignOutQuery {
  params: ISignOutParams;
  result: ISignOutResult;
}

const signOutIR: any = {"usedParamSet":{"scope":true},"params":[{"name":"scope","required":true,"transform":{"type":"scalar"},"locs":[{"a":36,"b":42}]}],"statement":"select identity.sign_out(scope => :scope!) as \"ended!\""};

/**
 * Query generated from SQL:
 * ```
 * select identity.sign_out(scope => :scope!) as "ended!"
 * ```
 */
export const signOut = new PreparedQuery<ISignOutParams,ISignOutResult>(signOutIR);


/** 'RevokeSession' parameters type */
export interface IRevokeSessionParams {
  sessionId: string;
}

/** 'RevokeSession' return type */
export interface IRevokeSessionResult {
  revoked: boolean;
}

/** 'RevokeSession' query type */
export interface IRevokeSessionQuery {
  params: IRevokeSessionParams;
  result: IRevokeSessionResult;
}

const revokeSessionIR: any = {"usedParamSet":{"sessionId":true},"params":[{"name":"sessionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":47,"b":57}]}],"statement":"select identity.revoke_session(session_id => :sessionId!) as \"revoked!\""};

/**
 * Query generated from SQL:
 * ```
 * select identity.revoke_session(session_id => :sessionId!) as "revoked!"
 * ```
 */
export const revokeSession = new PreparedQuery<IRevokeSessionParams,IRevokeSessionResult>(revokeSessionIR);


/** 'RevokeUserSessions' parameters type */
export interface IRevokeUserSessionsParams {
  userUuid: string;
}

/** 'RevokeUserSessions' return type */
export interface IRevokeUserSessionsResult {
  ended: number;
}

/** 'RevokeUserSessions' query type */
export interface IRevokeUserSessionsQuery {
  params: IRevokeUserSessionsParams;
  result: IRevokeUserSessionsResult;
}

const revokeUserSessionsIR: any = {"usedParamSet":{"userUuid":true},"params":[{"name":"userUuid","required":true,"transform":{"type":"scalar"},"locs":[{"a":52,"b":61}]}],"statement":"select identity.revoke_user_sessions(user_uuid => :userUuid!) as \"ended!\""};

/**
 * Query generated from SQL:
 * ```
 * select identity.revoke_user_sessions(user_uuid => :userUuid!) as "ended!"
 * ```
 */
export const revokeUserSessions = new PreparedQuery<IRevokeUserSessionsParams,IRevokeUserSessionsResult>(revokeUserSessionsIR);


/** 'ListSessions' parameters type */
export type IListSessionsParams = void;

/** 'ListSessions' return type */
export interface IListSessionsResult {
  aal: number;
  authenticated_at: Date;
  created_at: Date;
  device_id: string | null;
  device_name: string | null;
  expires_at: Date;
  id: string;
  ip_address: string | null;
  is_current: boolean;
  last_active_at: Date;
  user_agent: string | null;
}

/** 'ListSessions' query type */
export interface IListSessionsQuery {
  params: IListSessionsParams;
  result: IListSessionsResult;
}

const listSessionsIR: any = {"usedParamSet":{},"params":[],"statement":"-- Where the signed-in user is signed in: live sessions, most recently active first.\nselect s.id as \"id!\", s.device_id, identity.user_sessions_device_name(s) as device_name,\n       s.created_at as \"created_at!\", s.refreshed_at as \"last_active_at!\", s.expires_at as \"expires_at!\",\n       s.aal as \"aal!\", s.authenticated_at as \"authenticated_at!\", s.ip_address, s.user_agent,\n       identity.user_sessions_is_current(s) as \"is_current!\"\nfrom identity.my_sessions() s"};

/**
 * Query generated from SQL:
 * ```
 * -- Where the signed-in user is signed in: live sessions, most recently active first.
 * select s.id as "id!", s.device_id, identity.user_sessions_device_name(s) as device_name,
 *        s.created_at as "created_at!", s.refreshed_at as "last_active_at!", s.expires_at as "expires_at!",
 *        s.aal as "aal!", s.authenticated_at as "authenticated_at!", s.ip_address, s.user_agent,
 *        identity.user_sessions_is_current(s) as "is_current!"
 * from identity.my_sessions() s
 * ```
 */
export const listSessions = new PreparedQuery<IListSessionsParams,IListSessionsResult>(listSessionsIR);



/** Types generated for queries found in "sql/audit.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

/** 'ListAuditEvents' parameters type */
export interface IListAuditEventsParams {
  before: {
    eventAt: DateOrString,
    id: string
  };
  limit: number;
  userUuid: string;
}

/** 'ListAuditEvents' return type */
export interface IListAuditEventsResult {
  /** When it happened. */
  event_at: Date;
  /** What happened. One of: register, login_success (a session was created), login_failure, login_locked, password_change, password_reset_request, password_reset, email_added, email_removed, email_verified, email_primary_changed, provider_linked, provider_unlinked, mfa_enrolled, mfa_enrolment_started, mfa_disabled, mfa_challenge, mfa_success, mfa_failure, recovery_codes_generated, device_new, device_forgotten, role_granted, role_revoked, status_changed, sign_out, session_revoked, refresh_token_reuse, reauthenticated (the password was confirmed for security settings), throttled (a client or identifier went over a throttle limit; once per window), imported (the account came from another system by `idkit import`). */
  event_type: string;
  /** The event's identifier. */
  id: string;
  /** The client's IP address, when known. */
  ip_address: string | null;
  /** The client's user agent, when known. */
  user_agent: string | null;
}

/** 'ListAuditEvents' query type */
export interface IListAuditEventsQuery {
  params: IListAuditEventsParams;
  result: IListAuditEventsResult;
}

const listAuditEventsIR: any = {"usedParamSet":{"userUuid":true,"before":true,"limit":true},"params":[{"name":"before","required":false,"transform":{"type":"pick_tuple","keys":[{"name":"eventAt","required":true},{"name":"id","required":true}]},"locs":[{"a":261,"b":267}]},{"name":"userUuid","required":true,"transform":{"type":"scalar"},"locs":[{"a":223,"b":232}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":311,"b":317}]}],"statement":"-- Keyset pagination, newest first: pass the last row's (event_at, id) as `before` for the next page.\nselect l.id, l.event_type, l.ip_address, l.user_agent, l.event_at\nfrom identity.login_audit_logs l\nwhere l.user_uuid = :userUuid!\n  and (l.event_at, l.id) < :before\norder by l.event_at desc, l.id desc\nlimit :limit!::integer"};

/**
 * Query generated from SQL:
 * ```
 * -- Keyset pagination, newest first: pass the last row's (event_at, id) as `before` for the next page.
 * select l.id, l.event_type, l.ip_address, l.user_agent, l.event_at
 * from identity.login_audit_logs l
 * where l.user_uuid = :userUuid!
 *   and (l.event_at, l.id) < :before
 * order by l.event_at desc, l.id desc
 * limit :limit!::integer
 * ```
 */
export const listAuditEvents = new PreparedQuery<IListAuditEventsParams,IListAuditEventsResult>(listAuditEventsIR);


/** 'ListRecentAuditEvents' parameters type */
export interface IListRecentAuditEventsParams {
  limit: number;
  userUuid: string;
}

/** 'ListRecentAuditEvents' return type */
export interface IListRecentAuditEventsResult {
  /** When it happened. */
  event_at: Date;
  /** What happened. One of: register, login_success (a session was created), login_failure, login_locked, password_change, password_reset_request, password_reset, email_added, email_removed, email_verified, email_primary_changed, provider_linked, provider_unlinked, mfa_enrolled, mfa_enrolment_started, mfa_disabled, mfa_challenge, mfa_success, mfa_failure, recovery_codes_generated, device_new, device_forgotten, role_granted, role_revoked, status_changed, sign_out, session_revoked, refresh_token_reuse, reauthenticated (the password was confirmed for security settings), throttled (a client or identifier went over a throttle limit; once per window), imported (the account came from another system by `idkit import`). */
  event_type: string;
  /** The event's identifier. */
  id: string;
  /** The client's IP address, when known. */
  ip_address: string | null;
  /** The client's user agent, when known. */
  user_agent: string | null;
}

/** 'ListRecentAuditEvents' query type */
export interface IListRecentAuditEventsQuery {
  params: IListRecentAuditEventsParams;
  result: IListRecentAuditEventsResult;
}

const listRecentAuditEventsIR: any = {"usedParamSet":{"userUuid":true,"limit":true},"params":[{"name":"userUuid","required":true,"transform":{"type":"scalar"},"locs":[{"a":121,"b":130}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":174,"b":180}]}],"statement":"select l.id, l.event_type, l.ip_address, l.user_agent, l.event_at\nfrom identity.login_audit_logs l\nwhere l.user_uuid = :userUuid!\norder by l.event_at desc, l.id desc\nlimit :limit!::integer"};

/**
 * Query generated from SQL:
 * ```
 * select l.id, l.event_type, l.ip_address, l.user_agent, l.event_at
 * from identity.login_audit_logs l
 * where l.user_uuid = :userUuid!
 * order by l.event_at desc, l.id desc
 * limit :limit!::integer
 * ```
 */
export const listRecentAuditEvents = new PreparedQuery<IListRecentAuditEventsParams,IListRecentAuditEventsResult>(listRecentAuditEventsIR);


/** 'RecentFailedLoginsByIp' parameters type */
export interface IRecentFailedLoginsByIpParams {
  ipAddress: string;
  limit: number;
  withinSeconds: number;
}

/** 'RecentFailedLoginsByIp' return type */
export interface IRecentFailedLoginsByIpResult {
  /** When it happened. */
  event_at: Date;
  /** What happened. One of: register, login_success (a session was created), login_failure, login_locked, password_change, password_reset_request, password_reset, email_added, email_removed, email_verified, email_primary_changed, provider_linked, provider_unlinked, mfa_enrolled, mfa_enrolment_started, mfa_disabled, mfa_challenge, mfa_success, mfa_failure, recovery_codes_generated, device_new, device_forgotten, role_granted, role_revoked, status_changed, sign_out, session_revoked, refresh_token_reuse, reauthenticated (the password was confirmed for security settings), throttled (a client or identifier went over a throttle limit; once per window), imported (the account came from another system by `idkit import`). */
  event_type: string;
  /** The event's identifier. */
  id: string;
  /** @behavior -*
Why a sign-in failed (unknown account, wrong password, suspended...): readable by administrators only. */
  reason: string | null;
  /** The client's user agent, when known. */
  user_agent: string | null;
  /** The account concerned; NULL for a sign-in attempt that matched no account, or once the account is deleted. */
  user_uuid: string | null;
}

/** 'RecentFailedLoginsByIp' query type */
export interface IRecentFailedLoginsByIpQuery {
  params: IRecentFailedLoginsByIpParams;
  result: IRecentFailedLoginsByIpResult;
}

const recentFailedLoginsByIpIR: any = {"usedParamSet":{"ipAddress":true,"withinSeconds":true,"limit":true},"params":[{"name":"ipAddress","required":true,"transform":{"type":"scalar"},"locs":[{"a":131,"b":141}]},{"name":"withinSeconds","required":true,"transform":{"type":"scalar"},"locs":[{"a":263,"b":277}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":322,"b":328}]}],"statement":"select l.id, l.user_uuid, l.event_type, l.reason, l.user_agent, l.event_at\nfrom identity.login_audit_logs l\nwhere l.ip_address = :ipAddress!\n  and l.event_type in ('login_failure', 'login_locked', 'mfa_failure')\n  and l.event_at > now() - make_interval(secs => :withinSeconds!)\norder by l.event_at desc, l.id desc\nlimit :limit!::integer"};

/**
 * Query generated from SQL:
 * ```
 * select l.id, l.user_uuid, l.event_type, l.reason, l.user_agent, l.event_at
 * from identity.login_audit_logs l
 * where l.ip_address = :ipAddress!
 *   and l.event_type in ('login_failure', 'login_locked', 'mfa_failure')
 *   and l.event_at > now() - make_interval(secs => :withinSeconds!)
 * order by l.event_at desc, l.id desc
 * limit :limit!::integer
 * ```
 */
export const recentFailedLoginsByIp = new PreparedQuery<IRecentFailedLoginsByIpParams,IRecentFailedLoginsByIpResult>(recentFailedLoginsByIpIR);



/** Types generated for queries found in "sql/status.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type account_status = 'active' | 'deactivated' | 'suspended';

/** 'GetStatus' parameters type */
export interface IGetStatusParams {
  userUuid: string;
}

/** 'GetStatus' return type */
export interface IGetStatusResult {
  /** When the account was deactivated; set exactly when status is `deactivated`. */
  deactivated_at: Date | null;
  /** Why the status was last changed. */
  reason: string | null;
  /** `active`, `suspended` or `deactivated`; only active accounts sign in. */
  status: account_status;
}

/** 'GetStatus' query type */
export interface IGetStatusQuery {
  params: IGetStatusParams;
  result: IGetStatusResult;
}

const getStatusIR: any = {"usedParamSet":{"userUuid":true},"params":[{"name":"userUuid","required":true,"transform":{"type":"scalar"},"locs":[{"a":94,"b":103}]}],"statement":"select s.status, s.deactivated_at, s.reason\nfrom identity.user_status s\nwhere s.user_uuid = :userUuid!"};

/**
 * Query generated from SQL:
 * ```
 * select s.status, s.deactivated_at, s.reason
 * from identity.user_status s
 * where s.user_uuid = :userUuid!
 * ```
 */
export const getStatus = new PreparedQuery<IGetStatusParams,IGetStatusResult>(getStatusIR);


/** 'SetAccountStatus' parameters type */
export interface ISetAccountStatusParams {
  reason?: string | null | void;
  status: account_status;
  userUuid: string;
}

/** 'SetAccountStatus' return type */
export interface ISetAccountStatusResult {
  changed: boolean;
}

/** 'SetAccountStatus' query type */
export interface ISetAccountStatusQuery {
  params: ISetAccountStatusParams;
  result: ISetAccountStatusResult;
}

const setAccountStatusIR: any = {"usedParamSet":{"userUuid":true,"status":true,"reason":true},"params":[{"name":"userUuid","required":true,"transform":{"type":"scalar"},"locs":[{"a":50,"b":59}]},{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":72,"b":79}]},{"name":"reason","required":false,"transform":{"type":"scalar"},"locs":[{"a":92,"b":98}]}],"statement":"select identity.set_account_status(user_uuid => :userUuid!, status => :status!, reason => :reason) as \"changed!\""};

/**
 * Query generated from SQL:
 * ```
 * select identity.set_account_status(user_uuid => :userUuid!, status => :status!, reason => :reason) as "changed!"
 * ```
 */
export const setAccountStatus = new PreparedQuery<ISetAccountStatusParams,ISetAccountStatusResult>(setAccountStatusIR);


/** 'DeactivateMyAccount' parameters type */
export interface IDeactivateMyAccountParams {
  reason?: string | null | void;
}

/** 'DeactivateMyAccount' return type */
export interface IDeactivateMyAccountResult {
  changed: boolean;
}

/** 'DeactivateMyAccount' query type */
export interface IDeactivateMyAccountQuery {
  params: IDeactivateMyAccountParams;
  result: IDeactivateMyAccountResult;
}

const deactivateMyAccountIR: any = {"usedParamSet":{"reason":true},"params":[{"name":"reason","required":false,"transform":{"type":"scalar"},"locs":[{"a":50,"b":56}]}],"statement":"select identity.deactivate_my_account(reason => :reason) as \"changed!\""};

/**
 * Query generated from SQL:
 * ```
 * select identity.deactivate_my_account(reason => :reason) as "changed!"
 * ```
 */
export const deactivateMyAccount = new PreparedQuery<IDeactivateMyAccountParams,IDeactivateMyAccountResult>(deactivateMyAccountIR);



/** Types generated for queries found in "sql/roles.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ListUserRoles' parameters type */
export interface IListUserRolesParams {
  userUuid: string;
}

/** 'ListUserRoles' return type */
export interface IListUserRolesResult {
  /** When the role was granted. */
  assigned_at: Date;
  /** What holding the role allows. */
  description: string | null;
  /** The role's identifier. */
  role_id: number;
  /** Unique lower-case name, e.g. `user` or `admin`. */
  role_name: string;
}

/** 'ListUserRoles' query type */
export interface IListUserRolesQuery {
  params: IListUserRolesParams;
  result: IListUserRolesResult;
}

const listUserRolesIR: any = {"usedParamSet":{"userUuid":true},"params":[{"name":"userUuid","required":true,"transform":{"type":"scalar"},"locs":[{"a":162,"b":171}]}],"statement":"select r.role_id, r.role_name, r.description, ur.assigned_at\nfrom identity.user_roles ur\njoin identity.roles r on r.role_id = ur.role_id\nwhere ur.user_uuid = :userUuid!\norder by r.role_name"};

/**
 * Query generated from SQL:
 * ```
 * select r.role_id, r.role_name, r.description, ur.assigned_at
 * from identity.user_roles ur
 * join identity.roles r on r.role_id = ur.role_id
 * where ur.user_uuid = :userUuid!
 * order by r.role_name
 * ```
 */
export const listUserRoles = new PreparedQuery<IListUserRolesParams,IListUserRolesResult>(listUserRolesIR);


/** 'GrantRole' parameters type */
export interface IGrantRoleParams {
  roleName: string;
  userUuid: string;
}

/** 'GrantRole' return type */
export interface IGrantRoleResult {
  granted: boolean;
}

/** 'GrantRole' query type */
export interface IGrantRoleQuery {
  params: IGrantRoleParams;
  result: IGrantRoleResult;
}

const grantRoleIR: any = {"usedParamSet":{"userUuid":true,"roleName":true},"params":[{"name":"userUuid","required":true,"transform":{"type":"scalar"},"locs":[{"a":42,"b":51}]},{"name":"roleName","required":true,"transform":{"type":"scalar"},"locs":[{"a":67,"b":76}]}],"statement":"select identity.grant_role(user_uuid => :userUuid!, role_name => :roleName!) as \"granted!\""};

/**
 * Query generated from SQL:
 * ```
 * select identity.grant_role(user_uuid => :userUuid!, role_name => :roleName!) as "granted!"
 * ```
 */
export const grantRole = new PreparedQuery<IGrantRoleParams,IGrantRoleResult>(grantRoleIR);


/** 'RevokeRole' parameters type */
export interface IRevokeRoleParams {
  roleName: string;
  userUuid: string;
}

/** 'RevokeRole' return type */
export interface IRevokeRoleResult {
  revoked: boolean;
}

/** 'RevokeRole' query type */
export interface IRevokeRoleQuery {
  params: IRevokeRoleParams;
  result: IRevokeRoleResult;
}

const revokeRoleIR: any = {"usedParamSet":{"userUuid":true,"roleName":true},"params":[{"name":"userUuid","required":true,"transform":{"type":"scalar"},"locs":[{"a":43,"b":52}]},{"name":"roleName","required":true,"transform":{"type":"scalar"},"locs":[{"a":68,"b":77}]}],"statement":"select identity.revoke_role(user_uuid => :userUuid!, role_name => :roleName!) as \"revoked!\""};

/**
 * Query generated from SQL:
 * ```
 * select identity.revoke_role(user_uuid => :userUuid!, role_name => :roleName!) as "revoked!"
 * ```
 */
export const revokeRole = new PreparedQuery<IRevokeRoleParams,IRevokeRoleResult>(revokeRoleIR);



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

const listUserRolesIR: any = {"usedParamSet":{"userUuid":true},"params":[{"name":"userUuid","required":true,"transform":{"type":"scalar"},"locs":[{"a":162,"b":171}]}],"statement":"select r.role_id, r.role_name, r.description, ur.assigned_at\nfrom app_public.user_roles ur\njoin app_public.roles r on r.role_id = ur.role_id\nwhere ur.user_uuid = :userUuid!\norder by r.role_name"};

/**
 * Query generated from SQL:
 * ```
 * select r.role_id, r.role_name, r.description, ur.assigned_at
 * from app_public.user_roles ur
 * join app_public.roles r on r.role_id = ur.role_id
 * where ur.user_uuid = :userUuid!
 * order by r.role_name
 * ```
 */
export const listUserRoles = new PreparedQuery<IListUserRolesParams,IListUserRolesResult>(listUserRolesIR);



/** Types generated for queries found in "sql/auth.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'RegisterUser' parameters type */
export interface IRegisterUserParams {
  displayName?: string | null | void;
  email: string;
  password: string;
  username: string;
}

/** 'RegisterUser' return type */
export interface IRegisterUserResult {
  created_at: Date;
  id: string;
  uuid: string;
}

/** 'RegisterUser' query type */
export interface IRegisterUserQuery {
  params: IRegisterUserParams;
  result: IRegisterUserResult;
}

const registerUserIR: any = {"usedParamSet":{"username":true,"email":true,"password":true,"displayName":true},"params":[{"name":"username","required":true,"transform":{"type":"scalar"},"locs":[{"a":116,"b":125}]},{"name":"email","required":true,"transform":{"type":"scalar"},"locs":[{"a":137,"b":143}]},{"name":"password","required":true,"transform":{"type":"scalar"},"locs":[{"a":158,"b":167}]},{"name":"displayName","required":false,"transform":{"type":"scalar"},"locs":[{"a":186,"b":197}]}],"statement":"select r.uuid as \"uuid!\", r.id as \"id!\", r.created_at as \"created_at!\"\nfrom app_public.register_user(\n  username => :username!, email => :email!, password => :password!, display_name => :displayName\n) r"};

/**
 * Query generated from SQL:
 * ```
 * select r.uuid as "uuid!", r.id as "id!", r.created_at as "created_at!"
 * from app_public.register_user(
 *   username => :username!, email => :email!, password => :password!, display_name => :displayName
 * ) r
 * ```
 */
export const registerUser = new PreparedQuery<IRegisterUserParams,IRegisterUserResult>(registerUserIR);


/** 'Authenticate' parameters type */
export interface IAuthenticateParams {
  deviceFingerprint?: string | null | void;
  ipAddress?: string | null | void;
  login: string;
  password: string;
  userAgent?: string | null | void;
}

/** 'Authenticate' return type */
export interface IAuthenticateResult {
  exp: string;
  role: string;
  user_uuid: string;
}

/** 'Authenticate' query type */
export interface IAuthenticateQuery {
  params: IAuthenticateParams;
  result: IAuthenticateResult;
}

const authenticateIR: any = {"usedParamSet":{"login":true,"password":true,"ipAddress":true,"userAgent":true,"deviceFingerprint":true},"params":[{"name":"login","required":true,"transform":{"type":"scalar"},"locs":[{"a":112,"b":118}]},{"name":"password","required":true,"transform":{"type":"scalar"},"locs":[{"a":133,"b":142}]},{"name":"ipAddress","required":false,"transform":{"type":"scalar"},"locs":[{"a":159,"b":168}]},{"name":"userAgent","required":false,"transform":{"type":"scalar"},"locs":[{"a":185,"b":194}]},{"name":"deviceFingerprint","required":false,"transform":{"type":"scalar"},"locs":[{"a":221,"b":238}]}],"statement":"select t.role as \"role!\", t.user_uuid as \"user_uuid!\", t.exp as \"exp!\"\nfrom app_public.authenticate(\n  login => :login!, password => :password!, ip_address => :ipAddress, user_agent => :userAgent,\n  device_fingerprint => :deviceFingerprint\n) t\nwhere t.user_uuid is not null"};

/**
 * Query generated from SQL:
 * ```
 * select t.role as "role!", t.user_uuid as "user_uuid!", t.exp as "exp!"
 * from app_public.authenticate(
 *   login => :login!, password => :password!, ip_address => :ipAddress, user_agent => :userAgent,
 *   device_fingerprint => :deviceFingerprint
 * ) t
 * where t.user_uuid is not null
 * ```
 */
export const authenticate = new PreparedQuery<IAuthenticateParams,IAuthenticateResult>(authenticateIR);


/** 'ChangePassword' parameters type */
export interface IChangePasswordParams {
  newPassword: string;
  oldPassword: string;
}

/** 'ChangePassword' return type */
export interface IChangePasswordResult {
  changed: boolean;
}

/** 'ChangePassword' query type */
export interface IChangePasswordQuery {
  params: IChangePasswordParams;
  result: IChangePasswordResult;
}

const changePasswordIR: any = {"usedParamSet":{"oldPassword":true,"newPassword":true},"params":[{"name":"oldPassword","required":true,"transform":{"type":"scalar"},"locs":[{"a":50,"b":62}]},{"name":"newPassword","required":true,"transform":{"type":"scalar"},"locs":[{"a":81,"b":93}]}],"statement":"select app_public.change_password(old_password => :oldPassword!, new_password => :newPassword!) as \"changed!\""};

/**
 * Query generated from SQL:
 * ```
 * select app_public.change_password(old_password => :oldPassword!, new_password => :newPassword!) as "changed!"
 * ```
 */
export const changePassword = new PreparedQuery<IChangePasswordParams,IChangePasswordResult>(changePasswordIR);


/** 'CurrentUser' parameters type */
export type ICurrentUserParams = void;

/** 'CurrentUser' return type */
export interface ICurrentUserResult {
  created_at: Date;
  id: string;
  last_login_at: Date | null;
  updated_at: Date;
  uuid: string;
}

/** 'CurrentUser' query type */
export interface ICurrentUserQuery {
  params: ICurrentUserParams;
  result: ICurrentUserResult;
}

const currentUserIR: any = {"usedParamSet":{},"params":[],"statement":"select u.uuid as \"uuid!\", u.id as \"id!\", u.created_at as \"created_at!\", u.updated_at as \"updated_at!\", u.last_login_at\nfrom app_public.\"current_user\"() u\nwhere u.uuid is not null"};

/**
 * Query generated from SQL:
 * ```
 * select u.uuid as "uuid!", u.id as "id!", u.created_at as "created_at!", u.updated_at as "updated_at!", u.last_login_at
 * from app_public."current_user"() u
 * where u.uuid is not null
 * ```
 */
export const currentUser = new PreparedQuery<ICurrentUserParams,ICurrentUserResult>(currentUserIR);



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

const registerUserIR: any = {"usedParamSet":{"username":true,"email":true,"password":true,"displayName":true},"params":[{"name":"username","required":true,"transform":{"type":"scalar"},"locs":[{"a":224,"b":233}]},{"name":"email","required":true,"transform":{"type":"scalar"},"locs":[{"a":245,"b":251}]},{"name":"password","required":true,"transform":{"type":"scalar"},"locs":[{"a":266,"b":275}]},{"name":"displayName","required":false,"transform":{"type":"scalar"},"locs":[{"a":294,"b":305}]}],"statement":"-- No row when the username is taken (register_user answers NULL, so that the call's throttle count commits).\nselect r.uuid as \"uuid!\", r.id as \"id!\", r.created_at as \"created_at!\"\nfrom identity.register_user(\n  username => :username!, email => :email!, password => :password!, display_name => :displayName\n) r\nwhere r.uuid is not null"};

/**
 * Query generated from SQL:
 * ```
 * -- No row when the username is taken (register_user answers NULL, so that the call's throttle count commits).
 * select r.uuid as "uuid!", r.id as "id!", r.created_at as "created_at!"
 * from identity.register_user(
 *   username => :username!, email => :email!, password => :password!, display_name => :displayName
 * ) r
 * where r.uuid is not null
 * ```
 */
export const registerUser = new PreparedQuery<IRegisterUserParams,IRegisterUserResult>(registerUserIR);


/** 'RequestPasswordReset' parameters type */
export interface IRequestPasswordResetParams {
  email: string;
}

/** 'RequestPasswordReset' return type */
export interface IRequestPasswordResetResult {
  recipient: string;
  token: string;
}

/** 'RequestPasswordReset' query type */
export interface IRequestPasswordResetQuery {
  params: IRequestPasswordResetParams;
  result: IRequestPasswordResetResult;
}

const requestPasswordResetIR: any = {"usedParamSet":{"email":true},"params":[{"name":"email","required":true,"transform":{"type":"scalar"},"locs":[{"a":219,"b":225}]}],"statement":"-- recipient is the stored address (or, for the decoy, the typed one normalised the same way): mail the token there.\nselect r.recipient as \"recipient!\", r.token as \"token!\"\nfrom identity.request_password_reset(email => :email!) r"};

/**
 * Query generated from SQL:
 * ```
 * -- recipient is the stored address (or, for the decoy, the typed one normalised the same way): mail the token there.
 * select r.recipient as "recipient!", r.token as "token!"
 * from identity.request_password_reset(email => :email!) r
 * ```
 */
export const requestPasswordReset = new PreparedQuery<IRequestPasswordResetParams,IRequestPasswordResetResult>(requestPasswordResetIR);


/** 'ResetPassword' parameters type */
export interface IResetPasswordParams {
  newPassword: string;
  token: string;
}

/** 'ResetPassword' return type */
export interface IResetPasswordResult {
  reset: boolean;
}

/** 'ResetPassword' query type */
export interface IResetPasswordQuery {
  params: IResetPasswordParams;
  result: IResetPasswordResult;
}

const resetPasswordIR: any = {"usedParamSet":{"token":true,"newPassword":true},"params":[{"name":"token","required":true,"transform":{"type":"scalar"},"locs":[{"a":40,"b":46}]},{"name":"newPassword","required":true,"transform":{"type":"scalar"},"locs":[{"a":65,"b":77}]}],"statement":"select identity.reset_password(token => :token!, new_password => :newPassword!) as \"reset!\""};

/**
 * Query generated from SQL:
 * ```
 * select identity.reset_password(token => :token!, new_password => :newPassword!) as "reset!"
 * ```
 */
export const resetPassword = new PreparedQuery<IResetPasswordParams,IResetPasswordResult>(resetPasswordIR);


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

const changePasswordIR: any = {"usedParamSet":{"oldPassword":true,"newPassword":true},"params":[{"name":"oldPassword","required":true,"transform":{"type":"scalar"},"locs":[{"a":48,"b":60}]},{"name":"newPassword","required":true,"transform":{"type":"scalar"},"locs":[{"a":79,"b":91}]}],"statement":"select identity.change_password(old_password => :oldPassword!, new_password => :newPassword!) as \"changed!\""};

/**
 * Query generated from SQL:
 * ```
 * select identity.change_password(old_password => :oldPassword!, new_password => :newPassword!) as "changed!"
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

const currentUserIR: any = {"usedParamSet":{},"params":[],"statement":"select u.uuid as \"uuid!\", u.id as \"id!\", u.created_at as \"created_at!\", u.updated_at as \"updated_at!\", u.last_login_at\nfrom identity.\"current_user\"() u\nwhere u.uuid is not null"};

/**
 * Query generated from SQL:
 * ```
 * select u.uuid as "uuid!", u.id as "id!", u.created_at as "created_at!", u.updated_at as "updated_at!", u.last_login_at
 * from identity."current_user"() u
 * where u.uuid is not null
 * ```
 */
export const currentUser = new PreparedQuery<ICurrentUserParams,ICurrentUserResult>(currentUserIR);


/** 'Reauthenticate' parameters type */
export interface IReauthenticateParams {
  password: string;
}

/** 'Reauthenticate' return type */
export interface IReauthenticateResult {
  confirmed: boolean;
}

/** 'Reauthenticate' query type */
export interface IReauthenticateQuery {
  params: IReauthenticateParams;
  result: IReauthenticateResult;
}

const reauthenticateIR: any = {"usedParamSet":{"password":true},"params":[{"name":"password","required":true,"transform":{"type":"scalar"},"locs":[{"a":135,"b":144}]}],"statement":"-- Confirms the password for security settings: true renews the session's authenticated_at.\nselect identity.reauthenticate(password => :password!) as \"confirmed!\""};

/**
 * Query generated from SQL:
 * ```
 * -- Confirms the password for security settings: true renews the session's authenticated_at.
 * select identity.reauthenticate(password => :password!) as "confirmed!"
 * ```
 */
export const reauthenticate = new PreparedQuery<IReauthenticateParams,IReauthenticateResult>(reauthenticateIR);



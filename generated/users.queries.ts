/** Types generated for queries found in "sql/users.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type account_status = 'active' | 'deactivated' | 'suspended';

/** 'FindUserByUuid' parameters type */
export interface IFindUserByUuidParams {
  uuid: string;
}

/** 'FindUserByUuid' return type */
export interface IFindUserByUuidResult {
  /** When the account was created; never changes. */
  created_at: Date;
  /** A compact sequential number for the account (internal references, support tickets). */
  id: string;
  /** When the account last signed in successfully; NULL if never. */
  last_login_at: Date | null;
  /** When the account row last changed. */
  updated_at: Date;
  /** The account's stable public identifier. */
  uuid: string;
}

/** 'FindUserByUuid' query type */
export interface IFindUserByUuidQuery {
  params: IFindUserByUuidParams;
  result: IFindUserByUuidResult;
}

const findUserByUuidIR: any = {"usedParamSet":{"uuid":true},"params":[{"name":"uuid","required":true,"transform":{"type":"scalar"},"locs":[{"a":104,"b":109}]}],"statement":"select u.uuid, u.id, u.created_at, u.updated_at, u.last_login_at\nfrom identity.users u\nwhere u.uuid = :uuid!"};

/**
 * Query generated from SQL:
 * ```
 * select u.uuid, u.id, u.created_at, u.updated_at, u.last_login_at
 * from identity.users u
 * where u.uuid = :uuid!
 * ```
 */
export const findUserByUuid = new PreparedQuery<IFindUserByUuidParams,IFindUserByUuidResult>(findUserByUuidIR);


/** 'FindUserByEmail' parameters type */
export interface IFindUserByEmailParams {
  email: string;
}

/** 'FindUserByEmail' return type */
export interface IFindUserByEmailResult {
  /** When the account was created; never changes. */
  created_at: Date;
  /** A compact sequential number for the account (internal references, support tickets). */
  id: string;
  /** When the account last signed in successfully; NULL if never. */
  last_login_at: Date | null;
  /** When the account row last changed. */
  updated_at: Date;
  /** The account's stable public identifier. */
  uuid: string;
}

/** 'FindUserByEmail' query type */
export interface IFindUserByEmailQuery {
  params: IFindUserByEmailParams;
  result: IFindUserByEmailResult;
}

const findUserByEmailIR: any = {"usedParamSet":{"email":true},"params":[{"name":"email","required":true,"transform":{"type":"scalar"},"locs":[{"a":186,"b":192}]}],"statement":"select u.uuid, u.id, u.created_at, u.updated_at, u.last_login_at\nfrom identity.users u\njoin identity.user_emails e on e.user_uuid = u.uuid\nwhere e.email = identity.normalize_email(:email!)\norder by e.is_verified desc, u.created_at\nlimit 1"};

/**
 * Query generated from SQL:
 * ```
 * select u.uuid, u.id, u.created_at, u.updated_at, u.last_login_at
 * from identity.users u
 * join identity.user_emails e on e.user_uuid = u.uuid
 * where e.email = identity.normalize_email(:email!)
 * order by e.is_verified desc, u.created_at
 * limit 1
 * ```
 */
export const findUserByEmail = new PreparedQuery<IFindUserByEmailParams,IFindUserByEmailResult>(findUserByEmailIR);


/** 'FindUserByUsername' parameters type */
export interface IFindUserByUsernameParams {
  username: string;
}

/** 'FindUserByUsername' return type */
export interface IFindUserByUsernameResult {
  /** When the account was created; never changes. */
  created_at: Date;
  /** A compact sequential number for the account (internal references, support tickets). */
  id: string;
  /** When the account last signed in successfully; NULL if never. */
  last_login_at: Date | null;
  /** When the account row last changed. */
  updated_at: Date;
  /** The account's stable public identifier. */
  uuid: string;
}

/** 'FindUserByUsername' query type */
export interface IFindUserByUsernameQuery {
  params: IFindUserByUsernameParams;
  result: IFindUserByUsernameResult;
}

const findUserByUsernameIR: any = {"usedParamSet":{"username":true},"params":[{"name":"username","required":true,"transform":{"type":"scalar"},"locs":[{"a":225,"b":234}]}],"statement":"select u.uuid, u.id, u.created_at, u.updated_at, u.last_login_at\nfrom identity.users u\njoin identity.user_profiles p on p.user_uuid = u.uuid\nwhere identity.normalize_username(p.username) = identity.normalize_username(:username!)"};

/**
 * Query generated from SQL:
 * ```
 * select u.uuid, u.id, u.created_at, u.updated_at, u.last_login_at
 * from identity.users u
 * join identity.user_profiles p on p.user_uuid = u.uuid
 * where identity.normalize_username(p.username) = identity.normalize_username(:username!)
 * ```
 */
export const findUserByUsername = new PreparedQuery<IFindUserByUsernameParams,IFindUserByUsernameResult>(findUserByUsernameIR);


/** 'ListUsersByStatus' parameters type */
export interface IListUsersByStatusParams {
  limit: number;
  status: account_status;
}

/** 'ListUsersByStatus' return type */
export interface IListUsersByStatusResult {
  /** When the account was created; never changes. */
  created_at: Date;
  /** A compact sequential number for the account (internal references, support tickets). */
  id: string;
  /** When the account last signed in successfully; NULL if never. */
  last_login_at: Date | null;
  /** Why the status was last changed. */
  reason: string | null;
  /** `active`, `suspended` or `deactivated`; only active accounts sign in. */
  status: account_status;
  /** Unique sign-in name, 3 to 32 ASCII letters, digits or underscores, starting with a letter; compared without regard to letter case (normalize_username). */
  username: string;
  /** The account's stable public identifier. */
  uuid: string;
}

/** 'ListUsersByStatus' query type */
export interface IListUsersByStatusQuery {
  params: IListUsersByStatusParams;
  result: IListUsersByStatusResult;
}

const listUsersByStatusIR: any = {"usedParamSet":{"status":true,"limit":true},"params":[{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":239,"b":246}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":292,"b":298}]}],"statement":"select u.uuid, u.id, p.username, s.status, s.reason, u.created_at, u.last_login_at\nfrom identity.users u\njoin identity.user_status s on s.user_uuid = u.uuid\nleft join identity.user_profiles p on p.user_uuid = u.uuid\nwhere s.status = :status!\norder by u.created_at desc, u.id desc\nlimit :limit!::integer"};

/**
 * Query generated from SQL:
 * ```
 * select u.uuid, u.id, p.username, s.status, s.reason, u.created_at, u.last_login_at
 * from identity.users u
 * join identity.user_status s on s.user_uuid = u.uuid
 * left join identity.user_profiles p on p.user_uuid = u.uuid
 * where s.status = :status!
 * order by u.created_at desc, u.id desc
 * limit :limit!::integer
 * ```
 */
export const listUsersByStatus = new PreparedQuery<IListUsersByStatusParams,IListUsersByStatusResult>(listUsersByStatusIR);



/** Types generated for queries found in "sql/profiles.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'GetProfile' parameters type */
export interface IGetProfileParams {
  userUuid: string;
}

/** 'GetProfile' return type */
export interface IGetProfileResult {
  /** Object-storage key of the avatar image (not a URL). */
  avatar_object_key: string | null;
  /** A short self-description, at most 2000 characters. */
  bio: string | null;
  /** Name shown to others, 1 to 100 characters. */
  display_name: string | null;
  /** The account this profile belongs to. */
  user_uuid: string;
  /** Unique sign-in name, 3 to 32 ASCII letters, digits or underscores, starting with a letter; compared without regard to letter case (normalize_username). */
  username: string;
}

/** 'GetProfile' query type */
export interface IGetProfileQuery {
  params: IGetProfileParams;
  result: IGetProfileResult;
}

const getProfileIR: any = {"usedParamSet":{"userUuid":true},"params":[{"name":"userUuid","required":true,"transform":{"type":"scalar"},"locs":[{"a":127,"b":136}]}],"statement":"select p.user_uuid, p.username, p.display_name, p.avatar_object_key, p.bio\nfrom identity.user_profiles p\nwhere p.user_uuid = :userUuid!"};

/**
 * Query generated from SQL:
 * ```
 * select p.user_uuid, p.username, p.display_name, p.avatar_object_key, p.bio
 * from identity.user_profiles p
 * where p.user_uuid = :userUuid!
 * ```
 */
export const getProfile = new PreparedQuery<IGetProfileParams,IGetProfileResult>(getProfileIR);


/** 'UpdateProfile' parameters type */
export interface IUpdateProfileParams {
  avatarObjectKey?: string | null | void;
  bio?: string | null | void;
  displayName?: string | null | void;
  userUuid: string;
}

/** 'UpdateProfile' return type */
export interface IUpdateProfileResult {
  /** Object-storage key of the avatar image (not a URL). */
  avatar_object_key: string | null;
  /** A short self-description, at most 2000 characters. */
  bio: string | null;
  /** Name shown to others, 1 to 100 characters. */
  display_name: string | null;
  /** The account this profile belongs to. */
  user_uuid: string;
  /** Unique sign-in name, 3 to 32 ASCII letters, digits or underscores, starting with a letter; compared without regard to letter case (normalize_username). */
  username: string;
}

/** 'UpdateProfile' query type */
export interface IUpdateProfileQuery {
  params: IUpdateProfileParams;
  result: IUpdateProfileResult;
}

const updateProfileIR: any = {"usedParamSet":{"displayName":true,"avatarObjectKey":true,"bio":true,"userUuid":true},"params":[{"name":"displayName","required":false,"transform":{"type":"scalar"},"locs":[{"a":51,"b":62}]},{"name":"avatarObjectKey","required":false,"transform":{"type":"scalar"},"locs":[{"a":85,"b":100}]},{"name":"bio","required":false,"transform":{"type":"scalar"},"locs":[{"a":109,"b":112}]},{"name":"userUuid","required":true,"transform":{"type":"scalar"},"locs":[{"a":132,"b":141}]}],"statement":"update identity.user_profiles\nset display_name = :displayName, avatar_object_key = :avatarObjectKey, bio = :bio\nwhere user_uuid = :userUuid!\nreturning user_uuid, username, display_name, avatar_object_key, bio"};

/**
 * Query generated from SQL:
 * ```
 * update identity.user_profiles
 * set display_name = :displayName, avatar_object_key = :avatarObjectKey, bio = :bio
 * where user_uuid = :userUuid!
 * returning user_uuid, username, display_name, avatar_object_key, bio
 * ```
 */
export const updateProfile = new PreparedQuery<IUpdateProfileParams,IUpdateProfileResult>(updateProfileIR);



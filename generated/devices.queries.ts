/** Types generated for queries found in "sql/devices.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ListDevices' parameters type */
export interface IListDevicesParams {
  userUuid: string;
}

/** 'ListDevices' return type */
export interface IListDevicesResult {
  /** When the device first signed in; never changes. */
  created_at: Date;
  /** An opaque fingerprint supplied by the client at sign-in; NULL for a device known by its device token only. */
  device_fingerprint: string | null;
  /** A name the user gave the device. */
  device_name: string | null;
  /** The device's identifier. */
  id: string;
  /** When the device last signed in. */
  last_seen_at: Date;
}

/** 'ListDevices' query type */
export interface IListDevicesQuery {
  params: IListDevicesParams;
  result: IListDevicesResult;
}

const listDevicesIR: any = {"usedParamSet":{"userUuid":true},"params":[{"name":"userUuid","required":true,"transform":{"type":"scalar"},"locs":[{"a":130,"b":139}]}],"statement":"select d.id, d.device_fingerprint, d.device_name, d.last_seen_at, d.created_at\nfrom identity.user_devices d\nwhere d.user_uuid = :userUuid!\norder by d.last_seen_at desc, d.id desc"};

/**
 * Query generated from SQL:
 * ```
 * select d.id, d.device_fingerprint, d.device_name, d.last_seen_at, d.created_at
 * from identity.user_devices d
 * where d.user_uuid = :userUuid!
 * order by d.last_seen_at desc, d.id desc
 * ```
 */
export const listDevices = new PreparedQuery<IListDevicesParams,IListDevicesResult>(listDevicesIR);


/** 'RenameDevice' parameters type */
export interface IRenameDeviceParams {
  deviceName?: string | null | void;
  id: string;
  userUuid: string;
}

/** 'RenameDevice' return type */
export interface IRenameDeviceResult {
  /** When the device first signed in; never changes. */
  created_at: Date;
  /** An opaque fingerprint supplied by the client at sign-in; NULL for a device known by its device token only. */
  device_fingerprint: string | null;
  /** A name the user gave the device. */
  device_name: string | null;
  /** The device's identifier. */
  id: string;
  /** When the device last signed in. */
  last_seen_at: Date;
}

/** 'RenameDevice' query type */
export interface IRenameDeviceQuery {
  params: IRenameDeviceParams;
  result: IRenameDeviceResult;
}

const renameDeviceIR: any = {"usedParamSet":{"deviceName":true,"id":true,"userUuid":true},"params":[{"name":"deviceName","required":false,"transform":{"type":"scalar"},"locs":[{"a":49,"b":59}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":72,"b":75}]},{"name":"userUuid","required":true,"transform":{"type":"scalar"},"locs":[{"a":93,"b":102}]}],"statement":"update identity.user_devices\nset device_name = :deviceName\nwhere id = :id! and user_uuid = :userUuid!\nreturning id, device_fingerprint, device_name, last_seen_at, created_at"};

/**
 * Query generated from SQL:
 * ```
 * update identity.user_devices
 * set device_name = :deviceName
 * where id = :id! and user_uuid = :userUuid!
 * returning id, device_fingerprint, device_name, last_seen_at, created_at
 * ```
 */
export const renameDevice = new PreparedQuery<IRenameDeviceParams,IRenameDeviceResult>(renameDeviceIR);


/** 'ForgetDevice' parameters type */
export interface IForgetDeviceParams {
  id: string;
  userUuid: string;
}

/** 'ForgetDevice' return type */
export interface IForgetDeviceResult {
  /** The device's identifier. */
  id: string;
}

/** 'ForgetDevice' query type */
export interface IForgetDeviceQuery {
  params: IForgetDeviceParams;
  result: IForgetDeviceResult;
}

const forgetDeviceIR: any = {"usedParamSet":{"id":true,"userUuid":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":47,"b":50}]},{"name":"userUuid","required":true,"transform":{"type":"scalar"},"locs":[{"a":68,"b":77}]}],"statement":"delete from identity.user_devices\nwhere id = :id! and user_uuid = :userUuid!\nreturning id"};

/**
 * Query generated from SQL:
 * ```
 * delete from identity.user_devices
 * where id = :id! and user_uuid = :userUuid!
 * returning id
 * ```
 */
export const forgetDevice = new PreparedQuery<IForgetDeviceParams,IForgetDeviceResult>(forgetDeviceIR);



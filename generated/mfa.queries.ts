/** Types generated for queries found in "sql/mfa.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ListMfaFactors' parameters type */
export interface IListMfaFactorsParams {
  userUuid: string;
}

/** 'ListMfaFactors' return type */
export interface IListMfaFactorsResult {
  /** When the factor was enrolled; never changes. */
  created_at: Date;
  /** The kind of factor: `totp`. */
  factor_type: string;
  /** The factor's identifier. */
  id: string;
  /** True once the factor was confirmed with a first valid code. */
  is_enabled: boolean;
}

/** 'ListMfaFactors' query type */
export interface IListMfaFactorsQuery {
  params: IListMfaFactorsParams;
  result: IListMfaFactorsResult;
}

const listMfaFactorsIR: any = {"usedParamSet":{"userUuid":true},"params":[{"name":"userUuid","required":true,"transform":{"type":"scalar"},"locs":[{"a":110,"b":119}]}],"statement":"select f.id, f.factor_type, f.is_enabled, f.created_at\nfrom identity.user_mfa_factors f\nwhere f.user_uuid = :userUuid!\norder by f.created_at, f.id"};

/**
 * Query generated from SQL:
 * ```
 * select f.id, f.factor_type, f.is_enabled, f.created_at
 * from identity.user_mfa_factors f
 * where f.user_uuid = :userUuid!
 * order by f.created_at, f.id
 * ```
 */
export const listMfaFactors = new PreparedQuery<IListMfaFactorsParams,IListMfaFactorsResult>(listMfaFactorsIR);


/** 'EnrolTotp' parameters type */
export type IEnrolTotpParams = void;

/** 'EnrolTotp' return type */
export interface IEnrolTotpResult {
  otpauth_uri: string;
}

/** 'EnrolTotp' query type */
export interface IEnrolTotpQuery {
  params: IEnrolTotpParams;
  result: IEnrolTotpResult;
}

const enrolTotpIR: any = {"usedParamSet":{},"params":[],"statement":"select identity.enrol_totp() as \"otpauth_uri!\""};

/**
 * Query generated from SQL:
 * ```
 * select identity.enrol_totp() as "otpauth_uri!"
 * ```
 */
export const enrolTotp = new PreparedQuery<IEnrolTotpParams,IEnrolTotpResult>(enrolTotpIR);


/** 'ConfirmTotp' parameters type */
export interface IConfirmTotpParams {
  code: string;
}

/** 'ConfirmTotp' return type */
export interface IConfirmTotpResult {
  enabled: boolean;
}

/** 'ConfirmTotp' query type */
export interface IConfirmTotpQuery {
  params: IConfirmTotpParams;
  result: IConfirmTotpResult;
}

const confirmTotpIR: any = {"usedParamSet":{"code":true},"params":[{"name":"code","required":true,"transform":{"type":"scalar"},"locs":[{"a":39,"b":44}]}],"statement":"select identity.confirm_totp(code => :code!) as \"enabled!\""};

/**
 * Query generated from SQL:
 * ```
 * select identity.confirm_totp(code => :code!) as "enabled!"
 * ```
 */
export const confirmTotp = new PreparedQuery<IConfirmTotpParams,IConfirmTotpResult>(confirmTotpIR);


/** 'DisableTotp' parameters type */
export interface IDisableTotpParams {
  code: string;
}

/** 'DisableTotp' return type */
export interface IDisableTotpResult {
  disabled: boolean;
}

/** 'DisableTotp' query type */
export interface IDisableTotpQuery {
  params: IDisableTotpParams;
  result: IDisableTotpResult;
}

const disableTotpIR: any = {"usedParamSet":{"code":true},"params":[{"name":"code","required":true,"transform":{"type":"scalar"},"locs":[{"a":39,"b":44}]}],"statement":"select identity.disable_totp(code => :code!) as \"disabled!\""};

/**
 * Query generated from SQL:
 * ```
 * select identity.disable_totp(code => :code!) as "disabled!"
 * ```
 */
export const disableTotp = new PreparedQuery<IDisableTotpParams,IDisableTotpResult>(disableTotpIR);


/** 'GenerateRecoveryCodes' parameters type */
export interface IGenerateRecoveryCodesParams {
  code?: string | null | void;
}

/** 'GenerateRecoveryCodes' return type */
export interface IGenerateRecoveryCodesResult {
  code: string;
}

/** 'GenerateRecoveryCodes' query type */
export interface IGenerateRecoveryCodesQuery {
  params: IGenerateRecoveryCodesParams;
  result: IGenerateRecoveryCodesResult;
}

const generateRecoveryCodesIR: any = {"usedParamSet":{"code":true},"params":[{"name":"code","required":false,"transform":{"type":"scalar"},"locs":[{"a":68,"b":72}]}],"statement":"select c as \"code!\" from identity.generate_recovery_codes(code => :code) c"};

/**
 * Query generated from SQL:
 * ```
 * select c as "code!" from identity.generate_recovery_codes(code => :code) c
 * ```
 */
export const generateRecoveryCodes = new PreparedQuery<IGenerateRecoveryCodesParams,IGenerateRecoveryCodesResult>(generateRecoveryCodesIR);



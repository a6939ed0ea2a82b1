/** Types generated for queries found in "sql/emails.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ListEmails' parameters type */
export interface IListEmailsParams {
  userUuid: string;
}

/** 'ListEmails' return type */
export interface IListEmailsResult {
  /** When the address was added; never changes. */
  created_at: Date;
  /** The address in normalised form (normalize_email): where mail for it goes. Unique among verified addresses and within an account. */
  email: string;
  /** The email row's identifier. */
  id: string;
  /** The address used for account mail; at most one per account. */
  is_primary: boolean;
  /** True once the owner proved they receive mail at this address. */
  is_verified: boolean;
}

/** 'ListEmails' query type */
export interface IListEmailsQuery {
  params: IListEmailsParams;
  result: IListEmailsResult;
}

const listEmailsIR: any = {"usedParamSet":{"userUuid":true},"params":[{"name":"userUuid","required":true,"transform":{"type":"scalar"},"locs":[{"a":114,"b":123}]}],"statement":"select e.id, e.email, e.is_verified, e.is_primary, e.created_at\nfrom identity.user_emails e\nwhere e.user_uuid = :userUuid!\norder by e.is_primary desc, e.created_at, e.id"};

/**
 * Query generated from SQL:
 * ```
 * select e.id, e.email, e.is_verified, e.is_primary, e.created_at
 * from identity.user_emails e
 * where e.user_uuid = :userUuid!
 * order by e.is_primary desc, e.created_at, e.id
 * ```
 */
export const listEmails = new PreparedQuery<IListEmailsParams,IListEmailsResult>(listEmailsIR);


/** 'AddEmail' parameters type */
export interface IAddEmailParams {
  email: string;
}

/** 'AddEmail' return type */
export interface IAddEmailResult {
  created_at: Date;
  email: string;
  id: string;
  is_primary: boolean;
  is_verified: boolean;
}

/** 'AddEmail' query type */
export interface IAddEmailQuery {
  params: IAddEmailParams;
  result: IAddEmailResult;
}

const addEmailIR: any = {"usedParamSet":{"email":true},"params":[{"name":"email","required":true,"transform":{"type":"scalar"},"locs":[{"a":172,"b":178}]}],"statement":"select e.id as \"id!\", e.email as \"email!\", e.is_verified as \"is_verified!\", e.is_primary as \"is_primary!\", e.created_at as \"created_at!\"\nfrom identity.add_email(email => :email!) e"};

/**
 * Query generated from SQL:
 * ```
 * select e.id as "id!", e.email as "email!", e.is_verified as "is_verified!", e.is_primary as "is_primary!", e.created_at as "created_at!"
 * from identity.add_email(email => :email!) e
 * ```
 */
export const addEmail = new PreparedQuery<IAddEmailParams,IAddEmailResult>(addEmailIR);


/** 'RemoveEmail' parameters type */
export interface IRemoveEmailParams {
  emailId: string;
}

/** 'RemoveEmail' return type */
export interface IRemoveEmailResult {
  removed: boolean;
}

/** 'RemoveEmail' query type */
export interface IRemoveEmailQuery {
  params: IRemoveEmailParams;
  result: IRemoveEmailResult;
}

const removeEmailIR: any = {"usedParamSet":{"emailId":true},"params":[{"name":"emailId","required":true,"transform":{"type":"scalar"},"locs":[{"a":43,"b":51}]}],"statement":"select identity.remove_email(email_id => :emailId!) as \"removed!\""};

/**
 * Query generated from SQL:
 * ```
 * select identity.remove_email(email_id => :emailId!) as "removed!"
 * ```
 */
export const removeEmail = new PreparedQuery<IRemoveEmailParams,IRemoveEmailResult>(removeEmailIR);


/** 'MakeEmailPrimary' parameters type */
export interface IMakeEmailPrimaryParams {
  emailId: string;
}

/** 'MakeEmailPrimary' return type */
export interface IMakeEmailPrimaryResult {
  created_at: Date;
  email: string;
  id: string;
  is_primary: boolean;
  is_verified: boolean;
}

/** 'MakeEmailPrimary' query type */
export interface IMakeEmailPrimaryQuery {
  params: IMakeEmailPrimaryParams;
  result: IMakeEmailPrimaryResult;
}

const makeEmailPrimaryIR: any = {"usedParamSet":{"emailId":true},"params":[{"name":"emailId","required":true,"transform":{"type":"scalar"},"locs":[{"a":184,"b":192}]}],"statement":"select e.id as \"id!\", e.email as \"email!\", e.is_verified as \"is_verified!\", e.is_primary as \"is_primary!\", e.created_at as \"created_at!\"\nfrom identity.make_email_primary(email_id => :emailId!) e"};

/**
 * Query generated from SQL:
 * ```
 * select e.id as "id!", e.email as "email!", e.is_verified as "is_verified!", e.is_primary as "is_primary!", e.created_at as "created_at!"
 * from identity.make_email_primary(email_id => :emailId!) e
 * ```
 */
export const makeEmailPrimary = new PreparedQuery<IMakeEmailPrimaryParams,IMakeEmailPrimaryResult>(makeEmailPrimaryIR);


/** 'RequestEmailVerification' parameters type */
export interface IRequestEmailVerificationParams {
  emailId: string;
}

/** 'RequestEmailVerification' return type */
export interface IRequestEmailVerificationResult {
  recipient: string;
  token: string | null;
}

/** 'RequestEmailVerification' query type */
export interface IRequestEmailVerificationQuery {
  params: IRequestEmailVerificationParams;
  result: IRequestEmailVerificationResult;
}

const requestEmailVerificationIR: any = {"usedParamSet":{"emailId":true},"params":[{"name":"emailId","required":true,"transform":{"type":"scalar"},"locs":[{"a":193,"b":201}]}],"statement":"-- recipient is the stored address: mail the token there, never to an address the user typed.\nselect r.recipient as \"recipient!\", r.token\nfrom identity.request_email_verification(email_id => :emailId!) r"};

/**
 * Query generated from SQL:
 * ```
 * -- recipient is the stored address: mail the token there, never to an address the user typed.
 * select r.recipient as "recipient!", r.token
 * from identity.request_email_verification(email_id => :emailId!) r
 * ```
 */
export const requestEmailVerification = new PreparedQuery<IRequestEmailVerificationParams,IRequestEmailVerificationResult>(requestEmailVerificationIR);


/** 'VerifyEmail' parameters type */
export interface IVerifyEmailParams {
  token: string;
}

/** 'VerifyEmail' return type */
export interface IVerifyEmailResult {
  verified: boolean;
}

/** 'VerifyEmail' query type */
export interface IVerifyEmailQuery {
  params: IVerifyEmailParams;
  result: IVerifyEmailResult;
}

const verifyEmailIR: any = {"usedParamSet":{"token":true},"params":[{"name":"token","required":true,"transform":{"type":"scalar"},"locs":[{"a":40,"b":46}]}],"statement":"select identity.verify_email(token => :token!) as \"verified!\""};

/**
 * Query generated from SQL:
 * ```
 * select identity.verify_email(token => :token!) as "verified!"
 * ```
 */
export const verifyEmail = new PreparedQuery<IVerifyEmailParams,IVerifyEmailResult>(verifyEmailIR);



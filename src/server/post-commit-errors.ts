// Throttled functions answer what depends on stored data without an error, so that the call's throttle count
// is committed with it (PostgreSQL has no autonomous transactions; an error would roll the count back):
// verify_email and reset_password answer false for every bad token, register_user NULL for a taken username.
// The API still answers TOKEN and UNTKN: the error is raised from the mutation's result, after the mutation's
// transaction committed.
import { lambda, object, type ExecutableStep, type ObjectStep } from 'postgraphile/grafast';
import { wrapPlans } from 'postgraphile/utils';
import { IDENTITY_ERROR_CODES, type IdentityErrorCode } from '../errors.ts';

const identityError = (code: IdentityErrorCode) => Object.assign(new Error(IDENTITY_ERROR_CODES[code]), { code });

const tokenErrorOnFalse = (plan: () => any) =>
  lambda(plan(), (result: unknown) => {
    if (result === false) throw identityError('TOKEN');
    return result;
  });

// The payload's `result` is the users row that the fields of `User` plan on, so it cannot pass through a
// lambda. The payload object depends on the check instead: a taken username turns `registerUser` itself into
// the error UNTKN (whatever the operation selects), once the registration's transaction committed.
const usernameTakenOnNull = (plan: () => any) => {
  const $payload = plan() as ObjectStep<{ result: ExecutableStep }>;
  const $result = $payload.getStepForKey('result') as ExecutableStep & { get(attribute: string): ExecutableStep };
  const $registered = lambda($result.get('uuid'), (uuid: unknown) => {
    if (uuid == null) throw identityError('UNTKN');
    return true;
  });
  return object({ result: $result, registered: $registered });
};

export const PostCommitErrorsPlugin = wrapPlans({
  Mutation: { registerUser: usernameTakenOnNull },
  VerifyEmailPayload: { result: tokenErrorOnFalse },
  ResetPasswordPayload: { result: tokenErrorOnFalse },
});

// verify_email and reset_password answer false for every bad token instead of raising, so that the call's
// throttle count is committed with it (PostgreSQL has no autonomous transactions; an error would roll the
// count back). The API still answers TOKEN: the error is raised on the payload's `result`, after the
// mutation's transaction committed.
import { lambda } from 'postgraphile/grafast';
import { wrapPlans } from 'postgraphile/utils';
import { IDENTITY_ERROR_CODES } from '../errors.ts';

const tokenErrorOnFalse = (plan: () => any) =>
  lambda(plan(), (result: unknown) => {
    if (result === false) throw Object.assign(new Error(IDENTITY_ERROR_CODES.TOKEN), { code: 'TOKEN' });
    return result;
  });

export const TokenErrorsPlugin = wrapPlans({
  VerifyEmailPayload: { result: tokenErrorOnFalse },
  ResetPasswordPayload: { result: tokenErrorOnFalse },
});

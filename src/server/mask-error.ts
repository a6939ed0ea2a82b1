// GraphQL errors carry the project's error code in `extensions.code`, never SQL text or a stack trace.
import { GraphQLError } from 'postgraphile/graphql';
import { defaultMaskError } from 'postgraphile/grafserv';
import { AUTH_ERROR_MESSAGES } from './auth.ts';
import { IDENTITY_ERROR_CODES, isIdentityErrorCode, POSTGRES_ERROR_MESSAGES } from '../errors.ts';

interface DatabaseErrorLike {
  code?: unknown;
  constraint?: unknown;
  message?: unknown;
}

export function maskError(error: GraphQLError): GraphQLError {
  const original = error.originalError as DatabaseErrorLike | undefined;
  const code = original?.code;
  const rewrap = (message: string, extensions: Record<string, unknown>) =>
    new GraphQLError(message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      extensions,
    });
  if (!original && Object.values<string>(AUTH_ERROR_MESSAGES).includes(error.message)) {
    // A refused token: grafserv re-creates the error without its extensions.
    return rewrap(error.message, { code: 'UNAUTHENTICATED' });
  }
  if (isIdentityErrorCode(code)) {
    // Our own messages are written for API users and never reveal whether an account exists.
    const message = typeof original?.message === 'string' ? original.message : IDENTITY_ERROR_CODES[code];
    return rewrap(message, { code });
  }
  if (typeof code === 'string' && code in POSTGRES_ERROR_MESSAGES) {
    const constraint = typeof original?.constraint === 'string' ? { constraint: original.constraint } : {};
    return rewrap(POSTGRES_ERROR_MESSAGES[code]!, { code, ...constraint });
  }
  return defaultMaskError(error);
}

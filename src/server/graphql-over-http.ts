// Small corrections that make the server follow the GraphQL-over-HTTP specification where grafserv's
// defaults differ (checked by graphql-http's audits in tests/graphql-over-http.test.ts).
import type { IncomingMessage } from 'node:http';

/**
 * A request without an Accept header, or accepting anything, is answered as `application/json`: the
 * spec's advice for servers supporting clients older than `application/graphql-response+json`.
 */
export function preferLegacyJson(req: IncomingMessage): void {
  const accept = req.headers.accept?.trim();
  if (accept === undefined || accept === '' || accept === '*/*') req.headers.accept = 'application/json';
}

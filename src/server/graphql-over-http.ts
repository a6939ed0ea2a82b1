// Small corrections that make the server follow the GraphQL-over-HTTP specification where grafserv's
// defaults differ (checked by graphql-http's audits in tests/graphql-over-http.test.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A request without an Accept header, or accepting anything, is answered as `application/json`: the
 * spec's advice for servers supporting clients older than `application/graphql-response+json`.
 */
export function preferLegacyJson(req: IncomingMessage): void {
  const accept = req.headers.accept?.trim();
  if (accept === undefined || accept === '' || accept === '*/*') req.headers.accept = 'application/json';
}

/**
 * HTTP requires an Allow header on 405, which grafserv leaves out: a mutation sent by GET may be retried
 * by POST; any other method by GET (queries) or POST.
 */
export function allowOnMethodNotAllowed(req: IncomingMessage, res: ServerResponse): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (statusCode === 405 && !res.hasHeader('allow')) res.setHeader('allow', req.method === 'GET' ? 'POST' : 'GET, POST');
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, statusCode, ...rest);
  } as ServerResponse['writeHead'];
}

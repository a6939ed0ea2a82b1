// CORS for every route of the server: browsers on a listed origin may call it, with credentials; any
// other origin gets no CORS header at all, so its browser refuses to hand over the response. The `cors`
// package does the header work (preflights included); this module only decides who is listed.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import cors from 'cors';

/** Wraps a request listener (any route: GraphQL, Ruru, whatever is added later) with the allow-list. */
export function withCors(allowedOrigins: readonly string[], handler: RequestListener): RequestListener {
  const allowed = new Set(allowedOrigins);
  const middleware = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'accept'],
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
  return (req: IncomingMessage, res: ServerResponse) => {
    // Every answer depends on the Origin, listed or not: caches must not hand one origin's to another.
    res.setHeader('vary', 'Origin');
    middleware(req, res, () => {
      if (req.method === 'OPTIONS') {
        // A preflight from an unlisted origin (or a plain OPTIONS): answered, but without CORS headers.
        res.writeHead(204, { allow: 'GET, POST, OPTIONS' }).end();
        return;
      }
      handler(req, res);
    });
  };
}

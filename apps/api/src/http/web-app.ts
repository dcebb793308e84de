import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import accepts from 'accepts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export type WebAppOptions = Readonly<{
  /** The Vite build (dist/web): index.html and hashed files under assets/. */
  dir: string;
  /** Origins the app may call besides its own: the OpenID provider's, when one is set. */
  connectTo?: readonly string[];
}>;

/** Paths that answer HTML of their own (Swagger UI) or are read by machines; the app never takes them over. */
const NOT_THE_APP = /^\/(api\/|health|metrics)/;
const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The browser app on the API's own origin: a browser that asks for HTML gets the app, whose router then shows
 * the page; API clients ask for JSON and reach the controllers as before. Hashed assets carry no case data, so
 * they may be cached for good; index.html stays no-store like every answer, and carries the app's content policy.
 * Returns false when the app has not been built, so the caller can say so.
 */
export async function serveWebApp(app: NestFastifyApplication, options: WebAppOptions): Promise<boolean> {
  const index = join(options.dir, 'index.html');
  if (!existsSync(index)) return false;
  const policy = contentSecurityPolicy(options.connectTo ?? []);
  await app.register(fastifyStatic, {
    root: join(options.dir, 'assets'),
    prefix: '/assets/',
    index: false,
    // Over the no-store every answer gets (noStore): the hashed files are the same for everyone, for good.
    cacheControl: false,
    setHeaders: (reply, path) => {
      if (path !== index) reply.header('Cache-Control', `public, max-age=${YEAR_SECONDS}, immutable`);
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      const wantsPage = (request.method === 'GET' || request.method === 'HEAD') && accepts(request.raw).type(['json', 'html']) === 'html';
      if (!wantsPage || NOT_THE_APP.test(request.url)) return done();
      reply.header('Content-Security-Policy', policy);
      // Answering from the hook ends the request here, before any route.
      void reply.sendFile('index.html', options.dir);
    });
  return true;
}

function contentSecurityPolicy(connectTo: readonly string[]): string {
  return [
    "default-src 'self'",
    `connect-src ${["'self'", ...connectTo].join(' ')}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

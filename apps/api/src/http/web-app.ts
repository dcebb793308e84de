import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { HttpRequest, HttpResponse, Next } from './http-types';

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
export function serveWebApp(app: INestApplication, options: WebAppOptions): boolean {
  const index = join(options.dir, 'index.html');
  if (!existsSync(index)) return false;
  const policy = contentSecurityPolicy(options.connectTo ?? []);
  (app as NestExpressApplication).useStaticAssets(join(options.dir, 'assets'), {
    prefix: '/assets/',
    index: false,
    fallthrough: false,
    setHeaders: (response) => response.setHeader('Cache-Control', `public, max-age=${YEAR_SECONDS}, immutable`),
  });
  app.use(
    (
      request: HttpRequest & { accepts(types: string[]): string | false },
      response: HttpResponse & { sendFile(path: string): void },
      next: Next,
    ) => {
      const wantsPage = (request.method === 'GET' || request.method === 'HEAD') && request.accepts(['json', 'html']) === 'html';
      if (!wantsPage || NOT_THE_APP.test(request.path)) return next();
      response.setHeader('Content-Security-Policy', policy);
      response.sendFile(index);
    },
  );
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

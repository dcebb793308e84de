import type { HttpRequest, HttpResponse, Next } from './http-types';

/**
 * Every answer may carry case data, refusals and problem details included: none may stay behind in a
 * browser's cache on a shared computer or in a proxy between the municipality and Casus.
 */
export function noStoreMiddleware(_request: HttpRequest, response: HttpResponse, next: Next): void {
  response.setHeader('Cache-Control', 'no-store');
  next();
}

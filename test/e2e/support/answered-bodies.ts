import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { documentCheck, type DocumentCheck, type OpenApiDocument } from './accepted-bodies';

/** A JSON body the API answered with a 2xx, as the client received it. */
export type AnsweredBody = Readonly<{ method: string; path: string; status: number; body: unknown }>;

/** The document itself, and its viewer, are not operations of it. */
const OF_THE_DOCUMENT = /^\/api\/docs/;
const isJson = (contentType: unknown) => typeof contentType === 'string' && /^application\/json\b/.test(contentType);

/** Every 2xx JSON answer the server sends from now on, read from the bytes it writes. */
export function recordAnsweredBodies(server: Server): AnsweredBody[] {
  const answered: AnsweredBody[] = [];
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (chunk !== undefined && chunk !== null && typeof chunk !== 'function')
        chunks.push(
          Buffer.isBuffer(chunk)
            ? chunk
            : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'),
        );
    };
    const { write, end } = response;
    response.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return Reflect.apply(write, response, [chunk, ...rest]);
    }) as typeof write;
    response.end = ((chunk?: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return Reflect.apply(end, response, [chunk, ...rest]);
    }) as typeof end;
    response.once('finish', () => {
      if (
        OF_THE_DOCUMENT.test(request.url!) ||
        request.method === 'HEAD' ||
        response.statusCode < 200 ||
        response.statusCode >= 300 ||
        !isJson(response.getHeader('content-type'))
      )
        return;
      const text = Buffer.concat(chunks).toString('utf8');
      answered.push({
        method: request.method!,
        path: request.url!.split('?')[0],
        status: response.statusCode,
        body: text ? JSON.parse(text) : undefined,
      });
    });
  });
  return answered;
}

/** Where each answer breaks the document: a status or route it does not name, or its response schema's complaint. */
export function offResponses(
  document: OpenApiDocument,
  answered: readonly AnsweredBody[],
  check: DocumentCheck = documentCheck(document),
): string[] {
  return answered.flatMap(({ method, path, status, body }) => {
    const found = check.operationOf(method, path);
    if (!found) return [`${method} ${path} ${status}: not in the document`];
    const schema = found.operation.responses?.[String(status)]?.content?.['application/json']?.schema;
    if (!schema) return [`${method} ${found.template} ${status}: an answer the document does not describe`];
    const complaint = check.validate(schema, body);
    return complaint ? [`${method} ${found.template} ${status}: ${complaint} in ${JSON.stringify(body).slice(0, 400)}`] : [];
  });
}

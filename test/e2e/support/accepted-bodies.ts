import Ajv, { type ValidateFunction } from 'ajv';
import type { IncomingMessage, Server } from 'node:http';

/** A request body the API accepted (2xx), as the client sent it. */
export type AcceptedBody = Readonly<{ method: string; path: string; body: unknown }>;

type Operation = { requestBody?: { content: { 'application/json': { schema: object } } } };
export type OpenApiDocument = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, object> } };

const WRITES = new Set(['POST', 'PUT', 'PATCH']);

/** Every body the server accepts from now on; Express has parsed it onto the request by the time the answer is sent. */
export function recordAcceptedBodies(server: Server): AcceptedBody[] {
  const accepted: AcceptedBody[] = [];
  server.on('request', (request: IncomingMessage & { body?: unknown }, response) =>
    response.once('finish', () => {
      if (WRITES.has(request.method!) && response.statusCode >= 200 && response.statusCode < 300)
        accepted.push({ method: request.method!, path: request.url!.split('?')[0], body: request.body });
    }),
  );
  return accepted;
}

const isEmpty = (body: unknown) => body === undefined || (typeof body === 'object' && body !== null && Object.keys(body).length === 0);

/** Where each accepted body breaks the document: a route it does not name, or its request schema's complaint. */
export function offDocument(document: OpenApiDocument, accepted: readonly AcceptedBody[]): string[] {
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addKeyword('example');
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  // The document's refs point into its own components; as one schema of definitions, Ajv resolves them.
  const definitions = JSON.parse(JSON.stringify(document.components.schemas).replaceAll('#/components/schemas/', 'casus#/definitions/'));
  ajv.addSchema({ $id: 'casus', definitions });
  const routes = Object.entries(document.paths).map(([template, operations]) => ({
    pattern: new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`),
    template,
    operations,
  }));
  const validators = new Map<string, ValidateFunction>();
  const validatorFor = (schema: object) => {
    const key = JSON.stringify(schema);
    if (!validators.has(key)) validators.set(key, ajv.compile(JSON.parse(key.replaceAll('#/components/schemas/', 'casus#/definitions/'))));
    return validators.get(key)!;
  };
  return accepted.flatMap(({ method, path, body }) => {
    const route = routes.find(({ pattern }) => pattern.test(path));
    const operation = route?.operations[method.toLowerCase()];
    if (!route || !operation) return [`${method} ${path}: not in the document`];
    const schema = operation.requestBody?.content['application/json'].schema;
    if (!schema) return isEmpty(body) ? [] : [`${method} ${route.template}: a body the document does not describe`];
    const validate = validatorFor(schema);
    if (validate(body)) return [];
    return [`${method} ${route.template}: ${ajv.errorsText(validate.errors)} in ${JSON.stringify(body)}`];
  });
}

import Ajv, { type ValidateFunction } from 'ajv';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** A request body the API accepted (2xx), as the client sent it. */
export type AcceptedBody = Readonly<{ method: string; path: string; body: unknown }>;

type Media = { schema?: object };
type Operation = {
  requestBody?: { content: { 'application/json': { schema: object } } };
  responses?: Record<string, { content?: Record<string, Media> }>;
};
export type OpenApiDocument = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, object> } };

const WRITES = new Set(['POST', 'PUT', 'PATCH']);

/**
 * Every body the server accepts from now on, read off the request's own data events as the body parser reads them:
 * tapping `emit` adds no listener, so the stream flows only when the parser asks for it.
 */
export function recordAcceptedBodies(server: Server): AcceptedBody[] {
  const accepted: AcceptedBody[] = [];
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    const { emit } = request;
    request.emit = ((event: string | symbol, ...rest: unknown[]) => {
      if (event === 'data') chunks.push(Buffer.from(rest[0] as Buffer));
      return Reflect.apply(emit, request, [event, ...rest]);
    }) as typeof emit;
    response.once('finish', () => {
      if (!WRITES.has(request.method!) || response.statusCode < 200 || response.statusCode >= 300) return;
      const text = Buffer.concat(chunks).toString('utf8');
      accepted.push({ method: request.method!, path: request.url!.split('?')[0], body: text ? JSON.parse(text) : undefined });
    });
  });
  return accepted;
}

/** The document as Ajv judges bodies against it: an operation for each method and path, and a cached validator per schema. */
export type DocumentCheck = Readonly<{
  operationOf(method: string, path: string): { template: string; operation: Operation } | undefined;
  validate(schema: object, body: unknown): string | undefined;
}>;

/**
 * OpenAPI 3.0 says a ref may be null as `{ nullable: true, allOf: [ref] }`; Ajv reads `nullable` as adding null to a
 * `type` only, which the ref then still refuses: such a schema is read as JSON Schema says it, this or null.
 */
const asJsonSchema = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(asJsonSchema);
  if (typeof value !== 'object' || value === null) return value;
  const { nullable, ...rest } = value as Record<string, unknown>;
  const converted = Object.fromEntries(Object.entries(rest).map(([key, part]) => [key, asJsonSchema(part)]));
  const composed = 'allOf' in rest || 'oneOf' in rest || '$ref' in rest || !('type' in rest);
  if (nullable === true && composed) return { anyOf: [converted, { type: 'null' }] };
  return nullable === undefined ? converted : { ...converted, nullable };
};

export function documentCheck(document: OpenApiDocument): DocumentCheck {
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addKeyword('example');
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  // The document's refs point into its own components; as one schema of definitions, Ajv resolves them.
  const definitions = asJsonSchema(
    JSON.parse(JSON.stringify(document.components.schemas).replaceAll('#/components/schemas/', 'casus#/definitions/')),
  );
  ajv.addSchema({ $id: 'casus', definitions });
  const routes = Object.entries(document.paths).map(([template, operations]) => ({
    // Casus routes a path with a trailing slash as the path without it (`/my-file/` is `/my-file`).
    pattern: new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}/?$`),
    template,
    operations,
  }));
  const validators = new Map<string, ValidateFunction>();
  const validatorFor = (schema: object) => {
    const key = JSON.stringify(schema);
    if (!validators.has(key))
      validators.set(key, ajv.compile(asJsonSchema(JSON.parse(key.replaceAll('#/components/schemas/', 'casus#/definitions/'))) as object));
    return validators.get(key)!;
  };
  return {
    operationOf: (method, path) => {
      const route = routes.find(({ pattern }) => pattern.test(path));
      const operation = route?.operations[method.toLowerCase()];
      return route && operation ? { template: route.template, operation } : undefined;
    },
    validate: (schema, body) => {
      const validate = validatorFor(schema);
      return validate(body) ? undefined : ajv.errorsText(validate.errors);
    },
  };
}

const isEmpty = (body: unknown) => body === undefined || (typeof body === 'object' && body !== null && Object.keys(body).length === 0);

/** Where each accepted body breaks the document: a route it does not name, or its request schema's complaint. */
export function offDocument(document: OpenApiDocument, accepted: readonly AcceptedBody[], check = documentCheck(document)): string[] {
  return accepted.flatMap(({ method, path, body }) => {
    const found = check.operationOf(method, path);
    if (!found) return [`${method} ${path}: not in the document`];
    const schema = found.operation.requestBody?.content['application/json'].schema;
    if (!schema) return isEmpty(body) ? [] : [`${method} ${found.template}: a body the document does not describe`];
    const complaint = check.validate(schema, body);
    return complaint ? [`${method} ${found.template}: ${complaint} in ${JSON.stringify(body)}`] : [];
  });
}

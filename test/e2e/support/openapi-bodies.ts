import type { CasusApi } from './casus-api';

type Schema = {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
};
type Operation = { requestBody?: { content?: { 'application/json'?: { schema?: Schema } } } };
type OpenApi = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

/** A write endpoint as the OpenAPI document describes it, with a body its schema accepts. */
export type WriteRoute = Readonly<{ template: string; schemaName: string; valid: Record<string, unknown>; required: readonly string[][] }>;

const VALID_UUID = '00000000-0000-4000-8000-0000000000aa';

/**
 * Every POST route with a JSON body, read from the API's own OpenAPI document, so none can be forgotten.
 * `known` fields (e.g. the case's child ids) get real values, so a body gets past shape checks into the domain.
 */
export async function writeRoutes(casus: CasusApi, known: Record<string, unknown> = {}): Promise<WriteRoute[]> {
  const document = (await casus.http().get('/api/docs-json')).body as OpenApi;
  const resolve = (schema: Schema): Schema => {
    const ref = schema.$ref ?? schema.allOf?.[0]?.$ref;
    if (!ref) return schema;
    const found = document.components.schemas[ref.replace('#/components/schemas/', '')];
    if (!found) throw new Error(`the OpenAPI document names a schema it does not hold: ${ref}`);
    return found;
  };
  const sample = (schema: Schema): unknown => {
    const resolved = resolve(schema);
    if (resolved.enum) return resolved.enum[0];
    if (resolved.type === 'array') return [sample(resolved.items ?? {})];
    if (resolved.type === 'boolean') return true;
    if (resolved.type === 'number' || resolved.type === 'integer') return resolved.minimum ?? Math.min(resolved.maximum ?? 1, 1);
    if (resolved.type === 'string')
      return { uuid: VALID_UUID, date: '2026-11-25', 'date-time': '2026-11-23T09:00:00.000Z' }[resolved.format ?? ''] ?? 'fuzz';
    return Object.fromEntries(
      Object.entries(resolved.properties ?? {})
        .filter(([name]) => name !== 'expectedRevision')
        .map(([name, property]) => [name, name in known ? known[name] : sample(property)]),
    );
  };
  const requiredPaths = (schema: Schema, prefix: string[] = []): string[][] => {
    const resolved = resolve(schema);
    const object = resolved.type === 'array' ? resolve(resolved.items ?? {}) : resolved;
    const at = resolved.type === 'array' ? [...prefix, '0'] : prefix;
    return (object.required ?? []).flatMap((name) => [[...at, name], ...requiredPaths(object.properties![name], [...at, name])]);
  };
  return Object.entries(document.paths).flatMap(([template, operations]) => {
    const schema = operations.post?.requestBody?.content?.['application/json']?.schema;
    if (!schema) return [];
    return [
      {
        template,
        schemaName: schema.$ref!.replace('#/components/schemas/', ''),
        valid: sample(schema) as Record<string, unknown>,
        required: requiredPaths(schema),
      },
    ];
  });
}

/** A copy of `body` without the field at `path` (e.g. ['needs', 'careIntensity']). */
export function without(body: Record<string, unknown>, path: readonly string[]): Record<string, unknown> {
  const copy = structuredClone(body);
  const parent = path.slice(0, -1).reduce<Record<string, unknown>>((value, key) => value[key] as Record<string, unknown>, copy);
  delete parent[path[path.length - 1]];
  return copy;
}

import type { Field, StepForm } from './field-spec';

/** A request schema as the OpenAPI document writes it, as far as the forms read it. */
export type Schema = Readonly<{
  $ref?: string;
  type?: string;
  format?: string;
  enum?: readonly string[];
  maxLength?: number;
  items?: Schema;
  properties?: Readonly<Record<string, Schema>>;
  required?: readonly string[];
  oneOf?: readonly Schema[];
}>;

export type OpenApiDocument = Readonly<{
  paths: Readonly<Record<string, { post?: { requestBody?: { content: { 'application/json': { schema: Schema } } } } }>>;
  components: { schemas: Readonly<Record<string, Schema>> };
}>;

/**
 * Where a form is not the API: a field the API requires that the form lacks, a field the API does not take, a length,
 * a list of values, a date format or an optionality that differs. Empty: the form validates as the API does.
 */
export function differences(form: StepForm, document: OpenApiDocument): string[] {
  const body = document.paths[form.path]?.post?.requestBody?.content['application/json'].schema;
  if (!body) return [`${form.path}: the API takes no body there`];
  const resolve = (schema: Schema): Schema => (schema.$ref ? document.components.schemas[schema.$ref.split('/').at(-1)!] : schema);
  return differencesIn(form.fields, resolve(body), form.path, resolve);
}

function differencesIn(fields: readonly Field[], schema: Schema, at: string, resolve: (schema: Schema) => Schema): string[] {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const named = new Set(fields.map((field) => field.name));
  const found = [...required].filter((name) => !named.has(name)).map((name) => `${at}: the API requires ${name}, the form lacks it`);
  for (const field of fields) {
    const where = `${at} ${field.name}`;
    const property = properties[field.name];
    if (!property) {
      found.push(`${where}: the API does not take it`);
      continue;
    }
    if (required.has(field.name) && field.optional) found.push(`${where}: the API requires it, the form leaves it optional`);
    if (!required.has(field.name) && !field.optional && field.kind !== 'given')
      found.push(`${where}: optional in the API, required in the form`);
    found.push(...differencesOf(field, resolve(property), where, resolve));
  }
  return found;
}

function differencesOf(field: Field, property: Schema, where: string, resolve: (schema: Schema) => Schema): string[] {
  const expect = (holds: boolean, what: string) => (holds ? [] : [`${where}: ${what}`]);
  switch (field.kind) {
    case 'text':
      return [
        ...expect(property.type === 'string' && !property.format && !property.enum, `the API takes ${describe(property)}, the form a text`),
        ...expect(property.maxLength === field.max, `the API allows ${property.maxLength} characters, the form ${field.max}`),
      ];
    case 'date':
      return expect(property.format === 'date', `the API takes ${describe(property)}, the form a date`);
    case 'moment':
      return expect(property.format === 'date-time', `the API takes ${describe(property)}, the form a moment`);
    case 'given':
    case 'id':
      return expect(property.format === 'uuid', `the API takes ${describe(property)}, the form an id`);
    case 'event':
      return expect(property.type === 'integer', `the API takes ${describe(property)}, the form a line of the file`);
    case 'choice': {
      // One of several shapes (a group's name, or the persons named): the form offers the shape with values.
      const values = [...(property.enum ?? property.oneOf?.find((shape) => shape.enum)?.enum ?? [])].sort().join(', ');
      return expect(
        values === [...field.values].sort().join(', '),
        `the API takes ${values || describe(property)}, the form ${field.values.join(', ')}`,
      );
    }
    case 'pick':
      return field.many
        ? expect(property.type === 'array' && property.items?.format === 'uuid', `the API takes ${describe(property)}, the form ids`)
        : expect(property.format === 'uuid', `the API takes ${describe(property)}, the form an id`);
    case 'list':
      return [
        ...expect(property.type === 'array' && property.items?.type === 'string', `the API takes ${describe(property)}, the form texts`),
        ...expect(
          property.items?.maxLength === field.max,
          `the API allows ${property.items?.maxLength} characters a line, the form ${field.max}`,
        ),
      ];
    case 'group':
      return property.properties
        ? differencesIn(field.fields, property, where, resolve)
        : [`${where}: the API takes ${describe(property)}, the form an object`];
    case 'repeat':
      return property.type === 'array' && property.items
        ? differencesIn(field.fields, resolve(property.items), `${where}[]`, resolve)
        : [`${where}: the API takes ${describe(property)}, the form a list of objects`];
  }
}

const describe = (property: Schema): string => [property.type ?? 'object', property.format].filter(Boolean).join(' ');

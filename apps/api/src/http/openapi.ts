import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject, type ReferenceObject, type SchemaObject } from '@nestjs/swagger';

export function serveOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Casus')
    .setDescription('Event-sourced case workflow for Dutch child and family protection. Errors are RFC 9457 problem details.')
    .setVersion('0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const document = asValidated(SwaggerModule.createDocument(app, config));
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}

/**
 * The document as the validation pipe judges a request, so the typed client generated from it refuses what the API refuses:
 * unknown fields are refused (forbidNonWhitelisted), and every query parameter and header is a filter, a page or a
 * freshness hint that @nestjs/swagger marks required whenever a controller names it without a DTO.
 */
function asValidated(document: OpenAPIObject): OpenAPIObject {
  const schemas = document.components?.schemas ?? {};
  const closed = new Set<string>();
  const close = (schema: SchemaObject | ReferenceObject) => {
    if ('$ref' in schema) {
      const name = schema.$ref.replace('#/components/schemas/', '');
      if (closed.has(name) || !schemas[name]) return;
      closed.add(name);
      return close(schemas[name]);
    }
    if (schema.type === 'object') schema.additionalProperties = false;
    for (const part of [...Object.values(schema.properties ?? {}), ...(schema.items ? [schema.items] : []), ...(schema.allOf ?? [])])
      close(part);
  };
  for (const operations of Object.values(document.paths))
    for (const operation of [operations.get, operations.post, operations.put, operations.patch, operations.delete]) {
      const body = operation?.requestBody;
      if (body && 'content' in body && body.content['application/json']?.schema) close(body.content['application/json'].schema);
      for (const parameter of operation?.parameters ?? []) if ('in' in parameter && parameter.in !== 'path') parameter.required = false;
    }
  return document;
}

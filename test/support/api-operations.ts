import fc from 'fast-check';
import { arbitraryOf, type JsonSchema, type SchemaContext } from './json-schema-arbitrary.js';

/** A parameter of an operation as the OpenAPI document declares it. */
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonSchema;
}

/** One API operation of the OpenAPI document: method, path template and input schemas. */
export interface Operation {
  /** `POST /api/partnerships/{id}/plan/actions` */
  key: string;
  method: string;
  path: string;
  parameters: Parameter[];
  /** The JSON request body's schema, when the operation takes one. */
  body?: JsonSchema;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: unknown }>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

/** Every operation of the document, in document order. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const content = (
        operation.requestBody as { content?: Record<string, { schema: JsonSchema }> }
      )?.content;
      return {
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        ...(content?.['application/json'] ? { body: content['application/json'].schema } : {}),
      };
    }),
  );
}

/** The component schemas `$ref`s point to. */
export function componentsOf(document: OpenApiDocument): Record<string, JsonSchema> {
  return document.components?.schemas ?? {};
}

/** A request to an operation, before it is encoded: values, not yet text. */
export interface ApiRequest {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body?: unknown;
}

/** Requests the operation's schemas accept: required parameters always, optional ones sometimes. */
export function validRequests(
  operation: Operation,
  context: SchemaContext,
): fc.Arbitrary<ApiRequest> {
  const of = (where: Parameter['in']) => {
    const params = operation.parameters.filter((p) => p.in === where);
    return fc.record(
      Object.fromEntries(params.map((p) => [p.name, arbitraryOf(p.schema, context)])),
      { requiredKeys: params.filter((p) => p.required || where === 'path').map((p) => p.name) },
    );
  };
  return fc.record({
    path: of('path'),
    query: of('query'),
    ...(operation.body ? { body: arbitraryOf(operation.body, context) } : {}),
  });
}

/** A value put into a URL as is, already percent-encoded (e.g. bytes that are not UTF-8). */
export class RawUrlText {
  constructor(readonly text: string) {}
}

/** Percent-encodes any value for a URL; lone surrogates become the bytes Node would send. */
export function urlText(value: unknown): string {
  if (value instanceof RawUrlText) return value.text;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  try {
    return encodeURIComponent(text);
  } catch {
    return [...Buffer.from(text)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  }
}

/** The URL of the request: path parameters filled in, query parameters (arrays repeated). */
export function urlOf(operation: Operation, request: ApiRequest): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    urlText(request.path[name] ?? ''),
  );
  const query = Object.entries(request.query).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((v) => `${urlText(name)}=${urlText(v)}`),
  );
  return query.length ? `${path}?${query.join('&')}` : path;
}

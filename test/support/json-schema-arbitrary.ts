import fc from 'fast-check';

/** The part of JSON Schema (2020-12, as @fastify/swagger emits it from zod) the API uses. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

/** Where `$ref`s point (`#/components/schemas/<Name>`) and which ids exist in the database. */
export interface SchemaContext {
  components: Record<string, JsonSchema>;
  /** Ids seen in the running app: uuid fields draw from them half the time. */
  knownIds: readonly string[];
}

/** Valid values stay small: the hostile mutations bring the large ones. */
const SMALL = 3;
const MAX_DEPTH = 8;

/** An arbitrary of values the schema accepts (as far as JSON Schema can say: zod refinements aside). */
export function arbitraryOf(
  schema: JsonSchema,
  context: SchemaContext,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (depth > MAX_DEPTH) return fc.constant(null);
  const next = (s: JsonSchema) => arbitraryOf(s, context, depth + 1);
  if (schema.$ref) return next(resolve(schema.$ref, context));
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map(next));
  if (schema.allOf) return next(Object.assign({}, ...schema.allOf) as JsonSchema);
  if (Array.isArray(schema.type)) {
    return fc.oneof(...schema.type.map((type) => next({ ...schema, type })));
  }
  switch (schema.type) {
    case 'string':
      return stringOf(schema, context);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000 });
    case 'number':
      return numberOf(schema);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(schema.items ? next(schema.items) : fc.jsonValue({ maxDepth: 1 }), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? SMALL, (schema.minItems ?? 0) + SMALL),
      });
    case 'object':
      return objectOf(schema, next);
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

function resolve(ref: string, context: SchemaContext): JsonSchema {
  const name = ref.replace('#/components/schemas/', '');
  const target = context.components[name];
  if (!target) throw new Error(`unresolved schema reference ${ref}`);
  return target;
}

function stringOf(schema: JsonSchema, context: SchemaContext): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 20, minLength + 20);
  if (schema.format === 'uuid') {
    const fresh = fc.uuid({ version: 4 });
    return context.knownIds.length ? fc.oneof(fc.constantFrom(...context.knownIds), fresh) : fresh;
  }
  if (schema.pattern) {
    const fitting = (s: string) =>
      s.length >= minLength && s.length <= (schema.maxLength ?? Infinity);
    return fc.stringMatching(new RegExp(schema.pattern)).filter(fitting);
  }
  if (schema.format === 'byte') return fc.base64String({ maxLength: 64 });
  if (schema.format === 'date') return fc.constant('2026-11-21');
  if (schema.format === 'email') return fc.constant('someone@example.org');
  return fc.string({ minLength, maxLength, unit: 'grapheme-ascii' });
}

function numberOf(schema: JsonSchema): fc.Arbitrary<number> {
  const min = schema.exclusiveMinimum ?? schema.minimum ?? -1e6;
  const max = schema.exclusiveMaximum ?? schema.maximum ?? 1e6;
  return fc
    .double({ min, max, noNaN: true, noDefaultInfinity: true })
    .filter((n) => n !== schema.exclusiveMinimum && n !== schema.exclusiveMaximum);
}

function objectOf(
  schema: JsonSchema,
  next: (s: JsonSchema) => fc.Arbitrary<unknown>,
): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const record = fc.record(
    Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, next(value)])),
    { requiredKeys: (schema.required ?? []).filter((key) => key in properties) },
  );
  const extra = schema.additionalProperties;
  if (typeof extra !== 'object') return record;
  const keys = schema.propertyNames
    ? (next(schema.propertyNames) as fc.Arbitrary<string>)
    : fc.string({ minLength: 1, maxLength: 8 });
  return fc
    .tuple(record, fc.dictionary(keys, next(extra), { maxKeys: SMALL }))
    .map(([known, more]) => ({ ...more, ...known }));
}

import fastJsonStringify from 'fast-json-stringify';
import type { FastifySchema, FastifySerializerCompiler } from 'fastify';
import { z } from 'zod';

/**
 * Response serialisation compiled from the route's zod schema (docs/performance.md#serialisation).
 *
 * fastify-type-provider-zod's serializer re-validates every response with zod and then calls
 * `JSON.stringify`: on a page of ten explained matches (~60 KB) that is most of the request's CPU.
 * Here the zod schema becomes a JSON Schema once (`z.toJSONSchema`, output side) and
 * fast-json-stringify compiles it into a function that writes exactly the declared properties.
 * What is given up: the response is no longer validated at run time (tests compare both paths on
 * real responses: `compiled-serializer.test.ts`, `matching-serialisation.routes.test.ts`).
 */

type JsonSchema = { [key: string]: unknown };

const isObject = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * fast-json-stringify picks an `anyOf` branch by running ajv on each value, and coerces a bare
 * `null` to `""`, `0` or `{}` unless the schema says it may be null. Zod writes `.nullable()` as
 * `anyOf: [schema, { type: 'null' }]`: made into the schema with `nullable: true`, it costs nothing
 * per value and keeps the null. Other unions are left to ajv.
 */
function forStringify(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(forStringify);
  if (!isObject(schema)) return schema;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) out[key] = forStringify(value);
  const branches = out.anyOf;
  if (Array.isArray(branches) && branches.length === 2) {
    const nullAt = branches.findIndex((b) => isObject(b) && b.type === 'null');
    const other = branches[1 - nullAt] as unknown;
    if (nullAt >= 0 && isObject(other) && typeof other.type === 'string') {
      const { anyOf: _, ...rest } = out;
      return { ...rest, ...other, nullable: true };
    }
  }
  return out;
}

/** The JSON Schema fast-json-stringify compiles for a zod response schema. */
export function stringifySchemaOf(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io: 'output',
    target: 'draft-07',
    // Named schemas inline: one self-contained schema per response, no $ref to resolve.
    reused: 'inline',
    metadata: z.registry<{ id?: string }>(),
    unrepresentable: 'throw',
  });
  return forStringify(json) as JsonSchema;
}

/** A serialiser for one response schema, compiled once. */
export function compileSerializer(schema: z.ZodType): (data: unknown) => string {
  return fastJsonStringify(
    stringifySchemaOf(schema) as unknown as Parameters<typeof fastJsonStringify>[0],
  );
}

/** The serializer compiler for routes whose responses are large: set per route. */
export const compiledSerializerCompiler: FastifySerializerCompiler<FastifySchema> = ({ schema }) =>
  compileSerializer(schema as z.ZodType);

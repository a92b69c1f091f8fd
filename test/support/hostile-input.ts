import fc from 'fast-check';
import { RawUrlText, urlOf, type ApiRequest, type Operation } from './api-operations.js';

/** What a hostile case does to a valid request; known failures are listed by these. */
export type HostileCategory =
  | 'valid'
  | 'oversized'
  | 'number-edge'
  | 'wrong-type'
  | 'unicode-nul'
  | 'unicode-lone-surrogate'
  | 'unicode-edge'
  | 'injection-text'
  | 'missing-field'
  | 'extra-field'
  | 'malformed-body'
  | 'wrong-content-type';

/** A JSON token written into the body as is (numbers JSON.stringify would change, e.g. -0). */
class RawJson {
  constructor(readonly text: string) {}
}

/** A request ready for `app.inject`, with what was done to it. */
export interface HostileRequest {
  category: HostileCategory;
  /** One line saying what was changed where (printed with a failing case). */
  change: string;
  method: string;
  url: string;
  contentType?: string;
  payload?: string;
}

const MEGABYTE = 'x'.repeat(1_000_000);
const text = (...values: string[]) => values;

/** Hostile values by category, for JSON bodies and for URLs. */
const hostileValues: Record<
  Exclude<
    HostileCategory,
    'valid' | 'missing-field' | 'extra-field' | 'malformed-body' | 'wrong-content-type'
  >,
  { json: unknown[]; url: unknown[] }
> = {
  oversized: {
    json: [MEGABYTE, new Array<number>(10_000).fill(1), new Array<string>(10_000).fill('a')],
    url: ['y'.repeat(100_000)],
  },
  'number-edge': {
    json: [
      new RawJson('-0'),
      new RawJson('9223372036854775808'),
      new RawJson('-9223372036854775809'),
      new RawJson('1e999'),
      new RawJson('123456789012345678901234567890.5'),
      1e308,
      -1e308,
      5e-324,
      Number.MAX_SAFE_INTEGER + 2,
      -1,
      ...text('NaN', 'Infinity', '-0', '1e999', '9223372036854775808', '0x10'),
    ],
    url: text('-0', 'NaN', 'Infinity', '1e999', '9223372036854775808', '-1', '0x10', '1.5', ''),
  },
  'wrong-type': {
    json: [null, true, 0, 'text', [], {}, [null], { nested: { deeper: [] } }],
    url: text('[]', '{}', 'true', 'null'),
  },
  'unicode-nul': {
    json: text('\u0000', 'before\u0000after'),
    url: [new RawUrlText('%00'), new RawUrlText('a%00b')],
  },
  'unicode-lone-surrogate': {
    json: text('\ud800', 'x\udc00y', '\udfff\ud800'),
    url: [new RawUrlText('%ED%A0%80'), new RawUrlText('%FF%FE'), new RawUrlText('%C0%AF')],
  },
  'unicode-edge': {
    json: text(
      '\u202eevil\u202c',
      '\u200f\u200e\u061c',
      'e\u0301\u0302\u0303\u0304\u0305',
      '👩🏽‍🔬🇧🇪',
      '\ufeff',
      '\uffff',
      '\u0085\u2028\u2029',
      ' ',
    ),
    url: text('\u202eevil', 'e\u0301\u0302', '👩🏽‍🔬', ' ', '%'),
  },
  'injection-text': {
    json: text(
      "' OR 1=1 --",
      '../../../etc/passwd',
      '<script>alert(1)</script>',
      '${7*7}{{7*7}}',
      '=HYPERLINK("http://x")',
      '__proto__',
    ),
    url: text('../../etc/passwd', "' OR 1=1 --", '..', '__proto__', 'constructor'),
  },
};

const malformedBodies = [
  '{',
  '{"a":1',
  '[',
  'nul',
  '{"a":1}}',
  "{'a':1}",
  '{"a": 01}',
  'NaN',
  '\u0000',
  '['.repeat(5_000),
  '{"__proto__":{"isAdmin":true}}',
];
const wrongContentTypes = [
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
];
const extraFields: [string, unknown][] = [
  ['__proto__', { isAdmin: true }],
  ['constructor', { prototype: { isAdmin: true } }],
  ['role', 'admin'],
  ['isAdmin', true],
  ['userId', '00000000-0000-4000-8000-000000000001'],
  ['id', '00000000-0000-4000-8000-000000000001'],
];

type Mutation =
  | { kind: 'none' }
  | { kind: 'replace'; category: keyof typeof hostileValues; choice: number; where: number }
  | { kind: 'drop'; where: number }
  | { kind: 'extra'; choice: number; where: number }
  | { kind: 'malformed'; choice: number }
  | { kind: 'content-type'; choice: number };

const choice = fc.nat();
const mutations: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      category: fc.constantFrom(...(Object.keys(hostileValues) as (keyof typeof hostileValues)[])),
      choice,
      where: fc.nat(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('drop' as const), where: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('extra' as const), choice, where: fc.nat() }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('malformed' as const), choice }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('content-type' as const), choice }) },
);

/** Hostile requests to the operation: a valid request from its schemas, then one change. */
export function hostileRequests(
  operation: Operation,
  valid: fc.Arbitrary<ApiRequest>,
): fc.Arbitrary<HostileRequest> {
  return fc
    .tuple(valid, mutations)
    .map(([request, mutation]) => mutate(operation, request, mutation));
}

type Location = { in: 'body'; path: (string | number)[] } | { in: 'path' | 'query'; name: string };

function mutate(operation: Operation, request: ApiRequest, mutation: Mutation): HostileRequest {
  const copy: ApiRequest = structuredClone(request);
  const send = (category: HostileCategory, change: string, extra: Partial<HostileRequest> = {}) =>
    encode(operation, copy, category, change, extra);
  const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;
  switch (mutation.kind) {
    case 'none':
      return send('valid', 'none');
    case 'malformed':
      return send('malformed-body', 'a body that is not JSON', {
        contentType: 'application/json',
        payload: pick(malformedBodies, mutation.choice),
      });
    case 'content-type':
      return send('wrong-content-type', 'a body that says it is not JSON', {
        contentType: pick(wrongContentTypes, mutation.choice),
        payload: serialise(copy.body ?? {}),
      });
    case 'replace': {
      const location = pick(locationsOf(operation, copy), mutation.where);
      const values = hostileValues[mutation.category][location.in === 'body' ? 'json' : 'url'];
      const value = pick(values, mutation.choice);
      place(copy, location, value);
      return send(mutation.category, `${describe(location)} := ${preview(value)}`);
    }
    case 'drop': {
      const location = pick(locationsOf(operation, copy), mutation.where);
      remove(copy, location);
      return send('missing-field', `${describe(location)} removed`);
    }
    case 'extra': {
      const [key, value] = pick(extraFields, mutation.choice);
      const objects = objectPathsOf(copy.body);
      if (!objects.length) {
        copy.query[key] = JSON.stringify(value);
        return send('extra-field', `query.${key} added`);
      }
      const target = pick(objects, mutation.where);
      Object.defineProperty(valueAt(copy.body, target), key, {
        value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
      return send('extra-field', `body${target.map((k) => `.${k}`).join('')}.${key} added`);
    }
  }
}

/** Every place a value can be changed: each node of the body, each declared parameter. */
function locationsOf(operation: Operation, request: ApiRequest): Location[] {
  const params = operation.parameters
    .filter((p) => p.in === 'path' || p.in === 'query')
    .map((p): Location => ({ in: p.in as 'path' | 'query', name: p.name }));
  const body =
    'body' in request
      ? nodePathsOf(request.body).map((path): Location => ({ in: 'body', path }))
      : [];
  const all = [...params, ...body];
  return all.length ? all : [{ in: 'query', name: 'unexpected' }];
}

function nodePathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) {
    return [at, ...value.flatMap((item, i) => nodePathsOf(item, [...at, i]))];
  }
  if (value && typeof value === 'object') {
    return [at, ...Object.entries(value).flatMap(([k, v]) => nodePathsOf(v, [...at, k]))];
  }
  return [at];
}

function objectPathsOf(value: unknown): (string | number)[][] {
  return nodePathsOf(value).filter((path) => {
    const node = valueAt(value, path);
    return node !== null && typeof node === 'object' && !Array.isArray(node);
  });
}

function valueAt(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value);
}

function place(request: ApiRequest, location: Location, value: unknown): void {
  if (location.in !== 'body') {
    request[location.in][location.name] = value;
    return;
  }
  if (!location.path.length) {
    request.body = value;
    return;
  }
  const parent = valueAt(request.body, location.path.slice(0, -1)) as Record<string, unknown>;
  parent[location.path.at(-1) as string] = value;
}

function remove(request: ApiRequest, location: Location): void {
  if (location.in !== 'body') {
    delete request[location.in][location.name];
    return;
  }
  if (!location.path.length) {
    delete request.body;
    return;
  }
  const parent = valueAt(request.body, location.path.slice(0, -1));
  if (Array.isArray(parent)) parent.splice(location.path.at(-1) as number, 1);
  else delete (parent as Record<string, unknown>)[location.path.at(-1) as string];
}

function describe(location: Location): string {
  return location.in === 'body'
    ? `body${location.path.map((k) => `.${k}`).join('')}`
    : `${location.in}.${location.name}`;
}

function preview(value: unknown): string {
  if (value instanceof RawJson || value instanceof RawUrlText) return value.text;
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 40)}… (${json.length} chars)` : json;
}

/** JSON text of a body, with raw tokens written as they are. */
function serialise(body: unknown): string {
  const raws: string[] = [];
  const json = JSON.stringify(body, (_, value: unknown) => {
    if (!(value instanceof RawJson)) return value;
    raws.push(value.text);
    return `\u0001raw${raws.length - 1}\u0001`;
  });
  return json.replace(/"\\u0001raw(\d+)\\u0001"/g, (_, i: string) => raws[Number(i)] as string);
}

function encode(
  operation: Operation,
  request: ApiRequest,
  category: HostileCategory,
  change: string,
  override: Partial<HostileRequest>,
): HostileRequest {
  const hasBody = 'body' in request && request.body !== undefined;
  return {
    category,
    change,
    method: operation.method,
    url: urlOf(operation, request),
    ...(hasBody ? { contentType: 'application/json', payload: serialise(request.body) } : {}),
    ...override,
  };
}

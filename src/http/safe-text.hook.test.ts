import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { DatabaseHandle } from '../db/database.js';
import { findUnsafeText, safeString } from '../shared/safe-text.js';
import { buildTestApp } from '../../test/support/app.js';
import { testEngines } from '../../test/support/database.js';
import type { HttpApp } from './context.js';

const NUL = '\u0000';
const LONE_HIGH = '\uD800';
const LONE_LOW = '\uDC00';

describe('unsafe text', () => {
  it.each([
    ['plain', 'Awa Ndiaye', undefined],
    ['a pair of surrogates (an emoji)', 'Awa \u{1F600}', undefined],
    ['NUL', `Awa${NUL}`, 'must not contain the NUL character (U+0000)'],
    ['a lone high surrogate', `Awa${LONE_HIGH}`, 'must not contain an unpaired UTF-16 surrogate'],
    ['a lone low surrogate', `${LONE_LOW}Awa`, 'must not contain an unpaired UTF-16 surrogate'],
    [
      'two halves in the wrong order',
      `${LONE_LOW}${LONE_HIGH}`,
      'must not contain an unpaired UTF-16 surrogate',
    ],
  ])('GIVEN %s THEN the reason is %j', (_, text, reason) => {
    expect(findUnsafeText({ a: [{ b: text }] })).toEqual(
      reason ? { path: ['a', 0, 'b'], reason } : undefined,
    );
    const parsed = safeString().safeParse(text);
    expect(parsed.success ? undefined : parsed.error.issues[0]?.message).toBe(reason);
  });

  it('GIVEN an unsafe key THEN its path names it', () => {
    expect(findUnsafeText({ ok: 1, [`k${NUL}`]: 'v' })).toEqual({
      path: [`k${NUL}`],
      reason: expect.stringMatching(/^names a key/),
    });
  });

  it('GIVEN a zod object with a safe string THEN the issue names the field', () => {
    const parsed = z.object({ name: safeString().min(1) }).safeParse({ name: `a${NUL}` });
    expect(parsed.error?.issues.map((i) => i.path)).toEqual([['name']]);
  });
});

describe.each(testEngines())('unsafe text in requests ($name)', (engine) => {
  let handle: DatabaseHandle;
  let app: HttpApp;
  beforeAll(async () => {
    handle = await engine.open();
    app = await buildTestApp(handle);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  const refusal = (response: { statusCode: number; json: () => unknown }) => ({
    status: response.statusCode,
    ...(response.json() as { code: string; fields: unknown }),
  });
  const expectRefused = (
    response: { statusCode: number; json: () => unknown },
    field: string,
    reason: RegExp,
  ) =>
    expect(refusal(response)).toMatchObject({
      status: 400,
      code: 'request.unsafe_text',
      fields: [{ field, reason: expect.stringMatching(reason) }],
    });

  it('GIVEN a NUL in the login e-mail THEN 400 names body.email (it was a 500)', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: `awa${NUL}@example.org`, password: 'correct horse battery' },
    });
    expectRefused(response, 'body.email', /NUL/);
  });

  it('GIVEN a lone surrogate in the password THEN 400 names body.password', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'awa@example.org', password: `horse${LONE_HIGH}battery` },
    });
    expectRefused(response, 'body.password', /unpaired UTF-16 surrogate/);
  });

  it('GIVEN a lone surrogate deep in a JSON body THEN 400 names its path', async () => {
    // Raw JSON: the \udc00 escape is how a client sends a lone surrogate.
    const response = await app.inject({
      method: 'POST',
      url: '/api/partnerships',
      headers: { 'content-type': 'application/json' },
      payload: '{"title":"T","parties":[{"role":"funder","contacts":[{"name":"A\\udc00"}]}]}',
    });
    expectRefused(response, 'body.parties.0.contacts.0.name', /unpaired UTF-16 surrogate/);
  });

  it('GIVEN a NUL in the query string THEN 400 names querystring.q', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/taxonomy/search?q=nurse%00' });
    expectRefused(response, 'querystring.q', /NUL/);
  });

  it('GIVEN a NUL in a path parameter THEN 400 names params.id', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/taxonomy/occupations/%00' });
    expectRefused(response, 'params.id', /NUL/);
  });
});

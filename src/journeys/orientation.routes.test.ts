import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvent } from '../accounts/accounts.schema.js';
import { startDemoApp, type DemoApp, type TestSession } from '../accounts/accounts.test-support.js';
import { partnership } from '../partnerships/partnerships.schema.js';
import { testEngines } from '../../test/support/database.js';

const module = (overrides: Record<string, unknown> = {}) => ({
  origin: 'MA',
  destination: 'BE',
  topic: 'grievance',
  language: 'en',
  title: 'Raising a grievance',
  body: 'Whom to call.\n\nWhat to write down.',
  questions: [
    {
      prompt: 'Your wage is late. Who can help first?',
      choices: ['Nobody', 'Your union or the partnership contact'],
      answer: 1,
      explanation: 'The partnership names a contact for this.',
    },
    {
      prompt: 'Should you keep your payslips?',
      choices: ['Yes', 'No'],
      answer: 0,
      explanation: 'They prove what you were paid.',
    },
  ],
  passMark: 2,
  ...overrides,
});

describe.each(testEngines())('orientation modules over HTTP ($name)', (engine) => {
  let demo: DemoApp;
  let coordinator: TestSession;
  let trainer: TestSession;
  let employer: TestSession;
  let candidate: TestSession;
  let moroccoBelgium: string;
  let nigeriaLithuania: string;
  beforeAll(async () => {
    demo = await startDemoApp(engine);
    coordinator = await demo.loginAs('coordinator');
    trainer = await demo.loginAs('trainer');
    employer = await demo.loginAs('employer');
    candidate = await demo.loginAs('candidate');
    const rows = await demo.handle.db
      .select({ id: partnership.id, title: partnership.title })
      .from(partnership);
    const byTitle = (t: string) => rows.find((r) => r.title.startsWith(t))?.id as string;
    moroccoBelgium = byTitle('Belgium–Morocco');
    nigeriaLithuania = byTitle('Nigeria–Lithuania');
  });
  afterAll(() => demo.close());

  const url = (id: string) => `/api/partnerships/${id}/orientation-modules`;
  const put = (s: TestSession, id: string, payload: object) =>
    demo.app.inject({ method: 'PUT', url: url(id), headers: s.headers, payload });
  const get = (s: TestSession, path: string) =>
    demo.app.inject({ method: 'GET', url: path, headers: { cookie: s.cookie } });

  it('GIVEN a training provider of the partnership WHEN it writes a module twice THEN the second is a new version of the same module, audited', async () => {
    const first = await put(trainer, moroccoBelgium, module());
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ version: 2 });
    const second = await put(trainer, moroccoBelgium, module({ title: 'Raising a grievance, v2' }));
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ id: first.json().id, version: 3 });
    const events = await demo.handle.db
      .select({ action: auditEvent.action })
      .from(auditEvent)
      .where(
        and(eq(auditEvent.entity, 'orientation_module'), eq(auditEvent.entityId, first.json().id)),
      );
    expect(events.map((e) => e.action)).toEqual([
      'orientation.updateModule',
      'orientation.updateModule',
    ]);
    const listed = (
      await get(coordinator, `${url(moroccoBelgium)}?origin=MA&destination=BE`)
    ).json();
    expect(listed.modules.map((m: { title: string }) => m.title)).toContain(
      'Raising a grievance, v2',
    );
  });

  it('GIVEN a check whose pass mark exceeds its questions THEN 422 names passMark and nothing is written', async () => {
    const response = await put(
      coordinator,
      moroccoBelgium,
      module({ topic: 'contract', passMark: 3 }),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().fields).toEqual([expect.objectContaining({ field: 'passMark' })]);
    const listed = (await get(coordinator, url(moroccoBelgium))).json();
    expect(
      listed.modules
        .filter((m: { topic: string; version: number }) => m.topic === 'contract')
        .map((m: { version: number }) => m.version),
    ).toEqual([1, 1, 1]);
  });

  it('GIVEN the demo THEN each demo corridor has the six topics in English, French and Arabic', async () => {
    const listed = (
      await get(coordinator, `${url(moroccoBelgium)}?origin=MA&destination=BE`)
    ).json();
    const places = listed.modules.map(
      (m: { topic: string; language: string }) => `${m.topic}/${m.language}`,
    );
    expect(new Set(places).size).toBe(18);
    const arabic = listed.modules.find(
      (m: { topic: string; language: string }) =>
        m.topic === 'rights_and_duties' && m.language === 'ar',
    );
    expect(arabic.title).toContain('بلجيكا');
  });

  it('GIVEN a corridor the partnership does not have THEN 422 names destination', async () => {
    const response = await put(coordinator, moroccoBelgium, module({ destination: 'IT' }));
    expect(response.statusCode).toBe(422);
    expect(response.json().fields).toEqual([expect.objectContaining({ field: 'destination' })]);
  });

  it('GIVEN a malformed body THEN 400 names the field', async () => {
    const response = await put(coordinator, moroccoBelgium, module({ language: 'de' }));
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain('language');
  });

  it('GIVEN an employer party WHEN it writes a module THEN 403; a stranger partnership is 404', async () => {
    expect((await put(employer, moroccoBelgium, module())).statusCode).toBe(403);
    expect((await get(employer, url(moroccoBelgium))).statusCode).toBe(200);
    expect(
      (await put(trainer, nigeriaLithuania, module({ origin: 'NG', destination: 'LT' })))
        .statusCode,
    ).toBe(404);
    expect((await get(candidate, url(moroccoBelgium))).statusCode).toBe(404);
  });
});

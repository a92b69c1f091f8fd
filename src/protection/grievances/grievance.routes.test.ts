import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startDemoApp,
  type DemoApp,
  type TestSession,
} from '../../accounts/accounts.test-support.js';
import type { Role } from '../../accounts/roles.js';
import { demoEmail } from '../../demo/people.js';
import { testEngines } from '../../../test/support/database.js';

const NARRATIVE = 'My passport was kept by the supervisor at the Ghent site since March';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe.each(testEngines())('grievances over HTTP ($name)', (engine) => {
  let demo: DemoApp;
  let partnershipId: string;
  const org: Partial<Record<Role, string>> = {};
  const sessions: Partial<Record<Role, TestSession>> = {};
  const as = async (role: Role) => (sessions[role] ??= await demo.loginAs(role));

  const firstRow = async <T>(query: SQL) =>
    ((await demo.handle.db.execute(query)) as unknown as { rows: T[] }).rows[0] as T;
  const rawRows = async (table: string): Promise<string> => {
    const row = await firstRow<{ rows: string }>(
      sql.raw(`select coalesce(json_agg(t)::text, '[]') as rows from (select * from ${table}) t`),
    );
    return String(row.rows);
  };

  beforeAll(async () => {
    demo = await startDemoApp(engine);
    for (const role of [
      'coordinator',
      'employer',
      'recognition_officer',
      'worker_representative',
    ] as const) {
      const result = await firstRow<{ id: string }>(sql`
        select m.organisation_id as id from membership m join app_user u on u.id = m.user_id
        where u.email = ${demoEmail(role)} limit 1`);
      org[role] = String(result.id);
    }
    const result = await firstRow<{ id: string }>(sql`
      select p.id from partnership p where p.corridors @> '[{"origin":"MA","destination":"BE"}]'::jsonb
      order by p.title limit 1`);
    partnershipId = String(result.id);
  });
  afterAll(() => demo.close());

  const file = async (body: Record<string, unknown>, session?: TestSession) =>
    demo.app.inject({
      method: 'POST',
      url: session ? '/api/grievances' : '/api/grievances/anonymous',
      headers: session?.headers,
      payload: { topic: 'documents_withheld', narrative: NARRATIVE, country: 'BE', ...body },
    });

  it('GIVEN no account WHEN filing anonymously THEN the receipt code follows the case with its narrative', async () => {
    const filed = await file({
      attachments: [{ name: 'photo.pdf', contentBase64: PNG.toString('base64') }],
    });
    expect(filed.statusCode).toBe(201);
    const { receiptCode } = filed.json<{ receiptCode: string }>();
    expect(receiptCode).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$/);

    const followed = await demo.app.inject({
      method: 'POST',
      url: '/api/grievances/follow',
      payload: { receiptCode: receiptCode.toLowerCase() },
    });
    expect(followed.statusCode).toBe(200);
    const body = followed.json();
    expect(body.narrative).toBe(NARRATIVE);
    expect(body.filerKind).toBe('anonymous');
    // The type comes from the content (a PNG), not the name.
    expect(body.attachments).toEqual([
      expect.objectContaining({ name: 'photo.pdf', mediaType: 'image/png' }),
    ]);
    // No partnership named: the active partnership of a corridor through Belgium takes it.
    expect(body.events.map((e: { kind: string }) => e.kind)).toEqual(['filed', 'routed']);
    expect(body.partnershipId).not.toBeNull();

    const wrong = await demo.app.inject({
      method: 'POST',
      url: '/api/grievances/follow',
      payload: { receiptCode: 'AAAA-AAAA-AAAA-AAAA-AAAA' },
    });
    expect(wrong.statusCode).toBe(404);
  });

  it('GIVEN a signed-in person WHEN filing anonymously THEN nothing in the rows, the audit log or the API ties the case to the account', async () => {
    const candidate = await as('candidate');
    const filed = await demo.app.inject({
      method: 'POST',
      url: '/api/grievances/anonymous',
      headers: candidate.headers,
      payload: { topic: 'wages', narrative: 'Anonymous but signed in', country: 'BE' },
    });
    expect(filed.statusCode).toBe(201);
    const { id, receiptCode } = filed.json<{ id: string; receiptCode: string }>();
    const row = await rawRows(`grievance where id = '${id}'`);
    const events = await rawRows(`grievance_event where grievance_id = '${id}'`);
    const audit = await rawRows(`audit_event where entity_id = '${id}'`);
    for (const text of [row, events, audit]) {
      expect(text).not.toContain(candidate.userId);
      expect(text).not.toMatch(/127\.0\.0\.1|session|"ip"/i);
    }
    expect(JSON.parse(audit)).toEqual([
      expect.objectContaining({
        action: 'grievance.filed',
        actor_user_id: null,
        subject_user_id: null,
      }),
      expect.objectContaining({ action: 'grievance.routed', actor_user_id: null }),
    ]);
    const followed = await demo.app.inject({
      method: 'POST',
      url: '/api/grievances/follow',
      payload: { receiptCode },
    });
    expect(followed.body).not.toContain(candidate.userId);
    const mine = await demo.app.inject({
      method: 'GET',
      url: '/api/grievances',
      headers: candidate.headers,
    });
    expect(mine.json().grievances.map((g: { id: string }) => g.id)).not.toContain(id);
  });

  it('GIVEN filed grievances WHEN reading the raw tables THEN no narrative, note or file name is in plain text', async () => {
    for (const table of ['grievance', 'grievance_event', 'grievance_attachment', 'audit_event']) {
      const text = await rawRows(table);
      expect(text).not.toContain('passport was kept');
      expect(text).not.toContain('photo.pdf');
      expect(text).not.toContain('Anonymous but signed in');
    }
  });

  it('GIVEN a file that is not what its name says WHEN filing THEN 422 names the attachment and nothing is stored', async () => {
    const before = await rawRows('grievance');
    const response = await file({
      attachments: [
        { name: 'contract.pdf', contentBase64: Buffer.from('just text').toString('base64') },
      ],
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().fields).toEqual([
      expect.objectContaining({ field: 'attachments.0.content' }),
    ]);
    expect(await rawRows('grievance')).toBe(before);
    const badTopic = await file({ topic: 'weather' });
    expect(badTopic.statusCode).toBe(400);
    expect(JSON.stringify(badTopic.json())).toContain('topic');
  });

  it('GIVEN a routing rule naming a body that is no party and based outside the corridors WHEN set THEN 422 on that body and the rules are unchanged', async () => {
    const coordinator = await as('coordinator');
    const outsider = await firstRow<{ id: string }>(sql`
      select o.id from organisation o
      where o.country not in ('MA', 'BE')
        and o.id not in (select organisation_id from partnership_party where partnership_id = ${partnershipId})
      order by o.name limit 1`);
    const url = `/api/partnerships/${partnershipId}/grievance-routing`;
    const before = (await demo.app.inject({ method: 'GET', url, headers: coordinator.headers }))
      .body;
    const response = await demo.app.inject({
      method: 'PUT',
      url,
      headers: coordinator.headers,
      payload: {
        rules: [
          {
            bodies: [
              { kind: 'coordinator', organisationId: org.coordinator },
              { kind: 'workers_organisation', organisationId: String(outsider.id) },
            ],
          },
        ],
      },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().fields).toEqual([
      {
        field: 'rules.0.bodies.1.organisationId',
        reason: "must be a party to the partnership or based in one of its corridors' countries",
      },
    ]);
    const after = (await demo.app.inject({ method: 'GET', url, headers: coordinator.headers }))
      .body;
    expect(after).toBe(before);
  });

  it('GIVEN routing rules WHEN a case is handled THEN the body acts, the employer sees only what is disclosed, others see nothing', async () => {
    const coordinator = await as('coordinator');
    const rules = {
      rules: [
        {
          topics: ['wages'],
          countries: ['BE'],
          bodies: [
            { kind: 'coordinator', organisationId: org.coordinator },
            { kind: 'recognition_body', organisationId: org.recognition_officer },
          ],
          acknowledgeWorkingDays: 5,
          resolveDays: 30,
        },
      ],
    };
    const set = await demo.app.inject({
      method: 'PUT',
      url: `/api/partnerships/${partnershipId}/grievance-routing`,
      headers: coordinator.headers,
      payload: rules,
    });
    expect(set.statusCode).toBe(200);
    const employer = await as('employer');
    const filed = await file(
      { topic: 'wages', partnershipId, concernedOrganisationId: org.employer },
      await as('candidate'),
    );
    expect(filed.statusCode).toBe(201);
    const { id } = filed.json<{ id: string }>();

    const queue = await demo.app.inject({
      method: 'GET',
      url: '/api/grievances',
      headers: coordinator.headers,
    });
    expect(queue.json().grievances).toContainEqual(
      expect.objectContaining({
        id,
        relation: 'handling',
        handler: expect.objectContaining({ kind: 'coordinator' }),
      }),
    );
    const step = (body: Record<string, unknown>) =>
      demo.app.inject({
        method: 'POST',
        url: `/api/grievances/${id}/steps`,
        headers: coordinator.headers,
        payload: body,
      });
    expect((await step({ step: 'resolved', note: 'Paid' })).statusCode).toBe(422); // not acknowledged yet
    expect((await step({ step: 'acknowledged' })).statusCode).toBe(200);
    expect((await step({ step: 'mediated', note: 'Meeting with the employer' })).statusCode).toBe(
      200,
    );
    expect(
      (await step({ step: 'disclosed', note: 'A wage claim for March is open' })).statusCode,
    ).toBe(200);

    const seenByEmployer = await demo.app.inject({
      method: 'GET',
      url: `/api/grievances/${id}`,
      headers: employer.headers,
    });
    expect(seenByEmployer.statusCode).toBe(200);
    const disclosed = seenByEmployer.json();
    expect(disclosed.view).toBe('disclosed');
    expect(disclosed.narrative).toBeNull();
    expect(disclosed.events.map((e: { note: string }) => e.note)).toEqual([
      'A wage claim for March is open',
    ]);
    expect(seenByEmployer.body).not.toContain('Meeting with the employer');

    for (const role of ['worker_representative', 'recognition_officer'] as const) {
      const hidden = await demo.app.inject({
        method: 'GET',
        url: `/api/grievances/${id}`,
        headers: (await as(role)).headers,
      });
      expect(hidden.statusCode).toBe(404);
    }
    const resolved = await step({ step: 'resolved', note: 'Back pay of two months' });
    expect(resolved.json().status).toBe('resolved');
    // The employer may not act on the case.
    const byEmployer = await demo.app.inject({
      method: 'POST',
      url: `/api/grievances/${id}/steps`,
      headers: employer.headers,
      payload: { step: 'closed' },
    });
    expect(byEmployer.statusCode).toBe(403);

    // The person shares with the union (consent): its representative reads it, then appeals go on.
    const candidate = await as('candidate');
    const shared = await demo.app.inject({
      method: 'PUT',
      url: `/api/grievances/${id}/sharing`,
      headers: candidate.headers,
      payload: { organisationId: org.worker_representative },
    });
    expect(shared.statusCode).toBe(200);
    const rep = await demo.app.inject({
      method: 'GET',
      url: `/api/grievances/${id}`,
      headers: (await as('worker_representative')).headers,
    });
    expect(rep.json()).toEqual(expect.objectContaining({ view: 'full', narrative: NARRATIVE }));
    const appealed = await demo.app.inject({
      method: 'POST',
      url: `/api/grievances/${id}/appeal`,
      headers: candidate.headers,
      payload: { note: 'The back pay is short' },
    });
    expect(appealed.json()).toEqual(
      expect.objectContaining({
        status: 'filed',
        handler: expect.objectContaining({ kind: 'recognition_body' }),
      }),
    );
  });

  it('GIVEN a representative WHEN asking for statistics THEN counts of their corridors come back with small counts suppressed', async () => {
    const rep = await as('worker_representative');
    const response = await demo.app.inject({
      method: 'GET',
      url: '/api/grievances/statistics',
      headers: rep.headers,
    });
    expect(response.statusCode).toBe(200);
    const stats = response.json();
    expect(stats.countries).toContain('BE');
    expect(stats.threshold).toBe(5);
    for (const row of stats.byTopic) expect(row.count === null || row.count >= 5).toBe(true);
    const candidate = await as('candidate');
    const refused = await demo.app.inject({
      method: 'GET',
      url: '/api/grievances/statistics',
      headers: candidate.headers,
    });
    expect(refused.statusCode).toBe(403);
  });
  // Last: it moves the clock past the sessions' lifetime.
  it('GIVEN an unacknowledged case WHEN its deadline passes and escalation runs THEN the next body of the chain has it', async () => {
    const filed = await file({ topic: 'wages', partnershipId });
    const { id } = filed.json<{ id: string }>();
    const run = async () =>
      demo.app.inject({
        method: 'POST',
        url: '/api/grievances/escalation',
        headers: (await as('admin')).headers,
      });
    expect((await run()).json().escalated).not.toContainEqual(expect.objectContaining({ id }));
    const start = demo.clock.now;
    demo.clock.now = new Date(start.getTime() + 10 * 86_400_000);
    // Sessions idle out over ten days: sign in again at the new time.
    for (const role of Object.keys(sessions) as Role[]) delete sessions[role];
    try {
      const response = await run();
      expect(response.statusCode, response.body).toBe(200);
      const report = response.json();
      expect(report.escalated).toContainEqual({
        id,
        missed: 'acknowledgement',
        toOrganisationId: org.recognition_officer,
      });
      const officer = await as('recognition_officer');
      const seen = await demo.app.inject({
        method: 'GET',
        url: `/api/grievances/${id}`,
        headers: officer.headers,
      });
      expect(seen.json().events.map((e: { kind: string }) => e.kind)).toEqual([
        'filed',
        'routed',
        'escalated',
      ]);
      const coordinator = await as('coordinator');
      const gone = await demo.app.inject({
        method: 'GET',
        url: `/api/grievances/${id}`,
        headers: coordinator.headers,
      });
      expect(gone.statusCode).toBe(404);
      const notAdmin = await demo.app.inject({
        method: 'POST',
        url: '/api/grievances/escalation',
        headers: coordinator.headers,
      });
      expect(notAdmin.statusCode).toBe(403);
    } finally {
      demo.clock.now = start;
    }
  });
});

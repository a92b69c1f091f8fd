import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/database.js';
import { membership } from '../accounts/accounts.schema.js';
import { startDemoApp, type DemoApp, type TestSession } from '../accounts/accounts.test-support.js';
import { loadConfig } from '../config/config.js';
import { passportDeps, issueCredentials } from './issuance.service.js';
import { orientationCompletion } from './passport.schema.js';
import { qrTexts } from './qr-decode.test-support.js';

/** An orientation the demo coordinator recorded for a person, then issued as a credential. */
async function orientationCredentials(demo: DemoApp, personUserId: string, count: number) {
  const db = demo.handle.db;
  const [coordinator] = await db
    .select({ organisationId: membership.organisationId })
    .from(membership)
    .where(eq(membership.role, 'coordinator'));
  await db.insert(orientationCompletion).values(
    Array.from({ length: count }, (_, i) => ({
      id: randomUUID(),
      personUserId,
      coordinatorOrganisationId: coordinator!.organisationId,
      title: `Pre-departure orientation, part ${i + 1}`,
      destinationCountry: 'BE',
      hours: 12 + i,
      completedOn: `2026-10-0${i + 1}`,
      recordedAt: demo.clock.now,
    })),
  );
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const report = await issueCredentials(
    passportDeps(config, db),
    { personUserId },
    { actorUserId: null, now: demo.clock.now },
    ['orientation_completion'],
  );
  return report.issued.map((row) => row.id);
}

describe.each(testEngines())('GET /api/credentials/passport.pdf ($name)', (engine) => {
  let demo: DemoApp;
  let candidate: TestSession;
  let officer: TestSession;
  let mine: string[];
  let theirs: string[];

  beforeAll(async () => {
    demo = await startDemoApp(engine);
    candidate = await demo.loginAs('candidate');
    officer = await demo.loginAs('recognition_officer');
    mine = await orientationCredentials(demo, candidate.userId, 4);
    theirs = await orientationCredentials(demo, officer.userId, 1);
  });
  afterAll(async () => demo?.close());

  const get = (session: TestSession | null, query: string) =>
    demo.app.inject({
      method: 'GET',
      url: `/api/credentials/passport.pdf${query}`,
      headers: session ? { cookie: session.cookie } : {},
    });

  it('GIVEN four credentials WHEN the holder prints all of them in Arabic THEN a two-page PDF comes back as a private download', async () => {
    expect(mine).toHaveLength(4);
    const response = await get(candidate, '?lang=ar');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain('attachment');
    expect(response.headers['cache-control']).toContain('no-store');
    const doc = await PDFDocument.load(response.rawPayload);
    expect(doc.getPageCount()).toBe(2);
    expect(doc.getTitle()).toContain('جواز المهارات');
    // Signed credentials are too long for a readable code: each QR code links by id.
    const page = `${loadConfig({}).publicUrl}/verify`;
    expect(qrTexts(doc).sort()).toEqual(mine.map((id) => `${page}?credential=${id}`).sort());
  });

  it('prints only the credentials chosen', async () => {
    const response = await get(candidate, `?lang=fr&ids=${mine[0]}`);
    expect(response.statusCode).toBe(200);
    const doc = await PDFDocument.load(response.rawPayload);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toContain('Passeport de compétences');
  });

  it("answers 404 for somebody else's credential, as for one that does not exist", async () => {
    for (const id of [theirs[0], randomUUID()]) {
      const response = await get(candidate, `?ids=${mine[0]},${id}`);
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('names the field of bad input, and needs a session', async () => {
    const bad = await get(candidate, '?ids=not-a-uuid');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('ids');
    const language = await get(candidate, '?lang=de');
    expect(language.statusCode).toBe(400);
    expect(language.body).toContain('lang');
    expect((await get(null, '')).statusCode).toBe(401);
  });
});

import { count, eq, max, min } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUser, auditEvent, membership, organisation } from '../accounts/accounts.schema.js';
import { lmiObservation } from '../labour-market/labour-market.schema.js';
import type { DatabaseHandle } from '../db/database.js';
import { testEngines } from '../../test/support/database.js';
import { verifyPassword } from '../accounts/password.js';
import { ensureDemoData, loadDemoData } from './demo.loader.js';
import { generateDemo } from './generate.js';

const now = new Date('2026-11-21T09:00:00Z');

describe.each(testEngines())('loading the demo data ($name)', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await engine.open();
  });
  afterAll(() => handle.close());

  it('GIVEN an empty database WHEN loading THEN every organisation, user and membership arrives, audited', async () => {
    const report = await loadDemoData(handle.db, { seed: 11, scale: 'medium', now });
    const dataset = generateDemo({ seed: 11, scale: 'medium' });
    expect(report).toMatchObject({
      loaded: true,
      organisations: dataset.organisations.length,
      users: dataset.users.length,
    });
    expect(report.logins).toEqual(dataset.logins);
    const [orgs] = await handle.db.select({ n: count() }).from(organisation);
    const [users] = await handle.db.select({ n: count() }).from(appUser);
    const [memberships] = await handle.db.select({ n: count() }).from(membership);
    // One audit event per user created (demo grievances add their own, about their cases).
    const [audits] = await handle.db
      .select({ n: count() })
      .from(auditEvent)
      .where(eq(auditEvent.entity, 'user'));
    expect([orgs?.n, users?.n, memberships?.n, audits?.n]).toEqual([
      dataset.organisations.length,
      dataset.users.length,
      dataset.users.length,
      dataset.users.length,
    ]);
  });

  it('GIVEN the demo loaded on 21 November 2026 THEN its labour-market series run seven years to October 2026', async () => {
    const [months] = await handle.db
      .select({ first: min(lmiObservation.month), last: max(lmiObservation.month) })
      .from(lmiObservation);
    expect(months).toEqual({ first: '2019-11', last: '2026-10' });
  });

  it('GIVEN the demo is loaded WHEN checking a demo login THEN its password verifies against the stored argon2id hash', async () => {
    const [user] = await handle.db
      .select()
      .from(appUser)
      .where(eq(appUser.email, 'recognition-officer@demo.passerelle.dev'));
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user?.passwordHash ?? '', 'demo-recognition-officer-2026')).toBe(
      true,
    );
  });

  it('GIVEN organisations already exist WHEN ensuring demo data again THEN nothing is written but the logins are returned', async () => {
    const [before] = await handle.db.select({ n: count() }).from(organisation);
    const logins = await ensureDemoData(handle.db, { seed: 99, scale: 'small', now });
    const [after] = await handle.db.select({ n: count() }).from(organisation);
    expect(after?.n).toBe(before?.n);
    expect(logins.map((l) => l.role)).toContain('coordinator');
  });
});

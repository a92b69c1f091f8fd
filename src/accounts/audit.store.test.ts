import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.js';
import { testEngines } from '../../test/support/database.js';
import { auditEvent } from './accounts.schema.js';
import { auditEventsAbout, recordAudit } from './audit.store.js';

const SUBJECT = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';

/** Expects the database to refuse the statement because the audit log is append-only. */
async function expectAppendOnlyRefusal(statement: Promise<unknown>) {
  const error = await statement.then(
    () => undefined,
    (e: unknown) => e,
  );
  // drizzle wraps the driver's error; the trigger's message is in its cause.
  const reason = String((error as { cause?: { message?: string } } | undefined)?.cause?.message);
  expect(reason).toMatch(/append-only \((UPDATE|DELETE) refused\)/);
}

describe.each(testEngines())('the audit log ($name)', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await engine.open();
    const entry = {
      actorUserId: SUBJECT,
      entity: 'user',
      entityId: SUBJECT,
      subjectUserId: SUBJECT,
    };
    await handle.db.transaction(async (tx) => {
      await recordAudit(tx, {
        ...entry,
        at: new Date('2026-01-01T00:00:00Z'),
        action: 'user.create',
        detail: { fields: ['email'] },
      });
      await recordAudit(tx, {
        ...entry,
        at: new Date('2026-01-02T00:00:00Z'),
        action: 'user.update',
        detail: { fields: ['locale'] },
      });
    });
    await recordAudit(handle.db, {
      ...entry,
      subjectUserId: OTHER,
      entityId: OTHER,
      at: new Date(),
      action: 'user.update',
      detail: {},
    });
  });
  afterAll(() => handle.close());

  it('GIVEN events about a person WHEN reading their trail THEN only theirs come back, oldest first', async () => {
    const events = await auditEventsAbout(handle.db, SUBJECT);
    expect(events.map((e) => e.action)).toEqual(['user.create', 'user.update']);
    expect(events[1]?.detail).toEqual({ fields: ['locale'] });
  });

  it('GIVEN a recorded event WHEN someone tries to UPDATE it THEN the database refuses', async () => {
    await expectAppendOnlyRefusal(
      handle.db
        .update(auditEvent)
        .set({ action: 'tampered' })
        .where(eq(auditEvent.subjectUserId, SUBJECT)),
    );
    const events = await auditEventsAbout(handle.db, SUBJECT);
    expect(events.map((e) => e.action)).not.toContain('tampered');
  });

  it('GIVEN a recorded event WHEN someone tries to DELETE it THEN the database refuses', async () => {
    await expectAppendOnlyRefusal(
      handle.db.delete(auditEvent).where(eq(auditEvent.subjectUserId, SUBJECT)),
    );
    await expectAppendOnlyRefusal(handle.db.execute(sql`delete from audit_event`));
    expect(await auditEventsAbout(handle.db, SUBJECT)).toHaveLength(2);
  });

  it('GIVEN a change that fails after its audit event WHEN the transaction rolls back THEN the event is gone too', async () => {
    await expect(
      handle.db.transaction(async (tx) => {
        await recordAudit(tx, {
          at: new Date(),
          actorUserId: null,
          action: 'user.update',
          entity: 'user',
          entityId: SUBJECT,
          subjectUserId: SUBJECT,
          detail: {},
        });
        throw new Error('the change itself failed');
      }),
    ).rejects.toThrow('the change itself failed');
    expect(await auditEventsAbout(handle.db, SUBJECT)).toHaveLength(2);
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvent } from '../../src/accounts/accounts.schema.js';
import { recordAudit } from '../../src/accounts/audit.store.js';
import type { DatabaseHandle } from '../../src/db/database.js';
import { testEngines } from '../support/database.js';

const SUBJECT = '00000000-0000-4000-8000-000000000001';

describe.each(testEngines())('the append-only audit log against TRUNCATE ($name)', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await engine.open();
    await recordAudit(handle.db, {
      at: new Date('2026-01-01T00:00:00Z'),
      actorUserId: SUBJECT,
      action: 'user.create',
      entity: 'user',
      entityId: SUBJECT,
      subjectUserId: SUBJECT,
      detail: {},
    });
  });
  afterAll(() => handle.close());

  it('GIVEN recorded events WHEN someone tries to TRUNCATE the log THEN the database refuses and every event stays', async () => {
    const error = await handle.db.execute(sql`truncate audit_event`).then(
      () => undefined,
      (e: unknown) => e,
    );
    // drizzle wraps the driver's error; the trigger's message is in its cause.
    const reason = String((error as { cause?: { message?: string } } | undefined)?.cause?.message);
    expect(reason).toMatch(/append-only \(TRUNCATE refused\)/);
    expect(await handle.db.$count(auditEvent)).toBe(1);
  });
});

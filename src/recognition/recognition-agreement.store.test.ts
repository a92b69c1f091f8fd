import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/database.js';
import type { DatabaseHandle } from '../db/database.js';
import { DEMO_AGREEMENTS } from './demo/demo-agreements.js';
import {
  amendAgreement,
  listAgreementsInForce,
  listAgreementVersions,
  retireAgreement,
} from './recognition-agreement.store.js';
import { recognitionAgreement } from './recognition.schema.js';
import { seedRecognitionTestData } from './recognition.test-support.js';

const by = { actorUserId: null, now: new Date('2026-11-21T09:00:00Z') };
const [maBe, snIt, tnLt] = DEMO_AGREEMENTS as [
  (typeof DEMO_AGREEMENTS)[0],
  (typeof DEMO_AGREEMENTS)[0],
  (typeof DEMO_AGREEMENTS)[0],
];

describe.each(testEngines())('recognition agreement versions ($name)', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await engine.open();
    await seedRecognitionTestData(handle.db);
  });
  afterAll(() => handle.close());

  it('GIVEN a stored version THEN the database refuses to delete it or rewrite its terms', async () => {
    await expect(
      handle.db.delete(recognitionAgreement).where(eq(recognitionAgreement.id, maBe.id)),
    ).rejects.toThrow();
    await expect(
      handle.db
        .update(recognitionAgreement)
        .set({ mode: 'automatic' })
        .where(eq(recognitionAgreement.id, maBe.id)),
    ).rejects.toThrow();
    const [row] = await handle.db
      .select()
      .from(recognitionAgreement)
      .where(eq(recognitionAgreement.id, maBe.id));
    expect(row).toMatchObject({ mode: 'conditional', status: 'in_force' });
  });

  it('GIVEN an amendment and a retirement THEN only versions in force reach the engine, and every version is kept', async () => {
    await amendAgreement(handle.db, snIt.id, { ...snIt, id: 'sn-it-web-2026' }, by);
    await retireAgreement(handle.db, tnLt.id, 'ended', by);
    expect((await listAgreementsInForce(handle.db)).map((a) => a.id)).toEqual([
      maBe.id,
      'sn-it-web-2026',
    ]);
    const versions = await listAgreementVersions(handle.db);
    expect(versions.map((a) => [a.id, a.status, a.version])).toEqual([
      [maBe.id, 'in_force', 1],
      [snIt.id, 'superseded', 1],
      ['sn-it-web-2026', 'in_force', 2],
      [tnLt.id, 'retired', 1],
    ]);
  });

  it('GIVEN a retired version THEN the database refuses to bring it back in force', async () => {
    await expect(
      handle.db
        .update(recognitionAgreement)
        .set({ status: 'in_force' })
        .where(eq(recognitionAgreement.id, tnLt.id)),
    ).rejects.toThrow();
    await expect(retireAgreement(handle.db, tnLt.id, 'again', by)).rejects.toMatchObject({
      code: 'recognition.agreement_not_in_force',
    });
  });
});

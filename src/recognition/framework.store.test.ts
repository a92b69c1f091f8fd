import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/database.js';
import type { DatabaseHandle } from '../db/database.js';
import { framework, refer } from './engine.fixtures.js';
import { addFrameworks, loadRegistry } from './framework.store.js';
import { addAgreements, listAgreementVersions } from './recognition-agreement.store.js';
import { seedRecognitionTestData } from './recognition.test-support.js';
import { seedRecognitionData } from './recognition-seed.service.js';
import { DEMO_AGREEMENTS } from './demo/demo-agreements.js';

describe.each(testEngines())('recognition store ($name)', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await engine.open();
    await seedRecognitionTestData(handle.db);
  });
  afterAll(() => handle.close());

  it('GIVEN the seed THEN the EQF, ACQF, DQR, Irish NFQ and the demo frameworks are stored', async () => {
    const registry = await loadRegistry(handle.db);
    expect(registry.frameworks.map((f) => f.id)).toEqual(
      expect.arrayContaining(['eqf', 'acqf', 'de-nqf', 'ie-nqf', 'ma-nqf', 'lt-nqf']),
    );
    expect(registry.frameworks.find((f) => f.id === 'eqf')?.levels).toHaveLength(8);
  });

  it('GIVEN the seed again THEN nothing is duplicated (idempotent)', async () => {
    const before = await loadRegistry(handle.db);
    await seedRecognitionData(handle.db, 'reference', { demo: true });
    expect((await loadRegistry(handle.db)).referencing).toHaveLength(before.referencing.length);
  });

  it('GIVEN referencing that closes a cycle THEN it is refused naming the field, and nothing changes', async () => {
    const before = await loadRegistry(handle.db);
    const added = {
      frameworks: [framework('xx-nqf', 3, 'XX')],
      referencing: [refer('xx-nqf', 1, 'eqf', [1]), refer('eqf', 1, 'xx-nqf', [1])],
    };
    await expect(addFrameworks(handle.db, added)).rejects.toMatchObject({
      code: 'recognition.referencing_cycle',
      fields: [
        expect.objectContaining({ field: 'referencing[0].toFrameworkId' }),
        expect.anything(),
      ],
    });
    expect(await loadRegistry(handle.db)).toEqual(before);
  });

  it('GIVEN a level referenced to a level conflicting with the stored fact THEN it is refused', async () => {
    await expect(
      addFrameworks(handle.db, { frameworks: [], referencing: [refer('de-nqf', 4, 'eqf', [5])] }),
    ).rejects.toMatchObject({
      code: 'recognition.referencing_conflict',
      fields: [
        { field: 'referencing[0].toLevels', reason: expect.stringContaining('already referenced') },
      ],
    });
  });

  it('GIVEN an agreement with inverted dates among good ones THEN none is stored', async () => {
    const count = (await listAgreementVersions(handle.db)).length;
    const good = { ...DEMO_AGREEMENTS[0]!, id: 'new-good' };
    const bad = {
      ...DEMO_AGREEMENTS[0]!,
      id: 'new-bad',
      validFrom: '2027-01-01',
      validUntil: '2026-01-01',
    };
    await expect(addAgreements(handle.db, [good, bad])).rejects.toMatchObject({
      code: 'recognition.agreement_inverted_dates',
    });
    expect(await listAgreementVersions(handle.db)).toHaveLength(count);
  });
});

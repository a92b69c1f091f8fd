import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { runCommands } from '../cli/cli.test-support.js';
import type { DatabaseHandle } from '../db/database.js';
import { openDemoDatabase } from '../allocation/allocation.test-support.js';
import { listPartnerships } from '../partnerships/partnership.store.js';
import { testEngines } from '../../test/support/database.js';
import { journeysCommands } from './journeys.cli.js';
import { journey } from './journeys.schema.js';

describe.each(testEngines())('passerelle journeys ($name)', (engine) => {
  let handle: DatabaseHandle;
  let partnershipId: string;
  beforeAll(async () => {
    handle = await openDemoDatabase(engine);
    const [first] = await handle.db.select({ p: journey.partnershipId }).from(journey).limit(1);
    partnershipId = first!.p;
    expect((await listPartnerships(handle.db)).some((p) => p.id === partnershipId)).toBe(true);
  });
  afterAll(() => handle.close());

  const run = (...args: string[]) => runCommands(journeysCommands, handle, ['journeys', ...args]);

  it("lists a partnership's journeys and prints its funnel as JSON", async () => {
    const listed = await run('list', '--partnership', partnershipId);
    const rows = await handle.db
      .select()
      .from(journey)
      .where(eq(journey.partnershipId, partnershipId));
    expect(listed).toContain(`${rows.length} journeys`);
    const view = JSON.parse(await run('funnel', '--partnership', partnershipId, '--json'));
    expect(view.total).toBe(rows.length);
  });

  it('advances a journey with evidence given as kind=value, and refuses a move without its evidence', async () => {
    const [selected] = await handle.db
      .select()
      .from(journey)
      .where(eq(journey.stage, 'selected'))
      .limit(1);
    expect(selected).toBeDefined();
    await expect(
      run('advance', selected!.id, '--to', 'in_training', '--on', '2026-11-20'),
    ).rejects.toThrow(/training_enrolment/);
    const out = await run(
      'advance',
      selected!.id,
      '--to',
      'in_training',
      '--on',
      '2026-11-20',
      '--evidence',
      'training_enrolment=programme-1',
    );
    expect(out).toContain('in_training');
    const shown = JSON.parse(await run('show', selected!.id));
    expect(shown.journey.stage).toBe('in_training');
  });
});

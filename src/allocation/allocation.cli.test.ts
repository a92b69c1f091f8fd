import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../cli/cli-context.js';
import { runCommands } from '../cli/cli.test-support.js';
import type { DatabaseHandle } from '../db/database.js';
import { listPartnerships } from '../partnerships/partnership.store.js';
import { testEngines } from '../../test/support/database.js';
import { allocationRun } from './allocation.schema.js';
import { allocationCommands } from './allocation.cli.js';
import { openDemoDatabase } from './allocation.test-support.js';
import type { RunReport } from './run-report.js';

describe.each(testEngines())('passerelle allocate ($name)', (engine) => {
  let handle: DatabaseHandle;
  let partnerships: Map<string, string>;
  beforeAll(async () => {
    handle = await openDemoDatabase(engine);
    partnerships = new Map((await listPartnerships(handle.db)).map((p) => [p.title, p.id]));
  });
  afterAll(() => handle.close());

  const run = (...args: string[]) => runCommands(allocationCommands, handle, ['allocate', ...args]);

  it('GIVEN the Belgium–Morocco partnership WHEN allocated from the command line THEN the figures print and the run is stored', async () => {
    const id = partnerships.get('Belgium–Morocco ICT talent partnership') as string;
    const out = await run('--partnership', id, '--seed', '4');
    expect(out).toMatch(/assigned: +\d+/);
    expect(out).toMatch(/objective: +\d/);
    const runs = await handle.db
      .select({ status: allocationRun.status, seed: allocationRun.seed })
      .from(allocationRun)
      .where(eq(allocationRun.partnershipId, id));
    expect(runs).toEqual([{ status: 'succeeded', seed: 4 }]);
  });

  it('GIVEN --json THEN stdout is the run as JSON: every assignment in a priority occupation at or above the minimum score', async () => {
    const id = partnerships.get('Belgium–Morocco ICT talent partnership') as string;
    const partnership = (await listPartnerships(handle.db)).find((p) => p.id === id)!;
    const report = JSON.parse(await run('--partnership', id, '--seed', '5', '--json')) as RunReport;
    expect(report.partnershipId).toBe(id);
    expect(report.seed).toBe(5);
    expect(report.assignments).toHaveLength(report.candidates);
    expect(report.assigned + report.unassigned).toBe(report.candidates);
    const placed = report.assignments.filter((a) => a.slotId !== null);
    expect(placed.length).toBe(report.assigned);
    expect(report.assigned).toBeGreaterThan(0);
    for (const a of placed) {
      expect(partnership.occupations).toContain(a.slotOccupation);
      expect(a.score).toBeGreaterThanOrEqual(40);
      expect(a.reasonCode).toMatch(/^assigned_/);
    }
    for (const a of report.assignments.filter((x) => x.slotId === null))
      expect(a.reasonCode).toMatch(/^unassigned_/);
    expect(report.quotaPrices.map((q) => q.constraint)).toEqual(
      expect.arrayContaining(['perOccupationMax:2512', 'perOccupationMax:2513']),
    );
    const stored = await handle.db
      .select({ id: allocationRun.id })
      .from(allocationRun)
      .where(eq(allocationRun.id, report.runId));
    expect(stored).toHaveLength(1);
  });

  it('GIVEN a partnership id that is not a UUID, or a bad mode THEN the error names the option', async () => {
    await expect(run('--partnership', 'bm')).rejects.toThrow(/--partnership/);
    await expect(run('--partnership', 'bm')).rejects.toBeInstanceOf(CliError);
    await expect(
      run(
        '--partnership',
        partnerships.get('Nigeria–Lithuania ICT scheme') as string,
        '--mode',
        'fast',
      ),
    ).rejects.toThrow(/mode/);
  });

  it('GIVEN an unknown partnership THEN it says so', async () => {
    await expect(run('--partnership', '00000000-0000-4000-8000-000000000000')).rejects.toThrow(
      /no such partnership/,
    );
  });
});

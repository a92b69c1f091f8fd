import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoDatabase } from '../../allocation/allocation.test-support.js';
import { CliError } from '../../cli/cli-context.js';
import { runCommands } from '../../cli/cli.test-support.js';
import type { DatabaseHandle } from '../../db/database.js';
import { testEngines } from '../../../test/support/database.js';
import { fairRecruitmentCommands } from './fair-recruitment.cli.js';
import { placementContract } from './fair-recruitment.schema.js';

describe.each(testEngines())('passerelle fair-recruitment report ($name)', (engine) => {
  let handle: DatabaseHandle;
  let partnershipId: string;

  beforeAll(async () => {
    handle = await openDemoDatabase(engine);
    const [row] = await handle.db
      .select({ id: placementContract.partnershipId })
      .from(placementContract)
      .limit(1);
    partnershipId = row!.id;
  });
  afterAll(() => handle.close());

  const run = (...args: string[]) =>
    runCommands(fairRecruitmentCommands, handle, ['fair-recruitment', 'report', ...args]);

  it('GIVEN the demo partnership WHEN --json THEN SDG 10.7.1 figures, people lines, one substitution and compliance', async () => {
    const report = JSON.parse(await run('--partnership', partnershipId, '--json'));
    expect(report.indicator).toBe('SDG 10.7.1');
    expect(report.overall.mean).toBeGreaterThan(0);
    expect(report.people.length).toBe(report.overall.people);
    expect(report.substitutionFlags).toBe(1);
    expect(
      report.compliance.some((c: { substitutionFlags: number }) => c.substitutionFlags === 1),
    ).toBe(true);
  });

  it('GIVEN no --json THEN plain lines with the median and the flags', async () => {
    const text = await run('--partnership', partnershipId);
    expect(text).toMatch(/overall: median [\d.]+ months of income/);
    expect(text).toContain('contracts flagged for possible substitution: 1');
  });

  it('GIVEN a malformed id THEN an error names the option', async () => {
    await expect(run('--partnership', 'nope')).rejects.toThrow(CliError);
    await expect(run('--partnership', 'nope')).rejects.toThrow(/--partnership/);
  });
});

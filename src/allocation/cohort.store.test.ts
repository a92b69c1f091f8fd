import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.js';
import { listPartnerships, type PartnershipRecord } from '../partnerships/partnership.store.js';
import { candidate, candidateConsent } from '../people/people.schema.js';
import { testEngines } from '../../test/support/database.js';
import { openDemoDatabase } from './allocation.test-support.js';
import { skillShareScorer } from './cohort-scorer.js';
import { buildRunInput, loadCohortRows } from './cohort.store.js';

const now = new Date('2026-11-21T09:00:00Z');
const options = {
  mode: 'optimal' as const,
  seed: 3,
  edgesPerCandidate: 5,
  trackShareTolerance: 10,
  perEmployerMax: [],
  locks: [],
};

describe.each(testEngines())("a partnership's cohort ($name)", (engine) => {
  let handle: DatabaseHandle;
  let belgiumMorocco: PartnershipRecord;
  beforeAll(async () => {
    handle = await openDemoDatabase(engine);
    const all = await listPartnerships(handle.db);
    belgiumMorocco = all.find((p) => p.title.startsWith('Belgium–Morocco')) as PartnershipRecord;
  });
  afterAll(() => handle.close());

  it('GIVEN the demo THEN the cohort is the consenting residents of Morocco, with the linked jobs and programmes', async () => {
    const rows = await loadCohortRows(handle.db, belgiumMorocco);
    expect(rows.candidates.length).toBeGreaterThan(10);
    expect(rows.candidates.every((c) => c.profile.residenceCountry === 'MA')).toBe(true);
    expect(rows.vacancies.length).toBeGreaterThan(0);
    expect(rows.vacancies.every((v) => v.posting.partnershipId === belgiumMorocco.id)).toBe(true);
    expect(new Set(rows.vacancies.map((v) => v.posting.track))).toEqual(new Set(['away', 'home']));
    expect(rows.programmes.length).toBeGreaterThan(0);
  });

  it('GIVEN a candidate withdraws consent to partnership matching THEN they leave the cohort', async () => {
    const before = await loadCohortRows(handle.db, belgiumMorocco);
    const leaving = before.candidates[0]?.id as string;
    await handle.db
      .update(candidateConsent)
      .set({ withdrawnAt: now })
      .where(
        and(
          eq(candidateConsent.candidateId, leaving),
          eq(candidateConsent.purpose, 'partnership_matching'),
          isNull(candidateConsent.withdrawnAt),
        ),
      );
    const after = await loadCohortRows(handle.db, belgiumMorocco);
    expect(after.candidates.map((c) => c.id)).not.toContain(leaving);
    expect(after.candidates).toHaveLength(before.candidates.length - 1);
  });

  it('GIVEN the partnership quotas THEN the run input carries them as ranges, with the seed and the score model', async () => {
    const input = await buildRunInput(handle.db, belgiumMorocco, options, skillShareScorer, now);
    expect(input.seed).toBe(3);
    expect(input.scoreModel).toBe(skillShareScorer.model);
    expect(input.problem.quotas).toMatchObject({
      minWomenShare: 40,
      trackShare: { away: { min: 40, max: 60 }, home: { min: 40, max: 60 } },
    });
    const { edgeStart, candidates } = input.problem;
    candidates.forEach((_, i) =>
      expect((edgeStart[i + 1] ?? 0) - (edgeStart[i] ?? 0)).toBeLessThanOrEqual(5),
    );
    const [row] = await handle.db
      .select({ profile: candidate.profile })
      .from(candidate)
      .where(eq(candidate.id, candidates[0]?.id as string));
    expect(candidates[0]?.originRegion).toBe(row?.profile.residenceCountry);
  });

  it('GIVEN the same rows THEN the input is the same (a snapshot is reproducible)', async () => {
    const a = await buildRunInput(handle.db, belgiumMorocco, options, skillShareScorer, now);
    const b = await buildRunInput(handle.db, belgiumMorocco, options, skillShareScorer, now);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisation } from '../../accounts/accounts.schema.js';
import type { DemoApp, TestSession } from '../../accounts/accounts.test-support.js';
import { startAllocationDemoApp } from '../../allocation/allocation.test-support.js';
import { candidate } from '../../people/people.schema.js';
import { placementContract, recruitmentCost } from './fair-recruitment.schema.js';
import { testEngines } from '../../../test/support/database.js';

interface ComplianceRecord {
  organisationId: string;
  placements: number | null;
  feesChargedToWorkers: number | null;
  employerPaysBreaches: number | null;
  amountsChargedToWorkers: Record<string, number> | null;
  flags: { employerPaysBreached: boolean };
  suppressed: boolean;
}

describe.each(testEngines())('compliance records and small counts over HTTP ($name)', (engine) => {
  let demo: DemoApp;
  let coordinator: TestSession;
  let representative: TestSession;
  let partnershipId: string;
  const solo = randomUUID();
  const many = randomUUID();

  const records = async (s: TestSession) => {
    const response = await demo.app.inject({
      method: 'GET',
      url: `/api/compliance/${partnershipId}`,
      headers: s.headers,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { records: ComplianceRecord[]; smallCountThreshold: number };
    expect(body.smallCountThreshold).toBe(5);
    const of = (id: string) => body.records.find((r) => r.organisationId === id)!;
    return { solo: of(solo), many: of(many) };
  };

  beforeAll(async () => {
    demo = await startAllocationDemoApp(engine);
    [coordinator, representative] = await Promise.all([
      demo.loginAs('coordinator'),
      demo.loginAs('worker_representative'),
    ]);
    // A partnership the representative's organisation is a party to (it reads the report there).
    const list = (
      await demo.app.inject({
        method: 'GET',
        url: '/api/partnerships',
        headers: coordinator.headers,
      })
    ).json().partnerships as { id: string }[];
    for (const p of list) {
      const report = await demo.app.inject({
        method: 'GET',
        url: `/api/fair-recruitment/${p.id}/report`,
        headers: representative.headers,
      });
      if (report.statusCode === 200) {
        partnershipId = p.id;
        break;
      }
    }
    expect(partnershipId).toBeDefined();
    // Two recruiters: one placed one person, the other five; each person paid them 800 EUR.
    const now = demo.clock.now;
    const kind = 'employer' as const;
    await demo.handle.db.insert(organisation).values([
      { id: solo, name: 'Solo recruiting', kind, country: 'MA', createdAt: now },
      { id: many, name: 'Many recruiting', kind, country: 'MA', createdAt: now },
    ]);
    const people = await demo.handle.db.select({ id: candidate.id }).from(candidate).limit(40);
    const [employer] = await demo.handle.db.select({ id: organisation.id }).from(organisation);
    const placed = people.slice(-6).map((c, i) => ({
      id: randomUUID(),
      partnershipId,
      candidateId: c.id,
      employerId: employer!.id,
      recruiterId: i === 0 ? solo : many,
      createdAt: now,
    }));
    await demo.handle.db.insert(placementContract).values(placed);
    await demo.handle.db.insert(recruitmentCost).values(
      placed.map((p) => ({
        id: randomUUID(),
        partnershipId,
        candidateId: p.candidateId,
        kind: 'recruitment_fee' as const,
        amount: 800,
        currency: 'EUR',
        paidBy: 'worker' as const,
        recruiterId: p.recruiterId,
        recordedAt: now,
      })),
    );
  });
  afterAll(() => demo.close());

  it('GIVEN a recruiter with one placement THEN the coordinator reads the fee, the representative a null marked suppressed, the flag stays', async () => {
    const full = await records(coordinator);
    expect(full.solo).toMatchObject({
      placements: 1,
      feesChargedToWorkers: 1,
      amountsChargedToWorkers: { EUR: 800 },
      suppressed: false,
    });
    const shown = await records(representative);
    expect(shown.solo).toMatchObject({
      placements: null,
      feesChargedToWorkers: null,
      employerPaysBreaches: null,
      amountsChargedToWorkers: null,
      flags: { employerPaysBreached: true },
      suppressed: true,
    });
  });

  it('GIVEN a recruiter with five placements THEN both read the same figures', async () => {
    const full = await records(coordinator);
    expect(full.many).toMatchObject({
      placements: 5,
      feesChargedToWorkers: 5,
      amountsChargedToWorkers: { EUR: 4000 },
    });
    expect((await records(representative)).many).toEqual(full.many);
  });
});

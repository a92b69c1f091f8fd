import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvent } from '../../accounts/accounts.schema.js';
import type { DemoApp, TestSession } from '../../accounts/accounts.test-support.js';
import { startAllocationDemoApp } from '../../allocation/allocation.test-support.js';
import { loadCohortRows } from '../../allocation/cohort.store.js';
import { requirePartnership } from '../../partnerships/partnership.store.js';
import { candidate } from '../../people/people.schema.js';
import { grievance } from '../protection.schema.js';
import { placementContract } from './fair-recruitment.schema.js';
import { testEngines } from '../../../test/support/database.js';

interface Contract {
  id: string;
  employerId: string;
  versions: Record<string, { terms: { wage: { amount: number; currency: string } | null } } | null>;
  comparisons: { from: string; to: string; substitution: boolean }[];
  substitution: boolean;
}

describe.each(testEngines())('fair recruitment over HTTP ($name)', (engine) => {
  let demo: DemoApp;
  let coordinator: TestSession;
  let person: TestSession;
  let employer: TestSession;
  let analyst: TestSession;
  let partnershipId: string;
  let personId: string;
  let vacancyId: string;
  let employerId: string;
  let contract: Contract;

  const call = (s: TestSession, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    demo.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    demo = await startAllocationDemoApp(engine);
    [coordinator, person, employer, analyst] = await Promise.all([
      demo.loginAs('coordinator'),
      demo.loginAs('candidate'),
      demo.loginAs('employer'),
      demo.loginAs('analyst'),
    ]);
    const list = (await call(coordinator, 'GET', '/api/partnerships')).json().partnerships as {
      id: string;
      title: string;
    }[];
    partnershipId = list.find((p) => p.title === 'Belgium–Morocco ICT talent partnership')!.id;
    const rows = await loadCohortRows(
      demo.handle.db,
      await requirePartnership(demo.handle.db, partnershipId),
    );
    const slot = rows.vacancies.find((v) => v.posting.wage)!;
    vacancyId = slot.id;
    employerId = slot.posting.employerId;
    const [own] = await demo.handle.db
      .select({ id: candidate.id })
      .from(candidate)
      .where(eq(candidate.userId, person.userId));
    personId = own!.id;
    // Placements are for the partnership's cohort: people of its origin countries who consent.
    await call(person, 'PUT', '/api/candidates/me/consents/partnership_matching');
  });
  afterAll(() => demo.close());

  it('GIVEN the demo THEN its partnership has costs charged to workers (the indicator is not zero) and one substitution flag', async () => {
    const [demoPlacement] = await demo.handle.db
      .select({ partnershipId: placementContract.partnershipId })
      .from(placementContract)
      .limit(1);
    const response = await call(
      coordinator,
      'GET',
      `/api/fair-recruitment/${demoPlacement!.partnershipId}/report`,
    );
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.overall.mean).toBeGreaterThan(0);
    expect(report.overall.shareWhoPaid).toBeGreaterThan(0);
    expect(report.overall.shareWhoPaid).toBeLessThan(1);
    expect(report.substitutionFlags).toBe(1);
  });

  it('GIVEN a coordinator WHEN they record a placement from a vacancy THEN the offer carries its wage and place; audited about the person', async () => {
    const response = await call(coordinator, 'POST', '/api/contracts', {
      partnershipId,
      candidateId: personId,
      vacancyId,
    });
    expect(response.statusCode).toBe(201);
    contract = response.json().contract;
    expect(contract.employerId).toBe(employerId);
    expect(contract.versions.offer?.terms.wage).not.toBeNull();
    const audits = await demo.handle.db
      .select({ action: auditEvent.action, subject: auditEvent.subjectUserId })
      .from(auditEvent)
      .where(eq(auditEvent.entityId, contract.id));
    expect(audits).toEqual([{ action: 'contract.create', subject: person.userId }]);
  });

  it('GIVEN the person WHEN they try to state the signed contract THEN 403; an unknown contract is 404', async () => {
    const offer = contract.versions.offer!;
    const denied = await call(person, 'PUT', `/api/contracts/${contract.id}/versions/signed`, {
      ...offer,
      statedOn: '2026-10-01',
    });
    expect(denied.statusCode).toBe(403);
    const missing = await call(
      coordinator,
      'GET',
      '/api/contracts/00000000-0000-4000-8000-000000000999',
    );
    expect(missing.statusCode).toBe(404);
  });

  it('GIVEN a signed contract as offered WHEN the person reports a wage 20 % lower THEN possible substitution, with both versions', async () => {
    const terms = { ...(contract.versions.offer!.terms as object), hoursPerWeek: 38 };
    const signed = await call(coordinator, 'PUT', `/api/contracts/${contract.id}/versions/signed`, {
      terms,
      statedOn: '2026-10-01',
    });
    expect(signed.statusCode).toBe(200);
    expect(signed.json().contract.substitution).toBe(false);
    const wage = contract.versions.offer!.terms.wage!;
    const actual = await call(person, 'PUT', `/api/contracts/${contract.id}/versions/actual`, {
      terms: { ...terms, wage: { ...wage, amount: wage.amount * 0.8 } },
      statedOn: '2026-11-15',
    });
    expect(actual.statusCode).toBe(200);
    contract = actual.json().contract;
    expect(contract.substitution).toBe(true);
    expect(contract.versions.signed).not.toBeNull();
    expect(contract.versions.actual?.terms.wage?.amount).toBeCloseTo(wage.amount * 0.8);
    expect(
      contract.comparisons.filter((c) => c.substitution).map((c) => `${c.from}→${c.to}`),
    ).toEqual(['offer→actual', 'signed→actual']);
  });

  it('GIVEN a bad cost THEN 400 naming the field and nothing is stored', async () => {
    const response = await call(person, 'POST', '/api/recruitment-costs', {
      contractId: contract.id,
      kind: 'bribe',
      amount: -5,
      currency: 'EUR',
      paidBy: 'worker',
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['body.kind', 'body.amount']));
    const costs = await call(person, 'GET', `/api/recruitment-costs?contractId=${contract.id}`);
    expect(costs.json().costs).toEqual([]);
  });

  it('GIVEN the person records a fee they paid and the employer its travel THEN the report gives SDG 10.7.1 and flags the fee', async () => {
    const wage = contract.versions.signed!.terms.wage!;
    const fee = await call(person, 'POST', '/api/recruitment-costs', {
      contractId: contract.id,
      kind: 'recruitment_fee',
      amount: wage.amount / 2,
      currency: wage.currency,
      paidBy: 'worker',
      paidOn: '2026-09-01',
    });
    expect(fee.statusCode).toBe(201);
    expect(fee.json().cost.employerShouldPay).toBe(true);
    const travel = await call(coordinator, 'POST', '/api/recruitment-costs', {
      contractId: contract.id,
      kind: 'travel',
      amount: 300,
      currency: 'EUR',
      paidBy: 'employer',
    });
    expect(travel.statusCode).toBe(201);
    const report = await call(coordinator, 'GET', `/api/fair-recruitment/${partnershipId}/report`);
    expect(report.statusCode).toBe(200);
    const body = report.json();
    const line = body.people.find((p: { candidateId: string }) => p.candidateId === personId);
    expect(line.ratio).toBeCloseTo(0.5);
    expect(line.employerPaysFlags).toHaveLength(1);
    expect(body.overall.shareWhoPaid).toBeGreaterThan(0);
    expect(body.substitutionFlags).toBeGreaterThanOrEqual(1);
    expect(body.overall.suppressed).toBe(false);
    // An analyst of a party sees the figures, not the people behind them, and no count under
    // the threshold: each figure is the coordinator's, or null where its group is too small.
    const aggregate = (
      await call(analyst, 'GET', `/api/fair-recruitment/${partnershipId}/report`)
    ).json();
    const threshold = aggregate.smallCountThreshold;
    expect(threshold).toBe(5);
    type Group = Record<string, number | null | boolean | string>;
    const withheld = (full: Group) => {
      const small = (n: unknown) => typeof n === 'number' && n < threshold;
      const shown: Group = {
        ...full,
        ...(small(full.people) ? { people: null, shareWhoPaid: null } : {}),
        ...(small(full.computed) ? { computed: null, median: null, mean: null } : {}),
        ...(small(full.peopleWithEmployerPaysFlags) ? { peopleWithEmployerPaysFlags: null } : {}),
      };
      return { ...shown, suppressed: Object.keys(full).some((k) => shown[k] !== full[k]) };
    };
    expect(aggregate.overall).toEqual(withheld(body.overall));
    expect(aggregate.byCohort).toEqual(body.byCohort.map(withheld));
    // Here every group has at least 5 people and 5 flags, so nothing is withheld; the small
    // side is checked on the presenter (small-count-suppression.test.ts).
    expect(aggregate.overall.suppressed).toBe(false);
    expect(aggregate.people).toBeNull();
    // A candidate is not told the partnership's figures exist.
    expect(
      (await call(person, 'GET', `/api/fair-recruitment/${partnershipId}/report`)).statusCode,
    ).toBe(404);
  });

  it('GIVEN a stricter rule set WHEN the employer tries to set it THEN 403; the coordinator sets it, audited', async () => {
    const rules = {
      employerPays: ['recruitment_fee'],
      tolerances: {
        wageDropPercent: 2,
        hoursRisePercent: 5,
        occupationMustMatch: true,
        placeMustMatch: true,
      },
    };
    const url = `/api/fair-recruitment/${partnershipId}/rules`;
    expect([403, 404]).toContain((await call(employer, 'PUT', url, rules)).statusCode);
    const set = await call(coordinator, 'PUT', url, rules);
    expect(set.statusCode).toBe(200);
    expect((await call(coordinator, 'GET', url)).json()).toEqual({ rules, isDefault: false });
  });

  it('GIVEN the compliance page THEN the employer has the substitution flag, the fee charged and the grievance upheld against it', async () => {
    const grievanceRow = (id: string, resolvedAt: Date | null) => ({
      id,
      receiptHash: `hash-${id}`,
      filerKind: 'self' as const,
      topic: 'wages' as const,
      concernedOrganisationId: employerId,
      partnershipId,
      country: 'BE',
      status: resolvedAt ? ('resolved' as const) : ('acknowledged' as const),
      resolvedAt,
      narrativeCipher: 'cipher',
      keyId: 'k1',
      filedAt: demo.clock.now,
      updatedAt: demo.clock.now,
    });
    const employerRecord = async () => {
      const response = await call(coordinator, 'GET', `/api/compliance/${partnershipId}`);
      expect(response.statusCode).toBe(200);
      return response
        .json()
        .records.find(
          (r: { organisationId: string; role: string }) =>
            r.organisationId === employerId && r.role === 'employer',
        );
    };
    // The demo's own grievances may already hold some against this employer.
    const upheldBefore = (await employerRecord()).grievancesUpheld as number;
    // One resolved with a remedy (upheld), one still open (not counted).
    await demo.handle.db
      .insert(grievance)
      .values([
        grievanceRow('00000000-0000-4000-8000-0000000000e1', demo.clock.now),
        grievanceRow('00000000-0000-4000-8000-0000000000e2', null),
      ]);
    const record = await employerRecord();
    expect(record.suspension).toBeNull();
    expect(record.substitutionFlags).toBeGreaterThanOrEqual(1);
    expect(record.feesChargedToWorkers).toBeGreaterThanOrEqual(1);
    expect(record.grievancesUpheld).toBe(upheldBefore + 1);
  });

  it('GIVEN the coordinator suspends the employer THEN its vacancy leaves matching and the cohort at once; audited with the reason; lifting brings it back', async () => {
    const shortlist = () =>
      call(coordinator, 'GET', `/api/matching/openings/${vacancyId}/candidates?limit=5`);
    const before = await shortlist();
    expect(before.statusCode).toBe(200);
    // The vacancy's best candidate: the vacancy is among their matches before the suspension.
    const best = before.json().matches[0].candidate.id as string;
    const matchesOfBest = async () => {
      const response = await call(
        coordinator,
        'GET',
        `/api/matching/candidates/${best}/openings?limit=50`,
      );
      expect(response.statusCode).toBe(200);
      return response.json().matches.map((m: { opening: { id: string } }) => m.opening.id);
    };
    expect(await matchesOfBest()).toContain(vacancyId);
    const cohortVacancies = async () =>
      (
        await loadCohortRows(
          demo.handle.db,
          await requirePartnership(demo.handle.db, partnershipId),
        )
      ).vacancies.map((v) => v.id);
    expect(await cohortVacancies()).toContain(vacancyId);

    const bad = await call(coordinator, 'POST', `/api/compliance/${partnershipId}/suspensions`, {
      organisationId: employerId,
      role: 'employer',
      reason: '',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toBe('body.reason');
    const denied = await call(employer, 'POST', `/api/compliance/${partnershipId}/suspensions`, {
      organisationId: employerId,
      role: 'employer',
      reason: 'trying',
    });
    expect([403, 404]).toContain(denied.statusCode);

    const suspended = await call(
      coordinator,
      'POST',
      `/api/compliance/${partnershipId}/suspensions`,
      {
        organisationId: employerId,
        role: 'employer',
        reason: 'Wages cut below the signed contract',
      },
    );
    expect(suspended.statusCode).toBe(201);
    const suspension = suspended.json().suspension;
    expect((await shortlist()).statusCode).toBe(404);
    expect(await matchesOfBest()).not.toContain(vacancyId);
    expect(await cohortVacancies()).not.toContain(vacancyId);
    const again = await call(coordinator, 'POST', `/api/compliance/${partnershipId}/suspensions`, {
      organisationId: employerId,
      role: 'employer',
      reason: 'twice',
    });
    expect(again.statusCode).toBe(409);
    const [audit] = await demo.handle.db
      .select({ detail: auditEvent.detail })
      .from(auditEvent)
      .where(
        and(eq(auditEvent.entityId, suspension.id), eq(auditEvent.action, 'compliance.suspend')),
      );
    expect(audit?.detail).toMatchObject({ reason: 'Wages cut below the signed contract' });

    const lifted = await call(
      coordinator,
      'POST',
      `/api/compliance/${partnershipId}/suspensions/${suspension.id}/lift`,
      { reason: 'Back pay settled' },
    );
    expect(lifted.statusCode).toBe(200);
    expect((await shortlist()).statusCode).toBe(200);
    expect(await cohortVacancies()).toContain(vacancyId);
  });

  it('GIVEN the person THEN they list their own contract and no one else’s', async () => {
    const mine = (await call(person, 'GET', '/api/contracts')).json().contracts as Contract[];
    expect(mine.map((c) => c.id)).toEqual([contract.id]);
    const all = (await call(person, 'GET', `/api/contracts?partnershipId=${partnershipId}`)).json()
      .contracts as Contract[];
    expect(all.map((c) => c.id)).toEqual([contract.id]);
  });
});

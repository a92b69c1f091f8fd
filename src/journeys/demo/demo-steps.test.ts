import { describe, expect, it } from 'vitest';
import { checkInViolations } from '../arrival.js';
import { inWorkViolations } from '../in-work.js';
import { planViolations, returnViolations } from '../return.js';
import { STAGES } from '../stages.js';
import { permitViolations } from '../visa.js';
import { demoOrientationModules } from './orientation-text.js';
import { demoSteps } from './demo-steps.js';
import { moduleViolations } from '../orientation.js';

const today = '2026-11-21';
const SKILL = 'http://data.europa.eu/esco/skill/00000000-0000-4000-8000-0000000000c1';

describe('the demo steps', () => {
  it('GIVEN a journey at any stage THEN its demo steps obey the rules the API enforces', () => {
    let checked = 0;
    for (const stage of STAGES) {
      for (let index = 0; index < 6; index++) {
        const steps = demoSteps(
          { id: 'j', stage, stageSince: '2026-06-01', destination: 'BE' },
          index,
          today,
        );
        for (const p of steps.permits) expect(permitViolations(p)).toEqual([]);
        for (const r of steps.inWork)
          expect(
            inWorkViolations({ ...r, skills: r.kind === 'certification' ? [SKILL] : r.skills }),
          ).toEqual([]);
        if (steps.returnDates) expect(returnViolations(steps.returnDates, today)).toEqual([]);
        if (steps.plan)
          expect(planViolations(steps.plan, steps.returnDates?.returnedOn ?? null)).toEqual([]);
        steps.checkIns.forEach((c, i) => {
          const arrivedOn = stage === 'arrived' ? '2026-06-01' : '2026-02-21';
          expect(
            checkInViolations(
              c.day,
              arrivedOn,
              steps.checkIns.slice(0, i).map((x) => x.day),
              today,
            ),
          ).toEqual([]);
        });
        checked += steps.permits.length + steps.inWork.length + steps.checkIns.length;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('gives nothing before the visa stage, and everything to the reintegrated', () => {
    expect(
      demoSteps(
        { id: 'j', stage: 'certified', stageSince: '2026-06-01', destination: 'BE' },
        0,
        today,
      ).permits,
    ).toEqual([]);
    const done = demoSteps(
      { id: 'j', stage: 'reintegrated', stageSince: '2026-06-01', destination: 'BE' },
      0,
      today,
    );
    expect(done.plan?.pathway).toBe('job');
    expect(done.returnDates?.returnedOn).toBe('2026-03-03');
    expect(done.arrivalItems).toHaveLength(6);
  });

  it('writes valid orientation modules for every demo destination in the three languages', () => {
    for (const destination of ['BE', 'LT', 'IT']) {
      const modules = demoOrientationModules({ origin: 'MA', destination });
      expect(modules).toHaveLength(18);
      for (const m of modules)
        expect(moduleViolations(m), `${destination} ${m.topic} ${m.language}`).toEqual([]);
    }
    expect(demoOrientationModules({ origin: 'MR', destination: 'SN' })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { submittedCase, takeStep, type CaseState } from './case-workflow.js';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const decided = (): CaseState =>
  takeStep(
    takeStep(submittedCase(day(0)), { step: 'start_review' }, day(1)),
    { step: 'decide', outcome: 'partial', reasons: 'gaps' },
    day(10),
  );

describe('recognition case workflow', () => {
  it('GIVEN a submission THEN a decision is due in 90 days', () => {
    expect(submittedCase(day(0))).toMatchObject({ status: 'submitted', dueAt: day(90) });
  });

  it('GIVEN a decision THEN the applicant may appeal for 30 days', () => {
    expect(decided()).toMatchObject({
      status: 'decided',
      outcome: 'partial',
      dueAt: null,
      appealDeadline: day(40),
    });
  });

  it('GIVEN an appeal in time THEN the appeal is due in 60 days, then decided for good', () => {
    const appealed = takeStep(
      decided(),
      { step: 'appeal', grounds: 'experience ignored' },
      day(20),
    );
    expect(appealed).toMatchObject({ status: 'appealed', dueAt: day(80) });
    const final = takeStep(
      appealed,
      { step: 'decide_appeal', outcome: 'recognised', reasons: 'experience counted' },
      day(30),
    );
    expect(final).toMatchObject({ status: 'appeal_decided', outcome: 'recognised', dueAt: null });
  });

  it('GIVEN a late appeal THEN it is refused with a stable code', () => {
    expect(() => takeStep(decided(), { step: 'appeal', grounds: 'late' }, day(41))).toThrow(
      expect.objectContaining({ code: 'recognition.appeal_window_closed' }),
    );
  });

  it.each([
    [
      'decide before review',
      submittedCase(day(0)),
      { step: 'decide', outcome: 'recognised', reasons: '' } as const,
    ],
    ['appeal before a decision', submittedCase(day(0)), { step: 'appeal', grounds: '' } as const],
    [
      'review twice',
      takeStep(submittedCase(day(0)), { step: 'start_review' }, day(1)),
      { step: 'start_review' } as const,
    ],
  ])('refuses to %s', (_, state, step) => {
    expect(() => takeStep(state, step, day(2))).toThrow(
      expect.objectContaining({ code: 'recognition.case_step_not_allowed', kind: 'conflict' }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInSchedule, checkInViolations, checklistState } from './arrival.js';
import { inWorkViolations, skillEvidenceOf } from './in-work.js';
import { followUpSchedule, followUpViolations, returnViolations } from './return.js';
import { ARRIVAL_ITEMS } from './step-vocabulary.js';
import { dueReminders, permitViolations, type PermitApplication } from './visa.js';

const pending: PermitApplication = {
  kind: 'work_permit',
  authority: 'Immigration office',
  appliedOn: '2026-03-01',
  dueOn: '2026-04-01',
  outcome: 'pending',
  decidedOn: null,
  validFrom: null,
  validUntil: null,
};
const granted: PermitApplication = {
  ...pending,
  dueOn: null,
  outcome: 'granted',
  decidedOn: '2026-03-20',
  validFrom: '2026-04-01',
  validUntil: '2027-03-31',
};

describe('visa and permit applications', () => {
  it.each([
    ['a pending application', pending, []],
    ['a granted permit with its validity', granted, []],
    ['a decision before the application', { ...granted, decidedOn: '2026-02-01' }, ['decidedOn']],
    ['a granted permit without validity', { ...granted, validUntil: null }, ['validUntil']],
    ['a refusal without its date', { ...pending, outcome: 'refused' as const }, ['decidedOn']],
    [
      'a pending application with a decision date',
      { ...pending, decidedOn: '2026-03-10' },
      ['decidedOn'],
    ],
    ['validity ending before it starts', { ...granted, validUntil: '2026-03-01' }, ['validUntil']],
    [
      'a refused permit with a validity',
      { ...granted, outcome: 'refused' as const },
      ['validFrom'],
    ],
  ])('%s', (_, application, fields) => {
    expect(permitViolations(application).map((v) => v.field)).toEqual(fields);
  });
});

describe('permit deadline reminders', () => {
  const apps = [
    { ...granted, id: 'g' },
    { ...pending, id: 'p' },
  ];
  it.each([
    ['2027-01-01', []],
    ['2027-01-30', ['g/expiry:60']],
    ['2027-03-01', ['g/expiry:30']],
    ['2027-03-25', ['g/expiry:7']],
    ['2027-04-01', []],
  ])('GIVEN a permit valid until 2027-03-31 ON %s THEN %j', (today, keys) => {
    expect(
      dueReminders([apps[0]!], new Set(), today).map((r) => `${r.applicationId}/${r.key}`),
    ).toEqual(keys);
  });

  it('GIVEN a pending application due on 2026-04-01 THEN reminds 14 then 3 days before, once each', () => {
    expect(dueReminders([apps[1]!], new Set(), '2026-03-18').map((r) => r.key)).toEqual(['due:14']);
    expect(dueReminders([apps[1]!], new Set(['p/due:14']), '2026-03-20')).toEqual([]);
    expect(dueReminders([apps[1]!], new Set(['p/due:14']), '2026-03-29').map((r) => r.key)).toEqual(
      ['due:3'],
    );
  });

  it('never reminds twice of the same threshold, whatever the days the job runs on (property)', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { maxLength: 40 }),
        (offsets) => {
          const sent = new Set<string>();
          const days = [...offsets].sort((a, b) => a - b);
          for (const offset of days) {
            const today = new Date(Date.UTC(2026, 11, 1 + offset)).toISOString().slice(0, 10);
            for (const r of dueReminders([apps[0]!], sent, today)) {
              const key = `${r.applicationId}/${r.key}`;
              if (sent.has(key)) return false;
              sent.add(key);
              checked++;
            }
          }
          return sent.size <= 3;
        },
      ),
    );
    expect(checked).toBeGreaterThan(0);
  });
});

describe('arrival', () => {
  it('GIVEN every item ticked THEN the checklist is complete on the last date', () => {
    const ticked = ARRIVAL_ITEMS.map((item, i) => ({ item, doneOn: `2026-05-0${i + 1}` }));
    expect(checklistState(ticked).completedOn).toBe('2026-05-06');
    expect(checklistState(ticked.slice(1)).completedOn).toBeNull();
  });

  it('GIVEN an arrival on 2026-05-01 THEN check-ins are due on day 30 and 90, open a week before', () => {
    const schedule = checkInSchedule('2026-05-01', [], '2026-05-24');
    expect(schedule.map((c) => [c.day, c.dueOn, c.open])).toEqual([
      [30, '2026-05-31', true],
      [90, '2026-07-30', false],
    ]);
  });

  it.each([
    [30, null, [], '2026-06-01', 'arrival.check_in_not_open'],
    [30, '2026-05-01', [], '2026-05-10', 'arrival.check_in_not_open'],
    [30, '2026-05-01', [30], '2026-06-01', 'arrival.check_in_answered'],
    [45, '2026-05-01', [], '2026-06-20', 'arrival.check_in_not_open'],
    [30, '2026-05-01', [], '2026-05-24', undefined],
  ] as const)(
    'day %i, arrived %s, answered %j, on %s → %s',
    (day, arrivedOn, answered, today, code) => {
      expect(checkInViolations(day, arrivedOn, answered, today)[0]?.code).toBe(code);
    },
  );
});

describe('in work abroad', () => {
  const skill = 'http://data.europa.eu/esco/skill/0a1b2c3d-0000-4000-8000-000000000001';
  it('refuses a certification without skills or evidence and a contract change without changes', () => {
    const base = { title: 't', on: '2026-06-01', skills: [], evidence: '', changes: [] };
    expect(inWorkViolations({ ...base, kind: 'certification' }).map((v) => v.field)).toEqual([
      'skills',
      'evidence',
    ]);
    expect(inWorkViolations({ ...base, kind: 'contract_change' }).map((v) => v.field)).toEqual([
      'changes',
    ]);
    expect(
      inWorkViolations({ ...base, kind: 'upskilling', skills: ['java'], evidence: 'x' }).map(
        (v) => v.field,
      ),
    ).toEqual(['skills.0']);
  });
  it('counts a certification as certified and training at work as assessed, the strongest winning', () => {
    expect(
      skillEvidenceOf([
        { kind: 'upskilling', skills: [skill] },
        { kind: 'certification', skills: [skill] },
        { kind: 'upskilling', skills: [skill] },
      ]),
    ).toEqual([{ skillUri: skill, evidence: 'certified' }]);
  });
});

describe('return and reintegration', () => {
  it('refuses an actual return in the future and a return without any date', () => {
    expect(
      returnViolations({ plannedOn: null, returnedOn: '2026-12-01' }, '2026-11-21')[0]?.field,
    ).toBe('returnedOn');
    expect(returnViolations({ plannedOn: null, returnedOn: null }, '2026-11-21')[0]?.field).toBe(
      'plannedOn',
    );
    expect(returnViolations({ plannedOn: '2027-06-01', returnedOn: null }, '2026-11-21')).toEqual(
      [],
    );
  });
  it('schedules follow-ups at 3, 6 and 12 months, the end of a shorter month when needed', () => {
    expect(followUpSchedule('2026-08-31', []).map((f) => f.dueOn)).toEqual([
      '2026-11-30',
      '2027-02-28',
      '2027-08-31',
    ]);
  });
  it('opens a follow-up a month before its date, once', () => {
    expect(followUpViolations(3, '2026-08-31', [], '2026-11-01')[0]?.field).toBeUndefined();
    expect(followUpViolations(3, '2026-08-31', [], '2026-09-15')[0]?.field).toBe('month');
    expect(followUpViolations(3, '2026-08-31', [3], '2026-12-01')[0]?.code).toBe(
      'reintegration.follow_up_recorded',
    );
    expect(followUpViolations(4, '2026-08-31', [], '2026-12-01')[0]?.field).toBe('month');
  });
});

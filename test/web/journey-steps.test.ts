import { describe, expect, it } from 'vitest';
import * as vocabulary from '../../src/journeys/step-vocabulary.js';
import type { JourneyEvent, Stage } from '../../web/src/journeys/journeys-api.js';
import * as steps from '../../web/src/journeys/steps-api.js';

const empty = (stage: Stage): steps.JourneySteps => ({
  journeyId: 'j',
  stage,
  corridor: { origin: 'MA', destination: 'BE' },
  permits: [],
  arrival: { arrivedOn: null, checklist: { items: [], completedOn: null }, checkIns: [] },
  inWork: [],
  return: { plannedOn: null, returnedOn: null, plan: null, homeTrackSearch: null },
});

describe('the steps the journey page shows', () => {
  it('the UI names exactly the server’s step vocabularies', () => {
    expect([...steps.PERMIT_KINDS]).toEqual([...vocabulary.PERMIT_KINDS]);
    expect([...steps.PERMIT_OUTCOMES]).toEqual([...vocabulary.PERMIT_OUTCOMES]);
    expect([...steps.ARRIVAL_ITEMS]).toEqual([...vocabulary.ARRIVAL_ITEMS]);
    expect([...steps.CHECK_IN_DAYS]).toEqual([...vocabulary.CHECK_IN_DAYS]);
    expect([...steps.IN_WORK_KINDS]).toEqual([...vocabulary.IN_WORK_KINDS]);
    expect([...steps.REINTEGRATION_PATHWAYS]).toEqual([...vocabulary.REINTEGRATION_PATHWAYS]);
    expect([...steps.FOLLOW_UP_STATUSES]).toEqual([...vocabulary.FOLLOW_UP_STATUSES]);
  });

  it.each<[Stage, steps.StepSection[]]>([
    ['selected', []],
    ['certified', []],
    ['pre_departure', ['permits']],
    ['departed', ['permits']],
    ['arrived', ['permits', 'arrival']],
    ['employed_abroad', ['permits', 'arrival', 'inWork']],
    ['contract_ended', ['permits', 'arrival', 'inWork', 'return']],
    ['reintegrated', ['permits', 'arrival', 'inWork', 'return']],
    ['employed_home', []],
  ])('GIVEN nothing recorded at “%s” THEN the sections from their stage on: %j', (stage, shown) => {
    expect(steps.sectionsShown(empty(stage))).toEqual(shown);
  });

  it('GIVEN something recorded before its stage THEN its section shows already', () => {
    const early = empty('certified');
    early.return.plannedOn = '2027-06-01';
    early.inWork = [
      {
        id: 'w',
        kind: 'upskilling',
        title: 'Course',
        on: '2026-01-01',
        skills: [],
        evidence: '',
        changes: [],
        recordedAt: '2026-01-01T00:00:00Z',
      },
    ];
    expect(steps.sectionsShown(early)).toEqual(['inWork', 'return']);
  });
});

describe('the returnee’s home-track search', () => {
  const search: steps.HomeTrackSearch = {
    operationId: 'matchCandidateOpenings',
    candidateId: 'c-1',
    country: 'MA',
    track: 'home',
    partnershipId: 'p-1',
  };

  it('asks the person’s own route for the person, the candidate’s route for others, with the same query', () => {
    const own = new URL(steps.homeTrackPath(search, true), 'http://x');
    const theirs = new URL(steps.homeTrackPath(search, false), 'http://x');
    expect(own.pathname).toBe('/api/matching/me/openings');
    expect(theirs.pathname).toBe('/api/matching/candidates/c-1/openings');
    expect(own.search).toBe(theirs.search);
    expect(Object.fromEntries(own.searchParams)).toEqual({
      country: 'MA',
      track: 'home',
      partnershipId: 'p-1',
      limit: String(steps.HOME_MATCHES_SHOWN),
      offset: '0',
    });
  });

  it('links to the matching page with the filters that page reads', () => {
    expect(steps.homeTrackPage(search, true)).toBe(
      '/matching/me?country=MA&track=home&partnership=p-1',
    );
    expect(steps.homeTrackPage(search, false)).toBe(
      '/matching/candidates/c-1?country=MA&track=home&partnership=p-1',
    );
  });
});

describe('corrections in the timeline', () => {
  const event = (seq: number, correctsSeq: number | null): JourneyEvent => ({
    seq,
    occurredOn: '2026-01-01',
    actor: { userId: null, as: 'coordinator' },
    body: { type: 'advanced', from: 'selected', to: 'in_training' },
    evidence: [],
    note: '',
    correctsSeq,
    recordedAt: '2026-01-01T00:00:00Z',
  });

  it('GIVEN an event corrected twice THEN the latest correction is the one named; originals uncorrected are not', () => {
    const corrected = steps.correctionsOf([
      event(1, null),
      event(2, null),
      event(3, 2),
      event(4, 2),
    ]);
    expect([...corrected.keys()]).toEqual([2]);
    expect(corrected.get(2)?.seq).toBe(4);
  });
});

describe('the permit dates the deadlines card lists', () => {
  const permit = (id: string, over: Partial<steps.Permit>): steps.Permit => ({
    id,
    kind: 'work_permit',
    authority: 'Office',
    appliedOn: '2026-01-05',
    dueOn: null,
    outcome: 'pending',
    decidedOn: null,
    validFrom: null,
    validUntil: null,
    updatedAt: '2026-01-05T10:00:00.000Z',
    ...over,
  });

  it('GIVEN a pending application with its expected decision, a granted permit, a refused one and a pending one without a date THEN the decision and the expiry are listed, soonest first', () => {
    const listed = steps.permitDeadlines([
      permit('granted', {
        kind: 'residence_permit',
        outcome: 'granted',
        decidedOn: '2026-02-01',
        validFrom: '2026-02-01',
        validUntil: '2027-01-31',
        // A due date left over from before the decision is no longer watched.
        dueOn: '2026-03-01',
      }),
      permit('pending', { kind: 'visa', dueOn: '2026-04-10' }),
      permit('refused', { outcome: 'refused', decidedOn: '2026-02-01', dueOn: '2026-02-20' }),
      permit('undated', {}),
    ]);
    expect(listed).toEqual([
      { id: 'pending', kind: 'permitDue', due: '2026-04-10', permit: 'visa' },
      { id: 'granted', kind: 'permitExpiry', due: '2027-01-31', permit: 'residence_permit' },
    ]);
  });
});

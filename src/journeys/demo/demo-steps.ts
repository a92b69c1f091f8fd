import { addDays, addMonths } from '../arrival.js';
import type { InWorkDraft } from '../in-work.js';
import type { Stage } from '../stages.js';
import { STAGES } from '../stages.js';
import { ARRIVAL_ITEMS, type ArrivalItem } from '../step-vocabulary.js';
import type { PermitApplication } from '../visa.js';

/** A demo journey as the step generator sees it: where it is and since when. */
export interface DemoJourney {
  id: string;
  stage: Stage;
  stageSince: string;
  destination: string | null;
}

/** The step rows of one demo journey (pure: dates come from the journey and `today`). */
export interface DemoSteps {
  permits: PermitApplication[];
  arrivalItems: { item: ArrivalItem; doneOn: string }[];
  checkIns: { day: number; score: number; answer: string }[];
  inWork: InWorkDraft[];
  returnDates: { plannedOn: string | null; returnedOn: string | null } | null;
  plan: { pathway: 'job' | 'business' | 'further_study'; goal: string; startsOn: string } | null;
  followUps: {
    month: number;
    status: 'on_track' | 'needs_support';
    note: string;
    recordedOn: string;
  }[];
}

const at = (stage: Stage) => STAGES.indexOf(stage);
const reached = (j: DemoJourney, stage: Stage) =>
  at(j.stage) >= at(stage) && at(j.stage) <= at('reintegrated');

const AUTHORITY: Record<string, string> = {
  BE: 'Immigration Office (Belgium) and the regional employment service',
  LT: 'Migration Department (Lithuania)',
  IT: 'Prefecture immigration desk (Italy)',
};

/** A short English answer at a check-in, in the person's voice. */
const ANSWERS = [
  [4, 'Settling in well. The team is helpful; the language course is hard but useful.'],
  [3, 'Work is fine, housing is expensive and far from the office.'],
  [5, 'Very good. I got my first payslip and opened my bank account.'],
] as const;

/**
 * Deterministic demo content for a journey's steps, consistent with its stage: a permit from
 * visa/permit on, the arrival checklist and check-ins once arrived, a certification at work,
 * return dates, and a reintegration plan with a first follow-up for the reintegrated.
 */
export function demoSteps(j: DemoJourney, index: number, today: string): DemoSteps {
  const steps: DemoSteps = {
    permits: [],
    arrivalItems: [],
    checkIns: [],
    inWork: [],
    returnDates: null,
    plan: null,
    followUps: [],
  };
  if (!reached(j, 'visa_permit')) return steps;
  const since = j.stageSince;
  const authority = AUTHORITY[j.destination ?? ''] ?? 'Immigration authority of the destination';
  const departed = reached(j, 'departed');
  // Before departure the stage date is the application; after, go back from the stage date.
  const appliedOn = departed ? addDays(since, -120) : since;
  steps.permits.push({
    kind: 'work_permit',
    authority,
    appliedOn,
    dueOn: departed ? null : addDays(today, 20 + (index % 30)),
    outcome: departed ? 'granted' : 'pending',
    decidedOn: departed ? addDays(appliedOn, 45) : null,
    validFrom: departed ? addDays(appliedOn, 60) : null,
    validUntil: departed ? addDays(appliedOn, 60 + 730) : null,
  });
  if (!reached(j, 'arrived')) return steps;
  const arrivedOn = j.stage === 'arrived' ? since : addDays(since, -100);
  const ticked = reached(j, 'employed_abroad') ? ARRIVAL_ITEMS.length : 2 + (index % 3);
  steps.arrivalItems = ARRIVAL_ITEMS.slice(0, ticked).map((item, i) => ({
    item,
    doneOn: addDays(arrivedOn, i * 3),
  }));
  for (const day of [30, 90]) {
    if (addDays(arrivedOn, day) > today) continue;
    const [score, answer] = ANSWERS[(index + day) % ANSWERS.length] as (typeof ANSWERS)[number];
    steps.checkIns.push({ day, score, answer });
  }
  if (!reached(j, 'employed_abroad')) return steps;
  steps.inWork.push({
    kind: 'certification',
    title: 'Cloud practitioner certificate',
    on: addDays(arrivedOn, 80),
    skills: [],
    evidence: 'Certificate issued by the employer’s training partner',
    changes: [],
  });
  if (index % 2 === 0) {
    steps.inWork.push({
      kind: 'contract_change',
      title: 'Promotion to developer',
      on: addDays(arrivedOn, 95),
      skills: [],
      evidence: 'Amended contract signed by both parties',
      changes: [{ field: 'job title', from: 'junior developer', to: 'developer' }],
    });
  }
  steps.returnDates = { plannedOn: addDays(appliedOn, 60 + 730), returnedOn: null };
  if (!reached(j, 'returned')) return steps;
  const returnedOn = j.stage === 'returned' ? since : addDays(since, -90);
  steps.returnDates = { plannedOn: returnedOn, returnedOn };
  if (!reached(j, 'reintegrated')) return steps;
  const pathways = ['job', 'business', 'further_study'] as const;
  const pathway = pathways[index % 3] as (typeof pathways)[number];
  const startsOn = addDays(returnedOn, 14);
  steps.plan = {
    pathway,
    goal: {
      job: 'A developer post with an ICT firm at home, using the cloud skills gained abroad',
      business: 'A small web agency, with the partnership’s entrepreneurship support',
      further_study: 'A master’s degree in software engineering',
    }[pathway],
    startsOn,
  };
  if (addMonths(startsOn, 3) <= today) {
    steps.followUps.push({
      month: 3,
      status: index % 4 === 0 ? 'needs_support' : 'on_track',
      note: 'First follow-up call',
      recordedOn: addMonths(startsOn, 3),
    });
  }
  return steps;
}

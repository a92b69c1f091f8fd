import { asc } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import type { DemoOrganisation } from '../../demo/organisations.js';
import { demoEmail } from '../../demo/people.js';
import { partnership } from '../../partnerships/partnerships.schema.js';
import { grievanceKeyring } from './grievance-cipher.service.js';
import type { RoutingRule } from './grievance-routing.js';
import { runEscalation, setRoutingRules } from './grievance-routing.store.js';
import { requireGrievance, fileGrievance, type Filer } from './grievance.store.js';
import { takeStep } from './grievance-steps.store.js';
import type { GrievanceTopic, HandlerStep } from './grievance-vocabulary.js';

const DAY = 86_400_000;

/** One demo case: who files it, how long ago, and the steps its handler took since. */
interface DemoCase {
  topic: GrievanceTopic;
  narrative: string;
  country: string;
  concerned: string | null;
  filer: 'anonymous' | 'candidate' | 'representative';
  daysAgo: number;
  steps: { step: HandlerStep; daysAfter: number; note: string | null; disclose?: boolean }[];
}

// Invented stories (no real person): several stages of the process, for the demo's handlers.
const CASES: DemoCase[] = [
  {
    topic: 'documents_withheld',
    narrative: 'The site supervisor keeps our passports in the office and will not give them back.',
    country: 'BE',
    concerned: 'BE.employer.1',
    filer: 'anonymous',
    daysAgo: 2,
    steps: [],
  },
  {
    topic: 'recognition',
    narrative:
      'My diploma was assessed as partial although the module list matches the Belgian one.',
    country: 'BE',
    concerned: null,
    filer: 'candidate',
    daysAgo: 20,
    steps: [
      { step: 'acknowledged', daysAfter: 2, note: null },
      {
        step: 'information_requested',
        daysAfter: 6,
        note: 'Please send the transcript of year 3.',
      },
    ],
  },
  {
    topic: 'recruitment_fees',
    narrative: 'Workers recruited in Casablanca were asked to pay 900 euros for "placement".',
    country: 'MA',
    concerned: null,
    filer: 'representative',
    daysAgo: 45,
    steps: [
      { step: 'acknowledged', daysAfter: 3, note: null },
      { step: 'mediated', daysAfter: 10, note: 'Meeting with the recruiter and the union.' },
      {
        step: 'resolved',
        daysAfter: 30,
        note: 'The recruiter refunds the fees to the eleven workers concerned.',
        disclose: true,
      },
    ],
  },
  {
    topic: 'wages',
    narrative: 'Overtime on Saturdays has not been paid for two months.',
    country: 'BE',
    concerned: 'BE.employer.1',
    filer: 'anonymous',
    daysAgo: 14,
    steps: [],
  },
  {
    topic: 'living_conditions',
    narrative: 'Six people share one room in the accommodation provided with the job.',
    country: 'BE',
    concerned: 'BE.employer.1',
    filer: 'anonymous',
    daysAgo: 70,
    steps: [
      { step: 'acknowledged', daysAfter: 1, note: null },
      { step: 'disclosed', daysAfter: 4, note: 'An inspection of the accommodation is planned.' },
      { step: 'resolved', daysAfter: 25, note: 'Two further flats rented; three people per room.' },
      { step: 'closed', daysAfter: 40, note: null },
    ],
  },
];

/** Routing rules of the Morocco–Belgium partnership, as data. */
function demoRules(orgId: (key: string) => string): RoutingRule[] {
  const base: Omit<RoutingRule, 'bodies'> = {
    topics: [],
    countries: [],
    organisationIds: [],
    corridor: null,
    acknowledgeWorkingDays: 5,
    resolveDays: 30,
  };
  return [
    {
      ...base,
      topics: [
        'recruitment_fees',
        'contract_terms',
        'wages',
        'working_conditions',
        'living_conditions',
        'documents_withheld',
      ],
      countries: ['BE'],
      bodies: [
        { kind: 'coordinator', organisationId: orgId('BE.development_agency') },
        { kind: 'labour_inspectorate', organisationId: orgId('BE.ministry') },
        { kind: 'consular_service', organisationId: orgId('MA.ministry') },
      ],
    },
    {
      ...base,
      topics: ['recognition', 'training'],
      bodies: [
        { kind: 'recognition_body', organisationId: orgId('BE.recognition') },
        { kind: 'coordinator', organisationId: orgId('BE.development_agency') },
      ],
    },
    {
      ...base,
      corridor: { origin: 'MA', destination: 'BE' },
      bodies: [
        { kind: 'coordinator', organisationId: orgId('BE.development_agency') },
        { kind: 'workers_organisation', organisationId: orgId('BE.union') },
      ],
    },
  ];
}

/**
 * Demo grievances at several stages, with the routing rules of the Morocco–Belgium partnership.
 * Sealed with the published development key (labelled `dev-insecure`): demo data only.
 */
export async function insertDemoGrievances(
  db: Database,
  dataset: { organisations: DemoOrganisation[]; users: { id: string; email: string }[] },
  now: Date,
): Promise<void> {
  const byKey = new Map(dataset.organisations.map((o) => [o.key, o.id]));
  const orgId = (key: string) => {
    const id = byKey.get(key);
    if (!id) throw new Error(`Demo organisation missing for grievances: ${key}`);
    return id;
  };
  const userId = (email: string) => dataset.users.find((u) => u.email === email)?.id ?? null;
  const partnerships = await db
    .select({ id: partnership.id, corridors: partnership.corridors })
    .from(partnership)
    .orderBy(asc(partnership.title));
  const maBe = partnerships.find((p) =>
    p.corridors.some((c) => c.origin === 'MA' && c.destination === 'BE'),
  );
  if (!maBe) return;
  await setRoutingRules(db, maBe.id, demoRules(orgId), { actorUserId: null, now });
  const keyring = grievanceKeyring(undefined);
  const candidate = userId(demoEmail('candidate'));
  const representative = userId(demoEmail('worker_representative'));
  const handler = userId(demoEmail('coordinator'));
  for (const c of CASES) {
    const filedAt = new Date(now.getTime() - c.daysAgo * DAY);
    const filer: Filer =
      c.filer === 'anonymous' || !candidate || !representative
        ? { kind: 'anonymous' }
        : c.filer === 'candidate'
          ? {
              kind: 'self',
              userId: candidate,
              personUserId: candidate,
              representativeOrganisationId: null,
            }
          : {
              kind: 'representative',
              userId: representative,
              personUserId: null,
              representativeOrganisationId: orgId('BE.union'),
            };
    const { id } = await fileGrievance(
      { db, keyring, now: filedAt },
      {
        topic: c.topic,
        narrative: c.narrative,
        country: c.country,
        concernedOrganisationId: c.concerned ? orgId(c.concerned) : null,
        partnershipId: maBe.id,
        occurredFrom: null,
        occurredTo: null,
        attachments: [],
      },
      filer,
    );
    for (const s of c.steps) {
      const g = await requireGrievance(db, id);
      const at = new Date(filedAt.getTime() + s.daysAfter * DAY);
      await takeStep(
        { db, keyring, now: at },
        g,
        { step: s.step, note: s.note, referTo: null, disclose: s.disclose ?? false },
        handler ?? '',
      );
    }
  }
  // The overdue wage case moves on to the labour inspectorate, as the nightly run would.
  await runEscalation(db, keyring, now);
}

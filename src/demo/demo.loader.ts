import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { appUser, auditEvent, membership, organisation } from '../accounts/accounts.schema.js';
import { hashPassword } from '../accounts/password.js';
import { generateDemo, type DemoDataset } from './generate.js';
import { insertDemoPartnerships } from '../partnerships/demo-partnerships.store.js';
import { insertDemoObservations } from '../labour-market/demo-observations.store.js';
import { insertDemoPeople } from '../people/demo/demo-people.store.js';
import { insertDemoJourneys } from '../journeys/demo-journeys.store.js';
import { insertDemoOrientation } from '../journeys/demo/demo-orientation.store.js';
import { insertDemoSteps } from '../journeys/demo/demo-steps.store.js';
import { insertDemoGrievances } from '../protection/grievances/demo-grievances.store.js';
import { insertDemoFairRecruitment } from '../protection/fair-recruitment/demo-fair-recruitment.store.js';
import type { DemoLogin } from './people.js';
import type { DemoScale } from './scale.js';

export type { DemoLogin } from './people.js';

/** What a demo load did. */
export interface DemoLoadReport {
  /** False when the database already held organisations (nothing was written). */
  loaded: boolean;
  organisations: number;
  users: number;
  /** The demo logins whose users exist in the database. */
  logins: DemoLogin[];
}

const BATCH = 1000;

/** Loads the demo dataset into an empty database; returns the demo logins (also when present). */
export async function ensureDemoData(
  db: Database,
  options: { seed: number; scale: DemoScale; now: Date },
): Promise<DemoLogin[]> {
  return (await loadDemoData(db, options)).logins;
}

/** Loads the demo dataset in one transaction when no organisation exists yet, and reports. */
export async function loadDemoData(
  db: Database,
  options: { seed: number; scale: DemoScale; now: Date },
): Promise<DemoLoadReport> {
  const dataset = generateDemo(options);
  let loaded = false;
  if (await isEmpty(db)) {
    const hashes = await hashOncePerPassword(dataset);
    loaded = await db.transaction(async (tx) => {
      // Two replicas starting together: the second waits here, then finds the data present.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('passerelle.demo'))`);
      if (!(await isEmpty(tx))) return false;
      await insertDataset(tx, dataset, hashes, options.now);
      await insertDemoPartnerships(tx, dataset, options.now);
      await insertDemoObservations(tx, dataset, options.now);
      await insertDemoPeople(tx, dataset, options.now);
      await insertDemoJourneys(tx, dataset.seed, options.now);
      await insertDemoOrientation(tx, options.seed, options.now);
      // After the demo journeys: their steps' content follows each journey's stage.
      await insertDemoSteps(tx, options.seed, options.now);
      await insertDemoGrievances(tx, dataset, options.now);
      await insertDemoFairRecruitment(tx, options.now);
      return true;
    });
  }
  return {
    loaded,
    organisations: loaded ? dataset.organisations.length : 0,
    users: loaded ? dataset.users.length : 0,
    logins: await presentLogins(db, dataset.logins),
  };
}

type Writer = Pick<Database, 'insert' | 'select'>;

async function isEmpty(db: Writer): Promise<boolean> {
  const rows = await db.select({ id: organisation.id }).from(organisation).limit(1);
  return rows.length === 0;
}

/** argon2 is slow on purpose (~0.1–0.2 s): demo users of a role share one hash. */
async function hashOncePerPassword(dataset: DemoDataset): Promise<Map<string, string>> {
  const passwords = [...new Set(dataset.users.map((u) => u.password))];
  const hashes = await Promise.all(passwords.map((p) => hashPassword(p)));
  return new Map(passwords.map((p, i) => [p, hashes[i] as string]));
}

async function insertDataset(
  tx: Writer,
  dataset: DemoDataset,
  hashes: Map<string, string>,
  now: Date,
) {
  const organisations = dataset.organisations.map(({ id, name, kind, country, city }) => ({
    id,
    name,
    kind,
    country,
    city,
    createdAt: now,
  }));
  const users = dataset.users.map((u) => ({
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    locale: u.locale,
    passwordHash: hashes.get(u.password) as string,
    createdAt: now,
  }));
  const memberships = dataset.users.flatMap((u) =>
    u.memberships.map((m) => ({ userId: u.id, ...m })),
  );
  const audits = dataset.users.map((u) => ({
    at: now,
    actorUserId: null,
    action: 'user.create',
    entity: 'user',
    entityId: u.id,
    subjectUserId: u.id,
    detail: {
      fields: ['email', 'displayName', 'locale', 'password', 'membership'],
      source: 'demo',
      seed: dataset.seed,
    },
  }));
  for (const batch of chunks(organisations)) await tx.insert(organisation).values(batch);
  for (const batch of chunks(users)) await tx.insert(appUser).values(batch);
  for (const batch of chunks(memberships)) await tx.insert(membership).values(batch);
  for (const batch of chunks(audits)) await tx.insert(auditEvent).values(batch);
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

/** The demo logins whose accounts exist (a real deployment may have deleted them). */
async function presentLogins(db: Database, logins: DemoLogin[]): Promise<DemoLogin[]> {
  const rows = await db
    .select({ email: appUser.email })
    .from(appUser)
    .where(
      inArray(
        appUser.email,
        logins.map((l) => l.email),
      ),
    );
  const present = new Set(rows.map((r) => r.email));
  return logins.filter((l) => present.has(l.email));
}

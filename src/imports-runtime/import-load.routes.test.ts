import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp, type DemoApp, type TestSession } from '../accounts/accounts.test-support.js';
import { testEngines } from '../../test/support/database.js';
import { closeImportPool } from './parse-pool.job.js';

/** A Europass v3 CV of about `bytes` bytes: the same work experience over and over. */
function largeEuropassCv(bytes: number): string {
  const head =
    '<SkillsPassport xmlns="http://europass.cedefop.europa.eu/Europass"><LearnerInfo>' +
    '<Identification><PersonName><FirstName>Amina</FirstName><Surname>Test</Surname>' +
    '</PersonName></Identification><WorkExperienceList>';
  const tail = '</WorkExperienceList></LearnerInfo></SkillsPassport>';
  const experience = (i: number) =>
    `<WorkExperience><Period><From year="2015" month="--03"/><To year="2019" month="--06"/>` +
    `</Period><Position><Label>Registered nurse ${i}</Label></Position><Activities>Wound care ` +
    `and patient education in a surgical ward, night shifts.</Activities><Employer><Name>` +
    `Hospital ${i}</Name></Employer></WorkExperience>`;
  const parts = [head];
  let length = head.length + tail.length;
  for (let i = 0; length < bytes; i++) {
    const part = experience(i);
    parts.push(part);
    length += part.length;
  }
  return parts.join('') + tail;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
};

const PAUSE_MS = 2;
const LATENCY_BOUND_MS = 250;

// The event loop is what is measured here, not the database: one engine is enough.
const engine = testEngines()[0]!;

describe(`imports under load on ${engine.name} (security review finding 10)`, () => {
  let demo: DemoApp;
  let candidate: TestSession;

  beforeAll(async () => {
    demo = await startDemoApp(engine);
    candidate = await demo.loginAs('candidate');
  }, 180_000);
  afterAll(async () => {
    await demo.close();
    await closeImportPool();
  });

  const importCv = (content: string) =>
    demo.app.inject({
      method: 'POST',
      url: '/api/candidates/me/import',
      headers: candidate.headers,
      payload: { format: 'europass_xml', content, dryRun: true },
    });
  /**
   * One health check a few milliseconds from now, timed from when it was due: a blocked event
   * loop delays the timer, and that delay counts (as it would for a client waiting on a socket).
   */
  const health = async () => {
    const due = performance.now() + PAUSE_MS;
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    const response = await demo.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    return performance.now() - due;
  };

  it('GIVEN four 1 MiB Europass CVs imported at once THEN /api/health p99 stays within bound (100 ms on a quiet machine)', async () => {
    expect((await importCv(largeEuropassCv(4_000))).statusCode).toBe(200); // threads started
    const cv = largeEuropassCv(1024 * 1024);
    let pending = 4;
    const imports = Promise.all(
      Array.from({ length: 4 }, () =>
        importCv(cv).finally(() => {
          pending--;
        }),
      ),
    );
    const latencies: number[] = [];
    while (pending > 0) latencies.push(await health());
    const responses = await imports;
    expect(responses.map((r) => [r.statusCode, r.statusCode === 200 ? '' : r.body])).toEqual(
      Array.from({ length: 4 }, () => [200, '']),
    );
    expect(responses[0]!.json().draft.experience.length).toBeGreaterThan(2_000);
    // The review measured 4.4 s; 100 ms is the goal, met on a quiet machine. The bound leaves
    // room for a 2-core machine shared by other test runs (the old code stalled for seconds).
    expect(percentile(latencies, 99)).toBeLessThan(LATENCY_BOUND_MS);
    expect(latencies.length).toBeGreaterThan(20); // health was asked all along, not only once
  }, 120_000);
});

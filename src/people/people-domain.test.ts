import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateProfileSchema, mergeSkills } from './candidates/candidate-profile.js';
import {
  CONSENT_PURPOSES,
  grantConsent,
  hasConsent,
  withdrawConsent,
  type ConsentRecord,
} from './candidates/consent.js';
import {
  exportCandidatesCsv,
  importCandidatesCsv,
  importProgrammesCsv,
} from './imports/people-csv.js';
import { isDualCertification, programmeProblems, programmeSchema } from './programmes/programme.js';

const SKILL = 'http://data.europa.eu/esco/skill/3cd569a2-4f88-4c1e-9995-8dce8c5e51a7';
const T0 = new Date('2026-01-01T00:00:00Z');
const T1 = new Date('2026-02-01T00:00:00Z');

describe('consent', () => {
  it('GIVEN a grant then a withdrawal THEN consent is gone but the history keeps both times', () => {
    const records = withdrawConsent(
      grantConsent([], 'employer_sharing', T0),
      'employer_sharing',
      T1,
    );
    expect(hasConsent(records, 'employer_sharing')).toBe(false);
    expect(records).toEqual([{ purpose: 'employer_sharing', grantedAt: T0, withdrawnAt: T1 }]);
  });

  it('property: consent for one purpose never changes another purpose', () => {
    const op = fc.record({ purpose: fc.constantFrom(...CONSENT_PURPOSES), grant: fc.boolean() });
    fc.assert(
      fc.property(fc.array(op), op, (history, last) => {
        const before = history.reduce(
          (r, o) => (o.grant ? grantConsent(r, o.purpose, T0) : withdrawConsent(r, o.purpose, T0)),
          [] as ConsentRecord[],
        );
        const after = last.grant
          ? grantConsent(before, last.purpose, T1)
          : withdrawConsent(before, last.purpose, T1);
        for (const p of CONSENT_PURPOSES.filter((q) => q !== last.purpose)) {
          expect(hasConsent(after, p)).toBe(hasConsent(before, p));
        }
        expect(hasConsent(after, last.purpose)).toBe(last.grant);
      }),
    );
  });
});

describe('skills', () => {
  it('GIVEN a certified skill WHEN the person self-declares it again THEN it stays certified', () => {
    const merged = mergeSkills(
      [{ uri: SKILL, evidence: 'certified', source: 'cert' }],
      [{ uri: SKILL, evidence: 'self_declared', source: 'cv' }],
    );
    expect(merged).toEqual([{ uri: SKILL, evidence: 'certified', source: 'cert' }]);
  });
});

describe('CSV', () => {
  const csv = [
    'name,residence_country,nationality,skills,languages,tracks',
    `Awa,SN,SN,${SKILL},wo:native|fr:B2,away`,
    'Bad,Senegal,SN,http://example.org/x,en:Z9,away',
  ].join('\n');

  it('GIVEN candidates CSV THEN good rows are accepted and each bad one is reported with its line', () => {
    const result = importCandidatesCsv(csv);
    expect(result.accepted.map((a) => a.record.name)).toEqual(['Awa']);
    expect(result.rejected.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        'line 3: residenceCountry',
        'line 3: skills.0.uri',
        'line 3: languages.0.listening',
      ]),
    );
  });

  it('GIVEN an export THEN importing it gives the same profiles back', () => {
    const profiles = importCandidatesCsv(csv).accepted.map((a) => a.record);
    const again = importCandidatesCsv(exportCandidatesCsv(profiles)).accepted.map((a) => a.record);
    expect(again.map((p) => [p.name, p.skills.map((s) => s.uri), p.languages])).toEqual(
      profiles.map((p) => [p.name, p.skills.map((s) => s.uri), p.languages]),
    );
  });

  it('GIVEN a file without the required columns THEN it is refused naming them', () => {
    expect(() => importCandidatesCsv('name\nA')).toThrow(/residence_country, nationality/);
  });

  it('GIVEN programme rows THEN modules group under their programme', () => {
    const rows = [
      'programme,provider_id,location,country,seats,start_dates,module,module_skills,module_hours',
      `Care,00000000-0000-4000-8000-000000000001,origin,MA,20,2027-01-10,Hygiene,${SKILL},40`,
      `Care,00000000-0000-4000-8000-000000000001,origin,MA,20,2027-01-10,Language,${SKILL},60`,
    ].join('\n');
    const [programme] = importProgrammesCsv(rows).accepted;
    expect(programme!.record.modules.map((m) => m.title)).toEqual(['Hygiene', 'Language']);
  });
});

describe('programmes', () => {
  const base = programmeSchema.parse({
    title: 'Care assistant',
    providerId: '00000000-0000-4000-8000-000000000001',
    location: 'destination',
    seats: 10,
    modules: [{ title: 'Hygiene', skills: [SKILL], hours: 40 }],
    certification: {
      title: 'Care',
      awardingBodies: [
        { name: 'A', country: 'MA' },
        { name: 'B', country: 'BE' },
      ],
    },
  });
  it('GIVEN bodies in two countries THEN it is dual certification', () => {
    expect(isDualCertification(base)).toBe(true);
  });
  it('GIVEN a programme at destination without a country THEN the rule names the field', () => {
    expect(programmeProblems(base)).toEqual([
      { field: 'country', reason: 'is required for a programme given at destination' },
    ]);
  });
});

it('a profile needs name, residence and nationality', () => {
  expect(candidateProfileSchema.safeParse({ name: 'x' }).success).toBe(false);
});

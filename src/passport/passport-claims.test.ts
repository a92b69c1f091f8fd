import { describe, expect, it } from 'vitest';
import { credentialClaimLines, passportClaims } from './passport-claims.js';
import { passportWords } from './passport-pdf-text.js';

const decision = {
  credentialSubject: {
    id: 'urn:uuid:1',
    recognitionDecision: {
      outcome: 'partial',
      decidedOn: '2026-10-01',
      qualifications: [{ title: 'Diplôme de technicien' }],
      target: { country: 'BE', label: 'Electrician' },
      compensationRequired: [{ kind: 'adaptation_period' }],
      agreementApplied: null,
      licenceRequired: false,
    },
  },
};

const training = {
  credentialSubject: {
    id: 'urn:uuid:2',
    achievement: {
      name: 'Solar installation',
      educationalLevel: 'EQF 4',
      alignment: [{ targetName: 'install solar panels' }, { targetName: 'read plans' }],
      description: 'Module A (20 h)',
    },
    creditsEarned: 120,
  },
};

const assessment = {
  credentialSubject: {
    achievement: { name: 'RPL', alignment: [{ targetName: 'weld' }] },
    result: [{ value: 'demonstrated', alignment: [{ targetName: 'weld' }] }],
    assessment: { method: 'skills_demonstration', evidenceLevel: 'assessed' },
  },
};

describe('claims printed for a credential', () => {
  it.each([
    [
      'a recognition decision',
      decision,
      [
        ['outcome', 'partial'],
        ['target', 'Electrician (BE)'],
        ['qualifications', 'Diplôme de technicien'],
        ['compensation', 'adaptation period'],
        ['licenceRequired', 'false'],
        ['decidedOn', '2026-10-01'],
      ],
    ],
    [
      'a training completion',
      training,
      [
        ['achievement', 'Solar installation'],
        ['level', 'EQF 4'],
        ['hours', '120'],
        ['skills', 'install solar panels; read plans'],
        ['description', 'Module A (20 h)'],
      ],
    ],
    [
      'an assessment: results instead of the skills list',
      assessment,
      [
        ['achievement', 'RPL'],
        ['results', 'weld: demonstrated'],
        ['method', 'skills demonstration'],
        ['evidence', 'assessed'],
      ],
    ],
    ['no subject', { id: 'x' }, []],
  ])('reads %s', (_, document, expected) => {
    expect(credentialClaimLines(document).map((l) => [l.key, l.value])).toEqual(expected);
  });

  it('labels claims and yes/no in the language of the passport', () => {
    const lines = passportClaims(decision, passportWords('fr'));
    expect(lines[0]).toEqual({ label: 'Résultat', value: 'partial' });
    expect(lines).toContainEqual({ label: "Autorisation d'exercer requise", value: 'non' });
  });
});

import { describe, expect, it } from 'vitest';
import { applicableAgreement, inForce } from './agreement-applicability.js';
import { validateAgreement } from './agreement.js';
import { OCCUPATION, agreement, beTarget, maDiploma, registry } from './engine.fixtures.js';
import type { RecognitionTarget } from './target.js';

const { frameworks } = registry;

describe('agreement validation (when written)', () => {
  it('accepts a well-formed agreement', () => {
    expect(validateAgreement(agreement(), frameworks)).toEqual([]);
  });

  it.each([
    [
      'an empty scope',
      { scope: { qualificationIds: [], occupations: [], levels: [] } },
      'recognition.agreement_empty_scope',
      'scope',
    ],
    [
      'inverted dates',
      { validFrom: '2026-01-01', validUntil: '2025-01-01' },
      'recognition.agreement_inverted_dates',
      'validUntil',
    ],
    [
      'a conditional agreement without measures',
      { measures: [] },
      'recognition.agreement_missing_measures',
      'measures',
    ],
    ['the same party twice', { to: { country: 'MA' } }, 'recognition.agreement_same_party', 'to'],
    [
      'an unknown framework in scope',
      {
        scope: {
          qualificationIds: [],
          occupations: [],
          levels: [{ frameworkId: 'nope', levels: [1] }],
        },
      },
      'recognition.unknown_framework',
      'scope.levels[0].frameworkId',
    ],
    [
      'an unknown level in scope',
      {
        scope: {
          qualificationIds: [],
          occupations: [],
          levels: [{ frameworkId: 'eqf', levels: [9] }],
        },
      },
      'recognition.unknown_framework_level',
      'scope.levels[0].levels[0]',
    ],
  ])('rejects %s naming the field', (_, over, code, field) => {
    expect(validateAgreement(agreement(over), frameworks)[0]).toMatchObject({ code, field });
  });
});

const applies = (
  over: Parameters<typeof agreement>[0],
  target: RecognitionTarget = beTarget,
  asOf = '2025-06-01',
) => applicableAgreement([agreement(over)], maDiploma, target, registry, asOf) !== undefined;

describe('agreement applicability', () => {
  it.each([
    ['in force, in scope, right direction', {}, true],
    [
      'mutual, declared the other way round',
      { from: { country: 'BE' }, to: { country: 'MA' } },
      true,
    ],
    [
      'unilateral, declared the other way round',
      { direction: 'unilateral' as const, from: { country: 'BE' }, to: { country: 'MA' } },
      false,
    ],
    ['unilateral, right direction', { direction: 'unilateral' as const }, true],
    [
      'another occupation',
      { scope: { qualificationIds: [], occupations: ['occupation:nurse'], levels: [] } },
      false,
    ],
    [
      'level in scope through referencing',
      {
        scope: {
          qualificationIds: [],
          occupations: [],
          levels: [{ frameworkId: 'eqf', levels: [5] }],
        },
      },
      true,
    ],
    [
      'level out of scope',
      {
        scope: {
          qualificationIds: [],
          occupations: [],
          levels: [{ frameworkId: 'eqf', levels: [6, 7] }],
        },
      },
      false,
    ],
    [
      'another qualification',
      { scope: { qualificationIds: ['other'], occupations: [], levels: [] } },
      false,
    ],
    ['another awarding body', { from: { country: 'MA', body: 'someone-else' } }, false],
    [
      'a named recognition body that is not the target’s',
      { to: { country: 'BE', body: 'enic-be' } },
      false,
    ],
  ])('%s → %s', (_, over, expected) => {
    expect(applies(over)).toBe(expected);
  });

  it('matches a named recognition body when the target names it', () => {
    expect(
      applies(
        { to: { country: 'BE', body: 'enic-be' } },
        { ...beTarget, recognitionBody: 'enic-be' },
      ),
    ).toBe(true);
  });

  it.each([
    ['2023-12-31', false],
    ['2024-01-01', true],
    ['2028-12-31', true],
    ['2029-01-01', false],
  ])('on %s in force: %s (bounds inclusive)', (asOf, expected) => {
    expect(inForce(agreement(), asOf)).toBe(expected);
    expect(applies({}, beTarget, asOf)).toBe(expected);
  });

  it('prefers an automatic agreement over a conditional one', () => {
    const chosen = applicableAgreement(
      [
        agreement({ id: 'a-conditional' }),
        agreement({ id: 'z-automatic', mode: 'automatic', measures: [] }),
      ],
      maDiploma,
      { ...beTarget, occupations: [OCCUPATION] },
      registry,
      '2025-06-01',
    );
    expect(chosen?.id).toBe('z-automatic');
  });
});

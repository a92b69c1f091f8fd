import { describe, expect, it } from 'vitest';
import { framework, refer } from './engine.fixtures.js';
import type { LevelReferencing } from './framework.js';
import { validateFrameworks, validateReferencing } from './referencing-validation.js';

const frameworks = [
  framework('eqf', 8),
  framework('acqf', 10),
  framework('xx', 5, 'XX'),
  framework('yy', 4, 'YY'),
];
const check = (referencing: LevelReferencing[]) => validateReferencing({ frameworks, referencing });

describe('referencing validation', () => {
  it('GIVEN a consistent national → EQF referencing THEN it is accepted', () => {
    expect(
      check([
        refer('xx', 1, 'eqf', [1]),
        refer('xx', 2, 'eqf', [1, 2]),
        refer('xx', 3, 'eqf', [3]),
      ]),
    ).toEqual([]);
  });

  it('GIVEN the same fact twice THEN it is accepted (idempotent)', () => {
    expect(check([refer('xx', 1, 'eqf', [1]), refer('xx', 1, 'eqf', [1])])).toEqual([]);
  });

  it.each<[string, LevelReferencing[], string, string]>([
    [
      'unknown framework',
      [refer('zz', 1, 'eqf', [1])],
      'recognition.unknown_framework',
      'referencing[0].fromFrameworkId',
    ],
    [
      'unknown source level',
      [refer('xx', 9, 'eqf', [1])],
      'recognition.unknown_framework_level',
      'referencing[0].fromLevel',
    ],
    [
      'unknown target level',
      [refer('xx', 1, 'eqf', [9])],
      'recognition.unknown_framework_level',
      'referencing[0].toLevels[0]',
    ],
    [
      'no target level',
      [refer('xx', 1, 'eqf', [])],
      'recognition.referencing_empty',
      'referencing[0].toLevels',
    ],
    [
      'a framework referenced to itself',
      [refer('xx', 1, 'xx', [2])],
      'recognition.referencing_cycle',
      'referencing[0].toFrameworkId',
    ],
    [
      'a cycle between frameworks',
      [refer('xx', 1, 'eqf', [1]), refer('eqf', 1, 'xx', [1])],
      'recognition.referencing_cycle',
      'referencing[0].toFrameworkId',
    ],
    [
      'one level mapped to conflicting levels',
      [refer('xx', 1, 'eqf', [1]), refer('xx', 1, 'eqf', [2])],
      'recognition.referencing_conflict',
      'referencing[1].toLevels',
    ],
    [
      'a higher level referenced below a lower one',
      [refer('xx', 1, 'eqf', [3]), refer('xx', 2, 'eqf', [2])],
      'recognition.referencing_not_monotone',
      'referencing[1].toLevels',
    ],
    [
      'two paths to disjoint levels',
      [refer('yy', 1, 'xx', [1]), refer('xx', 1, 'eqf', [1]), refer('yy', 1, 'eqf', [4])],
      'recognition.referencing_conflict',
      'referencing[2]',
    ],
  ])('GIVEN %s THEN it is rejected naming the field', (_, referencing, code, field) => {
    const problems = check(referencing);
    expect(problems[0]).toMatchObject({ code, field });
  });

  it('GIVEN a framework with a level listed twice THEN it is rejected', () => {
    const broken = framework('dup', 2, 'DU');
    broken.levels.push(broken.levels[0]!);
    expect(validateFrameworks([broken])[0]).toMatchObject({
      code: 'recognition.duplicate_framework_level',
      field: 'frameworks[0].levels[2].level',
    });
  });
});

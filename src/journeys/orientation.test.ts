import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerViolations,
  markCheck,
  moduleViolations,
  orientationCompletion,
  pickLanguage,
  withoutAnswers,
  type ModuleContent,
} from './orientation.js';

const content: ModuleContent = {
  title: 'Your contract',
  body: 'Read it before you sign.',
  questions: [
    { prompt: 'Q1', choices: ['a', 'b', 'c'], answer: 2, explanation: 'c' },
    { prompt: 'Q2', choices: ['yes', 'no'], answer: 0, explanation: 'yes' },
    { prompt: 'Q3', choices: ['x', 'y'], answer: 1, explanation: 'y' },
  ],
  passMark: 2,
};

describe('a check of understanding', () => {
  it.each([
    [[2, 0, 1], 3, true],
    [[2, 0, 0], 2, true],
    [[0, 0, 0], 1, false],
    [[0, 1, 0], 0, false],
  ])('GIVEN answers %j THEN %i right, passed=%s', (answers, correct, passed) => {
    const result = markCheck(content, answers);
    expect(result).toMatchObject({ correct, total: 3, passMark: 2, passed });
    expect(result.feedback.map((f) => f.answer)).toEqual([2, 0, 1]);
  });

  it('GIVEN more right answers THEN never a lower mark (property)', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 3, maxLength: 3 }),
        fc.nat(2),
        (answers, i) => {
          const before = markCheck(content, answers);
          const fixed = answers.map((a, j) => (j === i ? (content.questions[j]?.answer ?? a) : a));
          const after = markCheck(content, fixed);
          checked++;
          return after.correct >= before.correct && (!before.passed || after.passed);
        },
      ),
    );
    expect(checked).toBeGreaterThan(0);
  });

  it('refuses a pass mark out of reach, an answer key outside the choices, twin choices', () => {
    const broken: ModuleContent = {
      ...content,
      passMark: 4,
      questions: [
        { prompt: 'Q', choices: ['a', 'A '], answer: 0, explanation: '' },
        { prompt: 'Q', choices: ['a', 'b'], answer: 2, explanation: '' },
      ],
    };
    expect(moduleViolations(broken).map((v) => v.field)).toEqual([
      'questions.0.choices',
      'questions.1.answer',
      'passMark',
    ]);
    expect(moduleViolations(content)).toEqual([]);
  });

  it('refuses answers that do not answer every question with a choice', () => {
    expect(answerViolations(content, [0, 0]).map((v) => v.field)).toEqual(['answers']);
    expect(answerViolations(content, [0, 5, 1]).map((v) => v.field)).toEqual(['answers.1']);
    expect(answerViolations(content, [0, 1, 1])).toEqual([]);
  });

  it('hides the answer key from the person taking it', () => {
    expect(JSON.stringify(withoutAnswers(content))).not.toContain('explanation');
    expect(withoutAnswers(content).questions[0]).toEqual({
      prompt: 'Q1',
      choices: ['a', 'b', 'c'],
    });
  });
});

describe('orientation completion', () => {
  const at = (d: string) => new Date(`${d}T10:00:00Z`);
  it('GIVEN every offered topic passed THEN complete at the last topic’s first pass', () => {
    expect(
      orientationCompletion(
        ['contract', 'grievance'],
        [
          { topic: 'contract', passedAt: at('2026-03-02') },
          { topic: 'grievance', passedAt: at('2026-03-05') },
          { topic: 'contract', passedAt: at('2026-03-09') },
        ],
      ),
    ).toEqual({ completedAt: at('2026-03-05') });
  });
  it('GIVEN a topic not passed or nothing offered THEN not complete', () => {
    expect(
      orientationCompletion(
        ['contract', 'grievance'],
        [{ topic: 'contract', passedAt: at('2026-03-02') }],
      ),
    ).toBeNull();
    expect(orientationCompletion([], [])).toBeNull();
  });
});

describe('the language shown', () => {
  it.each([
    ['ar', ['en', 'fr', 'ar'], 'ar'],
    ['ar', ['en', 'fr'], 'en'],
    [null, ['fr'], 'fr'],
    ['fr', [], null],
  ] as const)('GIVEN %s among %j THEN %s', (preferred, offered, shown) => {
    expect(pickLanguage(preferred, offered)).toBe(shown);
  });
});

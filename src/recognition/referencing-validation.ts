import type { Framework, FrameworkRegistry, LevelReferencing } from './framework.js';
import { hasLevel } from './framework.js';
import { projectLevel } from './level-graph.js';
import { problem, type RecognitionProblem } from './recognition-problems.js';

/** Problems in the frameworks themselves: duplicate level numbers. */
export function validateFrameworks(frameworks: readonly Framework[]): RecognitionProblem[] {
  return frameworks.flatMap((framework, i) =>
    framework.levels
      .map((l, j) => ({ level: l.level, j }))
      .filter(({ level }, j) => framework.levels.findIndex((l) => l.level === level) !== j)
      .map(({ level, j }) =>
        problem(
          'recognition.duplicate_framework_level',
          `frameworks[${i}].levels[${j}].level`,
          `level ${level} appears twice in framework ${framework.id}`,
        ),
      ),
  );
}

function entryProblems(frameworks: readonly Framework[], r: LevelReferencing, at: string) {
  const out: RecognitionProblem[] = [];
  for (const [key, id] of [
    ['fromFrameworkId', r.fromFrameworkId],
    ['toFrameworkId', r.toFrameworkId],
  ] as const) {
    if (!frameworks.some((f) => f.id === id))
      out.push(problem('recognition.unknown_framework', `${at}.${key}`, `no framework ${id}`));
  }
  if (out.length > 0) return out;
  if (!hasLevel(frameworks, { frameworkId: r.fromFrameworkId, level: r.fromLevel }))
    out.push(unknownLevel(`${at}.fromLevel`, r.fromFrameworkId, r.fromLevel));
  r.toLevels.forEach((level, j) => {
    if (!hasLevel(frameworks, { frameworkId: r.toFrameworkId, level }))
      out.push(unknownLevel(`${at}.toLevels[${j}]`, r.toFrameworkId, level));
  });
  if (r.toLevels.length === 0)
    out.push(problem('recognition.referencing_empty', `${at}.toLevels`, 'names no level'));
  if (r.fromFrameworkId === r.toFrameworkId)
    out.push(
      problem(
        'recognition.referencing_cycle',
        `${at}.toFrameworkId`,
        'refers a framework to itself',
      ),
    );
  return out;
}

const unknownLevel = (field: string, frameworkId: string, level: number) =>
  problem(
    'recognition.unknown_framework_level',
    field,
    `framework ${frameworkId} has no level ${level}`,
  );

const sameSet = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/** A later entry for the same level and target that names other levels contradicts the earlier. */
function conflictProblems(referencing: readonly LevelReferencing[]): RecognitionProblem[] {
  return referencing.flatMap((r, i) => {
    const earlier = referencing
      .slice(0, i)
      .find(
        (e) =>
          e.fromFrameworkId === r.fromFrameworkId &&
          e.fromLevel === r.fromLevel &&
          e.toFrameworkId === r.toFrameworkId,
      );
    if (!earlier || sameSet(earlier.toLevels, r.toLevels)) return [];
    const why = `${r.fromFrameworkId} ${r.fromLevel} is already referenced to ${r.toFrameworkId} ${earlier.toLevels.join('/')}`;
    return [problem('recognition.referencing_conflict', `referencing[${i}].toLevels`, why)];
  });
}

/** A higher level must not be referenced below a lower level of the same framework. */
function monotonyProblems(referencing: readonly LevelReferencing[]): RecognitionProblem[] {
  return referencing.flatMap((r, i) => {
    const inverted = referencing.find(
      (e) =>
        e.fromFrameworkId === r.fromFrameworkId &&
        e.toFrameworkId === r.toFrameworkId &&
        e.fromLevel < r.fromLevel &&
        (Math.min(...e.toLevels) > Math.min(...r.toLevels) ||
          Math.max(...e.toLevels) > Math.max(...r.toLevels)),
    );
    if (!inverted) return [];
    const why = `level ${r.fromLevel} would sit below level ${inverted.fromLevel} in ${r.toFrameworkId}`;
    return [problem('recognition.referencing_not_monotone', `referencing[${i}].toLevels`, why)];
  });
}

/** Framework-level cycles (A → B → A): referencing must run one way only. */
function cycleProblems(referencing: readonly LevelReferencing[]): RecognitionProblem[] {
  const edges = new Map<string, Set<string>>();
  for (const r of referencing)
    edges.set(r.fromFrameworkId, (edges.get(r.fromFrameworkId) ?? new Set()).add(r.toFrameworkId));
  const reaches = (from: string, goal: string, seen = new Set<string>()): boolean => {
    if (from === goal) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    return [...(edges.get(from) ?? [])].some((next) => reaches(next, goal, seen));
  };
  return referencing.flatMap((r, i) =>
    r.fromFrameworkId !== r.toFrameworkId && reaches(r.toFrameworkId, r.fromFrameworkId)
      ? [
          problem(
            'recognition.referencing_cycle',
            `referencing[${i}].toFrameworkId`,
            `${r.fromFrameworkId} → ${r.toFrameworkId} closes a cycle back to ${r.fromFrameworkId}`,
          ),
        ]
      : [],
  );
}

/** Two paths that take one level to disjoint levels of the same framework contradict each other. */
function pathConflictProblems(registry: FrameworkRegistry): RecognitionProblem[] {
  return registry.referencing.flatMap((r, i) => {
    const projections = projectLevel(
      { frameworkId: r.fromFrameworkId, level: r.fromLevel },
      registry,
    );
    const clash = projections.find((p) =>
      projections.some(
        (q) => q.frameworkId === p.frameworkId && !p.levels.some((l) => q.levels.includes(l)),
      ),
    );
    if (!clash || !r.toLevels.length) return [];
    const why = `${r.fromFrameworkId} ${r.fromLevel} reaches disjoint levels of ${clash.frameworkId} along different paths`;
    return [problem('recognition.referencing_conflict', `referencing[${i}]`, why)];
  });
}

/**
 * Checks referencing against the frameworks: known frameworks and levels, no empty entries, no
 * cycles, no level referenced to conflicting levels (directly or along two paths), no inversion.
 */
export function validateReferencing(registry: FrameworkRegistry): RecognitionProblem[] {
  const { frameworks, referencing } = registry;
  const basic = referencing.flatMap((r, i) => entryProblems(frameworks, r, `referencing[${i}]`));
  if (basic.length > 0) return basic;
  const structural = [
    ...cycleProblems(referencing),
    ...conflictProblems(referencing),
    ...monotonyProblems(referencing),
  ];
  if (structural.length > 0) return structural;
  // The clash shows on every entry of the level; the last one is the newest, so name that.
  return dedupeByField(pathConflictProblems(registry)).slice(-1);
}

const dedupeByField = (problems: RecognitionProblem[]) =>
  problems.filter((p, i) => problems.findIndex((q) => q.field === p.field) === i);

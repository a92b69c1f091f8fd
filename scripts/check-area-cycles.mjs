// Fails when the areas of src/ depend on each other in a cycle (`npm run lint:deps`).
// dependency-cruiser's own cycle rules work on files or on every folder; this check works on the
// areas (src/<area>/, sub-folders included), leaving out tests and the composition root
// (src/http, src/cli, src/db, src/config, src/policies.ts), which wire the areas together.
import { cruise } from 'dependency-cruiser';

const AREAS = new Set([
  'accounts',
  'allocation',
  'demo',
  'extraction',
  'journeys',
  'labour-market',
  'matching',
  'partnerships',
  'passport',
  'people',
  'protection',
  'recognition',
  'shared',
  'taxonomy',
]);

/**
 * Area dependencies that close a cycle and predate this check, each to be removed, never added
 * to. An entry that no longer closes a cycle fails the check too, so that the list only shrinks.
 * Empty: the last ones (partnerships ↔ recognition, recognition → people, people ↔ partnerships)
 * went in December 2026.
 */
const KNOWN = new Set([]);

/** The composition root: what wires the areas together (demo data of every area included). */
const ROOT =
  /^src\/(?:http|cli|db|config|imports-runtime)\/|^src\/policies\.ts$|^src\/demo\/demo\.(?:loader|cli)\.ts$/;

const areaOf = (path) => {
  if (ROOT.test(path)) return undefined;
  if (/\.test\.|\.test-support\.|\.test-fixtures\.|\.fixtures\./.test(path)) return undefined;
  const area = /^src\/([^/]+)\//.exec(path)?.[1];
  return area && AREAS.has(area) ? area : undefined;
};

const result = await cruise(['src'], {
  tsPreCompilationDeps: true,
  tsConfig: { fileName: 'tsconfig.json' },
  doNotFollow: { path: 'node_modules' },
});
/** area → area → the file imports behind the dependency */
const graph = new Map();
for (const module of result.output.modules) {
  const from = areaOf(module.source);
  if (!from) continue;
  for (const dependency of module.dependencies) {
    const to = areaOf(dependency.resolved);
    if (!to || to === from) continue;
    const edges = graph.get(from) ?? new Map();
    graph.set(from, edges);
    edges.set(to, [...(edges.get(to) ?? []), `${module.source} → ${dependency.resolved}`]);
  }
}

/** Whether `to` reaches `from` again. */
function reaches(start, goal) {
  const seen = new Set([start]);
  const pending = [start];
  while (pending.length > 0) {
    const area = pending.pop();
    for (const next of graph.get(area)?.keys() ?? []) {
      if (next === goal) return true;
      if (seen.has(next)) continue;
      seen.add(next);
      pending.push(next);
    }
  }
  return false;
}

const cyclic = [];
for (const [from, edges] of graph)
  for (const [to, imports] of edges)
    if (reaches(to, from)) cyclic.push({ edge: `${from} → ${to}`, imports });
const fresh = cyclic.filter((c) => !KNOWN.has(c.edge));
const gone = [...KNOWN].filter((edge) => !cyclic.some((c) => c.edge === edge));
for (const { edge, imports } of fresh) {
  console.error(`error no-cycle-between-areas: ${edge} closes a cycle between areas, through:`);
  for (const line of imports) console.error(`    ${line}`);
}
for (const edge of gone)
  console.error(
    `error known-area-cycle-gone: ${edge} no longer closes a cycle; remove it from the known list`,
  );
if (fresh.length + gone.length === 0) {
  console.log(`No cycle between areas (${KNOWN.size} known dependencies in cycles, to remove).`);
}
process.exit(fresh.length + gone.length > 0 ? 1 : 0);

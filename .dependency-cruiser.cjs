/**
 * The boundaries `npm run lint:deps` enforces (docs/ARCHITECTURE.md, "Boundaries").
 *
 * A pure file is a file of an area whose name carries no role suffix (`src/<area>/…/name.ts`):
 * domain logic without I/O. Role files (`*.store.ts`, `*.service.ts`, `*.routes.ts`, `*.cli.ts`,
 * `*.job.ts`, `*.loader.ts`, …) do the I/O. The plumbing folders (src/db, src/http, src/cli,
 * src/config, src/imports-runtime) are infrastructure, not areas.
 *
 * Cycles between areas are checked by scripts/check-area-cycles.mjs (dependency-cruiser's cycle
 * rules see files or every folder, not areas). File cycles that predate the no-cycle rule are in
 * .dependency-cruiser-known-violations.json (`--ignore-known`): they may only go away.
 */
const AREA_FILE = '^src/(?!(?:db|http|cli|config|imports-runtime)/)';
const PURE_FILE = `${AREA_FILE}[^.]+\\.ts$`; // no dot but the extension's
const IO_ROLE = '\\.(?:store|service|routes|cli|job|loader)\\.(?:ts|mjs)$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'pure-file-does-io',
      severity: 'error',
      comment:
        'A pure domain file may not import a database driver, the web framework, the file ' +
        'system, a store, a service, routes or the HTTP layer. Move the I/O into a role file ' +
        '(*.store.ts for data access, *.service.ts for a use case that orchestrates stores).',
      from: { path: PURE_FILE },
      to: {
        dependencyTypesNot: ['type-only'],
        path: [
          '^node_modules/(?:drizzle-orm|pg|@electric-sql/pglite|fastify|@fastify)/',
          '^(?:node:)?fs(?:/promises)?$',
          IO_ROLE,
          '^src/http/',
          '^src/db/(?!schema\\.ts$)',
        ],
      },
    },
    {
      name: 'policy-registry-in-composition-root',
      severity: 'error',
      comment:
        "src/policies.ts gathers every area's policies: only the composition root and tests " +
        'import it. An area checks its own policy map (`authorize` from its *.policy.ts).',
      from: { path: '^src/', pathNot: '^src/(?:http/app|cli/[^/]+|policies)\\.ts$|\\.test\\.ts$' },
      to: { path: '^src/policies\\.ts$' },
    },
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'No import cycles between files either (known ones: see the baseline).',
      from: { path: '^(?:src|web/src)/' },
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'source-imports-no-test-code',
      severity: 'error',
      comment: 'Shipped code never imports tests or test support.',
      from: {
        path: '^(?:src|web/src)/',
        pathNot: '\\.test(?:-support|-fixtures)?\\.tsx?$|\\.test\\.',
      },
      to: { path: ['\\.test\\.tsx?$', '^test/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(?:dist|reference|drizzle)/' },
  },
};

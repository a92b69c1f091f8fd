import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { repoRoot } from './input-digest.js';

/**
 * The tests that start `passerelle` as a child process (a server to kill, a data folder to lock)
 * pay, per child, tsx compiling and resolving every source file through its loader: ~5 s of CPU
 * before the command runs. The run's global set-up bundles src/cli/main.ts once instead; the
 * children run that bundle with plain node. The same source, so the same behaviour: each module
 * keeps its own import.meta (the migrations folder, the worker bootstraps beside it, which still
 * load their TypeScript through tsx).
 */
export const cliBundleVariable = 'PASSERELLE_TEST_CLI_BUNDLE';

/** Gives every source file its own location where it asks for it, as if it were not bundled. */
const ownImportMeta: Plugin = {
  name: 'own-import-meta',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = await fs.readFile(args.path, 'utf8');
      const contents = source
        .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path)))
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
      return { contents, loader: 'ts' };
    });
  },
};

/** Bundles the CLI into `file` (inside the checkout, so that its packages resolve). */
export async function bundleCli(file: string): Promise<void> {
  await build({
    entryPoints: [path.join(repoRoot, 'src', 'cli', 'main.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    plugins: [ownImportMeta],
  });
}

/**
 * The node arguments that run the `passerelle` CLI: the run's bundle when the global set-up made
 * one, otherwise the sources through tsx (a test file run on its own, outside vitest's set-up).
 */
export function passerelleArgs(): string[] {
  const bundle = process.env[cliBundleVariable];
  return bundle ? [bundle] : ['--import', 'tsx', path.join(repoRoot, 'src', 'cli', 'main.ts')];
}

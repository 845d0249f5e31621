import { rmSync } from 'node:fs';
import { build } from 'rolldown';
import { packagePath } from './package-root.js';
import { packageName } from './paths.js';

/**
 * The pure-JavaScript packages the command line and the ESLint plugin load on every run, put into
 * their bundles with trackplan's own modules: Node then reads a few dozen files instead of 250,
 * 30 to 50 ms of each run. Native bindings (oxc), and what only some commands load (TypeScript,
 * ink, ajv's compiler, fast-glob), stay packages.
 */
const BUNDLED = new Set(['commander', 'yaml', 'js-yaml', 'picocolors', 'picomatch', 'fastest-levenshtein']);

const outputDir = packagePath('dist', 'bundle');
rmSync(outputDir, { recursive: true, force: true });
await build({
  input: { trackplan: packagePath('dist', 'src', 'cli', 'cli.js'), eslint: packagePath('dist', 'rules', 'index.js') },
  platform: 'node',
  external: (specifier) => !specifier.startsWith('.') && !specifier.startsWith('/') && !BUNDLED.has(packageName(specifier)),
  output: { dir: outputDir, format: 'esm' },
  logLevel: 'warn',
});

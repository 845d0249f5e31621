import { ImportGraph } from './dist/src/resolve/import-graph.js';
import { ProjectModules } from './dist/src/resolve/loader.js';
import { Prefilter } from './dist/src/scan/prefilter.js';
import { loadProject } from './dist/src/run.js';
import { execSync } from 'node:child_process';
const root = '/tmp/rainbow';
const { config } = loadProject({ root, cwd: root, plan: '/tmp/rainbow-plan.yaml' });
const m = new ProjectModules(root);
const pf = new Prefilter(config.calleeRules);
const g = new ImportGraph((f, s) => m.resolveProjectFile(f, s), (t) => pf.test(t));
const files = execSync('git ls-files', { cwd: root, encoding: 'utf8' }).split('\n').filter((f) => /\.(tsx?|jsx?)$/.test(f) && !f.includes('node_modules'));
let n = 0;
for (const f of files) {
  const p = root + '/' + f;
  const t = g.textOf(p);
  const bad = t.unnamedImports.filter((x) => g.reachesCallee(x));
  if (bad.length) { n++; if (n <= 25) console.log(f, '<-', bad.map((b) => b.replace(root + '/', '')).join(', ')); }
}
console.log('base modules', n, 'of', files.length);

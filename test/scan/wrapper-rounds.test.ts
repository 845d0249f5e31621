import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/run.js';
import { scanProject } from '../../src/scan/scan.js';
import { writeProject } from '../helpers/project.js';

describe('the wrappers\' rounds', () => {
  it('parse the files that call a method wrapper by its name, not every file that names the object holding it', () => {
    const root = writeProject(
      {
        'tracking-plan.yaml': 'version: 1\nevents:\n  Signed Up: {}\n',
        'src/analytics.ts': 'export function createAnalytics() {\n  const store = { send: (name: string) => segment.track(name) };\n  return store;\n}\n',
        'src/signup.ts': "import { createAnalytics } from './analytics';\n\nconst analytics = createAnalytics();\nexport const done = () => analytics.send('Signed Up');\n",
        'src/cart.ts': "export const store = new Map<string, number>();\nstore.set('items', 0);\n",
      },
      'rounds',
    );
    const { config } = loadProject({ root, cwd: root });
    const scan = scanProject(config, { threads: 1 });
    const signup = scan.callSites.filter((site) => site.file === 'src/signup.ts');
    expect(signup.map((site) => [site.name, site.via, site.position.line, site.position.column])).toEqual([
      [{ kind: 'static', names: ['Signed Up'], resolution: 'literal' }, 'wrapper', 4, 42],
    ]);
    expect(scan.filesParsed).toBe(2);
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportGraph } from '../../src/resolve/import-graph.js';
import { writeProject } from '../helpers/project.js';

describe('ImportGraph.reachesCallee', () => {
  it('resolves imports one at a time and stops at the first that leads to a track call', () => {
    const root = writeProject(
      {
        'src/page.ts': "import { send } from './track';\nimport { a } from './a';\nimport { b } from './b';\n",
        'src/track.ts': "export const send = (name: string) => analytics.track(name);\n",
        'src/a.ts': 'export const a = 1;\n',
        'src/b.ts': "import { c } from './c';\nexport const b = c;\n",
        'src/c.ts': 'export const c = 2;\n',
      },
      'graph',
    );
    const resolved: string[] = [];
    const graph = new ImportGraph(
      (from, specifier) => {
        resolved.push(specifier);
        return join(from, '..', `${specifier}.ts`);
      },
      (text) => text.includes('.track('),
    );
    expect(graph.reachesCallee(join(root, 'src/page.ts'))).toBe(true);
    expect(resolved).toEqual(['./track']);
    expect(graph.reachesCallee(join(root, 'src/b.ts'))).toBe(false);
    expect(resolved).toEqual(['./track', './c']);
    expect(graph.importsOf(join(root, 'src/page.ts')).map((path) => path.slice(root.length))).toEqual(['/src/track.ts', '/src/a.ts', '/src/b.ts']);
  });
});

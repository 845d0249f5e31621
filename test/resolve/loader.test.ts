import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectModules } from '../../src/resolve/loader.js';
import { writeProject } from '../helpers/project.js';

describe('ProjectModules.resolveProjectFile', () => {
  it("resolves a path alias by the tsconfig of the importing folder, and only where that tsconfig's include reaches", () => {
    const tsconfig = (target: string): string => JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': [`${target}/*`] } }, include: [target === 'src' ? 'src' : '.'] });
    const root = writeProject(
      {
        'package.json': '{ "name": "app" }',
        'tsconfig.json': tsconfig('src'),
        'src/hooks/track.ts': 'export const track = 1;\n',
        'src/pages/page.ts': "import { track } from '@/hooks/track';\n",
        'scripts/seed.ts': "import { track } from '@/hooks/track';\n",
        'src/widget/tsconfig.json': tsconfig('lib'),
        'src/widget/lib/hooks/track.ts': 'export const track = 2;\n',
        'src/widget/screens/screen.ts': "import { track } from '@/hooks/track';\n",
      },
      'aliases',
    );
    const modules = new ProjectModules(root);
    const resolve = (from: string): string | undefined => modules.resolveProjectFile(join(root, from), '@/hooks/track');
    expect(resolve('src/pages/page.ts')).toBe(join(root, 'src/hooks/track.ts'));
    expect(resolve('src/widget/screens/screen.ts')).toBe(join(root, 'src/widget/lib/hooks/track.ts'));
    expect(resolve('scripts/seed.ts')).toBeUndefined();
    expect(resolve('src/pages/page.ts')).toBe(join(root, 'src/hooks/track.ts'));
  });
});

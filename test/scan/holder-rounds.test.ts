import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/run.js';
import { ProjectScanner, scanProject } from '../../src/scan/scan.js';
import { writeProject } from '../helpers/project.js';

const plan = 'version: 1\nevents:\n  Message Read: {}\n';
const useCase = 'export class MarkRead {\n  execute(event: string) {\n    analytics.track(event);\n  }\n}\n';

/** Thirty classes with an `execute` of their own: files that spell the wrapper method's name and none of its holder's. */
function otherUseCases(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let index = 0; index < 30; index++) {
    files[`src/jobs/job-${index}.ts`] = `export class Job${index} {\n  execute() {\n    return ${index};\n  }\n}\n\nexport const run${index} = () => new Job${index}().execute();\n`;
  }
  return files;
}

function scan(files: Record<string, string>, name: string): { calls: unknown[]; filesParsed: number } {
  const root = writeProject({ 'tracking-plan.yaml': plan, 'src/usecases/mark-read.usecase.ts': useCase, ...otherUseCases(), ...files }, name);
  const { config } = loadProject({ root, cwd: root });
  const result = scanProject(config, { threads: 1 });
  const calls = result.callSites
    .filter((site) => site.via === 'wrapper')
    .map((site) => [site.file, site.name.kind === 'static' ? site.name.names : site.name.reason, site.callee, site.position.line, site.position.column]);
  return { calls, filesParsed: result.filesParsed };
}

/** Every way the resolver reaches the use case from another file. */
const callers: Record<string, string> = {
  'src/usecases/index.ts': "import { MarkRead } from './mark-read.usecase';\n\nexport * from './mark-read.usecase';\nexport const USE_CASES = [MarkRead];\n",
  'src/controller.ts':
    "import { MarkRead } from './usecases';\n\nexport class InboxController {\n  constructor(private readonly markRead: MarkRead) {}\n\n  read() {\n    this.markRead.execute('Message Read');\n  }\n}\n",
  'src/instance.ts': "import { MarkRead } from './usecases/mark-read.usecase';\n\nexport const reader = new MarkRead();\n",
  'src/page.ts': "import { reader } from './instance';\n\nexport const open = () => reader.execute('Page Read');\n",
  'src/services.ts': "import { reader } from './instance';\n\nconst all = { inbox: reader };\nexport const services = all;\n",
  'src/deep.ts': "import { services } from './services';\n\nservices.inbox.execute('Deep Read');\n",
  'src/factory.ts': "import { MarkRead } from './usecases';\n\nexport function makeReader() {\n  return new MarkRead();\n}\n",
  'src/factory-user.ts': "import { makeReader } from './factory';\n\nmakeReader().execute('Factory Read');\n",
  'src/module.ts': "import { MarkRead } from './usecases';\n\nexport class InboxModule {\n  readonly marker = new MarkRead();\n}\n",
  'src/app.ts': "import { InboxModule } from './module';\n\nnew InboxModule().marker.execute('Module Read');\n",
  'src/alias.ts': "import { MarkRead as Reading } from './usecases';\n\nexport const viaAlias = new Reading();\n",
  'src/alias-user.ts': "import { viaAlias } from './alias';\n\nviaAlias.execute('Alias Read');\n",
  'src/special.ts': "import { MarkRead } from './usecases';\n\nexport class SpecialRead extends MarkRead {\n  run() {\n    this.execute('Special Read');\n  }\n}\n",
  };

describe('the wrapper rounds look for a common method name only beside a name of its holder', () => {
  it('find every call of the method reached through the class, an instance, an object, a factory or a subclass, and parse no other file that calls some execute', () => {
    const { calls, filesParsed } = scan(
      { ...callers, 'src/registry.ts': "import { USE_CASES } from './usecases';\n\nexport const runAll = (jobs: { execute(): void }[]) => jobs.forEach((job) => job.execute());\nexport const count = USE_CASES.length;\n" },
      'holders',
    );
    expect(calls).toEqual([
      ['src/alias-user.ts', ['Alias Read'], 'viaAlias.execute', 3, 18],
      ['src/app.ts', ['Module Read'], 'new InboxModule().marker.execute', 3, 34],
      ['src/controller.ts', ['Message Read'], 'this.markRead.execute', 7, 27],
      ['src/deep.ts', ['Deep Read'], 'services.inbox.execute', 3, 24],
      ['src/factory-user.ts', ['Factory Read'], 'makeReader().execute', 3, 22],
      ['src/page.ts', ['Page Read'], 'reader.execute', 3, 42],
      ['src/special.ts', ['Special Read'], 'this.execute', 5, 18],
    ]);
    // The use case and the seven files that call it; none of the thirty jobs, nor the registry,
    // which calls some execute and names only an array of use cases (the resolver never looks into one).
    expect(filesParsed).toBe(8);
  });

  it.each([
    ['by default', "export default new MarkRead();\n", "import inbox from './instance';\n\ninbox.execute('Page Read');\n"],
    ['as a CommonJS module', 'module.exports = new MarkRead();\n', "const inbox = require('./instance');\n\ninbox.execute('Page Read');\n"],
  ])('look for the method name alone when a holder is exported %s, which an importer names as it likes', (_how, exported, page) => {
    const { calls, filesParsed } = scan(
      { 'src/instance.ts': `import { MarkRead } from './usecases/mark-read.usecase';\n\n${exported}`, 'src/page.ts': page },
      'holders-unnamed',
    );
    expect(calls).toEqual([['src/page.ts', ['Page Read'], 'inbox.execute', 3, 15]]);
    // The use case, the page and the thirty jobs.
    expect(filesParsed).toBe(32);
  });

  it('look for the method name alone when more files spell the holder than half of those that spell the method', () => {
    const mentions: Record<string, string> = {};
    for (let index = 0; index < 20; index++) mentions[`src/types/mention-${index}.ts`] = `import type { MarkRead } from '../usecases/mark-read.usecase';\n\nexport type Reader${index} = MarkRead;\n`;
    const { calls, filesParsed } = scan({ ...mentions, 'src/page.ts': "import { MarkRead } from './usecases/mark-read.usecase';\n\nnew MarkRead().execute('Page Read');\n" }, 'holders-budget');
    expect(calls).toEqual([['src/page.ts', ['Page Read'], 'new MarkRead().execute', 3, 24]]);
    expect(filesParsed).toBe(32);
  });

  it('in watch mode, parse a file left out before once a changed module makes a name it spells a holder', () => {
    const root = writeProject(
      {
        'tracking-plan.yaml': plan,
        'src/usecases/mark-read.usecase.ts': useCase,
        ...otherUseCases(),
        'src/instance.ts': 'export const reader = { execute: (event: string) => event };\n',
        'src/page.ts': "import { reader } from './instance';\n\nreader.execute('Page Read');\n",
      },
      'holders-watch',
    );
    const scanner = new ProjectScanner(loadProject({ root, cwd: root }).config, { threads: 1 });
    expect(scanner.scan().callSites.map((site) => site.file)).toEqual(['src/usecases/mark-read.usecase.ts']);
    writeFileSync(join(root, 'src/instance.ts'), "import { MarkRead } from './usecases/mark-read.usecase';\n\nexport const reader = new MarkRead();\n");
    const pages = scanner.update(['src/instance.ts']).callSites.filter((site) => site.file === 'src/page.ts');
    expect(pages.map((site) => [site.name.kind === 'static' ? site.name.names : site.name.reason, site.via, site.position.line, site.position.column])).toEqual([[['Page Read'], 'wrapper', 3, 16]]);
  });

  it('find the same calls when the scan runs in two threads', () => {
    const fillers = Object.fromEntries(Array.from({ length: 100 }, (_, index) => [`src/fill/fill-${index}.ts`, `export const fill${index} = ${index};\n`]));
    const root = writeProject({ 'tracking-plan.yaml': plan, 'src/usecases/mark-read.usecase.ts': useCase, ...otherUseCases(), ...callers, ...fillers }, 'holders-threads');
    const { config } = loadProject({ root, cwd: root });
    const sites = (threads: 1 | 2): string[] => scanProject(config, { threads }).callSites.map((site) => `${site.file}:${site.position.line}:${site.position.column}`).sort();
    expect(sites(1)).toHaveLength(8);
    expect(sites(2)).toEqual(sites(1));
  });
});

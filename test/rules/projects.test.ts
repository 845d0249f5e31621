import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzedModule } from '../../src/resolve/module.js';
import { Evaluator } from '../../src/resolve/evaluate.js';
import { ProjectModules } from '../../src/resolve/loader.js';
import type { ImportTarget } from '../../src/resolve/module.js';
import { parseScript } from '../../src/scan/parse.js';
import { planHash } from '../../rules/util/plan-hash.js';
import { ProjectRegistry, RECHECK_INTERVAL_MS, type ProjectLookup } from '../../rules/util/projects.js';
import { WatchedModules } from '../../rules/util/watched-modules.js';
import { project } from './tester.js';

/** Rewrites a file with a modification time of its own, so the change shows whatever the clock's resolution. */
function rewrite(path: string, content: string, seconds: number): void {
  writeFileSync(path, content);
  utimesSync(path, seconds, seconds);
}

function eventsOf(lookup: ProjectLookup): string {
  if (lookup.kind === 'ready') return lookup.project.plan.events.map((event) => event.name).join(', ');
  return lookup.kind === 'broken' ? `broken: ${lookup.message}` : 'none';
}

describe('ProjectRegistry', () => {
  it('loads the nearest plan once, and again only when it changed and the interval has passed', () => {
    const dir = project({ 'tracking-plan.yaml': 'version: 1\nevents:\n  Signed Up: {}\n', 'src/app.ts': '' });
    let now = 1_000;
    const registry = new ProjectRegistry(() => now);
    const file = join(dir, 'src/app.ts');
    const first = registry.lookup(file, dir, undefined);
    expect(eventsOf(first)).toBe('Signed Up');

    rewrite(join(dir, 'tracking-plan.yaml'), 'version: 1\nevents:\n  Signed Up: {}\n  Note Created: {}\n', 1_000_000);
    now += RECHECK_INTERVAL_MS - 1;
    expect(eventsOf(registry.lookup(file, dir, undefined))).toBe('Signed Up');
    now += 1;
    const second = registry.lookup(file, dir, undefined);
    expect(eventsOf(second)).toBe('Signed Up, Note Created');

    now += RECHECK_INTERVAL_MS;
    const third = registry.lookup(file, dir, undefined);
    expect(third.kind === 'ready' && second.kind === 'ready' && third.project.plan === second.project.plan).toBe(true);
    expect(third.kind === 'ready' && first.kind === 'ready' && third.project.modules === first.project.modules).toBe(true);
  });

  it('gives one message for a broken plan, and recovers once it is fixed', () => {
    const dir = project({ 'tracking-plan.yaml': 'version: 1\nevents:\n  Signed Up: {}\n' });
    let now = 0;
    const registry = new ProjectRegistry(() => now);
    rewrite(join(dir, 'tracking-plan.yaml'), 'version: 1\nevents:\n  Signed Up: {\n', 2_000_000);
    expect(eventsOf(registry.lookup(join(dir, 'a.ts'), dir, undefined))).toBe('broken: tracking-plan.yaml:4:1: Flow map in block collection must be sufficiently indented and end with a } Fix the YAML syntax at that position.');
    rewrite(join(dir, 'tracking-plan.yaml'), 'version: 1\nevents:\n  Signed Up: {}\n', 3_000_000);
    now += RECHECK_INTERVAL_MS;
    expect(eventsOf(registry.lookup(join(dir, 'a.ts'), dir, undefined))).toBe('Signed Up');
  });

  it('finds nothing without a plan or a config, and takes settings.trackplan.plan relative to the working directory', () => {
    const plain = project({ 'src/app.ts': '' });
    const plans = project({ 'plans/web.yaml': 'version: 1\nevents:\n  Web Event: {}\n' });
    const registry = new ProjectRegistry(() => 0);
    expect(registry.lookup(join(plain, 'src/app.ts'), plain, undefined)).toEqual({ kind: 'none' });
    const named = registry.lookup(join(plain, 'src/app.ts'), plans, 'plans/web.yaml');
    expect(eventsOf(named)).toBe('Web Event');
    expect(named.kind === 'ready' && named.project.root).toBe(plans);
    expect(eventsOf(registry.lookup(join(plain, 'src/app.ts'), plans, 'plans/missing.yaml'))).toBe('broken: plans/missing.yaml: the file does not exist');
  });

  it("takes the config's plan, folder and exclusions", () => {
    const dir = project({
      'trackplan.config.json': JSON.stringify({ plan: 'plans/plan.yaml', exclude: ['src/legacy/**'] }),
      'plans/plan.yaml': 'version: 1\nevents:\n  Configured: {}\n',
    });
    const lookup = new ProjectRegistry(() => 0).lookup(join(dir, 'src/app.ts'), dir, undefined);
    expect(eventsOf(lookup)).toBe('Configured');
    if (lookup.kind !== 'ready') return;
    expect(lookup.project.root).toBe(dir);
    expect([join(dir, 'src/app.ts'), join(dir, 'src/legacy/old.ts'), join(dir, 'src/app.test.ts'), join(dir, 'src/readme.md')].map(lookup.project.covers)).toEqual([true, false, false, false]);
  });

  it('reports a config mistake as the message of the broken project', () => {
    const dir = project({ 'trackplan.config.json': '{ "presets": ["segmnt"] }', 'tracking-plan.yaml': 'version: 1\nevents: {}\n' });
    expect(eventsOf(new ProjectRegistry(() => 0).lookup(join(dir, 'src/app.ts'), dir, undefined))).toMatch(/^broken: trackplan\.config\.json:1:\d+: .*segmnt/);
  });
});

describe('WatchedModules', () => {
  it('parses each imported module once, and again when a lint after a pause finds it changed on disk', () => {
    const dir = project({ 'src/events.ts': "export const A = 'One';\n" });
    const watched = new WatchedModules(() => new ProjectModules(dir), 0, RECHECK_INTERVAL_MS);
    const from = analyzedModule(join(dir, 'src/app.ts'), parseScript('app.ts', '', 'ts'));
    const evaluator = new Evaluator(watched);
    const moduleOf = (target: ImportTarget) => (target.kind === 'module' ? target.module : undefined);
    const first = moduleOf(watched.resolveImport(from, './events'));
    expect(first).toBeDefined();
    expect(moduleOf(watched.resolveImport(from, './events'))).toBe(first);
    expect(evaluator.importedValue(from, './events', 'A')).toEqual({ kind: 'strings', values: ['One'], origin: 'import' });

    rewrite(join(dir, 'src/events.ts'), "export const A = 'Two';\n", 4_000_000);
    // Lints one after another, as in `eslint .`: never a pause as long as the interval.
    for (let now = 100; now <= 3 * RECHECK_INTERVAL_MS; now += 100) watched.refresh(now);
    expect(moduleOf(watched.resolveImport(from, './events'))).toBe(first);
    watched.refresh(4 * RECHECK_INTERVAL_MS - 1);
    expect(moduleOf(watched.resolveImport(from, './events'))).toBe(first);
    watched.refresh(5 * RECHECK_INTERVAL_MS - 1);
    expect(moduleOf(watched.resolveImport(from, './events'))).not.toBe(first);
    expect(evaluator.importedValue(from, './events', 'A')).toEqual({ kind: 'strings', values: ['Two'], origin: 'import' });
  });
});

describe('planHash', () => {
  it('changes with the plan or the config, and is absent without either', () => {
    const dir = project({ 'tracking-plan.yaml': 'version: 1\nevents:\n  A: {}\n' });
    const before = planHash(dir);
    expect(before).toMatch(/^[0-9a-f]{16}$/);
    expect(planHash(dir)).toBe(before);
    writeFileSync(join(dir, 'tracking-plan.yaml'), 'version: 1\nevents:\n  B: {}\n');
    const afterPlan = planHash(dir);
    writeFileSync(join(dir, 'trackplan.config.json'), '{ "source": "web" }');
    const afterConfig = planHash(dir);
    expect(new Set([before, afterPlan, afterConfig]).size).toBe(3);
    expect(planHash(project({ 'src/app.ts': '' }))).toBeUndefined();
  });
});

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

describe('the wrapper rounds follow an import only where a name may hide a wrapper', () => {
  const plan = 'version: 1\nevents:\n  Home Viewed: {}\n  Order Placed: {}\n  Vendor Sent: {}\n';
  const track = 'export function trackEvent(name: string) {\n  analytics.track(name);\n}\n';

  function wrapperCalls(files: Record<string, string>, name: string, config: Record<string, unknown> = {}): { calls: unknown[]; modulesParsed: number } {
    const root = writeProject({ 'tracking-plan.yaml': plan, 'trackplan.config.json': JSON.stringify(config), ...files }, name);
    const { config: resolved } = loadProject({ root, cwd: root });
    const scan = scanProject(resolved, { threads: 1 });
    const calls = scan.callSites
      .filter((site) => site.file === 'src/page.ts')
      .map((site) => [site.name.kind === 'static' ? site.name.names : site.name.reason, site.via, site.callee, site.position.line, site.position.column]);
    return { calls, modulesParsed: scan.modulesParsed };
  }

  it('does not parse a module imported by name whose imports reach a track call but which defines no wrapper', () => {
    const { calls, modulesParsed } = wrapperCalls(
      {
        'src/track.ts': track,
        'src/format.ts': "import { trackEvent } from './track';\n\nexport function format(text: string) {\n  return text.trim();\n}\nexport const unused = trackEvent;\n",
        'src/page.ts': "import { trackEvent } from './track';\nimport { format } from './format';\n\ntrackEvent('Order Placed');\nexport const label = format(' order ');\n",
      },
      'rounds-skip',
    );
    expect(calls).toEqual([[['Order Placed'], 'wrapper', 'trackEvent', 4, 12]]);
    expect(modulesParsed).toBe(0);
  });

  it('learns a wrapper exported again under another name by a constant', () => {
    const { calls } = wrapperCalls(
      {
        'src/track.ts': track,
        'src/aliases.ts': "import { trackEvent } from './track';\n\nexport const logEvent = trackEvent;\n",
        'src/page.ts': "import { logEvent } from './aliases';\n\nlogEvent('Order Placed');\n",
      },
      'rounds-alias',
    );
    expect(calls).toEqual([[['Order Placed'], 'wrapper', 'logEvent', 3, 10]]);
  });

  it('finds wrappers of a wrapper imported by default under another name, two levels up', () => {
    const { calls } = wrapperCalls(
      {
        'src/send.ts': 'export default function sendEvent(name: string) {\n  analytics.track(name);\n}\n',
        'src/screens.ts': "import post from './send';\n\nexport function logScreen(screen: string) {\n  post(screen);\n}\n",
        'src/home.ts': "import { logScreen } from './screens';\n\nexport function logHome(name: string) {\n  logScreen(name);\n}\n",
        'src/page.ts': "import { logHome } from './home';\n\nlogHome('Home Viewed');\n",
      },
      'rounds-default',
    );
    expect(calls).toEqual([[['Home Viewed'], 'wrapper', 'logHome', 3, 9]]);
  });

  it('follows a function of a module that calls what it imports by default, however the import names it', () => {
    const { calls } = wrapperCalls(
      {
        'src/lib/index.ts': 'export default function sendEvent(name: string) {\n  analytics.track(name);\n}\n',
        'src/lib/screens.ts': "import post from '.';\n\nexport function logScreen(screen: string) {\n  post(screen);\n}\n",
        'src/page.ts': "import { logScreen } from './lib/screens';\n\nanalytics.track('Order Placed');\nlogScreen('Home Viewed');\n",
      },
      'rounds-unnamed',
    );
    expect(calls).toEqual([
      [['Order Placed'], 'direct', 'analytics.track', 3, 17],
      [['Home Viewed'], 'wrapper', 'logScreen', 4, 11],
    ]);
  });

  it.each([
    ['imported from its own file', './vendor/log', {}],
    ['exported again by a file the scan reads', './lib', { 'src/lib.ts': "export * from './vendor/log';\n" }],
  ])('follows a wrapper defined in a file the scan leaves out, %s', (_how, specifier, barrel) => {
    const { calls } = wrapperCalls(
      {
        'src/track.ts': track,
        'src/vendor/log.ts': 'export function logVendor(name: string) {\n  analytics.track(name);\n}\n',
        ...barrel,
        'src/page.ts': `import { trackEvent } from './track';\nimport { logVendor } from '${specifier}';\n\ntrackEvent('Order Placed');\nlogVendor('Vendor Sent');\n`,
      },
      `rounds-excluded-${Object.keys(barrel).length}`,
      { exclude: ['src/vendor/**'] },
    );
    expect(calls).toEqual([
      [['Order Placed'], 'wrapper', 'trackEvent', 4, 12],
      [['Vendor Sent'], 'wrapper', 'logVendor', 5, 11],
    ]);
  });
});

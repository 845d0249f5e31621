import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCallSites } from '../../src/extract/extract.js';
import { analyzedModule } from '../../src/resolve/module.js';
import { Evaluator } from '../../src/resolve/evaluate.js';
import { ImportGraph } from '../../src/resolve/import-graph.js';
import { ProjectModules } from '../../src/resolve/loader.js';
import { WrapperResolver } from '../../src/resolve/wrappers.js';
import { LineIndex } from '../../src/scan/lines.js';
import { locateCall } from '../../src/scan/locate.js';
import { parseScript } from '../../src/scan/parse.js';
import { Prefilter } from '../../src/scan/prefilter.js';
import { extract, rules, summarize } from '../helpers/extract.js';
import { writeProject } from '../helpers/project.js';

function sites(code: string): string[] {
  return summarize(extract(code).calls);
}

describe('tracking wrappers (one file, as the ESLint rules see it)', () => {
  it('resolves each call of a named wrapper function, with the name argument as the position', () => {
    expect(
      sites(`function trackEvent(name, props) {
  analytics.track(name, props);
}
trackEvent('Account Created', { plan: 'team' });
const EVENTS = { SENT: 'Data Sent' };
trackEvent(EVENTS.SENT);`),
    ).toEqual([
      "2:19-2:23 analytics.track direct dynamic (parameter of a function never called)",
      '4:12-4:29 trackEvent wrapper literal Account Created',
      '6:12-6:23 trackEvent wrapper constant Data Sent',
    ]);
  });

  it('takes properties from the matching argument and adds the keys the wrapper sets itself, where it sets them', () => {
    const { calls } = extract(`const track = (name, userId, data) => {
  analytics.track({ userId, event: name, properties: { ...data, app: 'web' } });
};
track('Order Completed', user.id, { total: 10 });`);
    const wrapperCall = calls.find((call) => call.via === 'wrapper');
    expect(wrapperCall?.name).toEqual({ kind: 'static', names: ['Order Completed'], resolution: 'literal' });
    expect(wrapperCall?.properties?.entries.map((entry) => `${entry.key}:${entry.value.type}@${entry.keyPosition.line}:${entry.keyPosition.column}`)).toEqual([
      'total:number@4:37',
      'app:string@2:65',
    ]);
  });

  it('resolves a template built from parameters at each call site', () => {
    expect(
      sites(`function trackAction(area, action) {
  analytics.track(\`App.\${area}.\${action}\`);
}
trackAction('Billing', 'Opened');
trackAction('Billing', dynamicAction);`),
    ).toEqual([
      '2:19-2:42 analytics.track direct dynamic (a template with expressions) "App.*.*"',
      "4:13-4:22 trackAction wrapper literal App.Billing.Opened",
      '5:13-5:22 trackAction wrapper dynamic (a template with expressions) "App.Billing.*"',
    ]);
  });

  it('finds a wrapper called directly after a deeper chain reached it with no levels left', () => {
    expect(
      sites(`function send(name) {
  analytics.track(name);
}
function viaOne(name) { send(name); }
function viaTwo(name) { viaOne(name); }
function viaThree(name) { viaTwo(name); }
viaThree('Too Deep');
viaOne('Order Placed');`),
    ).toEqual([
      '2:19-2:23 analytics.track direct dynamic (parameter of a function never called)',
      '4:30-4:34 send wrapper dynamic (parameter of a function never called)',
      '5:32-5:36 viaOne wrapper dynamic (parameter of a function never called)',
      '6:34-6:38 viaTwo wrapper dynamic (parameter of a function never called)',
      '8:8-8:22 viaOne wrapper literal Order Placed',
    ]);
  });

  it('follows class methods through an instance, and the signature wins over the default matcher', () => {
    expect(
      sites(`class AnalyticsService {
  constructor(client) { this.client = client; }
  track(name, userId, data) {
    this.client.track({ userId, event: name, properties: data });
  }
}
class OrderService {
  constructor(private readonly analytics: AnalyticsService) {}
  place(order) {
    this.analytics.track('Order Placed', order.userId, { total: order.total });
  }
}`),
    ).toEqual([
      '4:40-4:44 this.client.track direct dynamic (parameter of a function never called) [low confidence]',
      '10:26-10:40 this.analytics.track wrapper literal Order Placed',
    ]);
  });

  it('follows a hook that returns the wrapper, and object methods', () => {
    expect(
      sites(`export function useTelemetry() {
  const track = useCallback((name, props) => telemetry.track(name, props), []);
  return { track };
}
function Button() {
  const { track } = useTelemetry();
  track('Button Clicked', { id: 1 });
}
const tracker = { send(name) { analytics.track(name); } };
tracker.send('Report Exported');`),
    ).toEqual([
      '2:62-2:66 telemetry.track direct dynamic (parameter of a function never called)',
      "7:9-7:25 track wrapper literal Button Clicked",
      '9:48-9:52 analytics.track direct dynamic (parameter of a function never called)',
      "10:14-10:31 tracker.send wrapper literal Report Exported",
    ]);
  });

  it('resolves wrappers of wrappers up to three levels', () => {
    expect(
      sites(`function level1(name, props) { analytics.track(name, props); }
function level2(name) { level1(name, { via: 2 }); }
function level3(event) { level2(event); }
level3('Deep Event');`),
    ).toEqual([
      '1:48-1:52 analytics.track direct dynamic (parameter of a function never called)',
      '2:32-2:36 level1 wrapper dynamic (parameter of a function never called)',
      '3:33-3:38 level2 wrapper dynamic (parameter of a function never called)',
      "4:8-4:20 level3 wrapper literal Deep Event",
    ]);
  });

  it('does not treat an anonymous function that is never called by name as a wrapper', () => {
    expect(sites(`names.forEach((name) => analytics.track(name));`)).toEqual(['1:41-1:45 analytics.track direct dynamic (parameter of a function never called)']);
  });
});

describe('names held in objects and event instances', () => {
  it('reads the name key of an object passed whole, and of an event class instance', () => {
    expect(
      sites(`const payload = { event: 'Order Completed', userId: 'u1' };
analytics.track(payload);
class SongPlayed { event_type = 'Song Played'; constructor(public event_properties) {} }
ampli.track(new SongPlayed({ genre: 'jazz' }));`).slice(0, 1),
    ).toEqual(['2:17-2:24 analytics.track direct constant Order Completed']);
    const { calls } = extract(`class SongPlayed { event_type = 'Song Played'; }
ampli.track(new SongPlayed());`, { rules: rules({ callees: [{ name: 'ampli.track', eventKey: 'event_type' }] }) });
    expect(summarize(calls)).toEqual(['2:13-2:29 ampli.track direct literal Song Played']);
  });

  it('follows a wrapper that builds the object itself from its parameter', () => {
    expect(
      sites(`class Client {
  track(event, data) {
    const payload = { event: \`\${event} - web\`, properties: data };
    this.segment.track(payload);
  }
}
new Client().track('Signed In', {});`),
    ).toEqual(['4:24-4:31 this.segment.track direct dynamic (a template with expressions) "* - web"', '7:20-7:31 new Client().track wrapper constant Signed In - web']);
  });
});

describe('following callees into project modules', () => {
  function project(): { root: string; page: string } {
    const files: Record<string, string> = {
      'src/send.ts': 'export default function send(name: string) {\n  analytics.track(name);\n}\n',
      'src/format.ts': "import { trim } from './trim';\n\nexport function format(text: string) {\n  return trim(text);\n}\n",
      'src/trim.ts': 'export const trim = (text: string) => text.trim();\n',
      'src/page.ts': "import send from './send';\nimport { format } from './format';\n\nexport function onSave() {\n  send('Saved');\n  return format(' saved ');\n}\n",
    };
    return { root: writeProject(files, 'follow'), page: files['src/page.ts'] ?? '' };
  }

  function extractPage(follow: 'with the import graph' | 'everywhere'): { calls: string[]; modulesParsed: number } {
    const { root, page } = project();
    const modules = new ProjectModules(root);
    const calleeRules = rules();
    const holdsCallee = new Prefilter(calleeRules);
    const graph = new ImportGraph((from, specifier) => modules.resolveProjectFile(from, specifier), (text) => holdsCallee.test(text));
    const evaluator = new Evaluator(modules);
    const reaches = follow === 'with the import graph' ? (from: string, specifier: string) => graph.reachesCalleeFrom(from, specifier) : undefined;
    const wrappers = new WrapperResolver(evaluator, calleeRules, 'all', reaches);
    const parsed = parseScript('src/page.ts', page, 'ts');
    const module = analyzedModule(join(root, 'src', 'page.ts'), parsed);
    const lines = new LineIndex(page);
    const extraction = extractCallSites({ file: 'src/page.ts', module, text: page, comments: parsed.comments, lines, rules: calleeRules, evaluator, wrappers });
    return { calls: summarize(extraction.calls.map((call) => locateCall(call, lines))), modulesParsed: modules.modulesParsed };
  }

  it('finds a default-imported wrapper, and parses no module whose imports lead to no track call', () => {
    const gated = extractPage('with the import graph');
    expect(gated.calls).toEqual(['5:8-5:15 send wrapper literal Saved']);
    expect(gated.modulesParsed).toBe(1);
    const everywhere = extractPage('everywhere');
    expect(everywhere.calls).toEqual(gated.calls);
    expect(everywhere.modulesParsed).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import { extract, rules, summarize } from '../helpers/extract.js';

describe('what counts as a track call', () => {
  it('finds member calls named track: dot, optional, bracket and deep receivers', () => {
    const code = [
      "analytics.track('Account Created');",
      "window.analytics?.track('Signup Started');",
      "a['track']('Data Sent');",
      "this.telemetry.track(`Report Exported`);",
    ].join('\n');
    expect(summarize(extract(code).calls)).toEqual([
      '1:17-1:34 analytics.track direct literal Account Created',
      '2:25-2:41 window.analytics?.track direct literal Signup Started',
      "3:12-3:23 a['track'] direct literal Data Sent [low confidence]",
      '4:22-4:39 this.telemetry.track direct literal Report Exported',
    ]);
  });

  it('takes the name and properties of the object form, and leaves its reserved keys out', () => {
    const code = "analytics.track({ userId: id, event: 'Order Completed', properties: { total: 10, currency: 'EUR' }, timestamp: now });";
    const { calls } = extract(code);
    expect(summarize(calls)).toEqual(['1:38-1:55 analytics.track direct literal Order Completed']);
    expect(calls[0]?.properties?.entries.map((entry) => `${entry.key}:${entry.value.type}`)).toEqual(['total:number', 'currency:string']);
  });

  it('uses the configured keys of the object form (Amplitude)', () => {
    const code = "amplitude.track({ event_type: 'Song Played', event_properties: { genre: 'jazz' } });";
    const { calls } = extract(code, { rules: rules({ callees: [{ name: 'amplitude.track', eventKey: 'event_type', propertiesKey: 'event_properties' }] }) });
    expect(summarize(calls)).toEqual(['1:31-1:44 amplitude.track direct literal Song Played']);
    expect(calls[0]?.properties?.entries.map((entry) => entry.key)).toEqual(['genre']);
  });

  it('leaves out calls whose name is statically not a string', () => {
    const code = ['player.track(2);', 'player.track();', 'list.track([1, 2]);', "list.track({ id: 1 });", 'ui.track(() => 1);'].join('\n');
    expect(extract(code).calls).toEqual([]);
  });

  it('never takes text in comments or strings for a call', () => {
    const code = [
      "// analytics.track('Ghost')",
      "/* analytics.track('Ghost') */",
      "const help = \"analytics.track('Ghost')\";",
      "const doc = `analytics.track('Ghost')`;",
    ].join('\n');
    expect(extract(code).calls).toEqual([]);
  });

  it('reports a spread that may hold the event as dynamic', () => {
    expect(summarize(extract('analytics.track({ ...payload });').calls)).toEqual(['1:17-1:31 analytics.track direct dynamic (a spread that may hold the event)']);
  });

  it('drops receivers the config excludes', () => {
    expect(extract('frequencyTracker.track(item);', { rules: rules({ excludedReceivers: ['frequencyTracker'] }) }).calls).toEqual([]);
  });

  it('counts columns in UTF-16 code units and lines as ESLint does', () => {
    const code = "const x = '😀';\r\nlet y = 1;\u2028analytics.track('A');\ranalytics.track('B');";
    expect(summarize(extract(code).calls)).toEqual(['3:17-3:20 analytics.track direct literal A', '4:17-4:20 analytics.track direct literal B']);
  });
});

describe('dynamic names', () => {
  it('gives the reason and a pattern with one * per dynamic part', () => {
    const code = [
      'analytics.track(`Clicked ${button}`);',
      "analytics.track('Viewed ' + page + ' Page');",
      'analytics.track(eventName());',
      'analytics.track(`${a}${b}`);',
    ].join('\n');
    expect(summarize(extract(code).calls)).toEqual([
      '1:17-1:36 analytics.track direct dynamic (a template with expressions) "Clicked *"',
      '2:17-2:43 analytics.track direct dynamic (built by concatenation) "Viewed * Page"',
      "3:17-3:28 analytics.track direct dynamic (a function's result)",
      '4:17-4:27 analytics.track direct dynamic (a template with expressions)',
    ]);
  });

  it('is only a warning-level guess when the receiver is not known to be analytics', () => {
    expect(summarize(extract('tracker.track(item);').calls)).toEqual(['1:15-1:19 tracker.track direct dynamic (a global variable) [low confidence]']);
  });

  it('reads trackplan-events directives above the call and at the end of its line', () => {
    const code = [
      '// trackplan-events: Tour Started, Tour Finished',
      'analytics.track(`Tour ${state}`);',
      'analytics.track(name); // trackplan-events: Data Sent',
      'analytics.track(other);',
    ].join('\n');
    expect(summarize(extract(code).calls)).toEqual([
      '2:17-2:32 analytics.track direct directive Tour Finished | Tour Started',
      '3:17-3:21 analytics.track direct directive Data Sent',
      '4:17-4:22 analytics.track direct dynamic (a global variable)',
    ]);
  });

  it('drops the next line after trackplan-ignore-next-line, and the whole file after trackplan-ignore-file', () => {
    const code = ['// trackplan-ignore-next-line', "analytics.track('Debug Only');", "analytics.track('Kept');"].join('\n');
    expect(summarize(extract(code).calls)).toEqual(['3:17-3:23 analytics.track direct literal Kept']);
    expect(extract(`/* trackplan-ignore-file */\n${code}`).calls).toEqual([]);
  });
});

describe('directives that no longer do anything', () => {
  it('are left unused, so that the scan can report them', () => {
    const code = [
      '// trackplan-events: Tour Started',
      "analytics.track('Static Name');",
      '// trackplan-ignore-next-line',
      'const nothing = 1;',
      '// trackplan-events: Data Sent',
      'analytics.track(name);',
    ].join('\n');
    const { extraction } = extract(code);
    expect(extraction.directives.map((directive) => `${directive.kind}:${directive.targetLine}:${directive.used}`)).toEqual([
      'events:2:false',
      'ignore-next-line:4:false',
      'events:6:true',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { extract, summarize } from '../helpers/extract.js';

function names(code: string): string[] {
  return summarize(extract(code).calls).map((line) => line.replace(/^\S+ \S+ \S+ /, ''));
}

describe('static names resolve in the same file', () => {
  it('follows const chains, never-reassigned let and var, and members of const objects', () => {
    expect(
      names(`
        const BASE = 'Account Created';
        const NAME = BASE;
        let once = 'Signup Started';
        var legacy = "Legacy Signup";
        const EVENTS = { signup: { done: 'Signup Completed' }, 'data-sent': 'Data Sent' } as const;
        const FROZEN = Object.freeze({ EXPORTED: 'Report Exported' });
        analytics.track(NAME);
        analytics.track(once);
        analytics.track(legacy);
        analytics.track(EVENTS.signup.done);
        analytics.track(EVENTS['data-sent']);
        analytics.track(FROZEN.EXPORTED);
        analytics.track((EVENTS.signup.done as string)!);
      `),
    ).toEqual([
      'constant Account Created',
      'constant Signup Started',
      'constant Legacy Signup',
      'constant Signup Completed',
      'constant Data Sent',
      'constant Report Exported',
      'constant Signup Completed',
    ]);
  });

  it('gives every name a variable reassigned only with static values can hold', () => {
    expect(
      names(`
        let name = 'Trial Started';
        if (paid) name = 'Subscription Started';
        analytics.track(name);
        let changing = 'A';
        changing += 'B';
        analytics.track(changing);
      `),
    ).toEqual(['constant Subscription Started | Trial Started', 'dynamic (a variable changed in a way that cannot be followed)']);
  });

  it('resolves enums, and reports a numeric member as not a string', () => {
    expect(
      names(`
        enum Events { Opened = 'App Opened', Closed = \`App Closed\` }
        enum Codes { First, Second }
        analytics.track(Events.Opened);
        analytics.track(Events['Closed']);
        analytics.track(Codes.Second);
      `),
    ).toEqual(['constant App Opened', 'constant App Closed', 'dynamic (a constant that is a number, not a string)']);
  });

  it('resolves templates, concatenation, conditionals and fallbacks whose parts are all static', () => {
    expect(
      names(`
        const AREA = 'Billing';
        analytics.track(\`\${AREA} Opened\`);
        analytics.track(AREA + ' Closed');
        analytics.track(isNew ? 'Plan Chosen' : 'Plan Changed');
        analytics.track(custom ?? 'Default Event');
        analytics.track(\`\${AREA} \${isNew ? 'Created' : 'Updated'}\`);
      `),
    ).toEqual([
      'constant Billing Opened',
      'constant Billing Closed',
      'literal Plan Changed | Plan Chosen',
      'dynamic (a global variable)',
      'constant Billing Created | Billing Updated',
    ]);
  });

  it('keeps a pattern where the static parts are known', () => {
    expect(names("const PREFIX = 'Tour';\nanalytics.track(`${PREFIX} ${step} Completed`);")).toEqual(['dynamic (a template with expressions) "Tour * Completed"']);
  });

  it('respects shadowing: an inner binding hides the constant', () => {
    expect(
      names(`
        const name = 'Outer Event';
        function send(name) { analytics.track(name); }
        analytics.track(name);
      `),
    ).toEqual(['dynamic (parameter of a function never called)', 'constant Outer Event']);
  });

  it('does not loop on self-referencing values', () => {
    expect(names("let a = b; let b = a; analytics.track(a);")).toEqual(['dynamic (a value defined in terms of itself)']);
  });
});

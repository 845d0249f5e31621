import { describe, expect, it } from 'vitest';
import { formatUserError, UserError } from '../../src/errors.js';
import { parsePlan } from '../../src/plan/load.js';

function planError(text: string): string {
  try {
    parsePlan(text, 'tracking-plan.yaml');
  } catch (error) {
    if (error instanceof UserError) return formatUserError(error).split('\n')[0] ?? '';
    throw error;
  }
  throw new Error('expected a plan error');
}

describe('plan errors name the file, line and column', () => {
  it('reports YAML syntax errors', () => {
    expect(planError('version: 1\nevents:\n  A: {\n')).toMatch(/^tracking-plan\.yaml:4:1: /);
  });

  it('reports a tab used for indentation', () => {
    expect(planError('version: 1\nevents:\n\tAccount Created: {}\n')).toMatch(/^tracking-plan\.yaml:3:1: /);
  });

  it('reports duplicate events', () => {
    expect(planError('version: 1\nevents:\n  Signed Up: {}\n  Signed Up: {}\n')).toBe(
      'tracking-plan.yaml:4:3: duplicate key: each key (and each event) may appear once',
    );
  });

  it('reports unknown keys with a did-you-mean', () => {
    expect(planError('version: 1\nevents:\n  Signed Up:\n    descripton: x\n')).toBe(
      'tracking-plan.yaml:4:5: unknown key "descripton" in "events.Signed Up"; did you mean "description"?',
    );
  });

  it('reports unknown property types with a did-you-mean', () => {
    expect(planError('version: 1\nevents:\n  Signed Up:\n    properties:\n      plan: strng\n')).toBe(
      'tracking-plan.yaml:5:13: "strng" is not allowed for "events.Signed Up.properties.plan"; did you mean "string"?',
    );
  });

  it('reports a question naming an unknown event', () => {
    expect(planError('version: 1\nquestions:\n  activation:\n    events: [Signed Upp]\nevents:\n  Signed Up: {}\n')).toBe(
      'tracking-plan.yaml:4:14: question "activation" names the event "Signed Upp", which the plan does not declare; did you mean "Signed Up"?',
    );
  });

  it('reports a wrong version, a missing events map, a list instead of a map, and an empty file', () => {
    expect(planError('version: 2\nevents: {}\n')).toBe('tracking-plan.yaml:1:10: "version" must be 1');
    expect(planError('version: 1\n')).toBe('tracking-plan.yaml:1:1: the plan is missing the required key "events"');
    expect(planError('- version: 1\n')).toBe('tracking-plan.yaml:1:1: the plan must be a map, found a list');
    expect(planError('')).toBe('tracking-plan.yaml:1:1: the plan is empty');
  });

  it('reports an enum of the wrong type', () => {
    expect(planError('version: 1\nevents:\n  A:\n    properties:\n      p: { type: string, enum: [[1]] }\n')).toBe('tracking-plan.yaml:5:33: "events.A.properties.p.enum.0" must be a string or a number or true or false or empty, found a list');
  });

  it('accepts the x- keys, shorthand, sources and deprecated reasons of DESIGN.md', () => {
    const plan = parsePlan(
      'version: 1\nx-review: quarterly\nevents:\n  A:\n    x-jira: ABC-1\n    sources: [ios]\n    deprecated: Use B\n    properties:\n      plan: string\n      tags: { type: array, items: string }\n',
      'tracking-plan.yaml',
    );
    expect(plan.events[0]).toMatchObject({ name: 'A', sources: ['ios'], deprecated: 'Use B' });
    expect(plan.events[0]?.properties?.plan?.types).toEqual(['string']);
    expect(plan.events[0]?.properties?.tags?.items?.types).toEqual(['string']);
  });
});

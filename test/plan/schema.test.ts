import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { PLAN_SCHEMA, parsePlan } from '../../src/plan/load.js';
import { parseLocatedYaml } from '../../src/util/located-document.js';
import { assertMatchesSchema } from '../../src/util/validate-schema.js';
import { userError } from './support.js';

/** The example plan of DESIGN.md, as written there. */
const designExample = `version: 1
conventions:                    # optional; naming findings only when set
  event: object-action          # or: snake_case, camelCase, Title Case, { pattern: "^[A-Z].*$" }
  property: snake_case
source: web                     # optional: this repository's source (see \`sources\`)
commonProperties:               # sent with every event (super properties, app version, …)
  app: { type: string }
questions:                      # the business questions the events answer (optional)
  activation:
    question: Where are people dropping off in our product?
    metrics: [Activation rate]
    events: [Account Created, Integration Enabled, Data Sent]
events:
  Account Created:
    description: A visitor finished sign-up and now has an account.
    owner: growth               # a name or a list
    where: "src/signup/**"      # a glob or a list: where in the code base it belongs (shown, not enforced)
    properties:
      referrer: { type: string, required: true, description: URL the visitor came from }
      plan: string              # shorthand for { type: string }
  Integration Enabled:
    properties:
      integration: { type: string, required: true }
      settings: { type: object, properties: { scope: string } }
      tags: { type: array, items: string }
  App Installed:
    sources: [ios, android]     # sent by other code bases: never unimplemented here
  Legacy Signup:
    deprecated: Use Account Created   # true, or the reason / replacement
x-review: quarterly             # keys starting with x- are the team's own, at any level
`;

test('schema/plan.v1.json accepts the example plan of the design', () => {
  const document = parseLocatedYaml(designExample, 'tracking-plan.yaml');
  expect(() => assertMatchesSchema(document, PLAN_SCHEMA, 'the plan')).not.toThrow();
});

test('the design example names "Data Sent" in a question without declaring it: loading says so, at the name', () => {
  expect(userError(() => parsePlan(designExample, 'tracking-plan.yaml'))).toEqual({
    message: 'question "activation" names the event "Data Sent", which the plan does not declare',
    file: 'tracking-plan.yaml',
    line: 12,
    column: 52,
  });
  const declared = designExample.replace('  Legacy Signup:', '  Data Sent: {}\n  Legacy Signup:');
  const plan = parsePlan(declared, 'tracking-plan.yaml');
  expect(plan.events.map((event) => event.name)).toEqual(['Account Created', 'Integration Enabled', 'App Installed', 'Data Sent', 'Legacy Signup']);
  expect(plan.conventions).toEqual({ event: 'object-action', property: 'snake_case' });
  expect(plan.events[1]?.properties?.settings?.properties?.scope?.types).toEqual(['string']);
  expect(plan.events[4]?.deprecated).toBe('Use Account Created');
});

test('every YAML example in docs/plan.md is a valid plan', () => {
  const markdown = readFileSync(new URL('../../docs/plan.md', import.meta.url), 'utf8');
  const examples = [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  expect(examples.length).toBeGreaterThan(3);
  for (const example of examples) expect(() => parsePlan(example, 'docs/plan.md')).not.toThrow();
});

test('the schema refuses an unknown key with a suggestion, at its position', () => {
  expect(userError(() => parsePlan('version: 1\nevents:\n  A Happened:\n    descripton: x\n', 'plan.yaml'))).toEqual({
    message: 'unknown key "descripton" in "events.A Happened"; did you mean "description"?',
    file: 'plan.yaml',
    line: 4,
    column: 5,
  });
});

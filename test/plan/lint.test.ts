import { expect, test } from 'vitest';
import { lintPlan } from '../../src/plan/lint.js';
import { parsePlan } from '../../src/plan/load.js';

const OBJECT_ACTION = 'object-action (an object, then a past-tense action, in Title Case: "Account Created")';

const text = `version: 1
questions:
  activation:
    question: Where do people drop off?
    events: [Account Created, Signed Up]
  retention:
    question: Do they come back?
commonProperties:
  app_version: string
  platform_name: string
events:
  Account Created:
    properties:
      referrer: string
      planName: string
  Signed Up: {}
  Signup Completed: {}
  check_in: {}
  checkin: {}
  Clicked Red Button: {}
  Clicked Blue Button: {}
  Step 2 Completed: {}
  Report 2024-01 Downloaded: {}
  Order Completed:
    properties:
      "item_\${id}": string
      a1b2c3d4e5f6: string
  Legacy Signup:
    deprecated: true
`;

function brief(findings: ReturnType<typeof lintPlan>): string[] {
  return findings.map((finding) => `${finding.line}:${finding.column} ${finding.severity} ${finding.rule} ${finding.message}`);
}

test('finds each problem at its line and column, sorted by position', () => {
  expect(brief(lintPlan(parsePlan(text, 'tracking-plan.yaml')))).toEqual([
    '6:3 warning empty-question question "retention" lists no events: nothing would answer it',
    '15:7 warning naming property "planName" of "Account Created" does not follow snake_case ("account_created"), like most properties of the plan; did you mean "plan_name"?',
    `16:3 warning naming event "Signed Up" does not follow ${OBJECT_ACTION}`,
    '17:3 warning near-duplicate event "Signup Completed" looks like "Signed Up" (line 16): the same action, once with a word that adds nothing; keep one name',
    `17:3 warning no-question event "Signup Completed" answers none of the plan's questions: add it to one, or drop it`,
    `18:3 warning naming event "check_in" does not follow ${OBJECT_ACTION}`,
    `18:3 warning no-question event "check_in" answers none of the plan's questions: add it to one, or drop it`,
    `19:3 warning naming event "checkin" does not follow ${OBJECT_ACTION}`,
    '19:3 warning near-duplicate event "checkin" looks like "check_in" (line 18): the same words, written differently; keep one name',
    `19:3 warning no-question event "checkin" answers none of the plan's questions: add it to one, or drop it`,
    `20:3 warning naming event "Clicked Red Button" does not follow ${OBJECT_ACTION}; did you mean "Red Button Clicked"?`,
    `20:3 warning no-question event "Clicked Red Button" answers none of the plan's questions: add it to one, or drop it`,
    '20:3 warning value-in-name event "Clicked Red Button" differs from "Clicked Blue Button" only by "Red": a value that belongs in a property of one event ("Clicked Button")',
    `21:3 warning naming event "Clicked Blue Button" does not follow ${OBJECT_ACTION}; did you mean "Blue Button Clicked"?`,
    `21:3 warning no-question event "Clicked Blue Button" answers none of the plan's questions: add it to one, or drop it`,
    '21:3 warning value-in-name event "Clicked Blue Button" differs from "Clicked Red Button" only by "Blue": a value that belongs in a property of one event ("Clicked Button")',
    `22:3 warning no-question event "Step 2 Completed" answers none of the plan's questions: add it to one, or drop it`,
    '22:3 warning value-in-name event "Step 2 Completed" has a number ("2") in its name: send it as a property of one event',
    `23:3 warning no-question event "Report 2024-01 Downloaded" answers none of the plan's questions: add it to one, or drop it`,
    '23:3 warning value-in-name event "Report 2024-01 Downloaded" has a date ("2024-01") in its name: send it as a property of one event',
    `24:3 warning no-question event "Order Completed" answers none of the plan's questions: add it to one, or drop it`,
    '26:7 error dynamic-property-key property key "item_${id}" looks built at runtime (a template placeholder, "${id}"): use a fixed key and send the value in it',
    '27:7 warning dynamic-property-key property key "a1b2c3d4e5f6" looks built at runtime (an id, "a1b2c3d4e5f6"): use a fixed key and send the value in it',
  ]);
});

test('findings name their event and property, and carry the plan file', () => {
  const findings = lintPlan(parsePlan(text, 'plans/tracking-plan.yaml'));
  expect(findings.find((finding) => finding.rule === 'naming' && finding.property)).toEqual({
    rule: 'naming',
    severity: 'warning',
    file: 'plans/tracking-plan.yaml',
    line: 15,
    column: 7,
    endLine: 15,
    endColumn: 15,
    message: 'property "planName" of "Account Created" does not follow snake_case ("account_created"), like most properties of the plan; did you mean "plan_name"?',
    event: 'Account Created',
    property: 'planName',
  });
});

test("the plan's own conventions replace the defaults, for events and properties, nested ones included", () => {
  const plan = parsePlan(
    `version: 1
conventions:
  event: snake_case
  property: camelCase
events:
  account_created:
    properties:
      userId: string
      address:
        type: object
        properties:
          zip_code: string
  Order Completed: {}
`,
    'tracking-plan.yaml',
  );
  expect(brief(lintPlan(plan))).toEqual([
    '12:11 warning naming property "address.zip_code" of "account_created" does not follow camelCase ("accountCreated"); did you mean "zipCode"?',
    '13:3 warning naming event "Order Completed" does not follow snake_case ("account_created"); did you mean "order_completed"?',
  ]);
});

test('a plan that follows the practices has no findings; deprecated events are left alone', () => {
  const plan = parsePlan(
    `version: 1
questions:
  activation:
    events: [Account Created, Integration Enabled]
events:
  Account Created:
    properties:
      referrer: string
  Integration Enabled:
    properties:
      integration_name: string
  signup_v2:
    deprecated: Use Account Created
`,
    'tracking-plan.yaml',
  );
  expect(lintPlan(plan)).toEqual([]);
});

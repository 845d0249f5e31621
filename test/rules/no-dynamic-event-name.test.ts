import { join } from 'node:path';
import rule from '../../rules/no-dynamic-event-name.js';
import { CLIENT_MODULE, PROPERTIES_PLAN, WRAPPER_MODULE } from './plans.js';
import { project, ruleTester } from './tester.js';

const dir = project({ 'tracking-plan.yaml': PROPERTIES_PLAN, 'src/track.ts': WRAPPER_MODULE, 'src/client.ts': CLIENT_MODULE });
const filename = join(dir, 'src/app.tsx');

ruleTester(join(dir, 'tracking-plan.yaml')).run('no-dynamic-event-name', rule, {
  valid: [
    { code: "analytics.track(ready ? 'Tour Finished' : 'Page Viewed');", filename },
    { code: 'export function send(name: string, properties: object) {\n  analytics.track(name, properties);\n}', filename },
    { code: 'export const trackArea = (area: string, action: string) => analytics.track(`App.${area}.${action}`);', filename },
    { code: "const send = (event: string) => analytics.track(`Tour ${event}`);\nsend('Finished');", filename },
    { code: 'export default (name: string) => analytics.track(name);', filename },
    { code: 'module.exports = { send(name) { analytics.track(name); } };', filename: join(dir, 'src/legacy.js') },
    {
      code: "import { useCallback } from 'react';\nexport function useTelemetry() {\n  const track = useCallback((name: string) => analytics.track(name), []);\n  const trackClick = (button: string) => analytics.track(`Clicked ${button}`);\n  return { track, trackClick };\n}",
      filename,
    },
    { code: 'export function useTracker() {\n  return (name: string) => analytics.track(name);\n}', filename },
    { code: '// trackplan-events: Tour Finished, Page Viewed\nanalytics.track(current);', filename },
    { code: 'tracker.track(item);', filename, options: [{ ignoreUnknownCallees: true }] },
    { code: 'player.track(2);', filename },
  ],
  invalid: [
    {
      code: 'export function completeStep(step: number) {\n  analytics.track(getName(step));\n}',
      filename,
      errors: [{ messageId: 'dynamic', data: { reason: "a function's result" }, line: 2, column: 19, endLine: 2, endColumn: 32 }],
    },
    {
      code: 'analytics.track(`Tour ${stepName} Completed`, { step: 1 });',
      filename,
      errors: [
        {
          messageId: 'dynamicMayMatch',
          data: { reason: 'a template with expressions', pattern: 'Tour * Completed', mayMatch: 'Tour Step Completed' },
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 45,
        },
      ],
    },
    {
      code: "analytics.track('Tour ' + step);",
      filename,
      errors: [{ messageId: 'dynamicMayMatch', data: { reason: 'built by concatenation', pattern: 'Tour *', mayMatch: 'Tour Step Completed, Tour Finished' }, line: 1, column: 17, endLine: 1, endColumn: 31 }],
    },
    {
      code: "export function Button({ label }: { label: string }) {\n  return <button onClick={() => analytics.track(`Clicked ${label}`)} />;\n}",
      filename,
      errors: [{ messageId: 'dynamicWithPattern', data: { reason: 'a template with expressions', pattern: 'Clicked *' }, line: 2, column: 49, endLine: 2, endColumn: 67 }],
    },
    {
      code: 'export function Button(props: { event: string }) {\n  analytics.track(props.event);\n}',
      filename,
      errors: [{ messageId: 'dynamic', data: { reason: 'a property of a value that is not known' }, line: 2, column: 19, endLine: 2, endColumn: 30 }],
    },
    {
      code: "import { trackEvent } from './track';\nwidgets.forEach((id) => trackEvent(`Widget ${id} Opened`));",
      filename,
      errors: [{ messageId: 'dynamicWithPattern', data: { reason: 'a template with expressions', pattern: 'Widget * Opened' }, line: 2, column: 36, endLine: 2, endColumn: 57 }],
    },
    {
      code: "export function Picker() {\n  const onSelect = (option: string) => analytics.track(`Selected ${option}`);\n  return <Select onChange={onSelect} />;\n}",
      filename,
      errors: [{ messageId: 'dynamicWithPattern', data: { reason: 'a template with expressions', pattern: 'Selected *' }, line: 2, column: 56, endLine: 2, endColumn: 76 }],
    },
    {
      code: 'function unused(name: string) {\n  analytics.track(name);\n}',
      filename,
      errors: [{ messageId: 'dynamic', data: { reason: 'parameter of a function never called' }, line: 2, column: 19, endLine: 2, endColumn: 23 }],
    },
    {
      code: "names.forEach((name) => analytics.track(name));",
      filename,
      errors: [{ messageId: 'dynamic', data: { reason: 'parameter of a function never called' }, line: 1, column: 41, endLine: 1, endColumn: 45 }],
    },
    {
      code: 'tracker.track(item);',
      filename,
      errors: [{ messageId: 'dynamic', data: { reason: 'a global variable' }, line: 1, column: 15, endLine: 1, endColumn: 19 }],
    },
    {
      code: 'analytics.track(item);',
      filename,
      options: [{ ignoreUnknownCallees: true }],
      errors: [{ messageId: 'dynamic', data: { reason: 'a global variable' }, line: 1, column: 17, endLine: 1, endColumn: 21 }],
    },
  ],
});

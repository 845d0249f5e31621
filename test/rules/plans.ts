/** The plan most rule tests check against: required, enum, integer, common and unchecked properties, deprecations. */
export const PROPERTIES_PLAN = `version: 1
commonProperties:
  app_version: string
events:
  Signed Up:
    properties:
      plan: { type: string, required: true, enum: [free, team] }
      referrer: string
      seats: integer
      settings: { type: object, properties: { scope: { type: string, required: true } } }
  Tour Step Completed:
    properties:
      step: { type: integer, required: true }
  Tour Finished: {}
  Page Viewed: {}
  Legacy Signup:
    deprecated: Use Signed Up
  Old Event:
    deprecated: true
`;

/** A wrapper module beside the linted file: `trackEvent(name, properties)` adds its own `app_version`. */
export const WRAPPER_MODULE = `import { analytics } from './client';
export function trackEvent(name: string, properties: Record<string, unknown> = {}) {
  analytics.track(name, { ...properties, app_version: '1.0' });
}
`;

export const CLIENT_MODULE = "export const analytics = { track(name: string, properties?: object) {} };\n";

import { UserError } from '../../src/errors.js';

/** `settings.trackplan` in the ESLint config. */
export interface TrackplanSettings {
  /** The plan file, relative to ESLint's working directory: overrides the config's `plan` and the search upwards. */
  plan?: string;
  /** Set by `configs.recommended` so that `eslint --cache` notices plan changes; the rules never read it. */
  planHash?: string;
}

export function readSettings(settings: Readonly<Record<string, unknown>> | undefined): TrackplanSettings {
  const trackplan = settings?.trackplan;
  if (trackplan === undefined) return {};
  if (typeof trackplan !== 'object' || trackplan === null || Array.isArray(trackplan)) {
    throw new UserError('settings.trackplan must be an object, such as { plan: "tracking-plan.yaml" }');
  }
  const { plan } = trackplan as { plan?: unknown };
  if (plan !== undefined && (typeof plan !== 'string' || plan === '')) {
    throw new UserError('settings.trackplan.plan must be the path of the plan file, relative to the working directory');
  }
  return plan === undefined ? {} : { plan };
}

/** Where a callee's event name and properties sit: from the config's `callees` or an SDK preset. */
export interface CalleeSpec {
  /** `trackEvent`, `posthog.capture`, `*.track`; with `import`, the first segment is the imported name. */
  name: string;
  /** The module the callee's root binding is imported from (`@vercel/analytics`). */
  import?: string;
  /** Argument index of the name (default 0). */
  event?: number;
  /** Argument index of the properties (default: the one after the name). */
  properties?: number;
  /** When the name argument is an object: the key holding the name (default `event`). */
  eventKey?: string;
  /** When the name argument is an object: the key holding the properties (default `properties`). */
  propertiesKey?: string;
}

/** Everything the extractor needs to know about callees, built once from config and presets. */
export interface CalleeRules {
  specs: CalleeSpec[];
  /** Receivers whose calls are never analytics (`frequencyTracker`). */
  excludedReceivers: string[];
  /** Keys that are never event properties (`userId`, Mixpanel's `distinct_id`, …). */
  reservedKeys: string[];
  /** Keys starting with one of these are reserved too (`$` for Mixpanel and PostHog). */
  reservedPrefixes: string[];
  /** Packages whose imports are analytics SDKs: a call through them is known to be analytics. */
  sdkPackages: string[];
}

export const ANALYTICS_RECEIVER_WORDS = ['analytics', 'segment', 'rudderanalytics', 'mixpanel', 'amplitude', 'posthog', 'heap', 'telemetry', 'tracking'];

export const OBJECT_FORM_RESERVED_KEYS = ['userId', 'anonymousId', 'context', 'timestamp', 'integrations', 'messageId'];

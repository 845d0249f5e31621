import type { CalleeSpec } from '../extract/callees.js';

export const PRESET_NAMES = ['segment', 'rudderstack', 'amplitude', 'mixpanel', 'posthog', 'heap', 'vercel', 'typewriter', 'ampli', 'avo'] as const;

export type PresetName = (typeof PRESET_NAMES)[number];

export interface Preset {
  specs: CalleeSpec[];
  reservedKeys: string[];
  reservedPrefixes: string[];
  sdkPackages: string[];
}

const TRACK: CalleeSpec = { name: '*.track' };

/** What each SDK adds: its callees, its reserved property keys, and the packages it ships as. */
export const PRESETS: Record<PresetName, Preset> = {
  segment: {
    specs: [TRACK],
    reservedKeys: [],
    reservedPrefixes: [],
    sdkPackages: ['@segment/analytics-next', '@segment/analytics-node', '@segment/analytics-react-native', 'analytics-node', '@segment/analytics.js-core'],
  },
  rudderstack: {
    specs: [TRACK],
    reservedKeys: [],
    reservedPrefixes: [],
    sdkPackages: ['@rudderstack/analytics-js', 'rudder-sdk-js', '@rudderstack/rudder-sdk-node', '@rudderstack/rudder-sdk-react-native'],
  },
  amplitude: {
    specs: [
      { name: 'track', import: '@amplitude/analytics-browser', eventKey: 'event_type', propertiesKey: 'event_properties' },
      { name: 'track', import: '@amplitude/analytics-node', eventKey: 'event_type', propertiesKey: 'event_properties' },
      { name: 'track', import: '@amplitude/analytics-react-native', eventKey: 'event_type', propertiesKey: 'event_properties' },
      { name: 'amplitude.track', eventKey: 'event_type', propertiesKey: 'event_properties' },
      { name: '*.logEvent', eventKey: 'event_type', propertiesKey: 'event_properties' },
    ],
    reservedKeys: ['user_id', 'device_id', 'time', 'insert_id', 'session_id'],
    reservedPrefixes: ['$'],
    sdkPackages: ['@amplitude/analytics-browser', '@amplitude/analytics-node', '@amplitude/analytics-react-native', 'amplitude-js'],
  },
  mixpanel: {
    specs: [TRACK],
    reservedKeys: ['distinct_id', 'token', 'time', 'ip'],
    reservedPrefixes: ['$', 'mp_'],
    sdkPackages: ['mixpanel-browser', 'mixpanel', 'mixpanel-react-native'],
  },
  posthog: {
    specs: [{ name: 'posthog.capture' }, { name: '*.capture', eventKey: 'event', propertiesKey: 'properties' }],
    reservedKeys: ['distinctId', 'distinct_id'],
    reservedPrefixes: ['$'],
    sdkPackages: ['posthog-js', 'posthog-node', 'posthog-react-native'],
  },
  heap: {
    specs: [TRACK],
    reservedKeys: [],
    reservedPrefixes: [],
    sdkPackages: ['@heap/heap-react-native', 'reactjs-heap'],
  },
  vercel: {
    specs: [
      { name: 'track', import: '@vercel/analytics' },
      { name: 'track', import: '@vercel/analytics/react' },
      { name: 'track', import: '@vercel/analytics/server' },
    ],
    reservedKeys: [],
    reservedPrefixes: [],
    sdkPackages: ['@vercel/analytics'],
  },
  typewriter: { specs: [], reservedKeys: [], reservedPrefixes: [], sdkPackages: [] },
  ampli: { specs: [], reservedKeys: [], reservedPrefixes: [], sdkPackages: [] },
  avo: { specs: [], reservedKeys: [], reservedPrefixes: [], sdkPackages: [] },
};

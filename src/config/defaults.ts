import type { FindingKind, SeveritySetting } from '../report/types.js';

export const DEFAULT_SEVERITIES: Record<FindingKind, SeveritySetting> = {
  unimplemented: 'error',
  undeclared: 'error',
  dynamic: 'error',
  deprecated: 'warning',
  'property-missing': 'error',
  'property-undeclared': 'warning',
  'property-type': 'error',
  naming: 'warning',
  'parse-error': 'warning',
};

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

export const PLAN_FILE_NAMES = ['tracking-plan.yaml', 'tracking-plan.yml'];

export const CONFIG_FILE_NAMES = ['trackplan.config.json', 'trackplan.config.yaml', 'trackplan.config.yml'];

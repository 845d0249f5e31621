import type { CalleeRules } from '../extract/callees.js';
import type { FindingKind, SeveritySetting } from '../report/types.js';
import type { PresetName } from './presets.js';

/** The config file as written (trackplan.config.{json,yaml,yml} or package.json "trackplan"). */
export interface ConfigFile {
  plan?: string;
  source?: string;
  include?: string[];
  exclude?: string[];
  presets?: PresetName[];
  callees?: CalleeRules['specs'];
  receivers?: { exclude?: string[] };
  generated?: string[];
  rules?: Partial<Record<FindingKind, SeveritySetting | 'warn'>>;
  types?: boolean;
  maxFileSize?: number;
}

/** Everything a run needs, with defaults applied and paths absolute. */
export interface ResolvedConfig {
  root: string;
  configFile?: string;
  /** Absent when no plan was found: `check` stops there; `init` writes one. */
  planFile?: string;
  source?: string;
  include: string[];
  exclude: string[];
  calleeRules: CalleeRules;
  /** Globs (relative to the root) and file headers of generated tracking clients. */
  generated: { globs: string[]; headers: RegExp[] };
  severities: Record<FindingKind, SeveritySetting>;
  types: boolean;
  maxFileSize: number;
}

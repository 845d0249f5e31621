import { dirname, relative, resolve } from 'node:path';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from '../scan/discover.js';
import { readUserFile } from '../util/read-user-file.js';
import type { FindingKind, SeveritySetting } from '../report/types.js';
import { parseLocatedYaml, type LocatedDocument } from '../util/located-document.js';
import { assertMatchesSchema } from '../util/validate-schema.js';
import { DEFAULT_MAX_FILE_SIZE, DEFAULT_SEVERITIES } from './defaults.js';
import { findConfig, findPlan, type ConfigLocation } from './find.js';
import { PRESETS, type PresetName } from './presets.js';
import type { ConfigFile, ResolvedConfig } from './types.js';

export interface ConfigOptions {
  root: string;
  cwd: string;
  plan?: string;
  config?: string;
}

export function display(path: string, cwd: string): string {
  const relativePath = relative(cwd, path);
  return relativePath.startsWith('..') ? path : relativePath || '.';
}

function readConfig(location: ConfigLocation, cwd: string): ConfigFile {
  const shown = display(location.path, cwd);
  const text = readUserFile(location.path, shown);
  const document = parseLocatedYaml(text, shown);
  const config: LocatedDocument =
    location.kind === 'package.json'
      ? { ...document, value: (document.value as Record<string, unknown>).trackplan, locate: (path, part) => document.locate(['trackplan', ...path], part) }
      : document;
  if (config.value === null || config.value === undefined) return {};
  assertMatchesSchema(config, 'config.v1.json', 'the config');
  return config.value as ConfigFile;
}

function severities(rules: ConfigFile['rules']): Record<FindingKind, SeveritySetting> {
  const result = { ...DEFAULT_SEVERITIES };
  for (const [kind, setting] of Object.entries(rules ?? {}) as [FindingKind, SeveritySetting | 'warn'][]) {
    result[kind] = setting === 'warn' ? 'warning' : setting;
  }
  return result;
}

/** The one resolver of config and plan, shared by the CLI, the dashboard and the ESLint plugin. */
export function resolveConfig(options: ConfigOptions): ResolvedConfig {
  const root = resolve(options.cwd, options.root);
  const location: ConfigLocation | undefined = options.config ? { kind: 'file', path: resolve(options.cwd, options.config) } : findConfig(root);
  const file = location ? readConfig(location, options.cwd) : {};
  const planFile = options.plan
    ? resolve(options.cwd, options.plan)
    : file.plan && location
      ? resolve(dirname(location.path), file.plan)
      : findPlan(root);
  const presetNames: PresetName[] = file.presets ?? ['segment'];
  const presets = presetNames.map((name) => PRESETS[name]);
  const resolved: ResolvedConfig = {
    root,
    include: file.include ?? DEFAULT_INCLUDE,
    exclude: [...DEFAULT_EXCLUDE, ...(file.exclude ?? [])],
    calleeRules: {
      specs: [...(file.callees ?? []), ...presets.flatMap((preset) => preset.specs)],
      excludedReceivers: file.receivers?.exclude ?? [],
      reservedKeys: [...new Set(presets.flatMap((preset) => preset.reservedKeys))],
      reservedPrefixes: [...new Set(presets.flatMap((preset) => preset.reservedPrefixes))],
      sdkPackages: [...new Set(presets.flatMap((preset) => preset.sdkPackages))],
    },
    generated: {
      globs: file.generated ?? [],
      headers: presets.flatMap((preset) => (preset.generatedHeader ? [preset.generatedHeader] : [])),
    },
    severities: severities(file.rules),
    types: file.types ?? false,
    maxFileSize: file.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
  };
  if (location) resolved.configFile = location.path;
  if (planFile) resolved.planFile = planFile;
  if (file.source !== undefined) resolved.source = file.source;
  return resolved;
}

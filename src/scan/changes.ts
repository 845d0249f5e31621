import type { Project } from '../project.js';
import { UserError } from '../errors.js';
import type { CalleeRules } from '../extract/callees.js';
import { git } from '../util/git.js';
import { parseLocatedYaml } from '../util/located-document.js';
import { recoverLiteralCalls } from './recover.js';
import { extractCallSites } from '../extract/extract.js';
import type { ExtractedCall } from '../extract/types.js';
import { Evaluator } from '../resolve/evaluate.js';
import { analyzedModule, NO_IMPORTS } from '../resolve/module.js';
import { WrapperResolver } from '../resolve/wrappers.js';
import { LineIndex } from './lines.js';
import { parseSource } from './parse-source.js';

/** What a change touched since a git ref: its files, and what it may have left unimplemented. */
export interface ChangeSet {
  ref: string;
  files: ReadonlySet<string>;
  /** Events sent (with a literal name) by the changed files before the change, or added to the plan by it. */
  events: ReadonlySet<string>;
}

function planEventNames(text: string): string[] {
  try {
    const value = parseLocatedYaml(text, 'plan').value as { events?: Record<string, unknown> } | null;
    return Object.keys(value?.events ?? {});
  } catch {
    return [];
  }
}

/** The static names a file's old version sent: same-file constants are followed, imports are not. */
function namesSentBy(file: string, text: string, rules: CalleeRules): string[] {
  let calls: ExtractedCall[];
  try {
    const parsed = parseSource(file, text);
    if (!parsed || parsed.errors.length > 0) throw new Error('does not parse');
    const module = analyzedModule(file, { program: parsed.program, typedProgram: parsed.typedProgram });
    const evaluator = new Evaluator(NO_IMPORTS);
    calls = extractCallSites({ file, module, text, comments: parsed.comments, lines: new LineIndex(text), rules, evaluator, wrappers: new WrapperResolver(evaluator, rules) }).calls;
  } catch {
    calls = recoverLiteralCalls(file, text, rules);
  }
  return calls.flatMap((call) => (call.name.kind === 'static' ? call.name.names : []));
}

export function readChanges(root: string, ref: string, rules: CalleeRules, planFile: string | undefined, currentPlanEvents: readonly string[]): ChangeSet {
  if (git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]) === undefined) {
    throw new UserError(`--changed-since: "${ref}" is not a commit in this repository`, {
      hint: 'In CI the clone may be shallow: fetch the base first (actions/checkout with fetch-depth: 0, or git fetch origin <branch> --depth=50).',
    });
  }
  const changed = (git(root, ['diff', '--name-only', '-z', '--relative', ref]) ?? '').split('\0');
  const untracked = (git(root, ['ls-files', '--others', '--exclude-standard', '-z']) ?? '').split('\0');
  const files = new Set([...changed, ...untracked].filter((file) => file.length > 0));
  const events = new Set<string>();
  for (const file of files) {
    const before = git(root, ['show', `${ref}:./${file}`]);
    if (before === undefined) continue;
    if (file === planFile) {
      const previous = new Set(planEventNames(before));
      for (const name of currentPlanEvents) if (!previous.has(name)) events.add(name);
      continue;
    }
    for (const name of namesSentBy(file, before, rules)) events.add(name);
  }
  if (planFile !== undefined && files.has(planFile) && git(root, ['cat-file', '-e', `${ref}:./${planFile}`]) === undefined) {
    for (const name of currentPlanEvents) events.add(name);
  }
  return { ref, files, events };
}

export function changesOf(project: Project, ref: string): ChangeSet {
  const { config, plan } = project;
  return readChanges(config.root, ref, config.calleeRules, plan.file, plan.events.map((event) => event.name));
}

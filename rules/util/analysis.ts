import { resolve } from 'node:path';
import type { Rule } from 'eslint';
import { diff } from '../../src/diff/diff.js';
import type { Comment, EsNode } from '../../src/extract/ast.js';
import { extractCallSites } from '../../src/extract/extract.js';
import type { CallSite } from '../../src/extract/types.js';
import { UserError } from '../../src/errors.js';
import type { Plan } from '../../src/plan/types.js';
import type { Finding, FindingKind, SeveritySetting } from '../../src/report/types.js';
import { Evaluator } from '../../src/resolve/evaluate.js';
import { analyzedModule } from '../../src/resolve/module.js';
import { WrapperResolver } from '../../src/resolve/wrappers.js';
import { LineIndex } from '../../src/scan/lines.js';
import { locateCall } from '../../src/scan/locate.js';
import { isForward } from './forwards.js';
import { mayHoldCallSites } from './may-hold-call-sites.js';
import { ProjectRegistry, type Project, type ProjectLookup } from './projects.js';
import { readSettings } from './settings.js';
import { oneLineMessage } from './user-error.js';

export type FileAnalysis = { kind: 'none' } | { kind: 'broken'; message: string } | { kind: 'checked'; plan: Plan; findings: Finding[] };

/** One per process: every rule of every linted file shares the plan and the parsed modules. */
export const projects = new ProjectRegistry();

const analyses = new WeakMap<object, FileAnalysis>();

function commentsOf(sourceCode: Rule.RuleContext['sourceCode']): Comment[] {
  return sourceCode
    .getAllComments()
    .filter((comment) => comment.type === 'Line' || comment.type === 'Block')
    .map((comment) => ({ type: comment.type, value: comment.value, range: comment.range ?? [0, 0] }));
}

/** The file's call sites, without the forwards inside wrappers. */
function callSitesOf(context: Rule.RuleContext, file: string, project: Project): CallSite[] {
  const { sourceCode } = context;
  const { text } = sourceCode;
  const lines = new LineIndex(text);
  const comments = commentsOf(sourceCode);
  const module = analyzedModule(file, { program: sourceCode.ast as unknown as EsNode, comments }, project.isGenerated(file, text));
  const evaluator = new Evaluator(project.modules);
  const rules = project.config.calleeRules;
  const graph = project.modules.importGraph(project.prefilter);
  const wrappers = new WrapperResolver(evaluator, rules, 'all', (from, specifier) => graph.reachesCalleeFrom(from, specifier));
  const extraction = extractCallSites({ file, module, text, comments, lines, rules, evaluator, wrappers });
  const called = new Set(wrappers.called.keys());
  const forwards = new Set(extraction.candidates.filter((candidate) => isForward(candidate, module, called)).map((candidate) => candidate.call));
  return extraction.calls.filter((call) => call.via !== 'forward' && !forwards.has(call)).map((call) => locateCall(call, lines));
}

/**
 * Severities for diff: `off` in the trackplan config stays off; `unimplemented` needs the whole
 * project. A dynamic name is rated `error`, so that diff's `warning` marks a callee not known to be analytics.
 */
function severitiesFor(project: Project): Record<FindingKind, SeveritySetting> {
  const configured = project.config.severities;
  return { ...configured, unimplemented: 'off', dynamic: configured.dynamic === 'off' ? 'off' : 'error' };
}

export function isUnknownCallee(finding: Finding): boolean {
  return finding.kind === 'dynamic' && finding.severity === 'warning';
}

function lookup(context: Rule.RuleContext): ProjectLookup {
  try {
    return projects.lookup(context.filename, context.cwd, readSettings(context.settings).plan);
  } catch (error) {
    if (error instanceof UserError) return { kind: 'broken', message: oneLineMessage(error) };
    throw error;
  }
}

function analyze(context: Rule.RuleContext): FileAnalysis {
  const found = lookup(context);
  if (found.kind !== 'ready') return found;
  const { project } = found;
  const file = resolve(context.cwd, context.filename);
  if (!project.covers(file)) return { kind: 'none' };
  if (!mayHoldCallSites(context.sourceCode, file, project)) return { kind: 'checked', plan: project.plan, findings: [] };
  let callSites: CallSite[];
  try {
    callSites = callSitesOf(context, file, project);
  } catch (error) {
    // Too deeply nested to analyze: the CLI reports such a file as a parse error, the editor leaves it unchecked.
    if (error instanceof RangeError) return { kind: 'none' };
    throw error;
  }
  if (callSites.length === 0) return { kind: 'checked', plan: project.plan, findings: [] };
  const { plan, config } = project;
  const result = diff({ plan, callSites, scanFindings: [], source: config.source ?? plan.source, severities: severitiesFor(project) });
  return { kind: 'checked', plan, findings: result.findings };
}

/** The file's findings, computed once for all the rules (keyed by the AST ESLint built). */
export function analyzeFile(context: Rule.RuleContext): FileAnalysis {
  const { ast } = context.sourceCode;
  let analysis = analyses.get(ast);
  if (!analysis) {
    analysis = analyze(context);
    analyses.set(ast, analysis);
  }
  return analysis;
}

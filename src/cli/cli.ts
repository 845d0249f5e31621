#!/usr/bin/env node
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { formatUserError, UserError } from '../errors.js';
import { IMPORT_FORMATS } from '../plan/importers/types.js';
import type { FailOn } from '../report/types.js';
import { packageVersion } from '../util/package-root.js';
import type { ProjectOptions, ReportCommandOptions } from './commands/check.js';
import { parseFailOn, parsePercent, useColor } from './options.js';
import { parseOutput } from './outputs.js';
import type { CommandResult } from './result.js';

const ISSUES_URL = 'https://github.com/trackplan/trackplan/issues';

type ProjectFlags = Omit<ProjectOptions, 'cwd'>;

type ReportFlags = Omit<ReportCommandOptions, 'cwd'>;

function finish(result: CommandResult): void {
  if (result.stdout !== undefined) process.stdout.write(result.stdout);
  if (result.stderr !== undefined) process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}

function fail(error: unknown): void {
  if (error instanceof UserError) {
    process.stderr.write(`trackplan: ${formatUserError(error)}\n`);
  } else {
    const detail = error instanceof Error ? (process.env.TRACKPLAN_DEBUG ? (error.stack ?? error.message) : error.message) : String(error);
    process.stderr.write(`trackplan: internal error: ${detail}\nThis is a bug in trackplan, not in your project. Please report it at ${ISSUES_URL} with the command you ran (TRACKPLAN_DEBUG=1 shows the stack).\n`);
  }
  process.exitCode = 2;
}

function parseShard(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new InvalidArgumentError(`expected i/n with 1 ≤ i ≤ n, such as 2/4; got "${value}"`);
  return { index, count };
}

const TYPES_OPTION = ['--types', 'type-aware mode: the TypeScript checker tells more names and property types (slower)'] as const;

function withProject(command: Command): Command {
  return command
    .option('--root <dir>', 'the project to scan', '.')
    .option('--plan <file>', 'the tracking plan (YAML, or CSV, Segment, RudderStack, JSON Schema)')
    .option('--config <file>', 'the config file (default: the nearest trackplan.config.* or package.json "trackplan")');
}

function withReport(command: Command): Command {
  return withProject(command)
    .option('--format <format[=file]>', 'text, json, sarif, markdown, junit or github; repeat it, with =FILE, for several outputs', parseOutput)
    .option('--output <file>', 'write the report to a file instead of stdout')
    .option('--fail-on <level>', 'none, warning, error, or a list of kinds', parseFailOn, { kind: 'severity', severity: 'error' } as FailOn)
    .option('--min-coverage <percent>', 'fail when coverage is below this percentage', parsePercent)
    .option('--baseline <file>', 'findings in this baseline do not fail the check')
    .option('--no-color', 'never colour the output');
}

function reportOptions(flags: ReportFlags): ReportFlags & { cwd: string; color: boolean } {
  return { ...flags, cwd: process.cwd(), color: useColor(flags.color, process.stdout.isTTY === true, process.env) };
}

function program(): Command {
  const cli = new Command('trackplan')
    .description('Holds the analytics calls in your code against your tracking plan.')
    .version(packageVersion(), '-v, --version')
    .exitOverride()
    .showHelpAfterError('(run trackplan --help for usage)')
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  withReport(cli.command('check').description('report planned events not implemented, undeclared and dynamic events, and property problems'))
    .option(...TYPES_OPTION)
    .option('--cache', 'reuse the last scan when no file it depends on has changed')
    .option('--cache-location <dir>', 'where the cache lives (default: node_modules/.cache/trackplan in the root)')
    .option('--update-baseline', 'write every current finding to the --baseline file')
    .option('--changed-since <ref>', 'only findings in files changed since this git ref, and the events the change leaves unimplemented')
    .option('--shard <i/n>', 'scan a stable share of the files and write a partial report for `trackplan merge`', parseShard)
    .action(async (flags: ReportFlags & { types?: boolean; cache?: boolean; cacheLocation?: string; updateBaseline?: boolean; changedSince?: string; shard?: { index: number; count: number } }) =>
      finish(await (await import('./commands/check.js')).runCheck(reportOptions(flags))),
    );

  withReport(cli.command('merge').argument('<partials...>', 'the partial reports of every shard').description('join the partial reports of `check --shard` into one report'))
    .action(async (files: string[], flags: ReportFlags) => finish((await import('./commands/merge.js')).runMerge(files, reportOptions(flags))));

  withProject(cli.command('dashboard').description('explore the plan\'s progress in an interactive terminal dashboard'))
    .option('--watch', 'update as files and the plan change')
    .option(...TYPES_OPTION)
    .action(async (flags: ProjectFlags & { watch?: boolean; types?: boolean }) => {
      const { runDashboardCommand } = await import('./commands/dashboard.js');
      process.exitCode = await runDashboardCommand({ ...flags, watch: flags.watch === true, cwd: process.cwd() });
    });

  withProject(cli.command('init').description('write a starting tracking-plan.yaml from the events the code sends'))
    .option('--out <file>', 'where to write the plan (default: tracking-plan.yaml in the root)')
    .option('--source <name>', "this repository's source (web, ios, server, …)")
    .option('--force', 'overwrite an existing file')
    .action(async (flags: ProjectFlags & { out?: string; source?: string; force?: boolean }) =>
      finish((await import('./commands/init.js')).runInit({ ...flags, force: flags.force === true, cwd: process.cwd() })),
    );

  cli
    .command('import')
    .argument('<files...>', 'the plan files to import (a RudderStack plan may span several)')
    .description('convert a plan from a spreadsheet CSV, Segment, RudderStack or JSON Schema to tracking-plan.yaml')
    .addOption(new Option('--from <format>', 'the format (detected when absent)').choices([...IMPORT_FORMATS]))
    .option('--out <file>', 'write the plan there instead of stdout')
    .option('--force', 'overwrite an existing --out file')
    .action(async (files: string[], flags: { from?: (typeof IMPORT_FORMATS)[number]; out?: string; force?: boolean }) =>
      finish((await import('./commands/import.js')).runImport(files, { ...flags, force: flags.force === true, cwd: process.cwd() })),
    );

  const plan = cli.command('plan').description('work on the tracking plan itself');
  withProject(plan.command('lint').description('check the plan against naming conventions and tracking-plan practice'))
    .option('--no-color', 'never colour the output')
    .action(async (flags: ProjectFlags & { color: boolean }) =>
      finish((await import('./commands/plan.js')).runPlanLint({ ...flags, cwd: process.cwd(), color: useColor(flags.color, process.stdout.isTTY === true, process.env) })),
    );
  withProject(plan.command('docs').description('write a Markdown page of the plan and its implementation for stakeholders'))
    .option('--out <file>', 'write the page there instead of stdout')
    .option(...TYPES_OPTION)
    .action(async (flags: ProjectFlags & { out?: string; types?: boolean }) => finish((await import('./commands/plan.js')).runPlanDocs({ ...flags, cwd: process.cwd() })));
  return cli;
}

async function main(argv: string[]): Promise<void> {
  try {
    await program().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    fail(error);
  }
}

await main(process.argv);

#!/usr/bin/env node
import { Command, CommanderError, Option } from 'commander';
import { formatUserError, UserError } from '../errors.js';
import { FORMAT_NAMES, type FormatName } from '../report/formatters/index.js';
import type { FailOn } from '../report/types.js';
import { packageVersion } from '../util/package-root.js';
import { runCheck } from './commands/check.js';
import { parseFailOn, parsePercent, useColor } from './options.js';
import type { CommandResult } from './result.js';

const ISSUES_URL = 'https://github.com/trackplan/trackplan/issues';

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

function program(): Command {
  const cli = new Command('trackplan')
    .description('Holds the analytics calls in your code against your tracking plan.')
    .version(packageVersion(), '-v, --version')
    .exitOverride()
    .showHelpAfterError('(run trackplan --help for usage)')
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  cli
    .command('check', { isDefault: false })
    .description('report planned events not implemented, undeclared and dynamic events, and property problems')
    .option('--root <dir>', 'the project to scan', '.')
    .option('--plan <file>', 'the tracking plan (YAML, or CSV, Segment, RudderStack, JSON Schema)')
    .option('--config <file>', 'the config file (default: the nearest trackplan.config.* or package.json "trackplan")')
    .addOption(new Option('--format <format>', 'output format').choices([...FORMAT_NAMES]).default('text'))
    .option('--output <file>', 'write the report to a file instead of stdout')
    .option('--fail-on <level>', 'none, warning, error, or a list of kinds', parseFailOn, { kind: 'severity', severity: 'error' } as FailOn)
    .option('--min-coverage <percent>', 'fail when coverage is below this percentage', parsePercent)
    .option('--no-color', 'never colour the output')
    .action((options: { root: string; plan?: string; config?: string; format: FormatName; output?: string; failOn: FailOn; minCoverage?: number; color: boolean }) => {
      finish(
        runCheck({
          ...options,
          color: useColor(options.color, process.stdout.isTTY === true, process.env),
          cwd: process.cwd(),
        }),
      );
    });
  return cli;
}

export function main(argv: string[]): void {
  try {
    program().parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    fail(error);
  }
}

main(process.argv);

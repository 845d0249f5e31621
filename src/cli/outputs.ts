import { resolve } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { FORMAT_NAMES, formatters, type FormatName } from '../report/formatters/index.js';
import type { Report } from '../report/types.js';
import { writeFileAtomic } from '../util/write-atomic.js';
import { UserError } from '../errors.js';

/** One output of a scan: `--format sarif=trackplan.sarif` writes there, `--format text` goes to stdout. */
export interface Output {
  format: FormatName;
  file?: string;
}

export function parseOutput(value: string, previous: Output[] = []): Output[] {
  const separator = value.indexOf('=');
  const format = separator < 0 ? value : value.slice(0, separator);
  const file = separator < 0 ? undefined : value.slice(separator + 1);
  if (!(FORMAT_NAMES as readonly string[]).includes(format)) {
    throw new InvalidArgumentError(`expected one of ${FORMAT_NAMES.join(', ')}, optionally with =FILE; got "${value}"`);
  }
  if (file === '') throw new InvalidArgumentError(`"${value}" names no file after "="`);
  return [...previous, file === undefined ? { format: format as FormatName } : { format: format as FormatName, file }];
}

/** The outputs asked for: at most one goes to stdout (or to --output). */
export function resolveOutputs(outputs: readonly Output[] | undefined, output: string | undefined): Output[] {
  const chosen = outputs && outputs.length > 0 ? [...outputs] : [{ format: 'text' as const }];
  const toStdout = chosen.filter((candidate) => candidate.file === undefined);
  if (toStdout.length > 1) {
    throw new UserError(`only one format can go to stdout, got ${toStdout.map((candidate) => candidate.format).join(' and ')}`, {
      hint: 'Give the others a file: --format sarif=trackplan.sarif',
    });
  }
  return chosen.map((candidate) => (candidate.file === undefined && output !== undefined ? { ...candidate, file: output } : candidate));
}

/** Writes each file output atomically and returns what goes to stdout. */
export function writeOutputs(report: Report, outputs: readonly Output[], cwd: string, color: boolean): string | undefined {
  let stdout: string | undefined;
  for (const output of outputs) {
    const text = formatters[output.format](report, { color: color && output.file === undefined });
    if (output.file === undefined) stdout = text;
    else writeFileAtomic(resolve(cwd, output.file), text);
  }
  return stdout;
}

import { InvalidArgumentError } from 'commander';
import { FINDING_KINDS, type FailOn, type FindingKind } from '../report/types.js';

export function parseFailOn(value: string): FailOn {
  if (value === 'none') return { kind: 'none' };
  if (value === 'error' || value === 'warning') return { kind: 'severity', severity: value };
  if (value === 'warn') return { kind: 'severity', severity: 'warning' };
  const kinds = value.split(',').map((kind) => kind.trim());
  const unknown = kinds.filter((kind) => !(FINDING_KINDS as readonly string[]).includes(kind));
  if (unknown.length > 0 || kinds.length === 0) {
    throw new InvalidArgumentError(`expected none, warning, error, or a list of kinds (${FINDING_KINDS.join(', ')}); got "${unknown.join(',') || value}"`);
  }
  return { kind: 'kinds', kinds: kinds as FindingKind[] };
}

export function parsePercent(value: string): number {
  const number = Number(value.replace(/%$/, ''));
  if (!Number.isFinite(number) || number < 0 || number > 100) throw new InvalidArgumentError(`expected a percentage from 0 to 100; got "${value}"`);
  return number;
}

/** Colour only on a terminal, unless NO_COLOR or FORCE_COLOR says otherwise; --no-color wins. */
export function useColor(flag: boolean, isTty: boolean, env: NodeJS.ProcessEnv): boolean {
  if (!flag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTty;
}

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './cli.js';

const require = createRequire(import.meta.url);
const Ajv = require('ajv') as typeof import('ajv').default;

const validateReport = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(REPO, 'schema', 'report.v1.json'), 'utf8')) as object);

/** Throws with ajv's errors when a JSON report breaks the published contract. */
export function assertValidReport(report: unknown): void {
  if (!validateReport(report)) throw new Error(`report does not match schema/report.v1.json: ${JSON.stringify(validateReport.errors, null, 2)}`);
}

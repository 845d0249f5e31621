import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** A temporary project folder holding `files` (a plan among them, usually). */
export function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'trackplan-rules-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

/** A RuleTester for TypeScript with JSX, checking against the plan at `planFile` (absolute). */
export function ruleTester(planFile?: string): RuleTester {
  return new RuleTester({
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    settings: planFile === undefined ? {} : { trackplan: { plan: planFile } },
  });
}

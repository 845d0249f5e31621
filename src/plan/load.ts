import { extname } from 'node:path';
import { UserError } from '../errors.js';
import { parseLocatedYaml, type LocatedDocument } from '../util/located-document.js';
import { readUserFile } from '../util/read-user-file.js';
import { assertMatchesSchema } from '../util/validate-schema.js';
import { importPlanDocument } from './importers/index.js';
import { normalizePlan } from './normalize.js';
import type { Plan } from './types.js';

export const PLAN_SCHEMA = 'plan.v1.json';

/** Parses plan text in the native YAML format (displayPath names it in messages and findings). */
export function parsePlan(text: string, displayPath: string): Plan {
  const document = parseLocatedYaml(text, displayPath);
  return planFromDocument(document, text);
}

export function planFromDocument(document: LocatedDocument, text: string): Plan {
  if (document.value === null || document.value === undefined) {
    throw new UserError('the plan is empty', {
      location: { file: document.file, line: 1, column: 1 },
      hint: 'Start it with "version: 1" and an "events:" map (or run `trackplan init`).',
    });
  }
  assertMatchesSchema(document, PLAN_SCHEMA, 'the plan');
  return normalizePlan(document, text);
}

/** Loads a plan in the native YAML format or, by its extension or content, any importable one. */
export function loadPlan(absolutePath: string, displayPath: string): Plan {
  const text = readUserFile(absolutePath, displayPath);
  const extension = extname(absolutePath).toLowerCase();
  // A YAML file is a native plan, with its own precise errors, unless it is RudderStack's rudder/v1.
  if ((extension === '.yaml' || extension === '.yml') && !/^version:\s*["']?rudder\//m.test(text)) return parsePlan(text, displayPath);
  return planFromDocument(importPlanDocument(text, displayPath), text);
}

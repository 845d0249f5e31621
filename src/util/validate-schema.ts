import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import { UserError } from '../errors.js';
import { packagePath } from './package-root.js';
import { closest } from './suggest.js';
import type { LocatedDocument } from './located-document.js';

export const VALIDATED_SCHEMAS = ['plan.v1.json', 'config.v1.json'] as const;
export type ValidatedSchema = (typeof VALIDATED_SCHEMAS)[number];

export type CompiledValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export type CompiledValidators = Record<ValidatedSchema, CompiledValidator>;

/**
 * Written by `npm run build` (src/util/compile-validators.ts) with ajv's standalone code, so a run
 * neither imports ajv's compiler nor compiles the schemas. Found from the package root, so tests
 * running from src/ load the same built module as the CLI.
 */
export function compiledValidatorsPath(): string {
  return packagePath('dist', 'src', 'util', 'schema-validators.cjs');
}

let compiled: CompiledValidators | undefined;

function validatorFor(schemaFile: ValidatedSchema): CompiledValidator {
  compiled ??= createRequire(import.meta.url)(compiledValidatorsPath()) as CompiledValidators;
  return compiled[schemaFile];
}

/** Validates a located document against one of the package's schemas; the most precise error becomes a UserError. */
export function assertMatchesSchema(document: LocatedDocument, schemaFile: ValidatedSchema, what: string): void {
  const validate = validatorFor(schemaFile);
  if (validate(document.value)) return;
  const error = mostPreciseError(validate.errors ?? []);
  if (!error) return;
  const path = pathOf(error.instancePath);
  const { message, keyPath, hint } = describe(error, path, what);
  const location = document.locate(keyPath ?? path, keyPath ? 'key' : 'value');
  throw new UserError(message, { location: { file: location.file, line: location.line, column: location.column }, hint });
}

function pathOf(instancePath: string): string[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function mostPreciseError(errors: ErrorObject[]): ErrorObject | undefined {
  const meaningful = errors.filter((error) => error.keyword !== 'oneOf' && error.keyword !== 'anyOf' && error.keyword !== 'if');
  const specific = meaningful.filter(
    (error) =>
      error.keyword !== 'type' ||
      !meaningful.some((other) => other !== error && other.keyword !== 'type' && other.instancePath.startsWith(error.instancePath)),
  );
  const candidates = specific.length > 0 ? specific : meaningful;
  return [...candidates].sort((a, b) => pathOf(b.instancePath).length - pathOf(a.instancePath).length)[0];
}

const TYPE_NAMES: Record<string, string> = {
  object: 'a map',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'empty',
};

function quote(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

function nameOf(path: string[], what: string): string {
  return path.length === 0 ? what : `"${path.join('.')}"`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `a ${typeof value} (${quote(value)})`;
}

function describe(error: ErrorObject, path: string[], what: string): { message: string; keyPath?: string[]; hint?: string } {
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const suggestion = closest(key, known);
      return {
        message: `unknown key ${quote(key)} in ${nameOf(path, what)}${suggestion ? `; did you mean ${quote(suggestion)}?` : ''}`,
        keyPath: [...path, key],
        hint: `Known keys: ${known.join(', ')} (keys starting with "x-" are free for your own use).`,
      };
    }
    case 'enum': {
      const allowed = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      const suggestion = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
      return {
        message: `${quote(error.data)} is not allowed for ${nameOf(path, what)}${suggestion ? `; did you mean ${quote(suggestion)}?` : ''}`,
        hint: `Allowed: ${allowed.join(', ')}.`,
      };
    }
    case 'const':
      return { message: `${nameOf(path, what)} must be ${quote((error.params as { allowedValue: unknown }).allowedValue)}` };
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      return { message: `${nameOf(path, what)} is missing the required key ${quote(missing)}` };
    }
    case 'type': {
      const expected = String((error.params as { type: string | string[] }).type)
        .split(',')
        .map((type) => TYPE_NAMES[type] ?? type);
      return { message: `${nameOf(path, what)} must be ${expected.join(' or ')}, found ${kindOf(error.data)}` };
    }
    default:
      return { message: `${nameOf(path, what)} ${error.message ?? 'is not valid'}` };
  }
}

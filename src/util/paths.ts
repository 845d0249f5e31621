import { sep } from 'node:path';

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** Whether an import specifier can only name a package: not relative, absolute, nor one of the usual path aliases (`@/`, `~`, `#`). */
export function isPackageSpecifier(specifier: string): boolean {
  return !/^(\.|\/|@\/|~|#)/.test(specifier);
}

/** The package an import specifier names: `@scope/name` or `name`, without a subpath. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

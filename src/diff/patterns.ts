/** The planned names a dynamic pattern may produce: `*` stands for any text, even empty. */
export function namesMatchingPattern(pattern: string, names: readonly string[]): string[] {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\S]*');
  const regex = new RegExp(`^${source}$`, 'u');
  return names.filter((name) => regex.test(name));
}

import { distance } from 'fastest-levenshtein';

/** The closest candidate within an edit distance of max(2, 25% of the length), or undefined. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(word.length * 0.25));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word, candidate);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The nearest name: a normalized-equal one first, then the closest within the edit-distance limit. */
export function nearestName(name: string, candidates: readonly string[]): string | undefined {
  const normalized = normalizeName(name);
  const equal = candidates.filter((candidate) => normalizeName(candidate) === normalized).sort(compareCodeUnits);
  if (equal[0] !== undefined) return equal[0];
  return closest(name, candidates);
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

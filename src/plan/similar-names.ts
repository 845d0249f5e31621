import { distance } from 'fastest-levenshtein';
import { normalizeName } from '../util/suggest.js';
import { isPastTense, wordsOf } from './conventions.js';

const PARTICLES = new Set(['up', 'in', 'out', 'on', 'off']);
/** Words that add nothing to an action that already happened: "Signed Up" is "Signup Completed". */
const COMPLETION = new Set(['complet', 'finish', 'done', 'succeed', 'success', 'successful', 'end']);
/** Words that are values rather than parts of an event: a family of names differing by one of them is one event. */
const VALUE_WORDS = new Set(
  (
    'red blue green yellow black white orange purple pink gray grey brown gold silver small medium large xl xxl ' +
    'free basic pro premium plus enterprise business starter trial monthly yearly annual weekly daily ' +
    'ios android web mobile desktop tablet first second third fourth fifth last primary secondary top bottom left right ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'
  ).split(' '),
);

function stem(word: string): string {
  const lower = word.toLowerCase();
  const stripped = lower.replace(/(?:ied)$/, 'y').replace(/(?:ing|ed|es|(?<!s)s)$/, '');
  const base = stripped.length >= 3 ? stripped : lower;
  return base.length > 3 ? base.replace(/e$/, '') : base;
}

/** The stems of a name's words, a particle joined to its verb ("Signed Up" → "signup"). */
function stemsOf(name: string): string[] {
  const stems: string[] = [];
  for (const word of wordsOf(name)) {
    const lower = word.toLowerCase();
    const previous = stems.length - 1;
    if (PARTICLES.has(lower) && previous >= 0) stems[previous] = `${stems[previous] ?? ''}${lower}`;
    else stems.push(stem(word));
  }
  return stems;
}

function withoutDigits(name: string): string {
  return normalizeName(name).replace(/\d+/g, '');
}

/** What duplicateReason compares of a name, worked out once per name of a plan. */
export interface NameShape {
  normal: string;
  stems: string[];
  sortedStems: string;
  withoutDigits: string;
}

export function shapeOf(name: string): NameShape {
  const stems = stemsOf(name);
  return { normal: normalizeName(name), stems, sortedStems: [...stems].sort().join(' '), withoutDigits: withoutDigits(name) };
}

/** Why two event names look like one event written twice, or undefined. */
export function duplicateReason(a: NameShape, b: NameShape): string | undefined {
  const normalA = a.normal;
  const normalB = b.normal;
  if (normalA === normalB) return 'the same words, written differently';
  const stemsA = a.stems;
  const stemsB = b.stems;
  if (a.sortedStems === b.sortedStems) return 'the same words in another order';
  const [shorter, longer] = stemsA.length <= stemsB.length ? [stemsA, stemsB] : [stemsB, stemsA];
  const extra = longer.filter((word) => !shorter.includes(word));
  if (shorter.length > 0 && shorter.every((word) => longer.includes(word)) && extra.length > 0 && extra.every((word) => COMPLETION.has(word))) {
    return 'the same action, once with a word that adds nothing';
  }
  const shortest = Math.min(normalA.length, normalB.length);
  if (shortest >= 8 && a.withoutDigits !== b.withoutDigits && distance(normalA, normalB) <= Math.max(1, Math.floor(shortest / 10))) {
    return 'almost the same spelling';
  }
  return undefined;
}

export interface NameFamily {
  members: string[];
  values: string[];
  /** The name without the varying word: the one event the family should be. */
  common: string;
}

/**
 * Names that differ in one word only, where that word is a value ("Clicked Red Button",
 * "Clicked Blue Button"): a known kind of value, or three or more names of three words or more.
 * Names whose varying word is the action ("Order Completed", "Order Refunded") are distinct events.
 */
export function nameFamilies(names: readonly string[]): NameFamily[] {
  const groups = new Map<string, { members: string[]; values: string[]; common: string[] }>();
  for (const name of names) {
    const words = wordsOf(name);
    words.forEach((word, position) => {
      const key = `${words.length}\u0000${position}\u0000${words.map((other, index) => (index === position ? '*' : other.toLowerCase())).join(' ')}`;
      const group = groups.get(key) ?? { members: [], values: [], common: words.filter((_, index) => index !== position) };
      group.members.push(name);
      group.values.push(word);
      groups.set(key, group);
    });
  }
  const families: NameFamily[] = [];
  for (const [key, group] of groups) {
    const length = Number(key.split('\u0000')[0]);
    if (group.members.length < 2 || group.values.some(isPastTense) || group.values.every((value) => /^\d+$/.test(value))) continue;
    const known = group.values.every((value) => VALUE_WORDS.has(value.toLowerCase()));
    if (known || (group.members.length >= 3 && length >= 3)) families.push({ members: group.members, values: group.values, common: group.common.join(' ') });
  }
  return families;
}
